/**
 * The host's server side of the kit: a Node request handler that serves the kit's HTTP contract
 * (`docs/http-contract.openapi.yaml`) by calling the official `RoomsClient` and `CommunicationIdentityClient`. The
 * browser talks to this handler with `createHttpRoomsAdapter`; only this handler holds the connection string.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient, type CommunicationRoom, type RoomParticipant } from '@azure/communication-rooms';
import { getIdentifierRawId, type CommunicationUserIdentifier } from '@azure/communication-common';
import type { Person } from '../core/types';
import { DEFAULT_ROLE, type RoomRole } from '../core/roles';
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
import { fromSdkError } from './sdkErrors';

/** What a caller asks to do; `authorize` decides per request. */
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
  | 'join:asOther';

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
  /** Hears unexpected failures (answered with a 500 that reveals nothing). @default console.error */
  onError?: (error: unknown, request: IncomingMessage) => void;
  /**
   * The roster index joins are answered from, so a join on a large roster does not page through all of it; `false`
   * reads the roster from the service on every join.
   * @default `{ maxAgeMs: 30000, maxParticipants: 100000 }`
   */
  rosterCache?: RosterCacheOptions | false;
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
    join: { path: '/rooms/{roomId}/join', methods: { POST: 'join' } },
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

function roomJson(room: CommunicationRoom): Record<string, unknown> {
  return {
    id: room.id,
    createdAt: room.createdOn.toISOString(),
    validFrom: room.validFrom.toISOString(),
    validUntil: room.validUntil.toISOString(),
    pstnDialOutEnabled: room.pstnDialOutEnabled,
  };
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
 * import { createRoomsRequestHandler } from 'acs-rooms-kit/server';
 *
 * const handler = createRoomsRequestHandler({
 *   connectionString: process.env.ACS_CONNECTION_STRING,
 *   basePath: '/api/rooms-kit',
 *   // The signed-in user's ACS id, from the host's own session.
 *   currentUser: (req) => sessionOf(req)?.acsUserId,
 *   // Staff manage rooms; anyone signed in may join as themself (the roster decides whether they get in); nobody
 *   // joins as someone else.
 *   authorize: (req, action) => {
 *     const session = sessionOf(req);
 *     if (!session) return false;
 *     if (action === 'join') return true;
 *     return session.isStaff && action !== 'join:asOther';
 *   },
 * });
 * const server = createServer(handler).listen(3000, '127.0.0.1');
 * server.on('clientError', handler.onClientError);
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
    const sizeText = url.searchParams.get('pageSize');
    const pageSize =
      sizeText === null || sizeText === ''
        ? Math.min(DEFAULT_PAGE_SIZE, maxPageSize)
        : Math.min(validateQuery(pageSizeParam, sizeText, 'pageSize'), maxPageSize);
    const cursorText = url.searchParams.get('cursor');
    let position: CursorPosition = { list, offset: 0 };
    if (cursorText !== null && cursorText !== '') {
      const decoded = cursors.decode(cursorText, list);
      if (!decoded) failWith('The cursor is not valid for this list; start again from the first page.', 'cursor');
      position = decoded;
    }

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

    const role = await roleIn(roomId, userId, signal);
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

  async function serve(
    request: IncomingMessage,
    response: ServerResponse,
    route: Route,
    signal: AbortSignal,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://handler.invalid');
    const roomId = 'roomId' in route.params ? route.params.roomId : undefined;
    const action = route.operation;
    if (action === 'join') return join(request, response, roomId ?? '', signal);

    // Before anything else, the body included: a caller who may not act learns nothing, and costs nothing.
    await allowed(request, action, roomId, {});
    if (roomId === '') throw invalidRoomId();
    const jsonBody = (): Promise<unknown> => readJsonBody(request, { limit: bodyLimit });

    switch (action) {
      case 'rooms:create': {
        const body = validate(createRoomBody, await jsonBody());
        const key = headerValue(request.headers, 'repeatability-request-id');
        const customHeaders: Record<string, string> = {};
        if (key !== undefined) {
          if (!IDEMPOTENCY_KEY.test(key)) {
            failWith('The idempotency key must be 1 to 256 visible ASCII characters.', 'idempotencyKey');
          }
          const firstSent = Date.parse(headerValue(request.headers, 'repeatability-first-sent') ?? '');
          customHeaders['Repeatability-Request-ID'] = repeatabilityId(key);
          customHeaders['Repeatability-First-Sent'] = new Date(
            Number.isNaN(firstSent) ? Date.now() : firstSent,
          ).toUTCString();
        }
        let repeatabilityResult: string | undefined;
        const created = await rooms.createRoom({
          validFrom: body.validFrom,
          validUntil: body.validUntil,
          pstnDialOutEnabled: body.pstnDialOutEnabled,
          participants: Object.entries(body.participants ?? {}).map(([id, entry]) => ({
            id: user(id),
            role: entry.role ?? DEFAULT_ROLE,
          })),
          abortSignal: signal,
          // The SDK makes a fresh Repeatability-Request-ID per call; its documented custom headers carry the caller's.
          requestOptions: key === undefined ? undefined : { customHeaders },
          onResponse: (raw) => {
            repeatabilityResult = raw.headers.get('repeatability-result') ?? undefined;
          },
        });
        const location = `${new URL((request as { originalUrl?: string }).originalUrl ?? request.url ?? '/', 'http://handler.invalid').pathname}/${encodeURIComponent(created.id)}`;
        const headers: Record<string, string> = { location };
        if (repeatabilityResult !== undefined) headers['repeatability-result'] = repeatabilityResult;
        return sendJson(response, 201, roomJson(created), headers);
      }
      case 'rooms:read': {
        if (roomId === undefined) {
          const page = await listPage<Record<string, unknown>>(
            'rooms',
            url,
            (room) => String(room.id),
            (link) => servicePage((o) => rooms.listRooms(o), link, signal, roomJson),
          );
          return sendJson(response, 200, page);
        }
        return sendJson(response, 200, roomJson(await rooms.getRoom(roomId, { abortSignal: signal })));
      }
      case 'rooms:update': {
        const body = validate(updateRoomBody, await jsonBody());
        const updated = await rooms.updateRoom(roomId as string, {
          validFrom: body.validFrom,
          validUntil: body.validUntil,
          pstnDialOutEnabled: body.pstnDialOutEnabled,
          abortSignal: signal,
        });
        return sendJson(response, 200, roomJson(updated));
      }
      case 'rooms:delete': {
        const id = roomId as string;
        await writeRoster(
          id,
          () => rooms.deleteRoom(id, { abortSignal: signal }),
          () => roster?.forget(id),
        );
        return sendJson(response, 204, undefined);
      }
      case 'participants:read': {
        const page = await listPage<{ rawId: string; role: RoomRole }>(
          `participants:${roomId}`,
          url,
          (participant) => participant.rawId,
          (link) => servicePage((o) => rooms.listParticipants(roomId as string, o), link, signal, participantJson),
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
        if (removals.length > 0) {
          await writeRoster(
            id,
            () => rooms.removeParticipants(id, removals.map(user), { abortSignal: signal }),
            () => roster?.removed(id, removals),
          );
        } else {
          await writeRoster(
            id,
            () =>
              rooms.addOrUpdateParticipants(
                id,
                upserts.map(([rawId, role]) => ({ id: user(rawId), role })),
                { abortSignal: signal },
              ),
            () => roster?.upserted(id, upserts),
          );
        }
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
      const route = router.match(method, pathname.slice(basePath.length) || '/');
      await serve(request, response, route, controller.signal);
    } catch (error) {
      if (error instanceof ServiceError) {
        sendError(response, error);
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
