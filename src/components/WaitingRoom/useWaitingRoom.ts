import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { formatAttendanceDuration, formatAttendanceTime } from '../../core/attendance';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { MAX_JOIN_REQUEST_MESSAGE, MAX_JOIN_REQUEST_NAME, type JoinRequest } from '../../core/lobby';
import { roleTableLines, type RoomRole } from '../../core/roles';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { WaitingRoomStrings } from '../../strings/areas/lobby';
import type { ParticipantStrings } from '../../strings/areas/participants';
import type { WaitingRoomPhase, WaitingRoomProps, WaitingRoomState } from './WaitingRoom.types';

/** How long someone has waited is shown in minutes; the clock is read again four times a minute. */
const TICK_MS = 15_000;
/** A request is read again this long after it should have expired, so the backend has marked it. */
const EXPIRY_GRACE_MS = 500;
/** `setTimeout` keeps its delay in 32 bits. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type Action = 'send' | 'load' | 'cancel';

/** What a person admitted with `role` is told they may do: the lines that tell their role from another. */
function canDoLines(role: RoomRole, words: ParticipantStrings): string[] {
  // Dial-out depends on the room's setting, which a person who was not invited cannot read.
  const { can } = roleTableLines(role, { distinctOnly: true });
  return can
    .filter(({ row }) => !row.requires)
    .map(({ row, partly }) => {
      const text = words.canDo[row.key];
      return partly ? `${text} ${words.partly}` : text;
    });
}

/** The later of two readings of one request: an answer never goes back to pending. */
function newer(current: JoinRequest | undefined, next: JoinRequest): JoinRequest {
  if (current && current.id === next.id && current.status !== 'pending' && next.status === 'pending') return current;
  return next;
}

/** When a declined person may ask again, from the request or from a refusal's details. */
function askAgainAtOf(error: RoomsError): Date | undefined {
  const detail = error.details.find((d) => d.target === 'askAgainAt');
  const at = detail ? new Date(detail.message) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

/**
 * State of {@link WaitingRoom}: the form (its checks mirror the lobby's), the request it sends or resumes, the
 * request's `joinRequestUpdated` events (and a read again on `resync`, on coming back online, and once when it is due
 * to expire: no polling), withdrawing and asking again, what each phase says and announces, and `onAdmitted` once.
 * No JSX or styling.
 *
 * @example
 * ```tsx
 * const state = useWaitingRoom({ roomId, roomTitle: 'Follow-up', onAdmitted: () => navigate('/call') }, ref);
 * state.phase; // 'form', then 'sending', 'waiting', 'admitted'
 * ```
 */
export function useWaitingRoom(props: WaitingRoomProps, ref: Ref<HTMLDivElement>): WaitingRoomState {
  const {
    adapter: adapterProp,
    roomId,
    roomTitle,
    defaultDisplayName = '',
    requestId: resumeId,
    onAdmitted,
    onRequestChange,
    strings: stringsProp,
    headingLevel = 2,
    className,
    ...rest
  } = props;
  const kit = useRoomsKit();
  const { format, locale, timeZone } = kit;
  const adapter = adapterProp ?? kit.adapter;
  const strings: WaitingRoomStrings = useMemo(
    () => ({ ...kit.strings.lobby.waitingRoom, ...stringsProp }),
    [kit.strings.lobby.waitingRoom, stringsProp],
  );
  const errorTexts = kit.strings.errors;
  const lobbyStrings = kit.strings.lobby;
  const online = useOnlineStatus();
  const idBase = useId();
  const supported = adapter !== undefined && adapter.features.lobby && adapter.requestToJoin !== undefined;

  const [name, setNameValue] = useState(defaultDisplayName);
  const [message, setMessageValue] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ displayName?: string; message?: string }>({});
  const [request, setRequest] = useState<JoinRequest | undefined>(undefined);
  const [busy, setBusy] = useState<'sending' | 'loading' | 'withdrawing' | undefined>(resumeId ? 'loading' : undefined);
  const [failure, setFailure] = useState<{ action: Action; error: RoomsError } | undefined>(undefined);
  const [editing, setEditing] = useState(resumeId === undefined);

  // Every call is cancelled when the component goes.
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    const own = new AbortController();
    controller.current = own;
    return () => own.abort();
  }, []);
  const signal = (): AbortSignal | undefined => controller.current?.signal;
  const live = (): boolean => controller.current?.signal.aborted !== true;

  const followedId = request?.id ?? resumeId;

  /**
   * Reads the request again. `quiet` (a catch-up in the background) keeps what is shown when it fails; `shown` ends a
   * read the screen shows (a resumed request, Try again) with the request or the failure.
   */
  const reload = useCallback(
    (requestId: string, mode: 'quiet' | 'shown') => {
      if (!adapter?.getJoinRequest) return;
      const quiet = mode === 'quiet';
      adapter.getJoinRequest(roomId, requestId, { signal: controller.current?.signal }).then(
        (found) => {
          if (controller.current?.signal.aborted) return;
          setRequest((current) => newer(current, found));
          setEditing(false);
          if (!quiet) setBusy(undefined);
        },
        (thrown: unknown) => {
          if (controller.current?.signal.aborted || quiet) return;
          setBusy(undefined);
          setFailure({ action: 'load', error: toRoomsError(thrown) });
        },
      );
    },
    [adapter, roomId],
  );

  // A request made earlier is read once at the start.
  useEffect(() => {
    if (resumeId !== undefined && supported) reload(resumeId, 'shown');
  }, [resumeId, supported, reload]);

  // The request's own events; a gap in them is filled by reading it again.
  useEffect(() => {
    if (!adapter?.subscribe || followedId === undefined) return undefined;
    return adapter.subscribe(roomId, (event) => {
      if (event.type === 'joinRequestUpdated' && event.request.id === followedId) {
        setRequest((current) => newer(current, event.request));
      } else if (event.type === 'resync' && (event.roomId === undefined || event.roomId === roomId)) {
        reload(followedId, 'quiet');
      }
    });
  }, [adapter, roomId, followedId, reload]);

  // Back online: what was missed is read.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current && followedId !== undefined) reload(followedId, 'quiet');
    wasOnline.current = online;
  }, [online, followedId, reload]);

  // ---- The clock ----------------------------------------------------------------------------------------------------
  const pending = request?.status === 'pending';
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [pending]);
  const clock = kit.now;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the tick and a changed request are reasons to read the clock
  const now = useMemo(() => clock(), [clock, tick, request]);

  // Once it is due to expire, the request is read again to learn that it has (the backend decides).
  const expiresAt = pending ? request?.expiresAt.getTime() : undefined;
  useEffect(() => {
    if (expiresAt === undefined || followedId === undefined) return undefined;
    const wait = expiresAt - clock().getTime() + EXPIRY_GRACE_MS;
    const timer = setTimeout(() => reload(followedId, 'quiet'), Math.max(0, Math.min(wait, MAX_TIMER_MS)));
    return () => clearTimeout(timer);
  }, [expiresAt, followedId, clock, reload]);

  // Ask again turns on at the moment the backend allows it.
  const askAgainAt =
    request?.status === 'declined'
      ? request.askAgainAt?.getTime()
      : failure
        ? askAgainAtOf(failure.error)?.getTime()
        : undefined;
  useEffect(() => {
    if (askAgainAt === undefined) return undefined;
    const wait = askAgainAt - clock().getTime();
    if (wait <= 0) return undefined;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(wait + 50, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [askAgainAt, clock]);
  const mayAskAgain = askAgainAt === undefined || askAgainAt <= now.getTime();

  // ---- Actions --------------------------------------------------------------------------------------------------------
  const send = useCallback(() => {
    if (!adapter?.requestToJoin || !online) return;
    const displayName = name.trim();
    const text = message.trim();
    const errors: { displayName?: string; message?: string } = {};
    if (!displayName) errors.displayName = strings.nameRequired;
    else if (displayName.length > MAX_JOIN_REQUEST_NAME) {
      errors.displayName = format(strings.nameTooLong, { max: MAX_JOIN_REQUEST_NAME });
    }
    if (text.length > MAX_JOIN_REQUEST_MESSAGE) {
      errors.message = format(strings.messageTooLong, { max: MAX_JOIN_REQUEST_MESSAGE });
    }
    setFieldErrors(errors);
    if (errors.displayName || errors.message) return;
    setBusy('sending');
    setFailure(undefined);
    adapter.requestToJoin(roomId, { displayName, ...(text ? { message: text } : {}) }, { signal: signal() }).then(
      (made) => {
        if (!live()) return;
        setRequest(made);
        setEditing(false);
        setBusy(undefined);
      },
      (thrown: unknown) => {
        if (!live()) return;
        const error = toRoomsError(thrown);
        setBusy(undefined);
        if (error.code === 'validation' && (error.target === 'displayName' || error.target === 'message')) {
          setFieldErrors({ [error.target]: error.message });
        } else {
          setFailure({ action: 'send', error });
        }
      },
    );
  }, [adapter, online, name, message, strings, format, roomId]);

  const withdraw = useCallback(() => {
    if (!adapter?.cancelJoinRequest || !request || !online) return;
    const current = request;
    setBusy('withdrawing');
    setFailure(undefined);
    adapter.cancelJoinRequest(roomId, current.id, { signal: signal() }).then(
      (cancelled) => {
        if (!live()) return;
        setRequest((r) => newer(r, cancelled));
        setBusy(undefined);
      },
      (thrown: unknown) => {
        if (!live()) return;
        const error = toRoomsError(thrown);
        setBusy(undefined);
        // Answered meanwhile: the answer is what they need to see.
        if (error.code === 'conflict') reload(current.id, 'quiet');
        else setFailure({ action: 'cancel', error });
      },
    );
  }, [adapter, request, online, roomId, reload]);

  const askAgain = useCallback(() => {
    setFailure(undefined);
    setEditing(true);
  }, []);

  const retry = useCallback(() => {
    if (!failure || !online) return;
    if (failure.action === 'send') send();
    else if (failure.action === 'cancel') withdraw();
    else if (followedId !== undefined) {
      setBusy('loading');
      setFailure(undefined);
      reload(followedId, 'shown');
    }
  }, [failure, online, send, withdraw, followedId, reload]);

  // ---- The phase ------------------------------------------------------------------------------------------------------
  let phase: WaitingRoomPhase;
  if (!supported) phase = 'unsupported';
  else if (failure) phase = 'failed';
  else if (busy === 'sending') phase = 'sending';
  else if (busy === 'loading') phase = 'loading';
  else if (editing || !request) phase = 'form';
  else if (request.status === 'pending') phase = 'waiting';
  else phase = request.status;

  // ---- Texts ----------------------------------------------------------------------------------------------------------
  const time = (date: Date): string => formatAttendanceTime(date, { locale, timeZone });
  const heading = roomTitle ? format(strings.heading, { room: roomTitle }) : strings.headingUntitled;
  const failureTitle =
    failure?.action === 'send'
      ? strings.sendFailed
      : failure?.action === 'cancel'
        ? strings.withdrawFailed
        : strings.loadFailed;
  let failureMessage = '';
  if (failure) {
    const again = askAgainAtOf(failure.error);
    if (again) failureMessage = format(strings.askAgainFrom, { time: time(again) });
    else if (failure.error.code === 'conflict' && failure.error.target === 'room') failureMessage = strings.roomRefused;
    else failureMessage = errorTexts[failure.error.code];
  }
  const role = request?.role;
  const roleName = role ? lobbyStrings.roleAs[role] : '';

  const titles: Record<WaitingRoomPhase, string> = {
    unsupported: heading,
    form: heading,
    sending: heading,
    loading: heading,
    waiting: strings.waitingTitle,
    admitted: strings.admittedTitle,
    declined: strings.declinedTitle,
    expired: strings.expiredTitle,
    cancelled: strings.cancelledTitle,
    closed: strings.closedTitle,
    failed: failureTitle,
  };

  const lines: string[] = [];
  if (phase === 'unsupported') lines.push(strings.notSupported);
  else if (phase === 'form') lines.push(strings.intro);
  else if (phase === 'sending') lines.push(strings.sending);
  else if (phase === 'loading') lines.push(strings.loading);
  else if (phase === 'waiting' && request) {
    lines.push(strings.waitingBody);
    lines.push(
      format(strings.waitedFor, {
        duration: formatAttendanceDuration(now.getTime() - request.requestedAt.getTime(), locale, {
          underAMinute: lobbyStrings.underAMinute,
          hoursMinutes: lobbyStrings.hoursMinutes,
        }),
      }),
    );
    if (request.message) lines.push(format(strings.yourMessage, { message: request.message }));
  } else if (phase === 'admitted') {
    lines.push(
      request?.decidedByName
        ? format(strings.admittedBy, { name: request.decidedByName, role: roleName })
        : format(strings.admittedByUnknown, { role: roleName }),
    );
  } else if (phase === 'declined' && request) {
    if (request.reason) {
      lines.push(
        request.decidedByName
          ? format(strings.declinedReason, { name: request.decidedByName, reason: request.reason })
          : format(strings.declinedReasonUnknown, { reason: request.reason }),
      );
    } else lines.push(strings.declinedNoReason);
    if (request.askAgainAt && !mayAskAgain)
      lines.push(format(strings.askAgainFrom, { time: time(request.askAgainAt) }));
  } else if (phase === 'expired') lines.push(strings.expiredBody);
  else if (phase === 'cancelled') lines.push(strings.cancelledBody);
  else if (phase === 'closed') lines.push(strings.closedBody);

  const can =
    phase === 'admitted' && role
      ? {
          heading: format(strings.admittedCan, { role: kit.strings.participants.roles[role].inSentence }),
          items: canDoLines(role, kit.strings.participants),
        }
      : undefined;

  // ---- Telling the host and the screen reader --------------------------------------------------------------------------
  useEffect(() => {
    if (request) onRequestChange?.(request);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- told once per change of the request, not of the callback
  }, [request]);
  const admittedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (request?.status !== 'admitted' || admittedFor.current === request.id) return;
    admittedFor.current = request.id;
    onAdmitted?.(request);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per admitted request
  }, [request]);

  const announceKey = `${phase}|${online}`;
  const [announced, setAnnounced] = useState<{ key: string; text: string }>({ key: announceKey, text: '' });
  if (announced.key !== announceKey) {
    let text = announced.text;
    if (!online) text = strings.announce.offline;
    else if (phase === 'waiting') text = strings.announce.waiting;
    else if (phase === 'admitted') text = format(strings.announce.admitted, { role: roleName });
    else if (phase === 'declined') {
      text = request?.reason
        ? format(strings.announce.declined, { reason: request.reason })
        : strings.announce.declinedNoReason;
    } else if (phase === 'expired') text = strings.announce.expired;
    else if (phase === 'cancelled') text = strings.announce.cancelled;
    else if (phase === 'closed') text = strings.announce.closed;
    else if (phase === 'failed') text = format(strings.announce.failed, { title: failureTitle, error: failureMessage });
    setAnnounced({ key: announceKey, text });
  }

  // A new phase replaces what had focus (the form's button, Withdraw): the title takes it, so the keyboard and the
  // screen reader stay on the screen instead of falling back to the page's start.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const shownPhase = useRef(phase);
  useEffect(() => {
    if (shownPhase.current === phase) return;
    shownPhase.current = phase;
    const active = typeof document === 'undefined' ? null : document.activeElement;
    if (!active || active === document.body) titleRef.current?.focus();
  }, [phase]);

  const ids = { title: `${idBase}-title`, name: `${idBase}-name`, message: `${idBase}-message` };
  return {
    root: { role: 'region', 'aria-labelledby': ids.title, ...rest, ref },
    className,
    strings,
    phase,
    headingTag: `h${headingLevel}`,
    title: titles[phase],
    titleRef,
    ids,
    offline: !online,
    form: {
      name,
      setName: (next) => {
        setNameValue(next);
        if (fieldErrors.displayName) setFieldErrors((e) => ({ ...e, displayName: undefined }));
      },
      nameError: fieldErrors.displayName,
      message,
      setMessage: (next) => {
        setMessageValue(next);
        if (fieldErrors.message) setFieldErrors((e) => ({ ...e, message: undefined }));
      },
      messageError: fieldErrors.message,
      counter: format(strings.messageCounter, { count: message.length, max: MAX_JOIN_REQUEST_MESSAGE }),
      maxName: MAX_JOIN_REQUEST_NAME,
      maxMessage: MAX_JOIN_REQUEST_MESSAGE,
      submit: send,
    },
    request,
    lines,
    can,
    withdraw: {
      run: withdraw,
      pending: busy === 'withdrawing',
      text: busy === 'withdrawing' ? strings.withdrawing : strings.withdraw,
    },
    askAgain:
      phase === 'declined' || phase === 'expired' || phase === 'cancelled'
        ? { run: askAgain, enabled: mayAskAgain, text: strings.askAgain }
        : undefined,
    failure: failure ? { title: failureTitle, message: failureMessage, retry } : undefined,
    tryAgainText: strings.tryAgain,
    announcement: announced.text,
  };
}
