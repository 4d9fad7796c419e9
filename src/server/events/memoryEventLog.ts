/**
 * The in-memory `RoomEventLog`: one process keeps the events in an array and each room's call activity in a map.
 * The memory record store's log, for the demo and tests; a restart begins a new epoch, so a browser's cursor from
 * before it gets a resync.
 */
import { randomBytes } from 'node:crypto';
import { applyCallEvent, callSummaryOf, emptyCallActivity, type RoomCallActivity } from '../../core/callActivity';
import { isRoomCallEvent, type RoomCallSummary } from '../../core/types';
import { roomEventData } from './eventJson';
import {
  DEFAULT_MAX_EVENTS,
  DEFAULT_SOURCE_RETENTION_MS,
  type RoomEventEntry,
  type RoomEventListener,
  type RoomEventLog,
  type RoomEventRetention,
  type StoredRoomEvent,
} from './eventLog';

/** Options of {@link createMemoryRoomEventLog}. */
export interface MemoryRoomEventLogOptions extends RoomEventRetention {
  /** The clock, in milliseconds (for source retention). @default Date.now */
  now?: () => number;
}

/** A random epoch: cursors of one process's log never resume in another's. */
export function newEpoch(): string {
  return randomBytes(8).toString('hex');
}

function copyAudience(entry: RoomEventEntry): StoredRoomEvent['audience'] {
  const audience = entry.audience ?? {};
  const copy: StoredRoomEvent['audience'] = {};
  if (audience.tenantId !== undefined) copy.tenantId = audience.tenantId;
  if (audience.organizerId !== undefined) copy.organizerId = audience.organizerId;
  if (audience.participantIds !== undefined) copy.participantIds = [...audience.participantIds];
  if (audience.participantCount !== undefined) copy.participantCount = audience.participantCount;
  return copy;
}

/**
 * Makes a `RoomEventLog` in this process's memory: appends are numbered at once and heard by listeners before the
 * append resolves.
 *
 * @example
 * ```ts
 * const events = createMemoryRoomEventLog({ maxEvents: 5000 });
 * const handler = createRoomsRequestHandler({ connectionString, authorize, events });
 * ```
 */
export function createMemoryRoomEventLog(options: MemoryRoomEventLogOptions = {}): RoomEventLog {
  const epoch = newEpoch();
  const maxEvents = Math.max(1, Math.floor(options.maxEvents ?? DEFAULT_MAX_EVENTS));
  // Trimming in steps, not one event at a time, keeps appends cheap.
  const slack = Math.max(16, Math.floor(maxEvents / 10));
  const sourceRetentionMs = options.sourceRetentionMs ?? DEFAULT_SOURCE_RETENTION_MS;
  const now = options.now ?? Date.now;
  /** Events after `trimmedThrough`, in order; `events[i].seq === trimmedThrough + 1 + i`. */
  let events: StoredRoomEvent[] = [];
  let trimmedThrough = 0;
  let head = 0;
  /** Source id → when it was first stored; insertion order is age order. */
  const sources = new Map<string, number>();
  const activities = new Map<string, RoomCallActivity>();
  const listeners = new Set<RoomEventListener>();
  let closed = false;

  function trimNow(): void {
    if (events.length > maxEvents) {
      const drop = events.length - maxEvents;
      events = events.slice(drop);
      trimmedThrough += drop;
    }
    const oldest = now() - sourceRetentionMs;
    for (const [id, at] of sources) {
      if (at >= oldest) break;
      sources.delete(id);
    }
  }

  return {
    append(entries) {
      if (closed) return Promise.reject(new Error('The room event log is closed.'));
      const stored: StoredRoomEvent[] = [];
      for (const entry of entries) {
        if (entry.sourceId !== undefined) {
          if (sources.has(entry.sourceId)) continue;
          sources.set(entry.sourceId, now());
        }
        const { event } = entry;
        const saved: StoredRoomEvent = {
          seq: ++head,
          type: event.type,
          roomId: event.roomId,
          data: roomEventData(event),
          audience: copyAudience(entry),
        };
        events.push(saved);
        stored.push(saved);
        if (isRoomCallEvent(event)) {
          const before = activities.get(event.roomId) ?? emptyCallActivity(event.roomId);
          activities.set(event.roomId, applyCallEvent(before, event));
        } else if (event.type === 'roomDeleted') {
          activities.delete(event.roomId);
        }
      }
      if (events.length > maxEvents + slack) trimNow();
      if (stored.length > 0) {
        for (const listener of [...listeners]) {
          try {
            listener.events(stored);
          } catch {
            // One listener's failure is its own; the others, and the append, go on.
          }
        }
      }
      return Promise.resolve(stored);
    },

    head() {
      return Promise.resolve({ epoch, seq: head });
    },

    readAfter(seq, limit) {
      const continuous = Number.isInteger(seq) && seq >= trimmedThrough && seq <= head;
      const start = continuous ? seq - trimmedThrough : events.length;
      const taken = events.slice(start, start + Math.max(1, Math.floor(limit)));
      return Promise.resolve({ epoch, events: taken, continuous, head });
    },

    onAppend(listener) {
      listeners.add(listener);
      return {
        ready: Promise.resolve(head),
        close: () => {
          listeners.delete(listener);
        },
      };
    },

    activity(roomId) {
      const activity = activities.get(roomId) ?? emptyCallActivity(roomId);
      return Promise.resolve(structuredClone(activity));
    },

    liveCalls(roomIds) {
      const calls = new Map<string, RoomCallSummary>();
      for (const roomId of roomIds) {
        const activity = activities.get(roomId);
        const summary = activity && callSummaryOf(activity);
        if (summary) calls.set(roomId, summary);
      }
      return Promise.resolve(calls);
    },

    trim() {
      trimNow();
      return Promise.resolve();
    },

    close() {
      closed = true;
      listeners.clear();
      return Promise.resolve();
    },
  };
}
