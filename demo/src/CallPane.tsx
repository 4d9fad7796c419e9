import { useEffect, useState } from 'react';
import type { RoomJoinInfo, RoomsAdapter } from 'acs-rooms-kit';
import { RoomCallComposite } from 'acs-rooms-kit/call';
import {
  connectLocalServiceCall,
  createSimulatedCallAdapter,
  type LocalServiceCallConnection,
  type SimulatedCallAdapter,
} from 'acs-rooms-kit/testing';

// The local Rooms service's shared call, through the demo server (see demo/start.mjs): everyone who joins a room, in
// any tab or browser, is in the same call.
const CALL_SERVICE = new URL('/local-call/', window.location.href).href;

/** Props of {@link CallPane}. */
export interface CallPaneProps {
  /** What the server issued for joining: the token admits this person to the room's call with their roster role. */
  info: RoomJoinInfo;
  /** The name the call shows. */
  displayName: string;
  adapter: RoomsAdapter;
}

/** One person in the room's call, connected while the pane is shown and hung up when it goes. */
export default function CallPane({ info, displayName, adapter }: CallPaneProps) {
  const [call, setCall] = useState<{ connection: LocalServiceCallConnection; callAdapter: SimulatedCallAdapter }>();

  useEffect(() => {
    const connection = connectLocalServiceCall({ baseUrl: CALL_SERVICE, roomId: info.roomId, token: info.token });
    const callAdapter = createSimulatedCallAdapter({
      userId: info.userId,
      displayName,
      role: info.role,
      roomsAdapter: adapter,
      roomId: info.roomId,
      startOn: 'call',
      sharedCall: connection,
    });
    setCall({ connection, callAdapter });
    return () => {
      callAdapter.dispose();
      connection.close();
    };
  }, [info, displayName, adapter]);

  if (!call) return null;
  return (
    <RoomCallComposite
      callAdapter={call.callAdapter}
      roomsAdapter={adapter}
      roomId={info.roomId}
      localUserId={info.userId}
    />
  );
}
