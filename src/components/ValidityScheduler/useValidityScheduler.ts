import { useId, useMemo, useState, type Ref } from 'react';
import type { DatePickerErrorType } from '@fluentui/react-datepicker-compat';
import {
  canonicalTimeZone,
  defaultSchedule,
  DURATION_PRESETS,
  durationOf,
  endFromDuration,
  instantToZonedWallTime,
  isValidTimeZone,
  parseTimeInput,
  validateSchedule,
  zonedWallTimeToInstant,
  type DurationPreset,
  type ScheduleIssue,
  type WallTime,
  type ZonedInstant,
} from '../../core/schedule';
import { MAX_VALIDITY_DAYS } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import { useComponentKit } from '../../provider/RoomsKitProvider';
import { anchorTime, calendarDay, dayOf, timeOf, useSchedulerPickers } from './validitySchedulerPickers';
import {
  schedulerDstNotices,
  schedulerIssueText,
  schedulerSummaryTexts,
  unreadableIssues,
  useStatusTick,
  type SchedulerTextField as TextField,
  type SchedulerDstEntry,
  type SchedulerTarget,
} from './validitySchedulerTexts';
import { useSchedulerZones } from './useSchedulerZones';
import type {
  ValiditySchedulerDateField,
  ValiditySchedulerPickers,
  ValiditySchedulerTimeField,
  ValiditySchedulerMessage,
  ValiditySchedulerProps,
  ValiditySchedulerState,
  ValidityValue,
} from './ValidityScheduler.types';

type Target = SchedulerTarget;

function sameValue(a: ValidityValue, b: ValidityValue): boolean {
  return a.validFrom.getTime() === b.validFrom.getTime() && a.validUntil.getTime() === b.validUntil.getTime();
}

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
    strings: stringsProp,
    ...rest
  } = props;
  const kit = useComponentKit('validityScheduler', stringsProp);
  const { strings, format } = kit;
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
  useStatusTick(value, clock);

  const [inputErrors, setInputErrors] = useState<Partial<Record<TextField, string>>>({});
  const [timeDrafts, setTimeDrafts] = useState<Partial<Record<'startTime' | 'endTime', string>>>({});
  const [dstByTarget, setDstByTarget] = useState<Partial<Record<Target, SchedulerDstEntry>>>({});
  const [presetChoice, setPresetChoice] = useState<DurationPreset | undefined>(undefined);
  const [startsNow, setStartsNow] = useState(false);

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
    return [...unreadableIssues(Object.keys(fieldErrors) as TextField[]), ...validateSchedule(next, validation)];
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

  const pickerSetup = useSchedulerPickers(kit);
  const today = calendarDay(instantToZonedWallTime(now, timeZone).date) ?? now;
  const pickers: ValiditySchedulerPickers = { ...pickerSetup.pickers, today };
  const { timeExample } = pickerSetup;
  const dateExample = pickers.formatDate(today);
  const badDate = format(s.invalidDateInput, { example: dateExample });
  const badTime = format(s.invalidTimeInput, { example: timeExample });

  const issues = issuesFor(value, inputErrors);
  const issueText = (issue: ScheduleIssue): string => schedulerIssueText(issue, { kit, maxDays, min, max, timeZone });
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
  const dstNotices = schedulerDstNotices(dstByTarget, value, { kit, timeZone, formatWallTime: formatWallTimeText });
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

  const zones = useSchedulerZones(kit, timeZone, value.validFrom);

  const changeZone = (zone: string | undefined): void => {
    // Fluent reports a cleared selection (undefined) while the user types a filter; that is not a choice.
    if (!zone || !isValidTimeZone(zone)) return;
    zones.setQuery(undefined);
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

  const labelId = useId();

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
      query: zones.query ?? zones.selectedText,
      selectedText: zones.selectedText,
      open: zones.open,
      options: zones.options,
      noMatch: format(s.timeZoneNoMatch, { query: zones.query ?? '' }),
      message: zoneKnown ? undefined : { state: 'error', text: s.invalidTimeZone },
      onQueryChange: zones.setQuery,
      onSelect: changeZone,
      onOpenChange: zones.onOpenChange,
    },
    dstNotices,
    ...schedulerSummaryTexts(kit, value, { now, timeZone, issues }),
    pickers,
  };
}
