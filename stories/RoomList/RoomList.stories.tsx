import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RoomList } from '../../src/components/RoomList';
import {
  createInMemoryRoomsAdapter,
  createSeededRoomsAdapter,
  DEMO_ROOM_IDS,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import { formatInstantRange } from '../../src/core/format';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import { dialogsClosed, openedDialog } from '../shared/dialogs';

/**
 * The backend's rooms as a table. Every story runs on a fixed clock and in a fixed zone (Europe/Berlin), with a fresh
 * in-memory backend made by its loader, so deleting in one run never shows in the next. Theme, direction and locale
 * come from the toolbar; the `…Dark` and `…Rtl` stories pin those globals so each main scenario is also checked there.
 */
const NOW = new Date('2026-03-02T09:30:00.000Z');
const now = () => new Date(NOW.getTime());
const TIME_ZONE = 'Europe/Berlin';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What each story's loader hands to its render and play. */
interface Loaded {
  adapter: InMemoryRoomsAdapter;
}

const meta = {
  title: 'Rooms/RoomList',
  component: RoomList,
  tags: ['autodocs'],
  args: { onOpen: fn(), onEdit: fn(), onCreate: fn(), onDeleted: fn(), onStatusFilterChange: fn() },
  parameters: {
    roomsKit: { now, timeZone: TIME_ZONE },
    a11y: {
      config: {
        rules: [
          {
            // The one exception, for every story: tabster (Fluent's focus manager, used by the toaster, menus and
            // dialogs) puts invisible `<i data-tabster-dummy tabindex="0" aria-hidden>` guards around them that move
            // focus on; axe reads them as hidden focusable content. Every other element is still checked by this rule.
            id: 'aria-hidden-focus',
            selector: '[aria-hidden="true"]:not([data-tabster-dummy])',
          },
        ],
      },
    },
  },
  loaders: [async (): Promise<Loaded> => ({ adapter: createSeededRoomsAdapter({ now }) })],
  render: (args, { loaded }) => <RoomList {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<typeof RoomList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The strings the global decorator's `RoomsKitProvider` uses for the story's locale. */
const stringsOf = (globals: Record<string, unknown>): RoomsKitStrings =>
  stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');
const localeOf = (globals: Record<string, unknown>): string =>
  typeof globals.locale === 'string' ? globals.locale : 'en-US';
const adapterOf = (loaded: unknown): InMemoryRoomsAdapter => (loaded as Loaded).adapter;

/** The table, once every page has been read (the summary line says "N of N"). */
async function loadedTable(canvasElement: HTMLElement, strings: RoomsKitStrings, total: number): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  const summary = strings.roomList.summary.replace('{shown}', String(total)).replace('{total}', String(total));
  await canvas.findByText(summary);
  return canvas.getByRole('table', { name: strings.roomList.title });
}

function rowOf(table: HTMLElement, roomId: string): HTMLElement {
  const row = table.querySelector<HTMLElement>(`tr[data-room-id="${roomId}"]`);
  if (!row) throw new Error(`no row for room ${roomId}`);
  return row;
}

/** `count` rooms an hour apart, cycling through ended, open and scheduled. */
function manyRooms(count: number): InMemoryRoomSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 3;
    const from = kind === 0 ? NOW.getTime() - 2 * DAY : kind === 1 ? NOW.getTime() - HOUR : NOW.getTime() + DAY;
    return {
      room: {
        id: String(10_000_000 + i),
        createdAt: new Date(NOW.getTime() - (count - i) * HOUR),
        validFrom: new Date(from + i * 60_000),
        validUntil: new Date(from + i * 60_000 + HOUR),
        pstnDialOutEnabled: i % 4 === 0,
      },
    };
  });
}

/** The demo clinic's six rooms: open, scheduled and ended, with their windows in Berlin time and the zone named. */
export const Default: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, strings, 6);
    const open = rowOf(table, DEMO_ROOM_IDS.openConsult);
    await expect(within(open).getByText(strings.validity.status.open)).toBeVisible();
    const room = await adapterOf(loaded).getRoom(DEMO_ROOM_IDS.openConsult);
    const window = formatInstantRange(room.validFrom, room.validUntil, {
      locale: localeOf(globals),
      timeZone: TIME_ZONE,
    });
    await expect(open).toHaveTextContent(window);
    await expect(open).toHaveTextContent(strings.roomList.dialOutOn);
    await expect(
      within(rowOf(table, DEMO_ROOM_IDS.endedYesterday)).getByText(strings.validity.status.ended),
    ).toBeVisible();
    await expect(
      within(rowOf(table, DEMO_ROOM_IDS.cardiologyTomorrow)).getByText(strings.validity.status.scheduled),
    ).toBeVisible();
    await expect(within(canvasElement).getByRole('button', { name: strings.roomList.newRoom })).toBeVisible();
  },
};

/** The same list in the dark theme. */
export const DefaultDark: Story = { ...Default, globals: { theme: 'dark' } };

/** The same list right to left. */
export const DefaultRtl: Story = { ...Default, globals: { direction: 'rtl' } };

/** A thousand rooms: only the rows in view are in the page, the table still reports all of them, and scrolling works. */
export const Many: Story = {
  loaders: [
    async (): Promise<Loaded> => ({
      adapter: createInMemoryRoomsAdapter({ now, rooms: manyRooms(1000), maxPageSize: 100 }),
    }),
  ],
  args: { pageSize: 100 },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, strings, 1000);
    await expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rendered = table.querySelectorAll('tbody tr[data-room-id]');
    await expect(rendered.length).toBeGreaterThan(5);
    await expect(rendered.length).toBeLessThan(100);

    // Scrolling to the end brings the last room (the latest start) into the page.
    const scroller = canvasElement.querySelector<HTMLElement>('.rk-RoomList__scroller');
    if (!scroller) throw new Error('no scroller');
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(table.querySelector('tr[aria-rowindex="1001"]')).not.toBeNull());
    await expect(table.querySelectorAll('tbody tr[data-room-id]').length).toBeLessThan(100);

    // Finding one room by id among a thousand.
    await userEvent.type(
      within(canvasElement).getByRole('searchbox', { name: strings.roomList.filterTextLabel }),
      '10000500',
    );
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-room-id]')).toHaveLength(1));
    await expect(rowOf(table, '10000500')).toBeVisible();
  },
};

/** The many-rooms list in the dark theme. */
export const ManyDark: Story = { ...Many, globals: { theme: 'dark' } };

/** A backend without rooms. */
export const Empty: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: createInMemoryRoomsAdapter({ now }) })],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.roomList.empty)).toBeVisible();
    await expect(canvas.getByText(strings.roomList.emptyHint)).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** The first page has not arrived yet. */
export const Loading: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: createSeededRoomsAdapter({ now, latencyMs: 600_000 }) })],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(strings.roomList.loading);
    await expect(canvasElement.querySelector('.rk-RoomList')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** The backend fails the first read; Retry reads the list again and it arrives. */
export const Failed: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = createSeededRoomsAdapter({ now });
      adapter.faults.failNext('unavailable', { operation: 'listRooms' });
      return { adapter };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.roomList.loadFailed)).toBeVisible();
    await expect(canvas.getByText(strings.errors.unavailable)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    await loadedTable(canvasElement, strings, 6);
    await expect(canvas.queryByText(strings.roomList.loadFailed)).toBeNull();
  },
};

/** The failed state right to left. */
export const FailedRtl: Story = { ...Failed, globals: { direction: 'rtl' } };

/** The backend answers an empty page that still has a next cursor after every page; the list reads past it. */
export const EmptyPageInTheMiddle: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: createSeededRoomsAdapter({ now, emptyPageEvery: 1 }) })],
  args: { pageSize: 2 },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, strings, 6);
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
    // Three pages of two rooms with an empty page between each: five reads.
    await expect(adapterOf(loaded).calls.filter((c) => c.operation === 'listRooms')).toHaveLength(5);
  },
};

/** Deleting from the keyboard: the row menu, a confirmation naming the room and its window, then the row is gone. */
export const DeleteConfirm: Story = {
  play: async ({ canvasElement, globals, loaded, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, strings, 6);
    const actions = within(rowOf(table, DEMO_ROOM_IDS.physioLaterToday)).getByRole('button', {
      name: s.actionsButton.replace('{roomId}', DEMO_ROOM_IDS.physioLaterToday),
    });
    actions.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    // Open, Edit, Copy room id, Delete: the fourth item.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await expect(within(menu).getByRole('menuitem', { name: s.actions.delete })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const title = s.deleteTitle.replace('{roomId}', DEMO_ROOM_IDS.physioLaterToday);
    const dialog = await openedDialog(canvasElement, 'alertdialog', { name: title });
    const room = await adapterOf(loaded).getRoom(DEMO_ROOM_IDS.physioLaterToday);
    await expect(dialog).toHaveTextContent(
      formatInstantRange(room.validFrom, room.validUntil, { locale: localeOf(globals), timeZone: TIME_ZONE }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await dialogsClosed(canvasElement);

    await waitFor(() => expect(table.querySelector(`tr[data-room-id="${DEMO_ROOM_IDS.physioLaterToday}"]`)).toBeNull());
    await expect(
      await within(document.body).findByText(s.deleted.replace('{roomId}', DEMO_ROOM_IDS.physioLaterToday)),
    ).toBeVisible();
    await expect(args.onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: DEMO_ROOM_IDS.physioLaterToday }));
    // Focus lands on the next row's actions, not on the page.
    await waitFor(() =>
      expect(
        within(rowOf(table, DEMO_ROOM_IDS.cardiologyTomorrow)).getByRole('button', {
          name: s.actionsButton.replace('{roomId}', DEMO_ROOM_IDS.cardiologyTomorrow),
        }),
      ).toHaveFocus(),
    );
  },
};

/** Deleting in the dark theme. */
export const DeleteConfirmDark: Story = { ...DeleteConfirm, globals: { theme: 'dark' } };

/** Deleting right to left. */
export const DeleteConfirmRtl: Story = { ...DeleteConfirm, globals: { direction: 'rtl' } };

/** The backend refuses the delete: the row comes back where it was, with a message. */
export const DeleteFails: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, strings, 6);
    adapterOf(loaded).faults.failNext('unavailable', { operation: 'deleteRoom' });
    await userEvent.click(
      within(rowOf(table, DEMO_ROOM_IDS.openConsult)).getByRole('button', {
        name: s.actionsButton.replace('{roomId}', DEMO_ROOM_IDS.openConsult),
      }),
    );
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: s.actions.delete }));
    const dialog = await openedDialog(canvasElement, 'alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await dialogsClosed(canvasElement);
    const message = s.deleteFailed
      .replace('{roomId}', DEMO_ROOM_IDS.openConsult)
      .replace('{reason}', strings.errors.unavailable);
    await expect(await within(canvasElement).findByText(message)).toBeVisible();
    await expect(rowOf(table, DEMO_ROOM_IDS.openConsult)).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
  },
};

/** Only open rooms, chosen with the status filter; the filter reports its value. */
export const FilterByStatus: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, strings, 6);
    const group = within(canvasElement).getByRole('group', { name: strings.roomList.statusFilterLabel });
    const open = within(group).getByRole('button', { name: strings.validity.status.open });
    await userEvent.click(open);
    await expect(open).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onStatusFilterChange).toHaveBeenLastCalledWith(['open']);
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(1);
    await expect(rows[0]).toHaveAttribute('data-room-id', DEMO_ROOM_IDS.openConsult);
    await expect(
      within(canvasElement).getByText(strings.roomList.summary.replace('{shown}', '1').replace('{total}', '6')),
    ).toBeVisible();
  },
};

/** Filtering right to left. */
export const FilterByStatusRtl: Story = { ...FilterByStatus, globals: { direction: 'rtl' } };

/** Sorting from a column header with the keyboard: status, open rooms first. */
export const SortByStatus: Story = {
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, strings, 6);
    const header = within(table).getByRole('columnheader', { name: strings.roomList.columns.status });
    within(header).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const first = within(table).getAllByRole('row')[1];
    await expect(first).toHaveAttribute('data-status', 'open');
  },
};

/** The row menu from the keyboard: Enter opens it on its first item, Escape closes it back onto the row's button. */
export const RowActionsKeyboard: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, strings, 6);
    const actions = within(rowOf(table, DEMO_ROOM_IDS.openConsult)).getByRole('button', {
      name: s.actionsButton.replace('{roomId}', DEMO_ROOM_IDS.openConsult),
    });
    actions.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu', {
      name: s.actionsButton.replace('{roomId}', DEMO_ROOM_IDS.openConsult),
    });
    await expect(actions).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: s.actions.open })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('menu')).toBeNull());
    await waitFor(() => expect(actions).toHaveFocus());
    await expect(actions).toHaveAttribute('aria-expanded', 'false');

    // Again, to Edit.
    await userEvent.keyboard('{Enter}');
    const again = await within(document.body).findByRole('menu');
    await waitFor(() => expect(within(again).getAllByRole('menuitem')[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: DEMO_ROOM_IDS.openConsult }));
    await waitFor(() => expect(actions).toHaveFocus());
  },
};

/** The row menu right to left, opening towards the start of the line. */
export const RowActionsKeyboardRtl: Story = { ...RowActionsKeyboard, globals: { direction: 'rtl' } };
