import { useCallback, useRef, useState } from 'react';
import type { Person, RoomsAdapter } from '../../adapter/types';

/** What {@link useRosterPeople} returns. */
export interface RosterPeople {
  /** Every person the directory has named so far, by id. A new map after each change. */
  readonly people: ReadonlyMap<string, Person>;
  /**
   * Looks up the ids not asked for yet, in batches, and adds the people found; resolves once every id given has been
   * answered (or failed), or when `signal` aborts. A look-up already under way for an id is waited for, not repeated;
   * ids the directory does not know are not asked again; ids whose batch failed are asked again on the next call.
   */
  readonly ensure: (ids: Iterable<string>, signal?: AbortSignal) => Promise<void>;
  /** Adds people the caller already knows (e.g. picked in the PeoplePicker), saving a look-up. */
  readonly remember: (people: readonly Person[]) => void;
}

const EMPTY: ReadonlyMap<string, Person> = new Map();

/** The look-ups of one backend's directory: ids it has answered, and those whose answer is on its way. */
interface Lookups {
  adapter: RoomsAdapter | undefined;
  answered: Set<string>;
  pending: Map<string, Promise<void>>;
}

// A host's HTTP backend should not see dozens of look-ups at once for a 10,000-person room.
const CONCURRENCY = 4;

/**
 * Names for a roster's raw ids, through the adapter's directory (`resolvePeople`), asked in batches so a
 * 10,000-participant room needs 20 calls, four at a time.
 */
export function useRosterPeople(adapter: RoomsAdapter | undefined, batchSize: number): RosterPeople {
  const [state, setState] = useState<{ adapter: RoomsAdapter | undefined; people: ReadonlyMap<string, Person> }>({
    adapter,
    people: EMPTY,
  });
  const lookups = useRef<Lookups>({ adapter, answered: new Set(), pending: new Map() });
  // Another backend has another directory: what the previous one said no longer holds.
  const people = state.adapter === adapter ? state.people : EMPTY;

  const ensure = useCallback(
    async (ids: Iterable<string>, signal?: AbortSignal): Promise<void> => {
      if (!adapter) return;
      if (lookups.current.adapter !== adapter) lookups.current = { adapter, answered: new Set(), pending: new Map() };
      const { answered, pending } = lookups.current;
      const waits = new Set<Promise<void>>();
      const missing: string[] = [];
      for (const id of ids) {
        if (answered.has(id)) continue;
        const under = pending.get(id);
        if (under) waits.add(under);
        else missing.push(id);
      }
      const size = Math.max(1, Math.floor(batchSize));
      const batches: string[][] = [];
      for (let i = 0; i < missing.length; i += size) batches.push(missing.slice(i, i + size));

      // The look-ups are not cancelled with the caller: a caller that goes away (a re-run effect, React's strict
      // mode mounting twice) would otherwise take with it the names a later caller is waiting for.
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < batches.length) {
          const batch = batches[next++] ?? [];
          try {
            const found = await adapter.resolvePeople(batch);
            batch.forEach((id) => answered.add(id));
            if (found.length > 0) {
              setState((previous) => {
                const map = new Map(previous.adapter === adapter ? previous.people : EMPTY);
                for (const person of found) map.set(person.id, person);
                return { adapter, people: map };
              });
            }
          } catch {
            // Unnamed rows still show their id; the next call asks again.
          } finally {
            batch.forEach((id) => pending.delete(id));
          }
        }
      };
      if (batches.length > 0) {
        let release: () => void = () => undefined;
        const mine = new Promise<void>((resolve) => {
          release = resolve;
        });
        missing.forEach((id) => pending.set(id, mine));
        waits.add(mine);
        void Promise.all(Array.from({ length: Math.min(CONCURRENCY, batches.length) }, worker)).then(release);
      }
      if (waits.size === 0) return;
      const all = Promise.all(waits).then(() => undefined);
      if (!signal) return all;
      if (signal.aborted) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          signal.removeEventListener('abort', done);
          resolve();
        };
        signal.addEventListener('abort', done);
        void all.then(done);
      });
    },
    [adapter, batchSize],
  );

  const remember = useCallback(
    (known: readonly Person[]) => {
      if (known.length === 0) return;
      setState((previous) => {
        const map = new Map(previous.adapter === adapter ? previous.people : EMPTY);
        for (const person of known) if (!map.has(person.id)) map.set(person.id, person);
        return { adapter, people: map };
      });
    },
    [adapter],
  );

  return { people, ensure, remember };
}
