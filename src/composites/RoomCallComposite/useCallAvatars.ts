import { getIdentifierRawId } from '@azure/communication-common';
import { getInitials } from '@fluentui/react';
import type { AvatarPersonaData, AvatarPersonaDataCallback, CallAdapter } from '@azure/communication-react';
import { useCallback } from 'react';

/** The name the call knows for a participant: the local person's own, or a remote participant's. */
function nameIn(adapter: CallAdapter, userId: string): string | undefined {
  const state = adapter.getState();
  if (userId === getIdentifierRawId(state.userId)) return state.displayName;
  return state.call?.remoteParticipants[userId]?.displayName;
}

/**
 * Avatar data for communication-react's call: the host's (from `callCompositeProps.onFetchAvatarPersonaData`) with
 * initials in the order the name is written. Fluent v8's Persona swaps a Latin name's two initials on a right-to-left
 * page ("Omar Diaz" became "DO"), though the name itself still reads left to right; initials given here are drawn as
 * they are. Names in scripts Fluent draws no initials for keep its person icon.
 */
export function useCallAvatars(
  adapter: CallAdapter,
  host: AvatarPersonaDataCallback | undefined,
): AvatarPersonaDataCallback {
  return useCallback<AvatarPersonaDataCallback>(
    async (userId) => {
      const given: AvatarPersonaData = (await host?.(userId)) ?? {};
      if (given.imageInitials !== undefined) return given;
      const name = given.text ?? nameIn(adapter, userId);
      const initials = name ? getInitials(name, false) : '';
      return initials ? { ...given, imageInitials: initials } : given;
    },
    [adapter, host],
  );
}
