import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RoomCallComposite } from '../../src/call';
import { formatString } from '../../src/core/format';
import type { RoomRole } from '../../src/core/roles';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import type { SimulatedCallAdapter } from '../../src/testing';
import { CONSULT, createCallWorld, storyClock, type CallWorld } from './callWorld';

/**
 * Moderation in the room call: José Álvarez, the consult's Presenter, runs it from the people panel while the others
 * are in the same shared call from their own devices (not shown). Every action goes to the in-memory backend as José,
 * the signed-in user, which checks his roster role and has the call carry it out; the people affected hear about it
 * in their own call. Another story shows Ahmed's own call as José moderates it from elsewhere.
 */
const meta = {
  title: 'Rooms/RoomCallComposite/Moderation',
  component: RoomCallComposite,
  parameters: {
    roomsKit: { clock: storyClock, timeZone: 'Europe/Berlin' },
    docs: { story: { inline: false, iframeHeight: 760 } },
  },
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

/** The one whose call is shown, and everyone else's own calls. */
type Consult = { world: CallWorld; others: Partial<Record<RoomRole, SimulatedCallAdapter>> };

interface ConsultOptions {
  /** Whose call is shown. */
  viewer: RoomRole;
  /** Who else joins, each from their own device. */
  others: RoomRole[];
  /** Who raises a hand, in this order. */
  hands?: RoomRole[];
  /** Who talks (and so is unmuted). */
  talking?: RoomRole[];
}

async function consult(options: ConsultOptions): Promise<Consult> {
  const world = await createCallWorld({
    userId: CONSULT[options.viewer].id,
    currentUser: CONSULT.Presenter.id,
    participants: [],
  });
  const others: Consult['others'] = {};
  for (const role of options.others) {
    const own = await createCallWorld({ userId: CONSULT[role].id, rooms: world.rooms, participants: [] });
    others[role] = own.call;
  }
  for (const role of options.talking ?? []) await others[role]?.setLocalSpeaking(true);
  for (const role of options.hands ?? []) await others[role]?.raiseHand();
  return { world, others };
}

function stringsOf(globals: Record<string, unknown>): RoomsKitStrings {
  return stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');
}

function render(panelOpen = true): Story['render'] {
  return (_args, context: StoryContext): ReactElement => {
    const { world } = context.loaded as Consult;
    return (
      <section aria-label="Call" style={{ height: 720, display: 'flex', flexDirection: 'column' }}>
        <RoomCallComposite
          callAdapter={world.call}
          roomsAdapter={world.rooms}
          roomId={world.roomId}
          localUserId={world.userId}
          defaultPeoplePanelOpen={panelOpen}
        />
      </section>
    );
  };
}

async function panelOf(root: HTMLElement, strings: RoomsKitStrings): Promise<HTMLElement> {
  return within(root).findByRole('complementary', { name: strings.roomCall.peoplePanelTitle });
}

/** Opens a person's actions menu from the keyboard and gives its items. */
async function openActions(panel: HTMLElement, strings: RoomsKitStrings, name: string): Promise<HTMLElement> {
  const button = await within(panel).findByRole('button', {
    name: formatString(strings.roomCall.moderation.actionsLabel, { name }),
  });
  button.focus();
  await userEvent.keyboard('{Enter}');
  return within(document.body).findByRole('menu');
}

async function choose(menu: HTMLElement, label: string): Promise<void> {
  await userEvent.click(within(menu).getByRole('menuitem', { name: label }));
  await waitFor(() => expect(within(document.body).queryByRole('menu')).toBeNull());
}

function joinedEntry(panel: HTMLElement, id: string): HTMLElement | null {
  const lists = within(panel).getAllByRole('list');
  const joined = lists.find((l) => l.getAttribute('aria-labelledby')?.endsWith('-joined'));
  return joined?.querySelector<HTMLElement>(`li[data-person="${id}"]`) ?? null;
}

/** Text up to its first placeholder, as a pattern: "Raised hands ({count})" finds "Raised hands (2)". */
function startOf(template: string): RegExp {
  const [start = ''] = template.split('{');
  return new RegExp(start.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

async function statusSays(root: HTMLElement, text: string): Promise<void> {
  await waitFor(() => expect(root.querySelector('.rk-RoomCallComposite > [role="status"]')).toHaveTextContent(text));
}

// ---- The presenter's panel ------------------------------------------------------------------------------------------

/**
 * José's panel with two hands up, Priya's after Ahmed's: the queue lists them first raised first with how long each
 * has waited, and each person's menu offers Lower hand.
 */
export const PresenterWithHandsRaised: Story = {
  loaders: [
    async () =>
      consult({ viewer: 'Presenter', others: ['Attendee', 'Collaborator'], hands: ['Collaborator', 'Attendee'] }),
  ],
  render: render(),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const panel = await panelOf(canvasElement, strings);
    const queue = await within(panel).findByRole('list', { name: startOf(strings.lobby.raisedHandQueue.heading) });
    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(queue).getAllByRole('listitem');
    await expect(first).toHaveTextContent(CONSULT.Collaborator.name);
    await expect(second).toHaveTextContent(CONSULT.Attendee.name);
    const menu = await openActions(panel, strings, CONSULT.Attendee.name);
    await expect(
      within(menu).getByRole('menuitem', { name: strings.roomCall.moderation.lowerHand }),
    ).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
  },
};

/** José mutes Ahmed, who is talking, from Ahmed's menu: Ahmed's own call is muted and the panel says so. */
export const MuteOne: Story = {
  loaders: [async () => consult({ viewer: 'Presenter', others: ['Attendee'], talking: ['Attendee'] })],
  render: render(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { others } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    await choose(await openActions(panel, strings, CONSULT.Attendee.name), m.mute);
    await waitFor(() => expect(others.Attendee?.getState().call?.isMuted).toBe(true));
    await statusSays(canvasElement, formatString(m.done.mute, { name: CONSULT.Attendee.name }));
    await waitFor(() => expect(joinedEntry(panel, CONSULT.Attendee.id)).toHaveTextContent(strings.roomCall.muted));
  },
};

/** Ahmed and Sofía both talk; José mutes everyone else at once from above the list. */
export const MuteAll: Story = {
  loaders: [
    async () =>
      consult({ viewer: 'Presenter', others: ['Attendee', 'Collaborator'], talking: ['Attendee', 'Collaborator'] }),
  ],
  render: render(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { others } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    const bar = within(panel).getByRole('group', { name: m.toolbarLabel });
    await userEvent.click(within(bar).getByRole('button', { name: m.muteAll }));
    await waitFor(() => expect(others.Attendee?.getState().call?.isMuted).toBe(true));
    await expect(others.Collaborator?.getState().call?.isMuted).toBe(true);
    await statusSays(canvasElement, m.done.muteAll);
    // Nothing left to mute: the button stays, and says why.
    await waitFor(() =>
      expect(within(bar).getByRole('button', { name: m.muteAll })).toHaveAttribute('aria-disabled', 'true'),
    );
    await expect(within(bar).getByRole('button', { name: m.muteAll })).toHaveAccessibleDescription(m.everyoneMuted);
  },
};

/** José lowers Sofía's hand from her menu, then every other hand from the queue. */
export const LowerOneAndAll: Story = {
  loaders: [
    async () =>
      consult({ viewer: 'Presenter', others: ['Attendee', 'Collaborator'], hands: ['Collaborator', 'Attendee'] }),
  ],
  render: render(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { others } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    const queue = await within(panel).findByRole('list', { name: startOf(strings.lobby.raisedHandQueue.heading) });
    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(2));
    await choose(await openActions(panel, strings, CONSULT.Collaborator.name), m.lowerHand);
    await waitFor(() =>
      expect(others.Collaborator?.getState().call?.raiseHand.localParticipantRaisedHand).toBeUndefined(),
    );
    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(1));
    await userEvent.click(within(panel).getByRole('button', { name: m.lowerAllHands }));
    await waitFor(() => expect(others.Attendee?.getState().call?.raiseHand.localParticipantRaisedHand).toBeUndefined());
    await expect(await within(panel).findByText(strings.lobby.raisedHandQueue.empty)).toBeVisible();
  },
};

/**
 * Priya, a Consumer, only listens. José invites her to speak: for this call she is an Attendee and her microphone
 * is hers; the queue lists her as speaking. Return to listener gives her Consumer role back.
 */
export const InviteToSpeakAndReturn: Story = {
  loaders: [async () => consult({ viewer: 'Presenter', others: ['Consumer'] })],
  render: render(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { others } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    await choose(await openActions(panel, strings, CONSULT.Consumer.name), m.inviteToSpeak);
    await waitFor(() => expect(others.Consumer?.getState().call?.role).toBe('Attendee'));
    await statusSays(
      canvasElement,
      formatString(m.done.inviteToSpeak, {
        name: CONSULT.Consumer.name,
        role: strings.organisers.roles.Attendee.inSentence,
      }),
    );
    await expect(
      await within(panel).findByRole('region', { name: startOf(strings.lobby.raisedHandQueue.speakingHeading) }),
    ).toHaveTextContent(CONSULT.Consumer.name);
    await choose(await openActions(panel, strings, CONSULT.Consumer.name), m.returnToListener);
    await waitFor(() => expect(others.Consumer?.getState().call?.role).toBe('Consumer'));
    await statusSays(
      canvasElement,
      formatString(m.done.returnToListener, {
        name: CONSULT.Consumer.name,
        role: strings.organisers.roles.Consumer.inSentence,
      }),
    );
  },
};

/** José puts Ahmed on everyone's main stage, then takes him off it. */
export const Spotlight: Story = {
  loaders: [async () => consult({ viewer: 'Presenter', others: ['Attendee'] })],
  render: render(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { others } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    await choose(await openActions(panel, strings, CONSULT.Attendee.name), m.spotlight);
    await waitFor(() => expect(others.Attendee?.getState().call?.spotlight?.localParticipantSpotlight).toBeDefined());
    const menu = await openActions(panel, strings, CONSULT.Attendee.name);
    await choose(menu, m.stopSpotlight);
    await waitFor(() => expect(others.Attendee?.getState().call?.spotlight?.localParticipantSpotlight).toBeUndefined());
    await statusSays(canvasElement, formatString(m.done.spotlightOff, { name: CONSULT.Attendee.name }));
  },
};

/** José removes Sofía from the call (she stays invited): she leaves the call column. */
export const Remove: Story = {
  loaders: [async () => consult({ viewer: 'Presenter', others: ['Attendee', 'Collaborator'] })],
  render: render(),
  play: async ({ canvasElement, globals, loaded }) => {
    const { others } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    await choose(await openActions(panel, strings, CONSULT.Collaborator.name), m.removeFromCall);
    await waitFor(() => expect(others.Collaborator?.getState().call).toBeUndefined());
    await waitFor(() => expect(joinedEntry(panel, CONSULT.Collaborator.id)).toBeNull());
    await statusSays(canvasElement, formatString(m.done.remove, { name: CONSULT.Collaborator.name }));
  },
};

// ---- Ending the call for everyone --------------------------------------------------------------------------------------

/** "End for everyone" asks first; the room can be closed too. The dialog as José meets it, the box ticked. */
export const EndForEveryoneDialog: Story = {
  loaders: [async () => consult({ viewer: 'Presenter', others: ['Attendee'] })],
  render: render(),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    await userEvent.click(within(panel).getByRole('button', { name: m.endForEveryone }));
    const dialog = await within(document.body).findByRole('alertdialog', { name: m.endDialogTitle });
    const box = within(dialog).getByRole('checkbox', { name: m.endDialogCloseRoom });
    await expect(box).not.toBeChecked();
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await expect(box).toHaveAccessibleDescription(m.endDialogCloseRoomHint);
  },
};

function endStory(closeRoom: boolean): Story {
  return {
    loaders: [async () => consult({ viewer: 'Presenter', others: ['Attendee'] })],
    render: render(),
    play: async ({ canvasElement, globals, loaded }) => {
      const { world, others } = loaded as Consult;
      const strings = stringsOf(globals);
      const m = strings.roomCall.moderation;
      const panel = await panelOf(canvasElement, strings);
      await userEvent.click(within(panel).getByRole('button', { name: m.endForEveryone }));
      const dialog = await within(document.body).findByRole('alertdialog', { name: m.endDialogTitle });
      if (closeRoom) await userEvent.click(within(dialog).getByRole('checkbox', { name: m.endDialogCloseRoom }));
      await userEvent.click(within(dialog).getByRole('button', { name: m.endDialogConfirm }));
      const title = closeRoom ? m.youEndedAndClosedTitle : m.youEndedTitle;
      await expect(await within(canvasElement).findByRole('heading', { name: title })).toBeVisible();
      await waitFor(() => expect(others.Attendee?.getState().call).toBeUndefined());
      const room = await world.rooms.getRoom(world.roomId);
      // Closing ends the room's window now (the service wants it a little ahead); keeping it leaves it as it was.
      await expect(room.validUntil.getTime() <= storyClock.now().getTime() + 60_000).toBe(closeRoom);
    },
  };
}

/** José ends the call for everyone and keeps the room open: everyone's call ends, and he sees it did. */
export const EndForEveryone: Story = endStory(false);

/** The same, closing the room now so nobody can join again. */
export const EndForEveryoneAndCloseRoom: Story = endStory(true);

// ---- What the others see ---------------------------------------------------------------------------------------------

/**
 * Ahmed's own call while José moderates from elsewhere: he is muted, and told by whom; then José ends the call for
 * everyone and closes the room, and Ahmed's end screen says who did it and that the room is closed.
 */
export const MutedAttendeeAnnouncement: Story = {
  loaders: [async () => consult({ viewer: 'Attendee', others: ['Presenter'] })],
  render: render(false),
  play: async ({ canvasElement, globals, loaded }) => {
    const { world } = loaded as Consult;
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    await within(canvasElement).findByRole('group', { name: strings.roomCall.roleBarLabel });
    await world.call.setLocalSpeaking(true);
    await world.rooms.moderateCall(world.roomId, { type: 'mute', userId: world.userId });
    const said = formatString(m.youWereMuted, { name: CONSULT.Presenter.name });
    await statusSays(canvasElement, said);
    // The toast fades in; it is what a sighted user reads once it has.
    const toast = await within(document.body).findByText(said, { selector: '.fui-ToastTitle, .fui-ToastTitle *' });
    await waitFor(() => expect(toast).toBeVisible());
    await world.rooms.moderateCall(world.roomId, { type: 'endForEveryone', closeRoom: true });
    await expect(
      await within(canvasElement).findByRole('heading', {
        name: formatString(m.endedAndClosedByTitle, { name: CONSULT.Presenter.name }),
      }),
    ).toBeVisible();
  },
};

/**
 * Ahmed, an Attendee, opens José's actions: every one is there and disabled, and each says why; so do the actions on
 * the whole call. He reaches each by keyboard.
 */
export const AttendeeSeesWhy: Story = {
  loaders: [async () => consult({ viewer: 'Attendee', others: ['Presenter'], hands: ['Presenter'] })],
  render: render(),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const m = strings.roomCall.moderation;
    const panel = await panelOf(canvasElement, strings);
    const bar = within(panel).getByRole('group', { name: m.toolbarLabel });
    await expect(within(bar).getByRole('button', { name: m.muteAll })).toHaveAccessibleDescription(m.deniedMuteOthers);
    await expect(within(bar).getByRole('button', { name: m.endForEveryone })).toHaveAccessibleDescription(
      m.deniedRemoveParticipant,
    );
    const menu = await openActions(panel, strings, CONSULT.Presenter.name);
    const items = within(menu).getAllByRole('menuitem');
    await expect(items).toHaveLength(5);
    for (const item of items) await expect(item).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(items[0]).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(items[1]).toHaveFocus();
    await expect(items[1]).toHaveAccessibleDescription(m.deniedMuteOthers);
    await expect(items[4]).toHaveAccessibleDescription(m.deniedRemoveParticipant);
  },
};
