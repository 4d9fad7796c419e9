/**
 * The in-memory backend's people directory: a seeded cast of realistic people (clinic, advisory and classroom),
 * deterministic synthetic people for large rosters, and the search that ranks them.
 */
import type { Person } from '../types';
import { hashText, hex, randomHex, seededRandom } from './random';

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
];

// The directory's own seed, apart from makePeople's default, so synthetic people never reuse a directory id.
const DIRECTORY_SEED = 0;

/** The in-memory backend's default people directory: about sixty people with stable ids, names and job titles. */
export const DEFAULT_PEOPLE: readonly Person[] = Object.freeze(
  DIRECTORY.map(([displayName, secondaryText], index) =>
    Object.freeze({ id: makeUserId(index, DIRECTORY_SEED), displayName, secondaryText }),
  ),
);

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

// Letters that Unicode decomposition leaves alone but a person typing on an English keyboard spells differently.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower-cases a text and strips its accents, so "jose" finds "José" and "lukasz" finds "Łukasz". */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const APOSTROPHES = /['’]/g;

function wordsOf(folded: string): string[] {
  return folded.split(SEPARATORS).filter((word) => word.length > 0);
}

// "O’Connor" is typed as "oconnor" as often as "connor": index both spellings.
function indexWords(text: string): string[] {
  const folded = foldForSearch(text);
  return [...new Set([...wordsOf(folded), ...wordsOf(folded.replace(APOSTROPHES, ''))])];
}

interface IndexedPerson {
  person: Person;
  /** The folded name, words joined by single spaces, for "name starts with". */
  name: string;
  nameWords: string[];
  allWords: string[];
  lowerId: string;
}

/** How well a person matches; lower is better. */
const Rank = { exactId: 0, namePrefix: 1, wordPrefix: 2, secondaryText: 3 } as const;

function everyTokenPrefixes(tokens: readonly string[], words: readonly string[]): boolean {
  return tokens.every((token) => words.some((word) => word.startsWith(token)));
}

function copyPerson(person: Person): Person {
  return person.secondaryText === undefined
    ? { id: person.id, displayName: person.displayName }
    : { id: person.id, displayName: person.displayName, secondaryText: person.secondaryText };
}

/** A searchable, read-only people directory. */
export interface PeopleDirectory {
  /** Best matches first: exact id, then name prefix, then word prefix, then secondary text; `[]` for a blank query. */
  search(query: string, limit: number): Person[];
  /** The known people among `ids`, in the order asked, each once; unknown ids are left out. */
  resolve(ids: readonly string[]): Person[];
}

/**
 * Indexes a list of people once, so searching a directory of ten thousand stays fast. The directory keeps its own
 * copies: changing the given list afterwards changes nothing.
 */
export function createPeopleDirectory(people: readonly Person[]): PeopleDirectory {
  const indexed: IndexedPerson[] = [];
  const byId = new Map<string, Person>();
  for (const source of people) {
    const person = Object.freeze(copyPerson(source));
    // A repeated id keeps its first entry, as a real directory has one person per identity.
    if (byId.has(person.id)) continue;
    byId.set(person.id, person);
    const nameWords = indexWords(person.displayName);
    indexed.push({
      person,
      name: wordsOf(foldForSearch(person.displayName)).join(' '),
      nameWords,
      allWords: [...nameWords, ...indexWords(person.secondaryText ?? '')],
      lowerId: person.id.toLowerCase(),
    });
  }

  return {
    search(query, limit) {
      const trimmed = query.trim();
      const tokens = wordsOf(foldForSearch(trimmed));
      if (limit <= 0 || (tokens.length === 0 && trimmed.length === 0)) return [];
      const phrase = tokens.join(' ');
      const lowerQuery = trimmed.toLowerCase();
      const hits: Array<{ entry: IndexedPerson; rank: number }> = [];
      for (const entry of indexed) {
        let rank: number | undefined;
        if (entry.lowerId === lowerQuery) rank = Rank.exactId;
        else if (tokens.length === 0) rank = undefined;
        else if (entry.name.startsWith(phrase)) rank = Rank.namePrefix;
        else if (everyTokenPrefixes(tokens, entry.nameWords)) rank = Rank.wordPrefix;
        else if (everyTokenPrefixes(tokens, entry.allWords)) rank = Rank.secondaryText;
        if (rank !== undefined) hits.push({ entry, rank });
      }
      // Ties are broken by folded name, then id, never by locale, so results are the same in every browser.
      hits.sort(
        (a, b) =>
          a.rank - b.rank ||
          (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0) ||
          (a.entry.person.id < b.entry.person.id ? -1 : a.entry.person.id > b.entry.person.id ? 1 : 0),
      );
      return hits.slice(0, limit).map((hit) => copyPerson(hit.entry.person));
    },

    resolve(ids) {
      const found: Person[] = [];
      const seen = new Set<string>();
      for (const raw of ids) {
        const id = raw.trim();
        if (seen.has(id)) continue;
        seen.add(id);
        const person = byId.get(id);
        if (person) found.push(copyPerson(person));
      }
      return found;
    },
  };
}
