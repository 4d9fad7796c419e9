import { useEffect, useId, useMemo, useState, type Ref } from 'react';
import type { CalendarStrings, DatePickerErrorType } from '@fluentui/react-datepicker-compat';
import {
  canonicalTimeZone,
  defaultSchedule,
  DURATION_PRESETS,
  durationOf,
  endFromDuration,
  formatWallDate,
  instantToZonedWallTime,
  isValidTimeZone,
  listTimeZones,
  msUntilStatusChange,
  parseDateInput,
  parseTimeInput,
  parseWallDate,
  parseWallTime,
  scheduleSummary,
  validateSchedule,
  zonedWallTimeToInstant,
  zoneOffsetLabel,
  type DurationPreset,
  type ScheduleIssue,
  type WallTime,
  type ZonedInstant,
} from '../../core/schedule';
import { MAX_VALIDITY_DAYS } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type {
  ValiditySchedulerDateField,
  ValiditySchedulerDstNotice,
  ValiditySchedulerPickers,
  ValiditySchedulerTimeField,
  ValiditySchedulerMessage,
  ValiditySchedulerProps,
  ValiditySchedulerState,
  ValiditySchedulerZoneOption,
  ValidityValue,
} from './ValidityScheduler.types';

type TextField = 'startDate' | 'startTime' | 'endDate' | 'endTime';
type Target = 'validFrom' | 'validUntil';

/**
 * Fluent's TimePicker works on local `Date`s; it only ever needs hours and minutes from us, so they sit on a fixed
 * January day on which no zone changes its clocks, and the viewer's own daylight-saving gaps cannot bend them.
 */
const TIME_ANCHOR = { year: 2001, month: 0, day: 10 } as const;
const anchorTime = (time: string): Date | null => {
  const t = parseWallTime(time);
  return t ? new Date(TIME_ANCHOR.year, TIME_ANCHOR.month, TIME_ANCHOR.day, t.hour, t.minute) : null;
};
const timeOf = (date: Date): string =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * A calendar day as Fluent's DatePicker wants it: a local `Date` at noon, so no local zone can move it a day. The same
 * day gives the same object, because the DatePicker throws away what the user is typing whenever `value` changes
 * identity. The cache is small and bounded; nothing in the kit mutates these dates.
 */
const dayCache = new Map<string, Date | null>();
const calendarDay = (date: string): Date | null => {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  const d = parseWallDate(date);
  const day = d ? new Date(d.year, d.month - 1, d.day, 12) : null;
  if (dayCache.size >= 256) dayCache.clear();
  dayCache.set(date, day);
  return day;
};
const dayOf = (date: Date): string => formatWallDate(date.getFullYear(), date.getMonth() + 1, date.getDate());

/** The status can flip at any instant; the relative phrase ("in 3 minutes") is refreshed at least this often. */
const REFRESH_MS = 30_000;
/** `setTimeout` stores its delay in 32 bits; longer delays fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

function sameValue(a: ValidityValue, b: ValidityValue): boolean {
  return a.validFrom.getTime() === b.validFrom.getTime() && a.validUntil.getTime() === b.validUntil.getTime();
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

/** What `onChange` reports for a field whose text cannot be read (English, like the core's messages). */
const UNREADABLE: Readonly<Record<TextField, Pick<ScheduleIssue, 'target' | 'message'>>> = {
  startDate: { target: 'validFrom', message: 'The start date cannot be read.' },
  startTime: { target: 'validFrom', message: 'The start time cannot be read.' },
  endDate: { target: 'validUntil', message: 'The end date cannot be read.' },
  endTime: { target: 'validUntil', message: 'The end time cannot be read.' },
};

/**
 * State of {@link ValidityScheduler}: the window as instants, the wall times shown in the chosen zone, validation
 * as the service does it, daylight-saving notices, the summary and a live status. No JSX, no styling.
 *
 * @example
 * ```tsx
 * const state = useValidityScheduler({ defaultTimeZone: 'Europe/Paris' }, ref);
 * state.summary.text; // 'Thu 3 Dec, 09:00–10:00, Europe/Paris · opens in 3 days'
 * ```
 */
export function useValidityScheduler(props: ValiditySchedulerProps, ref: Ref<HTMLDivElement>): ValiditySchedulerState {
  const {
    value: valueProp,
    defaultValue,
    onChange,
    timeZone: timeZoneProp,
    defaultTimeZone,
    onTimeZoneChange,
    min,
    max,
    maxDays = MAX_VALIDITY_DAYS,
    readOnly = false,
    disabled = false,
    errors,
    label,
    className,
    ...rest
  } = props;
  const kit = useRoomsKit();
  const { strings, locale, format } = kit;
  const s = strings.validityScheduler;
  const clock = kit.now;

  const [chosenZone, setTimeZone] = useControllableState<string>({
    value: timeZoneProp,
    defaultValue: canonicalTimeZone(defaultTimeZone ?? kit.timeZone),
    onChange: onTimeZoneChange,
  });
  // An unknown zone from the host is reported on the picker; the maths carries on in UTC rather than throwing.
  const zoneKnown = isValidTimeZone(chosenZone);
  const timeZone = zoneKnown ? chosenZone : 'UTC';
  const [initialValue] = useState<ValidityValue>(() => defaultValue ?? defaultSchedule(clock(), timeZone));
  // onChange is called here with its meta, so the shared helper only holds the value.
  const [value, setValue] = useControllableState<ValidityValue>({ value: valueProp, defaultValue: initialValue });

  // The kit's clock is read on every render; a timer re-renders when the status flips (and every half minute for
  // the "opens in …" phrase), so the form stays true while it is open.
  const now = clock();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const untilChange = msUntilStatusChange(value, clock());
    const delay = Math.min(untilChange === undefined ? REFRESH_MS : untilChange + 1, REFRESH_MS, MAX_TIMER_MS);
    const timer = setTimeout(() => setTick((t) => t + 1), delay);
    return () => clearTimeout(timer);
  }, [clock, value, tick]);

  const [inputErrors, setInputErrors] = useState<Partial<Record<TextField, string>>>({});
  const [timeDrafts, setTimeDrafts] = useState<Partial<Record<'startTime' | 'endTime', string>>>({});
  const [dstByTarget, setDstByTarget] = useState<Partial<Record<Target, { wall: WallTime; zoned: ZonedInstant }>>>({});
  const [presetChoice, setPresetChoice] = useState<DurationPreset | undefined>(undefined);
  const [startsNow, setStartsNow] = useState(false);
  const [zoneQuery, setZoneQuery] = useState<string | undefined>(undefined);
  const [zoneOpen, setZoneOpen] = useState(false);

  // A server message stays until the user changes the part of the window it is about, or the host sends new ones.
  // Compared by content, so a host that passes a fresh `errors` object on every render does not revive old messages.
  const errorsKey = errors ? JSON.stringify(errors) : '';
  const [edited, setEdited] = useState<{ key: string; targets: ReadonlySet<Target> }>({
    key: errorsKey,
    targets: new Set(),
  });
  const editedTargets: ReadonlySet<Target> = edited.key === errorsKey ? edited.targets : new Set();

  const startWall = useMemo(() => instantToZonedWallTime(value.validFrom, timeZone), [value.validFrom, timeZone]);
  const endWall = useMemo(() => instantToZonedWallTime(value.validUntil, timeZone), [value.validUntil, timeZone]);
  const matchedPreset = durationOf(value.validFrom, value.validUntil, timeZone);
  const preset: DurationPreset = presetChoice === 'custom' ? 'custom' : matchedPreset;
  const customEnd = preset === 'custom';

  const validation = { now, maxDays, min, max };
  const issuesFor = (next: ValidityValue, fieldErrors: Partial<Record<TextField, string>>): ScheduleIssue[] => {
    const own = (Object.keys(fieldErrors) as TextField[]).map((field): ScheduleIssue => ({
      code: 'invalidDate',
      ...UNREADABLE[field],
    }));
    return [...own, ...validateSchedule(next, validation)];
  };

  const commit = (next: ValidityValue, touched: readonly Target[], fieldErrors = inputErrors): void => {
    if (touched.length > 0) {
      setEdited((prev) => ({
        key: errorsKey,
        targets: new Set([...(prev.key === errorsKey ? prev.targets : []), ...touched]),
      }));
    }
    if (sameValue(next, value)) {
      // Nothing moved, but a field may have become readable again: the host's idea of the issues must follow.
      if (fieldErrors !== inputErrors) onChange?.(value, { issues: issuesFor(value, fieldErrors) });
      return;
    }
    setValue(next);
    onChange?.(next, { issues: issuesFor(next, fieldErrors) });
  };

  const setFieldError = (field: TextField, message: string | undefined): Partial<Record<TextField, string>> => {
    if (inputErrors[field] === message) return inputErrors;
    const next = { ...inputErrors };
    if (message === undefined) delete next[field];
    else next[field] = message;
    setInputErrors(next);
    return next;
  };

  /** The end that goes with a new start: the same preset, or the same length for a custom end. */
  const endFor = (validFrom: Date): Date =>
    preset === 'custom'
      ? new Date(validFrom.getTime() + (value.validUntil.getTime() - value.validFrom.getTime()))
      : endFromDuration(validFrom, preset, timeZone);

  const rememberDst = (target: Target, wall: WallTime, zoned: ZonedInstant): void => {
    setDstByTarget((prev) => {
      const next = { ...prev };
      if (zoned.resolution === 'exact') delete next[target];
      else next[target] = { wall, zoned };
      return next;
    });
  };

  const setStartWall = (wall: WallTime, field: TextField): void => {
    const zoned = zonedWallTimeToInstant(wall, timeZone);
    if (!zoned) return;
    rememberDst('validFrom', wall, zoned);
    const fieldErrors = setFieldError(field, undefined);
    commit({ validFrom: zoned.instant, validUntil: endFor(zoned.instant) }, ['validFrom', 'validUntil'], fieldErrors);
  };

  const setEndWall = (wall: WallTime, field: TextField): void => {
    const zoned = zonedWallTimeToInstant(wall, timeZone);
    if (!zoned) return;
    rememberDst('validUntil', wall, zoned);
    // Typing an end that happens to be a preset's length must not hide the fields being typed in.
    setPresetChoice('custom');
    const fieldErrors = setFieldError(field, undefined);
    commit({ validFrom: value.validFrom, validUntil: zoned.instant }, ['validUntil'], fieldErrors);
  };

  // Picker formatting in the kit's locale, stable so Fluent's pickers keep what the user is typing.
  const pickerSetup = useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
    const hourCycle: 'h12' | 'h23' = new Intl.DateTimeFormat(locale, { hour: 'numeric' })
      .resolvedOptions()
      .hourCycle?.startsWith('h1')
      ? 'h12'
      : 'h23';
    const timeFormat = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle,
    });
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
  const today = calendarDay(instantToZonedWallTime(now, timeZone).date) ?? now;
  const pickers: ValiditySchedulerPickers = { ...pickerSetup.pickers, today };
  const { timeExample } = pickerSetup;
  const dateExample = pickers.formatDate(today);
  const badDate = format(s.invalidDateInput, { example: dateExample });
  const badTime = format(s.invalidTimeInput, { example: timeExample });

  const issues = issuesFor(value, inputErrors);
  const formatBound = (d: Date) => kit.formatDateTime(d, { timeZone });
  const issueText = (issue: ScheduleIssue): string => {
    switch (issue.code) {
      case 'windowTooLong':
        return format(strings.validity.issues.windowTooLong, { maxDays });
      case 'beforeMin':
        return format(s.beforeMin, { min: min ? formatBound(min) : '' });
      case 'afterMax':
        return format(s.afterMax, { max: max ? formatBound(max) : '' });
      default:
        return strings.validity.issues[issue.code];
    }
  };
  const windowIssues = validateSchedule(value, validation);
  const messageFor = (target: Target): ValiditySchedulerMessage | undefined => {
    const issue = windowIssues.find((i) => i.target === target);
    if (issue) return { state: 'error', text: issueText(issue) };
    const server = errors?.[target];
    if (server && !editedTargets.has(target)) return { state: 'error', text: server };
    return undefined;
  };

  const formatWallTimeText = (time: string) => {
    const anchored = anchorTime(time);
    return anchored ? pickers.formatTime(anchored) : time;
  };
  const dstNotices: ValiditySchedulerDstNotice[] = [];
  for (const target of ['validFrom', 'validUntil'] as const) {
    const entry = dstByTarget[target];
    if (!entry) continue;
    // A notice is about the time the user typed; once the window moved on, it no longer applies.
    const current = target === 'validFrom' ? value.validFrom : value.validUntil;
    if (entry.zoned.instant.getTime() !== current.getTime()) continue;
    const dateText = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${entry.wall.date}T12:00:00Z`));
    const resolution = entry.zoned.resolution === 'skipped' ? 'skipped' : 'ambiguous';
    dstNotices.push({
      target,
      resolution,
      text:
        resolution === 'skipped'
          ? format(s.skippedTime, {
              time: formatWallTimeText(entry.wall.time),
              date: dateText,
              timeZone,
              resolvedTime: formatWallTimeText(entry.zoned.resolved.time),
            })
          : format(s.ambiguousTime, {
              time: formatWallTimeText(entry.wall.time),
              date: dateText,
              timeZone,
              offset: zoneOffsetLabel(timeZone, entry.zoned.instant),
            }),
    });
  }
  const dstFor = (target: Target): ValiditySchedulerMessage | undefined => {
    const notice = dstNotices.find((n) => n.target === target);
    return notice ? { state: 'warning', text: notice.text } : undefined;
  };

  const fieldMessage = (field: TextField, target: Target, carriesWindow: boolean) => {
    const own = inputErrors[field];
    if (own) return { state: 'error' as const, text: own };
    if (!carriesWindow) return undefined;
    return messageFor(target) ?? dstFor(target);
  };

  /** A field's text cannot be used: say so under it, keep the window, and tell the host the form cannot be sent. */
  const reportUnreadable = (field: TextField, message: string): void => {
    const fieldErrors = setFieldError(field, message);
    onChange?.(value, { issues: issuesFor(value, fieldErrors) });
  };

  const dateValidation = (field: 'startDate' | 'endDate') => (error: DatePickerErrorType | undefined) => {
    let message: string | undefined;
    if (error === 'invalid-input' || error === 'required-input') message = badDate;
    else if (error === 'out-of-bounds')
      message =
        field === 'startDate'
          ? issueText({ code: 'beforeMin', target: 'validFrom', message: '' })
          : issueText({ code: 'afterMax', target: 'validUntil', message: '' });
    if (message === inputErrors[field]) return;
    if (message) reportUnreadable(field, message);
    else setFieldError(field, undefined);
  };

  const startDay = calendarDay(startWall.date);
  const endDay = calendarDay(endWall.date);
  const minDay = min ? (calendarDay(instantToZonedWallTime(min, timeZone).date) ?? undefined) : undefined;
  const maxDay = max ? (calendarDay(instantToZonedWallTime(max, timeZone).date) ?? undefined) : undefined;

  const startDisabled = disabled || startsNow;
  const startDate: ValiditySchedulerDateField = {
    label: s.startDateLabel,
    value: startDay,
    placeholder: format(s.datePlaceholder, { example: dateExample }),
    message: fieldMessage('startDate', 'validFrom', false),
    minDate: minDay,
    maxDate: undefined,
    disabled: startDisabled,
    // A cleared field arrives here as null and through `onValidation` as 'required-input', which reports it.
    onSelectDate: (date: Date | null | undefined) => {
      if (date) setStartWall({ date: dayOf(date), time: startWall.time }, 'startDate');
    },
    onValidation: dateValidation('startDate'),
  };
  const endDate: ValiditySchedulerDateField = {
    label: s.endDateLabel,
    value: endDay,
    placeholder: format(s.datePlaceholder, { example: dateExample }),
    message: fieldMessage('endDate', 'validUntil', false),
    minDate: undefined,
    maxDate: maxDay,
    disabled,
    // A cleared field arrives here as null and through `onValidation` as 'required-input', which reports it.
    onSelectDate: (date: Date | null | undefined) => {
      if (date) setEndWall({ date: dayOf(date), time: endWall.time }, 'endDate');
    },
    onValidation: dateValidation('endDate'),
  };

  const timeField = (field: 'startTime' | 'endTime'): ValiditySchedulerTimeField => {
    const isStart = field === 'startTime';
    const wall = isStart ? startWall : endWall;
    const draft = timeDrafts[field];
    return {
      label: isStart ? s.startTimeLabel : s.endTimeLabel,
      selectedTime: anchorTime(wall.time),
      text: draft ?? formatWallTimeText(wall.time),
      placeholder: format(s.timePlaceholder, { example: timeExample }),
      message: fieldMessage(field, isStart ? 'validFrom' : 'validUntil', true),
      disabled: isStart ? startDisabled : disabled,
      onInput: (text: string) => setTimeDrafts((prev) => ({ ...prev, [field]: text })),
      onCommit: (selected: Date | null, text: string | undefined) => {
        const time = selected ? timeOf(selected) : text ? parseTimeInput(text) : undefined;
        if (!time) {
          reportUnreadable(field, badTime);
          return;
        }
        setTimeDrafts((prev) => {
          const next = { ...prev };
          delete next[field];
          return next;
        });
        if (isStart) setStartWall({ date: wall.date, time }, field);
        else setEndWall({ date: wall.date, time }, field);
      },
    };
  };

  // The 400-odd zones and their offsets are only worked out while the list is open.
  const zoneOptions = useMemo<ValiditySchedulerZoneOption[]>(() => {
    if (!zoneOpen) return [];
    const zones = listTimeZones();
    const all = zones.includes(timeZone) ? zones : [timeZone, ...zones];
    return all.map((zone) => {
      const offset = zoneOffsetLabel(zone, value.validFrom);
      return { timeZone: zone, offset, text: format(s.timeZoneOption, { timeZone: zone, offset }) };
    });
  }, [zoneOpen, timeZone, value.validFrom, format, s.timeZoneOption]);
  const selectedZoneText = format(s.timeZoneOption, { timeZone, offset: zoneOffsetLabel(timeZone, value.validFrom) });
  const filteredZones = useMemo(() => {
    if (zoneQuery === undefined || zoneQuery === selectedZoneText) return zoneOptions;
    const needle = zoneQuery.trim().toLowerCase().replace(/\s+/g, '_');
    if (!needle) return zoneOptions;
    return zoneOptions.filter((o) => o.text.toLowerCase().replace(/\s+/g, '_').includes(needle));
  }, [zoneOptions, zoneQuery, selectedZoneText]);

  const changeZone = (zone: string | undefined): void => {
    // Fluent reports a cleared selection (undefined) while the user types a filter; that is not a choice.
    if (!zone || !isValidTimeZone(zone)) return;
    setZoneQuery(undefined);
    if (zone === chosenZone) return;
    setTimeZone(zone);
    // The wall times stay as the user sees them; the instants move to the new zone.
    const from = zonedWallTimeToInstant(startWall, zone);
    const until = zonedWallTimeToInstant(endWall, zone);
    if (!from || !until) return;
    setDstByTarget({
      ...(from.resolution === 'exact' ? {} : { validFrom: { wall: startWall, zoned: from } }),
      ...(until.resolution === 'exact' ? {} : { validUntil: { wall: endWall, zoned: until } }),
    });
    const validFrom = startsNow ? value.validFrom : from.instant;
    const validUntil = preset === 'custom' ? until.instant : endFromDuration(validFrom, preset, zone);
    commit({ validFrom, validUntil }, ['validFrom', 'validUntil']);
  };

  const selectPreset = (next: DurationPreset): void => {
    setPresetChoice(next);
    if (next === 'custom') return;
    commit({ validFrom: value.validFrom, validUntil: endFromDuration(value.validFrom, next, timeZone) }, [
      'validUntil',
    ]);
  };

  const toggleStartsNow = (checked: boolean): void => {
    setStartsNow(checked);
    if (!checked) return;
    const validFrom = clock();
    setDstByTarget((prev) => {
      const next = { ...prev };
      delete next.validFrom;
      return next;
    });
    const fieldErrors = { ...inputErrors };
    delete fieldErrors.startDate;
    delete fieldErrors.startTime;
    setInputErrors(fieldErrors);
    commit({ validFrom, validUntil: endFor(validFrom) }, ['validFrom', 'validUntil'], fieldErrors);
  };

  const summary = scheduleSummary(value, {
    now,
    locale,
    timeZone,
    phrases: { summary: s.summary, opens: s.opens, closes: s.closes, ended: s.ended },
  });
  const statusText = strings.validity.status[summary.status];
  // An end before the start is no window: the summary says so instead of a backwards range marked "Scheduled".
  const endBeforeStart = issues.some((issue) => issue.code === 'untilNotAfterFrom');

  const labelId = useId();
  const onZoneOpenChange = (open: boolean): void => {
    setZoneOpen(open);
    if (!open) setZoneQuery(undefined);
  };

  return {
    root: { ...rest, ref },
    className,
    readOnly,
    disabled,
    label: label ?? s.label,
    labelId: `${labelId}-label`,
    value,
    timeZone,
    issues,
    startDate,
    endDate,
    startTime: timeField('startTime'),
    endTime: timeField('endTime'),
    duration: {
      label: s.durationLabel,
      preset,
      text: s.durations[preset],
      options: [...DURATION_PRESETS, 'custom' as const].map((p) => ({ preset: p, text: s.durations[p] })),
      message: customEnd ? undefined : messageFor('validUntil'),
      onSelect: selectPreset,
    },
    customEnd,
    startsNow: { label: s.startsNowLabel, checked: startsNow, onChange: toggleStartsNow },
    zone: {
      label: s.timeZoneLabel,
      query: zoneQuery ?? selectedZoneText,
      selectedText: selectedZoneText,
      open: zoneOpen,
      options: filteredZones,
      noMatch: format(s.timeZoneNoMatch, { query: zoneQuery ?? '' }),
      message: zoneKnown ? undefined : { state: 'error', text: s.invalidTimeZone },
      onQueryChange: setZoneQuery,
      onSelect: changeZone,
      onOpenChange: onZoneOpenChange,
    },
    dstNotices,
    summary: {
      text: endBeforeStart ? s.summaryEndBeforeStart : summary.text,
      invalid: endBeforeStart,
      status: summary.status,
      statusText,
      statusLabel: format(s.statusLabel, { status: statusText }),
    },
    readOnlyText: {
      startLabel: s.startLabel,
      endLabel: s.endLabel,
      start: kit.formatDateTime(value.validFrom, { timeZone }),
      end: kit.formatDateTime(value.validUntil, { timeZone }),
      timeZoneLabel: s.timeZoneLabel,
    },
    pickers,
  };
}
