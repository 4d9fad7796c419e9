/**
 * The local Rooms service's shared room call, so simulated calls in different tabs and browsers are one call: a
 * Server-Sent Events stream of each room's call (`GET /calling/rooms/{roomId}/stream`) and the members' actions
 * (`POST /calling/rooms/{roomId}/actions`), both authenticated by an access token this resource issued (Bearer).
 * Only people on the room's roster get in, with the role the roster gives them; a roster change changes their role
 * in the call at once and the call enforces it, through the same shared-call model the in-process hub runs.
 *
 * Moderation reaches the call server to server: {@link SharedCallService.control} carries out an action a backend has
 * authorised (the emulator's `POST /calling/rooms/{roomId}/control`, signed with the resource's access key), and the
 * people it concerns hear who did it on their streams. A room whose window has ended takes no joins.
 *
 * A stay belongs to the stream it was joined on: when that stream closes and does not come back (same
 * `connectionId`) within the grace period, the stay ends, as a closed tab leaves a real call. The call's events go to
 * an Event Grid publisher, in the service's schema, when one is given.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallActor, CallControlAction, CallControlResult } from '../core/moderation';
import type { RoomsChange } from '../core/roomsModel';
import {
  applySharedCallAction,
  emptySharedCall,
  memberByParticipantId,
  membersAffected,
  readSharedCallRequest,
  sharedCallStateToJson,
  type SharedCallAction,
  type SharedCallNotice,
  type SharedCallOutcome,
  type SharedCallRefusal,
  type SharedCallState,
} from '../core/sharedCall';
import { createRouter, headerValue, readJsonBody, sendError, sendJson, ServiceError } from '../node/http';
import type { EventGridPublisher } from './eventGridPublisher';
import { EmulatorError, invalidRoomId } from './serviceErrors';
import type { EmulatorStore } from './store';

/** Options of {@link createSharedCallService}. */
export interface SharedCallServiceOptions {
  /** The resource's state: rosters and tokens. */
  store: EmulatorStore;
  /** The service's clock. */
  now: () => Date;
  /** How long a stay outlives its closed stream before it ends. @default 10000 */
  presenceGraceMs?: number;
  /** How often an idle stream gets a comment, so proxies keep it open. @default 15000 */
  heartbeatMs?: number;
  /** Where the call's events go. @default none */
  publisher?: EventGridPublisher;
  /** Hears failures no request is waiting for. */
  onError?: (error: unknown) => void;
}

/** The shared call endpoints of the local service. */
export interface SharedCallService {
  /** Whether a request path is one of the service's. */
  handles(pathname: string): boolean;
  /** Answers one request (errors included); resolves once the answer, or the stream's start, has been written. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /**
   * Carries out a moderation action on a room's call for `by`, already authorised by the caller (the emulator's
   * signed control route); the members hear it, with who did it, on their streams.
   * @throws {@link EmulatorError} 400 `Invalid room ID.` for an unknown room, 409 `NotInCall` (target `userId`) when
   * the person is not in the call.
   */
  control(roomId: string, action: CallControlAction, by: CallActor): CallControlResult;
  /** Ends every stream and timer. */
  close(): void;
}

const PREFIX = '/calling/';
/** The control route is signed with the access key, as the Rooms API is, so the emulator's signed door takes it. */
const CONTROL_PATH = /^\/calling\/rooms\/[^/]+\/control$/;
const BODY_LIMIT = 64 * 1024;
const RETRY_MS = 2000;

/** Any origin may call: the token authenticates, no cookie is read, so no page can act with someone else's rights. */
const CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, last-event-id',
  'access-control-max-age': '600',
};

const router = createRouter(
  {
    stream: { path: '/calling/rooms/{roomId}/stream', methods: ['GET', 'OPTIONS'] },
    actions: { path: '/calling/rooms/{roomId}/actions', methods: ['POST', 'OPTIONS'] },
  },
  { notFound: () => new EmulatorError(404, 'NotFound', 'Resource not found.') },
);

const REFUSALS: Readonly<Record<SharedCallRefusal['code'], { status: number; code: string }>> = {
  forbidden: { status: 403, code: 'Forbidden' },
  notInCall: { status: 409, code: 'NotInCall' },
  conflict: { status: 409, code: 'Conflict' },
  invalid: { status: 400, code: 'BadRequest' },
};

/** One open event stream of one user in one room. */
interface Stream {
  response: ServerResponse;
  heartbeat: ReturnType<typeof setInterval>;
}

/** A tab's connection: its streams (one normally, two briefly while it reconnects) and the stays joined on it. */
interface Connection {
  id: string;
  userId: string;
  roomId: string;
  streams: Set<Stream>;
  stays: Set<string>;
  grace?: ReturnType<typeof setTimeout>;
}

interface RoomCall {
  state: SharedCallState;
  connections: Map<string, Connection>;
}

function unauthorized(reason: string): EmulatorError {
  return new EmulatorError(401, 'Unauthorized', `The access token is not valid: ${reason}.`, {
    headers: { 'www-authenticate': 'Bearer' },
  });
}

/** Starts the shared-call endpoints over the resource's state. */
export function createSharedCallService(options: SharedCallServiceOptions): SharedCallService {
  const { store } = options;
  const graceMs = options.presenceGraceMs ?? 10_000;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const calls = new Map<string, RoomCall>();
  let closed = false;

  const report = (error: unknown): void => {
    try {
      options.onError?.(error);
    } catch {
      // Nobody to tell.
    }
  };

  function callOf(roomId: string): RoomCall {
    let call = calls.get(roomId);
    if (!call) calls.set(roomId, (call = { state: emptySharedCall(roomId), connections: new Map() }));
    return call;
  }

  function write(stream: Stream, text: string): void {
    if (!stream.response.writableEnded) stream.response.write(text);
  }

  function message(data: unknown, id?: number): string {
    return `${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`;
  }

  function stateMessage(state: SharedCallState, notices: readonly SharedCallNotice[]): string {
    return message({ type: 'state', state: sharedCallStateToJson(state), notices }, state.version);
  }

  function dispatch(roomId: string, action: SharedCallAction): SharedCallOutcome {
    const call = callOf(roomId);
    const outcome = applySharedCallAction(call.state, action, { at: options.now(), newCallId: randomUUID });
    if (!outcome.ok || !outcome.changed) return outcome;
    call.state = outcome.state;
    for (const notice of outcome.notices) {
      if (notice.type !== 'departed') continue;
      for (const connection of call.connections.values()) connection.stays.delete(notice.participantId);
    }
    const text = stateMessage(outcome.state, outcome.notices);
    for (const connection of call.connections.values()) for (const stream of connection.streams) write(stream, text);
    if (outcome.events.length > 0) options.publisher?.publish([...outcome.events]);
    return outcome;
  }

  function endStream(stream: Stream, farewell?: unknown): void {
    clearInterval(stream.heartbeat);
    if (farewell !== undefined) write(stream, message(farewell));
    if (!stream.response.writableEnded) stream.response.end();
  }

  /** Ends a user's streams in a room, saying why, so their tab stops reconnecting. */
  function shut(roomId: string, userId: string | undefined, reason: string): void {
    const call = calls.get(roomId);
    if (!call) return;
    for (const connection of [...call.connections.values()]) {
      if (userId !== undefined && connection.userId !== userId) continue;
      clearTimeout(connection.grace);
      call.connections.delete(connection.id);
      for (const stream of connection.streams) endStream(stream, { type: 'closed', reason });
      connection.streams.clear();
    }
  }

  const unsubscribe = store.onRoomsChange((change: RoomsChange) => {
    if (change.type === 'participantsChanged') {
      for (const [userId, role] of change.upserted) dispatch(change.roomId, { type: 'setRole', userId, role });
      for (const userId of change.removed) {
        dispatch(change.roomId, { type: 'rosterRemoved', userId });
        shut(change.roomId, userId, 'notOnRoster');
      }
    } else if (change.type === 'roomDeleted') {
      dispatch(change.roomId, { type: 'closeRoom' });
      shut(change.roomId, undefined, 'roomDeleted');
      calls.delete(change.roomId);
    }
  });

  /** Who is asking: the user of a valid token, who must be on the room's roster. */
  function caller(request: IncomingMessage, roomId: string): { userId: string } {
    const header = headerValue(request.headers, 'authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw unauthorized('send it as "Authorization: Bearer <token>"');
    const check = store.verifyAccessToken(match[1]);
    if (!check.ok) throw unauthorized(check.reason);
    if (!store.hasRoom(roomId)) throw invalidRoomId();
    if (store.roleOf(roomId, check.userId) === undefined) {
      throw new EmulatorError(403, 'Forbidden', 'This user is not on the room’s roster.');
    }
    return { userId: check.userId };
  }

  function openStream(request: IncomingMessage, response: ServerResponse, roomId: string, userId: string): void {
    const call = callOf(roomId);
    const url = new URL(request.url ?? '/', 'http://emulator.invalid');
    const asked = url.searchParams.get('connectionId');
    let connection = asked === null ? undefined : call.connections.get(asked);
    // A connection id is only a handle on one's own connection.
    if (connection && connection.userId !== userId) connection = undefined;
    if (!connection) {
      connection = { id: randomUUID(), userId, roomId, streams: new Set(), stays: new Set() };
      call.connections.set(connection.id, connection);
    }
    clearTimeout(connection.grace);
    connection.grace = undefined;

    response.writeHead(200, {
      ...CORS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    response.flushHeaders();
    const heartbeat = setInterval(() => write(stream, ': keep-alive\n\n'), heartbeatMs);
    heartbeat.unref?.();
    const stream: Stream = { response, heartbeat };
    connection.streams.add(stream);
    write(stream, `retry: ${RETRY_MS}\n\n`);
    write(stream, message({ type: 'hello', connectionId: connection.id, userId }));
    write(stream, stateMessage(call.state, []));

    const owner = connection;
    response.on('close', () => {
      clearInterval(heartbeat);
      owner.streams.delete(stream);
      if (owner.streams.size > 0 || closed || call.connections.get(owner.id) !== owner) return;
      // The tab may be reconnecting; its stays end only if it does not come back in time.
      owner.grace = setTimeout(() => {
        if (owner.streams.size > 0) return;
        call.connections.delete(owner.id);
        for (const participantId of [...owner.stays]) dispatch(roomId, { type: 'leave', participantId });
      }, graceMs);
      owner.grace.unref?.();
    });
  }

  async function act(request: IncomingMessage, response: ServerResponse, roomId: string, userId: string) {
    const body = await readJsonBody(request, { limit: BODY_LIMIT });
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new EmulatorError(400, 'BadRequest', 'The body must be a JSON object: { connectionId?, action }.');
    }
    const { connectionId, action: rawAction } = body as { connectionId?: unknown; action?: unknown };
    const read = readSharedCallRequest(rawAction);
    if (!read.ok) throw new EmulatorError(400, 'BadRequest', read.message, { target: 'action' });
    const asked = read.request;
    const call = callOf(roomId);
    let action: SharedCallAction;
    let connection: Connection | undefined;
    if (asked.type === 'join') {
      connection = typeof connectionId === 'string' ? call.connections.get(connectionId) : undefined;
      if (!connection || connection.userId !== userId || connection.streams.size === 0) {
        throw new EmulatorError(409, 'StreamNotOpen', 'Open the call’s stream first and join with its connectionId.', {
          target: 'connectionId',
        });
      }
      // A room whose window has ended (closed early by "end for everyone", or simply over) has no call to join.
      if (Date.parse(store.getRoom(roomId).validUntil) <= options.now().getTime()) {
        throw new EmulatorError(403, 'RoomClosed', 'The room’s time window has ended: its call cannot be joined.');
      }
      const role = store.roleOf(roomId, userId);
      action = { ...asked, userId, ...(role !== undefined ? { role } : {}) };
    } else {
      const member = memberByParticipantId(call.state, asked.participantId);
      if (member && member.userId !== userId) {
        throw new EmulatorError(403, 'Forbidden', 'That stay in the call is someone else’s.', {
          target: 'participantId',
        });
      }
      action = asked;
    }
    const outcome = dispatch(roomId, action);
    if (!outcome.ok) {
      const answer = REFUSALS[outcome.refusal.code];
      throw new EmulatorError(answer.status, answer.code, outcome.refusal.message);
    }
    if (asked.type === 'join') connection?.stays.add(asked.participantId);
    sendJson(response, 200, { state: sharedCallStateToJson(outcome.state), notices: outcome.notices }, CORS);
  }

  return {
    handles(pathname) {
      return pathname.startsWith(PREFIX) && !CONTROL_PATH.test(pathname);
    },

    control(roomId, action, by) {
      if (closed) throw new EmulatorError(503, 'ServiceUnavailable', 'The service is shutting down.');
      if (!store.hasRoom(roomId)) throw invalidRoomId();
      const before = callOf(roomId).state;
      const outcome = dispatch(roomId, { type: 'control', action, by });
      if (!outcome.ok) {
        const answer = REFUSALS[outcome.refusal.code];
        throw new EmulatorError(answer.status, answer.code, outcome.refusal.message, {
          ...(outcome.refusal.code === 'notInCall' ? { target: 'userId' } : {}),
        });
      }
      return { affected: outcome.changed ? membersAffected(before, outcome.state) : 0 };
    },

    async handle(request, response) {
      try {
        if (closed) throw new EmulatorError(503, 'ServiceUnavailable', 'The service is shutting down.');
        const url = new URL(request.url ?? '/', 'http://emulator.invalid');
        const found = router.match(request.method ?? 'GET', url.pathname);
        if (found.method === 'OPTIONS') {
          sendJson(response, 204, undefined, CORS);
          return;
        }
        const { userId } = caller(request, found.params.roomId);
        if (found.kind === 'stream') openStream(request, response, found.params.roomId, userId);
        else await act(request, response, found.params.roomId, userId);
      } catch (error) {
        if (error instanceof ServiceError) {
          sendError(response, error, CORS);
          return;
        }
        report(error);
        sendError(
          response,
          new EmulatorError(500, 'InternalServerError', 'The emulator could not handle the request.'),
          CORS,
        );
      }
    },

    close() {
      closed = true;
      unsubscribe();
      for (const call of calls.values()) {
        for (const connection of call.connections.values()) {
          clearTimeout(connection.grace);
          for (const stream of connection.streams) endStream(stream);
        }
      }
      calls.clear();
    },
  };
}
