import type { RoomsError } from '../../core/errors';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomEditorFieldErrors } from './RoomEditor.types';

/** The form's fields that can carry a message of their own. */
export type RoomEditorErrorField = keyof RoomEditorFieldErrors;

/** Where the backend's refusal goes on the form: a field and the message under it. */
export interface PlacedRoomEditorError {
  /** The field the backend refused. */
  readonly field: RoomEditorErrorField;
  /** What the field says, in the kit's words (the validity field holds one message per end). */
  readonly message: RoomEditorFieldErrors[RoomEditorErrorField];
}

/** The no-error state of every field. */
export const NO_FIELD_ERRORS: RoomEditorFieldErrors = {
  validity: undefined,
  participants: undefined,
  joinPolicy: undefined,
  pstnDialOutEnabled: undefined,
  subject: undefined,
  timeZone: undefined,
  description: undefined,
  reference: undefined,
};

/**
 * Which field of the form a backend's refusal belongs to, and what it says there; `undefined` when it names none of
 * them. The service's own words are English whatever the page's language: the field says it in the kit's words.
 *
 * @example
 * ```ts
 * const placed = placedError(error, kit);
 * if (placed) setFieldErrors((e) => ({ ...e, [placed.field]: placed.message }));
 * ```
 */
export function placedError(error: RoomsError, kit: RoomsKitContextValue): PlacedRoomEditorError | undefined {
  const strings = kit.strings.roomEditor;
  const reason = kit.strings.errors[error.code];
  const message = kit.format(strings.serverRejected, { message: reason });
  switch (error.target) {
    case 'validFrom':
    case 'validUntil':
      return { field: 'validity', message: { [error.target]: message } };
    case 'participants':
      return { field: 'participants', message: kit.format(strings.participantsRejected, { message: reason }) };
    case 'timeZone':
      return { field: 'timeZone', message: kit.format(strings.timeZoneRejected, { message: reason }) };
    case 'joinPolicy':
    case 'pstnDialOutEnabled':
    case 'subject':
    case 'description':
    case 'reference':
      return { field: error.target, message };
    default:
      return undefined;
  }
}
