import { useEffect, useState } from 'react';
import type { Room } from '../../adapter/types';
import { validityStatus, type ValidityStatus } from '../../core/validity';

/** Where the room's window stands, by the kit's clock. */
export interface RoomWindow {
  /** `scheduled`, `open` or `ended`; `undefined` when there is no room. */
  status: ValidityStatus | undefined;
  /** Whole seconds until the room opens (rounded up), while it is scheduled; 0 otherwise. */
  secondsToOpen: number;
}

/** How often the clock is read: the countdown shows seconds. */
export const ROOM_WINDOW_TICK_MS = 1000;

function read(room: Room | undefined, now: () => Date): RoomWindow {
  if (!room) return { status: undefined, secondsToOpen: 0 };
  const at = now();
  const status = validityStatus(room, at);
  const secondsToOpen = status === 'scheduled' ? Math.ceil((room.validFrom.getTime() - at.getTime()) / 1000) : 0;
  return { status, secondsToOpen };
}

/**
 * Follows a room's validity window with the kit's clock (`now` from `RoomsKitProvider`), once a second, so a waiting
 * screen counts down and the call opens by itself at `validFrom`. Reading the clock on a timer, rather than waiting
 * for one long timeout, lets tests and stories move a fake clock and see the result on the next tick. Re-renders only
 * when the status or the countdown changes.
 *
 * @example
 * ```ts
 * const { status, secondsToOpen } = useRoomWindow(room, now);
 * ```
 */
export function useRoomWindow(room: Room | undefined, now: () => Date): RoomWindow {
  const [window, setWindow] = useState(() => read(room, now));
  useEffect(() => {
    const update = (): void =>
      setWindow((before) => {
        const next = read(room, now);
        return next.status === before.status && next.secondsToOpen === before.secondsToOpen ? before : next;
      });
    update();
    if (!room) return;
    const timer = setInterval(update, ROOM_WINDOW_TICK_MS);
    return () => clearInterval(timer);
  }, [room, now]);
  return window;
}

/** Splits a countdown into days, hours, minutes and seconds. */
export function splitCountdown(totalSeconds: number): {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
} {
  const s = Math.max(0, Math.floor(totalSeconds));
  return {
    days: Math.floor(s / 86_400),
    hours: Math.floor((s % 86_400) / 3600),
    minutes: Math.floor((s % 3600) / 60),
    seconds: s % 60,
  };
}
