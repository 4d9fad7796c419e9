/**
 * A small, realistic clinic dataset for stories and the demo: rooms that are open now, scheduled and ended, with
 * titles, time zones, notes and appointment references, and rosters drawn from the default people directory. One room
 * was made outside the kit and has no title.
 */
import type { RoomRole } from '../../core/roles';
import {
  createInMemoryRoomsAdapter,
  type InMemoryRoomsAdapter,
  type InMemoryRoomsAdapterOptions,
  type InMemoryRoomSeed,
} from './createInMemoryRoomsAdapter';
import { DEFAULT_PEOPLE, makeUserId } from './people';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Fixed ids of the demo rooms, so stories and links can name them. */
export const DEMO_ROOM_IDS = {
  /** "Telehealth follow-up: Ahmed Hassan", open now, with an interpreter and dial-out (Europe/Berlin). */
  openConsult: '99117812428622880',
  /** "Physiotherapy review", starting in two hours (Asia/Kolkata). */
  physioLaterToday: '99284176430126775',
  /** "Follow-up: Priya Raman", a cardiology consult tomorrow morning (Europe/Berlin). */
  cardiologyTomorrow: '99365509112873412',
  /** "Group session: living with diabetes", next week, with a larger roster (UTC). */
  groupSessionNextWeek: '99410257786312098',
  /** "Dermatology review: William Thompson", which ended yesterday (America/New_York). */
  endedYesterday: '99532871049215563',
  /** A room made outside the kit that ended last week: no title, no zone, nobody invited. */
  endedEmpty: '99687214503918374',
} as const;

function idOf(displayName: string): string {
  // Falls back to a synthetic id so a renamed directory entry degrades to an unnamed participant, not a crash.
  return DEFAULT_PEOPLE.find((person) => person.displayName === displayName)?.id ?? makeUserId(0, 99);
}

function roster(entries: ReadonlyArray<readonly [string, RoomRole]>): InMemoryRoomSeed['participants'] {
  return entries.map(([name, role]) => ({ id: idOf(name), role }));
}

function nextHour(ms: number): number {
  return Math.ceil(ms / HOUR) * HOUR;
}

/**
 * Builds the demo clinic's rooms relative to `now`: one open, three scheduled, two ended; all but the one made
 * elsewhere have a title and a zone, some a reference and notes, and their first presenter as organiser. Pass the
 * result as the `rooms` option of {@link createInMemoryRoomsAdapter}.
 *
 * @example
 * ```ts
 * const now = new Date('2025-06-02T09:00:00Z');
 * const adapter = createInMemoryRoomsAdapter({ now: () => now, rooms: seedDemoRooms(now) });
 * ```
 */
export function seedDemoRooms(now: Date): InMemoryRoomSeed[] {
  const t = now.getTime();
  const tomorrowMorning = nextHour(t + DAY - 2 * HOUR);
  const nextWeek = nextHour(t + 7 * DAY);
  return [
    {
      // Made outside the kit (another tool, the portal), so nothing but the service's own fields: it shows "No title".
      room: {
        id: DEMO_ROOM_IDS.endedEmpty,
        createdAt: new Date(t - 14 * DAY),
        validFrom: new Date(t - 8 * DAY),
        validUntil: new Date(t - 8 * DAY + HOUR),
      },
      participants: [],
    },
    {
      room: {
        id: DEMO_ROOM_IDS.endedYesterday,
        subject: 'Dermatology review: William Thompson',
        timeZone: 'America/New_York',
        reference: 'APPT-2026-0131',
        description: 'Check how the biopsy site has healed. Photos are in the patient portal.',
        organizerId: idOf('Isabella Rossi'),
        createdAt: new Date(t - 5 * DAY),
        validFrom: new Date(t - DAY - HOUR),
        validUntil: new Date(t - DAY - 30 * MINUTE),
      },
      participants: roster([
        ['Isabella Rossi', 'Presenter'],
        ['William Thompson', 'Attendee'],
      ]),
    },
    {
      room: {
        id: DEMO_ROOM_IDS.openConsult,
        subject: 'Telehealth follow-up: Ahmed Hassan',
        timeZone: 'Europe/Berlin',
        reference: 'APPT-2026-0139',
        description: 'Blood pressure check after the change of medication.\nSofía Ramírez interprets (Spanish).',
        organizerId: idOf('José Álvarez'),
        createdAt: new Date(t - 2 * DAY),
        validFrom: new Date(t - 10 * MINUTE),
        validUntil: new Date(t + 50 * MINUTE),
        pstnDialOutEnabled: true,
      },
      participants: roster([
        ['José Álvarez', 'Presenter'],
        ['Ahmed Hassan', 'Attendee'],
        ['Sofía Ramírez', 'Collaborator'],
        ['Priya Natarajan', 'Consumer'],
      ]),
    },
    {
      room: {
        id: DEMO_ROOM_IDS.physioLaterToday,
        subject: 'Physiotherapy review',
        timeZone: 'Asia/Kolkata',
        description: 'Knee exercises: have a chair and a towel ready.',
        organizerId: idOf('Lars Søndergaard'),
        createdAt: new Date(t - DAY),
        validFrom: new Date(t + 2 * HOUR),
        validUntil: new Date(t + 2 * HOUR + 45 * MINUTE),
      },
      participants: roster([
        ['Lars Søndergaard', 'Presenter'],
        ['Dmitri Volkov', 'Attendee'],
        ['Yasmin Haddad', 'Consumer'],
      ]),
    },
    {
      room: {
        id: DEMO_ROOM_IDS.cardiologyTomorrow,
        subject: 'Follow-up: Priya Raman',
        timeZone: 'Europe/Berlin',
        reference: 'APPT-2026-0142',
        description: 'Results of the echocardiogram. Please have your blood pressure diary at hand.',
        organizerId: idOf('Amara Okafor'),
        createdAt: new Date(t - 3 * HOUR),
        validFrom: new Date(tomorrowMorning),
        validUntil: new Date(tomorrowMorning + 30 * MINUTE),
      },
      participants: roster([
        ['Amara Okafor', 'Presenter'],
        ['Priya Raman', 'Attendee'],
        ['Kwame Mensah', 'Collaborator'],
      ]),
    },
    {
      room: {
        id: DEMO_ROOM_IDS.groupSessionNextWeek,
        subject: 'Group session: living with diabetes',
        timeZone: 'UTC',
        description: 'A weekly group with the psychologist and the care coordinator. Cameras are optional.',
        organizerId: idOf('Fatima Al-Sayed'),
        createdAt: new Date(t - HOUR),
        validFrom: new Date(nextWeek),
        validUntil: new Date(nextWeek + 90 * MINUTE),
      },
      participants: roster([
        ['Fatima Al-Sayed', 'Presenter'],
        ['Kwame Mensah', 'Collaborator'],
        ['Ana Lúcia Ferreira', 'Attendee'],
        ['Leilani Kahale', 'Attendee'],
        ['Björn Lindqvist', 'Attendee'],
        ['Emeka Nwosu', 'Attendee'],
        ['Marguerite Lefèvre', 'Attendee'],
        ['Ahmed Hassan', 'Attendee'],
        ['Ingrid Johansson', 'Consumer'],
      ]),
    },
  ];
}

/**
 * Creates an in-memory backend that starts with the demo clinic's rooms ({@link seedDemoRooms}) at the adapter's
 * clock; any option can still be overridden, `rooms` included.
 *
 * @example
 * ```ts
 * const adapter = createSeededRoomsAdapter({ latencyMs: { min: 200, max: 600 } });
 * const { items } = await adapter.listRooms();
 * ```
 */
export function createSeededRoomsAdapter(options: InMemoryRoomsAdapterOptions = {}): InMemoryRoomsAdapter {
  const now = options.now ?? (() => new Date());
  return createInMemoryRoomsAdapter({ ...options, now, rooms: options.rooms ?? seedDemoRooms(now()) });
}
