/**
 * Searching people by name the way a person types: accents folded, every word a prefix, best matches first. Used
 * by the in-memory backend and by the server's default directory, so both rank the same way.
 */
import type { Person } from './types';

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
  const lower = text.toLowerCase();
  // Most names and every raw id are plain ASCII: skip the costly normalisation for them.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

const NON_ASCII = /[\u0080-\uffff]/;

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
