/**
 * The RoomEditor's values beside the room as saved: what the form opens with, what someone else changed, and the form
 * after their change. Pure, shared by saving (a refused save) and by following changes made elsewhere.
 */
import type { Room, RoomJoinPolicy, RoomParticipant, UpdateRoomInput } from '../../adapter/types';
import type { RoomEditorStrings } from '../../strings/areas/roomEditor';
import { roomPatch, type RoomEditableFields } from '../../core/rooms';
import type { RoomEditorValues } from './RoomEditor.types';

/** The room and roster as the backend holds them, which edits are compared with. */
export interface Baseline {
  room: Room;
  participants: RoomParticipant[];
  /** The zone the form opened the room in: its own, or the viewer's when it has none. */
  zone: string;
}

/** The text details the form edits. */
export type TextDetail = 'subject' | 'description' | 'reference';
/** The text details, in the order the form shows them. */
export const TEXT_DETAILS: readonly TextDetail[] = ['subject', 'description', 'reference'];

/** What someone else changed, as the conflict message names it; `window` when both ends moved. */
export type ChangedField = keyof RoomEditorStrings['changedFields'];

/** Someone else saved first (a refused save, or a change heard), until the user chooses what happens to their changes. */
export interface ConflictRecord {
  /** The room as it is now, once read. */
  room: Room | undefined;
  /** Who changed it, by name, once resolved. */
  by: string | undefined;
  /** What differs from the version the user edited. */
  changed: ChangedField[];
  /**
   * Heard from the backend's events rather than from a refused save: nothing was sent, so keeping mine keeps the
   * form as it is instead of saving, and the message does not take focus from what the user is typing.
   */
  live?: boolean;
}

/** The form's values for a room and roster as saved. */
export function valuesOf(baseline: Omit<Baseline, 'zone'>, fallbackPolicy: RoomJoinPolicy): RoomEditorValues {
  return {
    validity: { validFrom: baseline.room.validFrom, validUntil: baseline.room.validUntil },
    pstnDialOutEnabled: baseline.room.pstnDialOutEnabled,
    joinPolicy: baseline.room.joinPolicy ?? fallbackPolicy,
    participants: baseline.participants,
    subject: baseline.room.subject ?? '',
    description: baseline.room.description ?? '',
    reference: baseline.room.reference ?? '',
  };
}

/** The fields of `theirs` that differ from `mine` (the version the user edited), as the conflict message names them. */
export function changedFields(mine: Room, theirs: Room): ChangedField[] {
  const changed: ChangedField[] = [];
  for (const field of TEXT_DETAILS) if ((mine[field] ?? '') !== (theirs[field] ?? '')) changed.push(field);
  const fromMoved = mine.validFrom.getTime() !== theirs.validFrom.getTime();
  const untilMoved = mine.validUntil.getTime() !== theirs.validUntil.getTime();
  if (fromMoved && untilMoved) changed.push('window');
  else if (fromMoved) changed.push('validFrom');
  else if (untilMoved) changed.push('validUntil');
  if ((mine.timeZone ?? '') !== (theirs.timeZone ?? '')) changed.push('timeZone');
  if (mine.pstnDialOutEnabled !== theirs.pstnDialOutEnabled) changed.push('pstnDialOutEnabled');
  if ((mine.joinPolicy ?? '') !== (theirs.joinPolicy ?? '')) changed.push('joinPolicy');
  return changed;
}

/**
 * The form after someone else's save: their values wherever the user changed nothing, the user's wherever they did
 * (`patch` is what the user had changed against the old version), so nothing either of them did is lost from view.
 */
export function mergedValues(
  theirs: RoomEditorValues,
  mine: RoomEditorValues,
  patch: UpdateRoomInput,
): RoomEditorValues {
  const next: RoomEditorValues = { ...theirs, participants: mine.participants };
  if (patch.validFrom !== undefined || patch.validUntil !== undefined) {
    next.validity = {
      validFrom: patch.validFrom !== undefined ? mine.validity.validFrom : theirs.validity.validFrom,
      validUntil: patch.validUntil !== undefined ? mine.validity.validUntil : theirs.validity.validUntil,
    };
  }
  if (patch.pstnDialOutEnabled !== undefined) next.pstnDialOutEnabled = mine.pstnDialOutEnabled;
  if (patch.joinPolicy !== undefined) next.joinPolicy = mine.joinPolicy;
  for (const field of TEXT_DETAILS) if (patch[field] !== undefined) next[field] = mine[field] ?? '';
  return next;
}

/**
 * What the form changed on the room since the baseline, as the backend's update takes it: the window, dial-out, the
 * join policy where the backend keeps one, and the details and zone where it keeps them. Empty without a baseline.
 *
 * @example
 * ```ts
 * formPatch(baseline, values, 'Europe/Berlin', { joinPolicies: false, detailsKept: true }); // { subject: 'Follow-up' }
 * ```
 */
export function formPatch(
  baseline: Baseline | undefined,
  values: RoomEditorValues,
  zone: string,
  features: { joinPolicies: boolean; detailsKept: boolean },
): UpdateRoomInput {
  const { joinPolicies, detailsKept } = features;
  if (!baseline) return {};
  const { room } = baseline;
  const before: RoomEditableFields = {
    validFrom: room.validFrom,
    validUntil: room.validUntil,
    pstnDialOutEnabled: room.pstnDialOutEnabled,
    ...(room.joinPolicy === undefined ? {} : { joinPolicy: room.joinPolicy }),
  };
  const after: RoomEditableFields = {
    validFrom: values.validity.validFrom,
    validUntil: values.validity.validUntil,
    pstnDialOutEnabled: values.pstnDialOutEnabled,
    ...(joinPolicies ? { joinPolicy: values.joinPolicy } : {}),
  };
  if (detailsKept) {
    // The zone counts as changed only when the user picked another one than the form opened in.
    Object.assign(before, {
      subject: room.subject,
      description: room.description,
      reference: room.reference,
      timeZone: baseline.zone,
    });
    // A host that controls `values` without the details leaves them as they are; only '' clears one.
    Object.assign(after, {
      subject: values.subject ?? room.subject,
      description: values.description ?? room.description,
      reference: values.reference ?? room.reference,
      timeZone: zone,
    });
  }
  return roomPatch(before, after);
}
