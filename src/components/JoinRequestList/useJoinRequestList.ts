import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { formatAttendanceDuration, formatAttendanceTime } from '../../core/attendance';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { MAX_DECLINE_REASON, type JoinRequest } from '../../core/lobby';
import { DEFAULT_ROLE, type RoomRole } from '../../core/roles';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { JoinRequestListStrings } from '../../strings/areas/lobby';
import type {
  JoinRequestListProps,
  JoinRequestListState,
  JoinRequestListStatus,
  JoinRequestRowPending,
  JoinRequestRowState,
} from './JoinRequestList.types';

/** How long people have waited is shown in minutes; the clock is read again twice a minute. */
const TICK_MS = 30_000;

/** Pending requests in queue order; decided ones are not shown. */
function pendingInOrder(requests: readonly JoinRequest[]): JoinRequest[] {
  return requests.filter((r) => r.status === 'pending').sort((a, b) => a.order - b.order);
}

/** Adds or replaces one request (or drops it once decided), keeping queue order. */
function applyUpdate(requests: readonly JoinRequest[], update: JoinRequest): JoinRequest[] {
  const others = requests.filter((r) => r.id !== update.id);
  return update.status === 'pending' ? pendingInOrder([...others, update]) : others;
}

/** Whether a failure means the request is no longer there to answer. */
const isGone = (error: RoomsError): boolean => error.code === 'conflict' || error.code === 'notFound';

interface DeclineDraft {
  readonly requestId: string;
  readonly name: string;
  readonly reason: string;
  readonly reasonError?: string;
  readonly error?: string;
}

/**
 * State of {@link JoinRequestList}: reads the room's pending requests, follows `joinRequestUpdated` (applied as they
 * come) and `lobbyChanged` (a reload, coalesced: however many arrive at once, one read runs, and one more after it if
 * more came meanwhile), reloads on `resync`; admits with each row's chosen role and declines through a dialog with an
 * optional reason, each row pending while it runs and left as it was, with a message, when it fails. No JSX.
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
  const kit = useRoomsKit();
  const { format, locale, timeZone } = kit;
  const adapter = adapterProp ?? kit.adapter;
  const strings: JoinRequestListStrings = useMemo(
    () => ({ ...kit.strings.lobby.joinRequestList, ...stringsProp }),
    [kit.strings.lobby.joinRequestList, stringsProp],
  );
  const errorTexts = kit.strings.errors;
  const roleAs = kit.strings.lobby.roleAs;
  const lobbyStrings = kit.strings.lobby;
  const idBase = useId();
  const supported = adapter !== undefined && adapter.features.lobby && adapter.listJoinRequests !== undefined;

  // ---- Reading ----------------------------------------------------------------------------------------------------
  const [loaded, setLoaded] = useState<{ key: string; requests: JoinRequest[] } | undefined>(undefined);
  const [failure, setFailure] = useState<{ key: string; error: RoomsError } | undefined>(undefined);
  const [forbidden, setForbidden] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const key = `${roomId}`;
  // What the list shows is kept here too, so an event can be compared with it at once (React renders later).
  const reader = useRef<{
    inFlight: boolean;
    again: boolean;
    timer: ReturnType<typeof setTimeout> | undefined;
    list: JoinRequest[] | undefined;
    /** The server refused this user the room's requests: the lobby's events do not change that, so no read follows. */
    refused: boolean;
  }>({ inFlight: false, again: false, timer: undefined, list: undefined, refused: false });
  const reloadRef = useRef<() => void>(() => undefined);
  const commit = useCallback(
    (list: JoinRequest[]) => {
      reader.current.list = list;
      setLoaded({ key, requests: list });
    },
    [key],
  );

  useEffect(() => {
    if (!supported || !adapter?.listJoinRequests) return undefined;
    const listJoinRequests = adapter.listJoinRequests.bind(adapter);
    const controller = new AbortController();
    const state = reader.current;
    state.inFlight = false;
    state.again = false;
    state.list = undefined;
    state.refused = false;
    const read = (): void => {
      if (controller.signal.aborted) return;
      if (state.inFlight) {
        state.again = true;
        return;
      }
      state.inFlight = true;
      listJoinRequests(roomId, { signal: controller.signal })
        .then(
          (requests) => {
            if (controller.signal.aborted) return;
            commit(pendingInOrder(requests));
            setFailure(undefined);
            setForbidden(undefined);
          },
          (thrown: unknown) => {
            if (controller.signal.aborted) return;
            const error = toRoomsError(thrown);
            state.refused = error.code === 'forbidden';
            if (state.refused) setForbidden(key);
            else setFailure({ key, error });
          },
        )
        .finally(() => {
          state.inFlight = false;
          if (state.again && !controller.signal.aborted) {
            state.again = false;
            read();
          }
        });
    };
    reloadRef.current = () => {
      // However many ask for it in one turn, one read runs.
      if (state.timer !== undefined) return;
      state.timer = setTimeout(() => {
        state.timer = undefined;
        read();
      }, 0);
    };
    read();
    const unsubscribe = adapter.subscribe?.(roomId, (event) => {
      if (event.roomId !== undefined && event.roomId !== roomId) return;
      // A change of the roster may have given this user a role that admits people; a resync may mean anything.
      if (state.refused && event.type !== 'participantsChanged' && event.type !== 'resync') return;
      if (state.refused) {
        state.refused = false;
        reloadRef.current();
      } else if (event.type === 'joinRequestUpdated') {
        if (state.list) commit(applyUpdate(state.list, event.request));
        // An update heard while a read is out may be newer than its answer: read once more after it.
        if (state.inFlight) state.again = true;
      } else if (event.type === 'lobbyChanged') {
        // The updates that came with it were applied; only a count that still differs needs a read.
        if (!state.list || state.list.length !== event.pendingCount) reloadRef.current();
      } else if (event.type === 'resync') {
        reloadRef.current();
      }
    });
    return () => {
      controller.abort();
      unsubscribe?.();
      if (state.timer !== undefined) clearTimeout(state.timer);
      state.timer = undefined;
      reloadRef.current = () => undefined;
    };
  }, [adapter, roomId, supported, key, attempt, commit]);

  const requests = useMemo(() => (loaded && loaded.key === key ? loaded.requests : []), [loaded, key]);
  const loadError = failure && failure.key === key ? failure.error : undefined;
  let status: JoinRequestListStatus;
  if (!supported) status = 'unsupported';
  else if (forbidden === key) status = 'forbidden';
  else if (loaded && loaded.key === key) status = 'ready';
  else status = loadError ? 'failed' : 'loading';
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // ---- The clock ----------------------------------------------------------------------------------------------------
  const [tick, setTick] = useState(0);
  const anyone = requests.length > 0;
  useEffect(() => {
    if (!anyone) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [anyone]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the tick and new requests are reasons to read the clock again
  const now = useMemo(() => kit.now(), [kit.now, tick, requests]);

  // ---- Announcing arrivals ------------------------------------------------------------------------------------------
  const [announcement, setAnnouncement] = useState('');
  const [seen, setSeen] = useState<{ key: string; ids: ReadonlySet<string> } | undefined>(undefined);
  if (status === 'ready' && (seen?.key !== key || requests.some((r) => !seen.ids.has(r.id)))) {
    const ids = new Set(requests.map((r) => r.id));
    if (seen?.key === key) {
      const arrived = requests.filter((r) => !seen.ids.has(r.id));
      setAnnouncement(
        arrived.length === 1
          ? format(strings.announce.arrived, { name: arrived[0]?.displayName ?? '' })
          : format(strings.announce.arrivedMany, { count: arrived.length }),
      );
    }
    // Known ids only grow: someone admitted and asking again later is announced again under a new request id.
    setSeen({ key, ids: seen?.key === key ? new Set([...seen.ids, ...ids]) : ids });
  }

  // ---- Rows ---------------------------------------------------------------------------------------------------------
  const [roles, setRoles] = useState<ReadonlyMap<string, RoomRole>>(() => new Map());
  const [pending, setPending] = useState<ReadonlyMap<string, JoinRequestRowPending>>(() => new Map());
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [notices, setNotices] = useState<ReadonlyArray<{ id: string; text: string }>>([]);
  const [draft, setDraft] = useState<DeclineDraft | undefined>(undefined);

  const setPendingOf = useCallback((id: string, what: JoinRequestRowPending | undefined) => {
    setPending((before) => {
      const next = new Map(before);
      if (what) next.set(id, what);
      else next.delete(id);
      return next;
    });
  }, []);
  const setRowError = useCallback((id: string, text: string | undefined) => {
    setRowErrors((before) => {
      if (text === undefined && !before.has(id)) return before;
      const next = new Map(before);
      if (text === undefined) next.delete(id);
      else next.set(id, text);
      return next;
    });
  }, []);
  const removeRow = useCallback(
    (id: string) =>
      setLoaded((before) => before && { ...before, requests: before.requests.filter((r) => r.id !== id) }),
    [],
  );
  /** A request answered, withdrawn or expired meanwhile: its row goes, and a notice says what became of the action. */
  const lost = useCallback(
    (request: JoinRequest, template: string) => {
      removeRow(request.id);
      setNotices((before) => [
        ...before.filter((n) => n.id !== request.id),
        { id: request.id, text: format(template, { name: request.displayName, error: strings.answeredElsewhere }) },
      ]);
      reloadRef.current();
    },
    [format, removeRow, strings.answeredElsewhere],
  );

  const admit = useCallback(
    (request: JoinRequest, role: RoomRole) => {
      if (!adapter?.admitJoinRequest) return;
      setPendingOf(request.id, 'admit');
      setRowError(request.id, undefined);
      adapter.admitJoinRequest(roomId, request.id, { role }).then(
        (admitted) => {
          setPendingOf(request.id, undefined);
          removeRow(request.id);
          setAnnouncement(
            format(strings.announce.admitted, { name: request.displayName, role: roleAs[admitted.role ?? role] }),
          );
          onAdmitted?.(admitted);
        },
        (thrown: unknown) => {
          const error = toRoomsError(thrown);
          setPendingOf(request.id, undefined);
          if (isGone(error)) lost(request, strings.admitFailed);
          else
            setRowError(
              request.id,
              format(strings.admitFailed, { name: request.displayName, error: errorTexts[error.code] }),
            );
        },
      );
    },
    [adapter, roomId, setPendingOf, setRowError, removeRow, format, strings, roleAs, onAdmitted, lost, errorTexts],
  );

  const confirmDecline = useCallback(() => {
    if (!draft || !adapter?.declineJoinRequest) return;
    const request = requests.find((r) => r.id === draft.requestId);
    if (!request) {
      setDraft(undefined);
      return;
    }
    const reason = draft.reason.trim();
    if (reason.length > MAX_DECLINE_REASON) {
      setDraft({ ...draft, reasonError: format(strings.reasonTooLong, { max: MAX_DECLINE_REASON }) });
      return;
    }
    setDraft({ ...draft, reasonError: undefined, error: undefined });
    setPendingOf(request.id, 'decline');
    setRowError(request.id, undefined);
    adapter.declineJoinRequest(roomId, request.id, reason ? { reason } : {}).then(
      (declined) => {
        setPendingOf(request.id, undefined);
        setDraft(undefined);
        removeRow(request.id);
        setAnnouncement(format(strings.announce.declined, { name: request.displayName }));
        onDeclined?.(declined);
      },
      (thrown: unknown) => {
        const error = toRoomsError(thrown);
        setPendingOf(request.id, undefined);
        if (isGone(error)) {
          setDraft(undefined);
          lost(request, strings.declineFailed);
        } else if (error.code === 'validation' && error.target === 'reason') {
          setDraft((d) => d && { ...d, reasonError: error.message });
        } else {
          setDraft(
            (d) =>
              d && {
                ...d,
                error: format(strings.declineFailed, { name: request.displayName, error: errorTexts[error.code] }),
              },
          );
        }
      },
    );
  }, [
    draft,
    adapter,
    requests,
    roomId,
    format,
    strings,
    setPendingOf,
    setRowError,
    removeRow,
    onDeclined,
    lost,
    errorTexts,
  ]);

  const rows = useMemo(
    () =>
      requests.map((request): JoinRequestRowState => {
        const role = roles.get(request.id) ?? defaultRole;
        const name = request.displayName;
        const busy = pending.get(request.id);
        return {
          request,
          nameId: `${idBase}-${request.id}-name`,
          waitedText: format(strings.waited, {
            duration: formatAttendanceDuration(now.getTime() - request.requestedAt.getTime(), locale, {
              underAMinute: lobbyStrings.underAMinute,
              hoursMinutes: lobbyStrings.hoursMinutes,
            }),
          }),
          askedText: format(strings.askedAt, { time: formatAttendanceTime(request.requestedAt, { locale, timeZone }) }),
          role,
          setRole: (next) => setRoles((before) => new Map(before).set(request.id, next)),
          roleLabel: format(strings.roleFor, { name }),
          admitLabel: format(strings.admitLabel, { name, role: roleAs[role] }),
          declineLabel: format(strings.declineLabel, { name }),
          pending: busy,
          pendingText: busy === 'admit' ? strings.admitting : busy === 'decline' ? strings.declining : undefined,
          error: rowErrors.get(request.id),
          admit: () => {
            if (!busy) admit(request, role);
          },
          openDecline: () => {
            if (!busy) setDraft({ requestId: request.id, name, reason: '' });
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
      roleAs,
      rowErrors,
      admit,
    ],
  );

  const draftPending = draft !== undefined && pending.get(draft.requestId) === 'decline';
  const declineDialog = {
    open: draft !== undefined,
    title: format(strings.declineTitle, { name: draft?.name ?? '' }),
    body: format(strings.declineBody, { name: draft?.name ?? '' }),
    reason: draft?.reason ?? '',
    setReason: (reason: string) => setDraft((d) => d && { ...d, reason, reasonError: undefined }),
    counter: format(strings.reasonCounter, { count: (draft?.reason ?? '').length, max: MAX_DECLINE_REASON }),
    reasonError: draft?.reasonError,
    error: draft?.error,
    pending: draftPending,
    confirm: confirmDecline,
    cancel: () => {
      if (!draftPending) setDraft(undefined);
    },
  };

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
    (hideWhenEmpty && (status === 'loading' || (status === 'ready' && rows.length === 0)));

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
    errorText: loadError ? errorTexts[loadError.code] : undefined,
    retry,
    heading: headingText,
    headingTag: `h${headingLevel}`,
    headingId,
    rows,
    notices,
    dismissNotice: (id) => setNotices((before) => before.filter((n) => n.id !== id)),
    declineDialog,
    announcement,
  };
}
