export { useControllableState } from './useControllableState';
export type { ControllableStateUpdate, UseControllableStateOptions } from './useControllableState';
export { useLoad } from './useLoad';
export type { LoadContext, LoadHandle, LoadStatus, UseLoadOptions } from './useLoad';
export { useMutation } from './useMutation';
export type { MutationHandle, MutationState, MutationStatus, UseMutationOptions } from './useMutation';
export { useOnlineStatus } from './useOnlineStatus';
export { useDebouncedSearch } from './useDebouncedSearch';
export type { DebouncedSearchState, DebouncedSearchStatus, UseDebouncedSearchOptions } from './useDebouncedSearch';
