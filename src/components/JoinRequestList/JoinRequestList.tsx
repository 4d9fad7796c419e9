import { forwardRef } from 'react';
import type { JoinRequestListProps } from './JoinRequestList.types';
import { renderJoinRequestList } from './renderJoinRequestList';
import { useJoinRequestList } from './useJoinRequestList';
import { useJoinRequestListStyles } from './useJoinRequestListStyles.styles';

/**
 * The people asking to join a room, first asked first, for a presenter to let in or turn away: each with their name,
 * their message and how long they have waited, a role picker (Attendee unless `defaultRole` says otherwise) that shows
 * what each role may do, Admit, and Decline with an optional reason. It follows the backend's events, so requests
 * appear and go as they are made and answered elsewhere. It renders nothing when the backend has no lobby or the
 * viewer may not see the requests (the backend answers `forbidden`).
 *
 * @example
 * ```tsx
 * <RoomsKitProvider adapter={adapter}>
 *   <JoinRequestList roomId={roomId} onAdmitted={(request) => toast(`${request.displayName} is in`)} />
 * </RoomsKitProvider>
 * ```
 */
export const JoinRequestList = forwardRef<HTMLDivElement, JoinRequestListProps>(function JoinRequestList(props, ref) {
  const state = useJoinRequestList(props, ref);
  const classes = useJoinRequestListStyles(state);
  return renderJoinRequestList(state, classes);
});
