export { RoomCallComposite } from './RoomCallComposite';
export { useRoomCallComposite, restrictionText } from './useRoomCallComposite';
export { useRoomCallCompositeStyles, roomCallCompositeClassNames } from './useRoomCallCompositeStyles.styles';
export { renderRoomCallComposite } from './renderRoomCallComposite';
export { renderPeoplePanel } from './renderPeoplePanel';
export { usePeoplePanel, type UsePeoplePanelOptions } from './usePeoplePanel';
export { useRoomData, type RoomData, type UseRoomDataOptions } from './useRoomData';
export { useRoomWindow, splitCountdown, ROOM_WINDOW_TICK_MS, type RoomWindow } from './useRoomWindow';
export { useCallAdapterState } from './useCallAdapterState';
export {
  compositeRole,
  createRoleAwareCallAdapter,
  effectiveCapabilities,
  roleAwareCallState,
  type RoleAwareCallAdapter,
} from './roleAwareCallAdapter';
export type {
  RoomCallCompositeProps,
  RoomCallCompositeCallProps,
  RoomCallCompositeState,
  RoomCallCompositeClasses,
  RoomCallPhase,
  RoomCallRestriction,
  RoomCallRoleNotice,
  RoomCallCapabilityLine,
  RoomCallPersonState,
  RoomCallPeoplePanelState,
  RoomCallFormat,
} from './RoomCallComposite.types';
