// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { RoomList } from '../../src/components/RoomList';
import { formatMessage } from '../../src/core/format';
import {
  createInMemoryRoomsAdapter,
  makeUserId,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import type { Person, RoomCallEvent, RoomEvent, RoomsAdapter } from '../../src/adapter/types';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const NOW = new Date('2026-03-02T09:30:00.000Z');
const now = () => new Date(NOW.getTime());
const S = EN_STRINGS.roomList;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const PEOPLE: Person[] = ['Priya Raman', 'Dr. Amara Okafor', 'Sam Lee', 'Noor Aziz'].map((displayName, i) => ({
  id: makeUserId(i, 7),
  displayName,
}));
const personId = (name: string) => PEOPLE.find((p) => p.displayName === name)?.id ?? '';

const OPEN = '11111111111111111';
const TOMORROW = '22222222222222222';

/** One room open now (09:00–10:00), one tomorrow. */
function rooms(): InMemoryRoomSeed[] {
  return [
    {
      room: {
        id: OPEN,
        subject: 'Intake: Sam Lee',
        createdAt: new Date(NOW.getTime() - DAY),
        validFrom: new Date(NOW.getTime() - HOUR / 2),
        validUntil: new Date(NOW.getTime() + HOUR / 2),
      },
      participants: [
        { id: personId('Dr. Amara Okafor'), role: 'Presenter' },
        { id: personId('Sam Lee'), role: 'Attendee' },
      ],
    },
    {
      room: {
        id: TOMORROW,
        subject: 'Follow-up: Priya Raman',
        createdAt: new Date(NOW.getTime() - 2 * DAY),
        validFrom: new Date(NOW.getTime() + DAY),
        validUntil: new Date(NOW.getTime() + DAY + HOUR),
      },
      participants: [{ id: personId('Priya Raman'), role: 'Attendee' }],
    },
  ];
}

const joined = (userId: string, minutes: number, participantId: string): RoomCallEvent => ({
  type: 'participantJoined',
  roomId: OPEN,
  callId: 'call-1',
  at: new Date(NOW.getTime() - minutes * 60_000),
  userId,
  participantId,
});

function backend(callEvents: RoomCallEvent[] = []): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({ now, seed: 3, people: PEOPLE, rooms: rooms(), callEvents });
}

function renderList(ui: ReactElement) {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="UTC" now={now}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { ...result, user };
}

const table = () => screen.getByRole('table', { name: S.title });
const shownIds = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-room-id'));
const rowOf = (roomId: string) => {
  const row = document.querySelector<HTMLElement>(`tr[data-room-id="${roomId}"]`);
  if (!row) throw new Error(`no row for room ${roomId}`);
  return row;
};

async function loaded() {
  await waitFor(() => expect(screen.getByText(/ of \d+ rooms$/)).toBeInTheDocument());
}

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('RoomList follows changes made elsewhere', () => {
  it('shows a room created elsewhere in its place, through the filters and the sort', async () => {
    const adapter = backend();
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    expect(shownIds()).toEqual([OPEN, TOMORROW]);

    const later = await act(() =>
      adapter.createRoom({
        subject: 'Later today',
        validFrom: new Date(NOW.getTime() + 2 * HOUR),
        validUntil: new Date(NOW.getTime() + 3 * HOUR),
        participants: [{ id: personId('Noor Aziz'), role: 'Attendee' }],
      }),
    );
    // Sorted by start: between the open room and tomorrow's.
    await waitFor(() => expect(shownIds()).toEqual([OPEN, later.id, TOMORROW]));
    expect(screen.getByText('3 of 3 rooms')).toBeInTheDocument();
    expect(await within(rowOf(later.id)).findByText('with Noor Aziz')).toBeInTheDocument();

    // Only open rooms: a new scheduled one is counted, not shown.
    await user.click(screen.getByRole('button', { name: EN_STRINGS.validity.status.open }));
    await act(() =>
      adapter.createRoom({
        subject: 'Next week',
        validFrom: new Date(NOW.getTime() + 7 * DAY),
        validUntil: new Date(NOW.getTime() + 7 * DAY + HOUR),
      }),
    );
    await waitFor(() => expect(screen.getByText('1 of 4 rooms')).toBeInTheDocument());
    expect(shownIds()).toEqual([OPEN]);
  });

  it('replaces a row updated elsewhere and removes one deleted elsewhere', async () => {
    const adapter = backend();
    renderList(<RoomList adapter={adapter} />);
    await loaded();
    await act(() => adapter.updateRoom(TOMORROW, { subject: 'Follow-up: Priya Raman (moved)' }));
    expect(await within(rowOf(TOMORROW)).findByText('Follow-up: Priya Raman (moved)')).toBeInTheDocument();
    // What the event does not carry stays: the people line.
    expect(within(rowOf(TOMORROW)).getByText('with Priya Raman')).toBeInTheDocument();

    await act(() => adapter.deleteRoom(OPEN));
    await waitFor(() => expect(shownIds()).toEqual([TOMORROW]));
    expect(screen.getByText('1 of 1 rooms')).toBeInTheDocument();
  });

  it('refreshes the people line when the roster changes elsewhere', async () => {
    const adapter = backend();
    renderList(<RoomList adapter={adapter} />);
    await loaded();
    await act(() => adapter.upsertParticipants(TOMORROW, [{ id: personId('Noor Aziz'), role: 'Presenter' }]));
    expect(await within(rowOf(TOMORROW)).findByText('with Noor Aziz, Priya Raman')).toBeInTheDocument();
  });

  it('reads every page again on resync', async () => {
    const inner = backend();
    let listener: ((event: RoomEvent) => void) | undefined;
    let dropping = false;
    const adapter: RoomsAdapter = {
      ...inner,
      features: inner.features,
      subscribeRooms: (l) => {
        listener = l;
        return inner.subscribeRooms((event) => {
          if (!dropping) l(event);
        });
      },
    };
    renderList(<RoomList adapter={adapter} />);
    await loaded();
    dropping = true;
    await act(() => inner.deleteRoom(TOMORROW));
    await act(() => inner.updateRoom(OPEN, { subject: 'Intake: Sam Lee (renamed)' }));
    expect(shownIds()).toEqual([OPEN, TOMORROW]);
    dropping = false;
    act(() => listener?.({ type: 'resync' }));
    await waitFor(() => expect(shownIds()).toEqual([OPEN]));
    expect(within(rowOf(OPEN)).getByText('Intake: Sam Lee (renamed)')).toBeInTheDocument();
  });

  it('under a backend search, places a new room it can match and offers a refresh for one it cannot', async () => {
    const adapter = backend();
    const { user } = renderList(<RoomList adapter={adapter} searchDebounceMs={0} />);
    await loaded();
    await user.type(screen.getByRole('searchbox', { name: S.filterTextLabel }), 'noor');
    await waitFor(() => expect(screen.getByText(S.noSearchMatches.replace('{query}', 'noor'))).toBeInTheDocument());

    // Titled after her: the list places it itself.
    const titled = await act(() => adapter.createRoom({ subject: 'Check-in: Noor Aziz' }));
    await waitFor(() => expect(shownIds()).toEqual([titled.id]));

    // Only her name on the roster: only the backend can say, so the list offers to ask it.
    const untitled = await act(() =>
      adapter.createRoom({ participants: [{ id: personId('Noor Aziz'), role: 'Attendee' }] }),
    );
    expect(await screen.findByText(formatMessage('en-US', S.newRooms, { count: 1 }))).toBeInTheDocument();
    expect(shownIds()).toEqual([titled.id]);
    await user.click(screen.getByRole('button', { name: S.refreshSearch }));
    await waitFor(() => expect(shownIds()).toEqual(expect.arrayContaining([titled.id, untitled.id])));
    expect(screen.queryByText(formatMessage('en-US', S.newRooms, { count: 1 }))).not.toBeInTheDocument();
  });

  it('shows which rooms are in a call and how many, kept live by call events', async () => {
    const adapter = backend([
      { type: 'callStarted', roomId: OPEN, callId: 'call-1', at: new Date(NOW.getTime() - 10 * 60_000) },
      joined(personId('Dr. Amara Okafor'), 10, 'p-1'),
      joined(personId('Sam Lee'), 8, 'p-2'),
    ]);
    const { container } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    const badge = () => within(rowOf(OPEN)).queryByText('In a call with 2 people');
    expect(badge()).toBeInTheDocument();
    expect(within(rowOf(OPEN)).getByText('In a call · 2')).toHaveAttribute('aria-hidden', 'true');
    expect(rowOf(TOMORROW)).not.toHaveAttribute('data-in-call');
    await expectNoAxeViolations(container);

    // Someone joins: counted on top of who was already in (read from the backend), not from zero.
    act(() => adapter.reportCallEvent(joined(personId('Priya Raman'), 0, 'p-3')));
    expect(await within(rowOf(OPEN)).findByText('In a call with 3 people')).toBeInTheDocument();
    act(() =>
      adapter.reportCallEvent({
        type: 'participantLeft',
        roomId: OPEN,
        callId: 'call-1',
        at: NOW,
        userId: personId('Sam Lee'),
        participantId: 'p-2',
      }),
    );
    expect(await within(rowOf(OPEN)).findByText('In a call with 2 people')).toBeInTheDocument();
    // A redelivered join changes nothing.
    act(() => adapter.reportCallEvent(joined(personId('Priya Raman'), 0, 'p-3')));
    expect(rowOf(OPEN)).toHaveAttribute('data-in-call', '2');

    act(() => adapter.reportCallEvent({ type: 'callEnded', roomId: OPEN, callId: 'call-1', at: NOW }));
    await waitFor(() => expect(rowOf(OPEN)).not.toHaveAttribute('data-in-call'));
  });

  it('a call starting in a room shows at once, and "In a call" shows only rooms in one', async () => {
    const adapter = backend();
    const { user } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    act(() => adapter.reportCallEvent({ type: 'callStarted', roomId: TOMORROW, callId: 'call-2', at: NOW }));
    act(() =>
      adapter.reportCallEvent({
        type: 'participantJoined',
        roomId: TOMORROW,
        callId: 'call-2',
        at: NOW,
        userId: personId('Priya Raman'),
        participantId: 'p-9',
      }),
    );
    expect(await within(rowOf(TOMORROW)).findByText('In a call with 1 person')).toBeInTheDocument();
    const filter = screen.getByRole('button', { name: S.inCallFilter });
    await user.click(filter);
    expect(filter).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(shownIds()).toEqual([TOMORROW]));
    expect(screen.getByText('1 of 2 rooms')).toBeInTheDocument();
  });

  it('offers no call filter where the backend hears no calls, and stops listening when it goes away', async () => {
    const inner = backend();
    const adapter: RoomsAdapter = { ...inner, features: { ...inner.features, activity: false } };
    const { unmount } = renderList(<RoomList adapter={adapter} />);
    await loaded();
    expect(screen.queryByRole('button', { name: S.inCallFilter })).not.toBeInTheDocument();
    expect(inner.subscriberCount()).toBe(1);
    unmount();
    expect(inner.subscriberCount()).toBe(0);
  });
});
