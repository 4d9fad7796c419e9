/**
 * The embedded default backend: a complete {@link RoomsAdapter} held in memory that behaves like the Azure
 * Communication Services Rooms service (defaults, validation, merge semantics, paging quirks), with fault injection
 * and a call log for stories and tests.
 */
import {
  decodeListCursor,
  encodeBase64Url,
  encodeListCursor,
  FIRST_POSITION,
  type ListPosition,
} from '../../core/cursor';
import { isRoomsError, RoomsError } from '../../core/errors';
import { parseParticipantId } from '../../core/identifiers';
import { createPeopleDirectory } from '../../core/people';
import { seededRandom } from '../../core/random';
import { DEFAULT_ROLE } from '../../core/roles';
import { createRoomsModel, digitRoomIds, type ModelPage, type RoomsChange } from '../../core/roomsModel';
import { defaultValidity } from '../../core/validity';
import type {
  CallOptions,
  CreateRoomInput,
  CreateRoomOptions,
  JoinInfoOptions,
  ListOptions,
  Page,
  Person,
  Room,
  RoomEvent,
  RoomJoinInfo,
  RoomParticipantInput,
  RoomsAdapter,
  RoomsAdapterFeatures,
  SearchPeopleOptions,
  UpdateRoomInput,
} from '../types';
import {
  createFaultInjector,
  type LatencyMs,
  type RoomsAdapterOperationName,
  type RoomsFaultController,
} from './faults';
import { DEFAULT_PEOPLE } from './people';

/** A room the in-memory backend starts with. Seeded rooms skip validation, so a story can show an ended room. */
export interface InMemoryRoomSeed {
  /** The room; missing fields get the service's defaults (id generated, created now, open now for 180 days). */
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
  /** Whether rooms carry a join policy, as an old preview of the service did. @default false */
  joinPolicy?: boolean;
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
  /** Events and join info are always supported; join policies when the option is on. */
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
  /** How many listeners are subscribed to one room, or to all rooms; lets tests check that UI cleans up. */
  subscriberCount(roomId?: string): number;
  /**
   * Issues a fake join token (`inmemory.…`) for a roster member.
   * @throws {@link RoomsError} `notFound` (target `roomId`), `validation` (target `userId`) when no user is named,
   * `forbidden` for someone not on the roster, `network`, `unavailable`, `aborted`.
   */
  getJoinInfo(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinInfo>;
  /** Listens to a room's changes; events arrive synchronously after each mutation that changed something. */
  subscribe(roomId: string, listener: (event: RoomEvent) => void): () => void;
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

// Distinguishes adapters in one page, so one backend refuses another's cursors.
let instanceCounter = 0;

function timeOf(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date instanceof Date ? date.getTime() : Number.NaN;
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** The event subscribers of a room hear about a change the model made. */
function eventOf(change: RoomsChange, room: () => Room): RoomEvent {
  switch (change.type) {
    case 'roomDeleted':
      return { type: 'roomDeleted', roomId: change.roomId };
    case 'participantsChanged':
      return {
        type: 'participantsChanged',
        roomId: change.roomId,
        upserted: change.upserted.map(([id, role]) => ({ id, role })),
        removed: [...change.removed],
      };
    default:
      return {
        type: 'roomUpdated',
        roomId: change.type === 'roomCreated' ? change.room.id : change.roomId,
        room: room(),
      };
  }
}

/**
 * Creates the embedded default backend: rooms, rosters and a people directory held in memory, behaving like the
 * Azure Communication Services Rooms service. Use it in stories, tests and demos, or as a starting point before a
 * host wires `createHttpRoomsAdapter` to its server.
 *
 * @example
 * ```ts
 * const adapter = createInMemoryRoomsAdapter({ now: () => new Date('2025-06-02T09:00:00Z'), seed: 7 });
 * const room = await adapter.createRoom({ participants: [{ id: makeUserId(0), role: 'Presenter' }] });
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
    joinInfo: true,
    details: false,
    search: false,
  });
  const maxPageSize = positiveInteger(options.maxPageSize, DEFAULT_MAX_PAGE_SIZE);
  const defaultPageSize = Math.min(positiveInteger(options.pageSize, DEFAULT_PAGE_SIZE), maxPageSize);
  const directory = createPeopleDirectory(options.people ?? DEFAULT_PEOPLE);
  const injector = createFaultInjector({
    latencyMs: options.latencyMs,
    failureRate: options.failureRate,
    random,
  });
  const model = createRoomsModel({
    now: clock,
    newRoomId:
      options.generateRoomId ?? digitRoomIds(seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32))),
    joinPolicy: features.joinPolicy,
    emptyPageEvery: options.emptyPageEvery,
  });
  const subscriptions = new Map<string, Set<{ listener: (event: RoomEvent) => void }>>();
  let calls: CallRecord[] = [];

  function emit(event: RoomEvent): void {
    const set = subscriptions.get(event.roomId);
    if (!set) return;
    for (const subscription of [...set]) {
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

  /** Makes a planned change and tells the room's subscribers (a new room has none yet). */
  function commit(change: RoomsChange | undefined): void {
    if (!change) return;
    model.apply(change);
    if (change.type !== 'roomCreated') emit(eventOf(change, () => model.getRoom(change.roomId)));
  }

  async function run<T>(
    operation: RoomsAdapterOperationName,
    roomId: string | undefined,
    signal: AbortSignal | undefined,
    apply: (record: CallRecord) => T,
  ): Promise<T> {
    const record: CallRecord = { operation, roomId, at: nowMs() };
    calls.push(record);
    try {
      await injector.beforeCall(operation, signal);
      return apply(record);
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
    try {
      model.apply({
        type: 'roomCreated',
        room,
        participants: (seed.participants ?? []).map((p) => [p.id.trim(), p.role ?? DEFAULT_ROLE]),
      });
    } catch {
      throw new RoomsError('validation', `Two seeded rooms have the id ${id}.`, { target: 'rooms' });
    }
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
      let count = 0;
      for (const set of subscriptions.values()) count += set.size;
      return count;
    },

    createRoom(input: CreateRoomInput = {}, createOptions: CreateRoomOptions = {}) {
      return run('createRoom', undefined, createOptions.signal, (record) => {
        const plan = model.planCreate(input, createOptions.idempotencyKey);
        if (plan.kind === 'create') commit(plan.change);
        record.roomId = plan.room.id;
        return plan.room;
      });
    },

    getRoom(roomId: string, callOptions: CallOptions = {}) {
      return run('getRoom', roomId, callOptions.signal, () => model.getRoom(roomId));
    },

    updateRoom(roomId: string, patch: UpdateRoomInput = {}, callOptions: CallOptions = {}) {
      return run('updateRoom', roomId, callOptions.signal, () => {
        const plan = model.planUpdate(roomId, patch);
        commit(plan.change);
        return plan.room;
      });
    },

    deleteRoom(roomId: string, callOptions: CallOptions = {}) {
      return run('deleteRoom', roomId, callOptions.signal, () => commit(model.planDelete(roomId)));
    },

    listRooms(listOptions: ListOptions = {}) {
      return run('listRooms', undefined, listOptions.signal, () =>
        pageOf(
          ROOMS_LIST,
          model.listRooms(positionOf(ROOMS_LIST, listOptions.cursor), pageSizeFor(listOptions.pageSize)),
        ),
      );
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

    getJoinInfo(roomId: string, joinOptions: JoinInfoOptions = {}) {
      return run('getJoinInfo', roomId, joinOptions.signal, () => {
        const room = model.getRoom(roomId);
        const userId = joinOptions.userId?.trim();
        if (!userId) {
          throw new RoomsError('validation', 'Name the user to join as.', { target: 'userId' });
        }
        let role = model.roleOf(roomId, userId);
        // An open room (old preview) lets any user of the resource in, with the role the service defaults to.
        if (!role && room.joinPolicy === 'communicationServiceUsers' && parseParticipantId(userId).ok) {
          role = DEFAULT_ROLE;
        }
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
