export { RoomActivity } from './RoomActivity';
export { useRoomActivity } from './useRoomActivity';
export { useRoomActivityData } from './useRoomActivityData';
export type { RoomActivityData, UseRoomActivityDataOptions } from './useRoomActivityData';
export { useRoomActivityStyles, roomActivityClassNames, ROLE_TIMELINE_COLORS } from './useRoomActivityStyles.styles';
export { renderRoomActivity } from './renderRoomActivity';
export type {
  RoomActivityProps,
  RoomActivityState,
  RoomActivityClasses,
  RoomActivityTab,
  RoomActivityExport,
  RoomActivityLoadStatus,
  RoomActivityPersonState,
  RoomActivitySectionState,
  RoomActivitySegmentState,
  RoomActivityTimelineRowState,
  RoomActivityTimelineState,
} from './RoomActivity.types';
