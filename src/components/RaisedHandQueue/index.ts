export { RaisedHandQueue } from './RaisedHandQueue';
export { useRaisedHandQueue } from './useRaisedHandQueue';
export { useRaisedHandQueueStyles, raisedHandQueueClassNames } from './useRaisedHandQueueStyles.styles';
export { renderRaisedHandQueue } from './renderRaisedHandQueue';
export type {
  RaisedHand,
  InvitedSpeaker,
  RaisedHandAction,
  RaisedHandQueueProps,
  RaisedHandQueueState,
  RaisedHandQueueClasses,
  RaisedHandRowState,
  InvitedSpeakerRowState,
  RaisedHandControlState,
} from './RaisedHandQueue.types';
