// @vitest-environment jsdom
import '../setup/callComposite';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RoomsAdapter } from '../../src/adapter/types';
import { RoomCallComposite, type RoomCallLocalNotice, type RoomCallCompositeProps } from '../../src/call';
import { RoomsError } from '../../src/core/errors';
import { formatString } from '../../src/core/format';
import type { CallModerationAction, CallModerationResult } from '../../src/core/moderation';
import type { RoomRole } from '../../src/core/roles';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';
import {
  createSeededRoomsAdapter,
  createSimulatedCallAdapter,
  defaultPerson,
  DEMO_ROOM_IDS,
  type SimulatedCallAdapter,
  type SimulatedParticipantInput,
} from '../../src/testing';

const NOW = new Date('2025-06-02T09:00:00Z');
const S = EN_STRINGS.roomCall;
const M = S.moderation;
const ROOM = DEMO_ROOM_IDS.openConsult;

const idOf = (name: string): string => defaultPerson(name).id;
const CONSULT = {
  Presenter: idOf('José Álvarez'),
  Attendee: idOf('Ahmed Hassan'),
  Collaborator: idOf('Sofía Ramírez'),
  Consumer: idOf('Priya Natarajan'),
} as const satisfies Record<RoomRole, string>;

/**
 * Fluent's menus move focus with tabster, which skips what has no layout: jsdom lays nothing out, so every element
 * would count as hidden. Give the page the two facts tabster reads (a laid-out body, a parent for offsets) for this
 * file only; where things really are is the stories' business, in Chromium.
 */
const layout = {
  offsetParent: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent'),
  bodyRect: document.body.getBoundingClientRect.bind(document.body),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected ? this.parentElement : null;
    },
  });
  document.body.getBoundingClientRect = () => new DOMRect(0, 0, 1280, 800);
});
afterAll(() => {
  if (layout.offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', layout.offsetParent);
  document.body.getBoundingClientRect = layout.bodyRect;
});

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
});

type Moderate = (roomId: string, action: CallModerationAction) => Promise<CallModerationResult>;

/**
 * The consult as `role` sees it, on the seeded backend with `moderateCall` replaced by a spy: the call's other
 * people are scripted, so what the backend would do to them is the spy's to decide.
 */
async function consultAs(
  role: RoomRole,
  options: {
    participants?: SimulatedParticipantInput[];
    moderate?: Moderate;
    props?: Partial<RoomCallCompositeProps>;
  } = {},
) {
  const rooms = createSeededRoomsAdapter({ now: () => NOW, seed: 1 });
  const moderateCall = vi.fn<Moderate>(options.moderate ?? (async () => ({ affected: 1 })));
  const adapter: RoomsAdapter = { ...rooms, features: { ...rooms.features, moderation: true }, moderateCall };
  const userId = CONSULT[role];
  const call = createSimulatedCallAdapter({
    userId,
    roomsAdapter: rooms,
    roomId: ROOM,
    startOn: 'call',
    sharedCall: false,
    participants:
      options.participants ??
      Object.values(CONSULT)
        .filter((id) => id !== userId)
        .map((id) => ({ id, isMuted: false })),
  });
  cleanups.push(() => call.dispose());
  await call.ready;
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="UTC" now={() => NOW}>
        <RoomCallComposite
          callAdapter={call}
          roomsAdapter={adapter}
          roomId={ROOM}
          localUserId={userId}
          defaultPeoplePanelOpen
          {...options.props}
        />
      </RoomsKitProvider>
    </FluentProvider>,
  );
  const panel = await screen.findByRole('complementary', { name: S.peoplePanelTitle });
  return { rooms, call, moderateCall, panel, view };
}

/** Opens a person's actions menu from the keyboard: focus on its button, then Enter. */
async function openActionsByKeyboard(name: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name: formatString(M.actionsLabel, { name }) });
  act(() => button.focus());
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('menu');
}

/** The composite's own polite live region (communication-react has its own inside the call). */
function liveRegion(root: HTMLElement): HTMLElement {
  const status = root.querySelector<HTMLElement>('.rk-RoomCallComposite > [role="status"]');
  if (!status) throw new Error('no live region');
  return status;
}

describe('RoomCallComposite moderation: by keyboard', () => {
  it('opens a person’s actions with the keyboard, chooses Mute, and asks the backend to mute them', async () => {
    const { moderateCall, view } = await consultAs('Presenter');
    const menu = await openActionsByKeyboard('Ahmed Hassan');
    // The menu takes focus on its first action, Mute.
    const mute = within(menu).getByRole('menuitem', { name: M.mute });
    await waitFor(() => expect(mute).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(moderateCall).toHaveBeenCalledWith(ROOM, { type: 'mute', userId: CONSULT.Attendee }, expect.anything()),
    );
    await waitFor(() => expect(liveRegion(view.container)).toHaveTextContent('Ahmed Hassan was muted.'));
  });

  it('reaches every action of the menu with the arrow keys, a refused one included, and reads its reason', async () => {
    await consultAs('Attendee');
    const menu = await openActionsByKeyboard('José Álvarez');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      M.mute,
      M.lowerHand,
      M.spotlight,
      M.inviteToSpeak,
      M.removeFromCall,
    ]);
    // An Attendee may do none of it: each stays in the menu, disabled, and says why.
    for (const item of items) expect(item).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    expect(items[0]).toHaveAccessibleDescription(M.deniedMuteOthers);
    expect(items[1]).toHaveAccessibleDescription(M.deniedMuteOthers);
    expect(items[2]).toHaveAccessibleDescription(M.deniedRemoveParticipant);
    expect(items[3]).toHaveAccessibleDescription(M.deniedInviteParticipant);
    expect(items[4]).toHaveAccessibleDescription(M.deniedRemoveParticipant);
  });

  it('says why an action does not fit the person: already muted, no hand up, can already speak', async () => {
    const { moderateCall, panel } = await consultAs('Presenter', {
      participants: [{ id: CONSULT.Collaborator, isMuted: true }],
    });
    const menu = await openActionsByKeyboard('Sofía Ramírez');
    const item = (name: string) => within(menu).getByRole('menuitem', { name });
    expect(item(M.mute)).toHaveAccessibleDescription('Sofía Ramírez is already muted.');
    expect(item(M.lowerHand)).toHaveAccessibleDescription('Sofía Ramírez hasn’t raised their hand.');
    expect(item(M.inviteToSpeak)).toHaveAccessibleDescription('Sofía Ramírez can already speak.');
    await userEvent.click(item(M.mute));
    expect(moderateCall).not.toHaveBeenCalled();
    // What she can be asked for is offered.
    expect(item(M.removeFromCall)).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
    // Nobody to mute: Mute all says so.
    const bar = within(panel).getByRole('group', { name: M.toolbarLabel });
    expect(within(bar).getByRole('button', { name: M.muteAll })).toHaveAccessibleDescription(M.everyoneMuted);
  });
});

describe('RoomCallComposite moderation: actions and failures', () => {
  it('leaves everything as it was when the backend refuses, and says why', async () => {
    const { call } = await consultAs('Presenter', {
      moderate: () => Promise.reject(new RoomsError('forbidden', 'No.')),
    });
    const menu = await openActionsByKeyboard('Ahmed Hassan');
    await userEvent.click(within(menu).getByRole('menuitem', { name: M.mute }));
    expect(
      await screen.findByText(
        formatString(M.failed.mute, { name: 'Ahmed Hassan', error: EN_STRINGS.errors.forbidden }),
      ),
    ).toBeInTheDocument();
    expect(call.getState().call?.remoteParticipants[CONSULT.Attendee]?.isMuted).toBe(false);
  });

  it('mutes everyone and lowers every hand from above the list', async () => {
    const { moderateCall, panel } = await consultAs('Presenter', {
      participants: [
        { id: CONSULT.Attendee, isMuted: false, raisedHand: true },
        { id: CONSULT.Consumer, raisedHand: false },
      ],
    });
    const bar = within(panel).getByRole('group', { name: M.toolbarLabel });
    await userEvent.click(within(bar).getByRole('button', { name: M.muteAll }));
    // Lowering every hand heads the queue of raised hands.
    const hands = within(panel).getByRole('region', { name: /Raised hands/ });
    expect(within(hands).getByRole('listitem')).toHaveTextContent('Ahmed Hassan');
    await userEvent.click(within(hands).getByRole('button', { name: M.lowerAllHands }));
    await waitFor(() => expect(moderateCall).toHaveBeenCalledWith(ROOM, { type: 'muteAll' }, expect.anything()));
    expect(moderateCall).toHaveBeenCalledWith(ROOM, { type: 'lowerAllHands' }, expect.anything());
  });

  it('keeps the whole-call actions in reach when refused, each with its reason', async () => {
    const { panel, moderateCall } = await consultAs('Attendee');
    const bar = within(panel).getByRole('group', { name: M.toolbarLabel });
    const muteAll = within(bar).getByRole('button', { name: M.muteAll });
    const end = within(bar).getByRole('button', { name: M.endForEveryone });
    expect(muteAll).toHaveAttribute('aria-disabled', 'true');
    expect(muteAll).toHaveAccessibleDescription(M.deniedMuteOthers);
    expect(end).toHaveAccessibleDescription(M.deniedRemoveParticipant);
    act(() => end.focus());
    expect(end).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(moderateCall).not.toHaveBeenCalled();
  });

  it('invites a listener to speak, then returns them to listener', async () => {
    const { moderateCall } = await consultAs('Presenter', {
      moderate: async (_roomId, action) =>
        action.type === 'inviteToSpeak'
          ? { affected: 1, role: 'Attendee' }
          : action.type === 'returnToListener'
            ? { affected: 1, role: 'Consumer' }
            : { affected: 1 },
      participants: [{ id: CONSULT.Consumer }],
    });
    let menu = await openActionsByKeyboard('Priya Natarajan');
    await userEvent.click(within(menu).getByRole('menuitem', { name: M.inviteToSpeak }));
    expect(
      await screen.findByText(formatString(M.done.inviteToSpeak, { name: 'Priya Natarajan', role: 'an Attendee' })),
    ).toBeInTheDocument();
    expect(moderateCall).toHaveBeenCalledWith(
      ROOM,
      { type: 'inviteToSpeak', userId: CONSULT.Consumer },
      expect.anything(),
    );
    // The queue lists her as speaking for this call.
    expect(await screen.findByRole('region', { name: /Speaking now/ })).toHaveTextContent('Priya Natarajan');
    menu = await openActionsByKeyboard('Priya Natarajan');
    await userEvent.click(within(menu).getByRole('menuitem', { name: M.returnToListener }));
    await waitFor(() =>
      expect(moderateCall).toHaveBeenCalledWith(
        ROOM,
        { type: 'returnToListener', userId: CONSULT.Consumer },
        expect.anything(),
      ),
    );
  });
});

describe('RoomCallComposite moderation: ending the call for everyone', () => {
  it('asks first, can close the room too, and shows who ended it', async () => {
    const { moderateCall, panel } = await consultAs('Presenter');
    await userEvent.click(within(panel).getByRole('button', { name: M.endForEveryone }));
    const dialog = await screen.findByRole('alertdialog', { name: M.endDialogTitle });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: M.endDialogCloseRoom }));
    await userEvent.click(within(dialog).getByRole('button', { name: M.endDialogConfirm }));
    await waitFor(() =>
      expect(moderateCall).toHaveBeenCalledWith(ROOM, { type: 'endForEveryone', closeRoom: true }, expect.anything()),
    );
    expect(await screen.findByRole('heading', { name: M.youEndedAndClosedTitle })).toBeInTheDocument();
  });

  it('cancels without doing anything', async () => {
    const { moderateCall, panel } = await consultAs('Presenter');
    await userEvent.click(within(panel).getByRole('button', { name: M.endForEveryone }));
    const dialog = await screen.findByRole('alertdialog', { name: M.endDialogTitle });
    await userEvent.click(within(dialog).getByRole('button', { name: EN_STRINGS.common.cancel }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(moderateCall).not.toHaveBeenCalled();
    // The call is still there, and the page is given back to assistive technology.
    expect(await screen.findByRole('group', { name: S.roleBarLabel })).toBeInTheDocument();
  });
});

describe('RoomCallComposite moderation: what the person affected is told', () => {
  function noticeChannel() {
    const listeners = new Set<(notice: RoomCallLocalNotice) => void>();
    return {
      subscribe: (listener: (notice: RoomCallLocalNotice) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      send: (notice: RoomCallLocalNotice) => act(() => listeners.forEach((l) => l(notice))),
    };
  }

  it('says who muted them, lowered their hand and spotlit them, in the live region and a toast', async () => {
    const channel = noticeChannel();
    const { view } = await consultAs('Attendee', { props: { callNotices: channel.subscribe } });
    const by = { by: CONSULT.Presenter, byName: 'Dr. Amara Okafor' };
    channel.send({ type: 'mutedByOthers', ...by });
    await waitFor(() => expect(liveRegion(view.container)).toHaveTextContent('You were muted by Dr. Amara Okafor.'));
    expect(
      await screen.findByText('You were muted by Dr. Amara Okafor.', {
        selector: '.fui-ToastTitle *, .fui-ToastTitle',
      }),
    ).toBeInTheDocument();
    channel.send({ type: 'handLowered', ...by });
    await waitFor(() => expect(liveRegion(view.container)).toHaveTextContent('Dr. Amara Okafor lowered your hand.'));
    channel.send({ type: 'spotlightChanged', on: true, ...by });
    await waitFor(() =>
      expect(liveRegion(view.container)).toHaveTextContent('You were spotlighted by Dr. Amara Okafor.'),
    );
  });

  it('tells a listener invited to speak that the microphone is theirs now, and when they listen again', async () => {
    const { call } = await consultAs('Consumer');
    act(() => call.setLocalRole('Attendee'));
    const invited = await screen.findByText(formatString(M.invitedToSpeak, { name: M.somebody }));
    // Said in the role notice, which also lists what changed.
    expect(invited.closest('[data-notice]')).toHaveTextContent(S.controlNames.microphone);
    act(() => call.setLocalRole('Consumer'));
    expect(await screen.findByText(M.listenerAgain)).toBeInTheDocument();
  });

  it('names who ended the call for everyone on the end screen', async () => {
    const channel = noticeChannel();
    await consultAs('Attendee', { props: { callNotices: channel.subscribe } });
    channel.send({ type: 'departed', userId: CONSULT.Attendee, reason: 'endedForEveryone', by: CONSULT.Presenter });
    // Without a name in the notice, the directory's name of who did it.
    expect(
      await screen.findByRole('heading', { name: formatString(M.endedByTitle, { name: 'José Álvarez' }) }),
    ).toBeInTheDocument();
  });

  it('tells someone removed from the call who removed them', async () => {
    const channel = noticeChannel();
    await consultAs('Attendee', { props: { callNotices: channel.subscribe } });
    channel.send({ type: 'departed', userId: CONSULT.Attendee, reason: 'removed', byName: 'Dr. Amara Okafor' });
    expect(
      await screen.findByRole('heading', { name: 'You were removed from the call by Dr. Amara Okafor' }),
    ).toBeInTheDocument();
  });
});

// The full path, one backend and one shared call: the presenter's menu reaches the attendee's own call.
describe('RoomCallComposite moderation: through the in-memory backend and the shared call', () => {
  it('mutes someone in their own call, and tells them who did it', async () => {
    const rooms = createSeededRoomsAdapter({ now: () => NOW, seed: 1, currentUser: CONSULT.Presenter });
    const join = (userId: string): SimulatedCallAdapter => {
      const call = createSimulatedCallAdapter({ userId, roomsAdapter: rooms, roomId: ROOM, startOn: 'call' });
      cleanups.push(() => call.dispose());
      return call;
    };
    const presenter = join(CONSULT.Presenter);
    const attendee = join(CONSULT.Attendee);
    await Promise.all([presenter.ready, attendee.ready]);
    await attendee.setLocalSpeaking(true);
    render(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider locale="en-US" timeZone="UTC" now={() => NOW}>
          <div data-testid="presenter">
            <RoomCallComposite
              callAdapter={presenter}
              roomsAdapter={rooms}
              roomId={ROOM}
              localUserId={CONSULT.Presenter}
              defaultPeoplePanelOpen
            />
          </div>
          <div data-testid="attendee">
            <RoomCallComposite
              callAdapter={attendee}
              roomsAdapter={rooms}
              roomId={ROOM}
              localUserId={CONSULT.Attendee}
            />
          </div>
        </RoomsKitProvider>
      </FluentProvider>,
    );
    const presenterView = within(screen.getByTestId('presenter'));
    await presenterView.findByRole('complementary', { name: S.peoplePanelTitle });
    await userEvent.click(await presenterView.findByRole('button', { name: 'Actions for Ahmed Hassan' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: M.mute }));
    await waitFor(() => expect(attendee.getState().call?.isMuted).toBe(true));
    await waitFor(() =>
      expect(liveRegion(screen.getByTestId('attendee'))).toHaveTextContent('You were muted by José Álvarez.'),
    );
  });
});

describe('RoomCallComposite moderation: requests to join', () => {
  async function signedInAs(role: RoomRole) {
    const rooms = createSeededRoomsAdapter({ now: () => NOW, seed: 1, currentUser: CONSULT[role] });
    rooms.knockAs(ROOM, idOf('Grace Kim'), { displayName: 'Grace Kim', message: 'My appointment is now.' });
    const call = createSimulatedCallAdapter({
      userId: CONSULT[role],
      roomsAdapter: rooms,
      roomId: ROOM,
      startOn: 'call',
    });
    cleanups.push(() => call.dispose());
    await call.ready;
    render(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider locale="en-US" timeZone="UTC" now={() => NOW}>
          <RoomCallComposite
            callAdapter={call}
            roomsAdapter={rooms}
            roomId={ROOM}
            localUserId={CONSULT[role]}
            defaultPeoplePanelOpen
          />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    return screen.findByRole('complementary', { name: S.peoplePanelTitle });
  }

  it('shows a presenter who asks to join, in the people panel', async () => {
    const panel = await signedInAs('Presenter');
    expect(await within(panel).findByRole('region', { name: /Asking to join/ })).toHaveTextContent('Grace Kim');
  });

  it('shows them to nobody whose role may not admit', async () => {
    const panel = await signedInAs('Attendee');
    await within(panel).findByRole('group', { name: M.toolbarLabel });
    expect(within(panel).queryByText('Grace Kim')).not.toBeInTheDocument();
  });
});
