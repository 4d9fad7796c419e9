/**
 * The adapter layer: the `RoomsAdapter` contract, paging helpers, and the embedded in-memory backend.
 */
export type {
  CallOptions,
  CreateRoomInput,
  CreateRoomOptions,
  JoinInfoOptions,
  ListOptions,
  Page,
  Person,
  Room,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinPolicy,
  RoomParticipant,
  RoomParticipantInput,
  RoomsAdapter,
  RoomsAdapterFeatures,
  SearchPeopleOptions,
  UpdateRoomInput,
} from './types';
export { allPages, collectAll } from './paging';
export * from './inMemory';
export * from './http';
export { withLocalRoomEvents } from './withLocalRoomEvents';
