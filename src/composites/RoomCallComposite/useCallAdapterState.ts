import { useCallback, useSyncExternalStore } from 'react';
import type { CallAdapter, CallAdapterState } from '@azure/communication-react';

/**
 * The current state of a communication-react `CallAdapter`, re-rendering on every `stateChanged`. Reads the adapter
 * the host gave, never the kit's role-aware view of it, so the kit decides from what the call really reports.
 *
 * @example
 * ```ts
 * const state = useCallAdapterState(callAdapter);
 * const role = state.call?.role; // 'Unknown' until the call connects
 * ```
 */
export function useCallAdapterState(adapter: CallAdapter): CallAdapterState {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = (): void => onChange();
      adapter.onStateChange(handler);
      return () => adapter.offStateChange(handler);
    },
    [adapter],
  );
  const read = useCallback(() => adapter.getState(), [adapter]);
  return useSyncExternalStore(subscribe, read, read);
}
