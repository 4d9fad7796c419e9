/**
 * Text helpers shared by every locale: placeholder filling and Intl date formatting. Pure; no React.
 */

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

/** The placeholders a template uses, sorted; tests use it to prove locales agree. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
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
