/**
 * The handler's people directory. Hosts supply their own (their user database); without one, the handler keeps the
 * people it created identities for with `createUser`, and searches them the way the in-memory backend does.
 */
import type { Person } from '../core/types';
import { createPeopleDirectory, type PeopleDirectory } from '../core/people';

/**
 * The host's people directory, so the UI shows names rather than raw ids. Either method may be async.
 *
 * @example
 * ```ts
 * const directory: RoomsPeopleDirectory = {
 *   search: (query, limit) => db.people.search(query, limit),
 *   resolve: (ids) => db.people.findByAcsIds(ids),
 * };
 * ```
 */
export interface RoomsPeopleDirectory {
  /** Best matches first, at most `limit`; `[]` for a blank query. */
  search(query: string, limit: number): Person[] | Promise<Person[]>;
  /** The known people among `ids`; unknown ids are left out. */
  resolve(ids: readonly string[]): Person[] | Promise<Person[]>;
}

/** The default directory: the people added to it, searchable by name, id and secondary text. */
export interface GrowingPeopleDirectory extends RoomsPeopleDirectory {
  add(person: Person): void;
  readonly size: number;
}

/** Makes an empty directory that people can be added to; its search index is rebuilt lazily after additions. */
export function createGrowingPeopleDirectory(): GrowingPeopleDirectory {
  const people: Person[] = [];
  let index: PeopleDirectory | undefined;
  const current = (): PeopleDirectory => (index ??= createPeopleDirectory(people));
  return {
    add(person) {
      people.push({ ...person });
      index = undefined;
    },
    get size() {
      return people.length;
    },
    search: (query, limit) => current().search(query, limit),
    resolve: (ids) => current().resolve(ids),
  };
}
