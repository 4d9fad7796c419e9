export { useControllableState } from './useControllableState';
export type { UseControllableStateOptions } from './useControllableState';
export { useMutation } from './useMutation';
export type { MutationHandle, MutationState, MutationStatus, UseMutationOptions } from './useMutation';
export { useOnlineStatus } from './useOnlineStatus';
export { useDebouncedSearch } from './useDebouncedSearch';
export type { DebouncedSearchState, DebouncedSearchStatus, UseDebouncedSearchOptions } from './useDebouncedSearch';
