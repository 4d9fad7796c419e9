/**
 * Room events on the server: the `RoomEventLog` contract and its memory implementation (the PostgreSQL one comes
 * with `createPostgresRoomRecordStore`, as its `events`), and the options of the handler's event stream.
 */
export { createMemoryRoomEventLog, type MemoryRoomEventLogOptions } from './memoryEventLog';
export type { RoomEventStreamOptions, RoomsEventGridOptions } from './handlerEvents';
export {
  DEFAULT_MAX_EVENTS,
  DEFAULT_SOURCE_RETENTION_MS,
  type LoggedRoomEvent,
  type RoomEventAudience,
  type RoomEventEntry,
  type RoomEventListener,
  type RoomEventLog,
  type RoomEventPosition,
  type RoomEventRead,
  type RoomEventRetention,
  type RoomEventSubscription,
  type StoredRoomEvent,
} from './eventLog';
