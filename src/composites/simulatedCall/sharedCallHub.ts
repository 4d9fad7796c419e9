/**
 * The shared call of a room, as simulated call adapters reach it: a {@link SharedCallConnection} (one interface for
 * the in-process hub and for the local Rooms service across tabs) and the in-process hub itself, which runs core's
 * shared-call model for every adapter of the room in one JavaScript realm.
 */
import type { RoomsAdapter } from '../../adapter/types';
import { RoomsError } from '../../core/errors';
import type { CallActor, CallControlAction, CallControlResult, RoomCallControl } from '../../core/moderation';
import {
  applySharedCallAction,
  emptySharedCall,
  membersAffected,
  type SharedCallAction,
  type SharedCallNotice,
  type SharedCallOutcome,
  type SharedCallRefusal,
  type SharedCallState,
} from '../../core/sharedCall';
import type { RoomCallEvent } from '../../core/types';

/** A change of the shared call, as its members hear it. */
export interface SharedCallUpdate {
  /** The whole state after the change. */
  readonly state: SharedCallState;
  /** What the change tells the people it concerns (who was removed, who was muted by someone else). */
  readonly notices: readonly SharedCallNotice[];
}

/** Why a connection could not carry out an action. */
export interface SharedCallConnectionRefusal {
  /**
   * The model's reasons ({@link SharedCallRefusal}), or: `notInvited` — the service does not let this user into the
   * room's call (not on the roster, or their token is not valid); `roomClosed` — the room's window has ended, so its
   * call takes no joins; `unavailable` — the service could not be reached.
   */
  readonly code: SharedCallRefusal['code'] | 'notInvited' | 'roomClosed' | 'unavailable';
  /** A sentence for a person. */
  readonly message: string;
}

/** What a connection answers to an action. */
export type SharedCallSendResult =
  { readonly ok: true } | { readonly ok: false; readonly refusal: SharedCallConnectionRefusal };

/**
 * A way into a room's shared call: the in-process hub ({@link createSharedCallHub}) or the local Rooms service
 * (`connectLocalServiceCall`). A simulated call adapter joins through it, acts through it and hears every change.
 */
export interface SharedCallConnection {
  /** The call as last heard; `undefined` until it has been heard once. */
  readonly state: SharedCallState | undefined;
  /**
   * Whether the roles come from the service's own roster: then `join` ignores the role given, the service actions
   * (`setRole`, `rosterRemoved`, `closeRoom`) are the service's alone, and members follow the role the call reports.
   */
  readonly rolesFromService: boolean;
  /** Hears every change, in order, until the returned function is called. */
  subscribe(listener: (update: SharedCallUpdate) => void): () => void;
  /**
   * Sends an action. Resolves once the call has taken it (the change has been heard by the subscribers) or refused
   * it; never rejects.
   */
  send(action: SharedCallAction): Promise<SharedCallSendResult>;
  /**
   * Hears the call events the change causes (the same listener added twice hears each event once), where the
   * connection reports them; the local Rooms service posts them to its Event Grid webhook instead.
   */
  addCallEventListener?(listener: (event: RoomCallEvent) => void): () => void;
}

/** Options of {@link createSharedCallHub}. */
export interface SharedCallHubOptions {
  /** The room. */
  roomId: string;
  /** The hub's clock, for join, start and end times. @default () => new Date() */
  now?: () => Date;
  /** Makes the id of each new call. @default `simulated-call-<room>-<n>` */
  newCallId?: () => string;
  /** Hears every call event the hub's changes cause. @default none */
  onCallEvent?: (event: RoomCallEvent) => void;
  /**
   * The room's backend: when it takes a call control (the in-memory backend's `attachCallControl`), the hub attaches
   * itself, so the backend's `moderateCall` mutes, removes, lowers, spotlights and ends through this call.
   * @default none
   */
  roomsAdapter?: RoomsAdapter;
}

/** A backend a call control can be attached to, as the in-memory backend is. */
interface TakesCallControl {
  attachCallControl(roomId: string, control: RoomCallControl): () => void;
}

function takesCallControl(adapter: RoomsAdapter | undefined): adapter is RoomsAdapter & TakesCallControl {
  return typeof (adapter as Partial<TakesCallControl> | undefined)?.attachCallControl === 'function';
}

/** The in-process shared call of one room; also the {@link RoomCallControl} that moderates it. */
export interface SharedCallHub extends SharedCallConnection, RoomCallControl {
  /** The room. */
  readonly roomId: string;
  /** The call now. */
  readonly state: SharedCallState;
  /** Applies an action at once and answers the model's outcome; subscribers have heard the change when it returns. */
  dispatch(action: SharedCallAction): SharedCallOutcome;
  addCallEventListener(listener: (event: RoomCallEvent) => void): () => void;
  /**
   * Carries out a moderation action a backend has authorised, in `by`'s name: the people it concerns are told who
   * did it. Answers how many members it changed.
   * @throws {@link RoomsError} `notFound` (target `roomId`) for another room, `conflict` (target `userId`) when the
   * person is not in the call.
   */
  control(
    roomId: string,
    action: CallControlAction,
    by: CallActor,
    options?: { signal?: AbortSignal },
  ): Promise<CallControlResult>;
  /** Stops being the call control of the backend it attached itself to, if it did. */
  detach(): void;
}

/**
 * Makes the shared call of a room for one JavaScript realm: every simulated call adapter given it is in the same
 * call. Changes reach subscribers synchronously, in the order they were made, even when a subscriber acts while
 * hearing one.
 *
 * @example
 * ```ts
 * const hub = createSharedCallHub({ roomId, onCallEvent: (event) => rooms.reportCallEvent(event) });
 * const ada = createSimulatedCallAdapter({ userId: adaId, role: 'Presenter', sharedCall: hub, startOn: 'call' });
 * const ben = createSimulatedCallAdapter({ userId: benId, role: 'Attendee', sharedCall: hub, startOn: 'call' });
 * ada.remoteParticipantIds(); // [benId]
 * ```
 */
export function createSharedCallHub(options: SharedCallHubOptions): SharedCallHub {
  const now = options.now ?? (() => new Date());
  let calls = 0;
  const newCallId = options.newCallId ?? (() => `simulated-call-${options.roomId}-${++calls}`);
  let state = emptySharedCall(options.roomId);
  const listeners = new Set<(update: SharedCallUpdate) => void>();
  // One listener added by several adapters of the room hears each event once.
  const eventListeners = new Map<(event: RoomCallEvent) => void, number>();
  if (options.onCallEvent) eventListeners.set(options.onCallEvent, 1);
  const queue: SharedCallUpdate[] = [];
  let flushing = false;

  function flush(): void {
    if (flushing) return;
    flushing = true;
    try {
      for (let update = queue.shift(); update; update = queue.shift()) {
        for (const listener of [...listeners]) listener(update);
      }
    } finally {
      flushing = false;
    }
  }

  function dispatch(action: SharedCallAction): SharedCallOutcome {
    const outcome = applySharedCallAction(state, action, { at: now(), newCallId });
    if (!outcome.ok || !outcome.changed) {
      // Notices can come without a change of state only on refusals, which tell nobody.
      return outcome;
    }
    state = outcome.state;
    for (const event of outcome.events) {
      for (const listener of [...eventListeners.keys()]) listener(event);
    }
    queue.push({ state: outcome.state, notices: outcome.notices });
    flush();
    return outcome;
  }

  function control(roomId: string, action: CallControlAction, by: CallActor): CallControlResult {
    if (roomId !== options.roomId) {
      throw new RoomsError('notFound', 'This call belongs to another room.', { target: 'roomId' });
    }
    const before = state;
    const outcome = dispatch({ type: 'control', action, by });
    if (!outcome.ok) {
      const { code, message } = outcome.refusal;
      if (code === 'notInCall') throw new RoomsError('conflict', message, { target: 'userId' });
      throw new RoomsError(code === 'invalid' ? 'validation' : 'conflict', message);
    }
    return { affected: outcome.changed ? membersAffected(before, outcome.state) : 0 };
  }

  let detach: (() => void) | undefined;
  const hub: SharedCallHub = {
    roomId: options.roomId,
    get state() {
      return state;
    },
    rolesFromService: false,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    send(action) {
      const outcome = dispatch(action);
      return Promise.resolve(outcome.ok ? { ok: true } : { ok: false, refusal: outcome.refusal });
    },
    addCallEventListener(listener) {
      eventListeners.set(listener, (eventListeners.get(listener) ?? 0) + 1);
      let added = true;
      return () => {
        if (!added) return;
        added = false;
        const count = (eventListeners.get(listener) ?? 1) - 1;
        if (count > 0) eventListeners.set(listener, count);
        else eventListeners.delete(listener);
      };
    },
    control(roomId, action, by, controlOptions) {
      if (controlOptions?.signal?.aborted) {
        return Promise.reject(new RoomsError('aborted', 'The request was cancelled.'));
      }
      try {
        return Promise.resolve(control(roomId, action, by));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    detach() {
      detach?.();
      detach = undefined;
    },
  };
  if (takesCallControl(options.roomsAdapter)) detach = options.roomsAdapter.attachCallControl(options.roomId, hub);
  return hub;
}

// Keyed by the backend object, so every story or test with its own backend has calls of its own, and a backend that
// is dropped takes its calls with it.
const hubs = new WeakMap<RoomsAdapter, Map<string, SharedCallHub>>();

/**
 * The shared call of `roomId` on `roomsAdapter` in this JavaScript realm: the hub every simulated call adapter given
 * that backend and room uses by default. The first caller's options make it; later callers get the same hub. A
 * backend that takes a call control (the in-memory one) gets the hub as the room's, so its `moderateCall` acts on it.
 *
 * @example
 * ```ts
 * const hub = sharedCallHubFor(rooms, roomId);
 * hub.state.members.map((m) => m.userId); // who is in the call now
 * ```
 */
export function sharedCallHubFor(
  roomsAdapter: RoomsAdapter,
  roomId: string,
  options: Omit<SharedCallHubOptions, 'roomId'> = {},
): SharedCallHub {
  let rooms = hubs.get(roomsAdapter);
  if (!rooms) hubs.set(roomsAdapter, (rooms = new Map()));
  let hub = rooms.get(roomId);
  if (!hub) rooms.set(roomId, (hub = createSharedCallHub({ roomsAdapter, ...options, roomId })));
  return hub;
}
