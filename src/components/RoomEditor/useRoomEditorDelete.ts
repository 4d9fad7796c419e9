import { useState, type Dispatch, type SetStateAction } from 'react';
import type { Room, RoomsAdapter } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import { useMutation } from '../../hooks/useMutation';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomEditorDeletion, RoomEditorNotice, RoomEditorProps } from './RoomEditor.types';
import type { RoomEditorGone } from './useRoomEditorLoad';

/** Options of {@link useRoomEditorDelete}. */
export interface UseRoomEditorDeleteOptions extends Pick<RoomEditorProps, 'onDeleted'> {
  kit: RoomsKitContextValue;
  adapter: RoomsAdapter;
  /** The edited room's id. */
  roomId: string | undefined;
  /** The room as last read or saved; deleting is offered only once there is one. */
  savedRoom: Room | undefined;
  /** Whether "Delete" may be offered at all (an edited room, not read-only, not gone). */
  allowed: boolean;
  setGone: (gone: RoomEditorGone) => void;
  setNotice: Dispatch<SetStateAction<RoomEditorNotice | undefined>>;
  /** Asks for focus on the message. */
  requestFocus: () => void;
  /** A failure in the viewer's words. */
  reasonOf: (error: RoomsError) => string;
}

/**
 * Deleting the edited room, after a confirmation that names it and its window. A room already gone counts as deleted:
 * what the user asked for has happened.
 *
 * @example
 * ```ts
 * const deletion = useRoomEditorDelete({ kit, adapter, roomId, savedRoom, allowed, setGone, setNotice, ... });
 * deletion.ask();
 * ```
 */
export function useRoomEditorDelete(options: UseRoomEditorDeleteOptions): RoomEditorDeletion {
  const { kit, adapter, roomId, savedRoom, allowed, setGone, setNotice, requestFocus, reasonOf, onDeleted } = options;
  const strings = kit.strings.roomEditor;
  const [open, setOpen] = useState(false);
  const deleted = (room: Room) => {
    setGone({ roomId: room.id, status: 'deleted', error: undefined, subject: room.subject });
    onDeleted?.(room);
  };
  const mutation = useMutation((signal, room: Room) => adapter.deleteRoom(room.id, { signal }), {
    onSuccess: (_result, room) => deleted(room),
    onError: (error, room) => {
      if (error.code === 'notFound') {
        deleted(room);
        return;
      }
      setNotice({ intent: 'error', title: strings.deleteFailed, text: reasonOf(error), createAnother: false });
      requestFocus();
    },
  });

  const subject = savedRoom?.subject;
  const window = savedRoom ? kit.formatDateTimeRange(savedRoom.validFrom, savedRoom.validUntil) : '';
  const dialog = subject
    ? {
        title: kit.format(strings.deleteTitleNamed, { subject }),
        body: kit.format(strings.deleteBodyNamed, { subject, window }),
      }
    : {
        title: kit.format(strings.deleteTitle, { roomId: roomId ?? '' }),
        body: savedRoom ? kit.format(strings.deleteBody, { roomId: savedRoom.id, window }) : '',
      };

  return {
    allowed: allowed && savedRoom !== undefined,
    ask: () => setOpen(true),
    open,
    dialog,
    confirm: () => {
      setOpen(false);
      if (savedRoom) void mutation.run(savedRoom);
    },
    cancel: () => setOpen(false),
    deleting: mutation.status === 'pending',
  };
}
