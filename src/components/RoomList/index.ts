export { RoomList } from './RoomList';
export { useRoomList } from './useRoomList';
export { useRoomListStyles, roomListClassNames } from './useRoomListStyles.styles';
export { renderRoomList, renderRoomListToast } from './renderRoomList';
export type {
  RoomListProps,
  RoomListState,
  RoomListClasses,
  RoomListLoadStatus,
  RoomListRowState,
  RoomListSortOption,
  RoomListStatusOption,
  RoomListSortableHeader,
  RoomListDeleteDialogState,
  RoomListNotice,
  RoomListMenuState,
  RoomListPeopleState,
  RoomListSearchStatus,
} from './RoomList.types';
