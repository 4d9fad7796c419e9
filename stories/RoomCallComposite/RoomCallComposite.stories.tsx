import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { ReactElement, ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RoomCallComposite, type RoomCallCompositeProps } from '../../src/call';
import { formatString } from '../../src/core/format';
import type { RoomRole } from '../../src/core/roles';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import { DEMO_ROOM_IDS, createSimulatedCallAdapter } from '../../src/testing';
import { CONSULT, createCallWorld, othersInConsult, personId, storyClock, type CallWorld } from './callWorld';
import { barControl, renderedControls, type RenderedControls } from './renderedControls';
import { fill, plainText } from '../shared/storyText';

/**
 * The room call, on a simulated call adapter with no network: each role in a live call, the waiting room with its
 * countdown, an ended room, someone not invited, a role changed mid-call, and a Presenter managing people. The clock
 * is fixed at Monday 2 June 2025, 11:00 in Berlin, and the waiting room's play function moves it forward.
 *
 * axe runs on every story with every rule and no exception: the kit mends communication-react's call from outside
 * (its own microphone and camera buttons, the local tile in the grid, names for each call's regions). The call takes
 * the page's Fluent theme by itself, so the toolbar's theme is the call's.
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
      {...extra}
    />
  );
}

function renderWorld(extra: Partial<RoomCallCompositeProps> = {}): Story['render'] {
  return (_args, context) => <Frame>{compositeFor((context.loaded as Loaded).world, context, extra)}</Frame>;
}

/** The background the call paints, as the page computes it: the first of its boxes that is not transparent. */
function callBackground(root: HTMLElement): string {
  const call = root.querySelector<HTMLElement>('.rk-RoomCallComposite__call');
  const boxes = call ? [...call.querySelectorAll<HTMLElement>('*')] : [];
  const painted = boxes.find(
    (box) => !/^rgba\(0, 0, 0, 0\)$|^transparent$/.test(getComputedStyle(box).backgroundColor),
  );
  return painted ? getComputedStyle(painted).backgroundColor : '';
}

/** Relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
function luminanceOf(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The call paints the page's own background: the host's Fluent theme, light or dark, reaches communication-react. */
async function expectCallFollowsTheme(root: HTMLElement): Promise<void> {
  const page = getComputedStyle(root.querySelector<HTMLElement>('.rk-RoomCallComposite') ?? root).backgroundColor;
  await waitFor(() => expect(callBackground(root)).toBe(page));
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Nothing of the call reaches past its container, and no reason for a disabled control lies under a button. */
async function expectCallFits(root: HTMLElement, strings: RoomsKitStrings): Promise<void> {
  const kit = root.querySelector<HTMLElement>('.rk-RoomCallComposite');
  if (!kit) throw new Error('no call rendered');
  // Once communication-react has laid itself out for the width it was given (its phone layout below 600 px).
  await waitFor(() => expect(kit.scrollWidth).toBeLessThanOrEqual(kit.clientWidth));
  const frame = root.querySelector<HTMLElement>('[data-width]');
  if (frame) await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  const list = within(root).queryByRole('list', { name: strings.roomCall.restrictionsLabel });
  const reasons = list ? within(list).getAllByRole('listitem') : [];
  const buttons = [
    ...kit.querySelectorAll<HTMLElement>(
      '.rk-RoomCallComposite__call button, .rk-RoomCallComposite__call [role="button"]',
    ),
  ]
    .map((b) => b.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  for (const reason of reasons) {
    const box = reason.getBoundingClientRect();
    // Readable in full: inside the call's box, not cut off, and clear of every button.
    await expect(box.right).toBeLessThanOrEqual(kit.getBoundingClientRect().right + 0.5);
    await expect(reason.scrollWidth).toBeLessThanOrEqual(reason.clientWidth + 1);
    await expect(buttons.filter((b) => intersects(b, box))).toEqual([]);
  }
}

/** A story's call in a container of a fixed width, as a host page's column or a phone gives it. */
function fixedWidth(width: number): NonNullable<Story['decorators']> {
  return [
    (Story) => (
      <div data-width={width} style={{ width, maxWidth: 'none', overflow: 'hidden' }}>
        <Story />
      </div>
    ),
  ];
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

function roleStory(role: RoomRole): Story {
  return {
    loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT[role].id }) })],
    render: renderWorld(),
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
        canvas.getByText(
          plainText(formatString(strings.roomCall.yourRole, { role: strings.organisers.roles[role].name })),
        ),
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
      await expectCallFollowsTheme(canvasElement);
      await expectCallFits(canvasElement, strings);
    },
  };
}

/** A Presenter runs the consult: every control is theirs. */
export const Presenter: Story = roleStory('Presenter');

/** An Attendee speaks and shows video; screen sharing is refused and explained next to the control bar. */
export const Attendee: Story = roleStory('Attendee');

/** A Consumer watches and listens: microphone, camera and sharing are refused, raising a hand is not offered. */
export const Consumer: Story = roleStory('Consumer');

/**
 * A Collaborator speaks, shows video and shares, but manages nobody. communication-react 1.34 never names this role;
 * the kit checks that it gets exactly the documentation's row.
 */
export const Collaborator: Story = roleStory('Collaborator');

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
        <RoomCallComposite callAdapter={world.call} localUserId={world.userId} />
      </Frame>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    await waitForCall(canvasElement, strings);
    const s = strings.roomCall;
    await expect(
      within(canvasElement).getByText(plainText(formatString(s.yourRole, { role: s.roleUnknown }))),
    ).toBeVisible();
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
  // The waiting screen is all the kit's own markup; once the room opens, communication-react's configuration page
  // (its title left to the kit's role bar) is checked too.
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
      ahmed.getByText(plainText(formatString(s.yourRole, { role: strings.organisers.roles.Attendee.name }))),
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
      await ahmed.findByText(plainText(formatString(s.yourRole, { role: strings.organisers.roles.Consumer.name }))),
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
  ...roleStory('Presenter'),
  globals: { theme: 'dark' },
  play: async (context) => {
    await roleStory('Presenter').play?.(context);
    // Nothing passes a theme to communication-react: the call is dark because the page is.
    await expect(luminanceOf(callBackground(context.canvasElement))).toBeLessThan(0.05);
  },
};

/** The Attendee's call right to left: the role bar, the reasons and communication-react's controls mirror. */
export const AttendeeRightToLeft: Story = {
  ...roleStory('Attendee'),
  globals: { direction: 'rtl' },
  play: async (context) => {
    await roleStory('Attendee').play?.(context);
    await expect(context.canvasElement.querySelector('.rk-RoomCallComposite')?.closest('[dir]')).toHaveAttribute(
      'dir',
      'rtl',
    );
  },
};

/** The Consumer's call in German: the kit's strings and communication-react's own German locale. */
export const ConsumerGerman: Story = {
  ...roleStory('Consumer'),
  globals: { locale: 'de-DE' },
};

// ---- Any container ---------------------------------------------------------------------------------------------------

/**
 * Priya, a Consumer, on a phone 360 px wide: the call takes communication-react's phone layout, nothing reaches past
 * the screen, and every reason for a refused control is readable above the controls, not under them.
 */
export const ConsumerOnAPhone: Story = {
  loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT.Consumer.id }) })],
  decorators: fixedWidth(360),
  render: renderWorld(),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    await waitForCall(canvasElement, strings);
    // The phone layout: communication-react's own plain microphone button, no split button, a "more" drawer.
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-ui-id="common-call-composite-more-button"]')).not.toBeNull(),
    );
    await expect(barControl(canvasElement, 'microphone')).toBe('disabled');
    await expect(restrictionsOf(canvasElement, strings)).toHaveLength(3);
    await expectCallFits(canvasElement, strings);
    await expectCallFollowsTheme(canvasElement);
  },
};

/**
 * José, the Presenter, on a wide screen (1,920 px) with the people panel open: every control keeps its label and
 * nothing overlaps, the red hang-up button least of all the People button.
 */
export const PresenterWideWithPeoplePanel: Story = {
  loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT.Presenter.id }) })],
  decorators: fixedWidth(1920),
  render: renderWorld({ defaultPeoplePanelOpen: true }),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    await waitForCall(canvasElement, strings);
    await within(canvasElement).findByRole('complementary', { name: strings.roomCall.peoplePanelTitle });
    const hangUp = await waitFor(() => {
      const element = canvasElement.querySelector<HTMLElement>('[data-ui-id="call-composite-hangup-button"]');
      if (!element) throw new Error('no hang-up button yet');
      return element;
    });
    const people = canvasElement.querySelector<HTMLElement>('[data-ui-id="common-call-composite-people-button"]');
    if (!people) throw new Error('no People button');
    await waitFor(() => expect(intersects(hangUp.getBoundingClientRect(), people.getBoundingClientRect())).toBe(false));
    const bar = [...canvasElement.querySelectorAll<HTMLElement>('.rk-RoomCallComposite__call button')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0);
    for (const [i, a] of bar.entries()) for (const b of bar.slice(i + 1)) await expect(intersects(a, b)).toBe(false);
    // Wide enough for labels: the microphone button says what it does.
    const s = strings.roomCall;
    const mic = within(canvasElement).getByRole('button', {
      name: new RegExp(`^(${s.muteMicrophone}|${s.unmuteMicrophone})$`),
    });
    await expect(mic.textContent).toMatch(new RegExp(`${s.muteMicrophone}|${s.unmuteMicrophone}`));
    await expectCallFits(canvasElement, strings);
  },
};

/**
 * Priya, a Consumer, is the first in the call: communication-react shows no tile for her and none for a listener,
 * so the stage says in plain words what will appear there.
 */
export const ConsumerAlone: Story = {
  loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT.Consumer.id, participants: [] }) })],
  render: renderWorld(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { world } = loaded as Loaded;
    const strings = stringsOf(globals);
    await waitForCall(canvasElement, strings);
    const message = await within(canvasElement).findByText(strings.roomCall.stageEmpty);
    await expect(message).toBeVisible();
    // On top of the stage, not painted over by it.
    const box = message.getBoundingClientRect();
    await expect(message.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2))).toBe(true);
    // Someone who speaks joins: the stage shows them, and the message gives way.
    world.call.addRemoteParticipant({ id: CONSULT.Presenter.id });
    await waitFor(() => expect(within(canvasElement).queryByText(strings.roomCall.stageEmpty)).toBeNull());
  },
};

/**
 * A presenter whom only a listener has joined: the stage says who is there, not communication-react's "Waiting for
 * others to join"; a speaker who joins takes the stage.
 */
export const PresenterWithOnlyListeners: Story = {
  loaders: [
    async () => ({
      world: await createCallWorld({ userId: CONSULT.Presenter.id, participants: [{ id: CONSULT.Consumer.id }] }),
    }),
  ],
  render: renderWorld(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { world } = loaded as Loaded;
    const strings = stringsOf(globals);
    await waitForCall(canvasElement, strings);
    const canvas = within(canvasElement);
    const listening = fill(globals, strings.roomCall.onlyListeners, { count: 1 });
    // The sentence is isolated from the page's direction (U+2068 … U+2069), so it reads the same on either.
    await expect(await canvas.findByText(`\u2068${listening}\u2069`, { normalizer: (text) => text })).toBeVisible();
    await expect(canvas.queryByText('Waiting for others to join')).toBeNull();
    world.call.addRemoteParticipant({ id: CONSULT.Attendee.id });
    await waitFor(() => expect(canvas.queryByText(listening, { exact: false })).toBeNull());
  },
};

/**
 * Devices during the call: the control bar's Devices button opens a dialog with the microphone, speaker and camera
 * lists; a choice is made at once, and closing gives the focus back to the button.
 */
export const ChooseDevices: Story = {
  loaders: [async () => ({ world: await createCallWorld({ userId: CONSULT.Presenter.id }) })],
  render: renderWorld(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { world } = loaded as Loaded;
    const strings = stringsOf(globals);
    const s = strings.roomCall.devices;
    await waitForCall(canvasElement, strings);
    const button = await within(canvasElement).findByRole('button', { name: s.button });
    await userEvent.click(button);
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: s.title });
    const microphone = within(dialog).getByRole('combobox', { name: s.microphone });
    await expect(microphone).toHaveTextContent('Simulated microphone');
    await expect(within(dialog).getByRole('combobox', { name: s.speaker })).toHaveTextContent('Simulated speakers');
    await expect(within(dialog).getByRole('combobox', { name: s.camera })).toHaveTextContent('Simulated camera');
    await userEvent.click(microphone);
    await userEvent.click(await body.findByRole('option', { name: 'Simulated headset microphone' }));
    await waitFor(() => expect(world.call.getState().devices.selectedMicrophone?.id).toBe('simulated-mic-2'));
    await expect(microphone).toHaveTextContent('Simulated headset microphone');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog', { name: s.title })).toBeNull());
    await expect(button).toHaveFocus();
  },
};
