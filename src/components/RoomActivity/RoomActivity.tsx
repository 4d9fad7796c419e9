import { forwardRef } from 'react';
import type { RoomActivityProps } from './RoomActivity.types';
import { renderRoomActivity } from './renderRoomActivity';
import { useRoomActivity } from './useRoomActivity';
import { useRoomActivityStyles } from './useRoomActivityStyles.styles';

/**
 * A room's call as it happens and after it: a live board of who is in the call, who is invited and has not joined
 * (late ones marked), and who left, each by name and role with counts by role; after the call, attendance as a table
 * (joined, left, time in the call, drop-outs, no-shows) and as a timeline picture, one bar per person across the call
 * coloured and patterned by role, exportable as CSV. Bound to a backend it reads the room, roster, names and activity
 * through the `RoomsAdapter` and follows its events; a host with its own data passes `activity`, `roster` and `room`.
 * Times are in the viewer's zone, the zone named.
 *
 * @example
 * ```tsx
 * <FluentProvider theme={webLightTheme}>
 *   <RoomsKitProvider adapter={adapter} timeZone="Europe/Berlin">
 *     <RoomActivity roomId={roomId} lateAfterMinutes={10} onExport={({ csv }) => upload(csv)} />
 *   </RoomsKitProvider>
 * </FluentProvider>
 * ```
 */
export const RoomActivity = forwardRef<HTMLDivElement, RoomActivityProps>(function RoomActivity(props, ref) {
  const state = useRoomActivity(props, ref);
  const classes = useRoomActivityStyles(state);
  return renderRoomActivity(state, classes);
});
