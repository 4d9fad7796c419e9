import { useCallback, useId, useMemo, useState, type Ref } from 'react';
import { formatAttendanceDuration, formatAttendanceTime } from '../../core/attendance';
import { DEFAULT_ROLE, type RoomRole } from '../../core/roles';
import { useLobbyKit } from '../shared/useLobbyKit';
import { useTick } from '../shared/useTick';
import type {
  JoinRequestListProps,
  JoinRequestListState,
  JoinRequestListStatus,
  JoinRequestRowState,
} from './JoinRequestList.types';
import { useJoinRequestActions } from './useJoinRequestActions';
import { useJoinRequests } from './useJoinRequests';

/** How long people have waited is shown in minutes; the clock is read again twice a minute. */
const TICK_MS = 30_000;

/**
 * State of {@link JoinRequestList}: reads the room's pending requests and follows them ({@link useJoinRequests}),
 * admits with each row's chosen role and declines through a dialog ({@link useJoinRequestActions}), announces who
 * arrives, and makes each row's texts. No JSX.
 *
 * @example
 * ```tsx
 * const state = useJoinRequestList({ roomId, onAdmitted }, ref);
 * state.rows.map((row) => row.request.displayName);
 * ```
 */
export function useJoinRequestList(props: JoinRequestListProps, ref: Ref<HTMLDivElement>): JoinRequestListState {
  const {
    adapter: adapterProp,
    roomId,
    defaultRole = DEFAULT_ROLE,
    onAdmitted,
    onDeclined,
    heading: headingProp = true,
    headingLevel = 3,
    hideWhenEmpty = false,
    strings: stringsProp,
    className,
    ...rest
  } = props;
  const kit = useLobbyKit('joinRequestList', stringsProp);
  const { format, locale, timeZone } = kit;
  const adapter = adapterProp ?? kit.adapter;
  const strings = kit.strings.lobby.joinRequestList;
  const lobbyStrings = kit.strings.lobby;
  const idBase = useId();

  const data = useJoinRequests(adapter, roomId);
  const { requests } = data;
  const status: JoinRequestListStatus = data.status === 'idle' ? 'loading' : data.status;
  const shown = status === 'ready' || status === 'refreshing';

  // ---- The clock ----------------------------------------------------------------------------------------------------
  const tick = useTick(requests.length > 0 ? TICK_MS : undefined);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the tick and new requests are reasons to read the clock again
  const now = useMemo(() => kit.now(), [kit.now, tick, requests]);

  // ---- Announcing arrivals ------------------------------------------------------------------------------------------
  const [announcement, setAnnouncement] = useState('');
  const [seen, setSeen] = useState<{ key: string; ids: ReadonlySet<string> } | undefined>(undefined);
  if (shown && (seen?.key !== roomId || requests.some((r) => !seen.ids.has(r.id)))) {
    const ids = new Set(requests.map((r) => r.id));
    if (seen?.key === roomId) {
      const arrived = requests.filter((r) => !seen.ids.has(r.id));
      setAnnouncement(
        arrived.length === 1
          ? format(strings.announce.arrived, { name: arrived[0]?.displayName ?? '' })
          : format(strings.announce.arrivedMany, { count: arrived.length }),
      );
    }
    // Known ids only grow: someone admitted and asking again later is announced again under a new request id.
    setSeen({ key: roomId, ids: seen?.key === roomId ? new Set([...seen.ids, ...ids]) : ids });
  }

  const actions = useJoinRequestActions({
    adapter,
    roomId,
    kit,
    data,
    onAdmitted,
    onDeclined,
    announce: setAnnouncement,
  });
  const { pending, rowErrors, admit, openDecline } = actions;

  // ---- Rows ---------------------------------------------------------------------------------------------------------
  const [roles, setRoles] = useState<ReadonlyMap<string, RoomRole>>(() => new Map());
  const setRoleOf = useCallback(
    (id: string, role: RoomRole) => setRoles((before) => new Map(before).set(id, role)),
    [],
  );
  const rows = useMemo(
    () =>
      requests.map((request): JoinRequestRowState => {
        const role = roles.get(request.id) ?? defaultRole;
        const name = request.displayName;
        const busy = pending.get(request.id);
        const waited = formatAttendanceDuration(now.getTime() - request.requestedAt.getTime(), locale, lobbyStrings);
        return {
          request,
          nameId: `${idBase}-${request.id}-name`,
          waitedText: format(strings.waited, { duration: waited }),
          askedText: format(strings.askedAt, { time: formatAttendanceTime(request.requestedAt, { locale, timeZone }) }),
          role,
          setRole: (next) => setRoleOf(request.id, next),
          roleLabel: format(strings.roleFor, { name }),
          admitLabel: format(strings.admitLabel, { name, role: lobbyStrings.roleAs[role] }),
          declineLabel: format(strings.declineLabel, { name }),
          pending: busy,
          pendingText: busy === 'admit' ? strings.admitting : busy === 'decline' ? strings.declining : undefined,
          error: rowErrors.get(request.id),
          admit: () => {
            if (!busy) admit(request, role);
          },
          openDecline: () => {
            if (!busy) openDecline(request);
          },
        };
      }),
    [
      requests,
      roles,
      defaultRole,
      pending,
      idBase,
      format,
      strings,
      now,
      locale,
      timeZone,
      lobbyStrings,
      rowErrors,
      admit,
      openDecline,
      setRoleOf,
    ],
  );

  const headingText =
    headingProp === false
      ? undefined
      : typeof headingProp === 'string'
        ? headingProp
        : format(strings.heading, { count: requests.length });
  const headingId = `${idBase}-heading`;
  const hidden =
    status === 'unsupported' ||
    status === 'forbidden' ||
    (hideWhenEmpty && (status === 'loading' || (shown && rows.length === 0)));

  return {
    root: {
      role: 'region',
      ...(headingText !== undefined ? { 'aria-labelledby': headingId } : { 'aria-label': strings.label }),
      ...rest,
      ref,
    },
    className,
    strings,
    cancelText: kit.strings.common.cancel,
    retryText: kit.strings.common.retry,
    dismissText: kit.strings.common.dismiss,
    hidden,
    status,
    errorText: data.error ? kit.strings.errors[data.error.code] : undefined,
    retry: data.retry,
    heading: headingText,
    headingTag: `h${headingLevel}`,
    headingId,
    rows,
    notices: actions.notices,
    dismissNotice: actions.dismissNotice,
    declineDialog: actions.declineDialog,
    announcement,
  };
}
