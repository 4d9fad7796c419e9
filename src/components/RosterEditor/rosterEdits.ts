/**
 * Pure helpers of the RosterEditor's saving: edits, their inverses, rolling one back, and what a failure marks.
 */
import type { RoomParticipant, RoomParticipantInput } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import { applyRosterChanges } from '../../core/roster';
import { DEFAULT_ROLE, type RoomRole } from '../../core/roles';
import type { RoomsKitStrings } from '../../strings';

/** One change sent to the backend at once (immediate mode), with what undoes it. */
export interface RosterEdit {
  readonly upserts: RoomParticipantInput[];
  readonly removals: string[];
  /** The draft the edit was made on, and the draft it makes: rolling back restores the first exactly. */
  readonly before: readonly RoomParticipant[];
  readonly after: readonly RoomParticipant[];
  /** The notice after success. */
  readonly done: string;
  /** Undoes the edit, when it can be undone. */
  readonly inverse: { upserts: RoomParticipantInput[]; removals: string[] } | undefined;
}

/** The ids an edit touches. */
export function idsOf(edit: { upserts: readonly RoomParticipantInput[]; removals: readonly string[] }): string[] {
  return [...edit.upserts.map((p) => p.id), ...edit.removals];
}

/** The inverse of an edit, from the roles the draft had before it. */
export function inverseOf(
  before: ReadonlyMap<string, RoomRole | null>,
  edit: { upserts: readonly RoomParticipantInput[]; removals: readonly string[] },
): { upserts: RoomParticipantInput[]; removals: string[] } {
  const upserts: RoomParticipantInput[] = [];
  const removals: string[] = [];
  for (const { id } of edit.upserts) {
    const was = before.get(id);
    if (was === undefined || was === null) removals.push(id);
    else upserts.push({ id, role: was });
  }
  for (const id of edit.removals) {
    const was = before.get(id);
    if (was !== undefined && was !== null) upserts.push({ id, role: was });
  }
  return { upserts, removals };
}

/**
 * Rolls an edit back on a draft that may have changed since: only what this edit did is undone, and later edits of
 * the user (a removal while a role change was in flight, say) stay.
 */
export function rollBack(draft: readonly RoomParticipant[], edit: RosterEdit): readonly RoomParticipant[] {
  if (draft === edit.after) return edit.before;
  const beforeRoles = new Map(edit.before.map((p) => [p.id, p.role]));
  const current = new Map(draft.map((p) => [p.id, p.role]));
  const upserts: RoomParticipantInput[] = [];
  const removals: string[] = [];
  for (const { id, role = DEFAULT_ROLE } of edit.upserts) {
    // Removed or changed again since: that later edit stands.
    if (current.get(id) !== role) continue;
    const was = beforeRoles.get(id);
    if (was === undefined) removals.push(id);
    else upserts.push({ id, role: was });
  }
  for (const id of edit.removals) {
    const was = beforeRoles.get(id);
    if (was !== undefined && !current.has(id)) upserts.push({ id, role: was });
  }
  return applyRosterChanges(draft, { upserts, removals });
}

/** The failure text for a row: the service's detail for that id when it gave one, else the error's kind. */
export function failureText(error: RoomsError, id: string, strings: RoomsKitStrings): string {
  const detail = error.details.find((d) => d.target === id);
  if (detail && (detail.code === 'malformed' || detail.code === 'notCommunicationUser')) {
    return strings.identifiers[detail.code];
  }
  return strings.errors[error.code];
}

/** Ids a failed call names in its details (the in-memory and HTTP adapters put the bad id in `target`). */
export function failedIds(error: RoomsError, sent: readonly string[]): string[] {
  const named = new Set(error.details.map((d) => d.target).filter((t): t is string => t !== undefined));
  const hit = sent.filter((id) => named.has(id));
  return hit.length > 0 ? hit : [...sent];
}
