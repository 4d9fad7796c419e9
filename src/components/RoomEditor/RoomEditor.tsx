import { forwardRef } from 'react';
import type { RoomEditorProps } from './RoomEditor.types';
import { renderRoomEditor } from './renderRoomEditor';
import { useRoomEditor } from './useRoomEditor';
import { useRoomEditorStyles } from './useRoomEditorStyles.styles';

/**
 * Creates or edits one room: its validity window (`ValidityScheduler`), phone dial-out, the join policy where the
 * backend has one, and its roster (`RosterEditor`). Creating sends one request with the participants and an
 * idempotency key, so a retry after a lost answer never makes two rooms; saving sends only what changed. Client checks
 * mirror the service's, the service's own refusals appear next to the field they name, and nothing the user typed is
 * lost after a failure.
 *
 * While editing, the roster is a controlled `RosterEditor` whose changes are saved together with the room by the one
 * Save button (room fields first, then at most one removal and one upsert), so Save and Cancel mean the same for
 * every field.
 *
 * @example
 * ```tsx
 * <RoomsKitProvider adapter={adapter}>
 *   {editing === 'new' ? (
 *     <RoomEditor onSaved={(room) => setEditing(room.id)} onCancel={() => setEditing(undefined)} />
 *   ) : (
 *     <RoomEditor roomId={editing} onDeleted={() => setEditing(undefined)} />
 *   )}
 * </RoomsKitProvider>
 * ```
 */
export const RoomEditor = forwardRef<HTMLDivElement, RoomEditorProps>(function RoomEditor(props, ref) {
  const state = useRoomEditor(props, ref);
  const classes = useRoomEditorStyles(state);
  return renderRoomEditor(state, classes);
});
