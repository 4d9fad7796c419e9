import { forwardRef } from 'react';
import type { RaisedHandQueueProps } from './RaisedHandQueue.types';
import { renderRaisedHandQueue } from './renderRaisedHandQueue';
import { useRaisedHandQueue } from './useRaisedHandQueue';
import { useRaisedHandQueueStyles } from './useRaisedHandQueueStyles.styles';

/**
 * The call's raised hands in the order they went up, with how long each has waited, and the people invited to speak.
 * A viewer whose role allows it lowers one hand or all, invites someone to speak (a role change for this call, shown
 * as the role they get) and returns a speaker to listener. Which controls are on is decided by
 * `moderationAllowed(viewerRole, action)`, never by role names; a control that is off stays focusable and says why.
 * Presentational: the call feeds it hands, speakers and a handler per action; a handler that returns a promise shows
 * its row pending until it settles and a message if it rejects.
 *
 * @example
 * ```tsx
 * <RaisedHandQueue
 *   hands={[{ userId, displayName: 'Sam Patel', raisedAt, role: 'Consumer' }]}
 *   viewerRole="Presenter"
 *   onLowerHand={(id) => adapter.moderateCall(roomId, { type: 'lowerHand', userId: id })}
 *   onInviteToSpeak={(id) => adapter.moderateCall(roomId, { type: 'inviteToSpeak', userId: id })}
 * />
 * ```
 */
export const RaisedHandQueue = forwardRef<HTMLDivElement, RaisedHandQueueProps>(function RaisedHandQueue(
  props: RaisedHandQueueProps,
  ref,
) {
  const state = useRaisedHandQueue(props, ref);
  const classes = useRaisedHandQueueStyles(state);
  return renderRaisedHandQueue(state, classes);
});
