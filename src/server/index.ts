/**
 * The Node side of the kit: the request handler that serves the kit's HTTP contract over the official SDKs, and the
 * record stores it keeps room details in.
 */
export {
  createRoomsRequestHandler,
  type AuthorizeDetails,
  type RoomsAction,
  type RoomsAuthorize,
  type RoomsCurrentUser,
  type RoomsRequestHandler,
  type RoomsRequestHandlerOptions,
  type RoomsScopeResolver,
  type RosterCacheOptions,
} from './createRoomsRequestHandler';
export type { RoomsSyncReport } from './reconcile';
export type { RoomsPeopleDirectory } from './directory';
export {
  createMemoryRoomRecordStore,
  createPostgresRoomRecordStore,
  ROSTER_PREVIEW_SIZE,
  RoomRecordStoreError,
  type NewRoomRecord,
  type PostgresRoomRecordStoreConnection,
  type PostgresRoomRecordStoreOptions,
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
