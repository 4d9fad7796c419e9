/** Strings of RoomList. Placeholders are written {name}. */
export interface RoomListStrings {
  /** Rooms */
  title: string;
}

/** English strings of RoomList. */
export const ROOM_LIST_EN: RoomListStrings = {
  title: 'Rooms',
};

/** German strings of RoomList. */
export const ROOM_LIST_DE: RoomListStrings = {
  title: 'Räume',
};
