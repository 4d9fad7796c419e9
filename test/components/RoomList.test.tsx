// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RoomList, type RoomListProps } from '../../src/components/RoomList';
import {
  createInMemoryRoomsAdapter,
  createSeededRoomsAdapter,
  DEMO_ROOM_IDS,
  makeUserId,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import type { ListRoomsOptions, Person, Room, RoomsAdapter } from '../../src/adapter/types';
import { RoomsError } from '../../src/core/errors';
import type { ValidityStatus } from '../../src/core/validity';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS, type RoomsKitStringOverrides } from '../../src/strings';
import type { RoomListStrings } from '../../src/strings/areas/roomList';

// Waits for the UI, not a time limit on it: a loaded machine must not fail a correct component.

const NOW = new Date('2026-03-02T09:30:00.000Z');
const now = () => new Date(NOW.getTime());
const ZONE = 'Europe/Berlin';
const S = EN_STRINGS.roomList;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function renderList(
  ui: ReactElement,
  kit: Omit<RoomsKitProviderProps, 'children'> = {},
): ReturnType<typeof render> & { user: ReturnType<typeof userEvent.setup> } {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone={ZONE} now={now} {...kit}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { ...result, user };
}

/** `count` rooms created an hour apart, alternating ended / open / scheduled. */
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
        pstnDialOutEnabled: i % 2 === 0,
      },
    };
  });
}

/** People of the clinic directory used below, with ids the in-memory backend accepts. */
const PEOPLE: Person[] = [
  'Priya Raman',
  'Dr. Amara Okafor',
  'Sam Lee',
  'Noor Aziz',
  'Grace Kim',
  'Dr. Hiroshi Tanaka',
].map((displayName, i) => ({ id: makeUserId(i, 7), displayName }));
const personId = (name: string) => PEOPLE.find((p) => p.displayName === name)?.id ?? '';
/** Someone on a roster whom the directory does not know. */
const STRANGER = makeUserId(40, 8);

const FOLLOW_UP = '26785744039220182';
const UNTITLED = '75935366731285134';
const NEW_YORK = '31415926535897932';

/** Three rooms people can recognise: one titled in Berlin, one without title or zone, one titled in New York. */
function clinicRooms(): InMemoryRoomSeed[] {
  return [
    {
      // Tomorrow 09:00–09:30 in Berlin.
      room: {
        id: FOLLOW_UP,
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
        id: UNTITLED,
        createdAt: new Date(NOW.getTime() - 2 * DAY),
        validFrom: new Date('2026-03-02T13:00:00Z'),
        validUntil: new Date('2026-03-02T13:30:00Z'),
      },
      participants: [{ id: STRANGER }],
    },
    {
      // 09:00–09:45 in New York is 15:00–15:45 in Berlin.
      room: {
        id: NEW_YORK,
        subject: 'Second opinion: Grace Kim',
        timeZone: 'America/New_York',
        createdAt: new Date(NOW.getTime() - HOUR),
        validFrom: new Date('2026-03-03T14:00:00Z'),
        validUntil: new Date('2026-03-03T14:45:00Z'),
      },
      participants: [
        { id: personId('Dr. Hiroshi Tanaka'), role: 'Presenter' },
        { id: personId('Grace Kim'), role: 'Attendee' },
      ],
    },
  ];
}

function clinicAdapter(options: { pageSize?: number } = {}): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({ now, people: PEOPLE, rooms: clinicRooms(), ...options });
}

/** The clinic backend without a search of its own: the list matches rooms itself. */
function withoutBackendSearch(adapter: RoomsAdapter): RoomsAdapter {
  return {
    ...adapter,
    features: { ...adapter.features, search: false },
    listRooms: (options?: ListRoomsOptions) => {
      if (options?.search !== undefined) throw new Error('this backend cannot search');
      return adapter.listRooms(options);
    },
  };
}

/**
 * A backend that pushes no events (as an HTTP backend without a stream): the list hears of changes made elsewhere
 * only when it reads again, or when a change it makes finds them.
 */
function withoutEvents(adapter: RoomsAdapter): RoomsAdapter {
  return { ...adapter, features: { ...adapter.features, events: false } };
}

/** A promise and the functions that settle it. */
interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Intl's thin and narrow no-break spaces, read as plain spaces. */
const plainText = (element: Element) => (element.textContent ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ');

const table = () => screen.getByRole('table', { name: S.title });
/** The room rows in the order shown (the header row left out). */
const roomRows = () => within(table()).getAllByRole('row').slice(1);
const rowOf = (roomId: string) => {
  // By attribute, so the row is found whatever the table is called (German, "appointments").
  const row = document.querySelector<HTMLElement>(`tr[data-room-id="${roomId}"]`);
  if (!row) throw new Error(`no row for room ${roomId}`);
  return row;
};
const shownIds = () => roomRows().map((r) => r.getAttribute('data-room-id'));

async function loaded() {
  await waitFor(() => expect(screen.getByRole('table', { name: S.title })).toBeInTheDocument());
  await waitFor(() => expect(screen.getByText(/ of \d+ rooms$/)).toBeInTheDocument());
}

/** A row's actions button, whatever the room is called. */
const actionsOf = (roomId: string) => within(rowOf(roomId)).getByRole('button', { name: /^Actions for / });

async function chooseRowAction(user: ReturnType<typeof userEvent.setup>, roomId: string, action: string) {
  await user.click(actionsOf(roomId));
  await user.click(await screen.findByRole('menuitem', { name: action }));
}

/**
 * The open confirmation dialog. Under jsdom, tabster (Fluent's focus manager) cannot see layout and marks even the
 * active modal `aria-hidden` at random moments (fluentui#27322), so the dialog and its buttons are found including
 * hidden elements here; the Chromium story run queries them as a screen reader would.
 */
async function confirmDialog(title?: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole('alertdialog', { hidden: true });
  if (title !== undefined) expect(within(dialog).getByRole('heading', { hidden: true })).toHaveTextContent(title);
  return dialog;
}
const dialogButton = (dialog: HTMLElement, name: string) => within(dialog).getByRole('button', { name, hidden: true });

/** How sentences name a room: “its title”, or "room <id>" without one. */
async function spokenName(adapter: RoomsAdapter, roomId: string): Promise<string> {
  const room = await adapter.getRoom(roomId);
  return room.subject ? `“${room.subject}”` : `room ${roomId}`;
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so contrast is judged in the Chromium story run; `region` is a whole-page rule and a
  // component under test is not a page.
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(
    result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('RoomList', () => {
  it('shows a loading state, then every seeded room with status, window in the viewer zone and dial-out', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    renderList(<RoomList adapter={adapter} />);
    expect(screen.getByRole('status')).toHaveTextContent(S.loading);
    await loaded();
    expect(roomRows()).toHaveLength(6);
    expect(screen.getByText('6 of 6 rooms')).toBeInTheDocument();

    const open = rowOf(DEMO_ROOM_IDS.openConsult);
    expect(open).toHaveAttribute('data-status', 'open');
    expect(within(open).getByText('Open')).toBeInTheDocument();
    // 09:20–10:20 UTC shown in Berlin (UTC+1) with the zone named.
    expect(plainText(open)).toMatch(/Mon, Mar 2, 10:20 – 11:20 AM Berlin time/);
    expect(open).toHaveTextContent(S.dialOutOn);
    expect(within(rowOf(DEMO_ROOM_IDS.endedYesterday)).getByText('Ended')).toBeInTheDocument();
    expect(within(rowOf(DEMO_ROOM_IDS.cardiologyTomorrow)).getByText('Scheduled')).toBeInTheDocument();
    expect(rowOf(DEMO_ROOM_IDS.cardiologyTomorrow)).toHaveTextContent(S.dialOutOff);
  });

  it('takes its own strings over the provider’s, plurals included', async () => {
    const adapter = clinicAdapter();
    renderList(
      <RoomList
        adapter={adapter}
        strings={{
          title: 'Appointments',
          summary: '{shown, plural, one {# of {total} appointments} other {# of {total} appointments}}',
        }}
      />,
      { adapter },
    );
    const list = await screen.findByRole('table', { name: 'Appointments' });
    await waitFor(() => expect(screen.getByText(/^\d+ of \d+ appointments$/)).toBeInTheDocument());
    // What the prop leaves out keeps the provider's words.
    expect(within(list).getByRole('columnheader', { name: S.columns.status })).toBeInTheDocument();
  });

  it('follows every page, also past empty pages that still have a next cursor', async () => {
    const adapter = createInMemoryRoomsAdapter({ now, rooms: manyRooms(37), emptyPageEvery: 2 });
    renderList(<RoomList adapter={adapter} pageSize={5} />);
    await loaded();
    expect(screen.getByText('37 of 37 rooms')).toBeInTheDocument();
    expect(roomRows()).toHaveLength(37);
    // 8 pages with rooms and the empty pages between them.
    expect(adapter.calls.filter((c) => c.operation === 'listRooms').length).toBeGreaterThan(8);
  });

  it('filters by status with toggle buttons and reports the filter to a listener', async () => {
    const onStatusFilterChange = vi.fn();
    const { user } = renderList(
      <RoomList adapter={createSeededRoomsAdapter({ now })} onStatusFilterChange={onStatusFilterChange} />,
    );
    await loaded();
    const group = screen.getByRole('group', { name: S.statusFilterLabel });
    await user.click(within(group).getByRole('button', { name: 'Open' }));
    expect(within(group).getByRole('button', { name: 'Open' })).toHaveAttribute('aria-pressed', 'true');
    expect(shownIds()).toEqual([DEMO_ROOM_IDS.openConsult]);
    expect(onStatusFilterChange).toHaveBeenLastCalledWith(['open']);

    await user.click(within(group).getByRole('button', { name: 'Ended' }));
    expect(onStatusFilterChange).toHaveBeenLastCalledWith(['open', 'ended']);
    expect(new Set(roomRows().map((r) => r.getAttribute('data-status')))).toEqual(new Set(['open', 'ended']));
    expect(screen.getByText('3 of 6 rooms')).toBeInTheDocument();
  });

  it('follows a controlled status filter', async () => {
    function Controlled() {
      const [statuses, setStatuses] = useState<ValidityStatus[]>(['scheduled']);
      return (
        <>
          <button type="button" onClick={() => setStatuses([])}>
            show all
          </button>
          <RoomList
            adapter={createSeededRoomsAdapter({ now })}
            statusFilter={statuses}
            onStatusFilterChange={setStatuses}
          />
        </>
      );
    }
    const { user } = renderList(<Controlled />);
    await loaded();
    expect(roomRows().every((r) => r.getAttribute('data-status') === 'scheduled')).toBe(true);
    expect(roomRows()).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'show all' }));
    expect(roomRows()).toHaveLength(6);
  });

  it('finds a room by id read out in groups, and offers to clear the search when nothing matches', async () => {
    const { user } = renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} />);
    await loaded();
    const search = screen.getByRole('searchbox', { name: S.filterTextLabel });
    expect(search).toHaveAttribute('placeholder', 'Search by title, person or id');
    await user.type(search, '9928 4176');
    await waitFor(() => expect(shownIds()).toEqual([DEMO_ROOM_IDS.physioLaterToday]));
    // The search box's clear button, in sentence case from the kit's strings.
    expect(within(search.parentElement as HTMLElement).getByRole('button')).toHaveAccessibleName('Clear search');

    await user.clear(search);
    await user.type(search, 'nothing like this');
    const none = await screen.findByText('No rooms match “nothing like this”');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(
      within(none.parentElement as HTMLElement).getByRole('button', { name: EN_STRINGS.common.clearSearch }),
    );
    expect(search).toHaveValue('');
    expect(roomRows()).toHaveLength(6);
  });

  it('offers to clear the filters when the status filter hides every room', async () => {
    const { user } = renderList(<RoomList adapter={clinicAdapter()} />);
    await loaded();
    const group = screen.getByRole('group', { name: S.statusFilterLabel });
    await user.click(within(group).getByRole('button', { name: 'Ended' }));
    expect(screen.getByText(S.noMatches)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.clearFilters }));
    expect(roomRows()).toHaveLength(3);
  });

  it('sorts by start, end, created and status from the select and the column headers', async () => {
    const { user } = renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} />);
    await loaded();
    // Default: start, earliest first.
    expect(shownIds()).toEqual([
      DEMO_ROOM_IDS.endedEmpty,
      DEMO_ROOM_IDS.endedYesterday,
      DEMO_ROOM_IDS.openConsult,
      DEMO_ROOM_IDS.physioLaterToday,
      DEMO_ROOM_IDS.cardiologyTomorrow,
      DEMO_ROOM_IDS.groupSessionNextWeek,
    ]);
    expect(screen.getByRole('columnheader', { name: S.columns.window })).toHaveAttribute('aria-sort', 'ascending');

    await user.selectOptions(screen.getByRole('combobox', { name: S.sortLabel }), S.sortOptions.endDescending);
    expect(shownIds()[0]).toBe(DEMO_ROOM_IDS.groupSessionNextWeek);
    expect(screen.getByRole('columnheader', { name: S.columns.window })).toHaveAttribute('aria-sort', 'descending');

    await user.selectOptions(screen.getByRole('combobox', { name: S.sortLabel }), S.sortOptions.createdDescending);
    expect(shownIds()[0]).toBe(DEMO_ROOM_IDS.groupSessionNextWeek);
    expect(shownIds().at(-1)).toBe(DEMO_ROOM_IDS.endedEmpty);

    // Keyboard on the header: Status, open first; again: ended first.
    const statusHeader = screen.getByRole('columnheader', { name: S.columns.status });
    within(statusHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(shownIds()[0]).toBe(DEMO_ROOM_IDS.openConsult);
    expect(screen.getByRole('combobox', { name: S.sortLabel })).toHaveValue('status:ascending');
    await user.keyboard('{Enter}');
    expect(statusHeader).toHaveAttribute('aria-sort', 'descending');
    expect(roomRows()[0]).toHaveAttribute('data-status', 'ended');
  });

  it('opens and edits a room from the keyboard, and the id link opens it too', async () => {
    const onOpen = vi.fn();
    const onEdit = vi.fn();
    const { user } = renderList(
      <RoomList adapter={createSeededRoomsAdapter({ now })} onOpen={onOpen} onEdit={onEdit} />,
    );
    await loaded();
    const actions = actionsOf(DEMO_ROOM_IDS.openConsult);
    actions.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual([S.actions.open, S.actions.edit, S.actions.copyId, S.actions.delete]);
    // jsdom has no layout, so Fluent cannot move focus into the menu by itself; the Chromium story covers arrows.
    within(menu).getByRole('menuitem', { name: S.actions.edit }).focus();
    await user.keyboard('{Enter}');
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: DEMO_ROOM_IDS.openConsult }));

    await user.click(within(rowOf(DEMO_ROOM_IDS.physioLaterToday)).getByRole('button', { name: /open/i }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: DEMO_ROOM_IDS.physioLaterToday }));
  });

  it('leaves open and edit out when the host gives no handler, and shows "New room" only with onCreate', async () => {
    const onCreate = vi.fn();
    const first = renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} />);
    await loaded();
    expect(screen.queryByRole('button', { name: S.newRoom })).not.toBeInTheDocument();
    expect(within(rowOf(DEMO_ROOM_IDS.openConsult)).queryByRole('button', { name: /open/i })).not.toBeInTheDocument();
    await first.user.click(actionsOf(DEMO_ROOM_IDS.openConsult));
    expect((await screen.findAllByRole('menuitem')).map((i) => i.textContent)).toEqual([
      S.actions.copyId,
      S.actions.delete,
    ]);
    first.unmount();

    const second = renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} onCreate={onCreate} />);
    await second.user.click(screen.getByRole('button', { name: S.newRoom }));
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('copies a room id and confirms it in a toast', async () => {
    const { user } = renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} />);
    await loaded();
    await chooseRowAction(user, DEMO_ROOM_IDS.openConsult, S.actions.copyId);
    expect(await screen.findByText(`Room id ${DEMO_ROOM_IDS.openConsult} copied.`)).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(DEMO_ROOM_IDS.openConsult);
  });

  it('shows the id to copy by hand when the clipboard refuses', async () => {
    const { user } = renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} />);
    await loaded();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await chooseRowAction(user, DEMO_ROOM_IDS.openConsult, S.actions.copyId);
    expect(
      await screen.findByText(
        `The clipboard is not available. Select the id and copy it yourself: ${DEMO_ROOM_IDS.openConsult}`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: EN_STRINGS.common.dismiss }));
    expect(screen.queryByText(/clipboard is not available/)).not.toBeInTheDocument();
  });

  it('asks before deleting, naming the room by its title and its window; cancel keeps the room', async () => {
    const adapter = clinicAdapter();
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    await chooseRowAction(user, FOLLOW_UP, S.actions.delete);
    const dialog = await confirmDialog('Delete “Follow-up: Priya Raman”?');
    expect(plainText(dialog)).toContain(
      'This deletes “Follow-up: Priya Raman” and its list of participants. It is scheduled for Tue, Mar 3, 9:00 – 9:30 AM Berlin time.',
    );
    await user.click(dialogButton(dialog, EN_STRINGS.common.cancel));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).not.toBeInTheDocument());
    expect(rowOf(FOLLOW_UP)).toBeInTheDocument();
    expect(adapter.calls.some((c) => c.operation === 'deleteRoom')).toBe(false);
  });

  it('names a room without a title by its id when deleting it, and in the toast', async () => {
    const { user } = renderList(<RoomList adapter={clinicAdapter()} />);
    await loaded();
    await chooseRowAction(user, UNTITLED, S.actions.delete);
    await user.click(dialogButton(await confirmDialog(`Delete room ${UNTITLED}?`), S.deleteConfirm));
    expect(await screen.findByText(`Deleted room ${UNTITLED}.`)).toBeInTheDocument();
    expect(shownIds()).toEqual([FOLLOW_UP, NEW_YORK]);
  });

  it('deletes a room after confirmation, tells the host, and moves focus to the next row', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    const onDeleted = vi.fn();
    const { user } = renderList(<RoomList adapter={adapter} onDeleted={onDeleted} />);
    await loaded();
    const spoken = await spokenName(adapter, DEMO_ROOM_IDS.physioLaterToday);
    await chooseRowAction(user, DEMO_ROOM_IDS.physioLaterToday, S.actions.delete);
    await user.click(dialogButton(await confirmDialog(`Delete ${spoken}?`), S.deleteConfirm));
    expect(shownIds()).not.toContain(DEMO_ROOM_IDS.physioLaterToday);
    expect(await screen.findByText(`Deleted ${spoken}.`)).toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: DEMO_ROOM_IDS.physioLaterToday }));
    await expect(adapter.getRoom(DEMO_ROOM_IDS.physioLaterToday)).rejects.toMatchObject({ code: 'notFound' });
    expect(screen.getByText('5 of 5 rooms')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(actionsOf(DEMO_ROOM_IDS.cardiologyTomorrow)));
  });

  it('removes the row at once and puts it back, in place, with a message when the delete fails', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: RoomsAdapter = {
      ...adapter,
      deleteRoom: async () => {
        await gate;
        throw new RoomsError('unavailable', 'busy');
      },
    };
    const { user } = renderList(<RoomList adapter={slow} />);
    await loaded();
    const before = shownIds();
    await chooseRowAction(user, DEMO_ROOM_IDS.physioLaterToday, S.actions.delete);
    await user.click(dialogButton(await confirmDialog(), S.deleteConfirm));
    // Optimistic: gone before the backend answers.
    expect(shownIds()).not.toContain(DEMO_ROOM_IDS.physioLaterToday);
    await act(async () => release());
    await waitFor(() => expect(shownIds()).toEqual(before));
    const spoken = await spokenName(adapter, DEMO_ROOM_IDS.physioLaterToday);
    expect(screen.getByText(`${spoken} was not deleted. ${EN_STRINGS.errors.unavailable}`)).toBeInTheDocument();
  });

  it('treats a room someone else already deleted as deleted', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    const { user } = renderList(<RoomList adapter={withoutEvents(adapter)} />);
    await loaded();
    const spoken = await spokenName(adapter, DEMO_ROOM_IDS.endedEmpty);
    await adapter.deleteRoom(DEMO_ROOM_IDS.endedEmpty);
    await chooseRowAction(user, DEMO_ROOM_IDS.endedEmpty, S.actions.delete);
    await user.click(dialogButton(await confirmDialog(), S.deleteConfirm));
    expect(await screen.findByText(`Deleted ${spoken}.`)).toBeInTheDocument();
    expect(shownIds()).not.toContain(DEMO_ROOM_IDS.endedEmpty);
    expect(screen.queryByText(/was not deleted/)).not.toBeInTheDocument();
  });

  it('says so when the backend has no rooms', async () => {
    renderList(<RoomList adapter={createInMemoryRoomsAdapter({ now })} />);
    expect(await screen.findByText(S.empty)).toBeInTheDocument();
    expect(screen.getByText(S.emptyHint)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a failed load with the reason and a retry that works', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    adapter.faults.failNext('unavailable', { operation: 'listRooms' });
    const { user } = renderList(<RoomList adapter={adapter} />);
    expect(await screen.findByText(S.loadFailed)).toBeInTheDocument();
    expect(screen.getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: EN_STRINGS.common.retry }));
    await loaded();
    expect(roomRows()).toHaveLength(6);
    expect(screen.queryByText(S.loadFailed)).not.toBeInTheDocument();
  });

  it('says the device is offline, and reloads by itself when the connection returns', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    adapter.faults.setOffline(true);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderList(<RoomList adapter={adapter} />);
    expect(await screen.findByText(S.loadFailed)).toBeInTheDocument();
    expect(screen.getAllByText(EN_STRINGS.common.offline).length).toBeGreaterThan(0);

    adapter.faults.setOffline(false);
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await loaded();
    expect(roomRows()).toHaveLength(6);
    expect(screen.queryByText(EN_STRINGS.common.offline)).not.toBeInTheDocument();
    onLine.mockRestore();
  });

  it('keeps the rows on screen while a refresh token reloads the list, then shows the new room', async () => {
    const adapter = createSeededRoomsAdapter({ now });
    function Host() {
      const [token, setToken] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setToken((n) => n + 1)}>
            reload
          </button>
          <RoomList adapter={withoutEvents(adapter)} refreshToken={token} />
        </>
      );
    }
    const { user } = renderList(<Host />);
    await loaded();
    const created = await adapter.createRoom({
      validFrom: new Date(NOW.getTime() + DAY),
      validUntil: new Date(NOW.getTime() + DAY + HOUR),
    });
    expect(shownIds()).not.toContain(created.id);
    await user.click(screen.getByRole('button', { name: 'reload' }));
    expect(roomRows().length).toBeGreaterThanOrEqual(6);
    await waitFor(() => expect(shownIds()).toContain(created.id));
    expect(screen.getByText('7 of 7 rooms')).toBeInTheDocument();
  });

  it('renders only the rows near the view for 1,000 rooms, while the table reports them all', async () => {
    // jsdom lays nothing out: give the scrolling box the height a browser would, so the virtualizer sees a view.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
    const adapter = createInMemoryRoomsAdapter({ now, rooms: manyRooms(1000), maxPageSize: 100 });
    const { user } = renderList(<RoomList adapter={adapter} pageSize={100} />);
    await loaded();
    expect(screen.getByText('1000 of 1000 rooms')).toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-rowcount', '1001');
    const rendered = roomRows();
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');

    await user.type(screen.getByRole('searchbox', { name: S.filterTextLabel }), '10000999');
    await waitFor(() => expect(shownIds()).toEqual(['10000999']));
    expect(table()).toHaveAttribute('aria-rowcount', '2');
    vi.restoreAllMocks();
  });

  it('speaks German in a German provider', async () => {
    renderList(<RoomList adapter={createSeededRoomsAdapter({ now })} />, { locale: 'de-DE' });
    const german = await screen.findByRole('table', { name: DE_STRINGS.roomList.title });
    expect(screen.getByRole('columnheader', { name: DE_STRINGS.roomList.columns.window })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('6 von 6 Räumen')).toBeInTheDocument());
    const open = german.querySelector(`[data-room-id="${DEMO_ROOM_IDS.openConsult}"]`);
    expect(open).toHaveTextContent('Geöffnet');
    // German dates: day first, 24-hour clock, the zone named.
    expect(plainText(open as Element)).toMatch(/Mo\., 2\. März, 10:20 ?– ?11:20 Uhr \(Ortszeit Berlin\)/);
    expect(screen.getByRole('group', { name: DE_STRINGS.roomList.statusFilterLabel })).toBeInTheDocument();
  });

  it('has no axe violations with rooms, with the menu open, and empty', async () => {
    const { container, user, unmount } = renderList(
      <RoomList adapter={createSeededRoomsAdapter({ now })} onOpen={() => {}} onCreate={() => {}} />,
    );
    await loaded();
    await expectNoAxeViolations(container);
    await user.click(actionsOf(DEMO_ROOM_IDS.openConsult));
    await screen.findByRole('menu');
    await expectNoAxeViolations(document.body);
    unmount();
    const empty = renderList(<RoomList adapter={createInMemoryRoomsAdapter({ now })} />);
    await screen.findByText(S.empty);
    await expectNoAxeViolations(empty.container);
  });

  it('passes className, ref target attributes and data state to the root', async () => {
    const props: RoomListProps = { adapter: createSeededRoomsAdapter({ now }), className: 'host', id: 'rooms' };
    const { container } = renderList(<RoomList {...props} />);
    const root = container.querySelector('#rooms');
    expect(root).toHaveClass('rk-RoomList', 'host');
    await loaded();
    expect(root).toHaveAttribute('data-load-status', 'ready');
  });
});

describe('RoomList names rooms people recognise', () => {
  it('names each row by its title, shows the people by name, the id with a copy button and both clocks', async () => {
    renderList(<RoomList adapter={clinicAdapter()} onOpen={() => {}} />);
    await loaded();
    const followUp = rowOf(FOLLOW_UP);
    expect(within(followUp).getByRole('button', { name: 'Open “Follow-up: Priya Raman”' })).toHaveTextContent(
      'Follow-up: Priya Raman',
    );
    expect(followUp).toHaveTextContent('with Priya Raman, Dr. Amara Okafor +2');
    expect(followUp).toHaveTextContent(`ID ${FOLLOW_UP}`);
    expect(within(followUp).getByRole('button', { name: `Copy room id ${FOLLOW_UP}` })).toBeInTheDocument();
    // Scheduled in Berlin, seen from Berlin: one clock.
    expect(plainText(followUp)).toContain('Tue, Mar 3, 9:00 – 9:30 AM Berlin time');
    expect(followUp).not.toHaveTextContent('your time');

    // Scheduled in New York: its own clock first, then the viewer's.
    const newYork = rowOf(NEW_YORK);
    expect(newYork).toHaveTextContent('with Dr. Hiroshi Tanaka, Grace Kim');
    expect(plainText(newYork)).toContain('Tue, Mar 3, 9:00 – 9:45 AM New York time');
    expect(plainText(newYork)).toContain('3:00 – 3:45 PM your time');

    // No title: said so, muted, still openable; a person the directory does not know is counted, never shown by id.
    const untitled = rowOf(UNTITLED);
    const name = within(untitled).getByRole('button', { name: `No title, open room ${UNTITLED}` });
    expect(name).toHaveTextContent(S.untitled);
    expect(name.closest('[data-untitled]')).not.toBeNull();
    expect(untitled).toHaveTextContent('with 1 person');
    expect(table()).not.toHaveTextContent(STRANGER);
    expect(table()).not.toHaveTextContent('8:acs:');
  });

  it('looks names up once per page of rooms, not once per row', async () => {
    const adapter = clinicAdapter();
    renderList(<RoomList adapter={adapter} pageSize={2} />);
    await loaded();
    await waitFor(() => expect(rowOf(NEW_YORK)).toHaveTextContent('with Dr. Hiroshi Tanaka, Grace Kim'));
    const pages = adapter.calls.filter((c) => c.operation === 'listRooms').length;
    const lookups = adapter.calls.filter((c) => c.operation === 'resolvePeople').length;
    expect(pages).toBe(2);
    expect(lookups).toBe(2);
  });

  it('keeps the people line in place, without ids, while the names load', async () => {
    const backend = clinicAdapter();
    const names = deferred();
    const adapter: RoomsAdapter = {
      ...backend,
      resolvePeople: async (ids, options) => {
        await names.promise;
        return backend.resolvePeople(ids, options);
      },
    };
    renderList(<RoomList adapter={adapter} />);
    await loaded();
    const line = rowOf(FOLLOW_UP).querySelector('.rk-RoomList__people');
    expect(line).toHaveAttribute('data-loading');
    expect(line).toHaveTextContent('');
    expect(table()).not.toHaveTextContent('8:acs:');
    await act(async () => names.resolve());
    await waitFor(() => expect(line).toHaveTextContent('with Priya Raman, Dr. Amara Okafor +2'));
    expect(line).not.toHaveAttribute('data-loading');
  });

  it('searches through the backend and shows only its matches, people found by name', async () => {
    const adapter = clinicAdapter();
    const listRooms = vi.spyOn(adapter, 'listRooms');
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    await user.type(screen.getByRole('searchbox', { name: S.filterTextLabel }), 'Tanaka');
    await waitFor(() => expect(listRooms).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'Tanaka' })));
    await waitFor(() => expect(document.querySelector('.rk-RoomList')).toHaveAttribute('data-search-status', 'done'));
    expect(shownIds()).toEqual([NEW_YORK]);
    expect(screen.getByText('1 of 3 rooms')).toBeInTheDocument();
  });

  it('ignores the answer of a search the user has already replaced', async () => {
    const backend = clinicAdapter();
    const held = new Map<string, { gate: Deferred<void>; signal: AbortSignal | undefined }>();
    const adapter: RoomsAdapter = {
      ...backend,
      listRooms: async (options = {}) => {
        const { search } = options;
        if (search === undefined) return backend.listRooms(options);
        const gate = deferred();
        held.set(search, { gate, signal: options.signal });
        await gate.promise;
        // A backend that ignores the signal: the answer still comes.
        return backend.listRooms({ ...options, signal: undefined });
      },
    };
    const { user } = renderList(<RoomList adapter={adapter} searchDebounceMs={0} />);
    await loaded();
    const box = screen.getByRole('searchbox', { name: S.filterTextLabel });
    await user.type(box, 'Grace');
    await waitFor(() => expect(held.has('Grace')).toBe(true));
    await user.clear(box);
    await user.type(box, 'Priya');
    await waitFor(() => expect(held.has('Priya')).toBe(true));
    expect(held.get('Grace')?.signal?.aborted).toBe(true);

    await act(async () => held.get('Priya')?.gate.resolve());
    await waitFor(() => expect(shownIds()).toEqual([FOLLOW_UP]));
    await act(async () => held.get('Grace')?.gate.resolve());
    expect(shownIds()).toEqual([FOLLOW_UP]);
    expect(box).toHaveValue('Priya');
  });

  it('says when a search failed, and its retry asks again', async () => {
    const adapter = clinicAdapter();
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    adapter.faults.failNext('unavailable', { operation: 'listRooms' });
    await user.type(screen.getByRole('searchbox', { name: S.filterTextLabel }), 'Priya');
    expect(await screen.findByText(S.searchFailed)).toBeInTheDocument();
    expect(screen.getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: EN_STRINGS.common.retry }));
    await waitFor(() => expect(shownIds()).toEqual([FOLLOW_UP]));
    expect(screen.queryByText(S.searchFailed)).not.toBeInTheDocument();
  });

  it('searches titles, the names it shows and ids itself when the backend cannot search', async () => {
    const adapter = withoutBackendSearch(clinicAdapter());
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    const box = screen.getByRole('searchbox', { name: S.filterTextLabel });
    await waitFor(() => expect(rowOf(FOLLOW_UP)).toHaveTextContent('Dr. Amara Okafor'));
    await user.type(box, 'okafor');
    expect(shownIds()).toEqual([FOLLOW_UP]);
    await user.clear(box);
    await user.type(box, 'second opinion');
    expect(shownIds()).toEqual([NEW_YORK]);
    await user.clear(box);
    await user.type(box, '7593 5366');
    expect(shownIds()).toEqual([UNTITLED]);
    // Escape empties the box.
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(roomRows()).toHaveLength(3);
  });

  it('copies the id from the button next to it, and says so', async () => {
    const { user } = renderList(<RoomList adapter={clinicAdapter()} />);
    await loaded();
    const copy = within(rowOf(FOLLOW_UP)).getByRole('button', { name: `Copy room id ${FOLLOW_UP}` });
    await user.click(copy);
    expect(await screen.findByText(`Room id ${FOLLOW_UP} copied.`)).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(FOLLOW_UP);
    // A tick on the button itself, where the user looked; then the copy icon again.
    expect(copy).toHaveAttribute('data-copied');
    await waitFor(() => expect(copy).not.toHaveAttribute('data-copied'));
  });

  it('shows what it has that matches, marked busy, until the backend answers the search', async () => {
    const backend = clinicAdapter();
    const answer = deferred();
    const adapter: RoomsAdapter = {
      ...backend,
      listRooms: async (options = {}) => {
        if (options.search !== undefined) await answer.promise;
        return backend.listRooms(options);
      },
    };
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    await waitFor(() => expect(rowOf(FOLLOW_UP)).toHaveTextContent('Dr. Amara Okafor'));
    await user.type(screen.getByRole('searchbox', { name: S.filterTextLabel }), 'Okafor');
    const root = document.querySelector('.rk-RoomList');
    await waitFor(() => expect(root).toHaveAttribute('aria-busy', 'true'));
    expect(shownIds()).toEqual([FOLLOW_UP]);
    expect(screen.getByRole('progressbar', { name: S.searching })).toBeInTheDocument();
    await act(async () => answer.resolve());
    await waitFor(() => expect(root).toHaveAttribute('data-search-status', 'done'));
    expect(root).not.toHaveAttribute('aria-busy');
    expect(shownIds()).toEqual([FOLLOW_UP]);
  });

  it('goes through a row from the keyboard: title, copy, actions, in that order', async () => {
    const onOpen = vi.fn();
    const { user } = renderList(<RoomList adapter={clinicAdapter()} onOpen={onOpen} />);
    await loaded();
    const row = rowOf(FOLLOW_UP);
    const title = within(row).getByRole('button', { name: 'Open “Follow-up: Priya Raman”' });
    const copy = within(row).getByRole('button', { name: `Copy room id ${FOLLOW_UP}` });
    const actions = within(row).getByRole('button', { name: 'Actions for “Follow-up: Priya Raman”' });
    // jsdom lets tabster (Fluent's focus manager) swallow Tab; the Chromium story tabs for real. Here: the order the
    // keyboard meets them, and each one answering Enter.
    expect(title.compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(copy.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    title.focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: FOLLOW_UP }));
    copy.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(`Room id ${FOLLOW_UP} copied.`)).toBeInTheDocument();
    actions.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu', { name: 'Actions for “Follow-up: Priya Raman”' })).toBeInTheDocument();
  });

  it('calls rooms "appointments" through string overrides alone', async () => {
    const appointments = (value: unknown): unknown =>
      typeof value === 'string'
        ? value
            .replace(/rooms/g, 'appointments')
            .replace(/Rooms/g, 'Appointments')
            .replace(/room/g, 'appointment')
            .replace(/Room/g, 'Appointment')
        : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, appointments(v)]));
    const overrides: RoomsKitStringOverrides = {
      roomList: appointments(EN_STRINGS.roomList) as RoomListStrings,
    };
    const { user, container } = renderList(
      <RoomList adapter={clinicAdapter()} onOpen={() => {}} onCreate={() => {}} />,
      {
        strings: overrides,
      },
    );
    await screen.findByRole('table', { name: 'Appointments' });
    await waitFor(() => expect(screen.getByText('3 of 3 appointments')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'New appointment' })).toBeInTheDocument();
    await user.click(actionsOf(UNTITLED));
    await screen.findByRole('menu');
    const labels = [...document.body.querySelectorAll('[aria-label],[placeholder]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`,
    );
    const said = `${document.body.textContent ?? ''} ${labels.join(' ')}`;
    expect(said).not.toMatch(/\broom/i);
    expect(container).toHaveTextContent(`Appointment`);
  });

  it('speaks German with titles, people and zones', async () => {
    renderList(<RoomList adapter={clinicAdapter()} />, { locale: 'de-DE' });
    await screen.findByRole('table', { name: DE_STRINGS.roomList.title });
    await waitFor(() => expect(screen.getByText('3 von 3 Räumen')).toBeInTheDocument());
    await waitFor(() => expect(rowOf(NEW_YORK)).toHaveTextContent('mit Dr. Hiroshi Tanaka, Grace Kim'));
    expect(plainText(rowOf(NEW_YORK))).toMatch(/Di\., 3\. März, 09:00 ?– ?09:45 Uhr \(Ortszeit New York\)/);
    expect(plainText(rowOf(NEW_YORK))).toMatch(/15:00 ?– ?15:45 Uhr \(Ihre Zeit\)/);
    expect(rowOf(UNTITLED)).toHaveTextContent(DE_STRINGS.roomList.untitled);
  });

  it('has no axe violations with titles, people, both clocks and a search that found nothing', async () => {
    const { container, user } = renderList(<RoomList adapter={clinicAdapter()} onOpen={() => {}} />);
    await loaded();
    await waitFor(() => expect(rowOf(FOLLOW_UP)).toHaveTextContent('Priya Raman'));
    await expectNoAxeViolations(container);
    await user.type(screen.getByRole('searchbox', { name: S.filterTextLabel }), 'zzz');
    await screen.findByText('No rooms match “zzz”');
    await expectNoAxeViolations(container);
  });
});

// Keeps the type import used when tests are trimmed.
export type { Room };
