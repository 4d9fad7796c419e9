// @vitest-environment jsdom
import '../setup/callComposite';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomCallComposite, type RoomCallCompositeProps } from '../../src/call';
import {
  createSeededRoomsAdapter,
  createSimulatedCallAdapter,
  defaultPerson,
  DEMO_ROOM_IDS,
  type InMemoryRoomsAdapter,
  type SimulatedCallAdapter,
  type SimulatedCallAdapterOptions,
} from '../../src/testing';
import type { RoomRole } from '../../src/core/roles';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS } from '../../src/strings';

const NOW = new Date('2025-06-02T09:00:00Z');
const S = EN_STRINGS.roomCall;

const idOf = (name: string): string => defaultPerson(name).id;

/** The open consult room of the demo data: one person of each role. */
const CONSULT = {
  Presenter: idOf('José Álvarez'),
  Attendee: idOf('Ahmed Hassan'),
  Collaborator: idOf('Sofía Ramírez'),
  Consumer: idOf('Priya Natarajan'),
} as const satisfies Record<RoomRole, string>;

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.useRealTimers();
});

function clock(start = NOW): { now: () => Date; advance: (ms: number) => void } {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

function backend(now: () => Date): InMemoryRoomsAdapter {
  return createSeededRoomsAdapter({ now, seed: 1 });
}

function simulate(options: SimulatedCallAdapterOptions): SimulatedCallAdapter {
  const call = createSimulatedCallAdapter(options);
  cleanups.push(() => call.dispose());
  return call;
}

function renderKit(ui: ReactElement, kit: Omit<RoomsKitProviderProps, 'children'>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="UTC" {...kit}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
}

async function inConsultAs(
  role: RoomRole,
  extra: Partial<SimulatedCallAdapterOptions> = {},
  props: Partial<RoomCallCompositeProps> = {},
) {
  const { now } = clock();
  const rooms = backend(now);
  const userId = CONSULT[role];
  const others = Object.values(CONSULT).filter((id) => id !== userId);
  const call = simulate({
    userId,
    roomsAdapter: rooms,
    roomId: DEMO_ROOM_IDS.openConsult,
    startOn: 'call',
    participants: others.map((id) => ({ id })),
    ...extra,
  });
  await call.ready;
  const view = renderKit(
    <RoomCallComposite
      callAdapter={call}
      roomsAdapter={rooms}
      roomId={DEMO_ROOM_IDS.openConsult}
      localUserId={userId}
      {...props}
    />,
    { now },
  );
  await screen.findByRole('group', { name: S.roleBarLabel });
  return { rooms, call, userId, view };
}

/** One of communication-react's control-bar buttons, found by the id it puts on them for tests. */
// On the desktop layout the kit's own plain buttons stand in for communication-react's microphone and camera.
const KIT_BUTTON: Readonly<Record<string, string>> = {
  'call-composite-microphone-button': 'button[id$="-microphone-button"]',
  'call-composite-camera-button': 'button[id$="-camera-button"]',
};

function compositeButton(uiId: string): HTMLElement | null {
  const kit = KIT_BUTTON[uiId];
  return (
    document.querySelector<HTMLElement>(`[data-ui-id="${uiId}"]`) ??
    (kit ? document.querySelector<HTMLElement>(kit) : null)
  );
}

function buttonState(uiId: string): 'enabled' | 'disabled' | 'hidden' {
  const button = compositeButton(uiId);
  if (!button) return 'hidden';
  const disabled = button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled;
  return disabled ? 'disabled' : 'enabled';
}

const BAR = {
  microphone: 'call-composite-microphone-button',
  camera: 'call-composite-camera-button',
  screenShare: 'call-composite-screenshare-button',
  raiseHand: 'call-composite-raisehand-button',
} as const;

function bar(): Record<keyof typeof BAR, string> {
  return {
    microphone: buttonState(BAR.microphone),
    camera: buttonState(BAR.camera),
    screenShare: buttonState(BAR.screenShare),
    raiseHand: buttonState(BAR.raiseHand),
  };
}

function restrictions(): string[] {
  const list = screen.queryByRole('list', { name: S.restrictionsLabel });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '')
    : [];
}

async function expectNoAxeViolations(root: HTMLElement, exclude: string[] = []) {
  // communication-react's own call page is checked in Chromium, where its known exceptions are listed per story.
  const result = await axe.run(
    { include: [root], exclude: exclude.map((selector) => [selector]) } as unknown as axe.ElementContext,
    { rules: { 'color-contrast': { enabled: false } } },
  );
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('RoomCallComposite: controls by role', () => {
  const expected: Record<RoomRole, Record<keyof typeof BAR, string>> = {
    Presenter: { microphone: 'enabled', camera: 'enabled', screenShare: 'enabled', raiseHand: 'enabled' },
    Collaborator: { microphone: 'enabled', camera: 'enabled', screenShare: 'enabled', raiseHand: 'enabled' },
    Attendee: { microphone: 'enabled', camera: 'enabled', screenShare: 'disabled', raiseHand: 'enabled' },
    Consumer: { microphone: 'disabled', camera: 'disabled', screenShare: 'disabled', raiseHand: 'hidden' },
  };
  const reasons: Record<RoomRole, string[]> = {
    Presenter: [],
    Collaborator: [],
    Attendee: ['Attendees can’t share their screen.'],
    Consumer: [
      'Consumers can’t turn on the microphone.',
      'Consumers can’t turn on the camera.',
      'Consumers can’t share their screen.',
    ],
  };

  it.each(Object.keys(expected) as RoomRole[])('%s: the control bar and the reasons next to it', async (role) => {
    await inConsultAs(role);
    expect(screen.getByText(`Your role: ${EN_STRINGS.organisers.roles[role].name}`)).toBeInTheDocument();
    expect(bar()).toEqual(expected[role]);
    expect(restrictions()).toEqual(reasons[role]);
  });

  it('decides from the role matrix when the call reports no capabilities', async () => {
    await inConsultAs('Attendee', { reportCapabilities: false });
    expect(bar()).toEqual(expected.Attendee);
    expect(restrictions()).toEqual(reasons.Attendee);
  });

  it('lets a reported capability win over the matrix (communication-react included), and explains a refusal by the call', async () => {
    await inConsultAs('Attendee', {
      capabilityOverrides: {
        shareScreen: { isPresent: true, reason: 'Capable' },
        turnVideoOn: { isPresent: false, reason: 'MeetingRestricted' },
      },
    });
    expect(bar()).toMatchObject({ screenShare: 'enabled', camera: 'disabled' });
    expect(restrictions()).toEqual(['This call doesn’t allow it right now: Camera.']);
  });

  it('uses the roster’s role while the call reports Unknown', async () => {
    await inConsultAs('Collaborator', { role: 'Unknown' });
    expect(screen.getByText('Your role: Collaborator')).toBeInTheDocument();
    expect(bar()).toEqual(expected.Collaborator);
  });

  it('keeps a user whose role is not known to what every role may do, and says why', async () => {
    const call = simulate({ userId: CONSULT.Attendee, role: 'Unknown', startOn: 'call' });
    renderKit(<RoomCallComposite callAdapter={call} localUserId={CONSULT.Attendee} />, { now: () => NOW });
    await screen.findByText(`Your role: ${S.roleUnknown}`);
    expect(bar()).toEqual(expected.Consumer);
    expect(restrictions()[0]).toBe('Your role isn’t known yet, so this waits until it is: Microphone.');
  });

  it('takes localRole as the fallback when neither the call nor a roster names a role', async () => {
    const call = simulate({ userId: CONSULT.Attendee, role: 'Unknown', startOn: 'call' });
    renderKit(<RoomCallComposite callAdapter={call} localUserId={CONSULT.Attendee} localRole="Attendee" />, {
      now: () => NOW,
    });
    await screen.findByText('Your role: Attendee');
    expect(bar()).toEqual(expected.Attendee);
  });

  it('lists what the role can and cannot do on demand', async () => {
    await inConsultAs('Consumer');
    const toggle = screen.getByRole('button', { name: S.whatYouCanDo });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const section = screen.getByRole('region', { name: 'What a Consumer can do' });
    expect(toggle).toHaveAttribute('aria-controls', section.id);
    expect(within(section).getByText(EN_STRINGS.participants.canDo.captions)).toBeInTheDocument();
    const cannot = section.querySelector('[data-list="cannot"]');
    expect(cannot).toHaveTextContent(EN_STRINGS.participants.canDo.audioVideo);
    expect(section.querySelector('[data-list="can"]')).toHaveTextContent(
      `${EN_STRINGS.participants.canDo.multiView} ${EN_STRINGS.participants.partly}`,
    );
    await userEvent.click(toggle);
    expect(screen.queryByRole('region', { name: 'What a Consumer can do' })).not.toBeInTheDocument();
  });
});

describe('RoomCallComposite: the room’s window', () => {
  it('counts down before the room opens and opens the call by itself at validFrom', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const time = clock();
    const rooms = backend(time.now);
    const userId = idOf('Dmitri Volkov');
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.physioLaterToday });
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.physioLaterToday}
        localUserId={userId}
      />,
      { now: time.now },
    );
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent('Opens in 02:00:00');
    // The room's title names the screen.
    expect(screen.getByRole('heading', { name: '“Physiotherapy review” isn’t open yet' })).toBeInTheDocument();
    expect(screen.getByText(/^Scheduled for Jun 2, 2025, 11:00/)).toBeInTheDocument();

    time.advance(2 * 3600_000 - 3000);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('timer')).toHaveTextContent('Opens in 00:00:03');

    time.advance(3000);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(await screen.findByRole('group', { name: S.roleBarLabel })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(S.roomOpened)).closest('[role="status"]')).not.toBeNull();
  });

  it('shows days in a countdown longer than a day', async () => {
    const rooms = backend(() => NOW);
    const userId = idOf('Ana Lúcia Ferreira');
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.groupSessionNextWeek });
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.groupSessionNextWeek}
        localUserId={userId}
      />,
      { now: () => NOW },
    );
    expect(await screen.findByRole('timer')).toHaveTextContent(/^Opens in 7 d 0 h 0 min$/);
  });

  it('shows an ended screen after validUntil', async () => {
    const rooms = backend(() => NOW);
    const userId = idOf('William Thompson');
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.endedYesterday });
    const { container } = renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.endedYesterday}
        localUserId={userId}
      />,
      { now: () => NOW },
    );
    expect(
      await screen.findByRole('heading', { name: '“Dermatology review: William Thompson” has ended' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^It was open Jun 1, 2025/)).toBeInTheDocument();
    expect(compositeButton(BAR.microphone)).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows the room’s title as the call’s heading, and today’s texts for a room without one', async () => {
    const rooms = backend(() => NOW);
    const userId = CONSULT.Attendee;
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.openConsult, startOn: 'call' });
    const { unmount } = renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={userId}
      />,
      { now: () => NOW },
    );
    const bar = await screen.findByRole('group', { name: S.roleBarLabel });
    expect(within(bar).getByRole('heading', { name: 'Telehealth follow-up: Ahmed Hassan' })).toBeInTheDocument();
    unmount();

    await rooms.updateRoom(DEMO_ROOM_IDS.endedYesterday, { subject: null });
    const william = idOf('William Thompson');
    renderKit(
      <RoomCallComposite
        callAdapter={simulate({ userId: william, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.endedYesterday })}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.endedYesterday}
        localUserId={william}
      />,
      { now: () => NOW },
    );
    expect(await screen.findByRole('heading', { name: S.endedTitle })).toBeInTheDocument();
  });

  it('says so when the room ends during the call, and keeps the call going', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const time = clock();
    const rooms = backend(time.now);
    const userId = CONSULT.Attendee;
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.openConsult, startOn: 'call' });
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={userId}
      />,
      { now: time.now },
    );
    await screen.findByRole('group', { name: S.roleBarLabel });
    expect(screen.queryByText(/This room closed/)).not.toBeInTheDocument();
    time.advance(51 * 60_000);
    act(() => vi.advanceTimersByTime(1000));
    expect(
      screen.getByText(
        'This room closed at Jun 2, 2025, 9:50 AM UTC. The call can end at any moment, and nobody can rejoin.',
      ),
    ).toBeInTheDocument();
    expect(compositeButton(BAR.microphone)).not.toBeNull();
  });

  it('tells someone who is not on the roster that they are not invited', async () => {
    const rooms = backend(() => NOW);
    const stranger = idOf('Grace Kim');
    const call = simulate({ userId: stranger, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.openConsult });
    const { container } = renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={stranger}
      />,
      { now: () => NOW },
    );
    expect(
      await screen.findByRole('heading', { name: 'You’re not invited to “Telehealth follow-up: Ahmed Hassan”' }),
    ).toBeInTheDocument();
    expect(screen.getByText(S.notInvitedBody)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('lets anyone in when the room’s join policy is open', async () => {
    const rooms = backend(() => NOW);
    const room = {
      ...(await rooms.getRoom(DEMO_ROOM_IDS.openConsult)),
      joinPolicy: 'communicationServiceUsers' as const,
    };
    const stranger = idOf('Grace Kim');
    const call = simulate({ userId: stranger, role: 'Attendee', startOn: 'call' });
    renderKit(<RoomCallComposite callAdapter={call} room={room} roomsAdapter={rooms} localUserId={stranger} />, {
      now: () => NOW,
    });
    expect(await screen.findByRole('group', { name: S.roleBarLabel })).toBeInTheDocument();
  });

  it('reports a room it cannot read, and reads it again on Retry', async () => {
    const rooms = backend(() => NOW);
    rooms.faults.failNext('unavailable', { operation: 'getRoom' });
    const userId = CONSULT.Attendee;
    const call = simulate({ userId, role: 'Attendee' });
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={userId}
      />,
      { now: () => NOW },
    );
    expect(await screen.findByRole('heading', { name: S.loadFailedTitle })).toBeInTheDocument();
    expect(screen.getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: EN_STRINGS.common.retry }));
    expect(await screen.findByRole('group', { name: S.roleBarLabel })).toBeInTheDocument();
  });
});

describe('RoomCallComposite: role changes during the call', () => {
  it('follows a role change at once and says what was gained', async () => {
    const onRoleChanged = vi.fn();
    const { rooms, userId } = await inConsultAs('Attendee', {}, { onRoleChanged });
    expect(bar().screenShare).toBe('disabled');
    await act(() => rooms.upsertParticipants(DEMO_ROOM_IDS.openConsult, [{ id: userId, role: 'Presenter' }]));
    expect(screen.getByText('Your role: Presenter')).toBeInTheDocument();
    expect(bar().screenShare).toBe('enabled');
    expect(restrictions()).toEqual([]);
    const notice = screen.getByText('You’re now a Presenter').closest('[data-notice]');
    expect(notice).toHaveTextContent(
      'You can now: Screen sharing, Removing participants, Muting others, Inviting people into the call, and Changing roles.',
    );
    expect(onRoleChanged).toHaveBeenLastCalledWith('Presenter', 'Attendee');
    await userEvent.click(within(notice as HTMLElement).getByRole('button', { name: EN_STRINGS.common.dismiss }));
    expect(screen.queryByText('You’re now a Presenter')).not.toBeInTheDocument();
  });

  it('says what was lost when demoted to Consumer', async () => {
    const { call } = await inConsultAs('Collaborator');
    act(() => call.setLocalRole('Consumer'));
    expect(bar()).toEqual({ microphone: 'disabled', camera: 'disabled', screenShare: 'disabled', raiseHand: 'hidden' });
    expect(screen.getByText('You’re now a Consumer').closest('[data-notice]')).toHaveTextContent(
      'You can no longer: Microphone, Camera, Screen sharing, and Raising your hand.',
    );
  });

  it('announces a change of capabilities without a role change', async () => {
    const { call } = await inConsultAs('Presenter');
    act(() => call.setCapabilities({ shareScreen: { isPresent: false, reason: 'MeetingRestricted' } }));
    expect(bar().screenShare).toBe('disabled');
    expect(screen.getByText(S.capabilitiesChangedTitle).closest('[data-notice]')).toHaveTextContent(
      'You can no longer: Screen sharing.',
    );
  });
});

describe('RoomCallComposite: the people panel', () => {
  async function openPanel() {
    await userEvent.click(screen.getByRole('button', { name: S.peopleButton }));
    return screen.findByRole('complementary', { name: S.peoplePanelTitle });
  }

  it('shows invited and joined people side by side, with names and roles', async () => {
    const { view } = await inConsultAs('Attendee', { participants: [{ id: CONSULT.Presenter }] });
    const panel = await openPanel();
    const invited = within(panel).getByRole('list', { name: 'Invited (4)' });
    const joined = within(panel).getByRole('list', { name: 'In the call (2)' });
    expect(
      within(invited)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-role')),
    ).toEqual(['Presenter', 'Attendee', 'Collaborator', 'Consumer']);
    expect(within(invited).getByText('Priya Natarajan').closest('li')).toHaveTextContent(S.notJoined);
    expect(within(joined).getByText('Ahmed Hassan (you)')).toBeInTheDocument();
    expect(within(joined).getByText('José Álvarez')).toBeInTheDocument();
    // An Attendee sees people but cannot manage them.
    expect(within(panel).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(view.container, ['.rk-RoomCallComposite__call']);
  });

  it('lets a Presenter change a role, and the other person’s controls follow in their own call', async () => {
    const { now } = clock();
    const rooms = backend(now);
    const presenter = simulate({
      userId: CONSULT.Presenter,
      roomsAdapter: rooms,
      roomId: DEMO_ROOM_IDS.openConsult,
      startOn: 'call',
      participants: [{ id: CONSULT.Attendee }],
    });
    const attendee = simulate({
      userId: CONSULT.Attendee,
      roomsAdapter: rooms,
      roomId: DEMO_ROOM_IDS.openConsult,
      startOn: 'call',
      participants: [{ id: CONSULT.Presenter }],
    });
    await Promise.all([presenter.ready, attendee.ready]);
    renderKit(
      <>
        <div data-testid="presenter">
          <RoomCallComposite
            callAdapter={presenter}
            roomsAdapter={rooms}
            roomId={DEMO_ROOM_IDS.openConsult}
            localUserId={CONSULT.Presenter}
            defaultPeoplePanelOpen
          />
        </div>
        <div data-testid="attendee">
          <RoomCallComposite
            callAdapter={attendee}
            roomsAdapter={rooms}
            roomId={DEMO_ROOM_IDS.openConsult}
            localUserId={CONSULT.Attendee}
          />
        </div>
      </>,
      { now },
    );
    const attendeeView = within(screen.getByTestId('attendee'));
    await attendeeView.findByText('Your role: Attendee');
    const presenterView = within(screen.getByTestId('presenter'));
    const picker = await presenterView.findByRole('combobox', { name: 'Role of Ahmed Hassan' });
    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole('option', { name: 'Consumer' }));

    expect(await attendeeView.findByText('Your role: Consumer')).toBeInTheDocument();
    const attendeeRoot = screen.getByTestId('attendee');
    const mic = within(attendeeRoot).getByRole('button', { name: S.unmuteMicrophone });
    expect(mic).toHaveAttribute('aria-disabled', 'true');
    expect(attendeeView.getByText('Consumers can’t turn on the camera.')).toBeInTheDocument();
    expect(attendeeView.getByText('You’re now a Consumer')).toBeInTheDocument();
    // The Presenter's own view follows the roster and the call.
    expect(presenterView.getByRole('combobox', { name: 'Role of Ahmed Hassan' })).toHaveTextContent('Consumer');
    expect(
      (await presenterView.findByText(/Ahmed Hassan is now a Consumer\./)).closest('[role="status"]'),
    ).not.toBeNull();
    expect(presenter.getState().call?.remoteParticipants[CONSULT.Attendee]?.role).toBe('Consumer');
  });

  it('rolls a failed role change back and says why, keeping nothing half-done', async () => {
    const { rooms } = await inConsultAs('Presenter', {}, { defaultPeoplePanelOpen: true });
    rooms.faults.failNext('unavailable', { operation: 'upsertParticipants' });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Role of Ahmed Hassan' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Collaborator' }));
    expect(
      await screen.findByText(`Couldn’t change the role of Ahmed Hassan. ${EN_STRINGS.errors.unavailable}`),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role of Ahmed Hassan' })).toHaveTextContent('Attendee');
    const roster = await rooms.listParticipants(DEMO_ROOM_IDS.openConsult);
    expect(roster.items.find((p) => p.id === CONSULT.Attendee)?.role).toBe('Attendee');
  });

  it('removes someone from the room after confirmation: off the roster and out of the call', async () => {
    const { rooms, call } = await inConsultAs('Presenter', {}, { defaultPeoplePanelOpen: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Sofía Ramírez from the room' }));
    const confirm = await screen.findByRole('group', { name: 'Remove Sofía Ramírez from the room?' });
    await userEvent.click(within(confirm).getByRole('button', { name: S.removeFromRoom }));
    expect(
      (await screen.findByText(/Sofía Ramírez was removed from the room\./)).closest('[role="status"]'),
    ).not.toBeNull();
    const roster = await rooms.listParticipants(DEMO_ROOM_IDS.openConsult);
    expect(roster.items.map((p) => p.id)).not.toContain(CONSULT.Collaborator);
    expect(call.remoteParticipantIds()).not.toContain(CONSULT.Collaborator);
    expect(screen.getByRole('list', { name: 'Invited (3)' })).toBeInTheDocument();
  });

  it('cancels a removal without touching anything', async () => {
    const { rooms } = await inConsultAs('Presenter', {}, { defaultPeoplePanelOpen: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Sofía Ramírez from the room' }));
    const confirm = await screen.findByRole('group', { name: 'Remove Sofía Ramírez from the room?' });
    // Focus lands on the safe choice.
    expect(within(confirm).getByRole('button', { name: EN_STRINGS.common.cancel })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Remove Sofía Ramírez from the room?' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Sofía Ramírez from the room' }));
    await userEvent.click(
      within(await screen.findByRole('group', { name: 'Remove Sofía Ramírez from the room?' })).getByRole('button', {
        name: EN_STRINGS.common.cancel,
      }),
    );
    const roster = await rooms.listParticipants(DEMO_ROOM_IDS.openConsult);
    expect(roster.items.map((p) => p.id)).toContain(CONSULT.Collaborator);
  });

  it('mutes and removes through the call where the backend does not moderate, and invites an invited person', async () => {
    const { now } = clock();
    const rooms = backend(now);
    // A backend without moderation: the call adapter's own muting and removing are the way.
    const withoutModeration = { ...rooms, features: { ...rooms.features, moderation: false } };
    const call = simulate({
      userId: CONSULT.Presenter,
      roomsAdapter: rooms,
      roomId: DEMO_ROOM_IDS.openConsult,
      startOn: 'call',
      participants: [{ id: CONSULT.Attendee, isMuted: false }, { id: CONSULT.Collaborator }],
    });
    await call.ready;
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={withoutModeration}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={CONSULT.Presenter}
        defaultPeoplePanelOpen
      />,
      { now },
    );
    // Muting and removing sit in each person's actions menu.
    await userEvent.click(await screen.findByRole('button', { name: 'Actions for Ahmed Hassan' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: S.moderation.mute }));
    await waitFor(() => expect(call.getState().call?.remoteParticipants[CONSULT.Attendee]?.isMuted).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'Actions for Sofía Ramírez' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: S.moderation.removeFromCall }));
    await waitFor(() => expect(call.remoteParticipantIds()).not.toContain(CONSULT.Collaborator));
    await userEvent.click(screen.getByRole('button', { name: 'Invite to call: Priya Natarajan' }));
    await waitFor(() => expect(call.remoteParticipantIds()).toContain(CONSULT.Consumer));
    expect(call.operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['muteParticipant', 'removeParticipant', 'addParticipant']),
    );
  });
});

describe('RoomCallComposite: strings', () => {
  it('speaks German inside a German provider, the composite included', async () => {
    const { now } = clock();
    const rooms = backend(now);
    const userId = CONSULT.Consumer;
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.openConsult, startOn: 'call' });
    await call.ready;
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={userId}
      />,
      { now, locale: 'de-DE' },
    );
    expect(await screen.findByText('Ihre Rolle: Zuschauer')).toBeInTheDocument();
    expect(screen.getByText('Zuschauer können die Kamera nicht einschalten.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: DE_STRINGS.roomCall.peopleButton })).toBeInTheDocument();
    // communication-react's own German strings.
    expect(compositeButton(BAR.microphone)?.getAttribute('aria-label')).not.toBe('Unmute mic');
  });

  it('takes the host’s overrides', async () => {
    const { now } = clock();
    const rooms = backend(now);
    const userId = CONSULT.Attendee;
    const call = simulate({ userId, roomsAdapter: rooms, roomId: DEMO_ROOM_IDS.openConsult, startOn: 'call' });
    await call.ready;
    renderKit(
      <RoomCallComposite
        callAdapter={call}
        roomsAdapter={rooms}
        roomId={DEMO_ROOM_IDS.openConsult}
        localUserId={userId}
      />,
      { now, strings: { roomCall: { rolePlural: { Attendee: 'Guests' }, peopleButton: 'Who is here' } } },
    );
    expect(await screen.findByText('Guests can’t share their screen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Who is here' })).toBeInTheDocument();
  });
});
