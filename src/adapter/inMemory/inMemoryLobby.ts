/**
 * Knock to join for the in-memory backend: one lobby per room, run by core's lobby reducer, with who may admit decided
 * from the actor's role on the room's roster, as the server decides it.
 */
import { RoomsError } from '../../core/errors';
import {
  applyLobbyAction,
  emptyLobby,
  joinRequestById,
  pendingJoinRequests,
  roleCanAdmit,
  type JoinRequest,
  type LobbyAction,
  type LobbyPolicy,
  type LobbyRefusal,
  type LobbyState,
} from '../../core/lobby';
import { DEFAULT_ROLE, isRoomRole, type RoomRole } from '../../core/roles';
import type { Room, RoomEvent } from '../../core/types';
import type { AdmitJoinRequestInput, DeclineJoinRequestInput, JoinRequestInput } from '../types';

/** What the lobby needs from the backend that runs it. */
export interface InMemoryLobbyHost {
  /** The backend's clock. */
  now(): Date;
  /** The lobby's limits. */
  policy?: Partial<LobbyPolicy>;
  /** Makes the id of a new request. */
  newRequestId(): string;
  /** Reads a room. @throws {@link RoomsError} `notFound`. */
  getRoom(roomId: string): Room;
  /** A person's role on a room's roster. */
  roleOf(roomId: string, userId: string): RoomRole | undefined;
  /** A person's name in the directory. */
  nameOf(userId: string): string | undefined;
  /**
   * Plans adding someone to the roster with a role; the returned function makes the change and tells subscribers.
   * @throws {@link RoomsError} `validation` when the id cannot be on a roster.
   */
  planAdmit(roomId: string, userId: string, role: RoomRole): () => void;
  /** Tells a room's subscribers. */
  emit(event: RoomEvent): void;
}

/** The lobbies of an in-memory backend; every method acts as `actor` (the signed-in user). */
export interface InMemoryLobby {
  /** Asks to join. */
  request(actor: string | undefined, roomId: string, input: JoinRequestInput): JoinRequest;
  /** Reads a request: the actor's own, or any for someone who may admit. */
  get(actor: string | undefined, roomId: string, requestId: string): JoinRequest;
  /** Withdraws the actor's own request. */
  cancel(actor: string | undefined, roomId: string, requestId: string): JoinRequest;
  /** The pending requests, for someone who may admit. */
  list(actor: string | undefined, roomId: string): JoinRequest[];
  /** Admits a request and puts its author on the roster. */
  admit(actor: string | undefined, roomId: string, requestId: string, input?: AdmitJoinRequestInput): JoinRequest;
  /** Declines a request. */
  decline(actor: string | undefined, roomId: string, requestId: string, input?: DeclineJoinRequestInput): JoinRequest;
  /** Closes a room's lobby (ended for everyone): pending requests are closed and new ones refused. */
  close(roomId: string): void;
  /** Opens a closed lobby again, when the room's window was moved to end later. */
  reopen(roomId: string): void;
  /** Closes and drops the lobby of a room being deleted. */
  forget(roomId: string): void;
}

function signedIn(actor: string | undefined): string {
  if (actor === undefined) throw new RoomsError('forbidden', 'Sign in to ask to join a room.', { target: 'userId' });
  return actor;
}

/**
 * A refusal as the contract's error, in the server's shape: a decline's pause is a second detail (`AskAgainAt`, its
 * message the ISO instant) after the sentence.
 */
function errorOf(refusal: LobbyRefusal): RoomsError {
  const target = refusal.target !== undefined ? { target: refusal.target } : {};
  return new RoomsError(refusal.code, refusal.message, {
    ...target,
    ...(refusal.askAgainAt !== undefined
      ? {
          details: [
            { code: 'Declined', message: refusal.message, ...target },
            { code: 'AskAgainAt', message: refusal.askAgainAt.toISOString(), target: 'askAgainAt' },
          ],
        }
      : {}),
  });
}

/** Makes the lobbies of one in-memory backend. */
export function createInMemoryLobby(host: InMemoryLobbyHost): InMemoryLobby {
  const lobbies = new Map<string, LobbyState>();

  function stateOf(roomId: string): LobbyState {
    return lobbies.get(roomId) ?? emptyLobby(roomId);
  }

  function tell(roomId: string, before: LobbyState, after: LobbyState, updated: readonly JoinRequest[]): void {
    for (const request of updated) host.emit({ type: 'joinRequestUpdated', roomId, request });
    const at = host.now();
    const pendingCount = pendingJoinRequests(after, at).length;
    if (updated.length > 0 || pendingJoinRequests(before, at).length !== pendingCount) {
      host.emit({ type: 'lobbyChanged', roomId, pendingCount });
    }
  }

  /** Applies an action; refusals throw, changes are kept and told. */
  function act(roomId: string, action: LobbyAction): JoinRequest | undefined {
    const before = stateOf(roomId);
    const outcome = applyLobbyAction(before, action, { at: host.now(), policy: host.policy });
    if (!outcome.ok) throw errorOf(outcome.refusal);
    if (outcome.changed) {
      lobbies.set(roomId, outcome.state);
      tell(roomId, before, outcome.state, outcome.updated);
    }
    return outcome.request;
  }

  /**
   * Brings a lobby up to date before it is read or changed: requests whose time is up expire, and a room whose window
   * has ended stops taking requests. So an expired request reads as expired without a timer.
   */
  function settle(roomId: string): Room {
    const room = host.getRoom(roomId);
    act(roomId, { type: 'expire' });
    if (room.validUntil.getTime() <= host.now().getTime() && stateOf(roomId).closedAt === undefined) {
      act(roomId, { type: 'close' });
    }
    return room;
  }

  function mayAdmit(roomId: string, actor: string): boolean {
    return roleCanAdmit(host.roleOf(roomId, actor));
  }

  function admitter(roomId: string, actor: string | undefined): string {
    const who = signedIn(actor);
    if (!mayAdmit(roomId, who)) {
      throw new RoomsError('forbidden', 'Only a presenter of this room can answer requests to join.', {
        target: 'roomId',
      });
    }
    return who;
  }

  function found(roomId: string, requestId: string): JoinRequest {
    const request = joinRequestById(stateOf(roomId), requestId);
    if (!request) throw new RoomsError('notFound', 'There is no such request to join.', { target: 'requestId' });
    return request;
  }

  function copy(request: JoinRequest | undefined): JoinRequest {
    if (!request) throw new RoomsError('unknown', 'The lobby did not answer the request.');
    return structuredClone(request);
  }

  function byOf(actor: string): { by: string; byName?: string } {
    const name = host.nameOf(actor);
    return name === undefined ? { by: actor } : { by: actor, byName: name };
  }

  return {
    request(actor, roomId, input) {
      const userId = signedIn(actor);
      settle(roomId);
      if (host.roleOf(roomId, userId) !== undefined) {
        throw new RoomsError('conflict', 'You are on this room’s roster already: join the call.', { target: 'room' });
      }
      const message = input?.message;
      return copy(
        act(roomId, {
          type: 'request',
          requestId: host.newRequestId(),
          userId,
          displayName: String(input?.displayName ?? ''),
          ...(message !== undefined ? { message: String(message) } : {}),
        }),
      );
    },

    get(actor, roomId, requestId) {
      const userId = signedIn(actor);
      settle(roomId);
      const request = found(roomId, requestId);
      // Someone else's request reads as missing: its author's name and message are not for everyone.
      if (request.userId !== userId && !mayAdmit(roomId, userId)) {
        throw new RoomsError('notFound', 'There is no such request to join.', { target: 'requestId' });
      }
      return copy(request);
    },

    cancel(actor, roomId, requestId) {
      const userId = signedIn(actor);
      settle(roomId);
      return copy(act(roomId, { type: 'cancel', requestId, userId }));
    },

    list(actor, roomId) {
      const userId = signedIn(actor);
      settle(roomId);
      admitter(roomId, userId);
      return structuredClone(pendingJoinRequests(stateOf(roomId), host.now()));
    },

    admit(actor, roomId, requestId, input = {}) {
      settle(roomId);
      const by = admitter(roomId, actor);
      const role = input.role ?? DEFAULT_ROLE;
      if (!isRoomRole(role)) {
        throw new RoomsError('validation', 'Choose one of the room roles.', { target: 'role' });
      }
      const request = found(roomId, requestId);
      // Planned first, so a roster that refuses the person leaves the request pending.
      const addToRoster = request.status === 'pending' ? host.planAdmit(roomId, request.userId, role) : undefined;
      const admitted = act(roomId, { type: 'admit', requestId, role, ...byOf(by) });
      addToRoster?.();
      return copy(admitted);
    },

    decline(actor, roomId, requestId, input = {}) {
      settle(roomId);
      const by = admitter(roomId, actor);
      const reason = input.reason;
      return copy(
        act(roomId, {
          type: 'decline',
          requestId,
          ...byOf(by),
          ...(reason !== undefined ? { reason: String(reason) } : {}),
        }),
      );
    },

    close(roomId) {
      host.getRoom(roomId);
      act(roomId, { type: 'close' });
    },

    reopen(roomId) {
      const room = host.getRoom(roomId);
      if (stateOf(roomId).closedAt === undefined || room.validUntil.getTime() <= host.now().getTime()) return;
      act(roomId, { type: 'reopen' });
    },

    forget(roomId) {
      if (lobbies.has(roomId)) act(roomId, { type: 'close' });
      lobbies.delete(roomId);
    },
  };
}
