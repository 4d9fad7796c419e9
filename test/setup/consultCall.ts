import type { InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import {
  createSeededRoomsAdapter,
  createSimulatedCallAdapter,
  defaultPerson,
  DEMO_ROOM_IDS,
  type SimulatedCallAdapter,
} from '../../src/testing';

/** The clock the call tests share. */
export const CONSULT_NOW = new Date('2025-06-02T09:00:00Z');

/** The seeded open consultation, José Álvarez in its call with Ahmed Hassan speaking. */
export interface ConsultCall {
  rooms: InMemoryRoomsAdapter;
  roomId: string;
  userId: string;
  call: SimulatedCallAdapter;
}

/**
 * Joins José Álvarez to the seeded open consultation with Ahmed Hassan in the call: what the call composite's jsdom
 * tests render. Pass `rooms` to join a second call of the same backend.
 */
export async function joinConsult(
  rooms = createSeededRoomsAdapter({ now: () => CONSULT_NOW, seed: 1 }),
): Promise<ConsultCall> {
  const userId = defaultPerson('José Álvarez').id;
  const roomId = DEMO_ROOM_IDS.openConsult;
  const call = createSimulatedCallAdapter({
    userId,
    roomsAdapter: rooms,
    roomId,
    startOn: 'call',
    participants: [{ id: defaultPerson('Ahmed Hassan').id, isSpeaking: true }],
    now: () => CONSULT_NOW,
  });
  await call.ready;
  return { rooms, roomId, userId, call };
}
