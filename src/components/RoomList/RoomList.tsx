import { forwardRef } from 'react';
import type { RoomListProps } from './RoomList.types';
import { renderRoomList } from './renderRoomList';
import { useRoomList } from './useRoomList';
import { useRoomListStyles } from './useRoomListStyles.styles';

/**
 * The rooms of the backend as a table: status, time window in the viewer's zone, phone dial-out; filter by status and
 * room id, sort, and per-row actions (open, edit, copy the id, delete with confirmation). Every page of the backend's
 * list is read, empty pages included; long lists render only the rows in view.
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
