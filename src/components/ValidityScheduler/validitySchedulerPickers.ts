import { useMemo } from 'react';
import type { CalendarStrings } from '@fluentui/react-datepicker-compat';
import { formatWallDate, parseDateInput, parseTimeInput, parseWallDate, parseWallTime } from '../../core/schedule';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { ValiditySchedulerPickers } from './ValidityScheduler.types';

/**
 * Fluent's TimePicker works on local `Date`s; it only ever needs hours and minutes from us, so they sit on a fixed
 * January day on which no zone changes its clocks, and the viewer's own daylight-saving gaps cannot bend them.
 */
const TIME_ANCHOR = { year: 2001, month: 0, day: 10 } as const;

/** A wall time ("09:30") as the TimePicker's anchored local `Date`; `null` when it cannot be read. */
export function anchorTime(time: string): Date | null {
  const t = parseWallTime(time);
  return t ? new Date(TIME_ANCHOR.year, TIME_ANCHOR.month, TIME_ANCHOR.day, t.hour, t.minute) : null;
}

/** The wall time ("09:30") of a TimePicker `Date`. */
export function timeOf(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * A calendar day as Fluent's DatePicker wants it: a local `Date` at noon, so no local zone can move it a day. The same
 * day gives the same object, because the DatePicker throws away what the user is typing whenever `value` changes
 * identity. The cache is small and bounded; nothing in the kit mutates these dates.
 */
const dayCache = new Map<string, Date | null>();
export function calendarDay(date: string): Date | null {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  const d = parseWallDate(date);
  const day = d ? new Date(d.year, d.month - 1, d.day, 12) : null;
  if (dayCache.size >= 256) dayCache.clear();
  dayCache.set(date, day);
  return day;
}

/** The wall date ("2026-03-02") of a DatePicker `Date`. */
export function dayOf(date: Date): string {
  return formatWallDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** `Intl.Locale` week data: a method in current engines, a getter in older Chromium, absent in Firefox. */
type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/** First day of the week for the locale, Sunday = 0 as Fluent counts; Sunday where the engine cannot tell. */
function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as WeekInfoLocale;
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    // Intl counts Monday = 1 … Sunday = 7.
    return info ? info.firstDay % 7 : 0;
  } catch {
    return 0;
  }
}

/** What {@link useSchedulerPickers} gives the scheduler. */
export interface SchedulerPickerSetup {
  /** The pickers' formatting, parsing and calendar texts, without today's date. */
  readonly pickers: Omit<ValiditySchedulerPickers, 'today'>;
  /** A time as the locale writes it ("9:30 AM"), for placeholders and messages. */
  readonly timeExample: string;
}

/**
 * The date and time pickers' formatting and parsing in the kit's locale, and the calendar's texts. Stable while the
 * locale and strings stay, so Fluent's pickers keep what the user is typing.
 *
 * @example
 * ```ts
 * const { pickers, timeExample } = useSchedulerPickers(kit);
 * pickers.formatDate(new Date());
 * ```
 */
export function useSchedulerPickers(kit: RoomsKitContextValue): SchedulerPickerSetup {
  const { locale, format } = kit;
  const s = kit.strings.validityScheduler;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
    const hourCycle: 'h12' | 'h23' = new Intl.DateTimeFormat(locale, { hour: 'numeric' })
      .resolvedOptions()
      .hourCycle?.startsWith('h1')
      ? 'h12'
      : 'h23';
    const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle });
    const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const dayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const dayShort = new Intl.DateTimeFormat(locale, { weekday: 'narrow', timeZone: 'UTC' });
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 1)));
    // 2026-11-22 is a Sunday: Fluent's day names start on Sunday.
    const days = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2026, 10, 22 + d)));
    const calendarStrings: CalendarStrings = {
      months: months.map((d) => monthLong.format(d)),
      shortMonths: months.map((d) => monthShort.format(d)),
      days: days.map((d) => dayLong.format(d)),
      shortDays: days.map((d) => dayShort.format(d)),
      goToToday: s.goToToday,
      prevMonthAriaLabel: s.previousMonth,
      nextMonthAriaLabel: s.nextMonth,
      prevYearAriaLabel: s.previousYear,
      nextYearAriaLabel: s.nextYear,
      prevYearRangeAriaLabel: s.previousYearRange,
      nextYearRangeAriaLabel: s.nextYearRange,
      closeButtonAriaLabel: s.closeCalendar,
      // Fluent fills `{0}` itself.
      selectedDateFormatString: format(s.selectedDate, { date: '{0}' }),
      todayDateFormatString: format(s.todayDate, { date: '{0}' }),
      monthPickerHeaderAriaLabel: format(s.monthPickerHeader, { date: '{0}' }),
      yearPickerHeaderAriaLabel: format(s.yearPickerHeader, { date: '{0}' }),
      weekNumberFormatString: format(s.weekNumber, { number: '{0}' }),
      dayMarkedAriaLabel: s.dayMarked,
    };
    const pickers: Omit<ValiditySchedulerPickers, 'today'> = {
      formatDate: (date?: Date) => (date ? dateFormat.format(date) : ''),
      parseDate: (text: string) => {
        const wall = parseDateInput(text, locale);
        return wall ? calendarDay(wall) : null;
      },
      formatTime: (date: Date) => timeFormat.format(date),
      parseTime: (text: string | undefined): { date: Date | null; errorType?: 'invalid-input' } => {
        const time = text ? parseTimeInput(text) : undefined;
        return time ? { date: anchorTime(time) } : { date: null, errorType: 'invalid-input' };
      },
      hourCycle,
      calendarStrings,
      calendarLabel: s.calendarLabel,
      firstDayOfWeek: firstDayOfWeek(locale),
    };
    return { pickers, timeExample: timeFormat.format(anchorTime('09:30') ?? new Date()) };
  }, [locale, s, format]);
}
