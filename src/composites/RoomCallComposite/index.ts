export { RoomCallComposite } from './RoomCallComposite';
export { useRoomCallComposite, restrictionText } from './useRoomCallComposite';
export { useRoomCallCompositeStyles, roomCallCompositeClassNames } from './useRoomCallCompositeStyles.styles';
export { renderRoomCallComposite } from './renderRoomCallComposite';
export { renderPeoplePanel } from './renderPeoplePanel';
export { renderModerationBar, renderModerationMenu, renderModerationSections } from './renderModerationMenu';
export { EndForEveryoneDialog, type EndForEveryoneDialogProps } from './EndForEveryoneDialog';
export { CallAnnouncementToasts, type CallAnnouncementToastsProps } from './CallAnnouncementToasts';
export { useCallModeration, type UseCallModerationOptions } from './useCallModeration';
export {
  speakingChangeText,
  useCallAnnouncements,
  type CallAnnouncements,
  type RoomCallLocalNotice,
  type RoomCallNoticeSubscribe,
  type UseCallAnnouncementsOptions,
} from './useCallAnnouncements';
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
export type {
  RoomCallAnnouncement,
  RoomCallEndDialogState,
  RoomCallModerationEnd,
  RoomCallModerationItem,
  RoomCallModerationState,
  RoomCallRaisedHand,
  RoomCallSpeaker,
} from './RoomCallModeration.types';
