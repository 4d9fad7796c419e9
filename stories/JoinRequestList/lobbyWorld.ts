/**
 * A telehealth appointment for the knock-to-join stories: one room with Dr. Amara Okafor as its presenter, people who
 * hold the link knocking on it, and a clock the plays move. Each story gets a fresh in-memory backend signed in as the
 * doctor (who sees and answers requests) or as the patient (who knocks).
 */
import type { StoryClock } from '../../.storybook/preview';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';

/** The appointment's room. */
export const APPOINTMENT_ROOM_ID = '55512340000098765';
/** Its title, as the host knows it. */
export const APPOINTMENT_TITLE = 'Follow-up with Dr. Okafor';
/** The viewer's zone in every story. */
export const TIME_ZONE = 'Europe/Berlin';
/** When the stories start: Wednesday 2 December 2026, 10:00 in Berlin. */
export const LOBBY_START = new Date('2026-12-02T09:00:00Z');
const MINUTE = 60_000;

/** The presenter. */
export const DOCTOR = { id: makeUserId(0, 31), displayName: 'Dr. Amara Okafor' } as const;
/** The person who knocks in the waiting-room stories. */
export const PATIENT = { id: makeUserId(1, 31), displayName: 'Sam Patel' } as const;
/** An invited attendee, who may not answer requests. */
export const NURSE = { id: makeUserId(2, 31), displayName: 'Nurse Lena Fischer' } as const;

/** Someone else who knocks, by number. */
export const guestId = (n: number): string => makeUserId(100 + n, 31);

/** The clock of the knock-to-join stories. */
export const lobbyClock = (() => {
  let t = LOBBY_START.getTime();
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
    /** Sets the clock to `minutes` after the start. */
    set: (minutes: number): void => {
      t = LOBBY_START.getTime() + minutes * MINUTE;
      moved();
    },
    advance: (ms: number): void => {
      t += ms;
      moved();
    },
  } satisfies StoryClock & Record<string, unknown>;
})();

/** The appointment's backend, signed in as `as`, its clock at the start. */
export function appointmentBackend(as: { id: string } = DOCTOR): InMemoryRoomsAdapter {
  lobbyClock.set(0);
  return createInMemoryRoomsAdapter({
    now: lobbyClock.now,
    currentUser: as.id,
    people: [DOCTOR, NURSE],
    rooms: [
      {
        room: {
          id: APPOINTMENT_ROOM_ID,
          subject: APPOINTMENT_TITLE,
          timeZone: TIME_ZONE,
          validFrom: new Date(LOBBY_START.getTime() - 30 * MINUTE),
          validUntil: new Date(LOBBY_START.getTime() + 60 * MINUTE),
        },
        participants: [
          { id: DOCTOR.id, role: 'Presenter' },
          { id: NURSE.id, role: 'Attendee' },
        ],
      },
    ],
  });
}

/** People at the door: a patient's relative with a message, a colleague and an interpreter, minutes apart. */
export function knockSome(adapter: InMemoryRoomsAdapter): void {
  lobbyClock.set(-9);
  adapter.knockAs(APPOINTMENT_ROOM_ID, guestId(1), {
    displayName: 'Priya Raman',
    message: 'I am Sam’s daughter and will help with his questions.',
  });
  lobbyClock.set(-4);
  adapter.knockAs(APPOINTMENT_ROOM_ID, guestId(2), { displayName: 'Jamal Washington' });
  lobbyClock.set(-1);
  adapter.knockAs(APPOINTMENT_ROOM_ID, guestId(3), {
    displayName: 'Marguerite Lefèvre',
    message: 'Interpreter (French), booked by the clinic.',
  });
  lobbyClock.set(0);
}
