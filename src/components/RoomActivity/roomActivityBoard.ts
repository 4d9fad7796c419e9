import {
  attendanceAxisTicks,
  formatAttendanceDuration,
  formatAttendanceTime,
  groupAttendanceByRole,
  type AttendanceReport,
  type AttendanceRow,
  type AttendanceStatus,
} from '../../core/attendance';
import { timeZoneCity } from '../../core/format';
import { ROOM_ROLES, type RoomRole } from '../../core/roles';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomActivityStatusText } from '../../strings/areas/roomActivity';
import type {
  RoomActivityPersonState,
  RoomActivitySectionState,
  RoomActivityTimelineState,
} from './RoomActivity.types';

/** The board's sections per phase, in the order shown. */
const SECTIONS: Readonly<Record<AttendanceReport['phase'], readonly AttendanceStatus[]>> = {
  none: ['notJoined'],
  live: ['inCall', 'notJoined', 'left'],
  ended: ['left', 'noShow'],
};

/** How a status is worded: once the call is over, everyone who left simply attended. */
export function statusKey(status: AttendanceStatus, phase: AttendanceReport['phase']): keyof RoomActivityStatusText {
  return phase === 'ended' && status === 'left' ? 'attended' : status;
}

/** The zone as people read it: its city, with the short name the clock shows there ("Berlin (GMT+1)"). */
export function zoneLabel(locale: string, timeZone: string, at: Date): string {
  const city = timeZoneCity(timeZone);
  const short = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return short && short !== city ? `${city} (${short})` : city;
}

/** Keeps only letters and digits, so an id is safe inside `url(#…)`. */
const svgId = (id: string): string => id.replace(/[^a-zA-Z0-9_-]/g, '');

/** How the board writes numbers, times, lengths of time and roles, in the kit's locale and zone. */
export interface RoomActivityTexts {
  readonly number: Intl.NumberFormat;
  readonly time: (date: Date) => string;
  readonly duration: (ms: number) => string;
  readonly roleText: (role: RoomRole | undefined) => string;
}

/**
 * The board's {@link RoomActivityTexts} for the kit's locale, zone and strings.
 *
 * @example
 * ```ts
 * activityTexts(kit).duration(65 * 60_000); // '1 hr 5 min'
 * ```
 */
export function activityTexts(kit: RoomsKitContextValue): RoomActivityTexts {
  const { locale, timeZone } = kit;
  const strings = kit.strings.roomActivity;
  return {
    number: new Intl.NumberFormat(locale),
    time: (date) => formatAttendanceTime(date, { locale, timeZone }),
    duration: (ms) =>
      formatAttendanceDuration(ms, locale, { underAMinute: strings.underAMinute, hoursMinutes: strings.hoursMinutes }),
    roleText: (role) => (role ? kit.strings.organisers.roles[role].name : strings.unknownRole),
  };
}

/** What the board's builders need besides the report. */
export interface RoomActivityBoardContext {
  kit: RoomsKitContextValue;
  texts: RoomActivityTexts;
  /** The component's id, for section headings and the timeline's patterns. */
  idBase: string;
  /** When the room was meant to start, for "Expected at 9:00". */
  scheduledStart: Date | undefined;
}

/** One person as the board, the table and the export show them. */
function activityPerson(
  row: AttendanceRow,
  phase: AttendanceReport['phase'],
  context: RoomActivityBoardContext,
): RoomActivityPersonState {
  const { kit, texts, scheduledStart } = context;
  const { time, duration, roleText, number } = texts;
  const strings = kit.strings.roomActivity;
  const { format } = kit;
  const joined = row.intervals.length > 0 || row.firstJoinedAt !== undefined;
  const dropOutsText = row.dropOuts === 0 ? undefined : format(strings.dropOuts, { count: row.dropOuts });
  const details: string[] = [];
  if (row.status === 'inCall' || row.status === 'left') {
    if (row.firstJoinedAt) details.push(format(strings.joinedAt, { time: time(row.firstJoinedAt) }));
    if (row.status === 'inCall' && row.dropOuts > 0 && row.lastJoinedAt) {
      details.push(format(strings.backSince, { time: time(row.lastJoinedAt) }));
    }
    if (row.lastLeftAt) details.push(format(strings.leftAt, { time: time(row.lastLeftAt) }));
    details.push(format(strings.inCallFor, { duration: duration(row.timeInCallMs) }));
    if (dropOutsText) details.push(dropOutsText);
  } else if (row.status === 'notJoined' && scheduledStart) {
    details.push(format(strings.expectedAt, { time: time(scheduledStart) }));
  }
  return {
    userId: row.userId,
    name: row.name ?? row.userId,
    named: row.name !== undefined,
    secondaryText: row.secondaryText,
    role: row.role,
    roleText: roleText(row.role),
    status: row.status,
    statusText: strings.status[statusKey(row.status, phase)],
    late: row.late,
    lateText:
      row.late && row.lateByMs !== undefined ? format(strings.lateBy, { duration: duration(row.lateByMs) }) : undefined,
    invited: row.invited,
    details,
    joinedText: row.firstJoinedAt ? time(row.firstJoinedAt) : strings.noTime,
    leftText: row.status === 'inCall' ? strings.stillInCall : row.lastLeftAt ? time(row.lastLeftAt) : strings.noTime,
    timeInCallText: joined ? duration(row.timeInCallMs) : strings.noTime,
    dropOutsText: joined ? number.format(row.dropOuts) : strings.noTime,
    dropOuts: row.dropOuts,
  };
}

/** The timeline of the report's call: a bar per stay, on an axis in the viewer's zone. */
function activityTimeline(
  report: AttendanceReport,
  context: RoomActivityBoardContext,
): RoomActivityTimelineState | undefined {
  const { kit, texts, idBase } = context;
  const { format, locale, timeZone } = kit;
  const strings = kit.strings.roomActivity;
  const { callStart, callEnd } = report;
  if (!report.call || !callStart || !callEnd) return undefined;
  const from = callStart.getTime();
  const span = Math.max(1, callEnd.getTime() - from);
  const roles = new Set(report.rows.map((row) => row.role));
  const joinedCount = report.rows.filter((row) => row.intervals.length > 0).length;
  return {
    label: format(strings.timelineSummary, {
      start: kit.formatDateTime(callStart),
      end: texts.time(callEnd),
      joined: texts.number.format(joinedCount),
      absent: texts.number.format(report.rows.length - joinedCount),
    }),
    zoneText: format(strings.timelineZone, { zone: zoneLabel(locale, timeZone, callStart) }),
    rows: report.rows.map((row) => ({
      userId: row.userId,
      // The name isolated, so a right-to-left name and a left-to-right role keep their own order.
      label: format(strings.timelineRow, {
        name: `\u2068${row.name ?? row.userId}\u2069`,
        role: texts.roleText(row.role),
      }),
      role: row.role,
      segments: row.intervals.map((interval) => ({
        start: (interval.from.getTime() - from) / span,
        width: (interval.until.getTime() - interval.from.getTime()) / span,
        open: interval.open,
      })),
      absentText:
        row.intervals.length > 0
          ? undefined
          : row.status === 'noShow'
            ? strings.timelineNoShow
            : strings.status[statusKey(row.status, report.phase)],
    })),
    ticks: attendanceAxisTicks(callStart, callEnd, timeZone).map((tickAt) => ({
      position: tickAt.position,
      text: formatAttendanceTime(tickAt.at, { locale, timeZone, showZone: false }),
    })),
    legend: [...ROOM_ROLES, undefined]
      .filter((role) => roles.has(role))
      .map((role) => ({ role, text: texts.roleText(role) })),
    legendLabel: strings.timelineLegend,
    patternPrefix: svgId(`rk${idBase}`),
  };
}

/**
 * The board made from an attendance report: everyone as a person card, the sections of the phase (in the call, not
 * joined yet, left; attended and no-shows once it ended) with counts by role, and the call's timeline.
 *
 * @example
 * ```ts
 * const { sections } = activityBoard(report, { kit, texts, idBase, scheduledStart });
 * sections.map((section) => section.heading); // ['In the call (3)', 'Not joined yet (1)', 'Left (0)']
 * ```
 */
export function activityBoard(
  report: AttendanceReport,
  context: RoomActivityBoardContext,
): {
  people: RoomActivityPersonState[];
  sections: RoomActivitySectionState[];
  timeline: RoomActivityTimelineState | undefined;
} {
  const { kit, texts, idBase } = context;
  const strings = kit.strings.roomActivity;
  const everyone = report.rows.map((row) => activityPerson(row, report.phase, context));
  const byId = new Map(everyone.map((person) => [person.userId, person]));
  const sections: RoomActivitySectionState[] = SECTIONS[report.phase].map((status) => {
    const rows = report.rows.filter((row) => row.status === status);
    const key = statusKey(status, report.phase);
    return {
      status,
      headingId: `${idBase}-section-${status}`,
      heading: kit.format(strings.sectionHeading, {
        section: strings.sections[key],
        count: texts.number.format(rows.length),
      }),
      roleCounts: groupAttendanceByRole(rows).map((group) => ({
        role: group.role,
        text: kit.format(strings.roleCount, {
          role: texts.roleText(group.role),
          count: texts.number.format(group.rows.length),
        }),
      })),
      emptyText: strings.sectionEmpty[key],
      people: rows.flatMap((row) => byId.get(row.userId) ?? []),
    };
  });
  return { people: everyone, sections, timeline: activityTimeline(report, context) };
}
