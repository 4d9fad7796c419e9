import type { DurationPreset } from '../../core/schedule';

/**
 * Strings of ValidityScheduler. Placeholders are written {name}. The validity messages themselves
 * (end before start, end in the past, too long) come from `strings.validity.issues`, shared with the rest of the kit.
 */
export interface ValiditySchedulerStrings {
  /** The group's name when the host gives no `label`. */
  label: string;
  /** Starts (heading of the start fields in the read-only form). */
  startLabel: string;
  /** Ends (heading of the end in the read-only form). */
  endLabel: string;
  /** Label of the start date field. */
  startDateLabel: string;
  /** Label of the start time field. */
  startTimeLabel: string;
  /** Label of the end date field (custom end). */
  endDateLabel: string;
  /** Label of the end time field (custom end). */
  endTimeLabel: string;
  /** Label of the duration dropdown. */
  durationLabel: string;
  /** Name of each duration preset. */
  durations: Record<DurationPreset, string>;
  /** Label of the "starts now" switch. */
  startsNowLabel: string;
  /** Label of the time zone picker. */
  timeZoneLabel: string;
  /** One time zone option: {timeZone} and its {offset} ("GMT+01:00"). */
  timeZoneOption: string;
  /** Shown in the time zone list when nothing matches what was typed ({query}). */
  timeZoneNoMatch: string;
  /** Placeholder of the date fields; {example} is today's date in the locale's format. */
  datePlaceholder: string;
  /** Placeholder of the time fields; {example} is a time in the locale's format. */
  timePlaceholder: string;
  /** The summary line: {range}, {timeZone}, {relative}. */
  summary: string;
  /** The summary line while the end is not after the start: there is no window to describe. */
  summaryEndBeforeStart: string;
  /** Status phrase of a window that has not started: {relative} is e.g. "in 3 days". */
  opens: string;
  /** Status phrase of an open window: {relative} is e.g. "in 2 hours". */
  closes: string;
  /** Status phrase of an ended window: {relative} is e.g. "2 hours ago". */
  ended: string;
  /** Accessible name of the status badge: {status}. */
  statusLabel: string;
  /** A typed date that could not be read: {example} is a date in the expected form. */
  invalidDateInput: string;
  /** A typed time that could not be read: {example} is a time in the expected form. */
  invalidTimeInput: string;
  /** The time zone typed is not one the list knows. */
  invalidTimeZone: string;
  /** The start lies before the host's `min`: {min}. */
  beforeMin: string;
  /** The end lies after the host's `max`: {max}. */
  afterMax: string;
  /** A wall time that does not exist (spring-forward gap): {time}, {date}, {timeZone}, {resolvedTime}. */
  skippedTime: string;
  /** A wall time that happens twice (fall-back overlap): {time}, {date}, {timeZone}, {offset}. */
  ambiguousTime: string;
  /** Name of the calendar pop-up. */
  calendarLabel: string;
  /** Calendar: go to today. */
  goToToday: string;
  /** Calendar: previous month. */
  previousMonth: string;
  /** Calendar: next month. */
  nextMonth: string;
  /** Calendar: previous year. */
  previousYear: string;
  /** Calendar: next year. */
  nextYear: string;
  /** Calendar: previous range of years. */
  previousYearRange: string;
  /** Calendar: next range of years. */
  nextYearRange: string;
  /** Calendar: close. */
  closeCalendar: string;
  /** Calendar: the selected day, {date}. */
  selectedDate: string;
  /** Calendar: today's day, {date}. */
  todayDate: string;
  /** Calendar: header of the month view that switches to years, {date}. */
  monthPickerHeader: string;
  /** Calendar: header of the year view that switches to months, {date}. */
  yearPickerHeader: string;
  /** Calendar: the week number, {number}. */
  weekNumber: string;
  /** Calendar: a marked day. */
  dayMarked: string;
}

/** English strings of ValidityScheduler. */
export const VALIDITY_SCHEDULER_EN: ValiditySchedulerStrings = {
  label: 'When the room is open',
  startLabel: 'Starts',
  endLabel: 'Ends',
  startDateLabel: 'Start date',
  startTimeLabel: 'Start time',
  endDateLabel: 'End date',
  endTimeLabel: 'End time',
  durationLabel: 'Duration',
  durations: {
    '15m': '15 minutes',
    '30m': '30 minutes',
    '1h': '1 hour',
    '2h': '2 hours',
    '1d': '1 day',
    '1w': '1 week',
    custom: 'Custom end',
  },
  startsNowLabel: 'Starts now',
  timeZoneLabel: 'Time zone',
  timeZoneOption: '{timeZone} ({offset})',
  timeZoneNoMatch: 'No time zone matches “{query}”.',
  datePlaceholder: 'e.g. {example}',
  timePlaceholder: 'e.g. {example}',
  summary: '{range}, {timeZone} · {relative}',
  summaryEndBeforeStart: 'The end is before the start: choose a later end.',
  opens: 'opens {relative}',
  closes: 'closes {relative}',
  ended: 'ended {relative}',
  statusLabel: 'Status: {status}',
  invalidDateInput: 'Enter a date such as {example}.',
  invalidTimeInput: 'Enter a time such as {example}.',
  invalidTimeZone: 'Choose a time zone from the list.',
  beforeMin: 'The room cannot open before {min}.',
  afterMax: 'The room must close by {max}.',
  skippedTime: '{time} does not exist on {date} in {timeZone} (the clocks go forward); using {resolvedTime}.',
  ambiguousTime: '{time} happens twice on {date} in {timeZone} (the clocks go back); using the first one, {offset}.',
  calendarLabel: 'Calendar',
  goToToday: 'Go to today',
  previousMonth: 'Go to previous month',
  nextMonth: 'Go to next month',
  previousYear: 'Go to previous year',
  nextYear: 'Go to next year',
  previousYearRange: 'Previous years',
  nextYearRange: 'Next years',
  closeCalendar: 'Close calendar',
  selectedDate: 'Selected date {date}',
  todayDate: 'Today, {date}',
  monthPickerHeader: '{date}, change year',
  yearPickerHeader: '{date}, change month',
  weekNumber: 'Week {number}',
  dayMarked: 'marked',
};

/** German strings of ValidityScheduler. */
export const VALIDITY_SCHEDULER_DE: ValiditySchedulerStrings = {
  label: 'Wann der Raum offen ist',
  startLabel: 'Beginnt',
  endLabel: 'Endet',
  startDateLabel: 'Startdatum',
  startTimeLabel: 'Startzeit',
  endDateLabel: 'Enddatum',
  endTimeLabel: 'Endzeit',
  durationLabel: 'Dauer',
  durations: {
    '15m': '15 Minuten',
    '30m': '30 Minuten',
    '1h': '1 Stunde',
    '2h': '2 Stunden',
    '1d': '1 Tag',
    '1w': '1 Woche',
    custom: 'Eigenes Ende',
  },
  startsNowLabel: 'Beginnt sofort',
  timeZoneLabel: 'Zeitzone',
  timeZoneOption: '{timeZone} ({offset})',
  timeZoneNoMatch: 'Keine Zeitzone passt zu „{query}“.',
  datePlaceholder: 'z. B. {example}',
  timePlaceholder: 'z. B. {example}',
  summary: '{range}, {timeZone} · {relative}',
  summaryEndBeforeStart: 'Das Ende liegt vor dem Beginn: Wählen Sie ein späteres Ende.',
  opens: 'öffnet {relative}',
  closes: 'schließt {relative}',
  ended: 'endete {relative}',
  statusLabel: 'Status: {status}',
  invalidDateInput: 'Geben Sie ein Datum wie {example} ein.',
  invalidTimeInput: 'Geben Sie eine Uhrzeit wie {example} ein.',
  invalidTimeZone: 'Wählen Sie eine Zeitzone aus der Liste.',
  beforeMin: 'Der Raum kann nicht vor {min} öffnen.',
  afterMax: 'Der Raum muss spätestens {max} schließen.',
  skippedTime:
    '{time} gibt es am {date} in {timeZone} nicht (die Uhren werden vorgestellt); verwendet wird {resolvedTime}.',
  ambiguousTime:
    '{time} gibt es am {date} in {timeZone} zweimal (die Uhren werden zurückgestellt); verwendet wird die erste, {offset}.',
  calendarLabel: 'Kalender',
  goToToday: 'Zu heute wechseln',
  previousMonth: 'Zum vorherigen Monat',
  nextMonth: 'Zum nächsten Monat',
  previousYear: 'Zum vorherigen Jahr',
  nextYear: 'Zum nächsten Jahr',
  previousYearRange: 'Frühere Jahre',
  nextYearRange: 'Spätere Jahre',
  closeCalendar: 'Kalender schließen',
  selectedDate: 'Ausgewähltes Datum {date}',
  todayDate: 'Heute, {date}',
  monthPickerHeader: '{date}, Jahr wechseln',
  yearPickerHeader: '{date}, Monat wechseln',
  weekNumber: 'Woche {number}',
  dayMarked: 'markiert',
};
