/** How the PeoplePicker reads what was typed or pasted and looks it up in the directory. */
import type { Person, RoomsAdapter } from '../../adapter/types';
import { parseParticipantId } from '../../core/identifiers';
import { foldForSearch } from '../../core/people';
import type { RoomsKitStrings } from '../../strings';
import type { ClassifiedPeopleInput, InvalidPeopleEntry, PeopleListEntry } from './classifyPeopleInput';

/** Separates the ids of a list look-up in the debounced query (no raw id contains a space). */
const ID_LIST_SEPARATOR = ' ';
/** Starts the query of a list look-up; each entry on its own line, names marked by `?`. No typed name starts so. */
const LIST_QUERY = '\n';
const NAME_MARK = '?';
/** How many people a name of a pasted list may match before it counts as ambiguous. */
const NAME_MATCH_LIMIT = 5;
/** The value of the "Add all" option; raw ids start with a digit, so it names no one. */
export const PEOPLE_PICKER_ADD_ALL = 'rk-add-all';

/** What a look-up answered: the people found, and for a pasted list each name's matches, by its query. */
export interface LookupAnswer {
  people: readonly Person[];
  matches?: ReadonlyMap<string, readonly Person[]>;
}

/** Why an entry cannot be invited: the kind of identifier it is, then the rule. */
export function reasonFor(entry: InvalidPeopleEntry, strings: RoomsKitStrings): string {
  // One message for a phone number in every field of the kit.
  if (entry.identifierKind === 'phoneNumber') return strings.identifiers.phoneNumber;
  const kindText = entry.identifierKind ? strings.peoplePicker.identifierKinds[entry.identifierKind] : undefined;
  const rule = strings.identifiers[entry.code];
  return kindText ? `${kindText} ${rule}` : rule;
}

/** The ids to look up for the text: none for names and bad input, the pasted ones (at most `limit`) otherwise. */
export function idsToResolve(input: ClassifiedPeopleInput, limit: number): string[] {
  if (input.kind === 'id') return [input.rawId];
  if (input.kind === 'ids') return input.rawIds.slice(0, limit);
  return [];
}

/** The entries of a pasted list looked up at once (at most `limit`). */
export function listEntries(input: ClassifiedPeopleInput, limit: number): PeopleListEntry[] {
  return input.kind === 'list' ? input.entries.slice(0, limit) : [];
}

/** The person a name of a pasted list stands for: the only match, or the only one with exactly that name. */
export function chooseMatch(query: string, people: readonly Person[] | undefined): Person | 'notFound' | 'ambiguous' {
  if (!people || people.length === 0) return 'notFound';
  if (people.length === 1 && people[0]) return people[0];
  const wanted = foldForSearch(query);
  const exact = people.filter((person) => foldForSearch(person.displayName) === wanted);
  return exact.length === 1 && exact[0] ? exact[0] : 'ambiguous';
}

/**
 * The debounced query of what the user typed or pasted: the name itself, the pasted ids, or a pasted list with each
 * entry on its own line (names marked), so one look-up answers a whole list.
 */
export function lookupQueryOf(
  input: ClassifiedPeopleInput,
  entries: readonly PeopleListEntry[],
  pastedIds: readonly string[],
): string {
  if (input.kind === 'name') return input.query;
  if (entries.length > 0)
    return (
      LIST_QUERY +
      entries.map((entry) => (entry.kind === 'id' ? entry.rawId : NAME_MARK + entry.query)).join(LIST_QUERY)
    );
  return pastedIds.join(ID_LIST_SEPARATOR);
}

/**
 * Looks a query of {@link lookupQueryOf} up: a name in the directory, ids by name (a valid identifier can be added
 * whether or not the directory knows it, so failing to name it is no error), a pasted list entry by entry.
 *
 * @example
 * ```ts
 * const answer = await lookUpPeople(adapter, 'amara', { signal, limit: 8 });
 * ```
 */
export async function lookUpPeople(
  adapter: RoomsAdapter,
  query: string,
  options: { signal: AbortSignal; limit: number },
): Promise<LookupAnswer> {
  const { signal, limit } = options;
  const resolve = async (ids: string[]): Promise<Person[]> => {
    if (ids.length === 0) return [];
    try {
      return await adapter.resolvePeople(ids, { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      return [];
    }
  };
  if (query.startsWith(LIST_QUERY)) {
    const lines = query.slice(LIST_QUERY.length).split(LIST_QUERY);
    const names = lines.filter((line) => line.startsWith(NAME_MARK)).map((line) => line.slice(NAME_MARK.length));
    const [people, ...found] = await Promise.all([
      resolve(lines.filter((line) => !line.startsWith(NAME_MARK))),
      ...names.map((name) => adapter.searchPeople(name, { signal, limit: NAME_MATCH_LIMIT })),
    ]);
    return { people, matches: new Map(names.map((name, index) => [name, found[index] ?? []])) };
  }
  const ids = query.split(ID_LIST_SEPARATOR);
  if (!ids.every((id) => parseParticipantId(id).ok)) {
    return { people: await adapter.searchPeople(query, { signal, limit }) };
  }
  return { people: await resolve(ids) };
}

/** Whether a query was a look-up of pasted ids or a pasted list, not a search for a name. */
export function isLookupOfPasted(query: string): boolean {
  return query.startsWith(LIST_QUERY) || query.split(ID_LIST_SEPARATOR).every((id) => parseParticipantId(id).ok);
}
