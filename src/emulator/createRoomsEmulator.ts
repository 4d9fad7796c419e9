/**
 * A local Azure Communication Services resource for development, demos and tests: the Rooms REST API 2025-03-13 and
 * the part of the Identity API 2023-10-01 the kit uses, on loopback, with HMAC-SHA256 authentication, answering byte
 * for byte what the official `@azure/communication-rooms` and `@azure/communication-identity` SDKs send and expect.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataFileSystem } from './journal';
import {
  answerClientError,
  createRouter,
  headerValue,
  parseJsonBody,
  readBody,
  sendError,
  sendJson,
  ServiceError,
} from '../node/http';
import { readCallControlAction, type CallActor } from '../core/moderation';
import { MAX_SHARED_DISPLAY_NAME } from '../core/sharedCall';
import { IDENTITY_API_VERSION, ROOMS_API_VERSION } from './apiVersions';
import { verifyContentHash, verifySignedHeaders, DEFAULT_MAX_CLOCK_SKEW_MS, type SignatureCheck } from './hmac';
import { createEventGridPublisher, type EventGridPublisher } from './eventGridPublisher';
import { createSharedCallService } from './sharedCallService';
import { openEmulatorStore, type EmulatorStore } from './store';
import { EmulatorError, invalidIdentifier, invalidRoomId } from './serviceErrors';

/** Options of {@link createRoomsEmulator}. */
export interface RoomsEmulatorOptions {
  /** TCP port; 0 picks a free one. @default 0 */
  port?: number;
  /** Interface to listen on. Keep it on loopback: the emulator is for one machine. @default '127.0.0.1' */
  host?: string;
  /**
   * The resource's access key (base64), as in a connection string.
   * @default the key saved in `dataFile`, else a fresh random key
   */
  accessKey?: string;
  /**
   * A file that holds the state across restarts: a journal to which every change is appended and flushed before it
   * is made and answered. A damaged file stops the start with a message that says how to recover.
   * @default none: the state lives in memory only
   */
  dataFile?: string;
  /**
   * The file operations behind `dataFile`; tests pass one that fails some of the time, to check that a failing disk
   * loses no acknowledged write and keeps no refused one.
   * @default the real file system
   */
  fileSystem?: DataFileSystem;
  /**
   * Compact the data file (a new snapshot replaces the appended changes) once the changes take more than this many
   * bytes and more than the snapshot itself. @default 1 MiB
   */
  compactAfterBytes?: number;
  /**
   * The service's clock for room rules (default windows, the 180-day and in-the-past checks, token expiry). Request
   * signatures are always checked against the real clock, since the SDKs sign with it.
   * @default () => new Date()
   */
  now?: () => Date;
  /** Largest page of a list, as the service pages. @default 100 */
  pageSize?: number;
  /**
   * After this many non-empty pages, answer one empty page that still carries a `nextLink`, as the real service
   * sometimes does, so clients can be tested for following past it. @default never
   */
  emptyPageEvery?: number;
  /** Largest distance between a request's `x-ms-date` and the real clock. @default 15 minutes */
  maxClockSkewMs?: number;
  /** Largest request body. @default 8 MiB */
  bodyLimitBytes?: number;
  /**
   * Hears unexpected failures: of a request (the answer to it is a 500 with a fixed message: an error's own words can
   * hold file paths and internals, which a client has no business seeing), or of the data file (`request` absent).
   * @default console.error
   */
  onError?: (error: unknown, request: IncomingMessage | undefined) => void;
  /**
   * Where the shared room call posts its call events (`CallStarted`, `CallParticipantAdded`,
   * `CallParticipantRemoved`, `CallEnded`), as Event Grid would: the subscription validation handshake first, then
   * the events in the service's schema. `url` carries the webhook's `?secret=`; `topicName` names the resource in the
   * events' topic. @default none
   */
  eventGridWebhook?: { url: string; topicName?: string };
  /**
   * How long someone stays in the shared room call after their tab's stream closed, so a reconnecting tab keeps its
   * place. @default 10 seconds
   */
  callPresenceGraceMs?: number;
}

/** The resource name the Event Grid topic names when `eventGridWebhook.topicName` is not given. */
export const DEFAULT_EVENT_GRID_TOPIC_NAME = 'rooms-emulator';

/** The topic of a local resource's events, in the shape Event Grid gives a Communication Services resource. */
export function localEventGridTopic(name: string): string {
  return (
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/' +
    `Microsoft.Communication/communicationServices/${name}`
  );
}

/** A running emulator. */
export interface RoomsEmulator {
  /** Its base URL, with a trailing slash (`http://127.0.0.1:PORT/`). */
  readonly url: string;
  /** The TCP port it listens on. */
  readonly port: number;
  /** The connection string the official SDKs take: `endpoint=<url>;accesskey=<key>`. */
  readonly connectionString: string;
  /** The resource's access key (base64). */
  readonly accessKey: string;
  /** Stops listening, lets requests under way finish and their changes reach the data file. */
  close(): Promise<void>;
}

const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;
const BASE64 =
  /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$|^(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$/;

const router = createRouter(
  {
    rooms: { path: '/rooms', methods: ['GET', 'POST'] },
    room: { path: '/rooms/{roomId}', methods: ['GET', 'PATCH', 'DELETE'] },
    participants: { path: '/rooms/{roomId}/participants', methods: ['GET', 'PATCH'] },
    identities: { path: '/identities', methods: ['POST'] },
    identity: { path: '/identities/{identityId}', methods: ['DELETE'] },
    issueAccessToken: { path: '/identities/{identityId}/:issueAccessToken', methods: ['POST'] },
    revokeAccessTokens: { path: '/identities/{identityId}/:revokeAccessTokens', methods: ['POST'] },
    control: { path: '/calling/rooms/{roomId}/control', methods: ['POST'] },
  },
  {
    notFound: () => new EmulatorError(404, 'NotFound', 'Resource not found.'),
    badParameter: (name) => (name === 'roomId' ? invalidRoomId() : invalidIdentifier()),
  },
);

function denied(check: SignatureCheck): void {
  if (!check.ok) throw new EmulatorError(401, 'Denied', `Denied by the resource provider: ${check.reason}`);
}

/** Reads the body of the call control route: `{ action, by }`. */
function readControlBody(body: unknown): {
  action: NonNullable<ReturnType<typeof readCallControlAction>>;
  by: CallActor;
} {
  const { action: rawAction, by: rawBy } = (typeof body === 'object' && body !== null ? body : {}) as {
    action?: unknown;
    by?: unknown;
  };
  const action = readCallControlAction(rawAction);
  if (!action)
    throw new EmulatorError(400, 'BadRequest', 'The action is not a call control action.', { target: 'action' });
  const by = (typeof rawBy === 'object' && rawBy !== null ? rawBy : {}) as { userId?: unknown; displayName?: unknown };
  const userId = typeof by.userId === 'string' ? by.userId.trim() : '';
  if (userId === '' || userId.length > 512) {
    throw new EmulatorError(400, 'BadRequest', 'Name who takes the action: by.userId.', { target: 'by.userId' });
  }
  if (
    by.displayName !== undefined &&
    (typeof by.displayName !== 'string' || by.displayName.length > MAX_SHARED_DISPLAY_NAME)
  ) {
    throw new EmulatorError(400, 'BadRequest', 'by.displayName must be a name.', { target: 'by.displayName' });
  }
  return { action, by: typeof by.displayName === 'string' ? { userId, displayName: by.displayName } : { userId } };
}

function generateAccessKey(): string {
  // The service's keys are 64 random bytes, base64: 88 characters.
  return randomBytes(64).toString('base64');
}

/**
 * Starts a local Rooms and Identity service.
 *
 * @example
 * ```ts
 * const emulator = await createRoomsEmulator({ dataFile: '.rooms/data.json' });
 * const rooms = new RoomsClient(emulator.connectionString, { allowInsecureConnection: true });
 * const room = await rooms.createRoom({ participants: [] });
 * await emulator.close();
 * ```
 */
export async function createRoomsEmulator(options: RoomsEmulatorOptions = {}): Promise<RoomsEmulator> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  const pageSize =
    options.pageSize !== undefined && options.pageSize >= 1 ? Math.floor(options.pageSize) : DEFAULT_PAGE_SIZE;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const maxClockSkewMs = options.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  if (options.accessKey !== undefined && !BASE64.test(options.accessKey)) {
    throw new Error('The access key must be base64 text, as in a connection string.');
  }

  const onError =
    options.onError ??
    ((error: unknown, request: IncomingMessage | undefined) => {
      console.error(request ? 'rooms-emulator: a request failed' : 'rooms-emulator: the data file failed', error);
    });
  // The data file is opened (or created) here, so a file that cannot be used fails the start, not the first change.
  const store: EmulatorStore = await openEmulatorStore({
    now,
    pageSize,
    emptyPageEvery: options.emptyPageEvery,
    accessKey: options.accessKey,
    newAccessKey: generateAccessKey,
    dataFile: options.dataFile,
    fileSystem: options.fileSystem,
    compactAfterBytes: options.compactAfterBytes,
    onError: (error) => onError(error, undefined),
  });
  const accessKey = store.accessKey;
  let publisher: EventGridPublisher | undefined;
  if (options.eventGridWebhook) {
    publisher = createEventGridPublisher({
      webhookUrl: options.eventGridWebhook.url,
      topic: localEventGridTopic(options.eventGridWebhook.topicName ?? DEFAULT_EVENT_GRID_TOPIC_NAME),
      onError: (error) => onError(error, undefined),
    });
    // A webhook that never answers the handshake is reported through onError; nobody awaits it here.
    publisher.ready.catch(() => undefined);
  }
  const calling = createSharedCallService({
    store,
    now,
    presenceGraceMs: options.callPresenceGraceMs,
    publisher,
    onError: (error) => onError(error, undefined),
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const target = request.url ?? '/';
    let body: Buffer;
    try {
      body = await readBody(request, {
        limit: bodyLimit,
        // The signature covers the declared body hash, so it is checked before the body is read: a request nobody
        // signed is refused without the service reading (and holding) up to the body limit for it.
        admit: () =>
          denied(
            verifySignedHeaders({
              method,
              url: target,
              headers: request.headers,
              accessKey,
              now: new Date(),
              maxClockSkewMs,
            }),
          ),
      });
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      // The client went away while sending: nobody to answer.
      response.destroy();
      return;
    }
    denied(verifyContentHash(request.headers, body));

    const url = new URL(target, 'http://emulator.invalid');
    const origin = `http://${request.headers.host ?? `${host}:${port}`}`;
    const found = router.match(method, url.pathname);
    const json = (): unknown => parseJsonBody(body, request.headers['content-type']);
    // The call control route is the emulator's own, not a versioned Azure API.
    if (found.kind === 'control') {
      const { action, by } = readControlBody(json());
      return sendJson(response, 200, calling.control(found.params.roomId, action, by));
    }
    const isIdentity = found.kind !== 'rooms' && found.kind !== 'room' && found.kind !== 'participants';
    const expectedVersion = isIdentity ? IDENTITY_API_VERSION : ROOMS_API_VERSION;
    const version = url.searchParams.get('api-version');
    if (version === null) {
      throw new EmulatorError(
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.',
      );
    }
    if (version !== expectedVersion) {
      throw new EmulatorError(
        400,
        'UnsupportedApiVersion',
        `The api-version '${version}' is not supported here; use '${expectedVersion}'.`,
      );
    }
    const skipToken = url.searchParams.get('skipToken') ?? undefined;

    switch (found.kind) {
      case 'rooms': {
        if (method === 'GET') return sendJson(response, 200, await store.listRooms(skipToken, origin));
        const requestId = headerValue(request.headers, 'repeatability-request-id');
        const firstSent = headerValue(request.headers, 'repeatability-first-sent');
        const outcome = await store.createRoom(json(), { requestId, firstSent });
        const headers: Record<string, string> = { location: `${origin}/rooms/${encodeURIComponent(outcome.room.id)}` };
        if (requestId !== undefined) headers['repeatability-result'] = 'accepted';
        return sendJson(response, 201, outcome.room, headers);
      }
      case 'room': {
        if (method === 'GET') return sendJson(response, 200, await store.getRoom(found.params.roomId));
        if (method === 'PATCH') {
          const room = await store.updateRoom(found.params.roomId, json());
          return sendJson(response, 200, room);
        }
        await store.deleteRoom(found.params.roomId);
        return sendJson(response, 204, undefined);
      }
      case 'participants': {
        if (method === 'GET') {
          return sendJson(response, 200, await store.listParticipants(found.params.roomId, skipToken, origin));
        }
        await store.updateParticipants(found.params.roomId, json());
        return sendJson(response, 200, {});
      }
      case 'identities': {
        const created = await store.createIdentity(json());
        return sendJson(response, 201, created);
      }
      case 'identity': {
        await store.deleteIdentity(found.params.identityId);
        return sendJson(response, 204, undefined);
      }
      case 'issueAccessToken': {
        return sendJson(response, 200, await store.issueAccessToken(found.params.identityId, json()));
      }
      case 'revokeAccessTokens': {
        await store.revokeAccessTokens(found.params.identityId);
        return sendJson(response, 204, undefined);
      }
    }
  }

  const active = new Set<Promise<void>>();
  const server: Server = createServer((request, response) => {
    // The shared call is for browsers: token-authenticated and open to any origin, not signed with the access key.
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const answer = calling.handles(pathname) ? calling.handle(request, response) : handle(request, response);
    const work = answer.catch((error: unknown) => {
      if (error instanceof ServiceError) {
        sendError(response, error);
        return;
      }
      try {
        onError(error, request);
      } catch {
        // A listener that fails must not keep the client from its answer.
      }
      sendError(response, new EmulatorError(500, 'InternalServerError', 'The emulator could not handle the request.'));
    });
    active.add(work);
    void work.finally(() => active.delete(work));
  });
  server.keepAliveTimeout = 5_000;
  // Oversized headers and malformed requests get the service's JSON error shape, not Node's bare status line.
  server.on('clientError', answerClientError);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}/`;
  let closing: Promise<void> | undefined;

  return {
    url,
    port,
    accessKey,
    connectionString: `endpoint=${url};accesskey=${accessKey}`,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        calling.close();
        server.closeIdleConnections();
        await Promise.allSettled([...active]);
        await store.close();
        await publisher?.close();
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
