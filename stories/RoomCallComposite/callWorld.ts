/**
 * A simulated room call for the stories: the demo clinic's rooms in the in-memory backend, a controllable clock, and
 * one simulated call adapter per person who joins.
 */
import {
  createSeededRoomsAdapter,
  createSimulatedCallAdapter,
  defaultPerson,
  DEMO_ROOM_IDS,
  type InMemoryRoomsAdapter,
  type SimulatedCallAdapter,
  type SimulatedCallAdapterOptions,
  type SimulatedParticipantInput,
} from '../../src/testing';
import type { RoomRole } from '../../src/core/roles';
import type { StoryClock } from '../../.storybook/preview';

/** The instant every story starts at: Monday 2 June 2025, 11:00 in Berlin. */
export const STORY_NOW = new Date('2025-06-02T09:00:00Z');

/**
 * A clock the stories' play functions move forward. Backends read it through `now`; the kit's provider gets it as a
 * {@link StoryClock}, so what follows the clock (the waiting room's countdown) shows a jump at once.
 */
export const storyClock = (() => {
  let t = STORY_NOW.getTime();
  const read = (): Date => new Date(t);
  let current = (): Date => new Date(t);
  const listeners = new Set<() => void>();
  const moved = (): void => {
    current = () => new Date(t);
    for (const listener of [...listeners]) listener();
  };
  return {
    now: read,
    current: () => current,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset: (): void => {
      t = STORY_NOW.getTime();
      moved();
    },
    advance: (ms: number): void => {
      t += ms;
      moved();
    },
  } satisfies StoryClock & Record<string, unknown>;
})();

/** Looks a person of the demo directory up by name. */
export const personId = (name: string): string => defaultPerson(name).id;

/** The open telehealth consult of the demo data: one person of each role. */
export const CONSULT: Readonly<Record<RoomRole, { id: string; name: string }>> = {
  Presenter: { id: personId('José Álvarez'), name: 'José Álvarez' },
  Attendee: { id: personId('Ahmed Hassan'), name: 'Ahmed Hassan' },
  Collaborator: { id: personId('Sofía Ramírez'), name: 'Sofía Ramírez' },
  Consumer: { id: personId('Priya Natarajan'), name: 'Priya Natarajan' },
};

/** What a story renders and its play function drives. */
export interface CallWorld {
  rooms: InMemoryRoomsAdapter;
  roomId: string;
  userId: string;
  call: SimulatedCallAdapter;
}

/** Options of {@link createCallWorld}. */
export interface CallWorldOptions {
  /** Whose call it is. */
  userId: string;
  /** Which demo room. @default the open consult */
  roomId?: string;
  /** Who else is in the call. @default the consult's other three, one of them speaking */
  participants?: readonly SimulatedParticipantInput[];
  /** Anything else for the simulated adapter. */
  call?: Partial<SimulatedCallAdapterOptions>;
  /** An existing backend, to put several people in one room. */
  rooms?: InMemoryRoomsAdapter;
  /** Who is signed in to a new backend (whose role moderation and the lobby go by). @default nobody */
  currentUser?: string;
}

/** Everyone in the consult but `userId`, the first of them speaking. */
export function othersInConsult(userId: string): SimulatedParticipantInput[] {
  return Object.values(CONSULT)
    .filter((p) => p.id !== userId)
    .map((p, index) => ({ id: p.id, isSpeaking: index === 0 }));
}

/** Builds a story's world; the clock starts again at {@link STORY_NOW}. */
export async function createCallWorld(options: CallWorldOptions): Promise<CallWorld> {
  storyClock.reset();
  const rooms =
    options.rooms ??
    createSeededRoomsAdapter({
      now: storyClock.now,
      seed: 1,
      ...(options.currentUser ? { currentUser: options.currentUser } : {}),
    });
  const roomId = options.roomId ?? DEMO_ROOM_IDS.openConsult;
  const call = createSimulatedCallAdapter({
    userId: options.userId,
    roomsAdapter: rooms,
    roomId,
    startOn: 'call',
    participants: options.participants ?? othersInConsult(options.userId),
    now: storyClock.now,
    ...options.call,
  });
  await call.ready;
  return { rooms, roomId, userId: options.userId, call };
}
