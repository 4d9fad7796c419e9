/** Strings of RoomCall. Placeholders are written {name}. */
export interface RoomCallStrings {
  /** Your role: {role} */
  yourRole: string;
}

/** English strings of RoomCall. */
export const ROOM_CALL_EN: RoomCallStrings = {
  yourRole: 'Your role: {role}',
};

/** German strings of RoomCall. */
export const ROOM_CALL_DE: RoomCallStrings = {
  yourRole: 'Ihre Rolle: {role}',
};
