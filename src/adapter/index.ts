/**
 * The adapter layer: the `RoomsAdapter` contract, paging helpers, and the embedded in-memory backend.
 */
export type {
  AdmitJoinRequestInput,
  CallOptions,
  DeclineJoinRequestInput,
  JoinRequestInput,
  CreateRoomInput,
  CreateRoomOptions,
  JoinInfoOptions,
  ListOptions,
  ListRoomsOptions,
  Page,
  Person,
  Room,
  RoomDetails,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinStanding,
  RoomJoinPolicy,
  RoomParticipant,
  RoomParticipantInput,
  RoomRosterPreview,
  RoomsAdapter,
  RoomsAdapterFeatures,
  SearchPeopleOptions,
  UpdateRoomInput,
  UpdateRoomOptions,
} from './types';
export { allPages, collectAll, pagesOf, type ReadPage } from './paging';
export { adapterKey } from './adapterKey';
export { saveRosterPlan } from './saveRosterPlan';
export type { RosterSaveStep, RosterSaveStepKind, SaveRosterPlanOptions } from './saveRosterPlan';
export * from './inMemory';
export * from './http';
export { withLocalRoomEvents } from './withLocalRoomEvents';
