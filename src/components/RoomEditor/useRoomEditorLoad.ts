import { useCallback, useState } from 'react';
import { adapterKey } from '../../adapter/adapterKey';
import { collectAll } from '../../adapter/paging';
import type { RoomsAdapter } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import { useLoad } from '../../hooks/useLoad';
import type { RoomEditorLoadStatus } from './RoomEditor.types';
import type { Baseline } from './roomEditorValues';

/** A room that went away while open: not found (a save or delete found it gone), or deleted here. */
export interface RoomEditorGone {
  readonly roomId: string | undefined;
  readonly status: 'notFound' | 'deleted';
  readonly error: RoomsError | undefined;
  /** The title of a room deleted here, for "Follow-up was deleted." */
  readonly subject?: string | undefined;
}

/** Options of {@link useRoomEditorLoad}. */
export interface UseRoomEditorLoadOptions {
  /** The backend. */
  adapter: RoomsAdapter;
  /** The room the host asked to edit; `undefined` creates one (nothing to read). */
  roomIdProp: string | undefined;
  /** The room the editor edits now (also one it created). */
  roomId: string | undefined;
  /** The zone a room without one is shown in. */
  fallbackZone: string;
  /** Puts a room that was read on the form (values, zone, details open). */
  onLoaded: (loaded: Baseline) => void;
}

/** What {@link useRoomEditorLoad} gives the editor. */
export interface RoomEditorLoad {
  /** Where loading stands, a room gone while open included. */
  readonly status: RoomEditorLoadStatus;
  /** Why the read failed. */
  readonly error: RoomsError | undefined;
  /** Reads the room again. */
  readonly retry: () => void;
  /** The room gone while open, when it is. */
  readonly gone: RoomEditorGone | undefined;
  /** Says the room went away. */
  readonly setGone: (gone: RoomEditorGone) => void;
}

/**
 * Reads the edited room and its whole roster through the kit's one loader (`useLoad`), keyed by backend and room, and
 * says when the room is gone: not found when read, or found gone (or deleted) while open.
 *
 * @example
 * ```ts
 * const load = useRoomEditorLoad({ adapter, roomIdProp, roomId, fallbackZone, onLoaded });
 * if (load.status === 'failed') load.retry();
 * ```
 */
export function useRoomEditorLoad(options: UseRoomEditorLoadOptions): RoomEditorLoad {
  const { adapter, roomIdProp, roomId, fallbackZone, onLoaded } = options;
  const [gone, setGoneState] = useState<RoomEditorGone | undefined>(undefined);
  const read = useLoad<Baseline>({
    key: roomIdProp === undefined ? undefined : `${adapterKey(adapter)}#${roomIdProp}`,
    load: async ({ signal }) => {
      const [room, participants] = await Promise.all([
        adapter.getRoom(roomIdProp ?? '', { signal }),
        collectAll((o) => adapter.listParticipants(roomIdProp ?? '', o), { signal }),
      ]);
      const loaded = { room, participants, zone: room.timeZone ?? fallbackZone };
      if (!signal.aborted) onLoaded(loaded);
      return loaded;
    },
  });
  const setGone = useCallback((next: RoomEditorGone) => setGoneState(next), []);

  let status: RoomEditorLoadStatus;
  let error: RoomsError | undefined;
  const goneHere = gone?.roomId === roomId ? gone : undefined;
  if (goneHere) ({ status, error } = goneHere);
  else if (read.status === 'failed') {
    error = read.error;
    status = error?.code === 'notFound' ? 'notFound' : 'failed';
  } else status = read.status === 'loading' ? 'loading' : 'ready';

  return { status, error, retry: read.retry, gone, setGone };
}
