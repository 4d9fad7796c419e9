import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useToastController } from '@fluentui/react-components';
import type { Room, RoomsAdapter } from '../../adapter/types';
import { useMutation } from '../../hooks/useMutation';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type {
  RoomListMenuControl,
  RoomListMenuState,
  RoomListNotice,
  RoomListProps,
  RoomListRowActions,
} from './RoomList.types';
import { renderRoomListToast } from './renderRoomList';
import type { RoomListRooms } from './useRoomListRooms';
import { roomListNameOf } from './useRoomListRows';

/** How long the copy button shows its tick. */
const COPIED_TICK_MS = 2_000;

/** Options of {@link useRoomListActions}. */
export interface UseRoomListActionsOptions extends Pick<RoomListProps, 'onOpen' | 'onEdit' | 'onDeleted'> {
  /** The kit's context: strings and formatting. */
  kit: RoomsKitContextValue;
  /** The backend that deletes rooms. */
  adapter: RoomsAdapter;
  /** The rooms held, which a delete changes at once and puts back when the backend refuses. */
  rooms: Pick<RoomListRooms, 'setRooms' | 'roomsRef' | 'hide'>;
  /** The rooms shown, in order: focus goes to a neighbour of a deleted row. */
  shown: readonly Room[];
  /** The table's scroller, where the neighbour's actions button is found. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The heading, which takes focus when no row is left. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Id of the list's toaster. */
  toasterId: string;
}

/** What {@link useRoomListActions} gives the list. */
export interface RoomListActions {
  /** The row menu. */
  readonly menu: RoomListMenuControl;
  /** What a row lets the user do. */
  readonly actions: RoomListRowActions;
  /** The room whose id was just copied (its button shows a tick for a moment). */
  readonly copiedId: string | undefined;
  /** The room of the delete confirmation (kept while it closes, so its text does not blank out). */
  readonly deleteTarget: Room | undefined;
  /** Whether the delete confirmation is open. */
  readonly deleteOpen: boolean;
  /** Deletes the room of the open confirmation. */
  readonly confirmDelete: () => void;
  /** Closes the confirmation without deleting. */
  readonly cancelDelete: () => void;
  /** The message above the table, and how to hide it. */
  readonly notice: { readonly current: RoomListNotice | undefined; readonly dismiss: () => void };
}

/**
 * The row actions of the list: one menu for the whole table, copying a room's id (a toast says so, a message when the
 * clipboard refuses), and deleting with a confirmation — the row goes at once and comes back where it was when the
 * backend refuses; keyboard users keep their place on a neighbouring row.
 *
 * @example
 * ```ts
 * const act = useRoomListActions({ kit, adapter, rooms, shown, scrollRef, headingRef, toasterId, onDeleted });
 * act.actions.askDelete(room);
 * ```
 */
export function useRoomListActions(options: UseRoomListActionsOptions): RoomListActions {
  const { kit, adapter, rooms, shown, scrollRef, headingRef, toasterId, onOpen, onEdit, onDeleted } = options;
  const { setRooms, roomsRef, hide } = rooms;
  const strings = kit.strings.roomList;
  const { dispatchToast } = useToastController(toasterId);
  const [notice, setNotice] = useState<RoomListNotice | undefined>(undefined);

  // One menu for the whole table instead of one per row: rows stay light, so scrolling 1,000 rooms stays smooth.
  const [menu, setMenu] = useState<RoomListMenuState | undefined>(undefined);
  const popoverRef = useRef<HTMLDivElement>(null);
  const lastMenuTarget = useRef<HTMLElement | undefined>(undefined);
  const openMenu = useCallback(
    (room: Room, target: HTMLElement) => {
      lastMenuTarget.current = target;
      setMenu((current) =>
        current?.room.id === room.id
          ? undefined
          : { room, target, label: kit.format(strings.actionsButton, { room: roomListNameOf(kit, room) }) },
      );
    },
    [kit, strings],
  );
  const closeMenu = useCallback(() => setMenu(undefined), []);
  // A menu without a trigger of its own leaves focus in its popover or on the page when it closes: put it back on
  // the row's button, unless the user has already moved it elsewhere (a click outside, a dialog taking it).
  useEffect(() => {
    if (menu) return;
    const target = lastMenuTarget.current;
    lastMenuTarget.current = undefined;
    if (!target?.isConnected) return;
    const active = document.activeElement;
    if (!active || active === document.body || popoverRef.current?.contains(active)) target.focus();
  }, [menu]);

  const toast = useCallback(
    (text: string) => dispatchToast(renderRoomListToast(text), { intent: 'success' }),
    [dispatchToast],
  );

  // The copy button shows a tick for a moment, next to where the user looked; the toast says it in words.
  const [copiedId, setCopiedId] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (copiedId === undefined) return undefined;
    const timer = setTimeout(() => setCopiedId(undefined), COPIED_TICK_MS);
    return () => clearTimeout(timer);
  }, [copiedId]);
  const copyId = useCallback(
    (room: Room) => {
      const failed = () => setNotice({ intent: 'warning', text: kit.format(strings.copyFailed, { roomId: room.id }) });
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard?.writeText) {
        failed();
        return;
      }
      clipboard.writeText(room.id).then(() => {
        toast(kit.format(strings.copied, { roomId: room.id }));
        setCopiedId(room.id);
      }, failed);
    },
    [kit, strings, toast],
  );

  const [deleteTarget, setDeleteTarget] = useState<Room | undefined>(undefined);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const focusAfterDelete = useRef<{ roomId: string | undefined } | undefined>(undefined);
  const deleted = useCallback(
    (room: Room) => {
      toast(kit.format(strings.deleted, { room: roomListNameOf(kit, room) }));
      onDeleted?.(room);
    },
    [kit, strings, toast, onDeleted],
  );
  const remove = useMutation((signal, room: Room) => adapter.deleteRoom(room.id, { signal }), {
    optimistic: (room) => {
      const index = roomsRef.current.findIndex((r) => r.id === room.id);
      hide(room.id, true);
      setRooms((current) => current.filter((r) => r.id !== room.id));
      return () => {
        hide(room.id, false);
        setRooms((current) =>
          current.some((r) => r.id === room.id)
            ? current
            : [...current.slice(0, Math.max(0, index)), room, ...current.slice(Math.max(0, index))],
        );
      };
    },
    onSuccess: (_result, room) => deleted(room),
    onError: (error, room) => {
      if (error.code === 'notFound') {
        // Someone else deleted it first: what the user wanted has happened.
        hide(room.id, true);
        setRooms((current) => current.filter((r) => r.id !== room.id));
        deleted(room);
        return;
      }
      setNotice({
        intent: 'error',
        text: kit.format(strings.deleteFailed, {
          room: roomListNameOf(kit, room),
          reason: kit.strings.errors[error.code],
        }),
      });
    },
  });

  const confirmDelete = useCallback(() => {
    const room = deleteTarget;
    if (!room || !deleteOpen) return;
    setDeleteOpen(false);
    // Keyboard users keep their place: focus goes to the next row's actions (or the previous, or the heading).
    const position = shown.findIndex((r) => r.id === room.id);
    const neighbour = shown[position + 1] ?? shown[position - 1];
    focusAfterDelete.current = { roomId: neighbour?.id };
    void remove.run(room);
  }, [deleteTarget, deleteOpen, shown, remove]);

  useEffect(() => {
    const target = focusAfterDelete.current;
    if (!target) return;
    focusAfterDelete.current = undefined;
    const button =
      target.roomId === undefined
        ? null
        : scrollRef.current?.querySelector<HTMLElement>(`[data-room-id="${CSS.escape(target.roomId)}"] [data-actions]`);
    (button ?? headingRef.current)?.focus();
  }, [shown, scrollRef, headingRef]);

  return {
    menu: { current: menu, open: openMenu, close: closeMenu, popoverRef },
    actions: {
      canOpen: onOpen !== undefined,
      canEdit: onEdit !== undefined,
      open: (room) => onOpen?.(room),
      edit: (room) => onEdit?.(room),
      copyId,
      askDelete: (room) => {
        setDeleteTarget(room);
        setDeleteOpen(true);
      },
    },
    copiedId,
    deleteTarget,
    deleteOpen,
    confirmDelete,
    cancelDelete: () => setDeleteOpen(false),
    notice: { current: notice, dismiss: () => setNotice(undefined) },
  };
}
