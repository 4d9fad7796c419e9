// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import Papa from 'papaparse';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RoomActivity, roomActivityClassNames, type RoomActivityExport } from '../../src/components/RoomActivity';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { Person, RoomCallEvent, RoomEvent, RoomParticipant, RoomsAdapter } from '../../src/adapter/types';
import { callActivityFrom } from '../../src/core/callActivity';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

// Waits for the UI, not a time limit on it: a loaded machine must not fail a correct component.

const S = EN_STRINGS.roomActivity;
const ZONE = 'Europe/Berlin';
const ROOM = '26785744039220182';
const START = new Date('2026-12-02T08:00:00Z'); // 09:00 in Berlin
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

const PEOPLE: Person[] = ['Priya Raman', 'Dr. Amara Okafor', 'Sam Lee', 'Noor Aziz', '=cmd|calc'].map(
  (displayName, i) => ({ id: makeUserId(i, 7), displayName }),
);
const id = (name: string): string => PEOPLE.find((p) => p.displayName === name)?.id ?? '';
const ROSTER: RoomParticipant[] = [
  { id: id('Dr. Amara Okafor'), role: 'Presenter' },
  { id: id('Priya Raman'), role: 'Attendee' },
  { id: id('Sam Lee'), role: 'Attendee' },
  { id: id('Noor Aziz'), role: 'Consumer' },
  { id: id('=cmd|calc'), role: 'Attendee' },
];

const joined = (name: string, minutes: number, participantId = `p-${name}`): RoomCallEvent => ({
  type: 'participantJoined',
  roomId: ROOM,
  callId: 'call-1',
  at: at(minutes),
  userId: id(name),
  participantId,
});
const left = (name: string, minutes: number, participantId = `p-${name}`): RoomCallEvent => ({
  type: 'participantLeft',
  roomId: ROOM,
  callId: 'call-1',
  at: at(minutes),
  userId: id(name),
  participantId,
});

/** Dr. Okafor on time, Priya twelve minutes late; Sam, Noor and the formula-named one not yet. */
const LIVE: RoomCallEvent[] = [
  { type: 'callStarted', roomId: ROOM, callId: 'call-1', at: at(0) },
  joined('Dr. Amara Okafor', 0),
  joined('Priya Raman', 12),
];
/** Priya twelve minutes late and out for five minutes; the formula-named one leaves early; Sam and Noor never come. */
const ENDED: RoomCallEvent[] = [
  { type: 'callStarted', roomId: ROOM, callId: 'call-1', at: at(0) },
  joined('Dr. Amara Okafor', 0),
  joined('=cmd|calc', 1),
  joined('Priya Raman', 12, 'p-priya-1'),
  left('Priya Raman', 20, 'p-priya-1'),
  joined('Priya Raman', 25, 'p-priya-2'),
  left('=cmd|calc', 30),
  { type: 'callEnded', roomId: ROOM, callId: 'call-1', at: at(45) },
];

function backend(callEvents: RoomCallEvent[], now: () => Date): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({
    now,
    people: PEOPLE,
    rooms: [
      {
        room: { id: ROOM, subject: 'Follow-up', timeZone: ZONE, validFrom: START, validUntil: at(60) },
        participants: ROSTER,
      },
    ],
    callEvents,
  });
}

function renderWith(ui: ReactElement, now: () => Date) {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone={ZONE} now={now}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { ...result, user };
}

const section = (name: RegExp): HTMLElement => screen.getByRole('region', { name });
const person = (region: HTMLElement, name: string): HTMLElement => {
  const found = within(region)
    .getAllByRole('listitem')
    .find((item) => item.getAttribute('data-user-id') === id(name));
  if (!found) throw new Error(`${name} is not in ${region.getAttribute('aria-labelledby') ?? 'the section'}`);
  return found;
};
const names = (region: HTMLElement): string[] =>
  within(region)
    .queryAllByRole('listitem')
    .filter((item) => item.hasAttribute('data-user-id'))
    .map((item) => item.querySelector(`.${roomActivityClassNames.personName}`)?.textContent ?? '');

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so contrast is judged in the Chromium story run; `region` is a whole-page rule.
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('RoomActivity, bound to a backend', () => {
  it('moves someone from Not joined yet to In the call when the call says they joined, and says so', async () => {
    const now = () => at(20);
    const adapter = backend(LIVE, now);
    const { container } = renderWith(<RoomActivity adapter={adapter} roomId={ROOM} />, now);

    const inCall = await screen.findByRole('region', { name: 'In the call (2)' });
    await waitFor(() => expect(names(inCall)).toEqual(['Dr. Amara Okafor', 'Priya Raman']));
    expect(names(section(/^Not joined yet/))).toEqual(['=cmd|calc', 'Noor Aziz', 'Sam Lee']);
    expect(screen.getByText('2 in the call · 3 not joined yet · 0 left · 4 late')).toBeInTheDocument();
    await expectNoAxeViolations(container);

    act(() => adapter.reportCallEvent(joined('Sam Lee', 19)));
    await waitFor(() => expect(section(/^In the call/)).toHaveAccessibleName('In the call (3)'));
    expect(names(section(/^In the call/))).toContain('Sam Lee');
    expect(names(section(/^Not joined yet/))).not.toContain('Sam Lee');
    expect(screen.getByRole('status')).toHaveTextContent('Sam Lee joined the call');

    act(() => adapter.reportCallEvent(left('Sam Lee', 20)));
    await waitFor(() => expect(names(section(/^Left/))).toEqual(['Sam Lee']));
    expect(screen.getByRole('status')).toHaveTextContent('Sam Lee left the call');
  });

  it('marks the late with a badge and how late they are, by name alone: the id is only its tooltip', async () => {
    const now = () => at(20);
    renderWith(<RoomActivity adapter={backend(LIVE, now)} roomId={ROOM} />, now);
    const inCall = await screen.findByRole('region', { name: /^In the call/ });
    const priya = person(inCall, 'Priya Raman');
    await within(priya).findByText('Priya Raman');
    expect(within(priya).getByText(S.late)).toBeInTheDocument();
    expect(priya).toHaveTextContent('12 min late');
    expect(priya).not.toHaveTextContent(id('Priya Raman'));
    expect(within(priya).getByText('Priya Raman')).toHaveAttribute('title', id('Priya Raman'));
    expect(within(person(inCall, 'Dr. Amara Okafor')).queryByText(S.late)).not.toBeInTheDocument();
    // Not joined 20 minutes after the start: late too.
    expect(within(person(section(/^Not joined yet/), 'Sam Lee')).getByText(S.late)).toBeInTheDocument();
    expect(within(inCall).getByRole('list', { name: S.roleCountsLabel })).toHaveTextContent('Presenter: 1');
  });

  it('follows roster changes and reloads on a resync', async () => {
    const now = () => at(20);
    const adapter = backend(LIVE, now);
    const stream = withResync(adapter);
    renderWith(<RoomActivity adapter={stream.adapter} roomId={ROOM} />, now);
    await screen.findByRole('region', { name: /^Not joined yet \(3\)/ });
    await act(() => adapter.removeParticipants(ROOM, [id('Noor Aziz')]));
    await waitFor(() => expect(section(/^Not joined yet/)).toHaveAccessibleName('Not joined yet (2)'));

    const reads = adapter.calls.filter((c) => c.operation === 'getRoomActivity').length;
    // A gap in the stream: what the backend says now is read again.
    act(() => stream.resync());
    await waitFor(() =>
      expect(adapter.calls.filter((c) => c.operation === 'getRoomActivity').length).toBeGreaterThan(reads),
    );
    expect(await screen.findByRole('region', { name: 'In the call (2)' })).toBeInTheDocument();
  });

  it('shows attendance after the call: a table with the no-shows, a timeline picture, and the CSV it exports', async () => {
    const now = () => at(90);
    const onExport = vi.fn<(exported: RoomActivityExport) => false>(() => false);
    const { container } = renderWith(
      <RoomActivity adapter={backend(ENDED, now)} roomId={ROOM} onExport={onExport} />,
      now,
    );
    const table = await screen.findByRole('table', { name: S.tableCaption });
    await within(table).findByText('Priya Raman');
    expect(screen.getByRole('tab', { name: S.attendanceTab })).toHaveAttribute('aria-selected', 'true');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(
        (r) => within(r).getAllByRole('cell')[0]?.querySelector(`.${roomActivityClassNames.personName}`)?.textContent,
      ),
    ).toEqual(['Dr. Amara Okafor', '=cmd|calc', 'Priya Raman', 'Noor Aziz', 'Sam Lee']);
    const priya = rows[2]!;
    expect(
      within(priya)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Priya Raman', 'Attendee', 'AttendedLate', '9:12 AM GMT+1', '9:45 AM GMT+1', '28 min', '1']);
    expect(within(rows[4]!).getAllByRole('cell')[2]).toHaveTextContent('No-show');
    const picture = screen.getByRole('img', { name: /^Timeline of the call from/ });
    expect(picture).toHaveAccessibleName(expect.stringContaining('3 joined, 2 did not'));
    expect(within(screen.getByRole('list', { name: S.timelineLegend })).getAllByRole('listitem')).toHaveLength(3);
    await expectNoAxeViolations(container);

    await userEvent.setup().click(screen.getByRole('button', { name: S.exportCsv }));
    expect(onExport).toHaveBeenCalledTimes(1);
    const exported = onExport.mock.calls[0]![0];
    expect(exported.fileName).toBe('attendance-2026-12-02.csv');
    const [header, ...data] = Papa.parse<string[]>(exported.csv, { skipEmptyLines: true }).data;
    expect(header).toEqual([
      'Name',
      'User ID',
      'Role',
      'Invited',
      'Status',
      'Late',
      'First joined (UTC, ISO 8601)',
      'Last left (UTC, ISO 8601)',
      'First joined (Berlin (GMT+1))',
      'Last left (Berlin (GMT+1))',
      'Time in call (seconds)',
      'Time in call',
      'Drop-outs',
    ]);
    expect(data.find((cells) => cells[1] === id('Priya Raman'))).toEqual([
      'Priya Raman',
      id('Priya Raman'),
      'Attendee',
      'Yes',
      'Attended',
      'Yes',
      '2026-12-02T08:12:00.000Z',
      '2026-12-02T08:45:00.000Z',
      'Dec 2, 2026, 9:12 AM GMT+1',
      'Dec 2, 2026, 9:45 AM GMT+1',
      '1680',
      '28 min',
      '1',
    ]);
    // A name that a spreadsheet would run stays text.
    expect(data.find((cells) => cells[1] === id('=cmd|calc'))?.[0]).toBe("'=cmd|calc");
    expect(data.find((cells) => cells[1] === id('Sam Lee'))?.[4]).toBe('No-show');
    expect(screen.getByRole('status')).toHaveTextContent('Attendance exported as attendance-2026-12-02.csv.');
  });

  it('is worked by keyboard: a tab with Enter, then the export button', async () => {
    const now = () => at(20);
    const onExport = vi.fn(() => false as const);
    const { user } = renderWith(<RoomActivity adapter={backend(LIVE, now)} roomId={ROOM} onExport={onExport} />, now);
    await screen.findByRole('region', { name: /^In the call/ });
    const board = screen.getByRole('tab', { name: S.boardTab });
    expect(board).toHaveAttribute('aria-selected', 'true');

    // jsdom lets tabster (Fluent's focus manager) swallow Tab and the arrow keys, which need layout; the Chromium
    // story tabs and arrows for real. Here: Enter on a tab, and the order the keyboard meets the panel and its button.
    const attendance = screen.getByRole('tab', { name: S.attendanceTab });
    expect(board.compareDocumentPosition(attendance) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    attendance.focus();
    await user.keyboard('{Enter}');
    expect(attendance).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: S.attendanceTab });
    expect(panel).toHaveAttribute('tabindex', '0');
    const exportButton = within(panel).getByRole('button', { name: S.exportCsv });
    expect(attendance.compareDocumentPosition(exportButton) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    exportButton.focus();
    await user.keyboard('{Enter}');
    expect(onExport).toHaveBeenCalledTimes(1);
  });

  it('says when the backend fails, and loads on retry', async () => {
    const now = () => at(20);
    const adapter = backend(LIVE, now);
    adapter.faults.failNext('unavailable', { operation: 'getRoomActivity' });
    const { user } = renderWith(<RoomActivity adapter={adapter} roomId={ROOM} />, now);
    expect(await screen.findByText(S.loadFailed)).toBeInTheDocument();
    expect(screen.getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: EN_STRINGS.common.retry }));
    expect(await screen.findByRole('region', { name: 'In the call (2)' })).toBeInTheDocument();
  });

  it('says when the room was deleted elsewhere', async () => {
    const now = () => at(20);
    const adapter = backend(LIVE, now);
    renderWith(<RoomActivity adapter={adapter} roomId={ROOM} />, now);
    await screen.findByRole('region', { name: /^In the call/ });
    await act(() => adapter.deleteRoom(ROOM));
    expect(await screen.findByText(S.deleted)).toBeInTheDocument();
  });
});

describe('RoomActivity, its own strings', () => {
  it('takes them over the provider’s and keeps the provider’s for the rest', async () => {
    const now = () => at(20);
    const adapter = backend(LIVE, now);
    renderWith(
      <RoomActivity
        adapter={adapter}
        roomId={ROOM}
        strings={{ boardTab: 'Waiting room', tabsLabel: 'Clinic views' }}
      />,
      now,
    );
    const tabs = await screen.findByRole('tablist', { name: 'Clinic views' });
    expect(within(tabs).getByRole('tab', { name: 'Waiting room' })).toBeInTheDocument();
    expect(within(tabs).getByRole('tab', { name: S.attendanceTab })).toBeInTheDocument();
  });
});

describe('RoomActivity, with a lobby', () => {
  function presenterBackend(now: () => Date, currentUser: string): InMemoryRoomsAdapter {
    return createInMemoryRoomsAdapter({
      now,
      currentUser,
      people: PEOPLE,
      rooms: [
        {
          room: { id: ROOM, subject: 'Follow-up', timeZone: ZONE, validFrom: START, validUntil: at(60) },
          participants: ROSTER,
        },
      ],
      callEvents: LIVE,
    });
  }

  it('shows a presenter who asks to join above the board, and the admitted person joins the roster', async () => {
    const now = () => at(20);
    const adapter = presenterBackend(now, id('Dr. Amara Okafor'));
    const { user, container } = renderWith(<RoomActivity adapter={adapter} roomId={ROOM} />, now);
    await screen.findByRole('region', { name: /^Not joined yet \(3\)/ });
    expect(screen.queryByRole('region', { name: /^Asking to join/ })).not.toBeInTheDocument();

    act(() => void adapter.knockAs(ROOM, makeUserId(40, 7), { displayName: 'Kofi Mensah', message: 'Interpreter' }));
    const requests = await screen.findByRole('region', { name: 'Asking to join (1)' });
    expect(requests).toHaveTextContent('Interpreter');
    // Above the board, in reading order.
    expect(
      requests.compareDocumentPosition(section(/^Not joined yet/)) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await expectNoAxeViolations(container);

    await user.click(within(requests).getByRole('button', { name: 'Admit Kofi Mensah as an Attendee' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Asking to join/ })).not.toBeInTheDocument());
    await waitFor(() => expect(section(/^Not joined yet/)).toHaveAccessibleName('Not joined yet (4)'));
  });

  it('shows nothing of the lobby to someone who may not answer requests', async () => {
    const now = () => at(20);
    const adapter = presenterBackend(now, id('Priya Raman'));
    adapter.knockAs(ROOM, makeUserId(40, 7), { displayName: 'Kofi Mensah' });
    renderWith(<RoomActivity adapter={adapter} roomId={ROOM} />, now);
    await screen.findByRole('region', { name: /^Not joined yet/ });
    await waitFor(() => expect(adapter.calls.filter((c) => c.operation === 'listJoinRequests')).toHaveLength(1));
    expect(screen.queryByText('Kofi Mensah')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Asking to join/ })).not.toBeInTheDocument();
  });
});

describe('RoomActivity, given the host’s data', () => {
  it('shows what it is given without a backend, and says there is no call yet before the first one', () => {
    const now = () => at(-30);
    const room = { id: ROOM, createdAt: at(-100), validFrom: START, validUntil: at(60), pstnDialOutEnabled: false };
    const { rerender } = renderWith(
      <RoomActivity activity={callActivityFrom(ROOM, [])} roster={ROSTER} room={room} people={PEOPLE} />,
      now,
    );
    expect(screen.getByText(S.noCall)).toBeInTheDocument();
    expect(section(/^Not joined yet/)).toHaveAccessibleName('Not joined yet (5)');
    expect(within(section(/^Not joined yet/)).queryByText(S.late)).not.toBeInTheDocument();

    const later = () => at(20);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider locale="en-US" timeZone={ZONE} now={later}>
          <RoomActivity activity={callActivityFrom(ROOM, LIVE)} roster={ROSTER} room={room} people={PEOPLE} />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    expect(section(/^In the call/)).toHaveAccessibleName('In the call (2)');
  });
});

/**
 * The backend with a way to play a `resync` (a gap in the stream), which the in-memory backend itself never sends:
 * the component's listeners are taken as it subscribes.
 */
function withResync(adapter: InMemoryRoomsAdapter): { adapter: RoomsAdapter; resync: () => void } {
  const listeners: Array<(event: RoomEvent) => void> = [];
  const wrapped: RoomsAdapter = Object.create(adapter) as RoomsAdapter;
  wrapped.subscribe = (roomId, listener) => {
    listeners.push(listener);
    const stop = adapter.subscribe(roomId, listener);
    return () => {
      listeners.splice(listeners.indexOf(listener), 1);
      stop();
    };
  };
  return { adapter: wrapped, resync: () => listeners.forEach((l) => l({ type: 'resync', roomId: ROOM })) };
}
