/**
 * The browser's door to a host's server: a {@link RoomsAdapter} over the kit's HTTP contract
 * (`docs/http-contract.openapi.yaml`), which `createRoomsRequestHandler` from `acs-rooms-kit/server` serves. Paths
 * mirror the Rooms REST API under the host's base path; the browser never holds a connection string.
 */
import type { RoomCallActivity } from '../../core/callActivity';
import type { JoinRequest } from '../../core/lobby';
import type { CallModerationAction, CallModerationResult } from '../../core/moderation';
import { RoomsError } from '../../core/errors';
import { DEFAULT_ROLE } from '../../core/roles';
import { ROOM_DETAIL_FIELDS } from '../../core/roomDetails';
import type {
  AdmitJoinRequestInput,
  CallOptions,
  CreateRoomInput,
  CreateRoomOptions,
  DeclineJoinRequestInput,
  JoinInfoOptions,
  JoinRequestInput,
  ListOptions,
  ListRoomsOptions,
  Page,
  Person,
  Room,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinStanding,
  RoomParticipant,
  RoomParticipantInput,
  RoomsAdapter,
  RoomsAdapterFeatures,
  SearchPeopleOptions,
  UpdateRoomInput,
  UpdateRoomOptions,
} from '../types';
import { createTransport, type TransportRequest } from './transport';
import { createRoomEventHub, type HttpRoomEventsOptions, type RoomEventStreamStatus } from './eventStream';
import {
  readCallModerationResult,
  readJoinInfo,
  readJoinStanding,
  readJoinRequestAnswer,
  readJoinRequestList,
  readParticipantPage,
  readPeople,
  readRoom,
  readRoomActivity,
  readRoomPage,
} from './readAnswers';

/** Options of {@link createHttpRoomsAdapter}. */
export interface HttpRoomsAdapterOptions {
  /** Where the host serves the contract, e.g. `/api/rooms-kit` or `https://example.com/api/rooms-kit`. */
  baseUrl: string;
  /** The `fetch` to use (a test double, or one that adds auth). @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Headers sent with every request (an auth token, a CSRF header). A function is called before every attempt, so a
   * fresh token can be fetched. @default none
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Cookies and credentials policy of each request. @default the browser's default ('same-origin') */
  credentials?: RequestCredentials;
  /** How long one attempt may take before it fails with `network`. @default 15000 */
  timeoutMs?: number;
  /** Further attempts of a request that is safe to repeat, after a network failure or a busy server. @default 2 */
  retries?: number;
  /** First backoff delay; doubled per retry, with jitter. @default 250 */
  retryDelayMs?: number;
  /** Longest wait between attempts, a server's `Retry-After` included. @default 10000 */
  maxRetryDelayMs?: number;
  /** How the event stream behind `subscribe` and `subscribeRooms` reconnects. @default see {@link HttpRoomEventsOptions} */
  events?: HttpRoomEventsOptions;
}

/** The HTTP adapter: a {@link RoomsAdapter} plus the base URL it talks to and the state of its event stream. */
export interface HttpRoomsAdapter extends RoomsAdapter {
  /**
   * Join policies are not part of the HTTP contract; events, activity, join info, room details, search, the lobby and
   * moderation are.
   */
  readonly features: Readonly<RoomsAdapterFeatures>;
  /** The base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The one event stream every listener of this adapter shares: whether it is open, and why not. */
  readonly eventStream: RoomEventStreamStatus;
  /**
   * Reads a room's call activity: its recent calls, who was in each and when.
   * @throws {@link RoomsError} `notFound` (target `roomId`), `forbidden`, `network`, `unavailable`, `aborted`.
   */
  getRoomActivity(roomId: string, options?: CallOptions): Promise<RoomCallActivity>;
  /**
   * Listens to a room's changes, made anywhere, over the adapter's one event stream (opened by the first listener,
   * closed after the last). After a drop the stream resumes where it stopped; when changes may have been missed (the
   * stream was opened afresh, or the gap was too old for the server to replay) the listener hears `resync` with its
   * room id and should reload what it shows.
   */
  subscribe(roomId: string, listener: (event: RoomEvent) => void): () => void;
  /**
   * Listens to the changes of every room the caller may see, `roomCreated` included, over the same stream as
   * `subscribe`; `resync` comes without a room id.
   */
  subscribeRooms(listener: (event: RoomEvent) => void): () => void;
  /**
   * Issues a VoIP token for a roster member, through the server's join endpoint.
   * @throws {@link RoomsError} `notFound` (target `roomId`), `validation` (target `userId`), `forbidden` for someone
   * not on the roster or a caller the server refuses, `network`, `unavailable`, `aborted`.
   */
  getJoinInfo(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinInfo>;
  /**
   * Asks the server's join endpoint (`GET`) whether the signed-in user may join, issuing nothing (`userId` is
   * ignored: the server answers for whoever is signed in).
   * @throws {@link RoomsError} `notFound` (target `roomId`), `validation` (target `userId`), `forbidden` for a caller
   * the server refuses, `network`, `unavailable`, `aborted`.
   */
  getJoinStanding(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinStanding>;
  /** Knocks on a room as the signed-in user (`POST {baseUrl}/rooms/{id}/requests`); see {@link RoomsAdapter.requestToJoin}. */
  requestToJoin(roomId: string, input: JoinRequestInput, options?: CallOptions): Promise<JoinRequest>;
  /** Reads a request to join; see {@link RoomsAdapter.getJoinRequest}. */
  getJoinRequest(roomId: string, requestId: string, options?: CallOptions): Promise<JoinRequest>;
  /** Withdraws the signed-in user's request; see {@link RoomsAdapter.cancelJoinRequest}. */
  cancelJoinRequest(roomId: string, requestId: string, options?: CallOptions): Promise<JoinRequest>;
  /** The room's pending requests; see {@link RoomsAdapter.listJoinRequests}. */
  listJoinRequests(roomId: string, options?: CallOptions): Promise<JoinRequest[]>;
  /** Admits a request with a role; see {@link RoomsAdapter.admitJoinRequest}. */
  admitJoinRequest(
    roomId: string,
    requestId: string,
    input?: AdmitJoinRequestInput,
    options?: CallOptions,
  ): Promise<JoinRequest>;
  /** Declines a request; see {@link RoomsAdapter.declineJoinRequest}. */
  declineJoinRequest(
    roomId: string,
    requestId: string,
    input?: DeclineJoinRequestInput,
    options?: CallOptions,
  ): Promise<JoinRequest>;
  /** Moderates the room's call (`POST {baseUrl}/rooms/{id}/call:moderate`); see {@link RoomsAdapter.moderateCall}. */
  moderateCall(roomId: string, action: CallModerationAction, options?: CallOptions): Promise<CallModerationResult>;
}

const FEATURES: Readonly<RoomsAdapterFeatures> = Object.freeze({
  joinPolicy: false,
  events: true,
  activity: true,
  joinInfo: true,
  details: true,
  search: true,
  lobby: true,
  moderation: true,
});
const MERGE_PATCH = 'application/merge-patch+json';
/** Ids per resolve request; the server accepts up to 1000. */
const RESOLVE_BATCH = 1000;

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

// A Date that is not a date cannot be sent at all; refuse it here with the same words the service would use.
function dateField(value: Date | undefined, field: 'validFrom' | 'validUntil'): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidDate(value)) {
    const which = field === 'validFrom' ? 'start' : 'end';
    throw new RoomsError('validation', `The ${which} is not a valid date and time.`, { target: field });
  }
  return value.toISOString();
}

// Null-prototype maps: an id such as `__proto__` must reach the server (and be refused there), not vanish.
function participantMap(participants: readonly RoomParticipantInput[]): Record<string, { role: string }> {
  const map = Object.create(null) as Record<string, { role: string }>;
  // A repeated id keeps the last role, as a JSON object with a repeated key does at the service.
  for (const p of participants) map[String(p?.id ?? '').trim()] = { role: p?.role ?? DEFAULT_ROLE };
  return map;
}

/**
 * Copies the details of a create or update into a request body: text as given (the server trims and judges it),
 * `null` (update only) to clear. Anything else is sent as it is, for the server to refuse with its words.
 */
function copyDetails(from: CreateRoomInput | UpdateRoomInput, body: Record<string, unknown>): void {
  for (const field of ROOM_DETAIL_FIELDS) {
    const value = (from as Record<string, unknown>)[field];
    if (value !== undefined) body[field] = value;
  }
}

/** A version as an `If-Match` entity tag. */
function entityTag(version: string): string {
  const text = String(version).trim();
  return /^(W\/)?".*"$/.test(text) || text === '*' ? text : `"${text.replace(/"/g, '')}"`;
}

/**
 * Creates the adapter a host's browser code uses to reach the host's server.
 *
 * Requests are retried (exponential backoff with jitter, honouring `Retry-After`) only when repeating them cannot do
 * harm: reads, participant merges, directory look-ups, join tokens, and creates that carry an idempotency key (sent
 * as `Repeatability-Request-ID` with `Repeatability-First-Sent`). Updates, deletes and creates without a key are
 * tried once. Every failure is a {@link RoomsError}; a timeout is `network` and says so.
 *
 * `features` is fixed by the contract: `{ joinPolicy: false, events: true, activity: true, joinInfo: true, details:
 * true, search: true, lobby: true, moderation: true }`. Knocks, their answers and moderation go to
 * `{baseUrl}/rooms/{id}/requests…` and `{baseUrl}/rooms/{id}/call:moderate`; a refusal after a decline carries
 * its `AskAgainAt` instant in `error.details`. Room events come over one Server-Sent Events stream per adapter (`GET {baseUrl}/events`),
 * read from `fetch` so it runs in browsers and in Node 20, with the same headers and credentials as every request;
 * it reconnects with backoff and resumes with `Last-Event-ID`. Rooms carry their details and `version`; `updateRoom(id, patch, { ifMatch: room.version })` sends
 * `If-Match`, and a save over a newer change is refused with `conflict` (target `version`).
 *
 * @example
 * ```tsx
 * const adapter = createHttpRoomsAdapter({
 *   baseUrl: '/api/rooms-kit',
 *   headers: async () => ({ authorization: `Bearer ${await getAccessToken()}` }),
 * });
 * <RoomsKitProvider adapter={adapter}><RoomList /></RoomsKitProvider>
 * ```
 */
export function createHttpRoomsAdapter(options: HttpRoomsAdapterOptions): HttpRoomsAdapter {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new TypeError('createHttpRoomsAdapter needs the baseUrl of the host’s rooms API.');
  }
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  const { headers } = options;
  const fetchOf = (): typeof fetch => options.fetch ?? globalThis.fetch.bind(globalThis);
  const headersOf = async (): Promise<Headers> =>
    new Headers(typeof headers === 'function' ? await headers() : headers);
  const send = createTransport({
    fetch: fetchOf,
    headers: headersOf,
    timeoutMs: options.timeoutMs ?? 15_000,
    retry: {
      retries: options.retries ?? 2,
      baseDelayMs: options.retryDelayMs ?? 250,
      maxDelayMs: options.maxRetryDelayMs ?? 10_000,
    },
    credentials: options.credentials,
    random: Math.random,
  });

  const events = createRoomEventHub({
    ...options.events,
    url: `${baseUrl}/events`,
    fetch: fetchOf,
    headers: headersOf,
    credentials: options.credentials,
  });

  const roomPath = (roomId: string): string => `${baseUrl}/rooms/${encodeURIComponent(String(roomId))}`;
  const listQuery = (list: ListRoomsOptions): string => {
    const query = new URLSearchParams();
    if (list.search !== undefined && String(list.search).trim() !== '') query.set('search', String(list.search));
    if (list.pageSize !== undefined) query.set('pageSize', String(list.pageSize));
    if (list.cursor !== undefined) query.set('cursor', String(list.cursor));
    const text = query.toString();
    return text === '' ? '' : `?${text}`;
  };
  const call = async (request: TransportRequest): Promise<unknown> => (await send(request)).body;
  const requestPath = (roomId: string, requestId: string): string =>
    `${roomPath(roomId)}/requests/${encodeURIComponent(String(requestId))}`;

  async function patchParticipants(roomId: string, participants: Record<string, unknown>, signal?: AbortSignal) {
    await call({
      method: 'PATCH',
      url: `${roomPath(roomId)}/participants`,
      body: { participants },
      contentType: MERGE_PATCH,
      // A merge that names each participant's final state gives the same roster however often it lands.
      idempotent: true,
      signal,
    });
  }

  return {
    features: FEATURES,
    baseUrl,
    eventStream: events.status,
    subscribe: (roomId, listener) => events.subscribe(roomId, listener),
    subscribeRooms: (listener) => events.subscribeRooms(listener),

    async getRoomActivity(roomId: string, callOptions: CallOptions = {}): Promise<RoomCallActivity> {
      return readRoomActivity(
        await call({
          method: 'GET',
          url: `${roomPath(roomId)}/activity`,
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async createRoom(input: CreateRoomInput = {}, createOptions: CreateRoomOptions = {}): Promise<Room> {
      const body: Record<string, unknown> = {};
      const validFrom = dateField(input.validFrom, 'validFrom');
      const validUntil = dateField(input.validUntil, 'validUntil');
      if (validFrom !== undefined) body.validFrom = validFrom;
      if (validUntil !== undefined) body.validUntil = validUntil;
      if (input.pstnDialOutEnabled !== undefined) body.pstnDialOutEnabled = input.pstnDialOutEnabled;
      if (input.participants !== undefined) body.participants = participantMap(input.participants);
      copyDetails(input, body);
      const key = createOptions.idempotencyKey;
      const requestHeaders: Record<string, string> = {};
      if (key !== undefined) {
        requestHeaders['repeatability-request-id'] = key;
        // The first attempt's time, kept across retries, as the repeatability scheme asks.
        requestHeaders['repeatability-first-sent'] = new Date().toUTCString();
      }
      return readRoom(
        await call({
          method: 'POST',
          url: `${baseUrl}/rooms`,
          body,
          headers: requestHeaders,
          idempotent: key !== undefined,
          signal: createOptions.signal,
        }),
      );
    },

    async getRoom(roomId: string, callOptions: CallOptions = {}): Promise<Room> {
      return readRoom(
        await call({ method: 'GET', url: roomPath(roomId), idempotent: true, signal: callOptions.signal }),
      );
    },

    async updateRoom(roomId: string, patch: UpdateRoomInput = {}, callOptions: UpdateRoomOptions = {}): Promise<Room> {
      const body: Record<string, unknown> = {};
      const validFrom = dateField(patch.validFrom, 'validFrom');
      const validUntil = dateField(patch.validUntil, 'validUntil');
      if (validFrom !== undefined) body.validFrom = validFrom;
      if (validUntil !== undefined) body.validUntil = validUntil;
      if (patch.pstnDialOutEnabled !== undefined) body.pstnDialOutEnabled = patch.pstnDialOutEnabled;
      copyDetails(patch, body);
      const headers: Record<string, string> = {};
      if (callOptions.ifMatch !== undefined) headers['if-match'] = entityTag(callOptions.ifMatch);
      return readRoom(
        await call({
          method: 'PATCH',
          url: roomPath(roomId),
          body,
          headers,
          contentType: MERGE_PATCH,
          idempotent: false,
          signal: callOptions.signal,
        }),
      );
    },

    async deleteRoom(roomId: string, callOptions: CallOptions = {}): Promise<void> {
      // Not retried: a repeat after a lost answer would report a deleted room as not found.
      await call({ method: 'DELETE', url: roomPath(roomId), idempotent: false, signal: callOptions.signal });
    },

    async listRooms(listOptions: ListRoomsOptions = {}): Promise<Page<Room>> {
      return readRoomPage(
        await call({
          method: 'GET',
          url: `${baseUrl}/rooms${listQuery(listOptions)}`,
          idempotent: true,
          signal: listOptions.signal,
        }),
      );
    },

    async listParticipants(roomId: string, listOptions: ListOptions = {}): Promise<Page<RoomParticipant>> {
      return readParticipantPage(
        await call({
          method: 'GET',
          url: `${roomPath(roomId)}/participants${listQuery(listOptions)}`,
          idempotent: true,
          signal: listOptions.signal,
        }),
      );
    },

    async upsertParticipants(
      roomId: string,
      participants: readonly RoomParticipantInput[],
      callOptions: CallOptions = {},
    ): Promise<void> {
      await patchParticipants(roomId, participantMap(participants), callOptions.signal);
    },

    async removeParticipants(
      roomId: string,
      participantIds: readonly string[],
      callOptions: CallOptions = {},
    ): Promise<void> {
      const map = Object.create(null) as Record<string, null>;
      for (const id of participantIds) map[String(id ?? '').trim()] = null;
      await patchParticipants(roomId, map, callOptions.signal);
    },

    async searchPeople(query: string, searchOptions: SearchPeopleOptions = {}): Promise<Person[]> {
      const params = new URLSearchParams({ search: String(query ?? '') });
      const { limit } = searchOptions;
      if (limit !== undefined && Number.isFinite(limit)) params.set('limit', String(Math.max(0, Math.floor(limit))));
      return readPeople(
        await call({
          method: 'GET',
          url: `${baseUrl}/people?${params}`,
          idempotent: true,
          signal: searchOptions.signal,
        }),
      );
    },

    async resolvePeople(ids: readonly string[], callOptions: CallOptions = {}): Promise<Person[]> {
      if (callOptions.signal?.aborted) throw new RoomsError('aborted', 'The request was cancelled.');
      const unique = [...new Set(ids.map((id) => String(id).trim()))];
      const people: Person[] = [];
      for (let start = 0; start < unique.length; start += RESOLVE_BATCH) {
        const body = await call({
          method: 'POST',
          url: `${baseUrl}/people:resolve`,
          body: { ids: unique.slice(start, start + RESOLVE_BATCH) },
          // A look-up changes nothing: safe to repeat although it is a POST.
          idempotent: true,
          signal: callOptions.signal,
        });
        people.push(...readPeople(body));
      }
      return people;
    },

    async requestToJoin(roomId: string, input: JoinRequestInput, callOptions: CallOptions = {}): Promise<JoinRequest> {
      const body: Record<string, unknown> = { displayName: input?.displayName };
      if (input?.message !== undefined) body.message = input.message;
      return readJoinRequestAnswer(
        await call({
          method: 'POST',
          url: `${roomPath(roomId)}/requests`,
          body,
          // Asking again while a request waits answers that request: a repeat makes no second one.
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async getJoinRequest(roomId: string, requestId: string, callOptions: CallOptions = {}): Promise<JoinRequest> {
      return readJoinRequestAnswer(
        await call({
          method: 'GET',
          url: requestPath(roomId, requestId),
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async cancelJoinRequest(roomId: string, requestId: string, callOptions: CallOptions = {}): Promise<JoinRequest> {
      return readJoinRequestAnswer(
        await call({
          method: 'POST',
          url: `${requestPath(roomId, requestId)}:cancel`,
          body: {},
          // The same decision heard again is answered as it stands.
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async listJoinRequests(roomId: string, callOptions: CallOptions = {}): Promise<JoinRequest[]> {
      return readJoinRequestList(
        await call({
          method: 'GET',
          url: `${roomPath(roomId)}/requests`,
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async admitJoinRequest(
      roomId: string,
      requestId: string,
      input: AdmitJoinRequestInput = {},
      callOptions: CallOptions = {},
    ): Promise<JoinRequest> {
      const body: Record<string, unknown> = {};
      if (input.role !== undefined) body.role = input.role;
      return readJoinRequestAnswer(
        await call({
          method: 'POST',
          url: `${requestPath(roomId, requestId)}:admit`,
          body,
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async declineJoinRequest(
      roomId: string,
      requestId: string,
      input: DeclineJoinRequestInput = {},
      callOptions: CallOptions = {},
    ): Promise<JoinRequest> {
      const body: Record<string, unknown> = {};
      if (input.reason !== undefined) body.reason = input.reason;
      return readJoinRequestAnswer(
        await call({
          method: 'POST',
          url: `${requestPath(roomId, requestId)}:decline`,
          body,
          idempotent: true,
          signal: callOptions.signal,
        }),
      );
    },

    async moderateCall(
      roomId: string,
      action: CallModerationAction,
      callOptions: CallOptions = {},
    ): Promise<CallModerationResult> {
      return readCallModerationResult(
        await call({
          method: 'POST',
          url: `${roomPath(roomId)}/call:moderate`,
          body: action,
          // Not repeated: inviting to speak twice, or ending twice, is not the same as once.
          idempotent: false,
          signal: callOptions.signal,
        }),
      );
    },

    async getJoinStanding(roomId: string, joinOptions: JoinInfoOptions = {}): Promise<RoomJoinStanding> {
      // The server answers for the signed-in user; `userId` is not sent.
      return readJoinStanding(
        await call({ method: 'GET', url: `${roomPath(roomId)}/join`, idempotent: true, signal: joinOptions.signal }),
      );
    },

    async getJoinInfo(roomId: string, joinOptions: JoinInfoOptions = {}): Promise<RoomJoinInfo> {
      const body: Record<string, unknown> = {};
      if (joinOptions.userId !== undefined) body.userId = joinOptions.userId.trim();
      return readJoinInfo(
        await call({
          method: 'POST',
          url: `${roomPath(roomId)}/join`,
          body,
          // A second token for the same roster member is harmless.
          idempotent: true,
          signal: joinOptions.signal,
        }),
      );
    },
  };
}
