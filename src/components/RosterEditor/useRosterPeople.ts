import { useCallback, useRef, useState } from 'react';
import type { Person, RoomsAdapter } from '../../adapter/types';

/** What {@link useRosterPeople} returns. */
export interface RosterPeople {
  /** Every person the directory has named so far, by id. A new map after each change. */
  readonly people: ReadonlyMap<string, Person>;
  /**
   * Looks up the ids not asked for yet, in batches, and adds the people found. Ids the directory does not know are
   * not asked again; ids whose batch failed are asked again on the next call.
   */
  readonly ensure: (ids: Iterable<string>, signal?: AbortSignal) => Promise<void>;
  /** Adds people the caller already knows (e.g. picked in the PeoplePicker), saving a look-up. */
  readonly remember: (people: readonly Person[]) => void;
}

const EMPTY: ReadonlyMap<string, Person> = new Map();

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
  const requested = useRef<{ adapter: RoomsAdapter | undefined; ids: Set<string> }>({ adapter, ids: new Set() });
  // Another backend has another directory: what the previous one said no longer holds.
  const people = state.adapter === adapter ? state.people : EMPTY;

  const ensure = useCallback(
    async (ids: Iterable<string>, signal?: AbortSignal): Promise<void> => {
      if (!adapter) return;
      if (requested.current.adapter !== adapter) requested.current = { adapter, ids: new Set() };
      const asked = requested.current.ids;
      const missing: string[] = [];
      for (const id of ids) {
        if (asked.has(id)) continue;
        asked.add(id);
        missing.push(id);
      }
      if (missing.length === 0) return;
      const size = Math.max(1, Math.floor(batchSize));
      const batches: string[][] = [];
      for (let i = 0; i < missing.length; i += size) batches.push(missing.slice(i, i + size));

      const found: Person[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < batches.length && !signal?.aborted) {
          const batch = batches[next++] ?? [];
          try {
            found.push(...(await adapter.resolvePeople(batch, { signal })));
          } catch {
            // Unnamed rows still show their id; the next edit asks again.
            batch.forEach((id) => asked.delete(id));
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batches.length) }, worker));
      if (signal?.aborted) {
        missing.forEach((id) => asked.delete(id));
        return;
      }
      if (found.length === 0) return;
      setState((previous) => {
        const map = new Map(previous.adapter === adapter ? previous.people : EMPTY);
        for (const person of found) map.set(person.id, person);
        return { adapter, people: map };
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
