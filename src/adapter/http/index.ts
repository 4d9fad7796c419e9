/**
 * The HTTP adapter: the browser side of the kit's HTTP contract.
 */
export { createHttpRoomsAdapter, type HttpRoomsAdapter, type HttpRoomsAdapterOptions } from './createHttpRoomsAdapter';
export type {
  HttpRoomEventsOptions,
  OnlineEventSource,
  RoomEventStreamState,
  RoomEventStreamStatus,
  RoomEventTimers,
} from './eventStream';
