export { RosterEditor } from './RosterEditor';
export { useRosterEditor } from './useRosterEditor';
export { useRosterEditorStyles, rosterEditorClassNames } from './useRosterEditorStyles.styles';
export { renderRosterEditor } from './renderRosterEditor';
export type {
  RosterEditorProps,
  RosterEditorHandle,
  RosterEditorActions,
  RosterRowContext,
  RosterEditorState,
  RosterEditorClasses,
  RosterEditorSize,
  RosterSaveMode,
  RosterRowChange,
  RosterRowState,
  RosterBulkState,
  RosterNotice,
} from './RosterEditor.types';
