/**
 * Scheduling maths for a room's validity window: wall-clock times in an IANA zone ↔ instants (correct across
 * daylight-saving changes), duration presets, zone offsets and a localisable one-line summary. Pure; no React.
 * Instants are `Date`s (UTC inside); zones appear only here, at the edges.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, addMinutes, addWeeks } from 'date-fns';
import {
  validateValidity,
  validityStatus,
  type RoomValidity,
  type ValidityIssue,
  type ValidityIssueCode,
  type ValidityStatus,
} from './validity';

/** A date and time as a clock on the wall of some zone shows it, without the zone. */
export interface WallTime {
  /** Calendar date, `YYYY-MM-DD`. */
  date: string;
  /** Time of day, 24-hour `HH:mm`. */
  time: string;
}

/**
 * How a wall time maps onto the zone's clock:
 * - `exact`: it exists once.
 * - `skipped`: it does not exist (a spring-forward gap, e.g. 02:30 on 8 Mar 2026 in New York); the kit moves it
 *   forward by the length of the gap (02:30 → 03:30), the rule of RFC 5545 and Temporal's `compatible` mode.
 * - `ambiguous`: it happens twice (a fall-back overlap, e.g. 01:30 on 25 Oct 2026 in London); the kit takes the
 *   earlier of the two instants (still on summer time), as RFC 5545 and Temporal's `compatible` mode do.
 */
export type WallTimeResolution = 'exact' | 'skipped' | 'ambiguous';

/** The result of {@link zonedWallTimeToInstant}. */
export interface ZonedInstant {
  /** The instant chosen by the rule of {@link WallTimeResolution}. */
  instant: Date;
  /** Whether the wall time existed once, not at all, or twice. */
  resolution: WallTimeResolution;
  /** The wall time the zone's clock really shows at `instant` (differs from the input only when `skipped`). */
  resolved: WallTime;
  /** For `ambiguous`: the other, later instant with the same wall time. */
  alternative?: Date;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2}):(\d{2})$/;

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** Parses `YYYY-MM-DD` into numbers, or `undefined` when it is not a real calendar date (e.g. 2026-02-30). */
export function parseWallDate(date: string): { year: number; month: number; day: number } | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** Parses 24-hour `H:mm` / `HH:mm` into numbers, or `undefined` when it is not a time of day. */
export function parseWallTime(time: string): { hour: number; minute: number } | undefined {
  const m = TIME_RE.exec(time.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** Writes a date as `YYYY-MM-DD` from its parts. */
export function formatWallDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Writes a time as `HH:mm` from its parts. */
export function formatWallTime(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}

// Building an Intl formatter costs far more than using one, so each is built once per set of options.
const validZones = new Map<string, boolean>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** Whether `Intl` knows the zone (IANA name, `UTC`, or an offset such as `+05:30`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  const known = validZones.get(timeZone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    valid = true;
  } catch {
    valid = false;
  }
  validZones.set(timeZone, valid);
  return valid;
}

/** The wall time a zone's clock shows at an instant. */
export function instantToZonedWallTime(instant: Date, timeZone: string): WallTime {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return {
    date: formatWallDate(zoned.getFullYear(), zoned.getMonth() + 1, zoned.getDate()),
    time: formatWallTime(zoned.getHours(), zoned.getMinutes()),
  };
}

/** The zone's UTC offset in minutes at an instant (east positive: Paris in winter is 60). */
function offsetAt(timeZone: string, epochMs: number): number {
  return tzOffset(timeZone, new Date(epochMs));
}

/**
 * Turns a wall-clock date and time in an IANA zone into an instant, correctly across daylight-saving changes.
 * A time that does not exist is moved forward by the gap; a time that happens twice takes the earlier instant
 * ({@link WallTimeResolution}); `resolution` tells which happened so the UI can say so.
 * Returns `undefined` when the date or time is not well formed or the zone is unknown.
 *
 * @example
 * ```ts
 * zonedWallTimeToInstant({ date: '2026-03-08', time: '02:30' }, 'America/New_York');
 * // { instant: 2026-03-08T07:30:00Z, resolution: 'skipped', resolved: { date: '2026-03-08', time: '03:30' } }
 * ```
 */
export function zonedWallTimeToInstant(wall: WallTime, timeZone: string): ZonedInstant | undefined {
  const date = parseWallDate(wall.date);
  const time = parseWallTime(wall.time);
  if (!date || !time || !isValidTimeZone(timeZone)) return undefined;
  // The wall time read as if it were UTC; subtracting the zone's offset gives the instant.
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Transitions are never closer than a day apart, so the offsets a day either side are the only two candidates.
  const before = offsetAt(timeZone, asUtc - DAY_MS);
  const after = offsetAt(timeZone, asUtc + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((instant) => asUtc - offsetAt(timeZone, instant) * MINUTE_MS === instant)
    .sort((a, b) => a - b);

  const first = candidates[0];
  if (first === undefined) {
    // In the gap: keep the offset in force before it, which lands as far past the gap as the time was into it.
    const instant = new Date(asUtc - before * MINUTE_MS);
    return { instant, resolution: 'skipped', resolved: instantToZonedWallTime(instant, timeZone) };
  }
  const instant = new Date(first);
  const second = candidates[1];
  if (second !== undefined) {
    return {
      instant,
      resolution: 'ambiguous',
      resolved: instantToZonedWallTime(instant, timeZone),
      alternative: new Date(second),
    };
  }
  return { instant, resolution: 'exact', resolved: instantToZonedWallTime(instant, timeZone) };
}

/** The durations a user can pick for a window; `custom` means an end date and time of their own. */
export type DurationPreset = '15m' | '30m' | '1h' | '2h' | '1d' | '1w' | 'custom';

/** The fixed presets, shortest first. */
export const DURATION_PRESETS = ['15m', '30m', '1h', '2h', '1d', '1w'] as const satisfies readonly DurationPreset[];

/** A preset other than `custom`. */
export type FixedDurationPreset = (typeof DURATION_PRESETS)[number];

const ELAPSED_MINUTES: Readonly<Partial<Record<FixedDurationPreset, number>>> = {
  '15m': 15,
  '30m': 30,
  '1h': 60,
  '2h': 120,
};

/**
 * The end of a window that starts at `start` and lasts `preset`. Minutes and hours are elapsed time; a day and a
 * week are calendar days in the zone, so a 09:00 start ends at 09:00 even when a daylight-saving change falls
 * between (the window is then 23 or 25 hours long per day crossed).
 *
 * @example
 * ```ts
 * endFromDuration(new Date('2026-03-07T14:00:00Z'), '1d', 'America/New_York'); // 2026-03-08T13:00:00Z (09:00 EDT)
 * ```
 */
export function endFromDuration(start: Date, preset: FixedDurationPreset, timeZone: string): Date {
  const minutes = ELAPSED_MINUTES[preset];
  if (minutes !== undefined) return addMinutes(start, minutes);
  const zoned = new TZDate(start.getTime(), timeZone);
  const end = preset === '1d' ? addDays(zoned, 1) : addWeeks(zoned, 1);
  return new Date(end.getTime());
}

/**
 * The preset a window matches, or `custom`. With a zone, a day and a week are matched as calendar days there
 * (see {@link endFromDuration}); without one, as exactly 24 and 168 hours.
 */
export function durationOf(from: Date, until: Date, timeZone?: string): DurationPreset {
  const ms = until.getTime() - from.getTime();
  if (!Number.isFinite(ms)) return 'custom';
  for (const preset of DURATION_PRESETS) {
    const expected = timeZone
      ? endFromDuration(from, preset, timeZone).getTime() - from.getTime()
      : (ELAPSED_MINUTES[preset] ?? (preset === '1d' ? 24 * 60 : 7 * 24 * 60)) * MINUTE_MS;
    if (ms === expected) return preset;
  }
  return 'custom';
}

/**
 * The zone's offset from UTC at an instant, as `GMT+01:00` / `GMT-04:00` / `GMT+05:30` / `GMT+00:00`.
 *
 * @example
 * ```ts
 * zoneOffsetLabel('Asia/Kolkata', new Date()); // 'GMT+05:30'
 * ```
 */
export function zoneOffsetLabel(timeZone: string, at: Date): string {
  const offset = tzOffset(timeZone, at);
  if (!Number.isFinite(offset)) return '';
  const sign = offset < 0 ? '-' : '+';
  return `GMT${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/**
 * Old spellings some engines still report (Chrome says `Asia/Calcutta` for a viewer in India) mapped to the names
 * the IANA database uses today, so a viewer finds their zone by its current name.
 */
const LEGACY_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
};

/** The current IANA name of a zone (`Asia/Calcutta` → `Asia/Kolkata`); other names are returned unchanged. */
export function canonicalTimeZone(timeZone: string): string {
  return LEGACY_ZONE_NAMES[timeZone] ?? timeZone;
}

/** Zones offered when the engine cannot list its own (`Intl.supportedValuesOf` is missing): one or two per offset. */
export const FALLBACK_TIME_ZONES: readonly string[] = [
  'UTC',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/Mexico_City',
  'America/New_York',
  'America/Toronto',
  'America/Bogota',
  'America/Halifax',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/St_Johns',
  'Atlantic/Azores',
  'Atlantic/Reykjavik',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Africa/Lagos',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Warsaw',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Europe/Athens',
  'Europe/Kyiv',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Asia/Riyadh',
  'Africa/Nairobi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Kabul',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Yangon',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Australia/Perth',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Pacific/Noumea',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Tongatapu',
  'Pacific/Kiritimati',
];

let zoneCache: { source: unknown; zones: readonly string[] } | undefined;

/**
 * The IANA zones a user can choose from, sorted: the engine's own list (`Intl.supportedValuesOf('timeZone')`) under
 * current names, plus `UTC`, or {@link FALLBACK_TIME_ZONES} where the engine has no list.
 */
export function listTimeZones(): readonly string[] {
  const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
  // Checking 400-odd zones takes a few milliseconds, so the list is kept for as long as the engine's source stays.
  if (zoneCache && zoneCache.source === supported) return zoneCache.zones;
  let engine: string[] = [];
  try {
    engine = supported ? supported('timeZone') : [];
  } catch {
    engine = [];
  }
  const source = engine.length > 0 ? [...engine, 'UTC'] : [...FALLBACK_TIME_ZONES];
  const zones = [...new Set(source.map(canonicalTimeZone))].filter(isValidTimeZone).sort((a, b) => a.localeCompare(b));
  zoneCache = { source: supported, zones };
  return zones;
}

/** The first half-hour mark of the zone's clock strictly after `now` (09:10 → 09:30, 09:30 → 10:00). */
export function nextHalfHour(now: Date, timeZone: string): Date {
  const zoned = new TZDate(now.getTime(), timeZone);
  const intoHalfHour = (zoned.getMinutes() % 30) * MINUTE_MS + zoned.getSeconds() * 1000 + zoned.getMilliseconds();
  return new Date(now.getTime() - intoHalfHour + 30 * MINUTE_MS);
}

/** The window a new schedule starts with: from the next half hour in the zone, for one hour. */
export function defaultSchedule(now: Date, timeZone: string): RoomValidity {
  const validFrom = nextHalfHour(now, timeZone);
  return { validFrom, validUntil: endFromDuration(validFrom, '1h', timeZone) };
}

/** The sentence pieces of {@link scheduleSummary}; `{placeholders}` are filled in. */
export interface ScheduleSummaryPhrases {
  /** The whole line: `{range}, {timeZone} · {relative}`. */
  summary: string;
  /** For a window that has not started: `opens {relative}` (relative is e.g. "in 3 days"). */
  opens: string;
  /** For an open window: `closes {relative}`. */
  closes: string;
  /** For an ended window: `ended {relative}` (relative is e.g. "2 hours ago"). */
  ended: string;
}

/** English phrases, used when none are given. Components pass the provider's strings instead. */
export const DEFAULT_SUMMARY_PHRASES: ScheduleSummaryPhrases = {
  summary: '{range}, {timeZone} · {relative}',
  opens: 'opens {relative}',
  closes: 'closes {relative}',
  ended: 'ended {relative}',
};

/** Options for {@link scheduleSummary}. */
export interface ScheduleSummaryOptions {
  /** The current instant. */
  now: Date;
  /** BCP 47 locale for dates and relative time. */
  locale: string;
  /** IANA zone the window is shown in. */
  timeZone: string;
  /** Sentence pieces. @default DEFAULT_SUMMARY_PHRASES */
  phrases?: ScheduleSummaryPhrases;
}

/** The summary line and its parts, so a UI can lay them out itself. */
export interface ScheduleSummary {
  /** The whole line, e.g. "Thu 3 Dec, 09:00–10:00, Europe/Paris · opens in 3 days". */
  text: string;
  /** The window in the zone, with repeated parts dropped by `Intl.DateTimeFormat#formatRange`. */
  range: string;
  /** The status phrase, e.g. "opens in 3 days". */
  relative: string;
  /** Where the window stands at `now`. */
  status: ValidityStatus;
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length, and the distance up to which it is used
  ['second', 1000, MINUTE_MS],
  ['minute', MINUTE_MS, HOUR_MS],
  ['hour', HOUR_MS, DAY_MS],
  ['day', DAY_MS, 45 * DAY_MS],
  ['month', 30 * DAY_MS, 365 * DAY_MS],
  ['year', 365 * DAY_MS, Number.POSITIVE_INFINITY],
];

/**
 * `target` relative to `now` in words of the locale ("in 3 days", "tomorrow", "2 hours ago", "vor 5 Minuten"),
 * in the largest unit that keeps the number meaningful.
 */
export function relativeTimePhrase(target: Date, now: Date, locale: string): string {
  const diff = target.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const [unit, size] = RELATIVE_UNITS.find(([, , limit]) => abs < limit) ?? ['year', 365 * DAY_MS];
  const value = Math.round(diff / size);
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format.format(value, unit);
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * One line that says when a window is, where, and how it stands now, in the viewer's locale.
 *
 * @example
 * ```ts
 * scheduleSummary(
 *   { validFrom: new Date('2026-12-03T08:00:00Z'), validUntil: new Date('2026-12-03T09:00:00Z') },
 *   { now: new Date('2026-11-30T08:00:00Z'), locale: 'en-GB', timeZone: 'Europe/Paris' },
 * ).text; // 'Thu 3 Dec, 09:00–10:00, Europe/Paris · opens in 3 days'
 * ```
 */
export function scheduleSummary(window: RoomValidity, options: ScheduleSummaryOptions): ScheduleSummary {
  const { now, locale, timeZone } = options;
  const phrases = options.phrases ?? DEFAULT_SUMMARY_PHRASES;
  const status = validityStatus(window, now);
  const thisYear = new TZDate(now.getTime(), timeZone).getFullYear();
  const showYear =
    new TZDate(window.validFrom.getTime(), timeZone).getFullYear() !== thisYear ||
    new TZDate(window.validUntil.getTime(), timeZone).getFullYear() !== thisYear;
  const range = dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(showYear ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).formatRange(window.validFrom, window.validUntil);
  const relative =
    status === 'scheduled'
      ? fill(phrases.opens, { relative: relativeTimePhrase(window.validFrom, now, locale) })
      : status === 'open'
        ? fill(phrases.closes, { relative: relativeTimePhrase(window.validUntil, now, locale) })
        : fill(phrases.ended, { relative: relativeTimePhrase(window.validUntil, now, locale) });
  return { text: fill(phrases.summary, { range, timeZone, relative }), range, relative, status };
}

/**
 * How long until the status of a window next changes (it opens or closes), in ms; `undefined` once it has ended.
 * A UI sets its timer by this rather than polling.
 */
export function msUntilStatusChange(window: RoomValidity, now: Date): number | undefined {
  const t = now.getTime();
  if (t < window.validFrom.getTime()) return window.validFrom.getTime() - t;
  if (t < window.validUntil.getTime()) return window.validUntil.getTime() - t;
  return undefined;
}

/** The order of year, month and day in a locale's numeric dates (`en-US` → month, day, year). */
export function dateFieldOrder(locale: string): Array<'year' | 'month' | 'day'> {
  return dateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 10, 23)))
    .map((part) => part.type)
    .filter((type): type is 'year' | 'month' | 'day' => type === 'year' || type === 'month' || type === 'day');
}

/**
 * Reads a date a person typed: ISO `2026-03-08`, or digits in the locale's order with any separators (`3/8/2026`
 * in `en-US`, `8.3.2026` in `de-DE`, `08/03/2026` in `en-GB`). Two-digit years are taken as 20xx.
 * Returns `YYYY-MM-DD`, or `undefined` when the text is not a real date.
 */
export function parseDateInput(text: string, locale: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const groups = iso ? [iso[1], iso[2], iso[3]] : trimmed.split(/[^\d]+/).filter(Boolean);
  if (groups.length !== 3) return undefined;
  const order: Array<'year' | 'month' | 'day'> = iso ? ['year', 'month', 'day'] : dateFieldOrder(locale);
  const parts: Partial<Record<'year' | 'month' | 'day', number>> = {};
  order.forEach((field, index) => {
    parts[field] = Number(groups[index]);
  });
  const { year, month, day } = parts;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  // A year is written with two or four digits; "202" is a typo, not the year 202.
  const yearDigits = groups[order.indexOf('year')]?.length;
  if (yearDigits !== 2 && yearDigits !== 4) return undefined;
  const fullYear = year < 100 ? 2000 + year : year;
  const wall = formatWallDate(fullYear, month, day);
  return parseWallDate(wall) ? wall : undefined;
}

/**
 * Reads a time a person typed: `9:30`, `09:30`, `0930`, `9.30`, `9`, `9:30 PM`, `9:30pm`, `21h30`.
 * Returns 24-hour `HH:mm`, or `undefined` when the text is not a time of day.
 */
export function parseTimeInput(text: string): string | undefined {
  const m = /^(\d{1,2})(?:\s*[:.hH]\s*(\d{2})|(\d{2}))?\s*([aApP])?\.?\s*[mM]?\.?$/.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? m[3] ?? '0');
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return formatWallTime(hour, minute);
}

/** Why a schedule is refused: the service's reasons plus the host's own bounds. */
export type ScheduleIssueCode = ValidityIssueCode | 'beforeMin' | 'afterMax';

/** One problem with a schedule; a {@link ValidityIssue} or a breach of the host's `min` / `max`. */
export interface ScheduleIssue extends Omit<ValidityIssue, 'code'> {
  /** What is wrong. */
  code: ScheduleIssueCode;
}

/** Options for {@link validateSchedule}. */
export interface ValidateScheduleOptions {
  /** The current instant. */
  now: Date;
  /** Longest window in days. @default 180 */
  maxDays?: number;
  /** The earliest start the host allows. */
  min?: Date;
  /** The latest end the host allows. */
  max?: Date;
}

/**
 * The service's checks ({@link validateValidity}) plus the host's bounds: a start before `min` (on `validFrom`) and an
 * end after `max` (on `validUntil`).
 */
export function validateSchedule(
  window: { validFrom: Date | undefined; validUntil: Date | undefined },
  options: ValidateScheduleOptions,
): ScheduleIssue[] {
  const issues: ScheduleIssue[] = validateValidity(window, { now: options.now, maxDays: options.maxDays });
  const { validFrom, validUntil } = window;
  const { min, max } = options;
  if (min && validFrom && validFrom.getTime() < min.getTime()) {
    issues.push({ code: 'beforeMin', target: 'validFrom', message: 'The start is before the earliest allowed.' });
  }
  if (max && validUntil && validUntil.getTime() > max.getTime()) {
    issues.push({ code: 'afterMax', target: 'validUntil', message: 'The end is after the latest allowed.' });
  }
  return issues;
}
