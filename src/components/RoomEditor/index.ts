export { RoomEditor } from './RoomEditor';
export { useRoomEditor } from './useRoomEditor';
export { useRoomEditorStyles, roomEditorClassNames } from './useRoomEditorStyles.styles';
export { renderRoomEditor } from './renderRoomEditor';
export type {
  RoomEditorProps,
  RoomEditorValues,
  RoomEditorState,
  RoomEditorClasses,
  RoomEditorMode,
  RoomEditorLoadStatus,
  RoomEditorFieldErrors,
  RoomEditorNotice,
} from './RoomEditor.types';
