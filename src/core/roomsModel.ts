/**
 * The Rooms service's rules over rooms and rosters, as one pure model that every backend runs on: the in-memory
 * adapter (model + domain mapping + fault injection) and the local Rooms service (model + wire mapping + a durable
 * journal). Defaults, the validity and identifier rules, merge semantics of rosters, repeatable creates, and paging
 * with the occasional empty page that still has a next position all live here once.
 *
 * Every write is split in two: `plan…` checks the request against the current state and describes the change
 * without making it (or throws the {@link RoomsError} the service would answer), and {@link RoomsModel.apply} makes a
 * planned change. A backend that must make a change durable first saves the change between the two steps; a refused
 * or unsaved change then leaves the state exactly as it was. `apply` is deterministic, so replaying saved changes
 * in order rebuilds the same state (sequence numbers included).
 */
import { z } from 'zod';
import type { ListPosition } from './cursor';
import { RoomsError, type RoomsErrorDetail } from './errors';
import { parseParticipantId } from './identifiers';
import { DEFAULT_ROLE, isRoomRole, ROOM_ROLES, type RoomRole } from './roles';
import type {
  CreateRoomInput,
  Room,
  RoomJoinPolicy,
  RoomParticipant,
  RoomParticipantInput,
  UpdateRoomInput,
} from './types';
import { defaultValidity, validateValidity, type ValidityIssue } from './validity';

/** Options of {@link createRoomsModel}. */
export interface RoomsModelOptions {
  /** The service's clock. */
  now: () => Date;
  /** Makes a candidate room id; the model tries again while the id is taken (by a room, or a deleted one). */
  newRoomId: () => string;
  /** Whether rooms carry a join policy, as an old preview of the service did. @default false */
  joinPolicy?: boolean;
  /**
   * After this many non-empty pages, answer one empty page that still has a next position, as the real service
   * sometimes does. @default never
   */
  emptyPageEvery?: number;
  /** Repeatable-create records kept; the oldest go first. @default 10,000 */
  maxIdempotencyRecords?: number;
}

/** A room as the model stores it: instants as epoch milliseconds, so no shared `Date` can reach the state. */
export interface ModelRoom {
  id: string;
  createdAt: number;
  validFrom: number;
  validUntil: number;
  pstnDialOutEnabled: boolean;
  /** Present only where the model has join policies. */
  joinPolicy?: RoomJoinPolicy;
}

/** A change the model can make; what a durable backend saves. */
export type RoomsChange =
  | {
      type: 'roomCreated';
      room: ModelRoom;
      /** The roster, in order. */
      participants: Array<[id: string, role: RoomRole]>;
      /** The repeatable-create record to keep, when the create named a key. */
      idempotency?: { key: string; fingerprint: string };
    }
  | {
      type: 'roomUpdated';
      roomId: string;
      validFrom: number;
      validUntil: number;
      pstnDialOutEnabled: boolean;
      joinPolicy?: RoomJoinPolicy;
    }
  | { type: 'roomDeleted'; roomId: string }
  | {
      type: 'participantsChanged';
      roomId: string;
      /** Participants added or whose role changed, in the order given. */
      upserted: Array<[id: string, role: RoomRole]>;
      /** Ids of participants removed (only those who were in the room). */
      removed: string[];
    };

/** One page of a list read from the model. */
export interface ModelPage<T> {
  items: T[];
  /** Where the next page starts; absent on the last page. */
  next?: ListPosition;
}

/** What a create plan holds: the room the service answers with, and the change to make (none for a replay). */
export type CreatePlan =
  | { kind: 'replay'; room: Room }
  | { kind: 'create'; room: Room; change: Extract<RoomsChange, { type: 'roomCreated' }> };

/** What an update plan holds: the room as it will be, and the change (none when nothing differs). */
export interface UpdatePlan {
  room: Room;
  change?: Extract<RoomsChange, { type: 'roomUpdated' }>;
}

/** What a roster plan holds: the change, or none when the roster would stay as it is. */
export interface RosterPlan {
  change?: Extract<RoomsChange, { type: 'participantsChanged' }>;
}

/** The model. */
export interface RoomsModel {
  /** Rooms in the model. */
  readonly roomCount: number;
  /** Whether the model has join policies. */
  readonly joinPolicy: boolean;
  /** Reads a room. @throws {@link RoomsError} `notFound` (target `roomId`). */
  getRoom(roomId: string): Room;
  /** A participant's role, or `undefined` when they are not on the roster. @throws `notFound` for the room. */
  roleOf(roomId: string, userId: string): RoomRole | undefined;
  /** One page of rooms, oldest first. */
  listRooms(position: ListPosition, pageSize: number): ModelPage<Room>;
  /** One page of a room's roster, in the order people were added. @throws `notFound` for the room. */
  listParticipants(roomId: string, position: ListPosition, pageSize: number): ModelPage<RoomParticipant>;
  /**
   * Plans a create: the service's defaults, the validity, identifier and role rules, and repeatable creates (a
   * repeated key with the same request replays the first answer; with another request it is a `conflict`).
   * @throws {@link RoomsError} `validation` (target `validFrom`, `validUntil`, `pstnDialOutEnabled`, `joinPolicy` or
   * `participants`), `conflict` (target `idempotencyKey`).
   */
  planCreate(input: CreateRoomInput, idempotencyKey?: string): CreatePlan;
  /**
   * Plans a merge-patch of a room. Only a patch that moves the window re-checks it, against the merged start and end.
   * @throws {@link RoomsError} `notFound`, `validation`.
   */
  planUpdate(roomId: string, patch: UpdateRoomInput): UpdatePlan;
  /** Plans a delete. @throws {@link RoomsError} `notFound`. */
  planDelete(roomId: string): Extract<RoomsChange, { type: 'roomDeleted' }>;
  /**
   * Plans adding participants and changing roles, all or nothing. A repeated id takes the last role given.
   * @throws {@link RoomsError} `notFound`, `validation` (target `participants`, one detail per bad entry).
   */
  planUpsert(roomId: string, participants: readonly RoomParticipantInput[]): RosterPlan;
  /**
   * Plans removing participants; removing someone who is not in the room is not an error.
   * @throws {@link RoomsError} `notFound`, `validation` (target `participants`).
   */
  planRemove(roomId: string, participantIds: readonly string[]): RosterPlan;
  /** Makes a planned (or saved) change. @throws `Error` when the change does not fit the state (a damaged journal). */
  apply(change: RoomsChange): void;
  /** The state as plain JSON. */
  snapshot(): RoomsModelSnapshot;
}

const DEFAULT_MAX_IDEMPOTENCY_RECORDS = 10_000;
const JOIN_POLICIES: readonly RoomJoinPolicy[] = ['inviteOnly', 'communicationServiceUsers'];

const roleSchema = z.enum(ROOM_ROLES as [RoomRole, ...RoomRole[]]);
const joinPolicySchema = z.enum(JOIN_POLICIES as [RoomJoinPolicy, ...RoomJoinPolicy[]]);

const modelRoomSchema = z.strictObject({
  id: z.string().min(1),
  createdAt: z.number().finite(),
  validFrom: z.number().finite(),
  validUntil: z.number().finite(),
  pstnDialOutEnabled: z.boolean(),
  joinPolicy: joinPolicySchema.optional(),
});

const snapshotSchema = z.strictObject({
  version: z.literal(1),
  roomSeq: z.number().int().nonnegative(),
  participantSeq: z.number().int().nonnegative(),
  rooms: z.array(
    modelRoomSchema.extend({
      seq: z.number().int().positive(),
      participants: z.array(z.tuple([z.string().min(1), roleSchema, z.number().int().positive()])),
    }),
  ),
  deletedIds: z.array(z.string()),
  idempotency: z.array(z.strictObject({ key: z.string(), fingerprint: z.string(), room: modelRoomSchema })),
});

/** The model's state as plain JSON, for a data file. */
export type RoomsModelSnapshot = z.infer<typeof snapshotSchema>;

interface StoredParticipant {
  role: RoomRole;
  /** Insertion order, for stable list positions. */
  seq: number;
}

interface StoredRoom extends ModelRoom {
  seq: number;
  participants: Map<string, StoredParticipant>;
}

interface IdempotencyRecord {
  fingerprint: string;
  /** The first answer, replayed as it was even after the room changed or went. */
  room: ModelRoom;
}

function isJoinPolicy(value: unknown): value is RoomJoinPolicy {
  return typeof value === 'string' && (JOIN_POLICIES as readonly string[]).includes(value);
}

function timeOf(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date instanceof Date ? date.getTime() : Number.NaN;
}

function positiveInteger(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : undefined;
}

/** The service's error for a room it does not know: 400 "Invalid room ID." on the wire, `notFound` in the kit. */
export function roomNotFound(): RoomsError {
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

function checkWindow(validFrom: Date | undefined, validUntil: Date | undefined, now: number): [number, number] {
  const error = validityError(validateValidity({ validFrom, validUntil }, { now: new Date(now) }));
  if (error) throw error;
  // validateValidity has reported anything that is not a valid Date, so both are real instants here.
  return [timeOf(validFrom) ?? Number.NaN, timeOf(validUntil) ?? Number.NaN];
}

function checkDialOut(value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new RoomsError('validation', 'pstnDialOutEnabled must be true or false.', {
      target: 'pstnDialOutEnabled',
      serviceCode: 'BadRequest',
    });
  }
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

/**
 * Reads roster entries all or nothing. Each bad entry becomes one detail whose target is the id as the caller gave
 * it, so a roster UI can mark the row; the detail code is the kit's reason (`malformed`, `notCommunicationUser`,
 * `invalidRole`, …).
 */
function parseRosterInputs(inputs: readonly RoomParticipantInput[]): Map<string, RoomRole> {
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

function parseRosterIds(ids: readonly string[]): string[] {
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

/**
 * What a create is compared by when its idempotency key is reused: what the caller sent, not the defaults the
 * backend filled in, so a retry minutes later still matches.
 */
export function createFingerprint(input: CreateRoomInput, withJoinPolicy: boolean): string {
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

/**
 * Makes a room id generator in the shape of the service's ids: 17 digits without a leading zero (e.g.
 * 99117812428622880), drawing digits from `random` (a number in [0, 1), like `Math.random`).
 */
export function digitRoomIds(random: () => number): () => string {
  return () => {
    let id = String(1 + Math.floor(random() * 9));
    while (id.length < 17) id += String(Math.floor(random() * 10));
    return id;
  };
}

/**
 * Makes the model, empty or from a snapshot it wrote.
 * @throws `Error` saying what is wrong when the snapshot is not one the model wrote (bad shape, duplicate room ids).
 *
 * @example
 * ```ts
 * const model = createRoomsModel({ now: () => new Date(), newRoomId: digitRoomIds(Math.random) });
 * const plan = model.planCreate({ participants: [{ id: userId, role: 'Presenter' }] });
 * if (plan.kind === 'create') model.apply(plan.change);
 * ```
 */
export function createRoomsModel(options: RoomsModelOptions, from?: unknown): RoomsModel {
  const withJoinPolicy = options.joinPolicy === true;
  const emptyPageEvery = positiveInteger(options.emptyPageEvery);
  const maxIdempotency = positiveInteger(options.maxIdempotencyRecords) ?? DEFAULT_MAX_IDEMPOTENCY_RECORDS;
  const rooms = new Map<string, StoredRoom>();
  // Ids of deleted rooms stay taken, so an old cursor, event or link never points at a different room.
  const deletedIds = new Set<string>();
  const idempotency = new Map<string, IdempotencyRecord>();
  let roomSeq = 0;
  let participantSeq = 0;

  const nowMs = (): number => options.now().getTime();

  function toRoom(stored: ModelRoom): Room {
    const room: Room = {
      id: stored.id,
      createdAt: new Date(stored.createdAt),
      validFrom: new Date(stored.validFrom),
      validUntil: new Date(stored.validUntil),
      pstnDialOutEnabled: stored.pstnDialOutEnabled,
    };
    if (withJoinPolicy) room.joinPolicy = stored.joinPolicy ?? 'inviteOnly';
    return room;
  }

  function requireRoom(roomId: string): StoredRoom {
    const stored = rooms.get(roomId);
    if (!stored) throw roomNotFound();
    return stored;
  }

  function newRoomId(): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = options.newRoomId();
      if (!rooms.has(id) && !deletedIds.has(id)) return id;
    }
    throw new RoomsError('unknown', 'The room id generator keeps returning ids that are already taken.');
  }

  function page<S, T>(
    source: Iterable<S>,
    seqOf: (item: S) => number,
    toItem: (item: S) => T,
    position: ListPosition,
    pageSize: number,
  ): ModelPage<T> {
    const size = Math.max(1, Math.floor(pageSize));
    const items: T[] = [];
    let lastSeq = position.after;
    for (const item of source) {
      const seq = seqOf(item);
      if (seq <= position.after) continue;
      if (items.length === size) return { items, next: { after: lastSeq, sinceEmpty: position.sinceEmpty + 1 } };
      // Reached only while an item remains, so the empty page is never the last one.
      if (emptyPageEvery !== undefined && position.sinceEmpty >= emptyPageEvery) {
        return { items: [], next: { after: position.after, sinceEmpty: 0 } };
      }
      items.push(toItem(item));
      lastSeq = seq;
    }
    return { items };
  }

  function keepIdempotency(key: string, record: IdempotencyRecord): void {
    idempotency.set(key, record);
    if (idempotency.size > maxIdempotency) {
      const oldest = idempotency.keys().next();
      if (!oldest.done) idempotency.delete(oldest.value);
    }
  }

  const model: RoomsModel = {
    get roomCount() {
      return rooms.size;
    },
    joinPolicy: withJoinPolicy,

    getRoom(roomId) {
      return toRoom(requireRoom(roomId));
    },

    roleOf(roomId, userId) {
      return requireRoom(roomId).participants.get(userId.trim())?.role;
    },

    listRooms(position, pageSize) {
      return page(rooms.values(), (stored) => stored.seq, toRoom, position, pageSize);
    },

    listParticipants(roomId, position, pageSize) {
      const stored = requireRoom(roomId);
      return page(
        stored.participants.entries(),
        ([, participant]) => participant.seq,
        ([id, participant]): RoomParticipant => ({ id, role: participant.role }),
        position,
        pageSize,
      );
    },

    planCreate(input, idempotencyKey) {
      const fingerprint = idempotencyKey === undefined ? '' : createFingerprint(input, withJoinPolicy);
      if (idempotencyKey !== undefined) {
        const previous = idempotency.get(idempotencyKey);
        if (previous) {
          if (previous.fingerprint !== fingerprint) {
            throw new RoomsError('conflict', 'This idempotency key was already used to create a different room.', {
              target: 'idempotencyKey',
            });
          }
          // The service replays its first answer to a repeated request.
          return { kind: 'replay', room: toRoom(previous.room) };
        }
      }
      const now = nowMs();
      const validFrom = input.validFrom ?? new Date(now);
      // A start that is not a date gets no default end, so the check reports the start rather than crashing.
      const [from, until] = checkWindow(
        validFrom,
        input.validUntil ?? (validFrom instanceof Date ? defaultValidity(validFrom).validUntil : undefined),
        now,
      );
      checkDialOut(input.pstnDialOutEnabled);
      let joinPolicy: RoomJoinPolicy | undefined;
      if (withJoinPolicy) {
        joinPolicy = input.joinPolicy ?? 'inviteOnly';
        if (!isJoinPolicy(joinPolicy)) {
          throw new RoomsError('validation', `"${String(joinPolicy)}" is not a join policy.`, {
            target: 'joinPolicy',
          });
        }
      }
      const roster = parseRosterInputs(input.participants ?? []);
      const room: ModelRoom = {
        id: newRoomId(),
        createdAt: now,
        validFrom: from,
        validUntil: until,
        pstnDialOutEnabled: input.pstnDialOutEnabled ?? false,
      };
      if (joinPolicy !== undefined) room.joinPolicy = joinPolicy;
      const change: Extract<RoomsChange, { type: 'roomCreated' }> = {
        type: 'roomCreated',
        room,
        participants: [...roster],
      };
      if (idempotencyKey !== undefined) change.idempotency = { key: idempotencyKey, fingerprint };
      return { kind: 'create', room: toRoom(room), change };
    },

    planUpdate(roomId, patch) {
      const stored = requireRoom(roomId);
      const now = nowMs();
      const [validFrom, validUntil] =
        patch.validFrom === undefined && patch.validUntil === undefined
          ? [stored.validFrom, stored.validUntil]
          : checkWindow(
              patch.validFrom ?? new Date(stored.validFrom),
              patch.validUntil ?? new Date(stored.validUntil),
              now,
            );
      checkDialOut(patch.pstnDialOutEnabled);
      let joinPolicy = stored.joinPolicy;
      if (withJoinPolicy && patch.joinPolicy !== undefined) {
        if (!isJoinPolicy(patch.joinPolicy)) {
          throw new RoomsError('validation', `"${String(patch.joinPolicy)}" is not a join policy.`, {
            target: 'joinPolicy',
          });
        }
        // Re-sending the current policy is not a change: an editor that posts the whole form must still work on a
        // room that has started.
        if (patch.joinPolicy !== stored.joinPolicy && now >= stored.validFrom) {
          throw new RoomsError('validation', 'Room join policy cannot be updated after room start time has elapsed.', {
            target: 'joinPolicy',
            serviceCode: 'BadRequest',
          });
        }
        joinPolicy = patch.joinPolicy;
      }
      const next: ModelRoom = {
        id: stored.id,
        createdAt: stored.createdAt,
        validFrom,
        validUntil,
        pstnDialOutEnabled: patch.pstnDialOutEnabled ?? stored.pstnDialOutEnabled,
      };
      if (joinPolicy !== undefined) next.joinPolicy = joinPolicy;
      const changed =
        next.validFrom !== stored.validFrom ||
        next.validUntil !== stored.validUntil ||
        next.pstnDialOutEnabled !== stored.pstnDialOutEnabled ||
        next.joinPolicy !== stored.joinPolicy;
      if (!changed) return { room: toRoom(next) };
      const change: Extract<RoomsChange, { type: 'roomUpdated' }> = {
        type: 'roomUpdated',
        roomId,
        validFrom,
        validUntil,
        pstnDialOutEnabled: next.pstnDialOutEnabled,
      };
      if (joinPolicy !== undefined) change.joinPolicy = joinPolicy;
      return { room: toRoom(next), change };
    },

    planDelete(roomId) {
      requireRoom(roomId);
      return { type: 'roomDeleted', roomId };
    },

    planUpsert(roomId, participants) {
      const stored = requireRoom(roomId);
      const roster = parseRosterInputs(participants);
      const upserted: Array<[string, RoomRole]> = [];
      for (const [id, role] of roster) {
        if (stored.participants.get(id)?.role !== role) upserted.push([id, role]);
      }
      return upserted.length === 0 ? {} : { change: { type: 'participantsChanged', roomId, upserted, removed: [] } };
    },

    planRemove(roomId, participantIds) {
      const stored = requireRoom(roomId);
      const removed = [...new Set(parseRosterIds(participantIds))].filter((id) => stored.participants.has(id));
      return removed.length === 0 ? {} : { change: { type: 'participantsChanged', roomId, upserted: [], removed } };
    },

    apply(change) {
      switch (change.type) {
        case 'roomCreated': {
          const { room } = change;
          if (rooms.has(room.id) || deletedIds.has(room.id)) throw new Error(`Room ${room.id} already exists.`);
          const stored: StoredRoom = { ...room, seq: ++roomSeq, participants: new Map() };
          for (const [id, role] of change.participants) stored.participants.set(id, { role, seq: ++participantSeq });
          rooms.set(room.id, stored);
          if (change.idempotency) {
            keepIdempotency(change.idempotency.key, { fingerprint: change.idempotency.fingerprint, room: { ...room } });
          }
          return;
        }
        case 'roomUpdated': {
          const stored = rooms.get(change.roomId);
          if (!stored) throw new Error(`Room ${change.roomId} does not exist.`);
          stored.validFrom = change.validFrom;
          stored.validUntil = change.validUntil;
          stored.pstnDialOutEnabled = change.pstnDialOutEnabled;
          if (change.joinPolicy !== undefined) stored.joinPolicy = change.joinPolicy;
          return;
        }
        case 'roomDeleted': {
          if (!rooms.delete(change.roomId)) throw new Error(`Room ${change.roomId} does not exist.`);
          deletedIds.add(change.roomId);
          return;
        }
        case 'participantsChanged': {
          const stored = rooms.get(change.roomId);
          if (!stored) throw new Error(`Room ${change.roomId} does not exist.`);
          for (const [id, role] of change.upserted) {
            const existing = stored.participants.get(id);
            // A role change keeps the participant's place in the list; only newcomers go to the end.
            if (existing) existing.role = role;
            else stored.participants.set(id, { role, seq: ++participantSeq });
          }
          for (const id of change.removed) stored.participants.delete(id);
          return;
        }
      }
    },

    snapshot() {
      return {
        version: 1,
        roomSeq,
        participantSeq,
        rooms: [...rooms.values()].map((stored) => {
          const room: RoomsModelSnapshot['rooms'][number] = {
            seq: stored.seq,
            id: stored.id,
            createdAt: stored.createdAt,
            validFrom: stored.validFrom,
            validUntil: stored.validUntil,
            pstnDialOutEnabled: stored.pstnDialOutEnabled,
            participants: [...stored.participants].map(([id, p]) => [id, p.role, p.seq] as [string, RoomRole, number]),
          };
          if (stored.joinPolicy !== undefined) room.joinPolicy = stored.joinPolicy;
          return room;
        }),
        deletedIds: [...deletedIds],
        idempotency: [...idempotency].map(([key, record]) => ({
          key,
          fingerprint: record.fingerprint,
          room: { ...record.room },
        })),
      };
    },
  };

  if (from !== undefined) restore(from);

  function restore(value: unknown): void {
    const parsed = snapshotSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new Error(`the saved rooms state is not valid${where}: ${issue?.message ?? 'unknown problem'}`);
    }
    const data = parsed.data;
    let lastSeq = 0;
    for (const room of data.rooms) {
      if (rooms.has(room.id)) throw new Error(`the saved rooms state has the room ${room.id} twice`);
      if (room.seq <= lastSeq || room.seq > data.roomSeq) {
        throw new Error(`the saved rooms state has the room ${room.id} out of order`);
      }
      lastSeq = room.seq;
      const participants = new Map<string, StoredParticipant>();
      for (const [id, role, seq] of room.participants) {
        if (participants.has(id)) throw new Error(`the saved room ${room.id} has the participant ${id} twice`);
        if (seq > data.participantSeq) throw new Error(`the saved room ${room.id} has a participant out of order`);
        participants.set(id, { role, seq });
      }
      const stored: StoredRoom = {
        seq: room.seq,
        id: room.id,
        createdAt: room.createdAt,
        validFrom: room.validFrom,
        validUntil: room.validUntil,
        pstnDialOutEnabled: room.pstnDialOutEnabled,
        participants,
      };
      if (room.joinPolicy !== undefined) stored.joinPolicy = room.joinPolicy;
      rooms.set(room.id, stored);
    }
    for (const id of data.deletedIds) {
      if (rooms.has(id)) throw new Error(`the saved rooms state has the room ${id} both kept and deleted`);
      deletedIds.add(id);
    }
    for (const record of data.idempotency) {
      idempotency.set(record.key, { fingerprint: record.fingerprint, room: { ...record.room } });
    }
    roomSeq = data.roomSeq;
    participantSeq = data.participantSeq;
  }

  return model;
}
