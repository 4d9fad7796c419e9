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

/** One person's connection to the room's call. */
export interface DemoCall {
  info: RoomJoinInfo;
  callAdapter: SimulatedCallAdapter;
  connection: LocalServiceCallConnection;
  /** Hangs up and closes the connection. */
  dispose(): void;
}

/**
 * Joins the room's call with what the server issued: the token admits this person with their roster role.
 */
export function connectCall(info: RoomJoinInfo, displayName: string, adapter: RoomsAdapter): DemoCall {
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
  return {
    info,
    callAdapter,
    connection,
    dispose() {
      callAdapter.dispose();
      connection.close();
    },
  };
}

/** Props of {@link CallPane}. */
export interface CallPaneProps {
  call: DemoCall;
  adapter: RoomsAdapter;
}

/** The room call of one person. */
export default function CallPane({ call, adapter }: CallPaneProps) {
  return (
    <RoomCallComposite
      callAdapter={call.callAdapter}
      roomsAdapter={adapter}
      roomId={call.info.roomId}
      localUserId={call.info.userId}
    />
  );
}
