import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { RoomsError, toRoomsError } from '../../core/errors';
import { MAX_JOIN_REQUEST_MESSAGE, MAX_JOIN_REQUEST_NAME, type JoinRequest } from '../../core/lobby';
import { useMutation } from '../../hooks/useMutation';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useLobbyKit } from '../shared/useLobbyKit';
import { useTick } from '../shared/useTick';
import type { WaitingRoomPhase, WaitingRoomProps, WaitingRoomState } from './WaitingRoom.types';
import { askAgainAtOf, waitingRoomAnnouncement, waitingRoomTexts, type WaitingRoomAction } from './waitingRoomTexts';

/** How long someone has waited is shown in minutes; the clock is read again four times a minute. */
const TICK_MS = 15_000;
/** A request is read again this long after it should have expired, so the backend has marked it. */
const EXPIRY_GRACE_MS = 500;
/** `setTimeout` keeps its delay in 32 bits. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The later of two readings of one request: an answer never goes back to pending. */
function newer(current: JoinRequest | undefined, next: JoinRequest): JoinRequest {
  if (current && current.id === next.id && current.status !== 'pending' && next.status === 'pending') return current;
  return next;
}

const unsupported = (): never => {
  throw new RoomsError('unknown', 'The backend has no lobby.');
};

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
  const kit = useLobbyKit('waitingRoom', stringsProp);
  const { format } = kit;
  const adapter = adapterProp ?? kit.adapter;
  const strings = kit.strings.lobby.waitingRoom;
  const online = useOnlineStatus();
  const idBase = useId();
  const supported = adapter !== undefined && adapter.features.lobby && adapter.requestToJoin !== undefined;

  const [name, setNameValue] = useState(defaultDisplayName);
  const [message, setMessageValue] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ displayName?: string; message?: string }>({});
  const [request, setRequest] = useState<JoinRequest | undefined>(undefined);
  const [loading, setLoading] = useState(resumeId !== undefined);
  const [failure, setFailure] = useState<{ action: WaitingRoomAction; error: RoomsError } | undefined>(undefined);
  const [editing, setEditing] = useState(resumeId === undefined);

  // Every call is cancelled when the component goes.
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    const own = new AbortController();
    controller.current = own;
    return () => own.abort();
  }, []);

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
          if (!quiet) setLoading(false);
        },
        (thrown: unknown) => {
          if (controller.current?.signal.aborted || quiet) return;
          setLoading(false);
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
  const tick = useTick(pending ? TICK_MS : undefined);
  // Woken when asking again becomes allowed.
  const [wake, setWake] = useState(0);
  const clock = kit.now;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ticks and a changed request are reasons to read the clock
  const now = useMemo(() => clock(), [clock, tick, wake, request]);

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
    const timer = setTimeout(() => setWake((n) => n + 1), Math.min(wait + 50, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [askAgainAt, clock]);
  const mayAskAgain = askAgainAt === undefined || askAgainAt <= now.getTime();

  // ---- Actions --------------------------------------------------------------------------------------------------------
  const sending = useMutation(
    (sig, displayName: string, text: string) =>
      (adapter?.requestToJoin?.bind(adapter) ?? unsupported)(
        roomId,
        { displayName, ...(text ? { message: text } : {}) },
        { signal: sig },
      ),
    {
      onSuccess: (made, ..._sent) => {
        setRequest(made);
        setEditing(false);
      },
      onError: (error, ..._sent) => {
        if (error.code === 'aborted') return;
        // The service's own words are English: the field says the kit's.
        if (error.code === 'validation' && error.target === 'displayName') {
          setFieldErrors({ displayName: strings.nameRefused });
        } else if (error.code === 'validation' && error.target === 'message') {
          setFieldErrors({ message: strings.messageRefused });
        } else setFailure({ action: 'send', error });
      },
    },
  );
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
    setFailure(undefined);
    void sending.run(displayName, text);
  }, [adapter, online, name, message, strings, format, sending]);

  const withdrawing = useMutation(
    (sig, current: JoinRequest) =>
      (adapter?.cancelJoinRequest?.bind(adapter) ?? unsupported)(roomId, current.id, { signal: sig }),
    {
      onSuccess: (cancelled, ..._current) => setRequest((r) => newer(r, cancelled)),
      onError: (error, current) => {
        if (error.code === 'aborted') return;
        // Answered meanwhile: the answer is what they need to see.
        if (error.code === 'conflict') reload(current.id, 'quiet');
        else setFailure({ action: 'cancel', error });
      },
    },
  );
  const withdraw = useCallback(() => {
    if (!adapter?.cancelJoinRequest || !request || !online) return;
    setFailure(undefined);
    void withdrawing.run(request);
  }, [adapter, request, online, withdrawing]);

  const askAgain = useCallback(() => {
    setFailure(undefined);
    setEditing(true);
  }, []);

  const retry = useCallback(() => {
    if (!failure || !online) return;
    if (failure.action === 'send') send();
    else if (failure.action === 'cancel') withdraw();
    else if (followedId !== undefined) {
      setLoading(true);
      setFailure(undefined);
      reload(followedId, 'shown');
    }
  }, [failure, online, send, withdraw, followedId, reload]);

  // ---- The phase ------------------------------------------------------------------------------------------------------
  let phase: WaitingRoomPhase;
  if (!supported) phase = 'unsupported';
  else if (failure) phase = 'failed';
  else if (sending.status === 'pending') phase = 'sending';
  else if (loading) phase = 'loading';
  else if (editing || !request) phase = 'form';
  else if (request.status === 'pending') phase = 'waiting';
  else phase = request.status;

  const texts = waitingRoomTexts({ kit, phase, roomTitle, request, failure, now, mayAskAgain });

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
    const text = waitingRoomAnnouncement(kit, phase, online, request, texts) ?? announced.text;
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
    title: texts.title,
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
    lines: texts.lines,
    can: texts.can,
    withdraw: {
      run: withdraw,
      pending: withdrawing.status === 'pending',
      text: withdrawing.status === 'pending' ? strings.withdrawing : strings.withdraw,
    },
    askAgain:
      phase === 'declined' || phase === 'expired' || phase === 'cancelled'
        ? { run: askAgain, enabled: mayAskAgain, text: strings.askAgain }
        : undefined,
    failure: failure ? { title: texts.failureTitle, message: texts.failureMessage, retry } : undefined,
    tryAgainText: strings.tryAgain,
    announcement: announced.text,
  };
}
