import { useEffect, useState } from 'react';
import {
  msUntilStatusChange,
  scheduleSummary,
  zoneOffsetLabel,
  type ScheduleIssue,
  type WallTime,
  type ZonedInstant,
} from '../../core/schedule';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { ValiditySchedulerDstNotice, ValiditySchedulerState, ValidityValue } from './ValidityScheduler.types';

/** One end of the window. */
export type SchedulerTarget = 'validFrom' | 'validUntil';

/** The scheduler's text fields. */
export type SchedulerTextField = 'startDate' | 'startTime' | 'endDate' | 'endTime';

/** What `onChange` reports for a field whose text cannot be read (English, like the core's messages). */
const UNREADABLE: Readonly<Record<SchedulerTextField, Pick<ScheduleIssue, 'target' | 'message'>>> = {
  startDate: { target: 'validFrom', message: 'The start date cannot be read.' },
  startTime: { target: 'validFrom', message: 'The start time cannot be read.' },
  endDate: { target: 'validUntil', message: 'The end date cannot be read.' },
  endTime: { target: 'validUntil', message: 'The end time cannot be read.' },
};

/**
 * The issues `onChange` reports for fields whose text cannot be read: the form cannot be sent while they stand.
 *
 * @example
 * ```ts
 * unreadableIssues(['startTime']); // [{ code: 'invalidDate', target: 'validFrom', message: '…' }]
 * ```
 */
export function unreadableIssues(fields: readonly SchedulerTextField[]): ScheduleIssue[] {
  return fields.map((field) => ({ code: 'invalidDate', ...UNREADABLE[field] }));
}

/** The status can flip at any instant; the relative phrase ("in 3 minutes") is refreshed at least this often. */
const REFRESH_MS = 30_000;
/** `setTimeout` stores its delay in 32 bits; longer delays fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Re-renders when the window's status flips (it opens or closes) and every half minute for the "opens in …" phrase,
 * so the form stays true while it is open; the kit's clock is read on every render.
 *
 * @example
 * ```ts
 * useStatusTick(value, kit.now);
 * ```
 */
export function useStatusTick(value: ValidityValue, clock: () => Date): void {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const untilChange = msUntilStatusChange(value, clock());
    const delay = Math.min(untilChange === undefined ? REFRESH_MS : untilChange + 1, REFRESH_MS, MAX_TIMER_MS);
    const timer = setTimeout(() => setTick((t) => t + 1), delay);
    return () => clearTimeout(timer);
  }, [clock, value, tick]);
}

/**
 * The summary line ("Thu 3 Dec, 09:00–10:00, Europe/Paris · opens in 3 days") with its status badge, and the texts of
 * the read-only view. An end before the start is no window: the summary says so instead of a backwards range.
 *
 * @example
 * ```ts
 * const { summary, readOnlyText } = schedulerSummaryTexts(kit, value, { now, timeZone, issues });
 * ```
 */
export function schedulerSummaryTexts(
  kit: RoomsKitContextValue,
  value: ValidityValue,
  context: { now: Date; timeZone: string; issues: readonly ScheduleIssue[] },
): Pick<ValiditySchedulerState, 'summary' | 'readOnlyText'> {
  const { now, timeZone, issues } = context;
  const s = kit.strings.validityScheduler;
  const summary = scheduleSummary(value, {
    now,
    locale: kit.locale,
    timeZone,
    phrases: { summary: s.summary, opens: s.opens, closes: s.closes, ended: s.ended },
  });
  const statusText = kit.strings.validity.status[summary.status];
  const endBeforeStart = issues.some((issue) => issue.code === 'untilNotAfterFrom');
  return {
    summary: {
      text: endBeforeStart ? s.summaryEndBeforeStart : summary.text,
      invalid: endBeforeStart,
      status: summary.status,
      statusText,
      statusLabel: kit.format(s.statusLabel, { status: statusText }),
    },
    readOnlyText: {
      startLabel: s.startLabel,
      endLabel: s.endLabel,
      start: kit.formatDateTime(value.validFrom, { timeZone }),
      end: kit.formatDateTime(value.validUntil, { timeZone }),
      timeZoneLabel: s.timeZoneLabel,
    },
  };
}

/** A wall time the user typed and the instant it became, kept while it lands in a daylight-saving change. */
export interface SchedulerDstEntry {
  readonly wall: WallTime;
  readonly zoned: ZonedInstant;
}

/** What {@link schedulerIssueText} needs besides the issue. */
export interface SchedulerIssueContext {
  kit: RoomsKitContextValue;
  /** The longest window, in days. */
  maxDays: number;
  /** The earliest start allowed. */
  min: Date | undefined;
  /** The latest end allowed. */
  max: Date | undefined;
  /** The zone bounds are shown in. */
  timeZone: string;
}

/**
 * What the scheduler says of a rule the window breaks, in the kit's words ("A room can be open for at most 180
 * days.", "Start on or after 2 Mar 2026, 09:00.").
 *
 * @example
 * ```ts
 * schedulerIssueText({ code: 'windowTooLong', target: 'validUntil', message: '' }, { kit, maxDays: 180, ... });
 * ```
 */
export function schedulerIssueText(issue: ScheduleIssue, context: SchedulerIssueContext): string {
  const { kit, maxDays, min, max, timeZone } = context;
  const s = kit.strings.validityScheduler;
  const formatBound = (d: Date) => kit.formatDateTime(d, { timeZone });
  switch (issue.code) {
    case 'windowTooLong':
      return kit.format(kit.strings.validity.issues.windowTooLong, { maxDays });
    case 'beforeMin':
      return kit.format(s.beforeMin, { min: min ? formatBound(min) : '' });
    case 'afterMax':
      return kit.format(s.afterMax, { max: max ? formatBound(max) : '' });
    default:
      return kit.strings.validity.issues[issue.code];
  }
}

/**
 * The daylight-saving notices of the window: a typed time that does not exist on that day (moved on by the gap) or
 * exists twice (the earlier offset is taken). A notice is about the time the user typed; once that end moved on, it
 * no longer applies.
 *
 * @example
 * ```ts
 * const notices = schedulerDstNotices(dstByTarget, value, { kit, timeZone, formatWallTime });
 * ```
 */
export function schedulerDstNotices(
  entries: Partial<Record<SchedulerTarget, SchedulerDstEntry>>,
  value: ValidityValue,
  context: { kit: RoomsKitContextValue; timeZone: string; formatWallTime: (time: string) => string },
): ValiditySchedulerDstNotice[] {
  const { kit, timeZone, formatWallTime } = context;
  const s = kit.strings.validityScheduler;
  const notices: ValiditySchedulerDstNotice[] = [];
  for (const target of ['validFrom', 'validUntil'] as const) {
    const entry = entries[target];
    if (!entry) continue;
    const current = target === 'validFrom' ? value.validFrom : value.validUntil;
    if (entry.zoned.instant.getTime() !== current.getTime()) continue;
    const dateText = new Intl.DateTimeFormat(kit.locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${entry.wall.date}T12:00:00Z`));
    const resolution = entry.zoned.resolution === 'skipped' ? 'skipped' : 'ambiguous';
    const time = formatWallTime(entry.wall.time);
    notices.push({
      target,
      resolution,
      text:
        resolution === 'skipped'
          ? kit.format(s.skippedTime, {
              time,
              date: dateText,
              timeZone,
              resolvedTime: formatWallTime(entry.zoned.resolved.time),
            })
          : kit.format(s.ambiguousTime, {
              time,
              date: dateText,
              timeZone,
              offset: zoneOffsetLabel(timeZone, entry.zoned.instant),
            }),
    });
  }
  return notices;
}
