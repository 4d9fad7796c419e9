/**
 * The Node side of the kit: the request handler that serves the kit's HTTP contract over the official SDKs, the
 * record stores it keeps room details in, the room event log it streams from, the lobby store it keeps requests to
 * join and speaker grants in, and the Event Grid webhook.
 */
export {
  createRoomsRequestHandler,
  type AuthorizeDetails,
  type RoomsAction,
  type RoomsAuthorize,
  type RoomsCurrentUser,
  type RoomsRequestHandler,
  type RoomsRequestHandlerOptions,
  type RoomsEventsOptions,
  type RoomsScopeResolver,
  type RosterCacheOptions,
} from './createRoomsRequestHandler';
export {
  createMemoryRoomEventLog,
  DEFAULT_MAX_EVENTS,
  DEFAULT_SOURCE_RETENTION_MS,
  type LoggedRoomEvent,
  type MemoryRoomEventLogOptions,
  type RoomEventAudience,
  type RoomEventEntry,
  type RoomEventListener,
  type RoomEventLog,
  type RoomEventPosition,
  type RoomEventRead,
  type RoomEventRetention,
  type RoomEventStreamOptions,
  type RoomEventSubscription,
  type RoomsEventGridOptions,
  type StoredRoomEvent,
} from './events';
export type { RoomsSyncReport } from './reconcile';
export { createMemoryRoomLobbyStore, type LobbyRoomsAction, type RoomLobbyStore } from './lobby';
export type { RoomsPeopleDirectory } from './directory';
export {
  createMemoryRoomRecordStore,
  createPostgresRoomRecordStore,
  ROSTER_PREVIEW_SIZE,
  RoomRecordStoreError,
  type NewRoomRecord,
  type PostgresRoomRecordStoreConnection,
  type PostgresRoomRecordStoreOptions,
  type MemoryRoomRecordStoreOptions,
  type RoomCreateIntent,
  type RoomRecord,
  type RoomRecordDecision,
  type RoomRecordPage,
  type RoomRecordPatch,
  type RoomRecordPosition,
  type RoomRecordQuery,
  type RoomRecordStore,
  type RoomScope,
} from './records';
export {
  createEventGridReceiver,
  DEFAULT_EVENT_GRID_BODY_LIMIT_BYTES,
  EventGridEventType,
  parseEventGridDelivery,
  type EventGridAcceptedEvent,
  type EventGridDelivery,
  type EventGridReceiver,
  type EventGridReceiverOptions,
  type ParseEventGridDeliveryOptions,
} from './eventGrid';
