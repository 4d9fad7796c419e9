import type { Virtualizer } from '@tanstack/react-virtual';
import type { Person } from '../../adapter/types';
import type { RoomRole } from '../../core/roles';
import type { RoomsKitStrings } from '../../strings';
import type { RosterFormat, RosterListState, RosterRowConflict, RosterRowState } from './rosterEditorState.types';
import type { RosterConflict } from './rosterLive';
import type { RosterEntry } from './useRosterView';

/** Options of {@link rowsInView}. */
export interface RowsInViewOptions {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The ids shown, filtered and sorted. */
  shown: readonly string[];
  /** What a row shows of an id. */
  entryOf: (id: string) => RosterEntry;
  people: ReadonlyMap<string, Person>;
  pending: ReadonlySet<string>;
  failures: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  conflicts: ReadonlyMap<string, RosterConflict>;
  strings: RoomsKitStrings;
  format: RosterFormat;
}

/**
 * The rows in the page now, and only those: what each shows is worked out for the dozen or so rows in view, never
 * for the whole roster, so a keystroke or a role change costs the same at 100 participants as at 100,000.
 */
export function rowsInView(options: RowsInViewOptions): RosterListState['rows'] {
  const { virtualizer, shown, entryOf, people, pending, failures, selected, conflicts, strings, format } = options;
  const s = strings.rosterEditor;
  const roleName = (role: RoomRole) => strings.organisers.roles[role].name;
  const conflictOf = (id: string): RosterRowConflict | undefined => {
    const conflict = conflicts.get(id);
    if (!conflict) return undefined;
    const valueName = (value: RoomRole | null) => (value === null ? s.conflictValueRemoved : roleName(value));
    return {
      kind: conflict.theirs === null ? 'removed' : 'changed',
      text:
        conflict.theirs === null ? s.conflictRemoved : format(s.conflictChanged, { role: roleName(conflict.theirs) }),
      theirsLabel: format(s.conflictTakeTheirs, { value: valueName(conflict.theirs) }),
      mineLabel: format(s.conflictKeepMine, { value: valueName(conflict.mine) }),
    };
  };
  return virtualizer.getVirtualItems().flatMap((item) => {
    const id = shown[item.index];
    if (id === undefined) return [];
    const entry = entryOf(id);
    const person = people.get(entry.id);
    const saving = pending.has(entry.id);
    const row: RosterRowState = {
      id: entry.id,
      index: item.index,
      role: entry.role,
      name: person?.displayName ?? entry.id,
      secondaryText: person ? person.secondaryText : s.unknownPerson,
      known: person !== undefined,
      change: saving ? undefined : entry.change,
      previousRoleName: entry.previousRole ? roleName(entry.previousRole) : undefined,
      pending: saving,
      failure: failures.get(entry.id),
      selected: selected.has(entry.id),
      conflict: conflictOf(entry.id),
    };
    return [{ item, row }];
  });
}
