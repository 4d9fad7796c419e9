/** Strings of RoomEditor. Placeholders are written {name}. */
export interface RoomEditorStrings {
  /** New room */
  createTitle: string;
}

/** English strings of RoomEditor. */
export const ROOM_EDITOR_EN: RoomEditorStrings = {
  createTitle: 'New room',
};

/** German strings of RoomEditor. */
export const ROOM_EDITOR_DE: RoomEditorStrings = {
  createTitle: 'Neuer Raum',
};
