/**
 * A clinic's group session for the RoomActivity stories: one room scheduled 09:00–10:00 Berlin time, its roster drawn
 * from the default people directory, the call activity of a morning (who came, who came late, who dropped out, who
 * never came) as call events, and a clock the play functions move.
 */
import type { StoryClock } from '../../.storybook/preview';
import {
  createInMemoryRoomsAdapter,
  DEFAULT_PEOPLE,
  defaultPerson,
  type InMemoryRoomsAdapter,
} from '../../src/adapter/inMemory';
import type { RoomCallEvent, RoomParticipant } from '../../src/adapter/types';
import type { RoomRole } from '../../src/core/roles';

/** The session's room. */
export const SESSION_ROOM_ID = '99771234500012345';
/** The viewer's zone in every story. */
export const TIME_ZONE = 'Europe/Berlin';
/** The call's id. */
export const CALL_ID = 'call-2026-12-02';
/** The scheduled start: Wednesday 2 December 2026, 09:00 in Berlin. */
export const SESSION_START = new Date('2026-12-02T08:00:00Z');
const MINUTE = 60_000;

/** An instant `minutes` after the scheduled start (negative: before it). */
export const at = (minutes: number): Date => new Date(SESSION_START.getTime() + minutes * MINUTE);

/** A person of the session by name. */
export const personId = (name: string): string => defaultPerson(name).id;

/** Who is invited, with which role. */
export const SESSION_ROSTER: ReadonlyArray<readonly [string, RoomRole]> = [
  ['Fatima Al-Sayed', 'Presenter'],
  ['Sofía Ramírez', 'Collaborator'],
  ['Ahmed Hassan', 'Attendee'],
  ['Grace Kim', 'Attendee'],
  ['Leilani Kahale', 'Attendee'],
  ['William Thompson', 'Attendee'],
  ['Yasmin Haddad', 'Consumer'],
  ['Emeka Nwosu', 'Consumer'],
];

/** Joined without being on the roster (a colleague let in by the service). */
export const UNINVITED = 'Kwame Mensah';

const roster = (): RoomParticipant[] => SESSION_ROSTER.map(([name, role]) => ({ id: personId(name), role }));

/** Someone joining: their first stay unless `stay` says which. */
export function joinEvent(name: string, minutes: number, stay = 1, role?: RoomRole): RoomCallEvent {
  return {
    type: 'participantJoined',
    roomId: SESSION_ROOM_ID,
    callId: CALL_ID,
    at: at(minutes),
    userId: personId(name),
    displayName: name,
    participantId: `${personId(name)}#${stay}`,
    ...(role ? { role } : {}),
  };
}

/** Someone leaving their stay `stay`. */
export function leaveEvent(name: string, minutes: number, stay = 1): RoomCallEvent {
  return {
    type: 'participantLeft',
    roomId: SESSION_ROOM_ID,
    callId: CALL_ID,
    at: at(minutes),
    userId: personId(name),
    participantId: `${personId(name)}#${stay}`,
  };
}

/** The first four minutes: the presenter opened two minutes early, four people are in. */
export const OPENING: RoomCallEvent[] = [
  { type: 'callStarted', roomId: SESSION_ROOM_ID, callId: CALL_ID, at: at(-2), startedBy: personId('Fatima Al-Sayed') },
  joinEvent('Fatima Al-Sayed', -2),
  joinEvent('Sofía Ramírez', 1),
  joinEvent('Ahmed Hassan', 2),
  joinEvent('Yasmin Haddad', 3),
];

/**
 * Twenty-five minutes in: Leilani came and left, Grace came twelve minutes late and dropped out for two minutes, a
 * colleague joined uninvited; William and Emeka have not come.
 */
export const MORNING: RoomCallEvent[] = [
  ...OPENING,
  joinEvent('Leilani Kahale', 3),
  joinEvent(UNINVITED, 6, 1, 'Attendee'),
  joinEvent('Grace Kim', 12),
  leaveEvent('Grace Kim', 15),
  joinEvent('Grace Kim', 17, 2),
  leaveEvent('Leilani Kahale', 18),
];

/** The whole call: it ended at 09:50, Sofía having left at 09:40, the others at the end. */
export const FINISHED: RoomCallEvent[] = [
  ...MORNING,
  leaveEvent('Sofía Ramírez', 40),
  leaveEvent(UNINVITED, 45),
  { type: 'callEnded', roomId: SESSION_ROOM_ID, callId: CALL_ID, at: at(50), durationSeconds: 52 * 60 },
];

/**
 * A clock the plays move forward. Backends read `now`; the kit's provider gets it as a {@link StoryClock}, so durations
 * and lateness show a jump at once.
 */
export const activityClock = (() => {
  let t = SESSION_START.getTime();
  let current = (): Date => new Date(t);
  const listeners = new Set<() => void>();
  const moved = (): void => {
    current = () => new Date(t);
    for (const listener of [...listeners]) listener();
  };
  return {
    now: (): Date => new Date(t),
    current: () => current,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Sets the clock to `minutes` after the scheduled start. */
    set: (minutes: number): void => {
      t = at(minutes).getTime();
      moved();
    },
    advance: (ms: number): void => {
      t += ms;
      moved();
    },
  } satisfies StoryClock & Record<string, unknown>;
})();

/**
 * The session's backend at `minutes` after the start, with these call events heard so far; signed in as
 * `currentUser` when given (the presenter, to answer requests to join).
 */
export function sessionBackend(
  minutes: number,
  callEvents: readonly RoomCallEvent[],
  currentUser?: string,
): InMemoryRoomsAdapter {
  activityClock.set(minutes);
  return createInMemoryRoomsAdapter({
    now: activityClock.now,
    ...(currentUser ? { currentUser } : {}),
    people: DEFAULT_PEOPLE,
    rooms: [
      {
        room: {
          id: SESSION_ROOM_ID,
          subject: 'Group session: living with heart failure',
          timeZone: TIME_ZONE,
          createdAt: at(-7 * 24 * 60),
          validFrom: SESSION_START,
          validUntil: at(60),
        },
        participants: roster(),
      },
    ],
    callEvents,
  });
}
