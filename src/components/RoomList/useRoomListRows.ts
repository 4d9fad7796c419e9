import { useMemo, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Room, RoomCallSummary } from '../../adapter/types';
import { formatRoomWindow } from '../../core/format';
import { validityStatus } from '../../core/validity';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomListPeopleState, RoomListRowState, RoomListRowsState } from './RoomList.types';

const COLUMN_COUNT = 6;
/** Above this many rooms only the rows in view (plus overscan) are rendered. */
const VIRTUALIZE_ABOVE = 50;
/** Estimated heights before rows are measured. */
const ROW_HEIGHT_ESTIMATE = 44;
const HEADER_HEIGHT_ESTIMATE = 44;

/** The texts of a room's dates: its window in its zone and on the viewer's clock, and when it was created. */
export interface RoomListDateTexts {
  readonly window: string;
  readonly viewerWindow: string | undefined;
  readonly created: string;
}

/** Options of {@link useRoomListRows}. */
export interface UseRoomListRowsOptions {
  /** The kit's context: strings, formatting, locale and the viewer's zone. */
  kit: RoomsKitContextValue;
  /** The table's scrolling box, which the virtualizer watches. */
  scrollRef: RefObject<HTMLDivElement>;
  /** The rooms that pass the filters, in order. */
  shown: readonly Room[];
  /** The time statuses and years are read at. */
  now: Date;
  /** The call going on in a room now. */
  callOf: (room: Room) => RoomCallSummary | undefined;
  /** A row's people line. */
  peopleOf: (room: Room) => RoomListPeopleState | undefined;
  /** The room whose id was just copied. */
  copiedId: string | undefined;
}

/** What {@link useRoomListRows} gives the list. */
export interface RoomListRows extends RoomListRowsState {
  /** A room's date texts (cached per room, window and zone). */
  readonly textsOf: (room: Room) => RoomListDateTexts;
}

/** The name a room is called by in sentences: its title, or "the room {id}" without one. */
export function roomListNameOf(kit: RoomsKitContextValue, room: Room): string {
  const strings = kit.strings.roomList;
  return room.subject
    ? kit.format(strings.roomName, { subject: room.subject })
    : kit.format(strings.untitledRoomName, { roomId: room.id });
}

/**
 * The rows of the table as rendered: only those in view (and a few more) once the list is long, each with its texts
 * in the viewer's words. Dates are formatted once per room and reused while it scrolls in and out of view.
 *
 * @example
 * ```ts
 * const list = useRoomListRows({ kit, scrollRef, shown, now, callOf, peopleOf, copiedId });
 * list.rows.map((row) => row.windowText);
 * ```
 */
export function useRoomListRows(options: UseRoomListRowsOptions): RoomListRows {
  const { kit, scrollRef, shown, now, callOf, peopleOf, copiedId } = options;
  const strings = kit.strings.roomList;
  const virtualize = shown.length > VIRTUALIZE_ABOVE;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    // A row measured at 0 (not laid out yet, or hidden with its tab) would let every row count as "in view".
    measureElement: (element) => element.getBoundingClientRect().height || ROW_HEIGHT_ESTIMATE,
    paddingStart: HEADER_HEIGHT_ESTIMATE,
    overscan: 10,
    enabled: virtualize,
    getItemKey: (index) => shown[index]?.id ?? index,
  });
  const items = virtualize ? virtualizer.getVirtualItems() : undefined;
  const indices = items ? items.map((item) => item.index) : shown.map((_, index) => index);
  const first = items?.[0];
  const last = items?.[items.length - 1];
  let spacer = { before: 0, after: 0 };
  if (first && last)
    spacer = {
      before: Math.max(0, first.start - HEADER_HEIGHT_ESTIMATE),
      after: virtualizer.getTotalSize() - last.end,
    };
  // Nothing in view yet (a scroller with no height: the stacked narrow layout hides the header row): the whole list's
  // height gives the scroller its size, so the virtualizer sees a view and fills it.
  else if (virtualize) spacer = { before: 0, after: virtualizer.getTotalSize() - HEADER_HEIGHT_ESTIMATE };

  // Formatting dates builds Intl formatters; rows scrolled back into view reuse their texts until locale or zone change.
  const { formatDateTime, locale, timeZone: viewerTimeZone } = kit;
  const dateTexts = useMemo(
    () => new Map<string, RoomListDateTexts>(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new locale, zone or wording: start afresh
    [formatDateTime, locale, viewerTimeZone, strings],
  );
  const year = now.getUTCFullYear();
  const textsOf = (room: Room): RoomListDateTexts => {
    const key = `${room.id}|${room.validFrom.getTime()}|${room.validUntil.getTime()}|${room.timeZone ?? ''}|${year}`;
    let texts = dateTexts.get(key);
    if (!texts) {
      const window = formatRoomWindow(room, {
        locale,
        timeZone: room.timeZone,
        viewerTimeZone,
        now,
        phrases: { inZone: strings.windowInZone, inViewerZone: strings.windowInViewerZone },
      });
      texts = { window: window.room, viewerWindow: window.viewer, created: formatDateTime(room.createdAt) };
      dateTexts.set(key, texts);
    }
    return texts;
  };

  const rows: RoomListRowState[] = indices.flatMap((index) => {
    const room = shown[index];
    if (!room) return [];
    const status = validityStatus(room, now);
    const texts = textsOf(room);
    const call = callOf(room);
    const name = roomListNameOf(kit, room);
    return [
      {
        room,
        index,
        rowIndex: index + 2,
        status,
        name: room.subject ? room.subject : strings.untitled,
        titled: Boolean(room.subject),
        idText: kit.format(strings.roomId, { roomId: room.id }),
        copyLabel: kit.format(strings.copyIdButton, { roomId: room.id }),
        copied: copiedId === room.id,
        people: peopleOf(room),
        statusText: kit.strings.validity.status[status],
        windowText: texts.window,
        viewerWindowText: texts.viewerWindow,
        createdText: texts.created,
        dialOutText: room.pstnDialOutEnabled ? strings.dialOutOn : strings.dialOutOff,
        call: call && {
          count: call.participantCount,
          text: kit.format(strings.inCallBadge, { count: call.participantCount }),
          label: kit.format(strings.inCall, { count: call.participantCount }),
        },
        openLabel: room.subject
          ? kit.format(strings.openRoom, { room: name })
          : kit.format(strings.openUntitledRoom, { roomId: room.id }),
        actionsLabel: kit.format(strings.actionsButton, { room: name }),
      },
    ];
  });

  return {
    rows,
    spacer,
    columnCount: COLUMN_COUNT,
    scrollRef,
    measureRow: virtualize ? virtualizer.measureElement : undefined,
    textsOf,
  };
}
