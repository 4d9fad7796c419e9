/**
 * The in-memory backend: the embedded default `RoomsAdapter` for stories, tests and the demo.
 */
export {
  createInMemoryRoomsAdapter,
  type InMemoryRoomsAdapter,
  type InMemoryRoomsAdapterOptions,
  type InMemoryRoomSeed,
  type RoomsAdapterCall,
} from './createInMemoryRoomsAdapter';
export { createSeededRoomsAdapter, DEMO_ROOM_IDS, seedDemoRooms } from './demoRooms';
export {
  type FailNextOptions,
  type LatencyMs,
  type RoomsAdapterOperationName,
  type RoomsFaultController,
} from './faults';
export { DEFAULT_PEOPLE, defaultPerson, IN_MEMORY_RESOURCE_ID, makePeople, makeUserId } from './people';
