/**
 * The host's server side of the kit: a Node request handler that serves the kit's HTTP contract
 * (`docs/http-contract.openapi.yaml`) by calling the official `RoomsClient` and `CommunicationIdentityClient`. The
 * browser talks to this handler with `createHttpRoomsAdapter`; only this handler holds the connection string.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient, type CommunicationRoom, type RoomParticipant } from '@azure/communication-rooms';
import { getIdentifierRawId, type CommunicationUserIdentifier } from '@azure/communication-common';
import type { Person, RoomCallSummary, RoomParticipant as KitParticipant } from '../core/types';
import { DEFAULT_ROLE, type RoomRole } from '../core/roles';
import type { LobbyPolicy } from '../core/lobby';
import type { RoomCallControl } from '../core/moderation';
import { roomSearchText } from '../core/roomDetails';
import {
  answerClientError,
  createRouter,
  headerValue,
  readJsonBody,
  sendError,
  sendJson,
  ServiceError,
} from '../node/http';
import { createCursorCodec, type CursorCodec, type CursorPosition } from './cursor';
import { createGrowingPeopleDirectory, type RoomsPeopleDirectory } from './directory';
import {
  createHandlerEvents,
  audienceOf,
  type RoomEventStreamOptions,
  type RoomsEventGridOptions,
} from './events/handlerEvents';
import { createMemoryRoomEventLog } from './events/memoryEventLog';
import type { RoomEventEntry, RoomEventLog } from './events/eventLog';
import { createMemoryRoomRecordStore } from './records/memory';
import {
  RoomRecordStoreError,
  type NewRoomRecord,
  type RoomRecord,
  type RoomRecordPatch,
  type RoomRecordStore,
  type RoomScope,
} from './records/types';
import { createInService, createReconciler, isRefusal, type RoomsSyncReport, type StoredCreate } from './reconcile';
import {
  etagOf,
  ifMatchAllows,
  mirrorDiffers,
  normalizeScope,
  recordInScope,
  roomAnswer,
  roomListName,
  roomOf,
  serviceFields,
  type ServiceRoomFields,
} from './roomAnswers';
import { createRosterIndex, type RosterIndex } from './rosterIndex';
import {
  createRoomBody,
  failWith,
  joinBody,
  limitParam,
  MAX_QUERY_LENGTH,
  pageSizeParam,
  resolvePeopleBody,
  updateParticipantsBody,
  updateRoomBody,
  validate,
  validateQuery,
} from './schemas';
import { fromSdkError, isUnknownRoomError } from './sdkErrors';
import type { RoomLobbyStore } from './lobby/lobbyStore';
import { createMemoryRoomLobbyStore } from './lobby/memoryLobbyStore';
import type { RoomLobbyHost } from './lobby/lobbyHost';
import { createLobbyRoutes, type LobbyRouteKind } from './lobby/lobbyRoutes';
import { createModerationRoutes } from './lobby/moderationRoutes';
import { createSpeakerGrants } from './lobby/speakerGrants';

/**
 * What a caller asks to do; `authorize` decides per request. The lobby's and moderation's actions are only the
 * host's first word: after `authorize` allows them, the handler still decides from the signed-in user's role on the
 * room's roster — `lobby:request` knocks on (or withdraws a knock from) a room one is not on, `lobby:read` reads
 * requests to join (one's own, or a room's pending list), `lobby:decide` admits or declines, `call:moderate` moderates
 * the room's call.
 */
export type RoomsAction =
  | 'rooms:create'
  | 'rooms:read'
  | 'rooms:update'
  | 'rooms:delete'
  | 'participants:read'
  | 'participants:write'
  | 'people:search'
  | 'people:resolve'
  | 'join'
  | 'join:asOther'
  | 'lobby:request'
  | 'lobby:read'
  | 'lobby:decide'
  | 'call:moderate';

/** Extra facts `authorize` gets for some actions. */
export interface AuthorizeDetails {
  /**
   * For `join`: the signed-in user, as `currentUser` named them. For `join:asOther`: the user the caller wants to
   * join as (absent when the request names none).
   */
  userId?: string;
}

/** Who the caller is: the raw ACS id of the signed-in user, from the host's session; `undefined` when nobody is. */
export type RoomsCurrentUser = (request: IncomingMessage) => string | undefined | Promise<string | undefined>;

/**
 * Which rooms the caller of `request` may see, from the host's session: `{ all: true }`, or their own as organiser
 * (`organizerId`), their tenant's (`tenantId`), the rooms with them on the roster (`participantId`), any one of the
 * facts given. A thrown error (or something that is not a scope) refuses the request.
 */
export type RoomsScopeResolver = (request: IncomingMessage) => RoomScope | Promise<RoomScope>;

/** Options of the handler's roster index (see {@link RoomsRequestHandlerOptions.rosterCache}). */
export interface RosterCacheOptions {
  /**
   * How long a roster read serves joins of the users it holds. A user removed by someone other than this handler
   * can get a join token for this long; the Rooms service still refuses them when they join the call.
   * @default 30000
   */
  maxAgeMs?: number;
  /** Most participants kept, over all rooms; least recently used rooms go first. @default 100000 */
  maxParticipants?: number;
}

/**
 * Decides whether the caller of `request` may do `action` (on `roomId`, when the action concerns one room). Only
 * `true` allows; anything else, a thrown error included, refuses.
 */
export type RoomsAuthorize = (
  request: IncomingMessage,
  action: RoomsAction,
  roomId: string | undefined,
  details: AuthorizeDetails,
) => boolean | Promise<boolean>;

/** Options of {@link createRoomsRequestHandler}. */
export interface RoomsRequestHandlerOptions {
  /**
   * The resource's connection string (`endpoint=…;accesskey=…`). An `http://` endpoint is accepted only on loopback
   * (the local emulator). Give this, or both clients.
   */
  connectionString?: string;
  /** A Rooms client the host made itself (e.g. with a `TokenCredential`). */
  roomsClient?: RoomsClient;
  /** An Identity client the host made itself. */
  identityClient?: CommunicationIdentityClient;
  /**
   * The path the contract is served under; requests outside it go to `next` (or get a 404). With Express's
   * `app.use('/api/rooms', handler)`, Express strips the mount path: leave this at `/`.
   * @default '/'
   */
  basePath?: string;
  /** Decides every request; required, so nothing is served until the host says who may do what. */
  authorize: RoomsAuthorize;
  /**
   * Who the caller is, from the host's session. With it, a join makes the caller join as themself (action `join`)
   * and joining as anyone else is `join:asOther`, which `authorize` must allow explicitly. Without it, every join
   * names its user and is `join:asOther`. A thrown error refuses the request.
   * @default none: every join is `join:asOther`
   */
  currentUser?: RoomsCurrentUser;
  /**
   * The people directory.
   * @default the people created with the handler's `createUser`
   */
  directory?: RoomsPeopleDirectory;
  /** Largest request body; a larger one gets a 413. @default 1 MiB */
  bodyLimitBytes?: number;
  /** Largest page a list answers, whatever the caller asks for. @default 100 */
  maxPageSize?: number;
  /**
   * Signs list cursors. Servers behind one load balancer need the same secret.
   * @default derived from the connection string's access key; random per process when clients are given
   */
  cursorSecret?: string;
  /**
   * Hears unexpected failures: of requests (answered with a 500 that reveals nothing), and of the handler's own
   * background work (reconciling the store with the service), where `request` is `undefined`.
   * @default console.error
   */
  onError?: (error: unknown, request: IncomingMessage | undefined) => void;
  /**
   * The roster index joins are answered from, so a join on a large roster does not page through all of it; `false`
   * reads the roster from the service on every join.
   * @default `{ maxAgeMs: 30000, maxParticipants: 100000 }`
   */
  rosterCache?: RosterCacheOptions | false;
  /**
   * Where the handler keeps what the Rooms service does not: each room's details, organiser, tenant and version, and
   * the index lists and searches read (window, title, roster). Servers behind one load balancer share one store
   * (`createPostgresRoomRecordStore`). The handler does not close a store it was given.
   * @default `createMemoryRoomRecordStore()`: one process, lost on restart
   */
  records?: RoomRecordStore;
  /**
   * Which rooms a caller may see. Lists, searches and cursors hold only those; every room-level route (read, update,
   * delete, participants, join) answers any other room exactly as an unknown one (400 `Invalid room ID.`). A new
   * room takes its tenant from the creator's scope (`tenantId`). A caller who joins rooms needs a scope that holds
   * them, such as `{ participantId: theirId }`.
   * @default every caller sees every room (`{ all: true }`)
   */
  scope?: RoomsScopeResolver;
  /**
   * How often the handler reconciles the store with the service ({@link RoomsRequestHandler.syncRooms}): adopting
   * rooms made elsewhere, dropping records of rooms gone, undoing creates abandoned half-way. It also runs once at
   * start. `false` runs it only when the host calls `syncRooms()`.
   * @default 60000
   */
  syncIntervalMs?: number | false;
  /**
   * How long a create may be under way before the record of its start counts as abandoned (its process died between
   * the service's answer and the record's write) and any instance undoes it.
   * @default 120000
   */
  pendingCreateMs?: number;
  /**
   * The room event stream (`GET {basePath}/events`): where its events are kept — a `RoomEventLog`, or `{ log }` —
   * and how it streams (heartbeat, the reconnect delay it asks for, how far a slow reader may fall behind).
   * @default the record store's `events` (so every handler on one store streams the same events), else a memory log
   */
  events?: RoomEventLog | RoomsEventsOptions;
  /**
   * Serves the Event Grid webhook of room calls at `POST {basePath}/eventgrid?secret=…` (not through `authorize`:
   * the secret authenticates Event Grid). Its call events go into the event log, are streamed, and make each room's
   * call activity (`GET /rooms/{id}/activity`, and the `call` of room answers).
   * @default none: `/eventgrid` answers 404
   */
  eventGrid?: RoomsEventGridOptions;
  /**
   * Where requests to join (`/rooms/{id}/requests`) and speaker grants are kept. Servers behind one load balancer
   * share one (the PostgreSQL record store's `lobby`). The handler does not close a store it was given.
   * @default the record store's `lobby`, else a memory store
   */
  lobby?: RoomLobbyStore;
  /**
   * The lobby's limits: how long a request waits, how many may wait, the pause after a decline.
   * @default core's `DEFAULT_LOBBY_POLICY`
   */
  lobbyPolicy?: Partial<LobbyPolicy>;
  /**
   * How `POST /rooms/{id}/call:moderate` reaches the room's call: mutes, removals, lowered hands, spotlights and the
   * end of the call are carried out by it, once the handler has checked the caller's roster role. Inviting to speak
   * and returning to listener need no call control (they change roster roles).
   * @default none: the call's own actions answer 503 "This server cannot reach the room's call."
   */
  callControl?: RoomCallControl;
}

/** The handler's `events` option as an object. */
export interface RoomsEventsOptions extends RoomEventStreamOptions {
  /** Where the events are kept. @default the record store's `events`, else a memory log */
  log?: RoomEventLog;
}

function isEventLog(value: RoomEventLog | RoomsEventsOptions | undefined): value is RoomEventLog {
  return typeof value === 'object' && value !== null && typeof (value as { append?: unknown }).append === 'function';
}

/** The handler: a Node/Express/Connect middleware, plus helpers for the host. */
export interface RoomsRequestHandler {
  /**
   * Serves one request. Never rejects: every failure is answered. Requests outside `basePath` go to `next` when
   * given, else get a 404.
   */
  (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void): Promise<void>;
  /**
   * A `clientError` listener for the host's Node server, so requests Node refuses before the handler sees them
   * (headers over 16 KiB, malformed HTTP) get the contract's JSON error shape: `server.on('clientError',
   * handler.onClientError)`.
   */
  readonly onClientError: (error: Error, socket: Duplex) => void;
  /**
   * Creates an ACS identity and adds it, with its name, to the default directory (when no `directory` was given).
   * @throws the Identity SDK's error when the service refuses.
   */
  createUser(displayName: string, options?: { secondaryText?: string }): Promise<Person>;
  /** The Rooms client the handler calls. */
  readonly roomsClient: RoomsClient;
  /** The Identity client the handler calls. */
  readonly identityClient: CommunicationIdentityClient;
  /** The record store the handler keeps room details in. */
  readonly records: RoomRecordStore;
  /** The room event log the handler streams from and publishes its changes to. */
  readonly events: RoomEventLog;
  /** Where the handler keeps requests to join and speaker grants. */
  readonly lobby: RoomLobbyStore;
  /**
   * Reconciles the store with the service now: rooms the service has without a record are adopted (they list with
   * no title until someone gives one), records of rooms it no longer has are dropped, abandoned creates are undone.
   * Never overlaps itself: a call while one runs gets that run's report.
   */
  syncRooms(): Promise<RoomsSyncReport>;
  /**
   * Ends the event streams, stops the handler's timer and waits for work under way; closes the store (and the event
   * log) if the handler made it.
   */
  close(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;
/**
 * A join body is one id. It is read before `authorize` (the action depends on whom it names), so it gets a limit of
 * its own: nobody may make the server read a megabyte before being told no.
 */
const JOIN_BODY_LIMIT = 4 * 1024;
const DEFAULT_MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_SEARCH_LIMIT = 20;
const MAX_SEARCH_LIMIT = 100;
const DEFAULT_ROSTER_MAX_AGE_MS = 30_000;
const DEFAULT_ROSTER_MAX_PARTICIPANTS = 100_000;
const DEFAULT_SYNC_INTERVAL_MS = 60_000;
const DEFAULT_PENDING_CREATE_MS = 120_000;
/** People a room search looks for on rosters: the directory's best matches. */
const ROOM_SEARCH_PEOPLE = 100;
/** Abandoned creates are looked for on a list at most this often. */
const RECOVER_ON_LIST_EVERY_MS = 10_000;
/** Service pages one list request may read, so a run of empty pages cannot hold a request for long. */
const MAX_SERVICE_PAGES_PER_REQUEST = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,256}$/;
const CONNECTION_STRING = /endpoint=(.*?);accesskey=(.*)/i;

/** The service's own answer to a room id it does not know; the adapter turns it into `notFound`. */
function invalidRoomId(): ServiceError {
  return new ServiceError(400, 'BadRequest', 'Invalid room ID.');
}

// Each method's `authorize` action, as docs/http-contract.openapi.yaml gives it (`x-rooms-action`). A join's action
// depends on whom its body names, so it is decided in `join`.
const router = createRouter(
  {
    rooms: { path: '/rooms', methods: { GET: 'rooms:read', POST: 'rooms:create' } },
    room: { path: '/rooms/{roomId}', methods: { GET: 'rooms:read', PATCH: 'rooms:update', DELETE: 'rooms:delete' } },
    participants: {
      path: '/rooms/{roomId}/participants',
      methods: { GET: 'participants:read', PATCH: 'participants:write' },
    },
    join: { path: '/rooms/{roomId}/join', methods: { GET: 'join', POST: 'join' } },
    activity: { path: '/rooms/{roomId}/activity', methods: { GET: 'rooms:read' } },
    // The verbs first: a request id alone would match their segments too.
    cancelRequest: { path: '/rooms/{roomId}/requests/{requestId}:cancel', methods: { POST: 'lobby:request' } },
    admitRequest: { path: '/rooms/{roomId}/requests/{requestId}:admit', methods: { POST: 'lobby:decide' } },
    declineRequest: { path: '/rooms/{roomId}/requests/{requestId}:decline', methods: { POST: 'lobby:decide' } },
    request: { path: '/rooms/{roomId}/requests/{requestId}', methods: { GET: 'lobby:read' } },
    requests: { path: '/rooms/{roomId}/requests', methods: { GET: 'lobby:read', POST: 'lobby:request' } },
    moderate: { path: '/rooms/{roomId}/call:moderate', methods: { POST: 'call:moderate' } },
    events: { path: '/events', methods: { GET: 'rooms:read' } },
    people: { path: '/people', methods: { GET: 'people:search' } },
    resolvePeople: { path: '/people:resolve', methods: { POST: 'people:resolve' } },
  },
  {
    notFound: (method, pathname) =>
      new ServiceError(404, 'NotFound', `There is no ${method} ${pathname} in the Rooms API.`),
    badParameter: invalidRoomId,
  },
);

type Route = ReturnType<typeof router.match>;

function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '/').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function forbidden(target?: string): ServiceError {
  return new ServiceError(403, 'Forbidden', 'You are not allowed to do this.', { target });
}

function storeUnavailable(): ServiceError {
  return new ServiceError(503, 'ServiceUnavailable', 'The room records could not be reached; try again shortly.');
}

function preconditionFailed(current: RoomRecord): ServiceError {
  return new ServiceError(
    412,
    'PreconditionFailed',
    `Someone changed this room after you opened it (it is now at version ${current.version}). Reload it to see ` +
      'their change, or save again to overwrite it.',
    { target: 'version' },
  );
}

function participantJson(participant: RoomParticipant): { rawId: string; role: RoomRole } {
  return { rawId: getIdentifierRawId(participant.id), role: (participant.role ?? DEFAULT_ROLE) as RoomRole };
}

function user(rawId: string): CommunicationUserIdentifier {
  return { communicationUserId: rawId };
}

// The service wants a UUID; a host's UI may use any unique text. Any other key maps to a stable name-based UUID, so
// a retry with the same key still reaches the same repeatability record.
function repeatabilityId(key: string): string {
  if (UUID.test(key)) return key;
  const hex = createHash('sha256').update(`acs-rooms-kit:${key}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isLoopback(endpoint: string): boolean {
  try {
    const { hostname } = new URL(endpoint);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === '::1';
  } catch {
    return false;
  }
}

/** The part of the SDK's paged iterators the handler uses. */
interface Pager<S> {
  byPage(settings: { continuationToken?: string }): AsyncIterableIterator<S[]>;
}

interface ServicePage<T> {
  items: T[];
  nextLink?: string;
}

/**
 * Creates the Node request handler that serves the kit's HTTP contract over the official Rooms and Identity SDKs.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createPostgresRoomRecordStore, createRoomsRequestHandler } from 'acs-rooms-kit/server';
 *
 * const handler = createRoomsRequestHandler({
 *   connectionString: process.env.ACS_CONNECTION_STRING,
 *   basePath: '/api/rooms-kit',
 *   // Titles, zones, the list index and the room event stream, shared by every server behind the load balancer.
 *   records: createPostgresRoomRecordStore({ connectionString: process.env.DATABASE_URL }),
 *   // Call activity from Event Grid: subscribe POST /api/rooms-kit/eventgrid?secret=… to the resource's call events.
 *   eventGrid: { secret: process.env.EVENT_GRID_SECRET, resourceName: 'contoso-clinic' },
 *   // The signed-in user's ACS id, from the host's own session.
 *   currentUser: (req) => sessionOf(req)?.acsUserId,
 *   // Staff see their clinic's rooms; everyone else the rooms they are invited to.
 *   scope: (req) => {
 *     const session = sessionOf(req);
 *     return session?.isStaff ? { tenantId: session.clinicId } : { participantId: session?.acsUserId };
 *   },
 *   // Staff manage rooms; anyone signed in may join as themself, knock, and moderate (the roster decides whether
 *   // they get in, who may admit and who may moderate); nobody joins as someone else.
 *   authorize: (req, action) => {
 *     const session = sessionOf(req);
 *     if (!session) return false;
 *     if (action === 'join' || action.startsWith('lobby:') || action === 'call:moderate') return true;
 *     return session.isStaff && action !== 'join:asOther';
 *   },
 *   // Mutes, removals and the end of the call, carried out by the host's own call automation.
 *   callControl: myCallControl,
 * });
 * const server = createServer(handler).listen(3000, '127.0.0.1');
 * server.on('clientError', handler.onClientError);
 * // On shutdown: await handler.close();
 * // Express: app.use('/api/rooms-kit', createRoomsRequestHandler({ ..., basePath: '/' }));
 * ```
 */
export function createRoomsRequestHandler(options: RoomsRequestHandlerOptions): RoomsRequestHandler {
  if (typeof options?.authorize !== 'function') {
    throw new TypeError('createRoomsRequestHandler needs an authorize(request, action, roomId) function.');
  }
  let roomsClient = options.roomsClient;
  let identityClient = options.identityClient;
  let cursorSecret: Uint8Array | undefined =
    options.cursorSecret === undefined ? undefined : Buffer.from(options.cursorSecret, 'utf8');
  if (options.connectionString !== undefined) {
    const match = CONNECTION_STRING.exec(options.connectionString);
    if (!match?.[1] || !match[2]) {
      throw new TypeError('The connection string must look like endpoint=https://…;accesskey=….');
    }
    // Plain HTTP only reaches the local emulator; a real resource is always HTTPS.
    const clientOptions = { allowInsecureConnection: isLoopback(match[1]) };
    roomsClient ??= new RoomsClient(options.connectionString, clientOptions);
    identityClient ??= new CommunicationIdentityClient(options.connectionString, clientOptions);
    cursorSecret ??= createHmac('sha256', Buffer.from(match[2], 'base64')).update('acs-rooms-kit/cursor').digest();
  }
  if (!roomsClient || !identityClient) {
    throw new TypeError('createRoomsRequestHandler needs a connectionString, or both roomsClient and identityClient.');
  }
  const rooms: RoomsClient = roomsClient;
  const identity: CommunicationIdentityClient = identityClient;
  const cursors: CursorCodec = createCursorCodec(cursorSecret ?? randomBytes(32));
  const ownDirectory = createGrowingPeopleDirectory();
  const directory: RoomsPeopleDirectory = options.directory ?? ownDirectory;
  const basePath = normalizeBasePath(options.basePath);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const joinBodyLimit = Math.min(bodyLimit, JOIN_BODY_LIMIT);
  const maxPageSize = Math.max(1, Math.floor(options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE));
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error('acs-rooms-kit: the rooms request handler failed', error);
    });

  /** A room's whole roster, page by page through the SDK; shared by every join that waits for it, so no signal. */
  async function readRoster(roomId: string): Promise<Map<string, RoomRole>> {
    const roles = new Map<string, RoomRole>();
    for await (const participant of rooms.listParticipants(roomId)) {
      roles.set(getIdentifierRawId(participant.id), (participant.role ?? DEFAULT_ROLE) as RoomRole);
    }
    return roles;
  }

  const ownStore = options.records === undefined;
  const records: RoomRecordStore = options.records ?? createMemoryRoomRecordStore();
  const eventsOption = options.events;
  const givenLog = isEventLog(eventsOption) ? eventsOption : (eventsOption?.log ?? records.events);
  const ownLog = givenLog === undefined;
  const ownLobby = options.lobby === undefined && records.lobby === undefined;
  const lobbyStore: RoomLobbyStore = options.lobby ?? records.lobby ?? createMemoryRoomLobbyStore();
  const events = createHandlerEvents({
    ...(isEventLog(eventsOption) ? {} : eventsOption),
    records,
    log: givenLog ?? createMemoryRoomEventLog(),
    // A store without a roster lookup: the roster index (which reads the service) answers, one user at a time.
    rosterFallback: async (roomId, userIds) => {
      const found = new Set<string>();
      for (const userId of userIds) {
        try {
          if ((await roleIn(roomId, userId, new AbortController().signal)) !== undefined) found.add(userId);
        } catch (error) {
          if (!isUnknownRoomError(error)) throw error;
          return found;
        }
      }
      return found;
    },
    eventGrid: options.eventGrid,
    // A call that ends (or a presenter who leaves) gives back the roles its "invite to speak" lent.
    onCallEvents: (callEvents) => speakerGrants.endedBy(callEvents),
    onError: (error) => onError(error, undefined),
  });
  /** Publishes the events of a write that landed; never fails the write's answer. */
  function publish(entries: readonly RoomEventEntry[]): Promise<void> {
    return events.publish(entries);
  }
  /** The call going on in a room, for its answer. */
  async function liveCallOf(roomId: string) {
    return (await events.liveCalls([roomId])).get(roomId);
  }
  const pendingCreateMs = Math.max(0, options.pendingCreateMs ?? DEFAULT_PENDING_CREATE_MS);

  /** A room's whole roster, in the service's order, for the store's index. */
  async function rosterList(roomId: string): Promise<KitParticipant[]> {
    const participants: KitParticipant[] = [];
    for await (const participant of rooms.listParticipants(roomId)) {
      participants.push({
        id: getIdentifierRawId(participant.id),
        role: (participant.role ?? DEFAULT_ROLE) as RoomRole,
      });
    }
    return participants;
  }

  const reconciler = createReconciler({
    rooms,
    records,
    readRoster: rosterList,
    pendingCreateMs,
    onError: (error) => onError(error, undefined),
    onAdopted: (record) =>
      publish([
        {
          event: { type: 'roomCreated', roomId: record.roomId, room: roomOf(record, undefined, { preview: true }) },
          audience: audienceOf(record),
        },
      ]),
    onRemoved: (record) =>
      publish([{ event: { type: 'roomDeleted', roomId: record.roomId }, audience: audienceOf(record) }]),
  });

  /** Background work under way (recoveries, syncs), so `close` can wait for it. */
  const running = new Set<Promise<unknown>>();
  function inBackground(work: () => Promise<unknown>): void {
    const task = work().catch((error: unknown) => onError(error, undefined));
    running.add(task);
    void task.finally(() => running.delete(task));
  }
  let lastRecovery = Number.NEGATIVE_INFINITY;
  function recoverSoon(): void {
    if (Date.now() - lastRecovery < RECOVER_ON_LIST_EVERY_MS) return;
    lastRecovery = Date.now();
    inBackground(() => reconciler.recoverCreates());
  }
  async function reconcile(): Promise<RoomsSyncReport> {
    lastRecovery = Date.now();
    await reconciler.recoverCreates();
    return reconciler.sync();
  }
  let timer: ReturnType<typeof setInterval> | undefined;
  if (options.syncIntervalMs !== false) {
    const interval = Math.max(1000, options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
    inBackground(reconcile);
    timer = setInterval(() => inBackground(reconcile), interval);
    timer.unref?.();
  }

  const roster: RosterIndex | undefined =
    options.rosterCache === false
      ? undefined
      : createRosterIndex({
          read: readRoster,
          maxAgeMs: Math.max(0, options.rosterCache?.maxAgeMs ?? DEFAULT_ROSTER_MAX_AGE_MS),
          maxParticipants: Math.max(0, options.rosterCache?.maxParticipants ?? DEFAULT_ROSTER_MAX_PARTICIPANTS),
        });

  /** The role of `userId` in `roomId`, or `undefined` when they are not on its roster. */
  async function roleIn(roomId: string, userId: string, signal: AbortSignal): Promise<RoomRole | undefined> {
    if (roster) return roster.roleOf(roomId, userId, signal);
    for await (const participant of rooms.listParticipants(roomId, { abortSignal: signal })) {
      if (getIdentifierRawId(participant.id) === userId) return (participant.role ?? DEFAULT_ROLE) as RoomRole;
    }
    return undefined;
  }

  /** Runs a roster write and tells the index; a write that failed may still have landed, so it forgets the room. */
  async function writeRoster(roomId: string, write: () => Promise<unknown>, record: () => void): Promise<void> {
    try {
      await write();
    } catch (error) {
      roster?.forget(roomId);
      throw error;
    }
    record();
  }

  /**
   * Reads one service page (the first, or the one `link` names) through the SDK's pager and stops there. The SDK
   * keeps each page's nextLink to itself; the raw answer, through the documented `onResponse` option, is the only
   * public place to read it.
   */
  async function servicePage<S, T>(
    open: (options: { abortSignal: AbortSignal; onResponse: (raw: { parsedBody?: unknown }) => void }) => Pager<S>,
    link: string | undefined,
    signal: AbortSignal,
    map: (item: S) => T,
  ): Promise<ServicePage<T>> {
    let nextLink: string | undefined;
    const pages = open({
      abortSignal: signal,
      onResponse: (raw) => {
        nextLink = (raw.parsedBody as { nextLink?: string } | undefined)?.nextLink ?? undefined;
      },
    }).byPage(link === undefined ? {} : { continuationToken: link });
    try {
      const first = await pages.next();
      return { items: first.done ? [] : first.value.map(map), nextLink };
    } finally {
      await pages.return?.(undefined);
    }
  }

  /** The page size a list request asks for, cut to the handler's limit. */
  function pageSizeOf(url: URL): number {
    const sizeText = url.searchParams.get('pageSize');
    return sizeText === null || sizeText === ''
      ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize)
      : Math.min(validateQuery(pageSizeParam, sizeText, 'pageSize'), maxPageSize);
  }

  /** The position a list request's cursor names, `undefined` for the first page; 400 for a cursor of another list. */
  function cursorOf(url: URL, list: string): CursorPosition | undefined {
    const cursorText = url.searchParams.get('cursor');
    if (cursorText === null || cursorText === '') return undefined;
    const decoded = cursors.decode(cursorText, list);
    if (!decoded) failWith('The cursor is not valid for this list; start again from the first page.', 'cursor');
    return decoded;
  }

  /**
   * One page of the kit's list, cut from the service's pages: the service chooses its page size and may answer
   * empty pages, the caller asks for `pageSize`; the cursor remembers the service page and the place in it.
   */
  async function listPage<T>(
    list: string,
    url: URL,
    idOf: (item: T) => string,
    fetchPage: (link: string | undefined) => Promise<ServicePage<T>>,
  ): Promise<{ value: T[]; nextCursor?: string }> {
    const pageSize = pageSizeOf(url);
    let position: CursorPosition = cursorOf(url, list) ?? { list, offset: 0 };

    const value: T[] = [];
    for (let hops = 1; ; hops++) {
      const page = await fetchPage(position.link);
      let start = Math.min(position.offset, page.items.length);
      if (position.lastId !== undefined) {
        // Items before the place may have gone since the last call: find the last one returned rather than trust
        // the count, so nothing is skipped or repeated.
        const at = page.items.findIndex((item) => idOf(item) === position.lastId);
        if (at >= 0) start = at + 1;
      }
      const taken = page.items.slice(start, start + (pageSize - value.length));
      value.push(...taken);
      const end = start + taken.length;
      const last = taken.length > 0 ? idOf(taken[taken.length - 1] as T) : position.lastId;
      if (end < page.items.length) {
        const next: CursorPosition = { list, offset: end };
        if (position.link !== undefined) next.link = position.link;
        if (last !== undefined) next.lastId = last;
        return { value, nextCursor: cursors.encode(next) };
      }
      if (page.nextLink === undefined) return { value };
      position = { list, link: page.nextLink, offset: 0 };
      if (value.length >= pageSize || hops >= MAX_SERVICE_PAGES_PER_REQUEST) {
        return { value, nextCursor: cursors.encode(position) };
      }
    }
  }

  async function allowed(
    request: IncomingMessage,
    action: RoomsAction,
    roomId: string | undefined,
    details: AuthorizeDetails,
  ): Promise<void> {
    let verdict: unknown;
    try {
      verdict = await options.authorize(request, action, roomId, details);
    } catch (error) {
      onError(error, request);
      verdict = false;
    }
    if (verdict !== true) {
      throw new ServiceError(403, 'Forbidden', 'You are not allowed to do this.', {
        target: action === 'join' || action === 'join:asOther' ? 'userId' : undefined,
      });
    }
  }

  /** The signed-in user, or `undefined`; a host whose session lookup fails refuses the request. */
  async function signedInUser(request: IncomingMessage): Promise<string | undefined> {
    if (!options.currentUser) return undefined;
    try {
      const id = await options.currentUser(request);
      return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
    } catch (error) {
      onError(error, request);
      throw new ServiceError(403, 'Forbidden', 'You are not allowed to do this.', { target: 'userId' });
    }
  }

  /** The rooms the caller may see; a host whose scope lookup fails (or answers no scope) refuses the request. */
  async function scopeOf(request: IncomingMessage): Promise<RoomScope> {
    if (!options.scope) return { all: true };
    let scope: RoomScope | undefined;
    try {
      const value: unknown = await options.scope(request);
      scope = normalizeScope(value);
      if (!scope)
        throw new TypeError(
          'The handler’s scope(request) must give { all: true } or the facts a caller sees rooms by.',
        );
    } catch (error) {
      onError(error, request);
      throw forbidden();
    }
    return scope;
  }

  /** Whether a caller of `scope` may see the room of `record`; asks the roster when the record alone cannot tell. */
  async function canSee(scope: RoomScope, record: RoomRecord, signal: AbortSignal): Promise<boolean> {
    const verdict = recordInScope(scope, record);
    if (verdict !== 'roster' || scope.all === true || scope.participantId === undefined) return verdict === true;
    try {
      return (await roleIn(record.roomId, scope.participantId, signal)) !== undefined;
    } catch (error) {
      if (!isUnknownRoomError(error)) throw error;
      await reconciler.forget(record.roomId);
      return false;
    }
  }

  /**
   * The record of a room the caller may see, adopting a room the service has without one; a room that does not
   * exist, or that the caller may not see, is answered the same way: 400 `Invalid room ID.`.
   */
  async function visibleRecord(request: IncomingMessage, roomId: string, signal: AbortSignal): Promise<RoomRecord> {
    const scope = await scopeOf(request);
    const record = (await records.get(roomId)) ?? (await reconciler.adopt(roomId));
    if (!record || !(await canSee(scope, record, signal))) throw invalidRoomId();
    return record;
  }

  /** Runs a service call on a room; when the service says the room is gone, its record goes too. */
  async function onRoom<T>(roomId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isUnknownRoomError(error)) {
        await reconciler.forget(roomId);
        throw invalidRoomId();
      }
      throw error;
    }
  }

  /**
   * The one path of roster writes (`PATCH /participants`, admissions, speaker roles): the service, then the roster
   * index, the store's list index, and `participantsChanged` to the room's audience as it was before (whoever the
   * change adds or removes is named in the event itself).
   */
  async function writeParticipants(
    id: string,
    upserts: ReadonlyArray<readonly [string, RoomRole]>,
    removals: readonly string[],
    before: RoomRecord,
    request: IncomingMessage | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    await onRoom(id, () =>
      removals.length > 0
        ? writeRoster(
            id,
            () => rooms.removeParticipants(id, removals.map(user), { abortSignal: signal }),
            () => roster?.removed(id, removals),
          )
        : writeRoster(
            id,
            () =>
              rooms.addOrUpdateParticipants(
                id,
                upserts.map(([rawId, role]) => ({ id: user(rawId), role })),
                { abortSignal: signal },
              ),
            () => roster?.upserted(id, upserts),
          ),
    );
    try {
      await records.updateParticipants(id, upserts, removals);
    } catch (error) {
      // The service took the change; the list index catches up at the next sync.
      onError(error, request);
      reconciler.rosterMissed(id);
    }
    await publish([
      {
        event: {
          type: 'participantsChanged',
          roomId: id,
          upserted: upserts.map(([rawId, role]) => ({ id: rawId, role })),
          removed: [...removals],
        },
        audience: audienceOf(before),
      },
    ]);
  }

  /** The record of a room that exists, whoever asks; the same 400 as every room-level route for any other. */
  async function roomRecord(roomId: string): Promise<RoomRecord> {
    const record = (await records.get(roomId)) ?? (await reconciler.adopt(roomId));
    if (!record) throw invalidRoomId();
    return record;
  }

  const lobbyHost: RoomLobbyHost = {
    lobby: lobbyStore,
    policy: options.lobbyPolicy ?? {},
    callControl: options.callControl,
    rooms,
    records,
    bodyLimit,
    signedInUser,
    roomRecord,
    roleIn: (roomId, userId, signal) => onRoom(roomId, () => roleIn(roomId, userId, signal)),
    upsertRoles: (roomId, roles, before, signal) => writeParticipants(roomId, roles, [], before, undefined, signal),
    removeFromRoster: (roomId, userIds, before, signal) =>
      writeParticipants(roomId, [], userIds, before, undefined, signal),
    displayNameOf: async (userId) => (await directory.resolve([userId]))[0]?.displayName,
    publish,
    publishUpdated: (record, live) => publishUpdated(record, live),
    onError,
  };
  const lobbyRoutes = createLobbyRoutes(lobbyHost);
  const speakerGrants = createSpeakerGrants(lobbyHost);
  const moderationRoutes = createModerationRoutes({ host: lobbyHost, lobby: lobbyRoutes, grants: speakerGrants });

  function sendRoom(
    response: ServerResponse,
    status: number,
    record: RoomRecord,
    live: ServiceRoomFields | undefined,
    headers: Record<string, string> = {},
    call?: RoomCallSummary,
  ): void {
    sendJson(response, status, roomAnswer(record, live, { call }), { etag: etagOf(record), ...headers });
  }

  /** Tells subscribers a room changed, with the room as list items show it. */
  async function publishUpdated(record: RoomRecord, live: ServiceRoomFields | undefined, call?: RoomCallSummary) {
    await publish([
      {
        event: { type: 'roomUpdated', roomId: record.roomId, room: roomOf(record, live, { preview: true, call }) },
        audience: audienceOf(record),
      },
    ]);
  }

  /**
   * `POST /rooms`. The store learns of the create before the service is asked (an intent under the create's
   * repeatability id), and the record's insert removes that intent in the same write; so a process that dies in
   * between leaves an intent that any instance later finds and undoes. A store that fails the insert gets the room
   * deleted again at once: the caller gets an error and nothing is left half-made.
   */
  async function createRoom(request: IncomingMessage, response: ServerResponse, signal: AbortSignal): Promise<void> {
    const body = validate(createRoomBody, await readJsonBody(request, { limit: bodyLimit }));
    const clientKey = headerValue(request.headers, 'repeatability-request-id');
    if (clientKey !== undefined && !IDEMPOTENCY_KEY.test(clientKey)) {
      failWith('The idempotency key must be 1 to 256 visible ASCII characters.', 'idempotencyKey');
    }
    const organizerId = await signedInUser(request);
    const scope = await scopeOf(request);
    const tenantId = scope.all === true ? undefined : scope.tenantId;
    const key = clientKey === undefined ? randomUUID() : repeatabilityId(clientKey);
    const firstSent = Date.parse(headerValue(request.headers, 'repeatability-first-sent') ?? '');
    const participants = Object.entries(body.participants ?? {}).map(
      ([id, entry]) => [id, entry.role ?? DEFAULT_ROLE] as [string, RoomRole],
    );
    const stored: StoredCreate = {
      participants,
      firstSent: new Date(Number.isNaN(firstSent) ? Date.now() : firstSent).toUTCString(),
    };
    if (body.validFrom !== undefined) stored.validFrom = body.validFrom.toISOString();
    if (body.validUntil !== undefined) stored.validUntil = body.validUntil.toISOString();
    if (body.pstnDialOutEnabled !== undefined) stored.pstnDialOutEnabled = body.pstnDialOutEnabled;

    const owned = await records.beginCreate({ key, startedAt: new Date(), request: stored });
    let repeatabilityResult: string | undefined;
    let created: CommunicationRoom;
    try {
      created = await createInService(rooms, stored, key, {
        abortSignal: signal,
        onResponse: (raw) => {
          repeatabilityResult = raw.headers.get('repeatability-result') ?? undefined;
        },
      });
    } catch (error) {
      // A refusal made nothing; anything else may have made the room, so the intent stays for recovery to undo.
      if (owned && isRefusal(error)) await records.endCreate(key).catch((e: unknown) => onError(e, request));
      throw error;
    }

    const now = new Date();
    const record: NewRoomRecord = {
      roomId: created.id,
      createdAt: created.createdOn,
      validFrom: created.validFrom,
      validUntil: created.validUntil,
      pstnDialOutEnabled: created.pstnDialOutEnabled,
      updatedAt: now,
      adopted: false,
    };
    for (const [field, value] of Object.entries(body.details)) {
      if (typeof value === 'string') record[field as keyof typeof body.details] = value;
    }
    if (organizerId !== undefined) {
      record.organizerId = organizerId;
      record.updatedBy = organizerId;
    }
    if (tenantId !== undefined) record.tenantId = tenantId;
    const roster: KitParticipant[] = participants.map(([id, role]) => ({ id, role }));

    let saved: RoomRecord;
    try {
      saved = await insertCreated(record, roster, key);
    } catch (error) {
      onError(error, request);
      await undoCreate(created.id, key, request);
      throw storeUnavailable();
    }
    const location = `${new URL((request as { originalUrl?: string }).originalUrl ?? request.url ?? '/', 'http://handler.invalid').pathname}/${encodeURIComponent(created.id)}`;
    const headers: Record<string, string> = { location };
    if (repeatabilityResult !== undefined && clientKey !== undefined) {
      headers['repeatability-result'] = repeatabilityResult;
    }
    const live = serviceFields(created);
    // Keyed by the create's repeatability id: a repeated create is announced once.
    await publish([
      {
        event: { type: 'roomCreated', roomId: saved.roomId, room: roomOf(saved, live, { preview: true }) },
        sourceId: `create:${key}`,
        audience: audienceOf(saved),
      },
    ]);
    sendRoom(response, 201, saved, live, headers);
  }

  /**
   * Inserts a new room's record. A record already there is either this same create answered before (a repeat with
   * the same key: it stands) or the room adopted by a sync that ran while the create was under way (it gives way).
   */
  async function insertCreated(record: NewRoomRecord, roster: KitParticipant[], key: string): Promise<RoomRecord> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await records.insert(record, roster, { intentKey: key });
      } catch (error) {
        if (!(error instanceof RoomRecordStoreError && error.code === 'exists') || attempt > 0) throw error;
      }
      const existing = await records.get(record.roomId);
      if (existing && !existing.adopted) {
        await records.endCreate(key);
        return existing;
      }
      await records.update(record.roomId, (current) => (current?.adopted ? { remove: true } : { keep: true }));
    }
  }

  /** Deletes a room whose record could not be written; if that fails too, the intent stays for recovery. */
  async function undoCreate(roomId: string, key: string, request: IncomingMessage): Promise<void> {
    try {
      try {
        await rooms.deleteRoom(roomId);
      } catch (error) {
        if (!isUnknownRoomError(error)) throw error;
      }
      await records.endCreate(key);
    } catch (error) {
      onError(error, request);
    }
  }

  /** `GET /rooms`: one page of the rooms in the caller's scope, matching the search, from the store. */
  async function listRooms(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const query = url.searchParams.get('search') ?? '';
    if (query.length > MAX_QUERY_LENGTH) failWith(`Search with at most ${MAX_QUERY_LENGTH} characters.`, 'search');
    const text = roomSearchText(query);
    const scope = await scopeOf(request);
    const list = roomListName(scope, text);
    const pageSize = pageSizeOf(url);
    const position = cursorOf(url, list);
    if (position !== undefined && position.after === undefined) {
      failWith('The cursor is not valid for this list; start again from the first page.', 'cursor');
    }
    let search: { text: string; participantIds: string[] } | undefined;
    if (text !== undefined) {
      const people = await directory.search(query, ROOM_SEARCH_PEOPLE);
      search = { text, participantIds: people.slice(0, ROOM_SEARCH_PEOPLE).map((person) => person.id) };
    }
    const page = await records.list({ scope, search, after: position?.after, limit: pageSize });
    recoverSoon();
    const calls = await events.liveCalls(page.records.map((r) => r.roomId));
    const answer: { value: unknown[]; nextCursor?: string } = {
      value: page.records.map((r) => roomAnswer(r, undefined, { preview: true, call: calls.get(r.roomId) })),
    };
    if (page.next !== undefined) answer.nextCursor = cursors.encode({ list, offset: 0, after: page.next });
    sendJson(response, 200, answer);
  }

  /** `GET /rooms/{id}`: the service's room with its record; a record whose mirror is out of date is brought up to date. */
  async function getRoom(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    let record = await visibleRecord(request, roomId, signal);
    const live = serviceFields(await onRoom(roomId, () => rooms.getRoom(roomId, { abortSignal: signal })));
    const call = await liveCallOf(roomId);
    if (mirrorDiffers(record, live)) {
      const before = record.version;
      // Changed elsewhere (the portal, another tool): the store learns the window, and the version moves on.
      record =
        (await records.update(roomId, (current) =>
          current && mirrorDiffers(current, live)
            ? {
                write: {
                  validFrom: live.validFrom,
                  validUntil: live.validUntil,
                  pstnDialOutEnabled: live.pstnDialOutEnabled,
                  updatedBy: null,
                  updatedAt: new Date(),
                },
              }
            : { keep: true },
        )) ?? record;
      if (record.version !== before) await publishUpdated(record, live, call);
    }
    sendRoom(response, 200, record, live, {}, call);
  }

  /**
   * `PATCH /rooms/{id}`. The `If-Match` check and the service's update run inside the store's hold on the record,
   * so of two servers saving over the same version, only the first passes.
   */
  async function updateRoom(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    const body = validate(updateRoomBody, await readJsonBody(request, { limit: bodyLimit }));
    const ifMatch = headerValue(request.headers, 'if-match');
    const by = await signedInUser(request);
    await visibleRecord(request, roomId, signal);
    const changesWindow =
      body.validFrom !== undefined || body.validUntil !== undefined || body.pstnDialOutEnabled !== undefined;
    let live: ServiceRoomFields | undefined;
    let gone = false;
    let wrote = false;
    let removed: RoomRecord | undefined;
    const updated = await records.update(roomId, async (current) => {
      if (!current) {
        gone = true;
        return { keep: true };
      }
      if (ifMatch !== undefined && !ifMatchAllows(ifMatch, current)) throw preconditionFailed(current);
      try {
        const room = changesWindow
          ? await rooms.updateRoom(roomId, {
              validFrom: body.validFrom,
              validUntil: body.validUntil,
              pstnDialOutEnabled: body.pstnDialOutEnabled,
              abortSignal: signal,
            })
          : await rooms.getRoom(roomId, { abortSignal: signal });
        live = serviceFields(room);
      } catch (error) {
        if (!isUnknownRoomError(error)) throw error;
        gone = true;
        removed = current;
        return { remove: true };
      }
      if (!changesWindow && Object.keys(body.details).length === 0 && !mirrorDiffers(current, live)) {
        return { keep: true };
      }
      const write: RoomRecordPatch = {
        ...body.details,
        validFrom: live.validFrom,
        validUntil: live.validUntil,
        pstnDialOutEnabled: live.pstnDialOutEnabled,
        updatedBy: by ?? null,
        updatedAt: new Date(),
      };
      wrote = true;
      return { write };
    });
    if (gone || !updated) {
      if (removed) await publish([{ event: { type: 'roomDeleted', roomId }, audience: audienceOf(removed) }]);
      throw invalidRoomId();
    }
    const call = await liveCallOf(roomId);
    if (wrote) await publishUpdated(updated, live, call);
    // A room ended for everyone opens for knocks again when its organiser gives it a new end.
    if (body.validUntil !== undefined) await lobbyRoutes.windowMoved(updated);
    sendRoom(response, 200, updated, live, {}, call);
  }

  /** `DELETE /rooms/{id}`: the service's delete runs inside the store's hold on the record, which then goes. */
  async function deleteRoom(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    const ifMatch = headerValue(request.headers, 'if-match');
    await visibleRecord(request, roomId, signal);
    let gone = false;
    let removed: RoomRecord | undefined;
    try {
      await records.update(roomId, async (current) => {
        if (current && ifMatch !== undefined && !ifMatchAllows(ifMatch, current)) throw preconditionFailed(current);
        removed = current;
        try {
          await rooms.deleteRoom(roomId, { abortSignal: signal });
        } catch (error) {
          if (!isUnknownRoomError(error)) throw error;
          gone = true;
        }
        return { remove: true };
      });
    } finally {
      roster?.forget(roomId);
    }
    // A room the service no longer had is gone for subscribers too: its record went with this request.
    if (removed) {
      await lobbyRoutes.roomDeleted(removed).catch((error: unknown) => onError(error, request));
      await publish([{ event: { type: 'roomDeleted', roomId }, audience: audienceOf(removed) }]);
    }
    if (gone) throw invalidRoomId();
    sendJson(response, 204, undefined);
  }

  /**
   * `POST /rooms/{id}/join`. Which action it is depends on whom the body names, so the body is read first — with a
   * small limit, and without judging it: a body that cannot be read is authorised as the most demanding action,
   * `join:asOther`, so a caller `authorize` refuses learns nothing about what the server accepts.
   */
  async function join(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    const current = await signedInUser(request);
    let raw: unknown;
    let unreadable: unknown;
    try {
      raw = await readJsonBody(request, { limit: joinBodyLimit });
    } catch (error) {
      unreadable = error;
    }
    const named =
      typeof raw === 'object' && raw !== null && 'userId' in raw && typeof raw.userId === 'string'
        ? raw.userId.trim()
        : undefined;
    const asSelf = unreadable === undefined && current !== undefined && (named === undefined || named === current);
    if (asSelf) await allowed(request, 'join', roomId, { userId: current });
    else await allowed(request, 'join:asOther', roomId, named === undefined ? {} : { userId: named });
    if (unreadable !== undefined) throw unreadable;
    const body = validate(joinBody, raw);
    const userId = asSelf ? (current as string) : body.userId;
    if (userId === undefined) failWith('Name the user to join as (userId).', 'userId');
    if (roomId === '') throw invalidRoomId();
    await visibleRecord(request, roomId, signal);
    await lobbyRoutes.refuseClosed(roomId);

    const role = await onRoom(roomId, () => roleIn(roomId, userId, signal));
    if (role === undefined) {
      throw new ServiceError(403, 'Forbidden', 'This user is not invited to the room.', { target: 'userId' });
    }
    const token = await identity.getToken(user(userId), ['voip'], { abortSignal: signal });
    const info: Record<string, unknown> = {
      roomId,
      userId,
      role,
      token: token.token,
      expiresOn: token.expiresOn.toISOString(),
    };
    const displayName = (await directory.resolve([userId]))[0]?.displayName;
    if (displayName !== undefined) info.displayName = displayName;
    return sendJson(response, 200, info);
  }

  /**
   * `GET /rooms/{id}/join`: whether the signed-in user may join, issuing nothing. The same action as joining as
   * oneself, the same roster index; someone not on the roster gets 200 with `invited: false`, so a page opened from a
   * join link can offer knocking without a refused request. Like a knock it answers for any room that exists,
   * outside the caller's scope too, and says nothing but the caller's own standing.
   */
  async function joinStanding(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal) {
    const current = await signedInUser(request);
    await allowed(request, 'join', roomId, current === undefined ? {} : { userId: current });
    if (current === undefined) {
      failWith('Sign in first: the server answers this for the signed-in user only.', 'userId');
    }
    if (roomId === '') throw invalidRoomId();
    // Whoever asks, as a knock does: the person the link was sent to is often outside every scope of the room.
    await roomRecord(roomId);
    const role = await onRoom(roomId, () => roleIn(roomId, current, signal));
    const body: Record<string, unknown> = { roomId, userId: current, invited: role !== undefined };
    if (role !== undefined) body.role = role;
    return sendJson(response, 200, body);
  }

  async function serve(
    request: IncomingMessage,
    response: ServerResponse,
    route: Route,
    signal: AbortSignal,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://handler.invalid');
    const roomId = 'roomId' in route.params ? route.params.roomId : undefined;
    const action = route.operation;
    if (action === 'join' && route.method === 'GET') return joinStanding(request, response, roomId ?? '', signal);
    if (action === 'join') return join(request, response, roomId ?? '', signal);

    // Before anything else, the body included: a caller who may not act learns nothing, and costs nothing.
    await allowed(request, action, roomId, {});
    if (roomId === '') throw invalidRoomId();
    const jsonBody = (): Promise<unknown> => readJsonBody(request, { limit: bodyLimit });

    switch (action) {
      case 'rooms:create':
        return createRoom(request, response, signal);
      case 'rooms:read':
        if (route.kind === 'events') return events.serveStream(request, response, await scopeOf(request), url);
        if (route.kind === 'activity') {
          const id = roomId as string;
          await visibleRecord(request, id, signal);
          return sendJson(response, 200, await events.activityAnswer(id));
        }
        return roomId === undefined ? listRooms(request, response, url) : getRoom(request, response, roomId, signal);
      case 'rooms:update':
        return updateRoom(request, response, roomId as string, signal);
      case 'rooms:delete':
        return deleteRoom(request, response, roomId as string, signal);
      case 'participants:read': {
        const id = roomId as string;
        await visibleRecord(request, id, signal);
        const page = await onRoom(id, () =>
          listPage<{ rawId: string; role: RoomRole }>(
            `participants:${id}`,
            url,
            (participant) => participant.rawId,
            (link) => servicePage((o) => rooms.listParticipants(id, o), link, signal, participantJson),
          ),
        );
        return sendJson(response, 200, page);
      }
      case 'participants:write': {
        const id = roomId as string;
        const body = validate(updateParticipantsBody, await jsonBody());
        const entries = Object.entries(body.participants);
        const upserts = entries.flatMap(([rawId, entry]) =>
          entry === null ? [] : [[rawId, entry.role ?? DEFAULT_ROLE] as const],
        );
        const removals = entries.flatMap(([rawId, entry]) => (entry === null ? [rawId] : []));
        // The SDK sends upserts and removals as two requests; one patch with both could land half-way.
        if (upserts.length > 0 && removals.length > 0) {
          failWith(
            'Send additions and removals in separate requests, so each one lands whole or not at all.',
            'participants',
          );
        }
        const before = await visibleRecord(request, id, signal);
        await writeParticipants(id, upserts, removals, before, request, signal);
        return sendJson(response, 200, {});
      }
      case 'people:search': {
        const query = url.searchParams.get('search') ?? '';
        if (query.length > MAX_QUERY_LENGTH) failWith(`Search with at most ${MAX_QUERY_LENGTH} characters.`, 'search');
        const limitText = url.searchParams.get('limit');
        const limit =
          limitText === null || limitText === ''
            ? DEFAULT_SEARCH_LIMIT
            : Math.min(validateQuery(limitParam, limitText, 'limit'), MAX_SEARCH_LIMIT);
        const people = limit === 0 ? [] : await directory.search(query, limit);
        return sendJson(response, 200, { value: people.slice(0, limit) });
      }
      case 'people:resolve': {
        const body = validate(resolvePeopleBody, await jsonBody());
        const people = body.ids.length === 0 ? [] : await directory.resolve(body.ids);
        return sendJson(response, 200, { value: people });
      }
      case 'lobby:request':
      case 'lobby:read':
      case 'lobby:decide': {
        // Only the lobby's routes carry these actions (see the table above).
        const kind = route.kind as LobbyRouteKind;
        const requestId = 'requestId' in route.params ? route.params.requestId : undefined;
        return lobbyRoutes.serve(request, response, kind, roomId as string, requestId, signal);
      }
      case 'call:moderate':
        return moderationRoutes.serve(request, response, roomId as string, signal);
    }
  }

  const handler = async (
    request: IncomingMessage,
    response: ServerResponse,
    next?: (error?: unknown) => void,
  ): Promise<void> => {
    const method = (request.method ?? 'GET').toUpperCase();
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://handler.invalid').pathname;
    } catch {
      pathname = '/';
    }
    const inside = basePath === '' || pathname === basePath || pathname.startsWith(`${basePath}/`);
    if (!inside) {
      if (next) next();
      else sendError(response, new ServiceError(404, 'NotFound', 'There is nothing here.'));
      return;
    }
    const controller = new AbortController();
    // A browser that gave up must not keep the service busy on its behalf.
    const onClose = (): void => {
      if (!response.writableFinished) controller.abort();
    };
    response.on('close', onClose);
    try {
      const relative = pathname.slice(basePath.length) || '/';
      // Event Grid has no session to authorise: the receiver checks the webhook's secret itself.
      if (relative === '/eventgrid' && events.eventGrid) return await events.eventGrid(request, response);
      const route = router.match(method, relative);
      await serve(request, response, route, controller.signal);
    } catch (error) {
      if (error instanceof ServiceError) {
        sendError(response, error);
      } else if (error instanceof RoomRecordStoreError) {
        onError(error, request);
        sendError(response, storeUnavailable());
      } else if (controller.signal.aborted) {
        // The caller went away (the SDK call was cancelled, or the body never arrived): nobody to answer.
      } else {
        const mapped = fromSdkError(error);
        if (mapped) {
          sendError(response, mapped);
          if (mapped.status >= 500) onError(error, request);
        } else {
          onError(error, request);
          sendError(response, new ServiceError(500, 'InternalServerError', 'The server could not handle the request.'));
        }
      }
    } finally {
      response.off('close', onClose);
    }
  };

  return Object.assign(handler, {
    onClientError: answerClientError,
    roomsClient: rooms,
    identityClient: identity,
    records,
    events: events.log,
    lobby: lobbyStore,
    syncRooms: reconcile,
    async close(): Promise<void> {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      while (running.size > 0) await Promise.allSettled([...running]);
      await events.close();
      if (ownLog) await events.log.close();
      if (ownLobby) await lobbyStore.close();
      if (ownStore) await records.close();
    },
    async createUser(displayName: string, userOptions: { secondaryText?: string } = {}): Promise<Person> {
      const name = String(displayName ?? '').trim();
      if (name === '') throw new TypeError('createUser needs a display name.');
      const created = await identity.createUser();
      const person: Person = { id: created.communicationUserId, displayName: name };
      if (userOptions.secondaryText !== undefined) person.secondaryText = userOptions.secondaryText;
      if (!options.directory) ownDirectory.add(person);
      return { ...person };
    },
  });
}
