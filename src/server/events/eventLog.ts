/**
 * The `RoomEventLog` contract: where the handler keeps the room events it streams to browsers — room created,
 * updated, deleted, participants changed, and the call activity Event Grid reports — numbered in one order, so a
 * browser that lost its connection resumes exactly where it stopped. The log also keeps each room's call activity,
 * updated in the same write as the call event that changes it.
 *
 * Implementations: `createMemoryRoomEventLog` (one process; the memory record store's `events`) and the PostgreSQL
 * log of `createPostgresRoomRecordStore` (its `events`: every server on one database shares one log, and hears the
 * others' appends through LISTEN/NOTIFY). Both pass `test/server/events/eventLogContract.ts`.
 */
import type { RoomCallActivity } from '../../core/callActivity';
import type { RoomCallSummary, RoomEvent } from '../../core/types';

/** A room event the log keeps: every kind but `resync`, which only a stream says. */
export type LoggedRoomEvent = Exclude<RoomEvent, { type: 'resync' }>;

/**
 * What a stream needs to know of an event's room to decide who may hear it, as the room was when the event
 * happened: the same facts a list filters by. A room that is gone (`roomDeleted`) can no longer be asked, so its
 * facts travel with the event.
 */
export interface RoomEventAudience {
  /** The room's tenant. */
  tenantId?: string;
  /** The room's organiser. */
  organizerId?: string;
  /** The first people of its roster (the roster preview). */
  participantIds?: string[];
  /** How many people its roster had; more than `participantIds` holds means only the whole roster can tell. */
  participantCount?: number;
}

/** One event to append. */
export interface RoomEventEntry {
  /** The event. */
  event: LoggedRoomEvent;
  /**
   * Where it came from, when its source may deliver it again (the Event Grid event id): an entry whose `sourceId`
   * the log already holds is not stored a second time.
   */
  sourceId?: string;
  /** Who may hear it. @default nobody but callers who see every room */
  audience?: RoomEventAudience;
}

/** An event as the log holds it. */
export interface StoredRoomEvent {
  /** Its place in the log: every append gets the next numbers, in the order appends commit. */
  seq: number;
  /** The event's kind. */
  type: LoggedRoomEvent['type'];
  /** Its room. */
  roomId: string;
  /** The event as the stream sends it: the JSON text of the `RoomEvent` (instants ISO, rooms as room answers). */
  data: string;
  /** Who may hear it. */
  audience: RoomEventAudience;
}

/** A place in one log: its epoch and a sequence number in it. */
export interface RoomEventPosition {
  /**
   * Which log (a random text fixed when the log began): a cursor of another epoch is of another log — another
   * database, or a memory log before a restart — and cannot be resumed.
   */
  epoch: string;
  /** The sequence number of the last event. */
  seq: number;
}

/** What {@link RoomEventLog.readAfter} answers. */
export interface RoomEventRead {
  /** The log's epoch. */
  epoch: string;
  /** The events after the given one, oldest first, at most the limit asked for. */
  events: StoredRoomEvent[];
  /**
   * `false` when some of the events after the given one are no longer kept (retention trimmed them), or the given
   * one lies ahead of the log (a cursor of another log): the reader has missed changes and must resync.
   */
  continuous: boolean;
  /** The sequence number of the newest event, as of this read. */
  head: number;
}

/** A listener's registration with {@link RoomEventLog.onAppend}. */
export interface RoomEventSubscription {
  /**
   * Resolves once the listener hears every event appended from then on, with the sequence number after which that
   * holds. A reader that reads the log after this resolves misses nothing between what it read and what it hears.
   */
  readonly ready: Promise<number>;
  /** Stops listening. */
  close(): void;
}

/** What an {@link RoomEventLog.onAppend} listener is told. */
export interface RoomEventListener {
  /** New events, in order, each once, whoever appended them (this server or another on the same log). */
  events(events: readonly StoredRoomEvent[]): void;
  /**
   * The log could not tell this listener about some events (it fell further behind than retention keeps, while
   * its database connection was down): it continues after `head`.
   */
  gap?(head: RoomEventPosition): void;
}

/** Options of every log's retention. */
export interface RoomEventRetention {
  /** Events kept for resuming streams; older ones are trimmed (a cursor before them gets a resync). @default 10000 */
  maxEvents?: number;
  /**
   * How long a `sourceId` is remembered, so a redelivery is stored once. Event Grid retries for up to 24 hours.
   * @default 48 hours
   */
  sourceRetentionMs?: number;
}

/** The default number of events a log keeps. */
export const DEFAULT_MAX_EVENTS = 10_000;
/** The default time a source id is remembered: twice Event Grid's longest retry. */
export const DEFAULT_SOURCE_RETENTION_MS = 48 * 60 * 60 * 1000;

/**
 * Keeps room events in one order and each room's call activity. Methods reject with `RoomRecordStoreError`
 * `unavailable` when the storage fails; a rejected append stored nothing.
 */
export interface RoomEventLog {
  /**
   * Appends events in the order given and resolves once they are durable. Entries whose `sourceId` the log already
   * holds (or that repeat one earlier in the same call) are left out; a call event also updates its room's call
   * activity, and `roomDeleted` drops it, in the same write. Resolves with the events stored.
   */
  append(entries: readonly RoomEventEntry[]): Promise<StoredRoomEvent[]>;
  /** The newest event's position (`seq` 0 while the log is empty). */
  head(): Promise<RoomEventPosition>;
  /** Up to `limit` events after `seq`, oldest first, and whether the log still holds every event after it. */
  readAfter(seq: number, limit: number): Promise<RoomEventRead>;
  /** Tells `listener` of every event appended from now on (see {@link RoomEventSubscription.ready}). */
  onAppend(listener: RoomEventListener): RoomEventSubscription;
  /** A room's call activity (its calls, oldest first; none for a room that had no call). */
  activity(roomId: string): Promise<RoomCallActivity>;
  /** The calls going on now in the given rooms; rooms without one are absent. */
  liveCalls(roomIds: readonly string[]): Promise<Map<string, RoomCallSummary>>;
  /** Trims what retention no longer keeps now (appends also trim from time to time). */
  trim(): Promise<void>;
  /** Stops listening and releases what the log holds; it is not used afterwards. */
  close(): Promise<void>;
}
