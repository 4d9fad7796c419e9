import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import type { Person } from '../../adapter/types';
import {
  attendanceCsv,
  attendanceReport,
  DEFAULT_LATE_AFTER_MINUTES,
  selectCall,
  type AttendanceCsvColumn,
  type AttendanceRow,
  type AttendanceStatus,
} from '../../core/attendance';
import { callStartOf, emptyCallActivity, type RoomCallRecord } from '../../core/callActivity';
import { RoomsError } from '../../core/errors';
import { instantToZonedWallTime } from '../../core/schedule';
import { useComponentKit } from '../../provider/RoomsKitProvider';
import type { RoomActivityProps, RoomActivityState, RoomActivityTab } from './RoomActivity.types';
import { activityBoard, activityTexts, statusKey, zoneLabel } from './roomActivityBoard';
import { useRoomActivityData } from './useRoomActivityData';

/** While a call goes on, durations and lateness move every second. */
const LIVE_TICK_MS = 1_000;
/** Before any call, only lateness moves (minutes after the start): a slower clock keeps it honest. */
const WAITING_TICK_MS = 30_000;

function isLiveCall(calls: readonly RoomCallRecord[], call: RoomCallRecord | undefined): boolean {
  return call !== undefined && call.endedAt === undefined && calls[calls.length - 1] === call;
}

/** Saves text as a file through the browser's download, as a spreadsheet reads it (UTF-8 with a byte-order mark). */
function downloadCsv(csv: string, fileName: string): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn, once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * State of {@link RoomActivity}: reads (or takes) the room, its roster and its call activity, follows the backend's
 * events, picks the call, makes the attendance report with core's `attendanceReport`, and turns it into the board's
 * sections, the table's rows, the timeline's bars and the CSV. No JSX or styling.
 *
 * @example
 * ```tsx
 * const state = useRoomActivity({ roomId }, ref);
 * state.sections.map((section) => section.heading); // ['In the call (3)', 'Not joined yet (1)', 'Left (0)']
 * ```
 */
export function useRoomActivity(props: RoomActivityProps, ref: Ref<HTMLDivElement>): RoomActivityState {
  const {
    adapter: adapterProp,
    roomId: roomIdProp,
    activity: activityProp,
    roster: rosterProp,
    room: roomProp,
    people: peopleProp,
    callId: callIdProp,
    onCallIdChange,
    tab: tabProp,
    onTabChange,
    lateAfterMinutes = DEFAULT_LATE_AFTER_MINUTES,
    scheduledStart: scheduledStartProp,
    formatCsv,
    onExport,
    showJoinRequests = true,
    className,
    strings: stringsProp,
    ...rest
  } = props;
  const kit = useComponentKit('roomActivity', stringsProp);
  const { locale, timeZone, format } = kit;
  const strings = kit.strings.roomActivity;
  const adapter = adapterProp ?? kit.adapter;
  const roomId = roomIdProp ?? activityProp?.roomId ?? roomProp?.id;
  const mustRead = activityProp === undefined || rosterProp === undefined || roomProp === undefined;
  if (roomIdProp !== undefined && mustRead && !adapter) {
    throw new RoomsError(
      'unknown',
      'No RoomsAdapter: pass `adapter` to RoomActivity, wrap it in <RoomsKitProvider adapter={…}>, or give `activity`, `roster` and `room`.',
    );
  }
  const data = useRoomActivityData({
    adapter,
    // Only a room asked for by id is read and followed; a host's own data is shown as given.
    roomId: roomIdProp,
    room: roomProp,
    roster: rosterProp,
    activity: activityProp,
  });
  const idBase = useId();
  const headingId = `${idBase}-heading`;

  const activity = useMemo(() => data.activity ?? emptyCallActivity(roomId ?? ''), [data.activity, roomId]);

  // ---- Which call -------------------------------------------------------------------------------------------------
  const [chosenCallId, setChosenCallId] = useState<string>();
  const chosenExists = chosenCallId !== undefined && activity.calls.some((c) => c.callId === chosenCallId);
  const effectiveCallId = callIdProp ?? (chosenExists ? chosenCallId : undefined);
  const selected = selectCall(activity, effectiveCallId);
  const callMissing = callIdProp !== undefined && selected === undefined;
  const live = isLiveCall(activity.calls, selected);
  const selectCallId = useCallback(
    (callId: string) => {
      setChosenCallId(callId);
      onCallIdChange?.(callId);
    },
    [onCallIdChange],
  );

  // ---- The clock ------------------------------------------------------------------------------------------------
  const [tick, setTick] = useState(0);
  const tickMs = live ? LIVE_TICK_MS : selected === undefined ? WAITING_TICK_MS : undefined;
  useEffect(() => {
    if (tickMs === undefined) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  // A change of data is a reason to read the clock again: a join heard now must not show as in the future.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` and the data are reasons to read the clock again
  const now = useMemo(() => kit.now(), [kit.now, tick, data.activity, data.roster]);

  // ---- The report -----------------------------------------------------------------------------------------------
  const people = useMemo(() => {
    const merged = new Map<string, Person>(data.people);
    for (const person of peopleProp ?? []) merged.set(person.id, person);
    return merged;
  }, [data.people, peopleProp]);
  const scheduledStart = scheduledStartProp ?? data.room?.validFrom;
  const report = useMemo(
    () =>
      callMissing
        ? undefined
        : attendanceReport(activity, {
            now,
            roster: data.roster ?? [],
            scheduledStart,
            lateAfterMinutes,
            callId: effectiveCallId,
            people,
            locale,
          }),
    [activity, now, data.roster, scheduledStart, lateAfterMinutes, effectiveCallId, people, locale, callMissing],
  );
  const phase = report?.phase ?? 'none';

  // ---- Texts ----------------------------------------------------------------------------------------------------
  const texts = useMemo(() => activityTexts(kit), [kit]);
  const derived = useMemo(
    () =>
      report
        ? activityBoard(report, { kit, texts, idBase, scheduledStart })
        : { people: [], sections: [], timeline: undefined },
    [report, kit, texts, idBase, scheduledStart],
  );

  // ---- Header lines ---------------------------------------------------------------------------------------------
  let callText: string | undefined;
  let countsText: string | undefined;
  if (report) {
    const { counts, callStart, callEnd } = report;
    const n = (value: number): string => texts.number.format(value);
    if (report.phase === 'live' && callStart) {
      callText = format(strings.liveSummary, {
        start: texts.time(callStart),
        duration: texts.duration(now.getTime() - callStart.getTime()),
      });
    } else if (report.phase === 'ended' && callStart && callEnd) {
      callText = format(strings.endedSummary, {
        start: kit.formatDateTime(callStart),
        end: texts.time(callEnd),
        duration: texts.duration(callEnd.getTime() - callStart.getTime()),
      });
    }
    if (report.phase === 'live') {
      countsText = format(strings.liveCounts, {
        inCall: n(counts.inCall),
        notJoined: n(counts.notJoined),
        left: n(counts.left),
        late: n(counts.late),
      });
    } else if (report.phase === 'ended') {
      countsText = format(strings.endedCounts, {
        attended: n(counts.left),
        noShow: n(counts.noShow),
        late: n(counts.late),
      });
    } else if (counts.total > 0) {
      countsText = format(strings.noCallCounts, { notJoined: n(counts.notJoined), late: n(counts.late) });
    }
  }
  const scheduleText = scheduledStart
    ? format(strings.scheduledStart, {
        time: kit.formatDateTime(scheduledStart),
        late: texts.duration(lateAfterMinutes * 60_000),
      })
    : undefined;

  const callOptions = useMemo(
    () =>
      [...activity.calls].reverse().map((call) => {
        const start = callStartOf(call);
        const startText = start ? kit.formatDateTime(start) : call.callId;
        return {
          value: call.callId,
          text: format(isLiveCall(activity.calls, call) ? strings.callOptionLive : strings.callOption, {
            start: startText,
          }),
        };
      }),
    [activity, kit, format, strings],
  );

  // ---- Tabs -----------------------------------------------------------------------------------------------------
  const [chosenTab, setChosenTab] = useState<RoomActivityTab>();
  const tab: RoomActivityTab = tabProp ?? chosenTab ?? (phase === 'ended' ? 'attendance' : 'board');
  const selectTab = useCallback(
    (next: RoomActivityTab) => {
      setChosenTab(next);
      onTabChange?.(next);
    },
    [onTabChange],
  );
  const tabIds = useMemo(
    () => ({
      board: { tab: `${idBase}-tab-board`, panel: `${idBase}-panel-board` },
      attendance: { tab: `${idBase}-tab-attendance`, panel: `${idBase}-panel-attendance` },
    }),
    [idBase],
  );

  // ---- Announcements --------------------------------------------------------------------------------------------
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<{ callId: string | undefined; phase: string; statuses: Map<string, AttendanceStatus> }>();
  useEffect(() => {
    if (!report) return;
    const before = previous.current;
    const statuses = new Map(report.rows.map((row) => [row.userId, row.status]));
    previous.current = { callId: report.call?.callId, phase: report.phase, statuses };
    // Only what the backend told while the board is shown is news; loading and picking a call are not.
    if (!before || !data.live) return;
    if (before.callId === report.call?.callId && before.phase === 'live' && report.phase === 'ended') {
      setAnnouncement(strings.announceEnded);
      return;
    }
    if (before.callId !== report.call?.callId && effectiveCallId !== undefined) return;
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const nameOf = (row: AttendanceRow): string => row.name ?? row.userId;
    const joined = report.rows.filter((row) => row.status === 'inCall' && before.statuses.get(row.userId) !== 'inCall');
    const left = report.rows.filter((row) => row.status === 'left' && before.statuses.get(row.userId) === 'inCall');
    const news = [
      ...(joined.length > 0 ? [format(strings.announceJoined, { name: list.format(joined.map(nameOf)) })] : []),
      ...(left.length > 0 && report.phase === 'live'
        ? [format(strings.announceLeft, { name: list.format(left.map(nameOf)) })]
        : []),
    ];
    if (news.length > 0) setAnnouncement(news.join('. '));
  }, [report, data.live, strings, format, locale, effectiveCallId]);

  // ---- Export ---------------------------------------------------------------------------------------------------
  const exportCsv = useCallback(() => {
    if (!report) return;
    const zone = zoneLabel(locale, timeZone, report.callStart ?? report.now);
    const headers = Object.fromEntries(
      Object.entries(strings.csv).map(([column, header]) => [column, format(header, { zone })]),
    ) as Record<AttendanceCsvColumn, string>;
    let csv = attendanceCsv(report, {
      headers,
      statusText: (row) => strings.status[statusKey(row.status, report.phase)],
      roleText: texts.roleText,
      yes: strings.yes,
      no: strings.no,
      formatLocal: (date) => kit.formatDateTime(date),
      formatDuration: texts.duration,
    });
    if (formatCsv) csv = formatCsv(csv, report);
    const fileName = format(strings.exportFileName, {
      date: instantToZonedWallTime(report.callStart ?? report.now, timeZone).date,
    });
    if (onExport?.({ csv, fileName, report }) !== false) downloadCsv(csv, fileName);
    setAnnouncement(format(strings.exported, { fileName }));
  }, [report, locale, timeZone, strings, format, texts, kit, formatCsv, onExport]);

  // ---- Messages -------------------------------------------------------------------------------------------------
  let notice: string | undefined;
  if (callMissing) notice = strings.unknownCall;
  else if (!data.activityReported) notice = strings.noActivityFeature;

  return {
    root: { role: 'region', 'aria-labelledby': headingId, ...rest, ref },
    className,
    strings,
    dir: kit.dir,
    headingId,
    load: {
      status: data.status,
      error: data.error,
      errorText: data.error ? kit.strings.errors[data.error.code] : undefined,
      retry: data.retry,
      retryText: kit.strings.common.retry,
    },
    notice,
    phase,
    report,
    calls: { options: callOptions, selectedId: selected?.callId, select: selectCallId },
    callText,
    scheduleText,
    countsText,
    tabs: { current: tab, select: selectTab, ids: tabIds },
    sections: derived.sections,
    people: derived.people,
    timeline: derived.timeline,
    exportCsv,
    announcement,
    joinRequests:
      showJoinRequests && adapter?.features.lobby && roomIdProp !== undefined && data.status !== 'deleted'
        ? { adapter, roomId: roomIdProp }
        : undefined,
  };
}
