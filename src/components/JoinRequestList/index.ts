export { JoinRequestList } from './JoinRequestList';
export { useJoinRequestList } from './useJoinRequestList';
export { useJoinRequestListStyles, joinRequestListClassNames } from './useJoinRequestListStyles.styles';
export { renderJoinRequestList } from './renderJoinRequestList';
export type {
  JoinRequestListProps,
  JoinRequestListState,
  JoinRequestListStatus,
  JoinRequestListClasses,
  JoinRequestRowState,
  JoinRequestRowPending,
  JoinRequestDeclineDialogState,
} from './JoinRequestList.types';
