/**
 * Text helpers shared by every locale: placeholder filling and Intl date formatting. Pure; no React.
 */
import { tzOffset } from '@date-fns/tz';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { instantToZonedWallTime, isValidTimeZone } from './schedule';

/**
 * Fills `{name}` placeholders in a template. Unknown placeholders are left as they are so a missing value is visible
 * rather than silently blank.
 *
 * @example
 * ```ts
 * formatString('Remove {name}', { name: 'Ada' }); // 'Remove Ada'
 * ```
 */
export function formatString(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

/** A template that counts: an ICU `plural`, `selectordinal` or `select` argument (`{count, plural, one {…} other {…}}`). */
const ICU_ARGUMENT = /\{\s*\w+\s*,\s*(plural|selectordinal|select)\s*,/;

const messageFormats = new Map<string, IntlMessageFormat>();

function messageFormat(locale: string, template: string): IntlMessageFormat {
  const key = `${locale}\u0000${template}`;
  let compiled = messageFormats.get(key);
  if (!compiled) {
    // Tags are off: the kit's strings are plain text, and "<" in a translation is a character, not markup.
    compiled = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
    messageFormats.set(key, compiled);
  }
  return compiled;
}

/**
 * Fills a kit string for a locale. Plain `{name}` placeholders are filled as {@link formatString} does; a string with
 * an ICU plural or select (`'{count, plural, one {# change} other {# changes}}'`) is formatted by FormatJS's
 * `intl-messageformat`, so every locale gets its own plural forms from `Intl.PluralRules` (Arabic's six, French's
 * "0 participant") and `#` is the count in the locale's digits. Compiled messages are cached per locale and template.
 *
 * @example
 * ```ts
 * formatMessage('en', '{count, plural, one {# unsaved change} other {# unsaved changes}}', { count: 1 }); // '1 unsaved change'
 * ```
 */
export function formatMessage(
  locale: string,
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  if (!ICU_ARGUMENT.test(template)) return formatString(template, values);
  try {
    const out = messageFormat(locale, template).format(values);
    return typeof out === 'string' ? out : String(out);
  } catch {
    // A missing value or a host's malformed override must not break the screen: show what can be filled.
    return formatString(template, values);
  }
}

function argumentsOf(elements: readonly MessageFormatElement[], into: Set<string>): void {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
}

function parsed(template: string): MessageFormatElement[] {
  return parse(template, { ignoreTag: true });
}

/** The placeholders a template uses (plain and ICU arguments, also inside plural branches), sorted; tests use it to prove locales agree. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  argumentsOf(parsed(template), names);
  return [...names].sort();
}

/**
 * The plural categories each `plural` argument of a template names, by argument (`{ count: ['one', 'other'] }`);
 * exact matches such as `=0` are left out. The parity test checks them against `Intl.PluralRules` for the locale.
 */
export function pluralCategoriesOf(template: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.plural) {
        const names = Object.keys(element.options).filter((k) => !k.startsWith('='));
        out[element.value] = [...new Set([...(out[element.value] ?? []), ...names])].sort();
      }
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) visit(option.value);
      else if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parsed(template));
  return out;
}

/** The viewer's IANA time zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Options for {@link formatInstant}. */
export interface FormatInstantOptions {
  /** BCP 47 locale. */
  locale: string;
  /** IANA time zone to show the instant in. @default the viewer's */
  timeZone?: string;
  /** Show the zone's short name after the time. @default true */
  showZone?: boolean;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

function dateTimeFormat(options: FormatInstantOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(options.locale, {
    ...DATE_TIME,
    timeZone: options.timeZone ?? viewerTimeZone(),
    ...(options.showZone === false ? {} : { timeZoneName: 'short' }),
  });
}

/** Formats an instant as a date and time in a locale and zone, with the zone named (e.g. "3 Dec 2026, 09:00 CET"). */
export function formatInstant(date: Date, options: FormatInstantOptions): string {
  return dateTimeFormat(options).format(date);
}

/** Formats a window compactly ("3 Dec 2026, 09:00 – 10:00 CET"), letting Intl drop the repeated parts. */
export function formatInstantRange(from: Date, until: Date, options: FormatInstantOptions): string {
  return dateTimeFormat(options).formatRange(from, until);
}

/**
 * A name people recognise for an IANA zone: its city ("Europe/Berlin" → "Berlin", "America/New_York" → "New York"),
 * or "UTC" for the universal zones. Offsets such as `+05:30` are returned as they are.
 *
 * @example
 * ```ts
 * timeZoneCity('America/Argentina/Buenos_Aires'); // 'Buenos Aires'
 * ```
 */
export function timeZoneCity(timeZone: string): string {
  if (/^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)(0|\+0|-0)?$/i.test(timeZone)) return 'UTC';
  const city = timeZone.split('/').at(-1) ?? timeZone;
  return city.replace(/_/g, ' ');
}

/** How {@link formatRoomWindow} words a window; `{window}` is the dates and times, `{zone}` the zone's city. */
export interface RoomWindowPhrases {
  /** The window in the room's zone: "{window} {zone} time". */
  inZone: string;
  /** The same window on the viewer's clock: "{window} your time". */
  inViewerZone: string;
}

/** English phrases for {@link formatRoomWindow}; components pass their own strings. */
export const DEFAULT_ROOM_WINDOW_PHRASES: RoomWindowPhrases = {
  inZone: '{window} {zone} time',
  inViewerZone: '{window} your time',
};

/** Options of {@link formatRoomWindow}. */
export interface FormatRoomWindowOptions {
  /** BCP 47 locale of the dates and times. */
  locale: string;
  /** The zone the room was scheduled in; absent or unknown shows the window in the viewer's zone only. */
  timeZone?: string | undefined;
  /** The viewer's IANA zone. */
  viewerTimeZone: string;
  /** Today, so the year is shown only for windows in another year. @default the window's own year is not shown */
  now?: Date;
  /** The wording. @default {@link DEFAULT_ROOM_WINDOW_PHRASES} */
  phrases?: RoomWindowPhrases;
}

/** A room's window as text, from {@link formatRoomWindow}. */
export interface RoomWindowText {
  /** The window in the room's zone, zone named: "Thu 3 Dec, 09:00–09:30 Berlin time". */
  room: string;
  /** The window on the viewer's clock, only when the viewer's zone shows other times: "08:00–08:30 your time". */
  viewer: string | undefined;
  /** The zone the first line is in. */
  timeZone: string;
}

const ROOM_WINDOW_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};
const ROOM_WINDOW_TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const roomWindowFormats = new Map<string, Intl.DateTimeFormat>();

function roomWindowFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = roomWindowFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    roomWindowFormats.set(key, format);
  }
  return format;
}

function sameWallClock(from: Date, until: Date, a: string, b: string): boolean {
  // Two zones show the same times when their offsets agree at both ends of the window.
  return tzOffset(a, from) === tzOffset(b, from) && tzOffset(a, until) === tzOffset(b, until);
}

/**
 * A room's window as people read it: in the zone the organiser chose, with that zone named, and, when the viewer's
 * clock shows other times, once more on the viewer's clock. The viewer's line leaves out the date when it is the
 * same day as the first line. Pure: Intl formats, `@date-fns/tz` compares the zones' clocks and dates.
 *
 * @example
 * ```ts
 * formatRoomWindow(
 *   { validFrom: new Date('2026-12-03T08:00:00Z'), validUntil: new Date('2026-12-03T08:30:00Z') },
 *   { locale: 'en-GB', timeZone: 'Europe/Berlin', viewerTimeZone: 'Europe/London' },
 * );
 * // { room: 'Thu 3 Dec, 09:00–09:30 Berlin time', viewer: '08:00–08:30 your time', timeZone: 'Europe/Berlin' }
 * ```
 */
export function formatRoomWindow(
  window: { readonly validFrom: Date; readonly validUntil: Date },
  options: FormatRoomWindowOptions,
): RoomWindowText {
  const { locale, viewerTimeZone: viewer, now, phrases = DEFAULT_ROOM_WINDOW_PHRASES } = options;
  const { validFrom: from, validUntil: until } = window;
  const zone = options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : viewer;
  const fromWall = instantToZonedWallTime(from, zone);
  const otherYear =
    now !== undefined && instantToZonedWallTime(now, zone).date.slice(0, 4) !== fromWall.date.slice(0, 4);
  const dated: Intl.DateTimeFormatOptions = otherYear ? { ...ROOM_WINDOW_DATE, year: 'numeric' } : ROOM_WINDOW_DATE;
  const room = formatString(phrases.inZone, {
    window: roomWindowFormat(locale, zone, dated).formatRange(from, until),
    zone: timeZoneCity(zone),
  });
  if (zone === viewer || sameWallClock(from, until, zone, viewer)) return { room, viewer: undefined, timeZone: zone };
  // Only the times when the viewer's day is the room's day at both ends; otherwise the dates too.
  const sameDay =
    instantToZonedWallTime(from, viewer).date === fromWall.date &&
    instantToZonedWallTime(until, viewer).date === instantToZonedWallTime(until, zone).date &&
    instantToZonedWallTime(until, viewer).date === fromWall.date;
  const viewerText = roomWindowFormat(locale, viewer, sameDay ? ROOM_WINDOW_TIME : dated).formatRange(from, until);
  return { room, viewer: formatString(phrases.inViewerZone, { window: viewerText }), timeZone: zone };
}
