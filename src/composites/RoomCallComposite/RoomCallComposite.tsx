import { forwardRef } from 'react';
import type { RoomCallCompositeProps } from './RoomCallComposite.types';
import { renderRoomCallComposite } from './renderRoomCallComposite';
import { useRoomCallComposite } from './useRoomCallComposite';
import { useRoomCallCompositeStyles } from './useRoomCallCompositeStyles.styles';

/**
 * Joins a room call with communication-react's `CallComposite`, made aware of the room: before the room opens it
 * shows the schedule and a countdown and opens the call by itself; after it closes, an ended screen; to someone not
 * on the roster, a not-invited screen. In the call, controls follow the local role — what the call reports through its
 * capabilities feature decides, else the documentation's role matrix — and every disabled control says why. The role
 * is shown with a "what you can do" list, role changes during the call are announced with what was gained or lost,
 * and a people panel shows invited and joined people side by side, with a Presenter's tools (change a role, remove,
 * mute, invite into the call).
 *
 * Import it from `acs-rooms-kit/call`; the root entry never loads communication-react.
 *
 * @example
 * ```tsx
 * const callAdapter = await createAzureCommunicationCallAdapter({ userId, displayName, credential, locator: { roomId } });
 * <FluentProvider theme={webLightTheme}>
 *   <RoomsKitProvider adapter={roomsAdapter}>
 *     <div style={{ height: '100vh' }}>
 *       <RoomCallComposite callAdapter={callAdapter} roomId={roomId} localUserId={userId.communicationUserId} />
 *     </div>
 *   </RoomsKitProvider>
 * </FluentProvider>
 * ```
 */
export const RoomCallComposite = forwardRef<HTMLDivElement, RoomCallCompositeProps>(
  function RoomCallComposite(props, ref) {
    const state = useRoomCallComposite(props, ref);
    const classes = useRoomCallCompositeStyles(state);
    return renderRoomCallComposite(state, classes);
  },
);
