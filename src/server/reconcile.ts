/**
 * Keeping the record store and the Rooms service in step, whatever happened in between: a create whose process
 * died after the service made the room but before its record was written is undone (its intent says how to find the
 * room again); a room made elsewhere (another tool, the portal) is adopted, so it appears in lists; a record whose
 * room is gone is dropped. Every instance of the handler runs this; what one does, the others find done.
 */
import type { CommunicationRoom, RoomsClient } from '@azure/communication-rooms';
import { isRoomRole, type RoomRole } from '../core/roles';
import type { RoomParticipant } from '../core/types';
import { RoomRecordStoreError, type RoomRecord, type RoomRecordStore } from './records/types';
import { fromSdkError, isUnknownRoomError } from './sdkErrors';

/** What a create asked the service for, kept in its intent so the service can be asked again with the same words. */
export interface StoredCreate {
  validFrom?: string;
  validUntil?: string;
  pstnDialOutEnabled?: boolean;
  /** Raw id and role, in the order the request named them. */
  participants: Array<[string, RoomRole]>;
  /** The `Repeatability-First-Sent` of the first attempt. */
  firstSent: string;
}

/** What one {@link Reconciler.sync} did. */
export interface RoomsSyncReport {
  /** Rooms found in the service without a record, now recorded (they show with no title). */
  adopted: number;
  /** Records of rooms the service no longer has, now removed. */
  removed: number;
}

/** A stored create, or `undefined` when the intent holds something else (then it cannot be asked again). */
export function readStoredCreate(value: unknown): StoredCreate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (typeof raw.firstSent !== 'string' || !Array.isArray(raw.participants)) return undefined;
  const participants: Array<[string, RoomRole]> = [];
  for (const entry of raw.participants as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isRoomRole(entry[1])) return undefined;
    participants.push([entry[0], entry[1]]);
  }
  const stored: StoredCreate = { participants, firstSent: raw.firstSent };
  if (typeof raw.validFrom === 'string') stored.validFrom = raw.validFrom;
  if (typeof raw.validUntil === 'string') stored.validUntil = raw.validUntil;
  if (typeof raw.pstnDialOutEnabled === 'boolean') stored.pstnDialOutEnabled = raw.pstnDialOutEnabled;
  return stored;
}

/**
 * Asks the service to create the room a stored create describes, under `key` (its `Repeatability-Request-ID`): the
 * first time, the room is made; every later time, the service answers the room the first time made.
 */
export function createInService(
  rooms: RoomsClient,
  stored: StoredCreate,
  key: string,
  options: {
    abortSignal?: AbortSignal;
    onResponse?: (raw: { headers: { get(name: string): string | undefined } }) => void;
  } = {},
): Promise<CommunicationRoom> {
  return rooms.createRoom({
    validFrom: stored.validFrom === undefined ? undefined : new Date(stored.validFrom),
    validUntil: stored.validUntil === undefined ? undefined : new Date(stored.validUntil),
    pstnDialOutEnabled: stored.pstnDialOutEnabled,
    participants: stored.participants.map(([id, role]) => ({ id: { communicationUserId: id }, role })),
    abortSignal: options.abortSignal,
    // The SDK makes a fresh Repeatability-Request-ID per call; its documented custom headers carry ours.
    requestOptions: {
      customHeaders: { 'Repeatability-Request-ID': key, 'Repeatability-First-Sent': stored.firstSent },
    },
    onResponse: options.onResponse,
  });
}

/** Whether the service refused a request for certain (a 4xx other than 408/429): then it made nothing. */
export function isRefusal(error: unknown): boolean {
  const mapped = fromSdkError(error);
  if (!mapped) return false;
  return mapped.status >= 400 && mapped.status < 500 && mapped.status !== 408 && mapped.status !== 429;
}

/** Options of {@link createReconciler}. */
export interface ReconcilerOptions {
  rooms: RoomsClient;
  records: RoomRecordStore;
  /** A room's whole roster from the service, in its order. */
  readRoster(roomId: string): Promise<RoomParticipant[]>;
  /** How old a create intent must be before it counts as abandoned. */
  pendingCreateMs: number;
  onError(error: unknown): void;
  /** Hears a room that was adopted (recorded by this reconciler), to tell subscribers of a room that appeared. */
  onAdopted?(record: RoomRecord): void;
  /** Hears a record that was dropped because its room is gone, to tell subscribers. */
  onRemoved?(record: RoomRecord): void;
}

/** The reconciling side of a handler. */
export interface Reconciler {
  /** Records a room the service has and the store does not; `undefined` when the service has no such room. */
  adopt(roomId: string): Promise<RoomRecord | undefined>;
  /** Removes the record of a room the service said it does not know. */
  forget(roomId: string): Promise<void>;
  /** Notes a room whose roster index missed a write, so the next sync reads the roster again. */
  rosterMissed(roomId: string): void;
  /** Undoes creates abandoned half-way. Single flight: a call while one runs shares it. */
  recoverCreates(): Promise<void>;
  /** Adopts unknown service rooms and drops records of rooms gone. Single flight. */
  sync(): Promise<RoomsSyncReport>;
}

/** Clocks of the service and of the servers may differ by this much. */
const CLOCK_SKEW_MS = 30_000;

function singleFlight<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** Makes the reconciler of one handler. */
export function createReconciler(options: ReconcilerOptions): Reconciler {
  const { rooms, records, onError } = options;
  const missedRosters = new Set<string>();

  /** Adoptions under way, so a sync and concurrent requests for one unknown room read its roster once. */
  const adopting = new Map<string, Promise<RoomRecord | undefined>>();

  function once(roomId: string, adopt: () => Promise<RoomRecord | undefined>): Promise<RoomRecord | undefined> {
    let pending = adopting.get(roomId);
    if (!pending) {
      pending = adopt().finally(() => adopting.delete(roomId));
      adopting.set(roomId, pending);
    }
    return pending;
  }

  async function adoptRoom(room: CommunicationRoom): Promise<RoomRecord | undefined> {
    let participants: RoomParticipant[];
    try {
      participants = await options.readRoster(room.id);
    } catch (error) {
      if (isUnknownRoomError(error)) return undefined;
      throw error;
    }
    try {
      const record = await records.insert(
        {
          roomId: room.id,
          createdAt: room.createdOn,
          validFrom: room.validFrom,
          validUntil: room.validUntil,
          pstnDialOutEnabled: room.pstnDialOutEnabled,
          updatedAt: new Date(),
          adopted: true,
        },
        participants,
      );
      options.onAdopted?.(record);
      return record;
    } catch (error) {
      // Someone else recorded it meanwhile: theirs stands.
      if (error instanceof RoomRecordStoreError && error.code === 'exists') return records.get(room.id);
      throw error;
    }
  }

  async function forget(roomId: string): Promise<void> {
    let removed: RoomRecord | undefined;
    await records.update(roomId, (current) => {
      removed = current;
      return current ? { remove: true } : { keep: true };
    });
    if (removed) options.onRemoved?.(removed);
  }

  /** Drops the record of a room the service does not list, after asking the service about that room once more. */
  async function dropIfGone(roomId: string): Promise<boolean> {
    let removed: RoomRecord | undefined;
    await records.update(roomId, async (current) => {
      if (!current) return { keep: true };
      try {
        await rooms.getRoom(roomId);
        return { keep: true };
      } catch (error) {
        if (!isUnknownRoomError(error)) throw error;
        removed = current;
        return { remove: true };
      }
    });
    if (removed) options.onRemoved?.(removed);
    return removed !== undefined;
  }

  const recoverCreates = singleFlight(async () => {
    const stale = await records.staleCreates(new Date(Date.now() - options.pendingCreateMs));
    for (const intent of stale) {
      try {
        const stored = readStoredCreate(intent.request);
        let room: CommunicationRoom | undefined;
        if (stored) {
          try {
            room = await createInService(rooms, stored, intent.key);
          } catch (error) {
            // A refusal made nothing, now or then (the service answers a repeat before judging it): nothing to undo.
            if (!isRefusal(error)) throw error;
          }
        }
        if (room) {
          const id = room.id;
          await records.update(id, async (current) => {
            // A retry of the same create finished it: the room is wanted.
            if (current && !current.adopted) return { keep: true };
            try {
              await rooms.deleteRoom(id);
            } catch (error) {
              if (!isUnknownRoomError(error)) throw error;
            }
            return current ? { remove: true } : { keep: true };
          });
        }
        await records.endCreate(intent.key);
      } catch (error) {
        // The intent stays; the next run tries again.
        onError(error);
      }
    }
  });

  const sync = singleFlight(async (): Promise<RoomsSyncReport> => {
    const report: RoomsSyncReport = { adopted: 0, removed: 0 };
    // A room younger than the oldest create still under way may be that create's, whose record is not written yet.
    const pending = await records.staleCreates(new Date(Date.now() + CLOCK_SKEW_MS));
    const cutoff =
      pending.length === 0
        ? Number.POSITIVE_INFINITY
        : Math.min(...pending.map((intent) => intent.startedAt.getTime())) - CLOCK_SKEW_MS;
    const inService = new Map<string, CommunicationRoom>();
    for await (const room of rooms.listRooms()) inService.set(room.id, room);
    const known = new Set(await records.roomIds());
    for (const [id, room] of inService) {
      if (known.has(id) || room.createdOn.getTime() >= cutoff) continue;
      try {
        const record = await once(id, () => adoptRoom(room));
        if (record?.adopted) report.adopted += 1;
      } catch (error) {
        onError(error);
      }
    }
    for (const id of known) {
      if (inService.has(id)) continue;
      try {
        if (await dropIfGone(id)) report.removed += 1;
      } catch (error) {
        onError(error);
      }
    }
    for (const id of [...missedRosters]) {
      try {
        missedRosters.delete(id);
        if (inService.has(id)) await records.replaceParticipants(id, await options.readRoster(id));
      } catch (error) {
        missedRosters.add(id);
        onError(error);
      }
    }
    return report;
  });

  return {
    adopt(roomId) {
      return once(roomId, async () => {
        let room: CommunicationRoom;
        try {
          room = await rooms.getRoom(roomId);
        } catch (error) {
          if (isUnknownRoomError(error)) return undefined;
          throw error;
        }
        return adoptRoom(room);
      });
    },
    forget,
    rosterMissed(roomId) {
      missedRosters.add(roomId);
    },
    recoverCreates,
    sync,
  };
}
