import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { darkTheme } from '@azure/communication-react';
import type { ReactElement, ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RoomCallComposite, type RoomCallCompositeProps } from '../../src/call';
import { formatString } from '../../src/core/format';
import type { RoomRole } from '../../src/core/roles';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import { DEMO_ROOM_IDS, createSimulatedCallAdapter } from '../../src/testing';
import { CONSULT, createCallWorld, othersInConsult, personId, storyClock, type CallWorld } from './callWorld';
import {
  CONFIGURATION_TITLE,
  FLOATING_LOCAL_VIDEO,
  GERMAN_SPLIT_BUTTON_NAMES,
  SPLIT_BUTTONS,
  TWO_CALLS_ON_ONE_PAGE,
} from './axeExceptions';
import { barControl, renderedControls, type RenderedControls } from './renderedControls';

/**
 * The room call, on a simulated call adapter with no network: each role in a live call, the waiting room with its
 * countdown, an ended room, someone not invited, a role changed mid-call, and a Presenter managing people. The clock
 * is fixed at Monday 2 June 2025, 11:00 in Berlin, and the waiting room's play function moves it forward.
 *
 * axe runs on every story. communication-react 1.34's own call page has violations the kit cannot mend from outside;
 * each story lists exactly the exceptions it needs, scoped by selector to communication-react's elements, so axe
 * still checks everything else on the page with every rule.
 */
const meta = {
  title: 'Rooms/RoomCallComposite',
  component: RoomCallComposite,
  tags: ['autodocs'],
  parameters: {
    roomsKit: { clock: storyClock, timeZone: 'Europe/Berlin' },
    docs: { story: { inline: false, iframeHeight: 700 } },
  },
  // Every story builds its own backend and call in a loader; these placeholders are never rendered.
  args: { callAdapter: undefined as never, localUserId: '' },
  argTypes: {
    callAdapter: { control: false },
    roomsAdapter: { control: false },
    room: { control: false },
    callCompositeProps: { control: false },
  },
} satisfies Meta<typeof RoomCallComposite>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---- Rendering -----------------------------------------------------------------------------------------------------

type Loaded = { world: CallWorld };

function stringsOf(globals: Record<string, unknown>): RoomsKitStrings {
  return stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');
}

function Frame({ children, label }: { children: ReactNode; label?: string }): ReactElement {
  return (
    <section aria-label={label} style={{ height: 660, display: 'flex', flexDirection: 'column' }}>
      {children}
    </section>
  );
}

function compositeFor(
  world: CallWorld,
  context: StoryContext,
  extra: Partial<RoomCallCompositeProps> = {},
): ReactElement {
  return (
    <RoomCallComposite
      callAdapter={world.call}
      roomsAdapter={world.rooms}
      roomId={world.roomId}
      localUserId={world.userId}
      // communication-react takes a Fluent v8 theme; the kit's parts follow the v9 theme of the toolbar by themselves.
      callCompositeProps={{ fluentTheme: context.globals.theme === 'dark' ? darkTheme : undefined }}
      {...extra}
    />
  );
}

function renderWorld(extra: Partial<RoomCallCompositeProps> = {}): Story['render'] {
  return (_args, context) => <Frame>{compositeFor((context.loaded as Loaded).world, context, extra)}</Frame>;
}

async function waitForCall(root: HTMLElement, strings: RoomsKitStrings): Promise<void> {
  await within(root).findByRole('group', { name: strings.roomCall.roleBarLabel });
}

function restrictionsOf(root: HTMLElement, strings: RoomsKitStrings): string[] {
  const list = within(root).queryByRole('list', { name: strings.roomCall.restrictionsLabel });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent ?? '')
    : [];
}

// ---- Each role in a live call --------------------------------------------------------------------------------------

/**
 * The documentation's table, as the call page must show it (disabled controls stay visible and are explained; the
 * kit's people panel keeps refused moderation in each person's menu, disabled with its reason).
 */
const DOCUMENTED: Record<RoomRole, RenderedControls> = {
  Presenter: {
    microphone: 'enabled',
    camera: 'enabled',
    screenShare: 'enabled',
    raiseHand: 'enabled',
    removeParticipant: 'enabled',
    muteOthers: 'enabled',
    peoplePanel: 'enabled',
  },
  Collaborator: {
    microphone: 'enabled',
    camera: 'enabled',
    screenShare: 'enabled',
    raiseHand: 'enabled',
    removeParticipant: 'disabled',
    muteOthers: 'disabled',
    peoplePanel: 'enabled',
  },
  Attendee: {
    microphone: 'enabled',
    camera: 'enabled',
    screenShare: 'disabled',
    raiseHand: 'enabled',
    removeParticipant: 'disabled',
    muteOthers: 'disabled',
    peoplePanel: 'enabled',
  },
  Consumer: {
    microphone: 'disabled',
    camera: 'disabled',
    screenShare: 'disabled',
    raiseHand: 'hidden',
    removeParticipant: 'disabled',
    muteOthers: 'disabled',
    peoplePanel: 'enabled',
  },
};

/** The controls each role is refused, in the order the kit explains them. */
const REFUSED: Record<RoomRole, ReadonlyArray<'microphone' | 'camera' | 'screenShare'>> = {
  Presenter: [],
  Collaborator: [],
  Attendee: ['screenShare'],
  Consumer: ['microphone', 'camera', 'screenShare'],
};

function roleStory(role: RoomRole, exceptions: ReadonlyArray<{ id: string; selector: string }>): Story {
  return {
    loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT[role].id }) })],
    render: renderWorld(),
    parameters: { a11y: { config: { rules: exceptions } } },
    play: async ({ canvasElement, globals }) => {
      const strings = stringsOf(globals);
      await waitForCall(canvasElement, strings);
      const canvas = within(canvasElement);
      // The call is headed by the room's title.
      await expect(
        within(canvas.getByRole('group', { name: strings.roomCall.roleBarLabel })).getByRole('heading', {
          name: 'Telehealth follow-up: Ahmed Hassan',
        }),
      ).toBeVisible();
      await expect(
        canvas.getByText(formatString(strings.roomCall.yourRole, { role: strings.organisers.roles[role].name })),
      ).toBeVisible();
      // The speaking participant is the first of the others; they are unmuted, so "mute" can be offered.
      const speaking = Object.values(CONSULT).find((p) => p.id !== CONSULT[role].id)?.name ?? '';
      await expect(await renderedControls(canvasElement, strings, speaking)).toEqual(DOCUMENTED[role]);
      await expect(restrictionsOf(canvasElement, strings)).toEqual(
        REFUSED[role].map((control) =>
          formatString(strings.roomCall.roleDenied[control], { roles: strings.roomCall.rolePlural[role] }),
        ),
      );
      // "What you can do" lists the matrix's rows for the role.
      await userEvent.click(canvas.getByRole('button', { name: strings.roomCall.whatYouCanDo }));
      const section = canvas.getByRole('region', {
        name: formatString(strings.roomCall.whatYouCanDoHeading, { role: strings.organisers.roles[role].name }),
      });
      await expect(section).toHaveTextContent(strings.participants.canDo.captions);
    },
  };
}

/** A Presenter runs the consult: every control is theirs. */
export const Presenter: Story = roleStory('Presenter', [SPLIT_BUTTONS, FLOATING_LOCAL_VIDEO]);

/** An Attendee speaks and shows video; screen sharing is refused and explained next to the control bar. */
export const Attendee: Story = roleStory('Attendee', [SPLIT_BUTTONS, FLOATING_LOCAL_VIDEO]);

/** A Consumer watches and listens: microphone, camera and sharing are refused, raising a hand is not offered. */
export const Consumer: Story = roleStory('Consumer', [SPLIT_BUTTONS]);

/**
 * A Collaborator speaks, shows video and shares, but manages nobody. communication-react 1.34 never names this role;
 * the kit checks that it gets exactly the documentation's row.
 */
export const Collaborator: Story = roleStory('Collaborator', [SPLIT_BUTTONS, FLOATING_LOCAL_VIDEO]);

/**
 * The call reports `Unknown` and nothing names a role: the kit offers only what every role may do and says why, where
 * communication-react alone would offer removing and muting others.
 */
export const RoleNotKnownYet: Story = {
  loaders: [
    async () => {
      storyClock.reset();
      const userId = CONSULT.Attendee.id;
      const call = createSimulatedCallAdapter({
        userId,
        role: 'Unknown',
        startOn: 'call',
        // No directory here: the call gives the names.
        participants: othersInConsult(userId).map((p) => ({
          ...p,
          role: 'Attendee' as const,
          displayName: Object.values(CONSULT).find((c) => c.id === p.id)?.name,
        })),
      });
      return { world: { rooms: undefined, roomId: undefined, userId, call } };
    },
  ],
  render: (_args, context) => {
    const world = (context.loaded as { world: { call: CallWorld['call']; userId: string } }).world;
    return (
      <Frame>
        <RoomCallComposite
          callAdapter={world.call}
          localUserId={world.userId}
          callCompositeProps={{ fluentTheme: context.globals.theme === 'dark' ? darkTheme : undefined }}
        />
      </Frame>
    );
  },
  parameters: { a11y: { config: { rules: [SPLIT_BUTTONS] } } },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    await waitForCall(canvasElement, strings);
    const s = strings.roomCall;
    await expect(within(canvasElement).getByText(formatString(s.yourRole, { role: s.roleUnknown }))).toBeVisible();
    // Only what every role may do: the Consumer's row.
    const speaking = Object.values(CONSULT).find((p) => p.id !== CONSULT.Attendee.id)?.name ?? '';
    await expect(await renderedControls(canvasElement, strings, speaking)).toEqual(DOCUMENTED.Consumer);
    await expect(restrictionsOf(canvasElement, strings)[0]).toBe(
      formatString(s.unknownDenied, { control: s.controlNames.microphone }),
    );
  },
};

// ---- The room's window ---------------------------------------------------------------------------------------------

/**
 * The physiotherapy session opens in two hours: the waiting screen shows the schedule and a countdown, and the call
 * opens by itself when the room does (the play function moves the story's clock).
 */
export const WaitingRoom: Story = {
  loaders: [
    async () => ({
      world: await createCallWorld({
        userId: personId('Dmitri Volkov'),
        roomId: DEMO_ROOM_IDS.physioLaterToday,
        participants: [],
        call: { startOn: 'configuration' },
      }),
    }),
  ],
  render: renderWorld(),
  // The waiting screen is all the kit's own markup: axe checks it with every rule. Once the room opens, communication-
  // react's configuration page (no split buttons yet) is checked as well.
  parameters: { a11y: { config: { rules: [CONFIGURATION_TITLE] } } },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomCall;
    const canvas = within(canvasElement);
    const timer = await canvas.findByRole('timer');
    await expect(timer).toHaveTextContent(formatString(s.opensIn, { time: '02:00:00' }));
    await expect(
      canvas.getByRole('heading', { name: formatString(s.waitingTitleNamed, { subject: 'Physiotherapy review' }) }),
    ).toBeVisible();
    // The provider hears the clock move, so the countdown shows each jump at once, not on its next tick.
    storyClock.advance(2 * 3600_000 - 2000);
    await waitFor(() =>
      expect(canvas.getByRole('timer')).toHaveTextContent(formatString(s.opensIn, { time: '00:00:02' })),
    );
    storyClock.advance(2000);
    await waitForCall(canvasElement, strings);
    await expect(canvas.queryByRole('timer')).toBeNull();
    await expect(await canvas.findByText(s.roomOpened)).toBeInTheDocument();
  },
};

/** The dermatology consult ended yesterday: an ended screen with its window, and no call. */
export const EndedRoom: Story = {
  loaders: [
    async () => ({
      world: await createCallWorld({
        userId: personId('William Thompson'),
        roomId: DEMO_ROOM_IDS.endedYesterday,
        participants: [],
        call: { startOn: 'configuration' },
      }),
    }),
  ],
  render: renderWorld(),
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).roomCall;
    const canvas = within(canvasElement);
    const title = formatString(s.endedTitleNamed, { subject: 'Dermatology review: William Thompson' });
    await expect(await canvas.findByRole('heading', { name: title })).toBeVisible();
    await expect(canvas.getByText(/2025/)).toBeVisible();
    await expect(canvasElement.querySelector('[data-ui-id="call-composite-microphone-button"]')).toBeNull();
  },
};

/** Grace Kim is not on the consult's invitation list: a not-invited screen, and no call. */
export const NotInvited: Story = {
  loaders: [
    async () => ({
      world: await createCallWorld({
        userId: personId('Grace Kim'),
        participants: [],
        call: { startOn: 'configuration' },
      }),
    }),
  ],
  render: renderWorld(),
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).roomCall;
    const canvas = within(canvasElement);
    const title = formatString(s.notInvitedTitleNamed, { subject: 'Telehealth follow-up: Ahmed Hassan' });
    await expect(await canvas.findByRole('heading', { name: title })).toBeVisible();
    await expect(canvas.getByText(s.notInvitedBody)).toBeVisible();
  },
};

// ---- Changes during the call ---------------------------------------------------------------------------------------

/**
 * Ahmed joins as an Attendee; the organizer makes him a Presenter on the roster, then a Consumer. The service pushes
 * each change into the call: the controls follow at once and a notice says what was gained or lost.
 */
export const RoleChangedMidCall: Story = {
  loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT.Attendee.id }) })],
  render: renderWorld(),
  parameters: { a11y: { config: { rules: [SPLIT_BUTTONS] } } },
  play: async ({ canvasElement, globals, loaded }) => {
    const { world } = loaded as Loaded;
    const strings = stringsOf(globals);
    const s = strings.roomCall;
    const canvas = within(canvasElement);
    await waitForCall(canvasElement, strings);
    await expect(barControl(canvasElement, 'screenShare')).toBe('disabled');

    await world.rooms.upsertParticipants(world.roomId, [{ id: world.userId, role: 'Presenter' }]);
    const promoted = await canvas.findByText(
      formatString(s.roleChangedTitle, { role: strings.participants.roles.Presenter.inSentence }),
    );
    await expect(promoted.closest('[data-notice]')).toHaveTextContent(s.controlNames.screenShare);
    await waitFor(() => expect(barControl(canvasElement, 'screenShare')).toBe('enabled'));
    await expect(restrictionsOf(canvasElement, strings)).toEqual([]);

    await world.rooms.upsertParticipants(world.roomId, [{ id: world.userId, role: 'Consumer' }]);
    const demoted = await canvas.findByText(
      formatString(s.roleChangedTitle, { role: strings.participants.roles.Consumer.inSentence }),
    );
    await expect(demoted.closest('[data-notice]')).toHaveTextContent(s.controlNames.microphone);
    await waitFor(() => expect(barControl(canvasElement, 'microphone')).toBe('disabled'));
    await expect(barControl(canvasElement, 'raiseHand')).toBe('hidden');
    await expect(restrictionsOf(canvasElement, strings)).toContain(
      formatString(s.roleDenied.camera, { roles: s.rolePlural.Consumer }),
    );
  },
};

/**
 * José, the Presenter, manages people from the panel (invited and joined side by side) while Ahmed's own call runs
 * below on the same backend: José makes Ahmed a Consumer and Ahmed's controls follow; José removes Sofía from the
 * room and brings Priya into the call.
 */
export const PresenterManagingPeople: Story = {
  loaders: [
    async () => {
      const presenter = await createCallWorld({
        userId: CONSULT.Presenter.id,
        participants: [{ id: CONSULT.Attendee.id, isSpeaking: true }, { id: CONSULT.Collaborator.id }],
      });
      const attendee = await createCallWorld({
        userId: CONSULT.Attendee.id,
        rooms: presenter.rooms,
        participants: [{ id: CONSULT.Presenter.id }, { id: CONSULT.Collaborator.id }],
      });
      return { presenter, attendee };
    },
  ],
  render: (_args, context) => {
    const { presenter, attendee } = context.loaded as { presenter: CallWorld; attendee: CallWorld };
    return (
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <Frame label={CONSULT.Presenter.name}>
          {compositeFor(presenter, context, { defaultPeoplePanelOpen: true })}
        </Frame>
        <Frame label={CONSULT.Attendee.name}>{compositeFor(attendee, context)}</Frame>
      </div>
    );
  },
  parameters: { a11y: { config: { rules: [SPLIT_BUTTONS, TWO_CALLS_ON_ONE_PAGE] } } },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomCall;
    const canvas = within(canvasElement);
    const joseRoot = canvas.getByRole('region', { name: CONSULT.Presenter.name });
    const ahmedRoot = canvas.getByRole('region', { name: CONSULT.Attendee.name });
    const jose = within(joseRoot);
    const ahmed = within(ahmedRoot);
    await waitForCall(joseRoot, strings);
    await waitForCall(ahmedRoot, strings);
    await expect(
      ahmed.getByText(formatString(s.yourRole, { role: strings.organisers.roles.Attendee.name })),
    ).toBeVisible();

    const panel = await jose.findByRole('complementary', { name: s.peoplePanelTitle });
    await expect(within(panel).getByRole('list', { name: formatString(s.invitedHeading, { count: 4 }) })).toBeVisible();
    await expect(within(panel).getByRole('list', { name: formatString(s.joinedHeading, { count: 3 }) })).toBeVisible();

    await userEvent.click(
      within(panel).getByRole('combobox', { name: formatString(s.roleOf, { name: CONSULT.Attendee.name }) }),
    );
    await userEvent.click(
      await within(document.body).findByRole('option', { name: strings.organisers.roles.Consumer.name }),
    );
    await expect(
      await ahmed.findByText(formatString(s.yourRole, { role: strings.organisers.roles.Consumer.name })),
    ).toBeVisible();
    await waitFor(() => expect(barControl(ahmedRoot, 'microphone')).toBe('disabled'));
    await expect(barControl(ahmedRoot, 'camera')).toBe('disabled');
    await expect(ahmed.getByText(formatString(s.roleDenied.camera, { roles: s.rolePlural.Consumer }))).toBeVisible();

    await userEvent.click(
      within(panel).getByRole('button', {
        name: formatString(s.removeFromRoomLabel, { name: CONSULT.Collaborator.name }),
      }),
    );
    const confirm = within(panel).getByRole('group', {
      name: formatString(s.confirmRemoveTitle, { name: CONSULT.Collaborator.name }),
    });
    await userEvent.click(within(confirm).getByRole('button', { name: s.removeFromRoom }));
    await expect(
      await within(panel).findByRole('list', { name: formatString(s.invitedHeading, { count: 3 }) }),
    ).toBeVisible();
    await expect(jose.getByText(formatString(s.removeDone, { name: CONSULT.Collaborator.name }))).toBeInTheDocument();

    await userEvent.click(
      within(panel).getByRole('button', { name: formatString(s.inviteToCallLabel, { name: CONSULT.Consumer.name }) }),
    );
    await expect(
      await within(panel).findByRole('list', { name: formatString(s.joinedHeading, { count: 3 }) }),
    ).toBeVisible();
  },
};

/**
 * José's people panel while the roster changes elsewhere (a roster editor in another tab): Ahmed, who has joined the
 * room's one shared call from his own device, is made a Consumer, and both columns say so at once; Sofía is taken off
 * the roster and leaves the invited list. Who is "In the call" is who really joined: Sofía and Priya never did.
 */
export const PeoplePanelFollowsRoster: Story = {
  loaders: [
    async () => {
      const world = await createCallWorld({ userId: CONSULT.Presenter.id, participants: [] });
      // Ahmed's own call, on his own device: not shown here, but in the same call.
      const ahmed = await createCallWorld({ userId: CONSULT.Attendee.id, rooms: world.rooms, participants: [] });
      return { world, ahmed };
    },
  ],
  render: renderWorld({ defaultPeoplePanelOpen: true }),
  parameters: { a11y: { config: { rules: [SPLIT_BUTTONS, FLOATING_LOCAL_VIDEO] } } },
  play: async ({ canvasElement, globals, loaded }) => {
    const { world } = loaded as Loaded;
    const strings = stringsOf(globals);
    const s = strings.roomCall;
    await waitForCall(canvasElement, strings);
    const panel = await within(canvasElement).findByRole('complementary', { name: s.peoplePanelTitle });
    const column = (heading: string, count: number) =>
      within(panel).getByRole('list', { name: formatString(heading, { count }) });
    const entryOf = (list: HTMLElement, id: string) => list.querySelector(`li[data-person="${id}"]`);
    await waitFor(() => expect(column(s.joinedHeading, 2)).toBeVisible());
    await expect(entryOf(column(s.joinedHeading, 2), CONSULT.Attendee.id)).not.toBeNull();
    await expect(entryOf(column(s.invitedHeading, 4), CONSULT.Collaborator.id)).toHaveTextContent(s.notJoined);

    await world.rooms.upsertParticipants(world.roomId, [{ id: CONSULT.Attendee.id, role: 'Consumer' }]);
    await waitFor(() =>
      expect(entryOf(column(s.invitedHeading, 4), CONSULT.Attendee.id)).toHaveAttribute('data-role', 'Consumer'),
    );
    await waitFor(() =>
      expect(entryOf(column(s.joinedHeading, 2), CONSULT.Attendee.id)).toHaveAttribute('data-role', 'Consumer'),
    );
    await expect(
      within(panel).getByRole('combobox', { name: formatString(s.roleOf, { name: CONSULT.Attendee.name }) }),
    ).toHaveTextContent(strings.organisers.roles.Consumer.name);

    await world.rooms.removeParticipants(world.roomId, [CONSULT.Collaborator.id]);
    await waitFor(() => expect(column(s.invitedHeading, 3)).toBeVisible());
    await expect(entryOf(column(s.invitedHeading, 3), CONSULT.Collaborator.id)).toBeNull();
  },
};

// ---- Themes and direction ------------------------------------------------------------------------------------------

/** The Presenter's call in the dark theme: the kit's parts follow Fluent v9, communication-react its dark theme. */
export const PresenterDark: Story = {
  ...roleStory('Presenter', [SPLIT_BUTTONS, FLOATING_LOCAL_VIDEO]),
  globals: { theme: 'dark' },
};

/** The Attendee's call right to left: the role bar, the reasons and communication-react's controls mirror. */
export const AttendeeRightToLeft: Story = {
  ...roleStory('Attendee', [SPLIT_BUTTONS, FLOATING_LOCAL_VIDEO]),
  globals: { direction: 'rtl' },
  play: async (context) => {
    await roleStory('Attendee', []).play?.(context);
    await expect(context.canvasElement.querySelector('.rk-RoomCallComposite')?.closest('[dir]')).toHaveAttribute(
      'dir',
      'rtl',
    );
  },
};

/** The Consumer's call in German: the kit's strings and communication-react's own German locale. */
export const ConsumerGerman: Story = {
  ...roleStory('Consumer', [SPLIT_BUTTONS, GERMAN_SPLIT_BUTTON_NAMES]),
  globals: { locale: 'de-DE' },
};
