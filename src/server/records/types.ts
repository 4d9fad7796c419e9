/**
 * The `RoomRecordStore` contract: where the server keeps what the Rooms service does not — a room's details, who made
 * it, its version — and the index it lists and searches rooms by (window, subject, organiser, roster). The handler
 * keeps a store and the Rooms service consistent; every server behind one load balancer shares one store.
 *
 * Implementations: `createMemoryRoomRecordStore` (one process: the demo and tests) and
 * `createPostgresRoomRecordStore` (node-postgres; several servers, one truth). Both pass
 * `test/server/records/recordStoreContract.ts`.
 */
import type { RoomRole } from '../../core/roles';
import type { RoomDetails, RoomParticipant } from '../../core/types';
import type { RoomEventLog } from '../events/eventLog';
import type { RoomLobbyStore } from '../lobby/lobbyStore';

/** What the store knows of one room. */
export interface RoomRecord extends RoomDetails {
  /** The room's id in the Rooms service. */
  roomId: string;
  /** The raw id of the user who made the room through the kit; absent for rooms made elsewhere. */
  organizerId?: string;
  /** The tenant the room belongs to, from the creator's scope; absent when the host has no tenants. */
  tenantId?: string;
  /** Mirror of the service's room, as of the last write through the kit (or the last sync). */
  createdAt: Date;
  /** Mirror of the service's `validFrom`. */
  validFrom: Date;
  /** Mirror of the service's `validUntil`. */
  validUntil: Date;
  /** Mirror of the service's `pstnDialOutEnabled`. */
  pstnDialOutEnabled: boolean;
  /** Starts at 1 and grows by one with every write; the room's `version` (and ETag) is made from it. */
  version: number;
  /** When the record last changed. */
  updatedAt: Date;
  /** Who changed it last (raw id), when the handler knew. */
  updatedBy?: string;
  /** Whether the room was found in the service rather than made through the kit (it then shows as "No title"). */
  adopted: boolean;
  /** How many participants the roster index holds for the room. */
  participantCount: number;
  /** The first participants of the index (at most {@link ROSTER_PREVIEW_SIZE}), presenters first, then by invitation order. */
  firstParticipants: RoomParticipant[];
}

/** How many participants a record's `firstParticipants` holds: the size of every roster preview. */
export { ROSTER_PREVIEW_SIZE } from '../../core/roomDetails';

/** A record to insert: everything but what the store keeps itself. */
export type NewRoomRecord = Omit<RoomRecord, 'version' | 'participantCount' | 'firstParticipants'>;

/** The fields a write may change; absent fields stay, a detail set to `null` is cleared. */
export interface RoomRecordPatch {
  subject?: string | null;
  timeZone?: string | null;
  description?: string | null;
  reference?: string | null;
  validFrom?: Date;
  validUntil?: Date;
  pstnDialOutEnabled?: boolean;
  /** Who makes the change. */
  updatedBy?: string | null;
  /** When. */
  updatedAt: Date;
}

/** What a {@link RoomRecordStore.update} callback decides. */
export type RoomRecordDecision =
  /** Write these fields (the version grows by one). */
  | { write: RoomRecordPatch }
  /** Remove the record and its roster index. */
  | { remove: true }
  /** Leave everything as it is. */
  | { keep: true };

/**
 * Which rooms a caller may see: every room, or those matching any one of the named facts (their own as organiser,
 * their tenant's, those with them on the roster). `{}` sees nothing.
 */
export type RoomScope =
  | { all: true }
  | {
      all?: false;
      /** Rooms this user organises. */
      organizerId?: string;
      /** Rooms of this tenant. */
      tenantId?: string;
      /** Rooms with this user on the roster index. */
      participantId?: string;
    };

/** Where a list continues: after this record, in the store's order (`createdAt`, then `roomId`). */
export interface RoomRecordPosition {
  /** `createdAt` of the last record returned, in epoch milliseconds. */
  createdAt: number;
  /** `roomId` of the last record returned. */
  roomId: string;
}

/** One list request to the store. */
export interface RoomRecordQuery {
  /** Only rooms the caller may see. */
  scope: RoomScope;
  /**
   * Only rooms matching: `text` (already folded with `foldForSearch`, never empty) in the subject, the reference or
   * the id, or one of `participantIds` on the roster index.
   */
  search?: { text: string; participantIds: readonly string[] };
  /** Continue after this record; absent starts at the first. */
  after?: RoomRecordPosition;
  /** Most records returned (1 or more). */
  limit: number;
}

/** One page of records, in the store's order; `next` is absent on the last page. */
export interface RoomRecordPage {
  /** The records. */
  records: RoomRecord[];
  /** Where the next page starts. */
  next?: RoomRecordPosition;
}

/**
 * A create the handler has begun but not finished: written before the Rooms service is asked, so a crash between the
 * service's answer and the record's write can be found and undone (or completed) later.
 */
export interface RoomCreateIntent {
  /** The Repeatability-Request-ID the handler sent the service: asking again with it returns the same room. */
  key: string;
  /** When the create began. */
  startedAt: Date;
  /** What the create asked for, as the handler needs it to ask again (JSON-safe). */
  request: unknown;
}

/** Why a store refused; the handler maps these to the contract's errors. */
export class RoomRecordStoreError extends Error {
  /** `unavailable`: the database could not be reached or refused; `exists`: a record with this id is there. */
  readonly code: 'unavailable' | 'exists';
  constructor(code: 'unavailable' | 'exists', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RoomRecordStoreError';
    this.code = code;
  }
}

/**
 * Keeps room records and their roster index. Every method rejects with {@link RoomRecordStoreError} `unavailable`
 * when the storage fails; a rejected write changes nothing.
 */
export interface RoomRecordStore {
  /** The record of a room, or `undefined` when the store has none. */
  get(roomId: string): Promise<RoomRecord | undefined>;

  /**
   * Inserts a record with its roster index in one write. Rejects with `exists` when the room already has a record
   * (the one there stays). With `intentKey`, the create intent of that key is removed in the same write.
   */
  insert(
    record: NewRoomRecord,
    participants: readonly RoomParticipant[],
    options?: { intentKey?: string },
  ): Promise<RoomRecord>;

  /**
   * Runs `decide` with the room's current record (or `undefined`) while holding it against every other writer of the
   * same store, on every server, then applies what it returns. The callback may call the Rooms service: when it
   * throws, nothing is written and the error is rethrown. Returns the record as it is afterwards. For a room without
   * a record a `write` writes nothing (insert makes records). Roster index writes do not wait for the callback; an
   * `insert` or `update` of the same room made from inside it would wait forever.
   */
  update(
    roomId: string,
    decide: (current: RoomRecord | undefined) => Promise<RoomRecordDecision> | RoomRecordDecision,
  ): Promise<RoomRecord | undefined>;

  /**
   * Changes the roster index of a room: `upserted` added or given a new role (new ones after the existing ones in
   * invitation order), `removed` taken out. A room without a record is left alone.
   */
  updateParticipants(
    roomId: string,
    upserted: readonly (readonly [string, RoomRole])[],
    removed: readonly string[],
  ): Promise<void>;

  /** Replaces a room's whole roster index (after reading it from the service). */
  replaceParticipants(roomId: string, participants: readonly RoomParticipant[]): Promise<void>;

  /** One page of the records in `scope`, matching `search`, in the order `createdAt`, then `roomId`. */
  list(query: RoomRecordQuery): Promise<RoomRecordPage>;

  /** Every record's id (for reconciling with the service's list). */
  roomIds(): Promise<string[]>;

  /** Writes a create intent; `false` when one with this key is already there. */
  beginCreate(intent: RoomCreateIntent): Promise<boolean>;
  /** Removes a create intent (the create failed for certain, or was undone). */
  endCreate(key: string): Promise<void>;
  /** Intents begun before `before`, oldest first: creates whose process may have died half-way. */
  staleCreates(before: Date): Promise<RoomCreateIntent[]>;

  /**
   * Which of `userIds` the roster index holds for the room (for deciding who hears the room's events without asking
   * the Rooms service). The handler asks its roster index instead where a store has no such method.
   */
  participantsAmong?(roomId: string, userIds: readonly string[]): Promise<Set<string>>;

  /**
   * The room event log kept with the records (in the same database), so every handler on one store streams the
   * same events in the same order. The handler's `events` option overrides it.
   */
  readonly events?: RoomEventLog;

  /**
   * The lobbies and speaker grants kept with the records (in the same database), so every handler on one store sees
   * the same requests to join and gives back the same roles. The handler's `lobby` option overrides it.
   */
  readonly lobby?: RoomLobbyStore;

  /** Releases connections (the event log's and the lobby's included); the store is not used afterwards. */
  close(): Promise<void>;
}
