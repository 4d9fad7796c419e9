import { forwardRef } from 'react';
import type { RoomListProps } from './RoomList.types';
import { renderRoomList } from './renderRoomList';
import { useRoomList } from './useRoomList';
import { useRoomListStyles } from './useRoomListStyles.styles';

/**
 * The rooms of the backend as a table people recognise: each row named by the room's title ("No title" without one),
 * the first people by name, the id with a copy button, the window in the room's own zone and on the viewer's clock
 * when that differs, status and phone dial-out. Search by title, person or id (through the backend where it searches,
 * `features.search`), filter by status, sort, and per-row actions (open, edit, copy the id, delete with a confirmation
 * naming the room). Every page of the backend's list is read, empty pages included; long lists render only the rows
 * in view. Every text, the word "room" included, comes from the `roomList` strings, so a host can call rooms
 * "appointments" through overrides alone.
 *
 * @example
 * ```tsx
 * <FluentProvider theme={webLightTheme}>
 *   <RoomsKitProvider adapter={adapter}>
 *     <RoomList onOpen={(room) => navigate(`/rooms/${room.id}`)} onEdit={setEditing} onCreate={() => setEditing('new')} />
 *   </RoomsKitProvider>
 * </FluentProvider>
 * ```
 */
export const RoomList = forwardRef<HTMLDivElement, RoomListProps>(function RoomList(props, ref) {
  const state = useRoomList(props, ref);
  const classes = useRoomListStyles(state);
  return renderRoomList(state, classes);
});
