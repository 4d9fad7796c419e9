/**
 * The embedded default backend: a complete {@link RoomsAdapter} held in memory that behaves like the Azure
 * Communication Services Rooms service (defaults, validation, merge semantics, paging quirks), with fault injection
 * and a call log for stories and tests.
 */
import { isRoomsError, RoomsError, type RoomsErrorDetail } from '../../core/errors';
import { parseParticipantId } from '../../core/identifiers';
import { DEFAULT_ROLE, isRoomRole, type RoomRole } from '../../core/roles';
import { defaultValidity, validateValidity, type ValidityIssue } from '../../core/validity';
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
  RoomJoinPolicy,
  RoomParticipant,
  RoomParticipantInput,
  RoomsAdapter,
  RoomsAdapterFeatures,
  SearchPeopleOptions,
  UpdateRoomInput,
} from '../types';
import { decodeCursor, encodeBase64Url, encodeCursor, type CursorPosition } from './cursors';
import {
  createFaultInjector,
  type LatencyMs,
  type RoomsAdapterOperationName,
  type RoomsFaultController,
} from './faults';
import { createPeopleDirectory, DEFAULT_PEOPLE } from './people';
import { seededRandom, type RandomSource } from './random';

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

interface StoredParticipant {
  role: RoomRole;
  /** Insertion order, for stable cursors. */
  seq: number;
}

// Instants are kept as numbers: nothing handed in or out can then reach the stored state through a shared Date.
interface StoredRoom {
  seq: number;
  id: string;
  createdAt: number;
  validFrom: number;
  validUntil: number;
  pstnDialOutEnabled: boolean;
  joinPolicy: RoomJoinPolicy | undefined;
  participants: Map<string, StoredParticipant>;
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
const JOIN_POLICIES: readonly RoomJoinPolicy[] = ['inviteOnly', 'communicationServiceUsers'];
const ROOMS_LIST = 'rooms';

// Distinguishes adapters in one page, so one backend refuses another's cursors.
let instanceCounter = 0;

function isJoinPolicy(value: unknown): value is RoomJoinPolicy {
  return typeof value === 'string' && (JOIN_POLICIES as readonly string[]).includes(value);
}

function roomNotFound(): RoomsError {
  // The service's own words for an unknown room; the HTTP adapter shows the same message.
  return new RoomsError('notFound', 'Invalid room ID.', { target: 'roomId' });
}

function validityError(issues: readonly ValidityIssue[]): RoomsError | undefined {
  const first = issues[0];
  if (!first) return undefined;
  return new RoomsError('validation', first.message, {
    target: first.target,
    serviceCode: 'BadRequest',
    details: issues.map((issue) => ({ code: 'BadArgument', message: issue.message, target: issue.target })),
  });
}

// Checks a window as the service does and returns it as instants; throws the service-shaped validation error.
function checkWindow(
  validFrom: Date | undefined,
  validUntil: Date | undefined,
  now: number,
): { validFrom: number; validUntil: number } {
  const error = validityError(validateValidity({ validFrom, validUntil }, { now: new Date(now) }));
  if (error) throw error;
  // validateValidity has reported anything that is not a valid Date, so both are real instants here.
  return { validFrom: timeOf(validFrom) ?? Number.NaN, validUntil: timeOf(validUntil) ?? Number.NaN };
}

function participantsError(details: readonly RoomsErrorDetail[]): RoomsError | undefined {
  const first = details[0];
  if (!first) return undefined;
  return new RoomsError('validation', first.message, {
    target: 'participants',
    serviceCode: 'BadRequest',
    details: [...details],
  });
}

// Each bad entry becomes one detail whose target is the id as the caller gave it, so a roster UI can mark the row;
// the detail code is the kit's reason (`malformed`, `notCommunicationUser`, …) because the service gives none.
function parseParticipantInputs(inputs: readonly RoomParticipantInput[]): Map<string, RoomRole> {
  const roles = new Map<string, RoomRole>();
  const details: RoomsErrorDetail[] = [];
  for (const input of inputs) {
    const given = String((input as Partial<RoomParticipantInput> | null | undefined)?.id ?? '');
    const parsed = parseParticipantId(given);
    if (!parsed.ok) {
      details.push({ code: parsed.code, message: parsed.message, target: given });
      continue;
    }
    const role: unknown = input.role ?? DEFAULT_ROLE;
    if (!isRoomRole(role)) {
      details.push({ code: 'invalidRole', message: `"${String(role)}" is not a room role.`, target: given });
      continue;
    }
    // A repeated id takes the last role given, as a JSON object with a repeated key does at the service.
    roles.set(parsed.rawId, role);
  }
  const error = participantsError(details);
  if (error) throw error;
  return roles;
}

function parseParticipantIds(ids: readonly string[]): string[] {
  const valid: string[] = [];
  const details: RoomsErrorDetail[] = [];
  for (const id of ids) {
    const given = String(id ?? '');
    const parsed = parseParticipantId(given);
    if (parsed.ok) valid.push(parsed.rawId);
    else details.push({ code: parsed.code, message: parsed.message, target: given });
  }
  const error = participantsError(details);
  if (error) throw error;
  return valid;
}

function timeOf(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date instanceof Date ? date.getTime() : Number.NaN;
}

// The body a create is compared by when its idempotency key is reused: what the caller sent, not the defaults the
// backend filled in, so a retry minutes later still matches.
function createFingerprint(input: CreateRoomInput, withJoinPolicy: boolean): string {
  const participants = (input.participants ?? [])
    .map((p) => [String(p.id).trim(), String(p.role ?? DEFAULT_ROLE)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    timeOf(input.validFrom) ?? null,
    timeOf(input.validUntil) ?? null,
    input.pstnDialOutEnabled ?? false,
    withJoinPolicy ? (input.joinPolicy ?? 'inviteOnly') : null,
    participants,
  ]);
}

function makeDigitIdGenerator(random: RandomSource): () => string {
  return () => {
    // 17 digits without a leading zero, the shape of the service's room ids (e.g. 99117812428622880).
    let id = String(1 + Math.floor(random() * 9));
    while (id.length < 17) id += String(Math.floor(random() * 10));
    return id;
  };
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
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
  });
  const maxPageSize = positiveInteger(options.maxPageSize, DEFAULT_MAX_PAGE_SIZE);
  const defaultPageSize = Math.min(positiveInteger(options.pageSize, DEFAULT_PAGE_SIZE), maxPageSize);
  const emptyPageEvery =
    options.emptyPageEvery !== undefined && Number.isFinite(options.emptyPageEvery) && options.emptyPageEvery >= 1
      ? Math.floor(options.emptyPageEvery)
      : undefined;
  const directory = createPeopleDirectory(options.people ?? DEFAULT_PEOPLE);
  const injector = createFaultInjector({
    latencyMs: options.latencyMs,
    failureRate: options.failureRate,
    random,
  });
  const generateId =
    options.generateRoomId ?? makeDigitIdGenerator(seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32)));

  const rooms = new Map<string, StoredRoom>();
  // Ids of deleted rooms stay taken, so an old cursor, event or link never points at a different room.
  const usedIds = new Set<string>();
  const idempotent = new Map<string, { fingerprint: string; room: Room }>();
  const subscriptions = new Map<string, Set<{ listener: (event: RoomEvent) => void }>>();
  let calls: CallRecord[] = [];
  let roomSeq = 0;
  let participantSeq = 0;

  function newRoomId(): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = generateId();
      if (!usedIds.has(id)) return id;
    }
    throw new RoomsError('unknown', 'The room id generator keeps returning ids that are already taken.');
  }

  function toRoom(stored: StoredRoom): Room {
    const room: Room = {
      id: stored.id,
      createdAt: new Date(stored.createdAt),
      validFrom: new Date(stored.validFrom),
      validUntil: new Date(stored.validUntil),
      pstnDialOutEnabled: stored.pstnDialOutEnabled,
    };
    if (features.joinPolicy) room.joinPolicy = stored.joinPolicy ?? 'inviteOnly';
    return room;
  }

  function copyRoom(room: Room): Room {
    const copy: Room = {
      ...room,
      createdAt: new Date(room.createdAt.getTime()),
      validFrom: new Date(room.validFrom.getTime()),
      validUntil: new Date(room.validUntil.getTime()),
    };
    return copy;
  }

  function requireRoom(roomId: string): StoredRoom {
    const stored = rooms.get(roomId);
    if (!stored) throw roomNotFound();
    return stored;
  }

  function addParticipant(stored: StoredRoom, id: string, role: RoomRole): void {
    stored.participants.set(id, { role, seq: ++participantSeq });
  }

  function storeRoom(stored: StoredRoom): void {
    rooms.set(stored.id, stored);
    usedIds.add(stored.id);
  }

  function emit(roomId: string, makeEvent: () => RoomEvent): void {
    const set = subscriptions.get(roomId);
    if (!set) return;
    for (const subscription of [...set]) {
      try {
        // Every listener gets its own copy, so one listener editing its event cannot change what the next one sees.
        subscription.listener(makeEvent());
      } catch (error) {
        // A broken listener must not undo or fail the mutation that already landed; surface it like an event handler.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
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

  function pageSizeFor(requested: number | undefined): number {
    return requested === undefined
      ? defaultPageSize
      : Math.min(positiveInteger(requested, defaultPageSize), maxPageSize);
  }

  function paginate<S, T>(
    list: string,
    source: Iterable<S>,
    seqOf: (item: S) => number,
    toItem: (item: S) => T,
    listOptions: ListOptions,
  ): Page<T> {
    let position: CursorPosition = { after: -1, sinceEmpty: 0 };
    if (listOptions.cursor !== undefined) {
      const decoded = decodeCursor(instance, list, String(listOptions.cursor));
      if (!decoded) {
        throw new RoomsError('validation', 'The cursor is not valid for this list.', { target: 'cursor' });
      }
      position = decoded;
    }
    const size = pageSizeFor(listOptions.pageSize);
    const items: T[] = [];
    let lastSeq = position.after;
    for (const item of source) {
      const seq = seqOf(item);
      if (seq <= position.after) continue;
      if (items.length === size) {
        return {
          items,
          nextCursor: encodeCursor(instance, list, { after: lastSeq, sinceEmpty: position.sinceEmpty + 1 }),
        };
      }
      // Reached only when an item remains, so the simulated empty page is never the last one.
      if (emptyPageEvery !== undefined && position.sinceEmpty >= emptyPageEvery) {
        return { items: [], nextCursor: encodeCursor(instance, list, { after: position.after, sinceEmpty: 0 }) };
      }
      items.push(toItem(item));
      lastSeq = seq;
    }
    return { items };
  }

  for (const seed of options.rooms ?? []) {
    const id = seed.room.id ?? newRoomId();
    if (usedIds.has(id)) {
      throw new RoomsError('validation', `Two seeded rooms have the id ${id}.`, { target: 'rooms' });
    }
    const createdAt = timeOf(seed.room.createdAt) ?? nowMs();
    const validFrom = timeOf(seed.room.validFrom) ?? createdAt;
    const stored: StoredRoom = {
      seq: ++roomSeq,
      id,
      createdAt,
      validFrom,
      validUntil: timeOf(seed.room.validUntil) ?? defaultValidity(new Date(validFrom)).validUntil.getTime(),
      pstnDialOutEnabled: seed.room.pstnDialOutEnabled === true,
      joinPolicy: features.joinPolicy ? (seed.room.joinPolicy ?? 'inviteOnly') : undefined,
      participants: new Map(),
    };
    for (const participant of seed.participants ?? []) {
      addParticipant(stored, participant.id.trim(), participant.role ?? DEFAULT_ROLE);
    }
    storeRoom(stored);
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
        const key = createOptions.idempotencyKey;
        const fingerprint = key === undefined ? '' : createFingerprint(input, features.joinPolicy);
        if (key !== undefined) {
          const previous = idempotent.get(key);
          if (previous) {
            if (previous.fingerprint !== fingerprint) {
              throw new RoomsError('conflict', 'This idempotency key was already used to create a different room.', {
                target: 'idempotencyKey',
              });
            }
            record.roomId = previous.room.id;
            // The service replays its first answer to a repeated request; so does this backend.
            return copyRoom(previous.room);
          }
        }

        const now = nowMs();
        const validFrom = input.validFrom ?? new Date(now);
        // A start that is not a date gets no default end, so the check reports the start rather than crashing.
        const window = checkWindow(
          validFrom,
          input.validUntil ?? (validFrom instanceof Date ? defaultValidity(validFrom).validUntil : undefined),
          now,
        );
        if (input.pstnDialOutEnabled !== undefined && typeof input.pstnDialOutEnabled !== 'boolean') {
          throw new RoomsError('validation', 'pstnDialOutEnabled must be true or false.', {
            target: 'pstnDialOutEnabled',
          });
        }
        let joinPolicy: RoomJoinPolicy | undefined;
        if (features.joinPolicy) {
          joinPolicy = input.joinPolicy ?? 'inviteOnly';
          if (!isJoinPolicy(joinPolicy)) {
            throw new RoomsError('validation', `"${String(joinPolicy)}" is not a join policy.`, {
              target: 'joinPolicy',
            });
          }
        }
        const roster = parseParticipantInputs(input.participants ?? []);

        const stored: StoredRoom = {
          seq: ++roomSeq,
          id: newRoomId(),
          createdAt: now,
          validFrom: window.validFrom,
          validUntil: window.validUntil,
          pstnDialOutEnabled: input.pstnDialOutEnabled ?? false,
          joinPolicy,
          participants: new Map(),
        };
        for (const [id, role] of roster) addParticipant(stored, id, role);
        storeRoom(stored);
        record.roomId = stored.id;
        const room = toRoom(stored);
        if (key !== undefined) idempotent.set(key, { fingerprint, room: copyRoom(room) });
        return room;
      });
    },

    getRoom(roomId: string, callOptions: CallOptions = {}) {
      return run('getRoom', roomId, callOptions.signal, () => toRoom(requireRoom(roomId)));
    },

    updateRoom(roomId: string, patch: UpdateRoomInput = {}, callOptions: CallOptions = {}) {
      return run('updateRoom', roomId, callOptions.signal, () => {
        const stored = requireRoom(roomId);
        const now = nowMs();
        // Only a patch that moves the window re-checks it, against the merged start and end: toggling dial-out on
        // an ended room must not fail because the room has ended.
        const window =
          patch.validFrom === undefined && patch.validUntil === undefined
            ? { validFrom: stored.validFrom, validUntil: stored.validUntil }
            : checkWindow(
                patch.validFrom ?? new Date(stored.validFrom),
                patch.validUntil ?? new Date(stored.validUntil),
                now,
              );
        if (patch.pstnDialOutEnabled !== undefined && typeof patch.pstnDialOutEnabled !== 'boolean') {
          throw new RoomsError('validation', 'pstnDialOutEnabled must be true or false.', {
            target: 'pstnDialOutEnabled',
          });
        }
        let joinPolicy = stored.joinPolicy;
        if (features.joinPolicy && patch.joinPolicy !== undefined) {
          if (!isJoinPolicy(patch.joinPolicy)) {
            throw new RoomsError('validation', `"${String(patch.joinPolicy)}" is not a join policy.`, {
              target: 'joinPolicy',
            });
          }
          // Re-sending the current policy is not a change: an editor that posts the whole form must still work
          // on a room that has started.
          if (patch.joinPolicy !== stored.joinPolicy && now >= stored.validFrom) {
            throw new RoomsError(
              'validation',
              'Room join policy cannot be updated after room start time has elapsed.',
              { target: 'joinPolicy', serviceCode: 'BadRequest' },
            );
          }
          joinPolicy = patch.joinPolicy;
        }

        const next = {
          validFrom: window.validFrom,
          validUntil: window.validUntil,
          pstnDialOutEnabled: patch.pstnDialOutEnabled ?? stored.pstnDialOutEnabled,
          joinPolicy,
        };
        const changed =
          next.validFrom !== stored.validFrom ||
          next.validUntil !== stored.validUntil ||
          next.pstnDialOutEnabled !== stored.pstnDialOutEnabled ||
          next.joinPolicy !== stored.joinPolicy;
        Object.assign(stored, next);
        if (changed) emit(roomId, () => ({ type: 'roomUpdated', roomId, room: toRoom(stored) }));
        return toRoom(stored);
      });
    },

    deleteRoom(roomId: string, callOptions: CallOptions = {}) {
      return run('deleteRoom', roomId, callOptions.signal, () => {
        requireRoom(roomId);
        rooms.delete(roomId);
        emit(roomId, () => ({ type: 'roomDeleted', roomId }));
      });
    },

    listRooms(listOptions: ListOptions = {}) {
      return run('listRooms', undefined, listOptions.signal, () =>
        paginate(
          ROOMS_LIST,
          rooms.values(),
          (stored) => stored.seq,
          (stored) => toRoom(stored),
          listOptions,
        ),
      );
    },

    listParticipants(roomId: string, listOptions: ListOptions = {}) {
      return run('listParticipants', roomId, listOptions.signal, () => {
        const stored = requireRoom(roomId);
        return paginate(
          `participants:${roomId}`,
          stored.participants.entries(),
          ([, participant]) => participant.seq,
          ([id, participant]): RoomParticipant => ({ id, role: participant.role }),
          listOptions,
        );
      });
    },

    upsertParticipants(roomId: string, participants: readonly RoomParticipantInput[], callOptions: CallOptions = {}) {
      return run('upsertParticipants', roomId, callOptions.signal, () => {
        const stored = requireRoom(roomId);
        const roster = parseParticipantInputs(participants);
        const upserted: RoomParticipant[] = [];
        for (const [id, role] of roster) {
          const existing = stored.participants.get(id);
          if (existing?.role === role) continue;
          // A role change keeps the participant's place in the list; only newcomers go to the end.
          if (existing) existing.role = role;
          else addParticipant(stored, id, role);
          upserted.push({ id, role });
        }
        if (upserted.length > 0) {
          emit(roomId, () => ({
            type: 'participantsChanged',
            roomId,
            upserted: upserted.map((p) => ({ ...p })),
            removed: [],
          }));
        }
      });
    },

    removeParticipants(roomId: string, participantIds: readonly string[], callOptions: CallOptions = {}) {
      return run('removeParticipants', roomId, callOptions.signal, () => {
        const stored = requireRoom(roomId);
        const removed = parseParticipantIds(participantIds).filter((id) => stored.participants.delete(id));
        if (removed.length > 0) {
          emit(roomId, () => ({ type: 'participantsChanged', roomId, upserted: [], removed: [...removed] }));
        }
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
        const stored = requireRoom(roomId);
        const userId = joinOptions.userId?.trim();
        if (!userId) {
          throw new RoomsError('validation', 'Name the user to join as.', { target: 'userId' });
        }
        let role = stored.participants.get(userId)?.role;
        // An open room (old preview) lets any user of the resource in, with the role the service defaults to.
        if (!role && stored.joinPolicy === 'communicationServiceUsers' && parseParticipantId(userId).ok) {
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
