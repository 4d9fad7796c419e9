import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RoomActivity, roomActivityClassNames, type RoomActivityExport } from '../../src/components/RoomActivity';
import { DEFAULT_PEOPLE, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { Room, RoomsAdapter } from '../../src/adapter/types';
import { formatAttendanceDuration, formatAttendanceTime } from '../../src/core/attendance';
import { callActivityFrom } from '../../src/core/callActivity';
import { formatInstant, formatMessage, formatString } from '../../src/core/format';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import { createGate } from '../shared/gate';
import { asText, plainText } from '../shared/storyText';
import {
  activityClock,
  at,
  FINISHED,
  joinEvent,
  MORNING,
  OPENING,
  personId,
  SESSION_ROOM_ID,
  SESSION_ROSTER,
  SESSION_START,
  sessionBackend,
  TIME_ZONE,
  UNINVITED,
} from './activityWorld';

/**
 * A clinic's group session, scheduled 09:00–10:00 Berlin time, as its live board and, after the call, its attendance.
 * Every story gets a fresh in-memory backend from its loader, with the call events heard so far, and a clock the play
 * moves; the viewer's zone is Berlin. Theme, direction and locale come from the toolbar.
 */
interface Loaded {
  adapter: RoomsAdapter;
}

const MINUTE = 60_000;

const meta = {
  title: 'Rooms/RoomActivity',
  component: RoomActivity,
  tags: ['autodocs'],
  args: { roomId: SESSION_ROOM_ID, onExport: fn(), onTabChange: fn(), onCallIdChange: fn() },
  parameters: {
    roomsKit: { clock: activityClock, timeZone: TIME_ZONE },
  },
  loaders: [async (): Promise<Loaded> => ({ adapter: sessionBackend(25, MORNING) })],
  render: (args, { loaded }) => <RoomActivity {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<typeof RoomActivity>;

export default meta;
type Story = StoryObj<typeof meta>;

const stringsOf = (globals: Record<string, unknown>): RoomsKitStrings =>
  stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');
const localeOf = (globals: Record<string, unknown>): string =>
  typeof globals.locale === 'string' ? globals.locale : 'en-US';
const backendOf = (loaded: unknown): InMemoryRoomsAdapter => (loaded as Loaded).adapter as InMemoryRoomsAdapter;

/** A board section's heading as the board words it: "In the call (4)". */
const heading = (strings: RoomsKitStrings, key: keyof RoomsKitStrings['roomActivity']['sections'], count: number) =>
  formatString(strings.roomActivity.sectionHeading, { section: strings.roomActivity.sections[key], count });

/** A duration as the board words it. */
const duration = (globals: Record<string, unknown>, minutes: number): string => {
  const { underAMinute, hoursMinutes } = stringsOf(globals).roomActivity;
  return formatAttendanceDuration(minutes * MINUTE, localeOf(globals), { underAMinute, hoursMinutes });
};

/** The zone's short name on the viewer's clock ("GMT+1", "MEZ"). */
const shortZone = (locale: string, date: Date): string =>
  new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value ?? '';

/** A person's card in a section. */
function card(section: HTMLElement, name: string): HTMLElement {
  const found = section.querySelector<HTMLElement>(`li[data-user-id="${personId(name)}"]`);
  if (!found) throw new Error(`${name} is not in this section`);
  return found;
}

/** The names a section lists, in order. */
const namesIn = (section: HTMLElement): string[] =>
  [...section.querySelectorAll(`li[data-user-id] .${roomActivityClassNames.personName}`)].map(
    (el) => el.textContent ?? '',
  );

// ---- Stories ----------------------------------------------------------------------------------------------------

/**
 * A call that has just begun: the presenter opened two minutes early and three people are in. When five minutes past
 * the start go by, everyone not there yet is marked late; when Grace joins, she moves to In the call at once.
 */
export const LiveCall: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: sessionBackend(4, OPENING) })],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomActivity;
    const canvas = within(canvasElement);
    const inCall = await canvas.findByRole('region', { name: heading(strings, 'inCall', 4) });
    await waitFor(() =>
      expect(namesIn(inCall)).toEqual(['Fatima Al-Sayed', 'Sofía Ramírez', 'Ahmed Hassan', 'Yasmin Haddad']),
    );
    const notJoined = canvas.getByRole('region', { name: heading(strings, 'notJoined', 4) });
    await expect(within(notJoined).queryByText(s.late)).not.toBeInTheDocument();
    await expect(canvas.getByText(s.liveBadge)).toBeVisible();
    await expect(card(inCall, 'Fatima Al-Sayed')).toHaveTextContent(
      asText(globals, s.inCallFor, { duration: duration(globals, 6) }),
    );

    // Two minutes later: five minutes past the start, the four still missing are late; durations have moved on.
    activityClock.advance(2 * MINUTE);
    await waitFor(() => expect(within(notJoined).getAllByText(s.late)).toHaveLength(4));
    await expect(card(inCall, 'Fatima Al-Sayed')).toHaveTextContent(
      asText(globals, s.inCallFor, { duration: duration(globals, 8) }),
    );

    backendOf(loaded).reportCallEvent(joinEvent('Grace Kim', 6));
    await waitFor(() => expect(inCall).toHaveAccessibleName(heading(strings, 'inCall', 5)));
    const grace = card(inCall, 'Grace Kim');
    await expect(within(grace).getByText(s.late)).toBeVisible();
    await expect(grace).toHaveTextContent(asText(globals, s.lateBy, { duration: duration(globals, 6) }));
    await expect(notJoined).toHaveAccessibleName(heading(strings, 'notJoined', 3));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(asText(globals, s.announceJoined, { name: 'Grace Kim' })),
    );
  },
};

/**
 * Twenty-five minutes in: Grace came twelve minutes late and dropped out once, Leilani has left, a colleague joined
 * without being invited, and William and Emeka have not come.
 */
export const LateAndAbsent: Story = {
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomActivity;
    const canvas = within(canvasElement);
    const inCall = await canvas.findByRole('region', { name: heading(strings, 'inCall', 6) });
    await waitFor(() => expect(namesIn(inCall)).toContain('Grace Kim'));
    await expect(
      canvas.getByText(asText(globals, s.liveCounts, { inCall: 6, notJoined: 2, left: 1, late: 4 })),
    ).toBeVisible();

    const grace = card(inCall, 'Grace Kim');
    await expect(within(grace).getByText(s.late)).toBeVisible();
    await expect(grace).toHaveTextContent(asText(globals, s.lateBy, { duration: duration(globals, 12) }));
    await expect(grace).toHaveTextContent(formatMessage(localeOf(globals), s.dropOuts, { count: 1 }));
    await expect(within(card(inCall, UNINVITED)).getByText(s.notInvited)).toBeVisible();
    await expect(within(card(inCall, 'Fatima Al-Sayed')).queryByText(s.late)).not.toBeInTheDocument();

    const notJoined = canvas.getByRole('region', { name: heading(strings, 'notJoined', 2) });
    await expect(namesIn(notJoined)).toEqual(['Emeka Nwosu', 'William Thompson']);
    await expect(within(notJoined).getAllByText(s.late)).toHaveLength(2);
    const leftSection = canvas.getByRole('region', { name: heading(strings, 'left', 1) });
    await expect(namesIn(leftSection)).toEqual(['Leilani Kahale']);
    await expect(within(inCall).getByRole('list', { name: s.roleCountsLabel })).toHaveTextContent(
      asText(globals, s.roleCount, { role: strings.organisers.roles.Attendee.name, count: 3 }),
    );
  },
};

/**
 * After the call: attendance as a table (joined, left, time in the call, drop-outs, no-shows) and as a timeline, one
 * bar per person coloured and patterned by role; the CSV export. Worked from the keyboard only.
 */
export const FinishedCall: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: sessionBackend(70, FINISHED) })],
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomActivity;
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table', { name: s.tableCaption });
    await waitFor(() => expect(within(table).getByText('Grace Kim')).toBeVisible());
    await expect(canvas.getByRole('tab', { name: s.attendanceTab })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByText(s.endedBadge)).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(SESSION_ROSTER.length + 2);
    for (const name of ['William Thompson', 'Emeka Nwosu']) {
      const row = table.querySelector<HTMLElement>(`tr[data-user-id="${personId(name)}"]`);
      await expect(row).toHaveTextContent(s.status.noShow);
    }
    const grace = table.querySelector<HTMLElement>(`tr[data-user-id="${personId('Grace Kim')}"]`)!;
    await expect(within(grace).getByText(s.late)).toBeVisible();
    await expect(grace.querySelector('[data-column="timeInCall"]')).toHaveTextContent(plainText(duration(globals, 36)));
    await expect(grace.querySelector('[data-column="dropOuts"]')).toHaveTextContent('1');

    const locale = localeOf(globals);
    const picture = canvas.getByRole('img', {
      name: formatString(s.timelineSummary, {
        start: formatInstant(at(-2), { locale, timeZone: TIME_ZONE }),
        end: formatAttendanceTime(at(50), { locale, timeZone: TIME_ZONE }),
        joined: 7,
        absent: 2,
      }),
    });
    await expect(picture.querySelectorAll('rect[data-role]')).toHaveLength(8);
    const legend = canvas.getByRole('list', { name: s.timelineLegend });
    await expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      (['Presenter', 'Collaborator', 'Attendee', 'Consumer'] as const).map(
        (role) => strings.organisers.roles[role].name,
      ),
    );

    // Keyboard only: across the tabs with the arrow keys, then Tab to the export button.
    const next = globals.direction === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';
    const attendanceTab = canvas.getByRole('tab', { name: s.attendanceTab });
    const boardTab = canvas.getByRole('tab', { name: s.boardTab });
    attendanceTab.focus();
    await userEvent.keyboard(globals.direction === 'rtl' ? '{ArrowRight}' : '{ArrowLeft}');
    await expect(boardTab).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(boardTab).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('region', { name: heading(strings, 'noShow', 2) })).toBeVisible();
    await userEvent.keyboard(next);
    await expect(attendanceTab).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab(); // the panel
    await userEvent.tab();
    const exportButton = canvas.getByRole('button', { name: s.exportCsv });
    await expect(exportButton).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(args.onExport).toHaveBeenCalledTimes(1));
    const exported = (args.onExport as ReturnType<typeof fn>).mock.calls[0]![0] as RoomActivityExport;
    await expect(exported.fileName).toBe(formatString(s.exportFileName, { date: '2026-12-02' }));
    const lines = exported.csv.split('\r\n');
    await expect(lines).toHaveLength(SESSION_ROSTER.length + 2);
    await expect(lines[0]).toBe(
      Object.values(s.csv)
        .map((header) => formatString(header, { zone: `Berlin (${shortZone(locale, at(-2))})` }))
        .map((header) => (header.includes(',') ? `"${header}"` : header))
        .join(','),
    );
    const graceLine = lines.find((line) => line.includes(personId('Grace Kim')))!;
    await expect(
      graceLine.startsWith(`Grace Kim,${personId('Grace Kim')},${strings.organisers.roles.Attendee.name},`),
    ).toBe(true);
    await expect(graceLine).toContain(`,${at(12).toISOString()},${at(50).toISOString()},`);
    await expect(graceLine).toContain(`,${36 * 60},`);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      asText(globals, s.exported, { fileName: exported.fileName }),
    );
  },
};

/** Before the first call: the invited, none of them late yet, and a word that the board fills as people join. */
export const NoCallYet: Story = {
  loaders: [async (): Promise<Loaded> => ({ adapter: sessionBackend(-30, []) })],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomActivity;
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(s.noCall)).toBeVisible();
    await expect(canvas.getByText(s.noCallHint)).toBeVisible();
    const invited = canvas.getByRole('region', { name: heading(strings, 'notJoined', SESSION_ROSTER.length) });
    await expect(within(invited).queryByText(s.late)).not.toBeInTheDocument();
    await waitFor(() => expect(namesIn(invited)).toContain('Fatima Al-Sayed'));
    await expect(canvas.queryByRole('tablist')).not.toBeInTheDocument();
  },
};

/** The backend fails to answer: the reason and a retry, which brings the board. */
export const FailingBackend: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = sessionBackend(25, MORNING);
      adapter.faults.failNext('unavailable', { operation: 'getRoomActivity' });
      return { adapter };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.roomActivity.loadFailed)).toBeVisible();
    await expect(canvas.getByText(strings.errors.unavailable)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    await expect(await canvas.findByRole('region', { name: heading(strings, 'inCall', 6) })).toBeVisible();
  },
};

const loadingGate = createGate();

/** While the backend has not answered: a spinner that says what is loading. */
export const Loading: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      loadingGate.close();
      const backend = sessionBackend(25, MORNING);
      const adapter = Object.create(backend) as RoomsAdapter;
      adapter.getRoomActivity = loadingGate.hold((roomId: string) => backend.getRoomActivity(roomId));
      return { adapter };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.roomActivity.loading)).toBeVisible();
    await waitFor(() => expect(loadingGate.waiting).toBe(1));
    await expect(canvas.queryByRole('tablist')).not.toBeInTheDocument();
  },
};

const HOST_ROOM: Room = {
  id: SESSION_ROOM_ID,
  createdAt: at(-7 * 24 * 60),
  validFrom: SESSION_START,
  validUntil: at(60),
  pstnDialOutEnabled: false,
};

/** A host with its own data: the activity, roster, room and names passed in, no backend behind it. */
export const HostsOwnData: Story = {
  args: {
    roomId: undefined,
    activity: callActivityFrom(SESSION_ROOM_ID, FINISHED),
    roster: SESSION_ROSTER.map(([name, role]) => ({ id: personId(name), role })),
    room: HOST_ROOM,
    people: [...DEFAULT_PEOPLE],
  },
  loaders: [
    async (): Promise<Loaded> => {
      activityClock.set(70);
      return { adapter: undefined as unknown as RoomsAdapter };
    },
  ],
  render: (args) => <RoomActivity {...args} />,
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table', { name: strings.roomActivity.tableCaption });
    await expect(within(table).getByText('Fatima Al-Sayed')).toBeVisible();
    await expect(
      canvas.getByText(asText(globals, strings.roomActivity.endedCounts, { attended: 7, noShow: 2, late: 2 })),
    ).toBeVisible();
  },
};

/**
 * The presenter's board while people knock: requests to join appear above the board as they are made; Fatima admits
 * one as a Consumer, who then shows among those not joined yet. People who may not answer requests see none of it.
 */
export const JoinRequests: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = sessionBackend(4, OPENING, personId('Fatima Al-Sayed'));
      adapter.knockAs(SESSION_ROOM_ID, personId('Ana Lúcia Ferreira'), {
        displayName: 'Ana Lúcia Ferreira',
        message: 'Caregiver of Yasmin Haddad.',
      });
      return { adapter };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const l = strings.lobby.joinRequestList;
    const canvas = within(canvasElement);
    const requests = await canvas.findByRole('region', { name: formatString(l.heading, { count: 1 }) });
    await expect(requests).toHaveTextContent('Caregiver of Yasmin Haddad.');

    backendOf(loaded).knockAs(SESSION_ROOM_ID, personId('Dmitri Volkov'), { displayName: 'Dmitri Volkov' });
    await waitFor(() => expect(requests).toHaveAccessibleName(formatString(l.heading, { count: 2 })));

    const ana = within(requests).getByText('Ana Lúcia Ferreira').closest('li')!;
    await userEvent.click(
      within(ana).getByRole('combobox', { name: formatString(l.roleFor, { name: 'Ana Lúcia Ferreira' }) }),
    );
    await userEvent.click(
      await within(canvasElement.ownerDocument.body).findByRole('option', {
        name: strings.organisers.roles.Consumer.name,
      }),
    );
    await userEvent.click(
      within(ana).getByRole('button', {
        name: formatString(l.admitLabel, { name: 'Ana Lúcia Ferreira', role: strings.lobby.roleAs.Consumer }),
      }),
    );
    await waitFor(() => expect(requests).toHaveAccessibleName(formatString(l.heading, { count: 1 })));
    const notJoined = canvas.getByRole('region', { name: heading(strings, 'notJoined', 5) });
    await waitFor(() => expect(namesIn(notJoined)).toContain('Ana Lúcia Ferreira'));
  },
};
