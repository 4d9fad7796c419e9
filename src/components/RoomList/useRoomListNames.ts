import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Person, Room, RoomsAdapter } from '../../adapter/types';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomListPeopleState } from './RoomList.types';

/** How many names a row's people line shows before "+N". */
const NAMES_SHOWN = 2;

/** Names of the people directory as far as looked up: `null` for an id the directory does not know. */
export type RoomListPeopleNames = ReadonlyMap<string, Person | null>;

/** What {@link useRoomListNames} gives the list. */
export interface RoomListNames {
  /** The names looked up so far. */
  readonly people: RoomListPeopleNames;
  /** Looks up the names of a page's roster previews that were not asked for yet (one lookup per page). */
  readonly resolveNames: (rooms: ReadonlyArray<Pick<Room, 'rosterPreview'>>, signal: AbortSignal) => void;
  /** A row's people line: the first names, "+N" for the rest, a count for people the directory does not know. */
  readonly peopleOf: (room: Room) => RoomListPeopleState | undefined;
}

/** The ids of a page's roster previews that have not been asked for yet. */
function previewIds(rooms: ReadonlyArray<Pick<Room, 'rosterPreview'>>, asked: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const room of rooms)
    for (const participant of room.rosterPreview?.participants ?? []) {
      if (!asked.has(participant.id)) ids.add(participant.id);
    }
  return [...ids];
}

/**
 * The names in the rooms' roster previews: each id is looked up once, a page at a time, never one lookup per row;
 * another backend starts afresh (it has another directory). Raw ids are never shown as names.
 *
 * @example
 * ```ts
 * const names = useRoomListNames(adapter, kit);
 * names.resolveNames(page, signal);
 * names.peopleOf(room)?.text; // "with Priya Raman, Dr. Amara Okafor +2"
 * ```
 */
export function useRoomListNames(adapter: RoomsAdapter, kit: RoomsKitContextValue): RoomListNames {
  const strings = kit.strings.roomList;
  const [people, setPeople] = useState<RoomListPeopleNames>(() => new Map());
  // Ids asked for (or answered), so each id is looked up once.
  const askedIds = useRef(new Set<string>());
  // Another backend has another directory: its names are looked up afresh, from this render on.
  const [namesOf, setNamesOf] = useState(adapter);
  if (namesOf !== adapter) {
    setNamesOf(adapter);
    setPeople(new Map());
  }
  useEffect(() => {
    askedIds.current = new Set();
  }, [adapter]);

  const resolveNames = useCallback(
    (page: ReadonlyArray<Pick<Room, 'rosterPreview'>>, signal: AbortSignal) => {
      const ids = previewIds(page, askedIds.current);
      if (ids.length === 0) return;
      for (const id of ids) askedIds.current.add(id);
      const settle = (found: readonly Person[]) => {
        const byId = new Map(found.map((person) => [person.id, person]));
        setPeople((current) => {
          const next = new Map(current);
          for (const id of ids) next.set(id, byId.get(id) ?? null);
          return next;
        });
      };
      adapter.resolvePeople(ids, { signal }).then(settle, () => {
        // A cancelled lookup is asked again with the next answer; a failed one shows the people as a count.
        if (signal.aborted) for (const id of ids) askedIds.current.delete(id);
        else settle([]);
      });
    },
    [adapter],
  );

  const listFormat = useMemo(() => new Intl.ListFormat(kit.locale, { type: 'unit', style: 'short' }), [kit.locale]);
  const peopleOf = useCallback(
    (room: Room): RoomListPeopleState | undefined => {
      const preview = room.rosterPreview;
      if (!preview) return undefined;
      if (preview.participants.some((p) => !people.has(p.id))) return { text: undefined, loading: true };
      const names = preview.participants
        .map((p) => people.get(p.id)?.displayName)
        .filter((name): name is string => name !== undefined && name !== '')
        .slice(0, NAMES_SHOWN);
      const total = Math.max(preview.total, names.length);
      let text: string;
      if (total === 0) text = strings.noPeople;
      else if (names.length === 0) text = kit.format(strings.peopleCount, { count: total });
      else if (total > names.length)
        text = kit.format(strings.peopleWithMore, { names: listFormat.format(names), count: total - names.length });
      else text = kit.format(strings.peopleWith, { names: listFormat.format(names) });
      return { text, loading: false };
    },
    [people, kit, strings, listFormat],
  );

  return { people, resolveNames, peopleOf };
}
