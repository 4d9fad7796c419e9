/**
 * Attendance of a room call, for the live board and the report after it: one row per person (everyone invited, and
 * anyone who joined without being invited) with where they stand, whether they were late, when they came and went,
 * how long they were in and how often they dropped out, plus the CSV of it. Pure: it reads a
 * {@link RoomCallActivity} (built by the one reducer in `./callActivity`), the roster and the clock; no React.
 */
import { tzOffset } from '@date-fns/tz';
import Papa from 'papaparse';
import { callStartOf, type RoomCallActivity, type RoomCallRecord, type RoomCallStay } from './callActivity';
import { ROOM_ROLES, type RoomRole } from './roles';
import type { Person, RoomParticipant } from './types';

/** How many minutes after the scheduled start a first join counts as late, unless a host says otherwise. */
export const DEFAULT_LATE_AFTER_MINUTES = 5;

const MINUTE = 60_000;

/**
 * Where someone stands in a call:
 * - `inCall`: in the call now (a live call, a stay not yet left);
 * - `notJoined`: invited, not in the call yet (a live call, or no call so far);
 * - `left`: was in the call and is not any more (every attendee of a call that has ended);
 * - `noShow`: invited to a call that has ended and never joined it.
 */
export type AttendanceStatus = 'inCall' | 'notJoined' | 'left' | 'noShow';

/** The statuses in the order the board shows them. */
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['inCall', 'notJoined', 'left', 'noShow'];

/** Whether the report is about a call going on now, one that has ended, or no call at all. */
export type AttendancePhase = 'none' | 'live' | 'ended';

/** A stretch of time someone was in the call, clipped to the call's span. */
export interface AttendanceInterval {
  /** When it began. */
  from: Date;
  /** When it ended; for a stay still going on, the report's `now`. */
  until: Date;
  /** Whether the stay is still going on (a live call only). */
  open: boolean;
}

/** One person of the report. */
export interface AttendanceRow {
  /** Raw communication identifier (`8:acs:…`). */
  userId: string;
  /** The directory's name, else the name the call showed; absent when neither is known (show the id then). */
  name: string | undefined;
  /** The directory's second line (job title, department…), where it has one. */
  secondaryText: string | undefined;
  /** Their role: the roster's, else the one the call reported; absent when neither is known. */
  role: RoomRole | undefined;
  /** Whether they are on the roster; `false` for someone who joined without being invited. */
  invited: boolean;
  /** Where they stand. */
  status: AttendanceStatus;
  /**
   * Whether they were late: their first join came more than the allowed minutes after the scheduled start, or they
   * have not joined a live call (or an upcoming one) although that much time has passed. Never for a no-show.
   */
  late: boolean;
  /** How far after the scheduled start they first joined (or, not joined yet, how far past it it is now). */
  lateByMs: number | undefined;
  /** Their first join in this call. */
  firstJoinedAt: Date | undefined;
  /** Their last leave; absent while they are in the call or never joined. A stay the end of the call closed ends then. */
  lastLeftAt: Date | undefined;
  /** The latest time they (re)joined, for "in the call since". */
  lastJoinedAt: Date | undefined;
  /** Time in the call: the sum of their stays (overlapping ones counted once), open ones up to now or the call's end. */
  timeInCallMs: number;
  /** How often they dropped out and came back: the gaps between their stays. */
  dropOuts: number;
  /** Their time in the call as stretches, earliest first, overlaps merged; what a timeline draws. */
  intervals: AttendanceInterval[];
}

/** How many people are in each status, and how many are late. */
export type AttendanceCounts = Record<AttendanceStatus, number> & {
  /** People marked late. */
  late: number;
  /** Everyone in the report. */
  total: number;
};

/** Everything the board, the attendance table, the timeline and the CSV show of one call. */
export interface AttendanceReport {
  /** The room. */
  roomId: string;
  /** Whether the call goes on, has ended, or there is none. */
  phase: AttendancePhase;
  /** The call shown; absent when the room has had none (or the asked-for one is not there). */
  call: RoomCallRecord | undefined;
  /** When the call began (its start, else its earliest join). */
  callStart: Date | undefined;
  /** When it ended; `now` while it goes on (or its latest event, should that be later). */
  callEnd: Date | undefined;
  /** The scheduled start lateness is measured from. */
  scheduledStart: Date | undefined;
  /** After how long past `scheduledStart` a join counts as late. */
  lateAfterMs: number;
  /** The instant the report was made at. */
  now: Date;
  /** One row per person: those who joined in order of their first join, then those who did not, by name. */
  rows: AttendanceRow[];
  /** How many are in each status. */
  counts: AttendanceCounts;
}

/** Options of {@link attendanceReport}. */
export interface AttendanceOptions {
  /** The clock's current instant. */
  now: Date;
  /** The room's roster: everyone invited. @default [] (only those who joined are listed) */
  roster?: readonly RoomParticipant[];
  /** The start lateness is measured from, usually the room's `validFrom`. @default none (nobody is late) */
  scheduledStart?: Date;
  /** Minutes after `scheduledStart` a first join may come and not be late. @default {@link DEFAULT_LATE_AFTER_MINUTES} */
  lateAfterMinutes?: number;
  /** Which call; an id the activity does not have gives a report without a call. @default {@link selectCall}'s choice */
  callId?: string;
  /** Names from the people directory; they win over the names the call showed. @default none */
  people?: ReadonlyMap<string, Person> | readonly Person[];
  /** BCP 47 locale, for putting names in order. @default 'en' */
  locale?: string;
}

/**
 * The call a board shows by default: the one going on now, else the latest; `callId` picks another. Returns
 * `undefined` for a room without calls or an id it does not have.
 */
export function selectCall(activity: RoomCallActivity, callId?: string): RoomCallRecord | undefined {
  if (callId !== undefined) return activity.calls.find((call) => call.callId === callId);
  // Calls are kept oldest first and only the latest can be going on, so the live one, when there is one, is the latest.
  return activity.calls[activity.calls.length - 1];
}

/** Whether a call is the one going on: not ended, and no later call has started. */
function isLive(activity: RoomCallActivity, call: RoomCallRecord): boolean {
  return call.endedAt === undefined && activity.calls[activity.calls.length - 1] === call;
}

/** The last instant a call without its end is known to have reached: its latest join or leave. */
function lastInstantOf(call: RoomCallRecord): Date | undefined {
  let last: number | undefined;
  for (const attendee of call.attendees)
    for (const stay of attendee.stays)
      for (const at of [stay.joinedAt, stay.leftAt])
        if (at && (last === undefined || at.getTime() > last)) last = at.getTime();
  return last === undefined ? undefined : new Date(last);
}

function intervalsOf(
  stays: readonly RoomCallStay[],
  span: { start: number; end: number },
  live: boolean,
): AttendanceInterval[] {
  const raw: Array<{ from: number; until: number; open: boolean }> = [];
  for (const stay of stays) {
    if (stay.joinedAt === undefined && stay.leftAt === undefined) continue;
    const open = live && stay.joinedAt !== undefined && stay.leftAt === undefined;
    // A leave heard without its join: they were in from the start, as far as anyone knows.
    const from = Math.max(span.start, stay.joinedAt?.getTime() ?? span.start);
    const until = Math.min(span.end, stay.leftAt?.getTime() ?? span.end);
    if (until < from || (until === from && !open)) continue;
    raw.push({ from, until, open });
  }
  raw.sort((a, b) => a.from - b.from);
  // Someone in on two devices at once is in the call once.
  const merged: typeof raw = [];
  for (const next of raw) {
    const last = merged[merged.length - 1];
    if (last && next.from <= last.until) {
      last.until = Math.max(last.until, next.until);
      last.open = last.open || next.open;
    } else merged.push({ ...next });
  }
  return merged.map((i) => ({ from: new Date(i.from), until: new Date(i.until), open: i.open }));
}

function peopleMap(people: AttendanceOptions['people']): ReadonlyMap<string, Person> {
  if (!people) return new Map();
  if (people instanceof Map) return people;
  return new Map((people as readonly Person[]).map((p) => [p.id, p]));
}

function emptyCounts(): AttendanceCounts {
  return { inCall: 0, notJoined: 0, left: 0, noShow: 0, late: 0, total: 0 };
}

/**
 * The attendance of one call of a room: who is in it now, who was invited and has not joined, who left, who never
 * came, who was late, and each person's times. Pass the roster so the invited who never joined are listed.
 *
 * @example
 * ```ts
 * const report = attendanceReport(activity, { now: new Date(), roster, scheduledStart: room.validFrom });
 * report.rows.filter((row) => row.status === 'notJoined' && row.late).map((row) => row.name);
 * ```
 */
export function attendanceReport(activity: RoomCallActivity, options: AttendanceOptions): AttendanceReport {
  const { now, roster = [], scheduledStart } = options;
  const lateAfterMs = Math.max(0, options.lateAfterMinutes ?? DEFAULT_LATE_AFTER_MINUTES) * MINUTE;
  const people = peopleMap(options.people);
  const call = selectCall(activity, options.callId);
  const live = call !== undefined && isLive(activity, call);
  const phase: AttendancePhase = call === undefined ? 'none' : live ? 'live' : 'ended';
  const callStart = call && callStartOf(call);
  let callEnd: Date | undefined;
  if (call) {
    if (call.endedAt) callEnd = call.endedAt;
    // A clock behind the call service's must not cut off what it reported: the live call reaches its latest event.
    else if (live) callEnd = new Date(Math.max(now.getTime(), lastInstantOf(call)?.getTime() ?? 0));
    else {
      // A call whose end never arrived, followed by another: it was over by the next one's start at the latest.
      const next = activity.calls[activity.calls.indexOf(call) + 1];
      const nextStart = next && callStartOf(next);
      callEnd = lastInstantOf(call) ?? nextStart ?? callStart;
    }
    if (callStart && callEnd && callEnd.getTime() < callStart.getTime()) callEnd = callStart;
  }
  const span = callStart && callEnd ? { start: callStart.getTime(), end: callEnd.getTime() } : { start: 0, end: 0 };
  const threshold = scheduledStart && scheduledStart.getTime() + lateAfterMs;

  const rosterRoles = new Map(roster.map((p) => [p.id, p.role]));
  const attendees = new Map((call?.attendees ?? []).map((a) => [a.userId, a]));
  const ids = [...new Set([...attendees.keys(), ...roster.map((p) => p.id)])];

  const rows: AttendanceRow[] = ids.map((userId) => {
    const attendee = attendees.get(userId);
    const person = people.get(userId);
    const stays = attendee?.stays ?? [];
    const intervals = call ? intervalsOf(stays, span, live) : [];
    const joined = stays.filter((s) => s.joinedAt !== undefined || s.leftAt !== undefined);
    const inCall = live && intervals.some((i) => i.open);
    let status: AttendanceStatus;
    if (inCall) status = 'inCall';
    else if (joined.length > 0) status = 'left';
    else status = phase === 'ended' ? 'noShow' : 'notJoined';

    const joins = stays.flatMap((s) => (s.joinedAt ? [s.joinedAt.getTime()] : []));
    const firstJoinedAt = joins.length > 0 ? new Date(Math.min(...joins)) : undefined;
    const lastJoinedAt = joins.length > 0 ? new Date(Math.max(...joins)) : undefined;
    const lastInterval = intervals[intervals.length - 1];
    const lastLeftAt = status === 'left' && lastInterval ? lastInterval.until : undefined;

    let late = false;
    let lateByMs: number | undefined;
    if (scheduledStart && threshold !== undefined) {
      if (firstJoinedAt) {
        lateByMs = firstJoinedAt.getTime() - scheduledStart.getTime();
        late = firstJoinedAt.getTime() > threshold;
      } else if (status === 'notJoined') {
        lateByMs = now.getTime() - scheduledStart.getTime();
        late = now.getTime() > threshold;
      }
    }
    return {
      userId,
      name: person?.displayName ?? attendee?.displayName,
      secondaryText: person?.secondaryText,
      role: rosterRoles.get(userId) ?? attendee?.role,
      invited: rosterRoles.has(userId),
      status,
      late,
      lateByMs,
      firstJoinedAt,
      lastLeftAt,
      lastJoinedAt,
      timeInCallMs: intervals.reduce((sum, i) => sum + (i.until.getTime() - i.from.getTime()), 0),
      dropOuts: Math.max(0, intervals.length - 1),
      intervals,
    };
  });

  const collator = new Intl.Collator(options.locale ?? 'en', { sensitivity: 'base' });
  const nameKey = (row: AttendanceRow): string => row.name ?? row.userId;
  rows.sort((a, b) => {
    const aJoin = a.intervals[0]?.from.getTime() ?? a.firstJoinedAt?.getTime();
    const bJoin = b.intervals[0]?.from.getTime() ?? b.firstJoinedAt?.getTime();
    if (aJoin !== undefined && bJoin !== undefined && aJoin !== bJoin) return aJoin - bJoin;
    if (aJoin !== undefined && bJoin === undefined) return -1;
    if (aJoin === undefined && bJoin !== undefined) return 1;
    return collator.compare(nameKey(a), nameKey(b)) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);
  });

  const counts = emptyCounts();
  for (const row of rows) {
    counts[row.status] += 1;
    if (row.late) counts.late += 1;
    counts.total += 1;
  }
  return {
    roomId: activity.roomId,
    phase,
    call,
    callStart,
    callEnd,
    scheduledStart,
    lateAfterMs,
    now,
    rows,
    counts,
  };
}

/** The rows of one role, from {@link groupAttendanceByRole}. */
export interface AttendanceRoleGroup {
  /** The role; `undefined` for people whose role is not known. */
  role: RoomRole | undefined;
  /** Its people, in the order given. */
  rows: AttendanceRow[];
}

/**
 * Groups rows by role, in the kit's role order (Presenter, Collaborator, Attendee, Consumer) and then those whose
 * role is not known; roles nobody has are left out.
 */
export function groupAttendanceByRole(rows: readonly AttendanceRow[]): AttendanceRoleGroup[] {
  const groups: AttendanceRoleGroup[] = [...ROOM_ROLES, undefined].map((role) => ({ role, rows: [] }));
  for (const row of rows) {
    const group = groups.find((g) => g.role === row.role) ?? groups[groups.length - 1]!;
    group.rows.push(row);
  }
  return groups.filter((g) => g.rows.length > 0);
}

// ---- Text -----------------------------------------------------------------------------------------------------

/** Options of {@link formatAttendanceTime}. */
export interface FormatAttendanceTimeOptions {
  /** BCP 47 locale. */
  locale: string;
  /** IANA zone to show the time in. */
  timeZone: string;
  /** Show the zone's short name after the time. @default true */
  showZone?: boolean;
  /** Show the date too. @default false */
  showDate?: boolean;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A time of day as a board shows it ("9:05 AM GMT+1"), in a locale and zone, the zone named. */
export function formatAttendanceTime(date: Date, options: FormatAttendanceTimeOptions): string {
  const { locale, timeZone, showZone = true, showDate = false } = options;
  const key = `${locale}|${timeZone}|${showZone}|${showDate}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      ...(showDate ? { day: 'numeric', month: 'short', year: 'numeric' } : {}),
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      ...(showZone ? { timeZoneName: 'short' } : {}),
    });
    timeFormats.set(key, format);
  }
  return format.format(date);
}

/** How {@link formatAttendanceDuration} words what Intl's units do not. */
export interface AttendanceDurationPhrases {
  /** Under a minute: "under 1 min". */
  underAMinute: string;
  /** Hours and minutes together: "{hours} {minutes}". */
  hoursMinutes: string;
}

/** English phrases for {@link formatAttendanceDuration}; components pass their own strings. */
export const DEFAULT_ATTENDANCE_DURATION_PHRASES: AttendanceDurationPhrases = {
  underAMinute: 'under 1 min',
  hoursMinutes: '{hours} {minutes}',
};

const unitFormats = new Map<string, Intl.NumberFormat>();

function unit(locale: string, name: 'hour' | 'minute', value: number): string {
  const key = `${locale}|${name}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
    unitFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * A length of time in whole minutes, localised and pluralised by Intl ("45 min", "1 hr 5 min", "1 Std. 5 Min.").
 *
 * @example
 * ```ts
 * formatAttendanceDuration(65 * 60_000, 'en-US'); // '1 hr 5 min'
 * ```
 */
export function formatAttendanceDuration(
  ms: number,
  locale: string,
  phrases: AttendanceDurationPhrases = DEFAULT_ATTENDANCE_DURATION_PHRASES,
): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return phrases.underAMinute;
  if (minutes < 60) return unit(locale, 'minute', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return unit(locale, 'hour', hours);
  return phrases.hoursMinutes
    .replace('{hours}', unit(locale, 'hour', hours))
    .replace('{minutes}', unit(locale, 'minute', rest));
}

/** A tick of a timeline's time axis. */
export interface AttendanceAxisTick {
  /** Its instant. */
  at: Date;
  /** Where it lies across the call, 0 (start) to 1 (end). */
  position: number;
}

const TICK_STEPS_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];

/**
 * Ticks for a time axis across `[start, end]`: at round times of the viewer's clock (every 5, 10, 15… minutes),
 * at most `maxTicks` of them.
 */
export function attendanceAxisTicks(start: Date, end: Date, timeZone: string, maxTicks = 6): AttendanceAxisTick[] {
  const from = start.getTime();
  const span = end.getTime() - from;
  if (!(span > 0)) return [];
  const step = (TICK_STEPS_MINUTES.find((m) => span / (m * MINUTE) <= maxTicks) ?? 1440) * MINUTE;
  // Round times of the viewer's clock, not of UTC: a zone half an hour off UTC still ticks at :00 and :30.
  const offset = tzOffset(timeZone, start) * MINUTE;
  const first = Math.ceil((from + offset) / step) * step - offset;
  const ticks: AttendanceAxisTick[] = [];
  for (let at = first; at <= end.getTime(); at += step) ticks.push({ at: new Date(at), position: (at - from) / span });
  return ticks;
}

// ---- CSV ------------------------------------------------------------------------------------------------------

/** The columns of the attendance CSV, in order. */
export const ATTENDANCE_CSV_COLUMNS = [
  'name',
  'userId',
  'role',
  'invited',
  'status',
  'late',
  'firstJoinedUtc',
  'lastLeftUtc',
  'firstJoinedLocal',
  'lastLeftLocal',
  'timeInCallSeconds',
  'timeInCall',
  'dropOuts',
] as const;

/** One column of the attendance CSV. */
export type AttendanceCsvColumn = (typeof ATTENDANCE_CSV_COLUMNS)[number];

/** Texts and formatting of {@link attendanceCsv}, from the viewer's locale. */
export interface AttendanceCsvOptions {
  /** The header of each column. */
  headers: Readonly<Record<AttendanceCsvColumn, string>>;
  /** Each status as text. */
  statusText: (row: AttendanceRow) => string;
  /** A role as text; `undefined` for a role not known. */
  roleText: (role: RoomRole | undefined) => string;
  /** "Yes" and "No" for the invited and late columns. */
  yes: string;
  /** See `yes`. */
  no: string;
  /** An instant in the viewer's zone, zone named, for the local columns. */
  formatLocal: (date: Date) => string;
  /** A length of time for the time-in-call column. */
  formatDuration: (ms: number) => string;
}

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, also after blanks or as full-width forms, and
 * cells opening with a tab or line break): the CSV prefixes them with `'` so they stay text (OWASP's advice).
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * The attendance as CSV (RFC 4180, CRLF line ends, header row first): times as ISO 8601 in UTC and once more in the
 * viewer's zone, time in the call in seconds and in words. Names and other text are kept from running as formulas
 * when the file is opened in a spreadsheet.
 *
 * @example
 * ```ts
 * const csv = attendanceCsv(report, { headers, statusText, roleText, yes: 'Yes', no: 'No', formatLocal, formatDuration });
 * ```
 */
export function attendanceCsv(report: AttendanceReport, options: AttendanceCsvOptions): string {
  const iso = (date: Date | undefined): string => (date ? date.toISOString() : '');
  const local = (date: Date | undefined): string => (date ? options.formatLocal(date) : '');
  const joined = (row: AttendanceRow): boolean => row.intervals.length > 0 || row.firstJoinedAt !== undefined;
  const data = report.rows.map((row) => {
    const cells: Record<AttendanceCsvColumn, string | number> = {
      name: row.name ?? '',
      userId: row.userId,
      role: options.roleText(row.role),
      invited: row.invited ? options.yes : options.no,
      status: options.statusText(row),
      late: row.late ? options.yes : options.no,
      firstJoinedUtc: iso(row.firstJoinedAt),
      lastLeftUtc: iso(row.lastLeftAt),
      firstJoinedLocal: local(row.firstJoinedAt),
      lastLeftLocal: local(row.lastLeftAt),
      timeInCallSeconds: Math.round(row.timeInCallMs / 1000),
      timeInCall: joined(row) ? options.formatDuration(row.timeInCallMs) : '',
      dropOuts: row.dropOuts,
    };
    return ATTENDANCE_CSV_COLUMNS.map((column) => cells[column]);
  });
  return Papa.unparse(
    { fields: ATTENDANCE_CSV_COLUMNS.map((column) => options.headers[column]), data },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
}
