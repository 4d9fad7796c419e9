/**
 * The in-memory `RoomRecordStore`: one process keeps every record in a map. The handler's default, for the demo and
 * tests; records are lost when the process ends and other servers do not see them (use the PostgreSQL store there).
 */
import type { RoomRole } from '../../core/roles';
import { roomMatchesSearch, rosterPreviewOf } from '../../core/roomDetails';
import type { RoomParticipant } from '../../core/types';
import {
  RoomRecordStoreError,
  type NewRoomRecord,
  type RoomCreateIntent,
  type RoomRecord,
  type RoomRecordDecision,
  type RoomRecordPage,
  type RoomRecordPatch,
  type RoomRecordPosition,
  type RoomRecordQuery,
  type RoomRecordStore,
  type RoomScope,
} from './types';
import { createMemoryRoomEventLog, type MemoryRoomEventLogOptions } from '../events/memoryEventLog';
import { createMemoryRoomLobbyStore } from '../lobby/memoryLobbyStore';

interface Entry {
  /** The record without its roster fields (kept in `roster`). */
  record: Omit<RoomRecord, 'participantCount' | 'firstParticipants'>;
  /** Raw id → role, in invitation order (a `Map` keeps insertion order; a new role keeps the place). */
  roster: Map<string, RoomRole>;
}

const DETAIL_FIELDS = ['subject', 'timeZone', 'description', 'reference'] as const;

function compareEntries(a: Entry, b: Entry): number {
  return comparePosition(a.record.createdAt.getTime(), a.record.roomId, b.record.createdAt.getTime(), b.record.roomId);
}

function comparePosition(aTime: number, aId: string, bTime: number, bId: string): number {
  if (aTime !== bTime) return aTime - bTime;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** The roster as participants, in invitation order. */
function* participantsOf(roster: Map<string, RoomRole>): Generator<RoomParticipant> {
  for (const [id, role] of roster) yield { id, role };
}

function copyOut(entry: Entry): RoomRecord {
  const { record } = entry;
  return {
    ...record,
    createdAt: new Date(record.createdAt),
    validFrom: new Date(record.validFrom),
    validUntil: new Date(record.validUntil),
    updatedAt: new Date(record.updatedAt),
    participantCount: entry.roster.size,
    firstParticipants: rosterPreviewOf(participantsOf(entry.roster)),
  };
}

function applyPatch(record: Entry['record'], patch: RoomRecordPatch): Entry['record'] {
  const next = { ...record };
  for (const field of DETAIL_FIELDS) {
    const value = patch[field];
    if (value === undefined) continue;
    if (value === null) delete next[field];
    else next[field] = value;
  }
  if (patch.validFrom !== undefined) next.validFrom = new Date(patch.validFrom);
  if (patch.validUntil !== undefined) next.validUntil = new Date(patch.validUntil);
  if (patch.pstnDialOutEnabled !== undefined) next.pstnDialOutEnabled = patch.pstnDialOutEnabled;
  if (patch.updatedBy === null) delete next.updatedBy;
  else if (patch.updatedBy !== undefined) next.updatedBy = patch.updatedBy;
  next.updatedAt = new Date(patch.updatedAt);
  next.version = record.version + 1;
  return next;
}

function inScope(entry: Entry, scope: RoomScope): boolean {
  if (scope.all === true) return true;
  const { record } = entry;
  if (scope.organizerId !== undefined && record.organizerId === scope.organizerId) return true;
  if (scope.tenantId !== undefined && record.tenantId === scope.tenantId) return true;
  if (scope.participantId !== undefined && entry.roster.has(scope.participantId)) return true;
  return false;
}

/** Options of {@link createMemoryRoomRecordStore}. */
export interface MemoryRoomRecordStoreOptions {
  /** How much of the room event log (the store's `events`) is kept for resuming streams. */
  events?: MemoryRoomEventLogOptions;
}

function copyIntent(intent: RoomCreateIntent): RoomCreateIntent {
  return { key: intent.key, startedAt: new Date(intent.startedAt), request: structuredClone(intent.request) };
}

/**
 * Makes a `RoomRecordStore` that keeps records in this process's memory. Writers of one room take turns (an
 * `update` callback that waits on the Rooms service holds the room until it settles); records handed out are copies.
 * Its `events` is a memory event log, so every handler given this one store streams the same events, and its `lobby`
 * a memory lobby store, so they share requests to join and speaker grants too.
 *
 * @example
 * ```ts
 * const records = createMemoryRoomRecordStore();
 * const handler = createRoomsRequestHandler({ connectionString, authorize, currentUser, records });
 * ```
 */
export function createMemoryRoomRecordStore(options: MemoryRoomRecordStoreOptions = {}): RoomRecordStore {
  const events = createMemoryRoomEventLog(options.events);
  const lobby = createMemoryRoomLobbyStore();
  const entries = new Map<string, Entry>();
  const intents = new Map<string, RoomCreateIntent>();
  /** Entries in list order; rebuilt when `sorted` is false. */
  const ordered: Entry[] = [];
  let sorted = true;
  /** The tail of each room's writer chain. */
  const turns = new Map<string, Promise<void>>();

  /** Runs `work` after every earlier writer of the room has finished. */
  function inTurn<T>(roomId: string, work: () => Promise<T> | T): Promise<T> {
    const before = turns.get(roomId) ?? Promise.resolve();
    const result = before.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    turns.set(roomId, tail);
    void tail.then(() => {
      if (turns.get(roomId) === tail) turns.delete(roomId);
    });
    return result;
  }

  function place(entry: Entry): void {
    const last = ordered[ordered.length - 1];
    if (sorted && (last === undefined || compareEntries(last, entry) < 0)) ordered.push(entry);
    else {
      ordered.push(entry);
      sorted = false;
    }
  }

  function inOrder(): Entry[] {
    if (!sorted) {
      ordered.sort(compareEntries);
      sorted = true;
    }
    return ordered;
  }

  /** Index of the first entry after `position`. */
  function startAfter(list: Entry[], position: RoomRecordPosition): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = list[middle] as Entry;
      const order = comparePosition(
        entry.record.createdAt.getTime(),
        entry.record.roomId,
        position.createdAt,
        position.roomId,
      );
      if (order <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function remove(roomId: string): void {
    const entry = entries.get(roomId);
    if (!entry) return;
    entries.delete(roomId);
    const list = inOrder();
    const index = list.indexOf(entry);
    if (index >= 0) list.splice(index, 1);
  }

  return {
    get(roomId) {
      const entry = entries.get(roomId);
      return Promise.resolve(entry ? copyOut(entry) : undefined);
    },

    insert(record: NewRoomRecord, participants: readonly RoomParticipant[], options?: { intentKey?: string }) {
      return inTurn(record.roomId, () => {
        if (entries.has(record.roomId)) {
          throw new RoomRecordStoreError('exists', `Room ${record.roomId} already has a record.`);
        }
        const entry: Entry = {
          record: {
            ...record,
            createdAt: new Date(record.createdAt),
            validFrom: new Date(record.validFrom),
            validUntil: new Date(record.validUntil),
            updatedAt: new Date(record.updatedAt),
            version: 1,
          },
          roster: new Map(participants.map((participant) => [participant.id, participant.role])),
        };
        entries.set(record.roomId, entry);
        place(entry);
        if (options?.intentKey !== undefined) intents.delete(options.intentKey);
        return copyOut(entry);
      });
    },

    update(roomId, decide) {
      return inTurn(roomId, async () => {
        const current = entries.get(roomId);
        const decision: RoomRecordDecision = await decide(current ? copyOut(current) : undefined);
        // The entry cannot have changed meanwhile: every writer of this room waits for this turn.
        if ('remove' in decision) {
          remove(roomId);
          return undefined;
        }
        if (!current) return undefined;
        if ('write' in decision) current.record = applyPatch(current.record, decision.write);
        return copyOut(current);
      });
    },

    updateParticipants(roomId, upserted, removed) {
      const entry = entries.get(roomId);
      if (entry) {
        for (const id of removed) entry.roster.delete(id);
        for (const [id, role] of upserted) entry.roster.set(id, role);
      }
      return Promise.resolve();
    },

    replaceParticipants(roomId, participants) {
      const entry = entries.get(roomId);
      if (entry) entry.roster = new Map(participants.map((participant) => [participant.id, participant.role]));
      return Promise.resolve();
    },

    list(query: RoomRecordQuery): Promise<RoomRecordPage> {
      const list = inOrder();
      const search = query.search && {
        text: query.search.text,
        participantIds: new Set(query.search.participantIds),
      };
      const limit = Math.max(1, Math.floor(query.limit));
      const records: RoomRecord[] = [];
      let more = false;
      for (let index = query.after ? startAfter(list, query.after) : 0; index < list.length; index++) {
        const entry = list[index] as Entry;
        if (!inScope(entry, query.scope)) continue;
        if (search) {
          const { record } = entry;
          const searchable = { id: record.roomId, subject: record.subject, reference: record.reference };
          if (!roomMatchesSearch(searchable, entry.roster.keys(), search)) continue;
        }
        if (records.length === limit) {
          more = true;
          break;
        }
        records.push(copyOut(entry));
      }
      const last = records[records.length - 1];
      const page: RoomRecordPage = { records };
      if (more && last) page.next = { createdAt: last.createdAt.getTime(), roomId: last.roomId };
      return Promise.resolve(page);
    },

    roomIds() {
      return Promise.resolve([...entries.keys()]);
    },

    beginCreate(intent) {
      if (intents.has(intent.key)) return Promise.resolve(false);
      intents.set(intent.key, copyIntent(intent));
      return Promise.resolve(true);
    },

    endCreate(key) {
      intents.delete(key);
      return Promise.resolve();
    },

    staleCreates(before) {
      const stale = [...intents.values()]
        .filter((intent) => intent.startedAt.getTime() < before.getTime())
        .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
        .map(copyIntent);
      return Promise.resolve(stale);
    },

    participantsAmong(roomId, userIds) {
      const roster = entries.get(roomId)?.roster;
      return Promise.resolve(new Set(roster ? userIds.filter((id) => roster.has(id)) : []));
    },

    events,
    lobby,

    async close() {
      await lobby.close();
      return events.close();
    },
  };
}
