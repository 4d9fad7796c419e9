import { useMemo } from 'react';
import { useComponentKit, type RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { DeepPartial } from '../../strings';
import type { LobbyStrings } from '../../strings/areas/lobby';

/** The parts of the lobby area that are one component's strings each. */
export type LobbyComponentArea = 'waitingRoom' | 'joinRequestList' | 'raisedHandQueue';

/**
 * The kit's context for one of the lobby's components, with the component's own `strings` prop laid over its part of
 * the lobby area (`lobby.joinRequestList`, …), as `useComponentKit` does for a whole area.
 *
 * @example
 * ```ts
 * const kit = useLobbyKit('joinRequestList', props.strings);
 * kit.strings.lobby.joinRequestList.heading;
 * ```
 */
export function useLobbyKit<K extends LobbyComponentArea>(
  part: K,
  strings: DeepPartial<LobbyStrings[K]> | undefined,
): RoomsKitContextValue {
  const overrides = useMemo(
    () => (strings ? ({ [part]: strings } as DeepPartial<LobbyStrings>) : undefined),
    [part, strings],
  );
  return useComponentKit('lobby', overrides);
}
