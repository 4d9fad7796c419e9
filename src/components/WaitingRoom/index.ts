export { WaitingRoom } from './WaitingRoom';
export { useWaitingRoom } from './useWaitingRoom';
export { useWaitingRoomStyles, waitingRoomClassNames } from './useWaitingRoomStyles.styles';
export { renderWaitingRoom } from './renderWaitingRoom';
export type { WaitingRoomProps, WaitingRoomState, WaitingRoomPhase, WaitingRoomClasses } from './WaitingRoom.types';
