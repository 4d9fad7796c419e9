/**
 * Small deterministic number sources, so seeded ids, names and directories come out the same on every run and in
 * every browser.
 */

/** A source of numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * Makes a seeded pseudo-random source (mulberry32): fast, tiny and good enough for ids and sample data, never for
 * anything secret.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Hashes a text to an unsigned 32-bit number (FNV-1a), to turn names and seeds into stable numbers. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Writes `value` as lowercase hexadecimal, left-padded with zeros to `width` digits. */
export function hex(value: number, width: number): string {
  return (value >>> 0).toString(16).padStart(width, '0').slice(-width);
}

/** Draws `count` hexadecimal digits from a random source. */
export function randomHex(random: RandomSource, count: number): string {
  let out = '';
  while (out.length < count) out += hex(Math.floor(random() * 0x10000), 4);
  return out.slice(0, count);
}
