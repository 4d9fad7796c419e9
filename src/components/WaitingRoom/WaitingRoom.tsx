import { forwardRef } from 'react';
import type { WaitingRoomProps } from './WaitingRoom.types';
import { renderWaitingRoom } from './renderWaitingRoom';
import { useWaitingRoom } from './useWaitingRoom';
import { useWaitingRoomStyles } from './useWaitingRoomStyles.styles';

/**
 * The screen of someone who holds a room's link but is not on its roster: they give their name and an optional
 * message and ask to join; then it says what is happening — waiting for a presenter (for how long), admitted (by whom,
 * as what, and what that role may do; then `onAdmitted` moves them to the call), declined with the presenter's reason
 * (and when they may ask again), expired, withdrawn, or the room closed. It follows the request's events through the
 * adapter, reads it again after a gap or when the connection returns, and announces each change politely.
 *
 * @example
 * ```tsx
 * <RoomsKitProvider adapter={adapter}>
 *   <WaitingRoom roomId={roomId} roomTitle="Follow-up with Dr. Okafor" defaultDisplayName={me.name}
 *     onAdmitted={() => navigate(`/rooms/${roomId}/call`)} />
 * </RoomsKitProvider>
 * ```
 */
export const WaitingRoom = forwardRef<HTMLDivElement, WaitingRoomProps>(function WaitingRoom(props, ref) {
  const state = useWaitingRoom(props, ref);
  const classes = useWaitingRoomStyles(state);
  return renderWaitingRoom(state, classes);
});
