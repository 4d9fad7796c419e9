/**
 * A local Azure Communication Services resource for development, demos and tests: the Rooms REST API 2025-03-13 and
 * the part of the Identity API 2023-10-01 the kit uses, on loopback, with HMAC-SHA256 authentication, answering byte
 * for byte what the official `@azure/communication-rooms` and `@azure/communication-identity` SDKs send and expect.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDataFile, DATA_FILE_FORMAT, type DataFile, type DataFileContents } from './dataFile';
import { verifyRequestSignature, DEFAULT_MAX_CLOCK_SKEW_MS } from './hmac';
import { createEmulatorStore, type EmulatorStore } from './store';
import {
  EmulatorError,
  errorBody,
  IDENTITY_API_VERSION,
  invalidIdentifier,
  invalidRoomId,
  ROOMS_API_VERSION,
} from './wire';

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
   * A JSON file that holds the state across restarts; every change is on disk before it is answered.
   * @default none: the state lives in memory only
   */
  dataFile?: string;
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
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const JSON_TYPES = /^application\/(?:json|merge-patch\+json)\s*(?:;|$)/i;

type Route =
  | { kind: 'rooms' }
  | { kind: 'room'; roomId: string }
  | { kind: 'participants'; roomId: string }
  | { kind: 'identities' }
  | { kind: 'identity'; identityId: string }
  | { kind: 'identityAction'; identityId: string; action: ':issueAccessToken' | ':revokeAccessTokens' };

const ALLOWED: Record<Route['kind'], readonly string[]> = {
  rooms: ['GET', 'POST'],
  room: ['GET', 'PATCH', 'DELETE'],
  participants: ['GET', 'PATCH'],
  identities: ['POST'],
  identity: ['DELETE'],
  identityAction: ['POST'],
};

function decodeSegment(segment: string, onError: () => EmulatorError): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw onError();
  }
}

function route(pathname: string): Route | undefined {
  const segments = pathname.split('/').slice(1);
  const [first, id, tail, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (first === 'rooms') {
    if (id === undefined) return { kind: 'rooms' };
    const roomId = decodeSegment(id, invalidRoomId);
    if (tail === undefined) return { kind: 'room', roomId };
    if (tail === 'participants') return { kind: 'participants', roomId };
    return undefined;
  }
  if (first === 'identities') {
    if (id === undefined) return { kind: 'identities' };
    const identityId = decodeSegment(id, () => invalidIdentifier());
    if (tail === undefined) return { kind: 'identity', identityId };
    if (tail === ':issueAccessToken' || tail === ':revokeAccessTokens') {
      return { kind: 'identityAction', identityId, action: tail };
    }
  }
  return undefined;
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      reject(new EmulatorError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new EmulatorError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

function parseJson(body: Buffer, contentType: string | undefined): unknown {
  if (body.length === 0) return undefined;
  if (contentType !== undefined && !JSON_TYPES.test(contentType)) {
    throw new EmulatorError(415, 'UnsupportedMediaType', 'The request body must be application/json.');
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new EmulatorError(400, 'BadRequest', 'The request body is not valid JSON.');
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  response
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}

function sendError(response: ServerResponse, error: EmulatorError, headers: Record<string, string> = {}): void {
  send(response, error.status, errorBody(error), { ...headers, 'x-ms-error-code': error.code });
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

  const dataFile: DataFile | undefined = options.dataFile === undefined ? undefined : openDataFile(options.dataFile);
  const saved = await dataFile?.load();
  const accessKey = options.accessKey ?? saved?.accessKey ?? generateAccessKey();
  const store: EmulatorStore = createEmulatorStore(
    { now, pageSize, emptyPageEvery: options.emptyPageEvery, tokenKey: accessKey },
    saved?.state,
  );
  const contents = (): DataFileContents => ({
    format: DATA_FILE_FORMAT,
    version: 1,
    accessKey,
    state: store.snapshot(),
  });
  const persist = (): Promise<void> => dataFile?.commit(contents) ?? Promise.resolve();
  // Written at once, so a data file that cannot be written fails the start rather than the first change.
  await persist();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const target = request.url ?? '/';
    let body: Buffer;
    try {
      body = await readBody(request, bodyLimit);
    } catch (error) {
      if (error instanceof EmulatorError) sendError(response, error, { connection: 'close' });
      else response.destroy();
      return;
    }

    const check = verifyRequestSignature({
      method,
      url: target,
      headers: request.headers,
      body,
      accessKey,
      now: new Date(),
      maxClockSkewMs,
    });
    if (!check.ok) {
      sendError(response, new EmulatorError(401, 'Denied', `Denied by the resource provider: ${check.reason}`));
      return;
    }

    const url = new URL(target, 'http://emulator.invalid');
    const origin = `http://${request.headers.host ?? `${host}:${port}`}`;
    const found = route(url.pathname);
    if (!found) throw new EmulatorError(404, 'NotFound', 'Resource not found.');
    const allowed = ALLOWED[found.kind];
    if (!allowed.includes(method)) {
      sendError(response, new EmulatorError(405, 'MethodNotAllowed', `${method} is not supported here.`), {
        allow: allowed.join(', '),
      });
      return;
    }
    const isIdentity = found.kind === 'identities' || found.kind === 'identity' || found.kind === 'identityAction';
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
    const json = (): unknown => parseJson(body, request.headers['content-type']);
    const skipToken = url.searchParams.get('skipToken') ?? undefined;

    switch (found.kind) {
      case 'rooms': {
        if (method === 'GET') return send(response, 200, store.listRooms(skipToken, origin));
        const header = (name: string): string | undefined => {
          const value = request.headers[name];
          return Array.isArray(value) ? value[0] : value;
        };
        const requestId = header('repeatability-request-id');
        const outcome = store.createRoom(json(), { requestId, firstSent: header('repeatability-first-sent') });
        if (!outcome.replayed) await persist();
        const headers: Record<string, string> = { location: `${origin}/rooms/${encodeURIComponent(outcome.room.id)}` };
        if (requestId !== undefined) headers['repeatability-result'] = 'accepted';
        return send(response, 201, outcome.room, headers);
      }
      case 'room': {
        if (method === 'GET') return send(response, 200, store.getRoom(found.roomId));
        if (method === 'PATCH') {
          const room = store.updateRoom(found.roomId, json());
          await persist();
          return send(response, 200, room);
        }
        store.deleteRoom(found.roomId);
        await persist();
        return send(response, 204, undefined);
      }
      case 'participants': {
        if (method === 'GET') return send(response, 200, store.listParticipants(found.roomId, skipToken, origin));
        store.updateParticipants(found.roomId, json());
        await persist();
        return send(response, 200, {});
      }
      case 'identities': {
        const created = store.createIdentity(json());
        await persist();
        return send(response, 201, created);
      }
      case 'identity': {
        store.deleteIdentity(found.identityId);
        await persist();
        return send(response, 204, undefined);
      }
      case 'identityAction': {
        if (found.action === ':issueAccessToken') {
          return send(response, 200, store.issueAccessToken(found.identityId, json()));
        }
        store.revokeAccessTokens(found.identityId);
        await persist();
        return send(response, 204, undefined);
      }
    }
  }

  const active = new Set<Promise<void>>();
  const server: Server = createServer((request, response) => {
    const work = handle(request, response).catch((error: unknown) => {
      if (error instanceof EmulatorError) {
        sendError(response, error);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      sendError(response, new EmulatorError(500, 'InternalServerError', `The emulator failed: ${message}`));
    });
    active.add(work);
    void work.finally(() => active.delete(work));
  });
  server.keepAliveTimeout = 5_000;

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
        server.closeIdleConnections();
        await Promise.allSettled([...active]);
        await dataFile?.idle();
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
