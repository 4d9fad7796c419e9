/**
 * The in-memory backend's people directory: a seeded cast of realistic people (clinic, advisory and classroom),
 * deterministic synthetic people for large rosters, and the search that ranks them.
 */
import type { Person } from '../../core/types';
import { hashText, hex, randomHex, seededRandom } from '../../core/random';

/** The ACS resource every seeded and synthetic user belongs to, so ids look like the service's own. */
export const IN_MEMORY_RESOURCE_ID = '4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70';

/**
 * Makes the raw id of a synthetic communication user (`8:acs:<resource>_<user>`), the same for the same `index` and
 * `seed` on every run.
 *
 * @example
 * ```ts
 * const patientId = makeUserId(0); // '8:acs:4f2a9c1e-…_0000…'
 * ```
 */
export function makeUserId(index: number, seed = 1): string {
  const random = seededRandom(hashText(`${seed}:${index}`));
  // The index is spelled into the last group so ids of one seed never collide, however many are made.
  const user = [
    `0000${hex(hashText(String(seed)), 4)}`,
    randomHex(random, 4),
    randomHex(random, 4),
    randomHex(random, 4),
    `${randomHex(random, 4)}${hex(index, 8)}`,
  ].join('-');
  return `8:acs:${IN_MEMORY_RESOURCE_ID}_${user}`;
}

// Display name, then the second line a picker shows. Names span many languages on purpose: search must fold accents
// and the UI must render every script and name shape a real organisation has.
const DIRECTORY: ReadonlyArray<readonly [string, string]> = [
  // Clinic staff
  ['Amara Okafor', 'Cardiologist · Heart & Vascular'],
  ['José Álvarez', 'Family physician · Riverside Clinic'],
  ['Mei Lin Chen', 'Paediatrician · Children’s Health'],
  ['Priya Natarajan', 'Nurse practitioner · Riverside Clinic'],
  ['Lars Søndergaard', 'Physiotherapist · Rehabilitation'],
  ['Fatima Al-Sayed', 'Psychologist · Behavioural Health'],
  ['Nguyễn Thị Lan', 'Registered nurse · Telehealth Desk'],
  ['Oluwaseun Adeyemi', 'Pharmacist · Dispensary'],
  ['Sofía Ramírez', 'Interpreter (Spanish) · Patient Services'],
  ['Hiroshi Tanaka', 'Radiologist · Imaging'],
  ['Zoë Müller', 'Dietitian · Nutrition Services'],
  ['Kwame Mensah', 'Care coordinator · Patient Services'],
  ['Isabella Rossi', 'Dermatologist · Skin Clinic'],
  ['Aleksandr Petrov', 'Anaesthetist · Day Surgery'],
  ['Chloé Dubois', 'Midwife · Maternity'],
  ['Rahul Mehta', 'General practitioner · Northside Practice'],
  ['Ingrid Johansson', 'Occupational therapist · Rehabilitation'],
  ['Siobhán O’Connor', 'Practice manager · Riverside Clinic'],
  ['Mateus Oliveira', 'Receptionist · Front Desk'],
  ['Ayşe Yılmaz', 'Nurse · School Health'],
  // Patients and carers
  ['Ahmed Hassan', 'Patient'],
  ['Grace Kim', 'Patient'],
  ['William Thompson', 'Patient'],
  ['Ana Lúcia Ferreira', 'Patient'],
  ['Dmitri Volkov', 'Patient'],
  ['Leilani Kahale', 'Patient'],
  ['Björn Lindqvist', 'Patient'],
  ['Yasmin Haddad', 'Carer · Family member'],
  ['Emeka Nwosu', 'Patient'],
  ['Marguerite Lefèvre', 'Patient'],
  // Financial and legal advice
  ['Catherine Walsh', 'Financial adviser · Wealth Planning'],
  ['Daniel Cohen', 'Mortgage specialist · Home Lending'],
  ['Aisha Bello', 'Tax consultant · Advisory'],
  ['Gabriel Moreau', 'Solicitor · Family Law'],
  ['Harriet Osei', 'Paralegal · Family Law'],
  ['Ravi Shankar', 'Client'],
  ['Elena Popescu', 'Client'],
  ['Jamal Washington', 'Compliance officer · Advisory'],
  ['Noa Levi', 'Client'],
  ['Patrick Murphy', 'Insurance adviser · Advisory'],
  // Classroom
  ['Margaret Oduya', 'Teacher · Year 9 Science'],
  ['Carlos Mendoza', 'Teacher · Spanish'],
  ['Lucía Fernández', 'Teaching assistant · Year 9'],
  ['Ethan Brooks', 'Student · Year 9'],
  ['Chidinma Eze', 'Student · Year 9'],
  ['Liam O’Neill', 'Student · Year 9'],
  ['Sakura Yamamoto', 'Student · Year 10'],
  ['Mohammed Rahman', 'Student · Year 10'],
  ['Olivia Nowak', 'Student · Year 10'],
  ['Arjun Kapoor', 'Student · Year 10'],
  ['Emma Schmidt', 'Student · Year 11'],
  ['Beatriz Santos', 'Student · Year 11'],
  ['Łukasz Wiśniewski', 'Student · Year 11'],
  ['Kofi Boateng', 'Head of Year · Pastoral Care'],
  ['Zhang Wei', 'Guest lecturer · Robotics'],
  ['Maya Goldberg', 'Parent'],
  ['Sione Taufa', 'Parent'],
  ['Ewa Kowalczyk', 'School counsellor · Pastoral Care'],
  ['Ibrahim Diallo', 'IT support · Learning Technology'],
  ['Astrid Nilsen', 'Librarian · Learning Resources'],
  // Added later; new people go last, so everyone above keeps their id.
  ['Priya Raman', 'Patient'],
];

// The directory's own seed, apart from makePeople's default, so synthetic people never reuse a directory id.
const DIRECTORY_SEED = 0;

/** The in-memory backend's default people directory: about sixty people with stable ids, names and job titles. */
export const DEFAULT_PEOPLE: readonly Person[] = Object.freeze(
  DIRECTORY.map(([displayName, secondaryText], index) =>
    Object.freeze({ id: makeUserId(index, DIRECTORY_SEED), displayName, secondaryText }),
  ),
);

/**
 * A person of {@link DEFAULT_PEOPLE} by name, for stories and tests that speak of people as a user does.
 * @throws Error when the directory has nobody of that name.
 * @example
 * ```ts
 * const priya = defaultPerson('Priya Raman');
 * await adapter.upsertParticipants(roomId, [{ id: priya.id }]);
 * ```
 */
export function defaultPerson(displayName: string): Person {
  const person = DEFAULT_PEOPLE.find((p) => p.displayName === displayName);
  if (!person) throw new Error(`The default directory has nobody called ${displayName}.`);
  return person;
}

// prettier-ignore
const FIRST_NAMES = [
  'Adaeze', 'Aiko', 'Alejandro', 'Amina', 'Anders', 'Aroha', 'Bao', 'Camille', 'Chen', 'Dara', 'Diego', 'Elif',
  'Emil', 'Farah', 'Femi', 'Giulia', 'Hana', 'Ines', 'Jonas', 'Kai', 'Kavya', 'Leon', 'Linh', 'Malik', 'Mariam',
  'Mateo', 'Nadia', 'Niamh', 'Omar', 'Pania', 'Rosa', 'Sanjay', 'Selin', 'Tariq', 'Thandiwe', 'Tomás', 'Valentina',
  'Wiremu', 'Yara', 'Yusuf',
];

// prettier-ignore
const LAST_NAMES = [
  'Abiodun', 'Andersson', 'Bianchi', 'Castillo', 'Demir', 'Dlamini', 'Eriksen', 'Fontaine', 'García', 'Gupta',
  'Hoang', 'Ivanova', 'Jensen', 'Kaur', 'Kowalski', 'Lefebvre', 'Lim', 'Martins', 'Mbeki', 'Nakamura', 'Novak',
  'Okonkwo', 'Park', 'Quispe', 'Rahimi', 'Reyes', 'Said', 'Sato', 'Silva', 'Suzuki', 'Takahashi', 'Tran', 'Usman',
  'Van der Berg', 'Walker', 'Wójcik', 'Xu', 'Yamada', 'Zulu', 'Ó Súilleabháin',
];

const ROLES = ['Student', 'Patient', 'Client', 'Attendee', 'Trainee', 'Volunteer'];

/**
 * Makes `count` synthetic people with realistic names and stable ids, for very large rosters (10,000-participant
 * stories, benchmarks). The same `count` and `seed` give the same people on every run.
 *
 * @example
 * ```ts
 * const crowd = makePeople(10_000);
 * const adapter = createInMemoryRoomsAdapter({ people: [...DEFAULT_PEOPLE, ...crowd] });
 * ```
 */
export function makePeople(count: number, seed = 1): Person[] {
  const random = seededRandom(hashText(`people:${seed}`));
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const people: Person[] = [];
  for (let index = 0; index < count; index++) {
    const group = 1 + Math.floor(random() * 40);
    people.push({
      id: makeUserId(index, seed),
      displayName: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      secondaryText: `${pick(ROLES)} · Group ${group}`,
    });
  }
  return people;
}
