// What every bench shares: its command-line options and how it summarises timings (nearest-rank percentiles, so a
// p95 is a time that was really measured).

/** The text after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

/** `--name` as a whole number above zero, or `fallback`. */
export function countOption(name, fallback) {
  const value = Number(option(name, undefined));
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** A figure rounded to two decimals for printing and JSON. */
export const round = (value) => Math.round(value * 100) / 100;

/** Count, median, 95th percentile, fastest and slowest of a list of timings. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), min: round(sorted[0]), max: round(at(1)) };
}
