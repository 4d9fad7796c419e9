/**
 * Pure rules for following roster changes made elsewhere while the user holds a draft: which rows follow the change,
 * which are the user's own save coming back, and which the user is editing (a conflict the user settles).
 */
import type { RoomParticipant } from '../../adapter/types';
import { applyRosterChanges, placeOf, type RosterPlaces } from '../../core/roster';
import type { RoomRole } from '../../core/roles';

/** Where someone stands on a roster: their role, or `null` when they are not on it. */
export type RosterValue = RoomRole | null;

/** A change to a roster, as events carry it: who was added or given a role, and who was removed. */
export interface RosterChanges {
  readonly upserts: readonly RoomParticipant[];
  readonly removals: readonly string[];
}

/** A row the user is editing that changed elsewhere: what the saved roster says now. */
export interface RosterConflict {
  readonly id: string;
  /** Their value, now the saved one. */
  readonly theirs: RosterValue;
  /** The user's value, still in the draft. */
  readonly mine: RosterValue;
}

/** What a change made elsewhere does to a baseline and a draft. */
export interface RosterRebase {
  /** The changes the saved roster takes (only the ids whose value really moved). */
  readonly baseline: RosterChanges;
  /** The changes the draft takes: the rows the user had not touched follow. */
  readonly draft: RosterChanges;
  /** Rows that followed, for telling the user what changed. */
  readonly followed: ReadonlyArray<{ readonly id: string; readonly from: RosterValue; readonly to: RosterValue }>;
  /** Rows the user is editing that changed to something else than the user has. */
  readonly conflicts: readonly RosterConflict[];
  /** Ids whose change only confirmed the draft (the user's own save coming back, or the same change made twice). */
  readonly confirmed: readonly string[];
}

const NO_CHANGES: RosterChanges = { upserts: [], removals: [] };

/**
 * The value of each of `ids` in a roster (absent ids are `null`): read at its place where `places` knows it, the
 * rest in one pass.
 */
export function valuesIn(
  roster: readonly RoomParticipant[],
  ids: ReadonlySet<string>,
  places?: RosterPlaces,
): Map<string, RosterValue> {
  const out = new Map<string, RosterValue>();
  let missing = ids.size;
  for (const id of ids) {
    const at = placeOf(roster, id, places);
    out.set(id, at === undefined ? null : (roster[at] as RoomParticipant).role);
    if (at !== undefined) missing--;
  }
  // From the end, so a repeated id keeps its last role, and only until every id is found: one row changed in
  // 100,000 is often found long before the start.
  for (let i = roster.length - 1; i >= 0 && missing > 0; i--) {
    const p = roster[i] as RoomParticipant;
    if (ids.has(p.id) && out.get(p.id) === null) {
      out.set(p.id, p.role);
      missing--;
    }
  }
  return out;
}

/** The value each id of a change takes (the last word for an id named twice). */
export function targetsOf(changes: RosterChanges): Map<string, RosterValue> {
  const out = new Map<string, RosterValue>();
  for (const p of changes.upserts) out.set(p.id, p.role);
  for (const id of changes.removals) out.set(id, null);
  return out;
}

/** The changes that turn one roster into another. */
export function changesBetween(from: readonly RoomParticipant[], to: readonly RoomParticipant[]): RosterChanges {
  const before = new Map(from.map((p) => [p.id, p.role]));
  const upserts: RoomParticipant[] = [];
  const present = new Set<string>();
  for (const p of to) {
    present.add(p.id);
    if (before.get(p.id) !== p.role) upserts.push({ id: p.id, role: p.role });
  }
  const removals = from.filter((p) => !present.has(p.id)).map((p) => p.id);
  return { upserts, removals };
}

/** Values by id (a role, or `null` for gone) as the upserts and removals that set them. */
export function toChanges(values: ReadonlyMap<string, RosterValue>): RosterChanges {
  if (values.size === 0) return NO_CHANGES;
  const upserts: RoomParticipant[] = [];
  const removals: string[] = [];
  for (const [id, value] of values) {
    if (value === null) removals.push(id);
    else upserts.push({ id, role: value });
  }
  return { upserts, removals };
}

/** Applies changes to a roster (finding rows by `places` where it can), the same array when they change nothing. */
export function applyChanges(
  roster: readonly RoomParticipant[],
  changes: RosterChanges,
  places?: RosterPlaces,
): readonly RoomParticipant[] {
  if (changes.upserts.length === 0 && changes.removals.length === 0) return roster;
  return applyRosterChanges(roster, changes, places);
}

/**
 * Judges a change made elsewhere against the saved roster (`baseline`) and the user's `draft`, id by id:
 * - the saved roster already says so: nothing (an echo of a change already taken in);
 * - the user had not touched the row (draft = saved): the draft follows;
 * - the draft already says so: confirmed (the user's own save coming back, or the same change made twice);
 * - otherwise the user is editing that row and it changed to something else: a conflict, the user's value kept.
 */
export function rebaseRoster(
  baseline: readonly RoomParticipant[],
  draft: readonly RoomParticipant[],
  changes: RosterChanges,
  places?: RosterPlaces,
): RosterRebase {
  const targets = targetsOf(changes);
  const ids = new Set(targets.keys());
  const saved = valuesIn(baseline, ids, places);
  // Saving each change at once, the saved roster and the draft are often the same array.
  const mine = draft === baseline ? saved : valuesIn(draft, ids, places);
  const baselineMoves = new Map<string, RosterValue>();
  const draftMoves = new Map<string, RosterValue>();
  const followed: Array<{ id: string; from: RosterValue; to: RosterValue }> = [];
  const conflicts: RosterConflict[] = [];
  const confirmed: string[] = [];
  for (const [id, theirs] of targets) {
    const was = saved.get(id) ?? null;
    if (was === theirs) continue;
    baselineMoves.set(id, theirs);
    const current = mine.get(id) ?? null;
    if (current === theirs) confirmed.push(id);
    else if (current === was) {
      draftMoves.set(id, theirs);
      followed.push({ id, from: was, to: theirs });
    } else conflicts.push({ id, theirs, mine: current });
  }
  return { baseline: toChanges(baselineMoves), draft: toChanges(draftMoves), followed, conflicts, confirmed };
}
