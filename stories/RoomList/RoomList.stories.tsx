import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RoomList } from '../../src/components/RoomList';
import {
  createInMemoryRoomsAdapter,
  createSeededRoomsAdapter,
  DEMO_ROOM_IDS,
  makeUserId,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import type { Person, Room, RoomsAdapter } from '../../src/adapter/types';
import { formatRoomWindow, formatString } from '../../src/core/format';
import type { RoomsKitStrings } from '../../src/strings';
import { dialogsClosed, openedDialog } from '../shared/dialogs';
import { asText, fill, localeOf, stringsOf, type StoryGlobals } from '../shared/storyText';
import { expectDangerButton } from '../shared/danger';
import { createGate } from '../shared/gate';

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
  adapter: RoomsAdapter;
}

const meta = {
  title: 'Rooms/RoomList',
  component: RoomList,
  tags: ['autodocs'],
  args: { onOpen: fn(), onEdit: fn(), onCreate: fn(), onDeleted: fn(), onStatusFilterChange: fn() },
  parameters: {
    roomsKit: { now, timeZone: TIME_ZONE },
  },
  loaders: [async (): Promise<Loaded> => ({ adapter: createSeededRoomsAdapter({ now }) })],
  render: (args, { loaded }) => <RoomList {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<typeof RoomList>;

export default meta;
type Story = StoryObj<typeof meta>;

const adapterOf = (loaded: unknown): InMemoryRoomsAdapter => (loaded as Loaded).adapter as InMemoryRoomsAdapter;

/** How the list's sentences and labels name a room: “its title”, or "room <id>" without one. */
const spokenName = (strings: RoomsKitStrings, room: Room): string =>
  room.subject
    ? formatString(strings.roomList.roomName, { subject: room.subject })
    : formatString(strings.roomList.untitledRoomName, { roomId: room.id });

/** The row's actions button, named as the list names the room. */
async function actionsButton(
  table: HTMLElement,
  strings: RoomsKitStrings,
  adapter: RoomsAdapter,
  roomId: string,
): Promise<HTMLElement> {
  const room = await adapter.getRoom(roomId);
  return within(rowOf(table, roomId)).getByRole('button', {
    name: formatString(strings.roomList.actionsButton, { room: spokenName(strings, room) }),
  });
}

/** A room's window as the list shows it, first line: in the room's zone (the viewer's without one). */
const windowText = (strings: RoomsKitStrings, locale: string, room: Room): string =>
  formatRoomWindow(room, {
    locale,
    timeZone: room.timeZone,
    viewerTimeZone: TIME_ZONE,
    now: NOW,
    phrases: { inZone: strings.roomList.windowInZone, inViewerZone: strings.roomList.windowInViewerZone },
  }).room;

// ---- A clinic whose rooms have titles, zones and people --------------------------------------------------------

/** The clinic's directory for the stories below. */
const PEOPLE: Person[] = (
  [
    ['Priya Raman', 'Patient'],
    ['Dr. Amara Okafor', 'Cardiologist · Heart & Vascular'],
    ['Sam Lee', 'Carer · Family member'],
    ['Noor Aziz', 'Interpreter (Arabic)'],
    ['Grace Kim', 'Patient'],
    ['Dr. Hiroshi Tanaka', 'Radiologist · Imaging'],
    ['Lukas Becker', 'Patient'],
  ] as const
).map(([displayName, secondaryText], i) => ({ id: makeUserId(i, 7), displayName, secondaryText }));
const personId = (name: string): string => PEOPLE.find((p) => p.displayName === name)?.id ?? '';
/** Someone on a roster whom the directory does not know. */
const STRANGER = makeUserId(40, 8);

/** The clinic's rooms, named for what the stories check. */
const CLINIC_ROOM_IDS = {
  /** "Follow-up: Priya Raman", tomorrow 09:00–09:30 in Berlin, four people. */
  followUp: '26785744039220182',
  /** No title, no zone; one person the directory does not know. */
  untitled: '75935366731285134',
  /** "Second opinion: Grace Kim", scheduled in New York: another clock than the viewer's. */
  newYork: '31415926535897932',
  /** "Physio check-in: Lukas Becker", scheduled in Tokyo, later the same evening there. */
  tokyo: '16180339887498948',
} as const;

function clinicRooms(): InMemoryRoomSeed[] {
  return [
    {
      room: {
        id: CLINIC_ROOM_IDS.followUp,
        subject: 'Follow-up: Priya Raman',
        timeZone: 'Europe/Berlin',
        createdAt: new Date(NOW.getTime() - DAY),
        validFrom: new Date('2026-03-03T08:00:00Z'),
        validUntil: new Date('2026-03-03T08:30:00Z'),
      },
      participants: ['Priya Raman', 'Dr. Amara Okafor', 'Sam Lee', 'Noor Aziz'].map((name) => ({
        id: personId(name),
        role: 'Attendee' as const,
      })),
    },
    {
      room: {
        id: CLINIC_ROOM_IDS.untitled,
        createdAt: new Date(NOW.getTime() - 2 * DAY),
        validFrom: new Date('2026-03-02T13:00:00Z'),
        validUntil: new Date('2026-03-02T13:30:00Z'),
      },
      participants: [{ id: STRANGER }],
    },
    {
      room: {
        id: CLINIC_ROOM_IDS.newYork,
        subject: 'Second opinion: Grace Kim',
        timeZone: 'America/New_York',
        createdAt: new Date(NOW.getTime() - HOUR),
        validFrom: new Date('2026-03-03T14:00:00Z'),
        validUntil: new Date('2026-03-03T14:45:00Z'),
        pstnDialOutEnabled: true,
      },
      participants: [
        { id: personId('Dr. Hiroshi Tanaka'), role: 'Presenter' },
        { id: personId('Grace Kim'), role: 'Attendee' },
      ],
    },
    {
      room: {
        id: CLINIC_ROOM_IDS.tokyo,
        subject: 'Physio check-in: Lukas Becker',
        timeZone: 'Asia/Tokyo',
        createdAt: new Date(NOW.getTime() - 3 * HOUR),
        validFrom: new Date('2026-03-04T10:00:00Z'),
        validUntil: new Date('2026-03-04T10:30:00Z'),
      },
      participants: [],
    },
  ];
}

const clinicAdapter = (): InMemoryRoomsAdapter =>
  createInMemoryRoomsAdapter({ now, people: PEOPLE, rooms: clinicRooms() });
const clinicLoader = async (): Promise<Loaded> => ({ adapter: clinicAdapter() });

/** The table, once every page has been read (the summary line says "N of N"). */
async function loadedTable(canvasElement: HTMLElement, globals: StoryGlobals, total: number): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  const strings = stringsOf(globals);
  await canvas.findByText(asText(globals, strings.roomList.summary, { shown: total, total }));
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
    const table = await loadedTable(canvasElement, globals, 6);
    const open = rowOf(table, DEMO_ROOM_IDS.openConsult);
    await expect(within(open).getByText(strings.validity.status.open)).toBeVisible();
    const room = await adapterOf(loaded).getRoom(DEMO_ROOM_IDS.openConsult);
    await expect(open).toHaveTextContent(windowText(strings, localeOf(globals), room));
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
    const table = await loadedTable(canvasElement, globals, 1000);
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
    await loadedTable(canvasElement, globals, 6);
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
    const table = await loadedTable(canvasElement, globals, 6);
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
    const table = await loadedTable(canvasElement, globals, 6);
    const adapter = adapterOf(loaded);
    const room = await adapter.getRoom(DEMO_ROOM_IDS.physioLaterToday);
    const actions = await actionsButton(table, strings, adapter, DEMO_ROOM_IDS.physioLaterToday);
    actions.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    // Open, Edit, Copy room id, Delete: the fourth item.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await expect(within(menu).getByRole('menuitem', { name: s.actions.delete })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const title = formatString(s.deleteTitle, { room: spokenName(strings, room) });
    const dialog = await openedDialog(canvasElement, 'alertdialog', { name: title });
    await expect(dialog).toHaveTextContent(windowText(strings, localeOf(globals), room));
    // A destructive action looks like one: red, with hover and pressed states and a visible keyboard focus.
    await expectDangerButton(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await userEvent.click(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await dialogsClosed(canvasElement);

    await waitFor(() => expect(table.querySelector(`tr[data-room-id="${DEMO_ROOM_IDS.physioLaterToday}"]`)).toBeNull());
    await expect(
      await within(document.body).findByText(asText(globals, s.deleted, { room: spokenName(strings, room) })),
    ).toBeVisible();
    await expect(args.onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: DEMO_ROOM_IDS.physioLaterToday }));
    // Focus lands on the next row's actions, not on the page.
    const next = await actionsButton(table, strings, adapter, DEMO_ROOM_IDS.cardiologyTomorrow);
    await waitFor(() => expect(next).toHaveFocus());
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
    const table = await loadedTable(canvasElement, globals, 6);
    const adapter = adapterOf(loaded);
    const room = await adapter.getRoom(DEMO_ROOM_IDS.openConsult);
    adapter.faults.failNext('unavailable', { operation: 'deleteRoom' });
    await userEvent.click(await actionsButton(table, strings, adapter, DEMO_ROOM_IDS.openConsult));
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: s.actions.delete }));
    const dialog = await openedDialog(canvasElement, 'alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await dialogsClosed(canvasElement);
    const message = asText(globals, s.deleteFailed, {
      room: spokenName(strings, room),
      reason: strings.errors.unavailable,
    });
    await expect(await within(canvasElement).findByText(message)).toBeVisible();
    await expect(rowOf(table, DEMO_ROOM_IDS.openConsult)).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
  },
};

/** Only open rooms, chosen with the status filter; the filter reports its value. */
export const FilterByStatus: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, globals, 6);
    const group = within(canvasElement).getByRole('group', { name: strings.roomList.statusFilterLabel });
    const open = within(group).getByRole('button', { name: strings.validity.status.open });
    await userEvent.click(open);
    await expect(open).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onStatusFilterChange).toHaveBeenLastCalledWith(['open']);
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(1);
    await expect(rows[0]).toHaveAttribute('data-room-id', DEMO_ROOM_IDS.openConsult);
    await expect(
      within(canvasElement).getByText(asText(globals, strings.roomList.summary, { shown: 1, total: 6 })),
    ).toBeVisible();
  },
};

/** Filtering right to left. */
export const FilterByStatusRtl: Story = { ...FilterByStatus, globals: { direction: 'rtl' } };

/** Sorting from a column header with the keyboard: status, open rooms first. */
export const SortByStatus: Story = {
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, globals, 6);
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
  play: async ({ canvasElement, globals, args, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 6);
    const actions = await actionsButton(table, strings, adapterOf(loaded), DEMO_ROOM_IDS.openConsult);
    actions.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu', { name: actions.getAttribute('aria-label') ?? '' });
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

// ---- Rooms people recognise -------------------------------------------------------------------------------------

/** The clinic's rooms, each named by its title with its first people by name and its id (with copy) underneath. */
export const TitledWithPeople: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.followUp);
    await expect(within(row).getByText('Follow-up: Priya Raman')).toBeVisible();
    const names = new Intl.ListFormat(localeOf(globals), { type: 'unit', style: 'short' }).format([
      'Priya Raman',
      'Dr. Amara Okafor',
    ]);
    const people = asText(globals, s.peopleWithMore, { names, count: 2 });
    await waitFor(() => expect(within(row).getByText(people)).toBeVisible());
    await expect(within(row).getByText(asText(globals, s.roomId, { roomId: CLINIC_ROOM_IDS.followUp }))).toBeVisible();
    await expect(
      within(row).getByRole('button', { name: formatString(s.copyIdButton, { roomId: CLINIC_ROOM_IDS.followUp }) }),
    ).toBeVisible();
    await expect(within(rowOf(table, CLINIC_ROOM_IDS.tokyo)).getByText(s.noPeople)).toBeVisible();
    // Names, never raw ids.
    await expect(table.textContent).not.toContain('8:acs:');
  },
};

/** The clinic's rooms right to left. */
export const TitledWithPeopleRtl: Story = { ...TitledWithPeople, globals: { direction: 'rtl' } };

/** The clinic's rooms in the dark theme. */
export const TitledWithPeopleDark: Story = { ...TitledWithPeople, globals: { theme: 'dark' } };

/** A room made elsewhere has no title: the row says "No title" (muted), still opens, and is counted, not named by id. */
export const NoTitle: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.untitled);
    const open = within(row).getByRole('button', {
      name: formatString(s.openUntitledRoom, { roomId: CLINIC_ROOM_IDS.untitled }),
    });
    await expect(open).toHaveTextContent(s.untitled);
    await waitFor(() => expect(within(row).getByText(fill(globals, s.peopleCount, { count: 1 }))).toBeVisible());
    await expect(row.textContent).not.toContain(STRANGER);
    await userEvent.click(open);
    await expect(args.onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: CLINIC_ROOM_IDS.untitled }));
  },
};

/** Rooms scheduled in New York and Tokyo, seen from Berlin: each window on the room's clock, then on the viewer's. */
export const ZonesDiffer: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const locale = localeOf(globals);
    const table = await loadedTable(canvasElement, globals, 4);
    for (const id of [CLINIC_ROOM_IDS.newYork, CLINIC_ROOM_IDS.tokyo]) {
      const room = await adapterOf(loaded).getRoom(id);
      const text = formatRoomWindow(room, {
        locale,
        timeZone: room.timeZone,
        viewerTimeZone: TIME_ZONE,
        now: NOW,
        phrases: { inZone: strings.roomList.windowInZone, inViewerZone: strings.roomList.windowInViewerZone },
      });
      const row = rowOf(table, id);
      await expect(within(row).getByText(text.room)).toBeVisible();
      await expect(within(row).getByText(text.viewer ?? 'a second clock')).toBeVisible();
    }
    // Scheduled in Berlin, seen from Berlin: one clock only.
    const berlin = rowOf(table, CLINIC_ROOM_IDS.followUp);
    await expect(berlin.querySelector('.rk-RoomList__viewerWindow')).toBeNull();
  },
};

/** Zones right to left. */
export const ZonesDifferRtl: Story = { ...ZonesDiffer, globals: { direction: 'rtl' } };

/** Searching by a person's name: the backend searches (`features.search`) and the list shows only its matches. */
export const SearchFinds: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const box = within(canvasElement).getByRole('searchbox', { name: s.filterTextLabel });
    await expect(box).toHaveAttribute('placeholder', s.filterTextPlaceholder);
    await userEvent.type(box, 'Tanaka');
    // Done when the backend's answer is in: the list stops being busy.
    await waitFor(() =>
      expect(canvasElement.querySelector('.rk-RoomList')).toHaveAttribute('data-search-status', 'done'),
    );
    await expect(table.querySelectorAll('tbody tr[data-room-id]')).toHaveLength(1);
    await expect(rowOf(table, CLINIC_ROOM_IDS.newYork)).toBeVisible();
    await expect(within(canvasElement).getByText(asText(globals, s.summary, { shown: 1, total: 4 }))).toBeVisible();
  },
};

/** Searching in the dark theme. */
export const SearchFindsDark: Story = { ...SearchFinds, globals: { theme: 'dark' } };

/** A search that finds nothing says so, naming what was searched, and offers to clear it (the page axe checks). */
export const SearchFindsNone: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    await loadedTable(canvasElement, globals, 4);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: s.filterTextLabel }), 'Nobody here');
    const none = await canvas.findByText(asText(globals, s.noSearchMatches, { query: 'Nobody here' }));
    await expect(none).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(
      within(none.parentElement as HTMLElement).getByRole('button', { name: strings.common.clearSearch }),
    ).toBeVisible();
  },
};

/** Clearing a search that found nothing brings every room back. */
export const SearchCleared: Story = {
  loaders: [clinicLoader],
  play: async (context) => {
    await SearchFindsNone.play?.(context);
    const { canvasElement, globals } = context;
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const canvas = within(canvasElement);
    const none = canvas.getByText(asText(globals, s.noSearchMatches, { query: 'Nobody here' }));
    await userEvent.click(
      within(none.parentElement as HTMLElement).getByRole('button', { name: strings.common.clearSearch }),
    );
    await loadedTable(canvasElement, globals, 4);
    await expect(canvas.getByRole('searchbox', { name: s.filterTextLabel })).toHaveValue('');
  },
};

/** The search fails: a message with the reason and Retry, and no rooms that might not match. */
export const SearchFails: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const canvas = within(canvasElement);
    await loadedTable(canvasElement, globals, 4);
    adapterOf(loaded).faults.failNext('unavailable', { operation: 'listRooms' });
    await userEvent.type(canvas.getByRole('searchbox', { name: s.filterTextLabel }), 'Priya');
    await expect(await canvas.findByText(s.searchFailed)).toBeVisible();
    await expect(canvas.getByText(strings.errors.unavailable)).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.getByRole('button', { name: strings.common.retry })).toBeVisible();
  },
};

/** Retry after a failed search asks the backend again, and its matches arrive. */
export const SearchRetried: Story = {
  loaders: [clinicLoader],
  play: async (context) => {
    await SearchFails.play?.(context);
    const { canvasElement, globals } = context;
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    const table = await canvas.findByRole('table', { name: strings.roomList.title });
    await waitFor(() =>
      expect(canvasElement.querySelector('.rk-RoomList')).toHaveAttribute('data-search-status', 'done'),
    );
    await expect(table.querySelectorAll('tbody tr[data-room-id]')).toHaveLength(1);
    await expect(rowOf(table, CLINIC_ROOM_IDS.followUp)).toBeVisible();
    await expect(canvas.queryByText(strings.roomList.searchFailed)).toBeNull();
  },
};

/** A failed search right to left. */
export const SearchFailsRtl: Story = { ...SearchFails, globals: { direction: 'rtl' } };

/** The directory has not answered yet: titles and ids are there, the people line holds its place, no raw ids. */
export const NamesLoading: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = clinicAdapter();
      const names = createGate();
      return { adapter: { ...backend, resolvePeople: names.hold(backend.resolvePeople) } };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.followUp);
    await expect(within(row).getByText('Follow-up: Priya Raman')).toBeVisible();
    const line = row.querySelector('.rk-RoomList__people');
    await expect(line).toHaveAttribute('data-loading');
    await expect(line?.getBoundingClientRect().height).toBeGreaterThan(0);
    await expect(table.textContent).not.toContain('8:acs:');
  },
};

/** Copying an id with the button next to it: a toast confirms it. */
export const CopyId: Story = {
  loaders: [clinicLoader],
  beforeEach: () => {
    // Stories run without a user gesture the browser would trust; the page's clipboard stands in for the system one.
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => {
        copied = text;
      },
    });
    Object.defineProperty(navigator.clipboard, 'readText', { configurable: true, value: async () => copied });
    return () => {
      Reflect.deleteProperty(navigator.clipboard, 'writeText');
      Reflect.deleteProperty(navigator.clipboard, 'readText');
    };
  },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.followUp);
    await userEvent.click(
      within(row).getByRole('button', { name: formatString(s.copyIdButton, { roomId: CLINIC_ROOM_IDS.followUp }) }),
    );
    await expect(
      await within(document.body).findByText(asText(globals, s.copied, { roomId: CLINIC_ROOM_IDS.followUp })),
    ).toBeVisible();
    await expect(await navigator.clipboard.readText()).toBe(CLINIC_ROOM_IDS.followUp);
  },
};

/** The clipboard refuses: the message shows the id to copy by hand. */
export const CopyIdRefused: Story = {
  loaders: [clinicLoader],
  beforeEach: () => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
    return () => {
      Reflect.deleteProperty(navigator.clipboard, 'writeText');
    };
  },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    await userEvent.click(
      within(rowOf(table, CLINIC_ROOM_IDS.untitled)).getByRole('button', {
        name: formatString(s.copyIdButton, { roomId: CLINIC_ROOM_IDS.untitled }),
      }),
    );
    await expect(
      await within(canvasElement).findByText(asText(globals, s.copyFailed, { roomId: CLINIC_ROOM_IDS.untitled })),
    ).toBeVisible();
  },
};

/** Through one row with Tab alone: the title opens the room, the copy button copies, the actions open the menu. */
export const KeyboardThroughARow: Story = {
  loaders: [clinicLoader],
  beforeEach: CopyId.beforeEach,
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.followUp);
    const title = within(row).getByRole('button', {
      name: formatString(s.openRoom, { room: formatString(s.roomName, { subject: 'Follow-up: Priya Raman' }) }),
    });
    title.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: CLINIC_ROOM_IDS.followUp }));
    await userEvent.tab();
    const copy = within(row).getByRole('button', {
      name: formatString(s.copyIdButton, { roomId: CLINIC_ROOM_IDS.followUp }),
    });
    await expect(copy).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(
      await within(document.body).findByText(asText(globals, s.copied, { roomId: CLINIC_ROOM_IDS.followUp })),
    ).toBeVisible();
    await userEvent.tab();
    const actions = within(row).getByRole('button', {
      name: formatString(s.actionsButton, { room: formatString(s.roomName, { subject: 'Follow-up: Priya Raman' }) }),
    });
    await expect(actions).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const menu = await within(document.body).findByRole('menu');
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(actions).toHaveFocus());
  },
};

/** Deleting a titled room: the confirmation and the toast name its title. */
export const DeleteNamesTitle: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const adapter = adapterOf(loaded);
    const room = await adapter.getRoom(CLINIC_ROOM_IDS.followUp);
    await userEvent.click(await actionsButton(table, strings, adapter, CLINIC_ROOM_IDS.followUp));
    await userEvent.click(await within(document.body).findByRole('menuitem', { name: s.actions.delete }));
    const name = formatString(s.roomName, { subject: 'Follow-up: Priya Raman' });
    const dialog = await openedDialog(canvasElement, 'alertdialog', {
      name: formatString(s.deleteTitle, { room: name }),
    });
    await expect(dialog).toHaveTextContent(windowText(strings, localeOf(globals), room));
    await userEvent.click(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await dialogsClosed(canvasElement);
    await expect(await within(document.body).findByText(asText(globals, s.deleted, { room: name }))).toBeVisible();
  },
};

/** A host that calls rooms "appointments", through string overrides alone. */
export const CalledAppointments: Story = {
  loaders: [clinicLoader],
  globals: { locale: 'en-US' },
  parameters: {
    roomsKit: {
      now,
      timeZone: TIME_ZONE,
      strings: {
        roomList: {
          title: 'Appointments',
          newRoom: 'New appointment',
          filterTextLabel: 'Search appointments',
          untitledRoomName: 'appointment {roomId}',
          copyIdButton: 'Copy appointment id {roomId}',
          openUntitledRoom: 'No title, open appointment {roomId}',
          copied: 'Appointment id {roomId} copied.',
          deleteConfirm: 'Delete appointment',
          actions: { copyId: 'Copy appointment id' },
          summary: '{shown} of {total} appointments',
          columns: { id: 'Appointment' },
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table', { name: 'Appointments' });
    await canvas.findByText('4 of 4 appointments');
    await expect(canvas.getByRole('button', { name: 'New appointment' })).toBeVisible();
    await expect(within(table).getByRole('columnheader', { name: 'Appointment' })).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: 'Search appointments' })).toBeVisible();
  },
};

/** A thousand rooms in a 400 px panel: rows stack into cards, and the rows in view are still rendered as they scroll. */
export const ManyNarrow: Story = {
  loaders: Many.loaders,
  args: { pageSize: 100 },
  render: (args, { loaded }) => (
    <div style={{ width: 400 }}>
      <RoomList {...args} adapter={(loaded as Loaded).adapter} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const table = await loadedTable(canvasElement, globals, 1000);
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-room-id]').length).toBeGreaterThan(3));
    await expect(table.querySelectorAll('tbody tr[data-room-id]').length).toBeLessThan(100);
    // Stacked: the actions sit on the title's line, the window under it.
    const row = table.querySelector<HTMLElement>('tbody tr[data-room-id]');
    if (!row) throw new Error('no row');
    await expect(getComputedStyle(row).display).toBe('grid');
    const scroller = canvasElement.querySelector<HTMLElement>('.rk-RoomList__scroller');
    if (!scroller) throw new Error('no scroller');
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(table.querySelector('tr[aria-rowindex="1001"]')).not.toBeNull());
  },
};

// ---- Live: rooms changing elsewhere, and calls going on ----------------------------------------------------------

/** Minutes before the story's clock. */
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

/** The clinic with a call going on in the untitled room: Dr. Okafor and Sam Lee are in it. */
const inCallLoader = async (): Promise<Loaded> => ({
  adapter: createInMemoryRoomsAdapter({
    now,
    people: PEOPLE,
    rooms: clinicRooms(),
    callEvents: [
      { type: 'callStarted', roomId: CLINIC_ROOM_IDS.untitled, callId: 'call-1', at: minutesAgo(12) },
      {
        type: 'participantJoined',
        roomId: CLINIC_ROOM_IDS.untitled,
        callId: 'call-1',
        at: minutesAgo(12),
        userId: personId('Dr. Amara Okafor'),
        participantId: 'p-1',
      },
      {
        type: 'participantJoined',
        roomId: CLINIC_ROOM_IDS.untitled,
        callId: 'call-1',
        at: minutesAgo(9),
        userId: personId('Sam Lee'),
        participantId: 'p-2',
      },
    ],
  }),
});

/**
 * Live call status: the room with a call going on says "In a call · 2"; when Priya joins (the call service reports it)
 * it says 3 at once; "In a call" shows only rooms with a call.
 */
export const LiveCallStatus: Story = {
  loaders: [inCallLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomList;
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.untitled);
    await expect(within(row).getByText(asText(globals, s.inCallBadge, { count: 2 }))).toBeVisible();
    await expect(within(row).getByText(fill(globals, s.inCall, { count: 2 }))).toBeInTheDocument();

    adapterOf(loaded).reportCallEvent({
      type: 'participantJoined',
      roomId: CLINIC_ROOM_IDS.untitled,
      callId: 'call-1',
      at: NOW,
      userId: personId('Priya Raman'),
      participantId: 'p-3',
    });
    await expect(await within(row).findByText(asText(globals, s.inCallBadge, { count: 3 }))).toBeVisible();

    await userEvent.click(within(canvasElement).getByRole('button', { name: s.inCallFilter }));
    await waitFor(() => expect(table.querySelectorAll('tbody tr[data-room-id]')).toHaveLength(1));
    await expect(rowOf(table, CLINIC_ROOM_IDS.untitled)).toHaveAttribute('data-in-call', '3');
  },
};

/** The call status in a 400 px panel: the badge sits under the title with the room's status. */
export const LiveCallStatusNarrow: Story = {
  loaders: [inCallLoader],
  render: (args, { loaded }) => (
    <div style={{ width: 400 }}>
      <RoomList {...args} adapter={(loaded as Loaded).adapter} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, globals, 4);
    const row = rowOf(table, CLINIC_ROOM_IDS.untitled);
    await expect(within(row).getByText(asText(globals, strings.roomList.inCallBadge, { count: 2 }))).toBeVisible();
  },
};

/**
 * A room made elsewhere (another tab, another person) appears in its place by start time, with its people, without
 * a reload.
 */
export const RoomAppears: Story = {
  loaders: [clinicLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const table = await loadedTable(canvasElement, globals, 4);
    const room = await adapterOf(loaded).createRoom({
      subject: 'Intake: Noor Aziz',
      timeZone: 'Europe/Berlin',
      validFrom: new Date('2026-03-02T16:00:00Z'),
      validUntil: new Date('2026-03-02T16:30:00Z'),
      participants: [{ id: personId('Noor Aziz'), role: 'Attendee' }],
    });
    await loadedTable(canvasElement, globals, 5);
    const row = rowOf(table, room.id);
    await expect(within(row).getByText('Intake: Noor Aziz')).toBeVisible();
    await expect(
      await within(row).findByText(asText(globals, strings.roomList.peopleWith, { names: 'Noor Aziz' })),
    ).toBeVisible();
    // Sorted by start: after this afternoon's untitled room, before tomorrow's follow-up.
    const ids = [...table.querySelectorAll('tbody tr[data-room-id]')].map((r) => r.getAttribute('data-room-id'));
    await expect(ids.indexOf(room.id)).toBe(ids.indexOf(CLINIC_ROOM_IDS.untitled) + 1);
  },
};
