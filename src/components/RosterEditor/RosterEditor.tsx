import { forwardRef } from 'react';
import type { RosterEditorProps } from './RosterEditor.types';
import { renderRosterEditor } from './renderRosterEditor';
import { useRosterEditor } from './useRosterEditor';
import { useRosterEditorStyles } from './useRosterEditorStyles.styles';

/**
 * Edits who is invited to a room and with which role: names from the directory (raw ids on demand), an inline
 * `RolePicker` per row, remove, add one by one (`PeoplePicker`) or a pasted or dropped list with a per-row report,
 * filters, sort, per-role counts with the 350-interactive warning, multi-select with bulk role change and remove.
 * The list is virtualised, so a 10,000-participant room stays responsive.
 *
 * Bound to a room (`roomId`) it loads every page and saves through the adapter, either at once (optimistic, rolled
 * back with a message and Undo) or as a reviewed draft saved in at most two calls. Controlled (`participants` +
 * `onChange`) it edits a roster for a room that does not exist yet.
 *
 * @example
 * ```tsx
 * <RoomsKitProvider adapter={adapter}>
 *   <RosterEditor roomId={room.id} saveMode="staged" onDirtyChange={setDirty} />
 *   <RosterEditor participants={draft} onChange={setDraft} />
 * </RoomsKitProvider>
 * ```
 */
export const RosterEditor = forwardRef<HTMLDivElement, RosterEditorProps>(function RosterEditor(props, ref) {
  const state = useRosterEditor(props, ref);
  const classes = useRosterEditorStyles(state);
  return renderRosterEditor(state, classes);
});
