/**
 * Where the server keeps room records: the `RoomRecordStore` contract and its two implementations.
 */
export { createMemoryRoomRecordStore, type MemoryRoomRecordStoreOptions } from './memory';
export {
  createPostgresRoomRecordStore,
  type PostgresRoomRecordStoreConnection,
  type PostgresRoomRecordStoreOptions,
} from './postgres';
export {
  ROSTER_PREVIEW_SIZE,
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
