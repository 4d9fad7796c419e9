/**
 * Knock to join, served by the handler: `POST /rooms/{id}/requests` (knock), `GET /rooms/{id}/requests` (the pending
 * list), `GET /rooms/{id}/requests/{requestId}`, and `POST …/{requestId}:cancel`, `:admit`, `:decline`. Core's lobby
 * reducer holds the rules (one pending request per person, a pause after a decline, a cap per room, expiry); this
 * module decides who may do what, from the signed-in user and their role on the room's roster as the server knows
 * it, never from anything the browser says:
 *
 * - anyone signed in who holds the room's link may knock (the knocker is not on the roster, so no scope limits it);
 * - the author may read and withdraw their own request; anyone else is told it does not exist;
 * - only a roster role that may invite people (`roleCanAdmit`) lists, reads, admits and declines; anyone else 403.
 *
 * Admitting writes the roster first, through the handler's own roster path (so `participantsChanged` goes out and
 * every index stays right), and only then marks the request admitted: a roster write that fails leaves it pending.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  applyLobbyAction,
  joinRequestById,
  joinRequestToJson,
  pendingJoinRequests,
  roleCanAdmit,
  type JoinRequest,
  type LobbyAction,
  type LobbyContext,
  type LobbyOutcome,
} from '../../core/lobby';
import { DEFAULT_ROLE } from '../../core/roles';
import { readJsonBody, sendJson, ServiceError } from '../../node/http';
import { audienceOf } from '../events/handlerEvents';
import type { RoomEventEntry } from '../events/eventLog';
import type { RoomRecord } from '../records/types';
import { admitJoinRequestBody, declineJoinRequestBody, joinRequestBody, validate } from '../schemas';
import { forbiddenError, refusalError, requestNotFound, roomClosed, type RoomLobbyHost } from './lobbyHost';

/** The lobby's routes, as the handler's route table names them. */
export type LobbyRouteKind = 'requests' | 'request' | 'cancelRequest' | 'admitRequest' | 'declineRequest';

/** A lobby body is a name and a short message: it never needs the handler's megabyte. */
const LOBBY_BODY_LIMIT = 16 * 1024;

/** What the handler calls. */
export interface LobbyRoutes {
  /** Serves one of the lobby's routes; `authorize` has allowed its action already. */
  serve(
    request: IncomingMessage,
    response: ServerResponse,
    kind: LobbyRouteKind,
    roomId: string,
    requestId: string | undefined,
    signal: AbortSignal,
  ): Promise<void>;
  /** Refuses (409, target `room`) a join of a room that was ended for everyone. */
  refuseClosed(roomId: string): Promise<void>;
  /** Closes a room's lobby: pending requests become `closed` and their authors are told. Answers when it closed. */
  close(record: RoomRecord, at: Date): Promise<Date | undefined>;
  /** The room's window was moved by its organiser: a closed lobby opens again. */
  windowMoved(record: RoomRecord): Promise<void>;
  /** The room is gone: its pending requests close (their authors are told) and its lobby and grants go. */
  roomDeleted(record: RoomRecord): Promise<void>;
}

/** A pending request whose time is up reads as expired, although no write has marked it yet. */
function asSeenAt(request: JoinRequest, at: Date): JoinRequest {
  if (request.status !== 'pending' || request.expiresAt.getTime() > at.getTime()) return request;
  return { ...request, status: 'expired', decidedAt: request.expiresAt };
}

/** Makes the lobby routes of one handler. */
export function createLobbyRoutes(host: RoomLobbyHost): LobbyRoutes {
  const bodyLimit = Math.min(host.bodyLimit, LOBBY_BODY_LIMIT);
  const context = (at: Date): LobbyContext => ({ at, policy: host.policy });
  const body = (request: IncomingMessage): Promise<unknown> => readJsonBody(request, { limit: bodyLimit });

  /** Tells the authors of the requests an action changed, and the room's audience how many wait now. */
  async function tell(record: RoomRecord, outcome: Extract<LobbyOutcome, { ok: true }>, at: Date): Promise<void> {
    if (!outcome.changed || outcome.updated.length === 0) return;
    const { roomId } = record;
    const audience = audienceOf(record);
    const entries: RoomEventEntry[] = outcome.updated.map((updated) => ({
      event: { type: 'joinRequestUpdated', roomId, request: updated },
      audience,
    }));
    entries.push({
      event: { type: 'lobbyChanged', roomId, pendingCount: pendingJoinRequests(outcome.state, at).length },
      audience,
    });
    await host.publish(entries);
  }

  async function apply(record: RoomRecord, action: LobbyAction, at: Date): Promise<JoinRequest | undefined> {
    const outcome = await host.lobby.apply(record.roomId, action, context(at));
    if (!outcome.ok) throw refusalError(outcome.refusal);
    await tell(record, outcome, at);
    return outcome.request;
  }

  async function signedIn(request: IncomingMessage): Promise<string> {
    const userId = await host.signedInUser(request);
    if (userId === undefined) throw forbiddenError('userId');
    return userId;
  }

  /** The signed-in user and the room, when their role on its roster may admit; 403 for anyone else. */
  async function admitter(request: IncomingMessage, roomId: string, signal: AbortSignal) {
    const userId = await signedIn(request);
    const record = await host.roomRecord(roomId);
    if (!roleCanAdmit(await host.roleIn(roomId, userId, signal))) throw forbiddenError();
    return { userId, record };
  }

  async function knock(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    const userId = await signedIn(request);
    const input = validate(joinRequestBody, await body(request));
    const record = await host.roomRecord(roomId);
    const at = new Date();
    if (record.validUntil.getTime() <= at.getTime()) throw roomClosed();
    const requestId = randomUUID();
    const action: LobbyAction = {
      type: 'request',
      requestId,
      userId,
      displayName: input.displayName,
      ...(input.message !== undefined ? { message: input.message } : {}),
    };
    // Tried on the lobby as it is first: asking again while a request waits answers that request without a write
    // or a roster read, so a flood of knocks from one person costs one read of the lobby each.
    const trial = applyLobbyAction(await host.lobby.read(roomId), action, context(at));
    if (!trial.ok) throw refusalError(trial.refusal);
    if (trial.request && trial.request.id !== requestId)
      return sendJson(response, 200, joinRequestToJson(trial.request));
    if ((await host.roleIn(roomId, userId, signal)) !== undefined) {
      throw new ServiceError(409, 'Conflict', 'You are on this room’s roster already: join it.', { target: 'room' });
    }
    const made = await apply(record, action, at);
    if (!made) throw new Error('The lobby answered a request without the request.');
    sendJson(response, made.id === requestId ? 201 : 200, joinRequestToJson(made));
  }

  async function list(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    await admitter(request, roomId, signal);
    const at = new Date();
    const pending = pendingJoinRequests(await host.lobby.read(roomId), at);
    sendJson(response, 200, { value: pending.map(joinRequestToJson) });
  }

  async function readOne(
    request: IncomingMessage,
    response: ServerResponse,
    roomId: string,
    requestId: string,
    signal: AbortSignal,
  ) {
    const userId = await signedIn(request);
    await host.roomRecord(roomId);
    const found = joinRequestById(await host.lobby.read(roomId), requestId);
    if (!found) throw requestNotFound();
    // Someone else's request does not exist for them: its author's name and message are not theirs to read.
    if (found.userId !== userId && !roleCanAdmit(await host.roleIn(roomId, userId, signal))) throw requestNotFound();
    sendJson(response, 200, joinRequestToJson(asSeenAt(found, new Date())));
  }

  async function cancel(
    request: IncomingMessage,
    response: ServerResponse,
    roomId: string,
    requestId: string,
    signal: AbortSignal,
  ) {
    const userId = await signedIn(request);
    const record = await host.roomRecord(roomId);
    const found = joinRequestById(await host.lobby.read(roomId), requestId);
    if (!found) throw requestNotFound();
    if (found.userId !== userId) {
      if (roleCanAdmit(await host.roleIn(roomId, userId, signal))) {
        throw new ServiceError(403, 'Forbidden', 'Only its author can withdraw a request.', { target: 'requestId' });
      }
      throw requestNotFound();
    }
    const cancelled = await apply(record, { type: 'cancel', requestId, userId }, new Date());
    sendJson(response, 200, joinRequestToJson(cancelled ?? found));
  }

  async function decline(
    request: IncomingMessage,
    response: ServerResponse,
    roomId: string,
    requestId: string,
    signal: AbortSignal,
  ) {
    const input = validate(declineJoinRequestBody, await body(request));
    const { userId: by, record } = await admitter(request, roomId, signal);
    const byName = await host.displayNameOf(by);
    const action: LobbyAction = {
      type: 'decline',
      requestId,
      by,
      ...(byName !== undefined ? { byName } : {}),
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
    };
    const declined = await apply(record, action, new Date());
    if (!declined) throw requestNotFound();
    sendJson(response, 200, joinRequestToJson(declined));
  }

  async function admit(
    request: IncomingMessage,
    response: ServerResponse,
    roomId: string,
    requestId: string,
    signal: AbortSignal,
  ) {
    const input = validate(admitJoinRequestBody, await body(request));
    const { userId: by, record } = await admitter(request, roomId, signal);
    const byName = await host.displayNameOf(by);
    const role = input.role ?? DEFAULT_ROLE;
    const action: LobbyAction = { type: 'admit', requestId, by, ...(byName !== undefined ? { byName } : {}), role };
    const at = new Date();
    const state = await host.lobby.read(roomId);
    // Tried on the lobby as it is first, so a request that cannot be admitted never touches the roster.
    const trial = applyLobbyAction(state, action, context(at));
    if (!trial.ok) throw refusalError(trial.refusal);
    const author = joinRequestById(state, requestId);
    if (author?.status === 'pending') {
      const before = await host.roleIn(roomId, author.userId, signal);
      await host.upsertRoles(roomId, [[author.userId, role]], record, signal);
      const outcome = await host.lobby.apply(roomId, action, context(at));
      if (!outcome.ok) {
        // Withdrawn or expired while the roster was written: they were not let in after all.
        if (before === undefined) {
          await host
            .removeFromRoster(roomId, [author.userId], record, signal)
            .catch((error: unknown) => host.onError(error, request));
        }
        throw refusalError(outcome.refusal);
      }
      await tell(record, outcome, at);
      if (!outcome.request) throw requestNotFound();
      return sendJson(response, 200, joinRequestToJson(outcome.request));
    }
    // The same admission heard again (a retry): it stands as it was.
    const again = await apply(record, action, at);
    if (!again) throw requestNotFound();
    sendJson(response, 200, joinRequestToJson(again));
  }

  return {
    async serve(request, response, kind, roomId, requestId, signal) {
      if (kind === 'requests') {
        return request.method === 'POST'
          ? knock(request, response, roomId, signal)
          : list(request, response, roomId, signal);
      }
      const id = requestId ?? '';
      if (id.trim() === '') throw requestNotFound();
      switch (kind) {
        case 'request':
          return readOne(request, response, roomId, id, signal);
        case 'cancelRequest':
          return cancel(request, response, roomId, id, signal);
        case 'admitRequest':
          return admit(request, response, roomId, id, signal);
        case 'declineRequest':
          return decline(request, response, roomId, id, signal);
      }
    },

    async refuseClosed(roomId) {
      if ((await host.lobby.read(roomId)).closedAt !== undefined) throw roomClosed();
    },

    async close(record, at) {
      const outcome = await host.lobby.apply(record.roomId, { type: 'close' }, context(at));
      if (!outcome.ok) return undefined;
      await tell(record, outcome, at);
      return outcome.state.closedAt;
    },

    async windowMoved(record) {
      const state = await host.lobby.read(record.roomId);
      if (state.closedAt === undefined) return;
      await host.lobby.apply(record.roomId, { type: 'reopen' }, context(new Date()));
    },

    async roomDeleted(record) {
      const at = new Date();
      const outcome = await host.lobby.apply(record.roomId, { type: 'close' }, context(at));
      if (outcome.ok) await tell(record, outcome, at);
      await host.lobby.forget(record.roomId);
    },
  };
}
