/**
 * The embedded default backend: a complete {@link RoomsAdapter} held in memory that behaves like the Azure
 * Communication Services Rooms service (defaults, validation, merge semantics, paging quirks), keeps the details the
 * service does not (title, zone, notes, reference, organiser, version) and searches them, with fault injection and a
 * call log for stories and tests.
 */
import {
  decodeListCursor,
  encodeBase64Url,
  encodeListCursor,
  FIRST_POSITION,
  type ListPosition,
} from '../../core/cursor';
import { applyCallEvent, callSummaryOf, emptyCallActivity, type RoomCallActivity } from '../../core/callActivity';
import { isRoomsError, RoomsError } from '../../core/errors';
import { parseParticipantId } from '../../core/identifiers';
import { createPeopleDirectory, foldForSearch } from '../../core/people';
import { hashText, randomHex, seededRandom } from '../../core/random';
import type { JoinRequest, LobbyPolicy } from '../../core/lobby';
import type { CallModerationAction, CallModerationResult, RoomCallControl } from '../../core/moderation';
import { DEFAULT_ROLE } from '../../core/roles';
import { mergeRoomDetails, roomMatchesSearch, roomSearchText, type RoomSearch } from '../../core/roomDetails';
import { createRoomsModel, digitRoomIds, type ModelPage, type RoomsChange } from '../../core/roomsModel';
import { defaultValidity } from '../../core/validity';
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
  RoomCallEvent,
  RoomDetails,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinStanding,
  RoomParticipant,
  RoomParticipantInput,
  RoomRosterPreview,
  RoomsAdapter,
  RoomsAdapterFeatures,
  SearchPeopleOptions,
  UpdateRoomInput,
  UpdateRoomOptions,
} from '../types';
import {
  createFaultInjector,
  type LatencyMs,
  type RoomsAdapterOperationName,
  type RoomsFaultController,
} from './faults';
import { createInMemoryLobby } from './inMemoryLobby';
import { createInMemoryModeration } from './inMemoryModeration';
import { DEFAULT_PEOPLE } from './people';
import {
  detailsError,
  roomWithRecord,
  rosterPreviewOf,
  sameDetails,
  versionConflict,
  versionOf,
  type InMemoryRoomRecord,
} from './roomRecords';

/**
 * A room the in-memory backend starts with. Seeded windows skip validation, so a story can show an ended room; seeded
 * details are checked as a create checks them.
 */
export interface InMemoryRoomSeed {
  /**
   * The room; missing fields get the service's defaults (id generated, created now, open now for 180 days). Its
   * details (`subject`, `timeZone`, `description`, `reference`), `organizerId`, `updatedAt` and `updatedBy` are kept;
   * a `version` or `rosterPreview` given is ignored (the backend makes them).
   */
  room: Partial<Room> & { id?: string };
  /** Its roster, in the order given; a missing role means {@link DEFAULT_ROLE}. */
  participants?: readonly RoomParticipantInput[];
}

/** Options of {@link createInMemoryRoomsAdapter}. */
export interface InMemoryRoomsAdapterOptions {
  /** The backend's clock; pass a fixed one for stable stories and tests. @default () => new Date() */
  now?: () => Date;
  /** Makes generated room ids the same on every run. @default a random seed */
  seed?: number;
  /** Makes room ids instead of the built-in generator (ids must be unique). @default 17-digit ids from `seed` */
  generateRoomId?: () => string;
  /** The people directory, replacing the built-in one. @default {@link DEFAULT_PEOPLE} */
  people?: readonly Person[];
  /** Rooms to start with, in creation order. @default [] */
  rooms?: readonly InMemoryRoomSeed[];
  /**
   * Call activity to start with (a call going on, a finished call with late and absent people), applied in any order
   * as {@link InMemoryRoomsAdapter.reportCallEvent} applies it. Events of rooms not seeded are ignored. @default []
   */
  callEvents?: readonly RoomCallEvent[];
  /** Whether rooms carry a join policy, as an old preview of the service did. @default false */
  joinPolicy?: boolean;
  /**
   * The raw id of the user signed in to this backend: rooms it creates get them as `organizerId`, and every change is
   * stamped `updatedBy` them. @default none (rooms have no organiser, changes no author)
   */
  currentUser?: string;
  /** Page size when a list call names none. @default 50 */
  pageSize?: number;
  /** Largest page the backend returns, whatever the caller asks for. @default 100 */
  maxPageSize?: number;
  /**
   * After this many non-empty pages, return one empty page that still has a `nextCursor`, as the real service
   * sometimes does, so clients can be tested for following past it. @default undefined (never)
   */
  emptyPageEvery?: number;
  /** Simulated delay of every call. @default 0 */
  latencyMs?: LatencyMs;
  /** Share of calls (0..1) that fail with `unavailable`. @default 0 */
  failureRate?: number;
  /** Source for latency ranges and random failures; pass a seeded one for deterministic tests. @default Math.random */
  random?: () => number;
  /**
   * The limits of knock to join: how long a request waits before it expires, how many may wait per room, the pause
   * after a decline. Expiry follows `now`, so a story or test moves its clock to see a request expire.
   * @default DEFAULT_LOBBY_POLICY
   */
  lobbyPolicy?: Partial<LobbyPolicy>;
}

/** One call made to the in-memory adapter, as recorded in {@link InMemoryRoomsAdapter.calls}. */
export interface RoomsAdapterCall {
  /** The adapter method called. */
  readonly operation: RoomsAdapterOperationName;
  /** The room the call named (for `createRoom`, the room it created, once it succeeded). */
  readonly roomId?: string;
  /** When the call was made, by the adapter's clock. */
  readonly at: Date;
}

/** The in-memory backend: a {@link RoomsAdapter} plus the switches and records stories and tests need. */
export interface InMemoryRoomsAdapter extends RoomsAdapter {
  /**
   * Events, activity, join info, details, search and knock to join are always supported; join policies when the
   * option is on.
   */
  readonly features: Readonly<RoomsAdapterFeatures>;
  /** Makes the backend slow, failing or offline at run time. */
  readonly faults: RoomsFaultController;
  /**
   * Every asynchronous call made so far, failed and cancelled ones included, oldest first (a fresh copy on each
   * read). `subscribe` is not a call to the backend and is not recorded.
   */
  readonly calls: readonly RoomsAdapterCall[];
  /** Empties {@link InMemoryRoomsAdapter.calls}. */
  resetCalls(): void;
  /**
   * How many listeners are subscribed to one room, or, without a room, every listener (those of `subscribeRooms`
   * included); lets tests check that UI cleans up.
   */
  subscriberCount(roomId?: string): number;
  /**
   * Issues a fake join token (`inmemory.…`) for a roster member.
   * @throws {@link RoomsError} `notFound` (target `roomId`), `validation` (target `userId`) when no user is named,
   * `forbidden` for someone not on the roster, `network`, `unavailable`, `aborted`.
   */
  getJoinInfo(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinInfo>;
  /**
   * Says whether a user may join: their role, or `role: undefined` when they would knock.
   * @throws {@link RoomsError} `notFound` (target `roomId`), `validation` (target `userId`) when no user is named,
   * `network`, `unavailable`, `aborted`.
   */
  getJoinStanding(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinStanding>;
  /**
   * Reads a room's call activity: the calls reported so far (at most the latest twenty), who was in each and when.
   * @throws {@link RoomsError} `notFound` (target `roomId`), `network`, `unavailable`, `aborted`.
   */
  getRoomActivity(roomId: string, options?: CallOptions): Promise<RoomCallActivity>;
  /** Listens to a room's changes; events arrive synchronously after each mutation that changed something. */
  subscribe(roomId: string, listener: (event: RoomEvent) => void): () => void;
  /** Listens to the changes of every room, `roomCreated` and call events included, delivered as `subscribe` does. */
  subscribeRooms(listener: (event: RoomEvent) => void): () => void;
  /**
   * Reports call activity as the call service would (a call started or ended, someone joined or left): applies it
   * to the room's activity through the kit's one reducer, so rooms carry `call` while one is on, and tells the
   * room's subscribers and every `subscribeRooms` listener. A repeated event that changes nothing is not told again;
   * events of rooms the backend does not have are ignored, as the server ignores other rooms' events. Not a call to
   * the backend: it is not recorded and faults do not hit it.
   */
  reportCallEvent(event: RoomCallEvent): void;
  /**
   * Asks to join as the signed-in user (`currentUser`), who is not on the room's roster.
   * @throws {@link RoomsError} as {@link RoomsAdapter.requestToJoin}; `forbidden` without a `currentUser`.
   */
  requestToJoin(roomId: string, input: JoinRequestInput, options?: CallOptions): Promise<JoinRequest>;
  /**
   * Reads the signed-in user's own request, or any of the room's when their roster role may admit.
   * @throws {@link RoomsError} `notFound` (target `requestId`, also for someone else's request), `forbidden` without a
   * `currentUser`, `network`, `unavailable`, `aborted`.
   */
  getJoinRequest(roomId: string, requestId: string, options?: CallOptions): Promise<JoinRequest>;
  /**
   * Withdraws the signed-in user's own request.
   * @throws {@link RoomsError} `notFound`, `forbidden` for someone else's, `conflict` when answered already.
   */
  cancelJoinRequest(roomId: string, requestId: string, options?: CallOptions): Promise<JoinRequest>;
  /**
   * The pending requests, first asked first, when the signed-in user's roster role may admit.
   * @throws {@link RoomsError} `notFound`, `forbidden` for anyone else, `network`, `unavailable`, `aborted`.
   */
  listJoinRequests(roomId: string, options?: CallOptions): Promise<JoinRequest[]>;
  /**
   * Admits a request as the signed-in user: its author joins the roster with the role (`Attendee` unless named).
   * @throws {@link RoomsError} as {@link RoomsAdapter.admitJoinRequest}.
   */
  admitJoinRequest(
    roomId: string,
    requestId: string,
    input?: AdmitJoinRequestInput,
    options?: CallOptions,
  ): Promise<JoinRequest>;
  /**
   * Declines a request as the signed-in user.
   * @throws {@link RoomsError} as {@link RoomsAdapter.declineJoinRequest}.
   */
  declineJoinRequest(
    roomId: string,
    requestId: string,
    input?: DeclineJoinRequestInput,
    options?: CallOptions,
  ): Promise<JoinRequest>;
  /**
   * Moderates the room's call as the signed-in user (`currentUser`), allowed by their roster role's capability for
   * the action. "Invite to speak" and "return to listener" change the roster role (and are given back when the
   * person or the presenter who invited them leaves the call, or the call ends, as `reportCallEvent` hears it); "end
   * for everyone" with `closeRoom` ends the room's window a minute from now and closes its lobby; everything else is
   * carried out by the call control attached to the room ({@link InMemoryRoomsAdapter.attachCallControl}).
   * @throws {@link RoomsError} `forbidden` without a `currentUser` or when their role does not allow it, `notFound`,
   * `conflict` (target `userId`) when the person is not in the call or was not invited to speak, `unavailable` when
   * no call control is attached, `network`, `aborted`.
   */
  moderateCall(roomId: string, action: CallModerationAction, options?: CallOptions): Promise<CallModerationResult>;
  /**
   * Attaches the call that carries out moderation in a room (the in-process shared call attaches itself); a later
   * one replaces it. Returns a function that detaches it.
   */
  attachCallControl(roomId: string, control: RoomCallControl): () => void;
  /**
   * Knocks on a room as another user than `currentUser`, at once: lets one page show a presenter who gets requests
   * (or a test flood a room). The same rules as {@link InMemoryRoomsAdapter.requestToJoin}; not a call to the
   * backend, so it is not recorded and faults do not hit it.
   * @throws {@link RoomsError} as {@link InMemoryRoomsAdapter.requestToJoin}.
   */
  knockAs(roomId: string, userId: string, input: JoinRequestInput): JoinRequest;
  /**
   * Admits a request as another user than `currentUser` (whose roster role must allow it), at once: lets a page that
   * shows the person waiting show them being let in. Not recorded; faults do not hit it.
   * @throws {@link RoomsError} as {@link InMemoryRoomsAdapter.admitJoinRequest}.
   */
  admitAs(roomId: string, requestId: string, byUserId: string, input?: AdmitJoinRequestInput): JoinRequest;
  /**
   * Declines a request as another user than `currentUser` (whose roster role must allow it), at once. Not recorded;
   * faults do not hit it.
   * @throws {@link RoomsError} as {@link InMemoryRoomsAdapter.declineJoinRequest}.
   */
  declineAs(roomId: string, requestId: string, byUserId: string, input?: DeclineJoinRequestInput): JoinRequest;
}

interface CallRecord {
  operation: RoomsAdapterOperationName;
  roomId: string | undefined;
  at: number;
}

const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_MAX_PAGE_SIZE = 100;
const DEFAULT_SEARCH_LIMIT = 20;
const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
const ROOMS_LIST = 'rooms';
/** Repeatable-create answers kept for replay, as many as the model keeps records. */
const MAX_CREATE_ANSWERS = 10_000;

// Distinguishes adapters in one page, so one backend refuses another's cursors.
let instanceCounter = 0;

function timeOf(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date instanceof Date ? date.getTime() : Number.NaN;
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** The event subscribers of a room hear about a delete or a roster change the model made. */
function eventOf(change: Extract<RoomsChange, { type: 'roomDeleted' | 'participantsChanged' }>): RoomEvent {
  if (change.type === 'roomDeleted') return { type: 'roomDeleted', roomId: change.roomId };
  return {
    type: 'participantsChanged',
    roomId: change.roomId,
    upserted: change.upserted.map(([id, role]) => ({ id, role })),
    removed: [...change.removed],
  };
}

/** The details of a create as its idempotency key is compared by, beside the model's own fingerprint. */
function detailsFingerprint(details: RoomDetails): string {
  return JSON.stringify([details.subject, details.timeZone, details.description, details.reference]);
}

const NAME_WORDS = /[^\p{L}\p{N}]+/u;

/**
 * Whether a person is "of that name" for a room search: every word typed starts a word of their name (accents, case
 * and apostrophes ignored), or the text is their id. Job titles do not count: searching "patient" is not a name.
 */
function isNamedBy(person: Person, query: string, text: string): boolean {
  if (person.id.toLowerCase() === query.trim().toLowerCase()) return true;
  const folded = foldForSearch(person.displayName);
  const words = [...folded.split(NAME_WORDS), ...folded.replace(/['’]/g, '').split(NAME_WORDS)].filter(Boolean);
  const tokens = text.split(NAME_WORDS).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => words.some((word) => word.startsWith(token)));
}

/**
 * Creates the embedded default backend: rooms, rosters and a people directory held in memory, behaving like the
 * Azure Communication Services Rooms service, with the details the service does not keep (title, zone, notes,
 * reference, organiser, version) and a search over them. Use it in stories, tests and demos, or as a starting point
 * before a host wires `createHttpRoomsAdapter` to its server.
 *
 * @example
 * ```ts
 * const adapter = createInMemoryRoomsAdapter({ now: () => new Date('2025-06-02T09:00:00Z'), seed: 7 });
 * const room = await adapter.createRoom({
 *   subject: 'Follow-up: Priya Raman',
 *   timeZone: 'Europe/Berlin',
 *   participants: [{ id: makeUserId(0), role: 'Presenter' }],
 * });
 * await adapter.listRooms({ search: 'priya' }); // finds it by its title
 * await adapter.updateRoom(room.id, { reference: 'APPT-2026-0142' }, { ifMatch: room.version });
 *
 * adapter.faults.failNext('unavailable', { operation: 'upsertParticipants' });
 * await adapter.upsertParticipants(room.id, [{ id: makeUserId(1) }]); // rejects `unavailable`; nothing applied
 * adapter.calls.length; // 2: one create, one failed upsert
 * ```
 */
export function createInMemoryRoomsAdapter(options: InMemoryRoomsAdapterOptions = {}): InMemoryRoomsAdapter {
  const clock = options.now ?? (() => new Date());
  const nowMs = (): number => clock().getTime();
  const random = options.random ?? Math.random;
  const instance = `m${++instanceCounter}`;
  const features: Readonly<RoomsAdapterFeatures> = Object.freeze({
    joinPolicy: options.joinPolicy === true,
    events: true,
    activity: true,
    joinInfo: true,
    details: true,
    search: true,
    lobby: true,
    moderation: true,
  });
  const currentUser = options.currentUser?.trim() || undefined;
  const emptyPageEvery = positiveInteger(options.emptyPageEvery, Number.POSITIVE_INFINITY);
  const maxPageSize = positiveInteger(options.maxPageSize, DEFAULT_MAX_PAGE_SIZE);
  const defaultPageSize = Math.min(positiveInteger(options.pageSize, DEFAULT_PAGE_SIZE), maxPageSize);
  const directory = createPeopleDirectory(options.people ?? DEFAULT_PEOPLE);
  const injector = createFaultInjector({
    latencyMs: options.latencyMs,
    failureRate: options.failureRate,
    random,
  });
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  const model = createRoomsModel({
    now: clock,
    newRoomId: options.generateRoomId ?? digitRoomIds(seededRandom(seed)),
    joinPolicy: features.joinPolicy,
    emptyPageEvery: options.emptyPageEvery,
  });
  const subscriptions = new Map<string, Set<{ listener: (event: RoomEvent) => void }>>();
  const roomsSubscriptions = new Set<{ listener: (event: RoomEvent) => void }>();
  // Call activity per room, kept only for rooms that have had a call event.
  const activities = new Map<string, RoomCallActivity>();
  // What the model does not keep, per room; every room the model has has one.
  const records = new Map<string, InMemoryRoomRecord>();
  let recordSeq = 0;
  // Roster previews of list items, made on first read and dropped when the roster changes.
  const previews = new Map<string, RoomRosterPreview>();
  // The first answer of each repeatable create, replayed with its details as they were.
  const createAnswers = new Map<string, { details: string; room: Room }>();
  let calls: CallRecord[] = [];

  function emit(event: RoomEvent): void {
    const set = event.roomId === undefined ? undefined : subscriptions.get(event.roomId);
    // Taken before delivering, so a listener that subscribes another one while being told does not hear it twice.
    for (const subscription of [...(set ?? []), ...roomsSubscriptions]) {
      try {
        // Every listener gets its own copy, so one listener editing its event cannot change what the next one sees.
        subscription.listener(structuredClone(event));
      } catch (error) {
        // A broken listener must not undo or fail the mutation that already landed; surface it like an event handler.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Tells only the room's own subscribers: what a list of rooms does not follow. */
  function emitToRoom(event: RoomEvent & { roomId: string }): void {
    for (const subscription of [...(subscriptions.get(event.roomId) ?? [])]) {
      try {
        subscription.listener(structuredClone(event));
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  const requestIds = seededRandom(hashText(`lobby:${seed}`));
  const lobby = createInMemoryLobby({
    now: clock,
    policy: options.lobbyPolicy,
    newRequestId: () => `jr-${randomHex(requestIds, 16)}`,
    getRoom: (roomId) => model.getRoom(roomId),
    roleOf: (roomId, userId) => model.roleOf(roomId, userId),
    nameOf: (userId) => directory.resolve([userId])[0]?.displayName,
    planAdmit: (roomId, userId, role) => {
      const change = model.planUpsert(roomId, [{ id: userId, role }]).change;
      return () => commit(change);
    },
    emit: (event) => {
      if (event.roomId !== undefined) emitToRoom({ ...event, roomId: event.roomId });
    },
  });

  /** Makes a planned delete or roster change and tells the room's subscribers. */
  function commit(change: Extract<RoomsChange, { type: 'roomDeleted' | 'participantsChanged' }> | undefined): void {
    if (!change) return;
    model.apply(change);
    previews.delete(change.roomId);
    if (change.type === 'roomDeleted') {
      records.delete(change.roomId);
      activities.delete(change.roomId);
    }
    emit(eventOf(change));
  }

  /** Keeps the record of a room the model has just made. */
  function keepRecord(
    roomId: string,
    details: RoomDetails,
    extra: Partial<InMemoryRoomRecord> & { updatedAt: number },
  ) {
    const record: InMemoryRoomRecord = { seq: ++recordSeq, details, revision: 1, updatedAt: extra.updatedAt };
    if (extra.organizerId !== undefined) record.organizerId = extra.organizerId;
    if (extra.updatedBy !== undefined) record.updatedBy = extra.updatedBy;
    records.set(roomId, record);
  }

  /** The record of a room the model has. @throws {@link RoomsError} `notFound` for a room it does not have. */
  function recordOf(roomId: string): InMemoryRoomRecord {
    model.getRoom(roomId);
    const record = records.get(roomId);
    if (record) return record;
    // Unreachable while every create keeps a record; a room without one still gets a version rather than a crash.
    keepRecord(roomId, {}, { updatedAt: model.getRoom(roomId).createdAt.getTime() });
    return records.get(roomId) as InMemoryRoomRecord;
  }

  /** Changes a room as the signed-in user and tells everyone who follows it. */
  function patchRoom(roomId: string, patch: UpdateRoomInput): Room {
    const record = recordOf(roomId);
    const invalid = detailsError(patch);
    if (invalid) throw invalid;
    const plan = model.planUpdate(roomId, patch);
    const details = mergeRoomDetails(record.details, patch);
    if (!plan.change && sameDetails(details, record.details)) return roomOf(plan.room);
    if (plan.change) model.apply(plan.change);
    if (patch.validUntil !== undefined) lobby.reopen(roomId);
    record.details = details;
    record.revision += 1;
    record.updatedAt = nowMs();
    if (currentUser === undefined) delete record.updatedBy;
    else record.updatedBy = currentUser;
    const room = roomOf(model.getRoom(roomId));
    emit({ type: 'roomUpdated', roomId, room });
    return room;
  }

  const moderation = createInMemoryModeration({
    now: clock,
    getRoom: (roomId) => model.getRoom(roomId),
    roleOf: (roomId, userId) => model.roleOf(roomId, userId),
    nameOf: (userId) => directory.resolve([userId])[0]?.displayName,
    setRole: (roomId, userId, role) => commit(model.planUpsert(roomId, [{ id: userId, role }]).change),
    closeRoom: (roomId, validUntil) => {
      const room = model.getRoom(roomId);
      const validFrom = room.validFrom.getTime() < validUntil.getTime() ? {} : { validFrom: clock() };
      patchRoom(roomId, { ...validFrom, validUntil });
      lobby.close(roomId);
    },
  });

  /** A room as the adapter answers it: the model's room with its record and the call going on in it. */
  function roomOf(room: Room): Room {
    const result = roomWithRecord(room, records.get(room.id));
    const activity = activities.get(room.id);
    const call = activity && callSummaryOf(activity);
    if (call) result.call = call;
    return result;
  }

  /** Applies a call event of a room the model has; whether it changed the room's activity. */
  function applyCall(event: RoomCallEvent): boolean {
    // Every room the model has has a record.
    if (!records.has(event.roomId)) return false;
    const before = activities.get(event.roomId) ?? emptyCallActivity(event.roomId);
    const after = applyCallEvent(before, event);
    // The reducer makes new objects even for a redelivery, so a change is told by what the activity says.
    if (JSON.stringify(after) === JSON.stringify(before)) return false;
    activities.set(event.roomId, after);
    return true;
  }

  function previewOf(roomId: string): RoomRosterPreview {
    let preview = previews.get(roomId);
    if (!preview) {
      preview = rosterPreviewOf(model.listParticipants(roomId, FIRST_POSITION, Number.MAX_SAFE_INTEGER).items);
      previews.set(roomId, preview);
    }
    return { total: preview.total, participants: preview.participants.map((p): RoomParticipant => ({ ...p })) };
  }

  /** A room as a list item: with its record and its roster preview. */
  function listItem(room: Room): Room {
    return { ...roomOf(room), rosterPreview: previewOf(room.id) };
  }

  /**
   * One page of the rooms matching a search, in list order. The matches are positioned by creation order, so rooms
   * made or deleted between two pages neither skip nor repeat another one.
   */
  function searchPage(query: string, text: string, position: ListPosition, pageSize: number): ModelPage<Room> {
    const search: RoomSearch = {
      text,
      participantIds: new Set(
        directory
          .search(query, Number.MAX_SAFE_INTEGER)
          .filter((person) => isNamedBy(person, query, text))
          .map((person) => person.id),
      ),
    };
    const items: Room[] = [];
    let after = position.after;
    // One pass over every room: the in-memory backend has no index, and a list of rooms is small next to a roster.
    for (const room of model.listRooms(FIRST_POSITION, Number.MAX_SAFE_INTEGER).items) {
      const record = recordOf(room.id);
      if (record.seq <= position.after) continue;
      const roster =
        search.participantIds.size === 0
          ? []
          : model.listParticipants(room.id, FIRST_POSITION, Number.MAX_SAFE_INTEGER).items.map((p) => p.id);
      if (!roomMatchesSearch({ id: room.id, ...record.details }, roster, search)) continue;
      if (items.length === pageSize) return { items, next: { after, sinceEmpty: position.sinceEmpty + 1 } };
      // Reached only while a match remains, so the empty page is never the last one.
      if (position.sinceEmpty >= emptyPageEvery) {
        return { items: [], next: { after: position.after, sinceEmpty: 0 } };
      }
      items.push(listItem(room));
      after = record.seq;
    }
    return { items };
  }

  async function run<T>(
    operation: RoomsAdapterOperationName,
    roomId: string | undefined,
    signal: AbortSignal | undefined,
    apply: (record: CallRecord) => T | Promise<T>,
  ): Promise<T> {
    const record: CallRecord = { operation, roomId, at: nowMs() };
    calls.push(record);
    try {
      await injector.beforeCall(operation, signal);
      return await apply(record);
    } catch (error) {
      if (isRoomsError(error)) throw error;
      throw new RoomsError('unknown', error instanceof Error ? error.message : 'Something went wrong.', {
        cause: error,
      });
    }
  }

  function positionOf(list: string, cursor: string | undefined): ListPosition {
    if (cursor === undefined) return FIRST_POSITION;
    const position = decodeListCursor(instance, list, String(cursor));
    if (!position) throw new RoomsError('validation', 'The cursor is not valid for this list.', { target: 'cursor' });
    return position;
  }

  function pageOf<T>(list: string, page: ModelPage<T>): Page<T> {
    return page.next === undefined
      ? { items: page.items }
      : { items: page.items, nextCursor: encodeListCursor(instance, list, page.next) };
  }

  function pageSizeFor(requested: number | undefined): number {
    return requested === undefined
      ? defaultPageSize
      : Math.min(positiveInteger(requested, defaultPageSize), maxPageSize);
  }

  // Seeded rooms skip validation (a story can show an ended room), so they go straight to `apply`.
  for (const seed of options.rooms ?? []) {
    const id = seed.room.id ?? model.planCreate({}).room.id;
    const createdAt = timeOf(seed.room.createdAt) ?? nowMs();
    const validFrom = timeOf(seed.room.validFrom) ?? createdAt;
    const room = {
      id,
      createdAt,
      validFrom,
      validUntil: timeOf(seed.room.validUntil) ?? defaultValidity(new Date(validFrom)).validUntil.getTime(),
      pstnDialOutEnabled: seed.room.pstnDialOutEnabled === true,
      ...(features.joinPolicy ? { joinPolicy: seed.room.joinPolicy ?? ('inviteOnly' as const) } : {}),
    };
    const invalid = detailsError(seed.room);
    if (invalid) throw invalid;
    try {
      model.apply({
        type: 'roomCreated',
        room,
        participants: (seed.participants ?? []).map((p) => [p.id.trim(), p.role ?? DEFAULT_ROLE]),
      });
    } catch {
      throw new RoomsError('validation', `Two seeded rooms have the id ${id}.`, { target: 'rooms' });
    }
    const organizerId = seed.room.organizerId?.trim() || undefined;
    const updatedBy = seed.room.updatedBy?.trim() || organizerId;
    keepRecord(id, mergeRoomDetails({}, seed.room), {
      updatedAt: timeOf(seed.room.updatedAt) ?? createdAt,
      ...(organizerId === undefined ? {} : { organizerId }),
      ...(updatedBy === undefined ? {} : { updatedBy }),
    });
  }

  for (const event of options.callEvents ?? []) applyCall(structuredClone(event));

  /** The one rule for who may join, shared by getJoinStanding and getJoinInfo. */
  function standing(roomId: string, named: string | undefined): RoomJoinStanding {
    const room = model.getRoom(roomId);
    const userId = named?.trim();
    if (!userId) {
      throw new RoomsError('validation', 'Name the user to join as.', { target: 'userId' });
    }
    let role = model.roleOf(roomId, userId);
    // An open room (old preview) lets any user of the resource in, with the role the service defaults to.
    if (!role && room.joinPolicy === 'communicationServiceUsers' && parseParticipantId(userId).ok) {
      role = DEFAULT_ROLE;
    }
    return { roomId, userId, role };
  }

  const adapter: InMemoryRoomsAdapter = {
    features,
    faults: injector.controller,

    get calls(): readonly RoomsAdapterCall[] {
      return Object.freeze(
        calls.map((record) =>
          Object.freeze(
            record.roomId === undefined
              ? { operation: record.operation, at: new Date(record.at) }
              : { operation: record.operation, roomId: record.roomId, at: new Date(record.at) },
          ),
        ),
      );
    },

    resetCalls() {
      calls = [];
    },

    subscriberCount(roomId) {
      if (roomId !== undefined) return subscriptions.get(roomId)?.size ?? 0;
      let count = roomsSubscriptions.size;
      for (const set of subscriptions.values()) count += set.size;
      return count;
    },

    createRoom(input: CreateRoomInput = {}, createOptions: CreateRoomOptions = {}) {
      return run('createRoom', undefined, createOptions.signal, (call) => {
        const invalid = detailsError(input);
        if (invalid) throw invalid;
        const key = createOptions.idempotencyKey;
        const plan = model.planCreate(input, key);
        const details = mergeRoomDetails({}, input);
        if (plan.kind === 'replay') {
          const first = key === undefined ? undefined : createAnswers.get(key);
          if (first && first.details !== detailsFingerprint(details)) {
            throw new RoomsError('conflict', 'This idempotency key was already used to create a different room.', {
              target: 'idempotencyKey',
            });
          }
          call.roomId = plan.room.id;
          return first ? structuredClone(first.room) : plan.room;
        }
        model.apply(plan.change);
        keepRecord(plan.room.id, details, {
          updatedAt: plan.room.createdAt.getTime(),
          ...(currentUser === undefined ? {} : { organizerId: currentUser, updatedBy: currentUser }),
        });
        const room = roomOf(plan.room);
        if (key !== undefined) {
          createAnswers.set(key, { details: detailsFingerprint(details), room: structuredClone(room) });
          if (createAnswers.size > MAX_CREATE_ANSWERS) {
            const oldest = createAnswers.keys().next();
            if (!oldest.done) createAnswers.delete(oldest.value);
          }
        }
        call.roomId = room.id;
        emit({ type: 'roomCreated', roomId: room.id, room });
        return room;
      });
    },

    getRoom(roomId: string, callOptions: CallOptions = {}) {
      return run('getRoom', roomId, callOptions.signal, () => roomOf(model.getRoom(roomId)));
    },

    updateRoom(roomId: string, patch: UpdateRoomInput = {}, callOptions: UpdateRoomOptions = {}) {
      return run('updateRoom', roomId, callOptions.signal, () => {
        const record = recordOf(roomId);
        if (callOptions.ifMatch !== undefined && String(callOptions.ifMatch) !== versionOf(record)) {
          throw versionConflict(record);
        }
        return patchRoom(roomId, patch);
      });
    },

    deleteRoom(roomId: string, callOptions: CallOptions = {}) {
      return run('deleteRoom', roomId, callOptions.signal, () => {
        const change = model.planDelete(roomId);
        lobby.forget(roomId);
        moderation.forget(roomId);
        commit(change);
      });
    },

    listRooms(listOptions: ListRoomsOptions = {}) {
      return run('listRooms', undefined, listOptions.signal, () => {
        const pageSize = pageSizeFor(listOptions.pageSize);
        const query = listOptions.search === undefined ? '' : String(listOptions.search);
        const text = roomSearchText(query);
        if (text === undefined) {
          const page = model.listRooms(positionOf(ROOMS_LIST, listOptions.cursor), pageSize);
          return pageOf(ROOMS_LIST, { ...page, items: page.items.map(listItem) });
        }
        // A cursor names its search, so one from another search (or from the whole list) is refused.
        const list = `${ROOMS_LIST}?search=${text}`;
        return pageOf(list, searchPage(query, text, positionOf(list, listOptions.cursor), pageSize));
      });
    },

    listParticipants(roomId: string, listOptions: ListOptions = {}) {
      return run('listParticipants', roomId, listOptions.signal, () => {
        const list = `participants:${roomId}`;
        model.getRoom(roomId);
        return pageOf(
          list,
          model.listParticipants(roomId, positionOf(list, listOptions.cursor), pageSizeFor(listOptions.pageSize)),
        );
      });
    },

    upsertParticipants(roomId: string, participants: readonly RoomParticipantInput[], callOptions: CallOptions = {}) {
      return run('upsertParticipants', roomId, callOptions.signal, () => {
        commit(model.planUpsert(roomId, participants).change);
      });
    },

    removeParticipants(roomId: string, participantIds: readonly string[], callOptions: CallOptions = {}) {
      return run('removeParticipants', roomId, callOptions.signal, () => {
        commit(model.planRemove(roomId, participantIds).change);
      });
    },

    searchPeople(query: string, searchOptions: SearchPeopleOptions = {}) {
      return run('searchPeople', undefined, searchOptions.signal, () => {
        const { limit } = searchOptions;
        const max =
          limit === undefined || !Number.isFinite(limit) ? DEFAULT_SEARCH_LIMIT : Math.max(0, Math.floor(limit));
        return directory.search(String(query ?? ''), max);
      });
    },

    resolvePeople(ids: readonly string[], callOptions: CallOptions = {}) {
      return run('resolvePeople', undefined, callOptions.signal, () => directory.resolve(ids.map(String)));
    },

    getJoinStanding(roomId: string, joinOptions: JoinInfoOptions = {}) {
      return run('getJoinStanding', roomId, joinOptions.signal, () => standing(roomId, joinOptions.userId));
    },

    getJoinInfo(roomId: string, joinOptions: JoinInfoOptions = {}) {
      return run('getJoinInfo', roomId, joinOptions.signal, () => {
        const { userId, role } = standing(roomId, joinOptions.userId);
        if (!role) {
          throw new RoomsError('forbidden', 'This user is not invited to the room.', { target: 'userId' });
        }
        const expiresOn = new Date(nowMs() + TOKEN_LIFETIME_MS);
        const token = `inmemory.${encodeBase64Url(
          JSON.stringify({ fake: 'not an ACS token', roomId, userId, role, exp: expiresOn.toISOString() }),
        )}`;
        const info: RoomJoinInfo = { roomId, userId, role, token, expiresOn };
        const displayName = directory.resolve([userId])[0]?.displayName;
        if (displayName !== undefined) info.displayName = displayName;
        return info;
      });
    },

    getRoomActivity(roomId: string, callOptions: CallOptions = {}) {
      return run('getRoomActivity', roomId, callOptions.signal, () => {
        model.getRoom(roomId);
        return structuredClone(activities.get(roomId) ?? emptyCallActivity(roomId));
      });
    },

    requestToJoin(roomId: string, input: JoinRequestInput, callOptions: CallOptions = {}) {
      return run('requestToJoin', roomId, callOptions.signal, () => lobby.request(currentUser, roomId, input));
    },

    getJoinRequest(roomId: string, requestId: string, callOptions: CallOptions = {}) {
      return run('getJoinRequest', roomId, callOptions.signal, () => lobby.get(currentUser, roomId, requestId));
    },

    cancelJoinRequest(roomId: string, requestId: string, callOptions: CallOptions = {}) {
      return run('cancelJoinRequest', roomId, callOptions.signal, () => lobby.cancel(currentUser, roomId, requestId));
    },

    listJoinRequests(roomId: string, callOptions: CallOptions = {}) {
      return run('listJoinRequests', roomId, callOptions.signal, () => lobby.list(currentUser, roomId));
    },

    admitJoinRequest(
      roomId: string,
      requestId: string,
      input: AdmitJoinRequestInput = {},
      callOptions: CallOptions = {},
    ) {
      return run('admitJoinRequest', roomId, callOptions.signal, () =>
        lobby.admit(currentUser, roomId, requestId, input),
      );
    },

    declineJoinRequest(
      roomId: string,
      requestId: string,
      input: DeclineJoinRequestInput = {},
      callOptions: CallOptions = {},
    ) {
      return run('declineJoinRequest', roomId, callOptions.signal, () =>
        lobby.decline(currentUser, roomId, requestId, input),
      );
    },

    moderateCall(roomId: string, action: CallModerationAction, callOptions: CallOptions = {}) {
      return run('moderateCall', roomId, callOptions.signal, () => moderation.moderate(currentUser, roomId, action));
    },

    attachCallControl(roomId: string, control: RoomCallControl) {
      return moderation.attach(roomId, control);
    },

    knockAs(roomId: string, userId: string, input: JoinRequestInput) {
      return lobby.request(String(userId).trim() || undefined, roomId, input);
    },

    admitAs(roomId: string, requestId: string, byUserId: string, input: AdmitJoinRequestInput = {}) {
      return lobby.admit(String(byUserId).trim() || undefined, roomId, requestId, input);
    },

    declineAs(roomId: string, requestId: string, byUserId: string, input: DeclineJoinRequestInput = {}) {
      return lobby.decline(String(byUserId).trim() || undefined, roomId, requestId, input);
    },

    reportCallEvent(event: RoomCallEvent) {
      // A copy, so the caller changing its event later cannot reach the backend's state.
      const own = structuredClone(event);
      if (!records.has(own.roomId)) return;
      if (applyCall(own)) emit(own);
      // After the event is told, so a role given back is heard after the leave or end that caused it.
      moderation.heard(own);
    },

    subscribeRooms(listener: (event: RoomEvent) => void) {
      const subscription = { listener };
      roomsSubscriptions.add(subscription);
      return () => {
        roomsSubscriptions.delete(subscription);
      };
    },

    subscribe(roomId: string, listener: (event: RoomEvent) => void) {
      const subscription = { listener };
      let set = subscriptions.get(roomId);
      if (!set) {
        set = new Set();
        subscriptions.set(roomId, set);
      }
      set.add(subscription);
      return () => {
        const current = subscriptions.get(roomId);
        if (!current) return;
        current.delete(subscription);
        if (current.size === 0) subscriptions.delete(roomId);
      };
    },
  };

  return adapter;
}
