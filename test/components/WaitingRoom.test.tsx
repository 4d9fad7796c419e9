// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { RoomEvent, RoomsAdapter } from '../../src/adapter/types';
import { WaitingRoom } from '../../src/components/WaitingRoom';
import { RoomsError } from '../../src/core/errors';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const S = EN_STRINGS.lobby.waitingRoom;
const ROOM = '26785744039220182';
const T0 = new Date('2026-12-02T08:00:00Z');
const DOCTOR = makeUserId(0, 13);
const PATIENT = makeUserId(1, 13);
const MINUTE = 60_000;

/** A clock the test moves; each move gives the provider a new `now`, as the kit's clock does in stories. */
function movingClock() {
  let t = T0.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

function backend(now: () => Date): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({
    now,
    currentUser: PATIENT,
    people: [{ id: DOCTOR, displayName: 'Dr. Amara Okafor' }],
    rooms: [
      {
        room: { id: ROOM, validFrom: T0, validUntil: new Date(T0.getTime() + 60 * MINUTE) },
        participants: [{ id: DOCTOR, role: 'Presenter' }],
      },
    ],
  });
}

function renderWith(ui: ReactElement, clock: { now: () => Date }) {
  const user = userEvent.setup();
  const wrap = (node: ReactElement) => (
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="Europe/Berlin" now={() => clock.now()}>
        {node}
      </RoomsKitProvider>
    </FluentProvider>
  );
  const result = render(wrap(ui));
  return { ...result, user, tick: () => result.rerender(wrap(ui)) };
}

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The request the screen follows, as the host hears it through `onRequestChange`. */
const followed = { id: '' };
const follow = (request: { id: string }): void => {
  followed.id = request.id;
};

const title = (name: string) => screen.findByRole('heading', { name });

async function ask(user: ReturnType<typeof userEvent.setup>, message?: string) {
  if (message) await user.type(screen.getByRole('textbox', { name: S.messageLabel }), message);
  await user.click(screen.getByRole('button', { name: S.askButton }));
}

describe('WaitingRoom', () => {
  it('asks for a name next to the field, counts the message, and sends the request', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const onRequestChange = vi.fn();
    const { user, container } = renderWith(
      <WaitingRoom adapter={adapter} roomId={ROOM} roomTitle="Follow-up" onRequestChange={onRequestChange} />,
      clock,
    );
    expect(screen.getByRole('heading', { name: 'Ask to join Follow-up' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: S.askButton }));
    const name = screen.getByRole('textbox', { name: new RegExp(S.nameLabel) });
    expect(name).toHaveAccessibleDescription(S.nameRequired);
    expect(adapter.calls.filter((c) => c.operation === 'requestToJoin')).toHaveLength(0);

    await user.type(name, 'Sam Patel');
    await user.type(screen.getByRole('textbox', { name: S.messageLabel }), 'Sam’s son');
    expect(screen.getByText('9 of 500 characters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.askButton }));
    expect(await title(S.waitingTitle)).toHaveFocus();
    expect(screen.getByText('Waiting for under 1 min')).toBeInTheDocument();
    expect(screen.getByText('Your message: Sam’s son')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(S.announce.waiting);
    expect(onRequestChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'pending', displayName: 'Sam Patel' }),
    );
    await expectNoAxeViolations(container);
  });

  it('says who admitted them and as what, lists what the role may do, and calls onAdmitted once', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const onAdmitted = vi.fn();
    const { user, container, tick } = renderWith(
      <WaitingRoom
        adapter={adapter}
        roomId={ROOM}
        defaultDisplayName="Sam Patel"
        onAdmitted={onAdmitted}
        onRequestChange={follow}
      />,
      clock,
    );
    await ask(user);
    await title(S.waitingTitle);
    clock.advance(3 * MINUTE);
    tick();
    expect(await screen.findByText('Waiting for 3 min')).toBeInTheDocument();

    act(() => void adapter.admitAs(ROOM, followed.id, DOCTOR, { role: 'Attendee' }));
    expect(await title(S.admittedTitle)).toBeInTheDocument();
    expect(screen.getByText('Dr. Amara Okafor admitted you as an Attendee.')).toBeInTheDocument();
    const can = screen.getByRole('list');
    expect(within(can).getByText(EN_STRINGS.participants.canDo.audioVideo)).toBeInTheDocument();
    expect(within(can).queryByText(EN_STRINGS.participants.canDo.shareScreen)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You were admitted as an Attendee.');
    await waitFor(() => expect(onAdmitted).toHaveBeenCalledTimes(1));
    expect(onAdmitted.mock.calls[0]?.[0]).toMatchObject({ status: 'admitted', role: 'Attendee' });
    tick();
    expect(onAdmitted).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('shows a decline with the presenter’s reason, and Ask again only from when it is allowed', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const { user, tick } = renderWith(
      <WaitingRoom adapter={adapter} roomId={ROOM} defaultDisplayName="Sam Patel" onRequestChange={follow} />,
      clock,
    );
    await ask(user, 'Please let me in');
    await title(S.waitingTitle);
    act(() => void adapter.declineAs(ROOM, followed.id, DOCTOR, { reason: 'Use your own link.' }));
    expect(await title(S.declinedTitle)).toBeInTheDocument();
    expect(screen.getByText('Dr. Amara Okafor wrote: Use your own link.')).toBeInTheDocument();
    expect(screen.getByText(/^You can ask again from /)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your request was declined: Use your own link.');
    const again = screen.getByRole('button', { name: S.askAgain });
    expect(again).toHaveAttribute('aria-disabled', 'true');

    clock.advance(MINUTE + 1);
    tick();
    await waitFor(() => expect(again).not.toHaveAttribute('aria-disabled'));
    await user.click(again);
    // Back to the form, as they left it.
    expect(screen.getByRole('textbox', { name: S.messageLabel })).toHaveValue('Please let me in');
    await user.click(screen.getByRole('button', { name: S.askButton }));
    expect(await title(S.waitingTitle)).toBeInTheDocument();
  });

  it('learns, once it is due, that nobody answered in time, and offers to ask again', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const { user, tick } = renderWith(
      <WaitingRoom adapter={adapter} roomId={ROOM} defaultDisplayName="Sam Patel" />,
      clock,
    );
    await ask(user);
    await title(S.waitingTitle);
    clock.advance(11 * MINUTE);
    tick();
    expect(await title(S.expiredTitle)).toBeInTheDocument();
    expect(screen.getByText(S.expiredBody)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: S.askAgain })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('status')).toHaveTextContent(S.announce.expired);
  });

  it('withdraws the request, and says so when the room closes', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const { user } = renderWith(<WaitingRoom adapter={adapter} roomId={ROOM} defaultDisplayName="Sam Patel" />, clock);
    await ask(user);
    await title(S.waitingTitle);
    await user.click(screen.getByRole('button', { name: S.withdraw }));
    expect(await title(S.cancelledTitle)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.askAgain }));
    await ask(user);
    await title(S.waitingTitle);
    await act(() => adapter.deleteRoom(ROOM));
    expect(await title(S.closedTitle)).toBeInTheDocument();
    expect(screen.getByText(S.closedBody)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('resumes a request made earlier, and reads it again on a resync', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const made = await adapter.requestToJoin!(ROOM, { displayName: 'Sam Patel' });
    const listeners = new Set<(event: RoomEvent) => void>();
    const quiet: RoomsAdapter = Object.assign(Object.create(adapter) as RoomsAdapter, {
      subscribe: (_roomId: string, listener: (event: RoomEvent) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    });
    renderWith(<WaitingRoom adapter={quiet} roomId={ROOM} requestId={made.id} />, clock);
    expect(await title(S.waitingTitle)).toBeInTheDocument();
    adapter.admitAs(ROOM, made.id, DOCTOR, { role: 'Consumer' });
    act(() => listeners.forEach((l) => l({ type: 'resync', roomId: ROOM })));
    expect(await screen.findByText('Dr. Amara Okafor admitted you as a Consumer.')).toBeInTheDocument();
  });

  it('shows a failure by its code with Try again, and a field the backend refused next to it', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const { user } = renderWith(<WaitingRoom adapter={adapter} roomId={ROOM} defaultDisplayName="Sam Patel" />, clock);
    adapter.faults.failNext('unavailable', { operation: 'requestToJoin' });
    await ask(user);
    expect(await title(S.sendFailed)).toBeInTheDocument();
    expect(screen.getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.tryAgain }));
    expect(await title(S.waitingTitle)).toBeInTheDocument();

    const refusing = createInMemoryRoomsAdapter({
      now: clock.now,
      currentUser: PATIENT,
      rooms: [{ room: { id: ROOM } }],
    });
    refusing.faults.failNext(new RoomsError('validation', 'This name cannot be used.', { target: 'displayName' }), {
      operation: 'requestToJoin',
    });
    const second = renderWith(<WaitingRoom adapter={refusing} roomId={ROOM} defaultDisplayName="x" />, clock);
    await second.user.click(within(second.container).getByRole('button', { name: S.askButton }));
    expect(
      await within(second.container).findByRole('textbox', { name: new RegExp(S.nameLabel) }),
    ).toHaveAccessibleDescription(S.nameRefused);
  });

  it('tells an offline user that the request keeps its place, and keeps its buttons from acting', async () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    const { user } = renderWith(<WaitingRoom adapter={adapter} roomId={ROOM} defaultDisplayName="Sam Patel" />, clock);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      act(() => void window.dispatchEvent(new Event('offline')));
      expect(await screen.findByText(S.offlineTitle)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: S.askButton }));
      expect(adapter.calls.filter((c) => c.operation === 'requestToJoin')).toHaveLength(0);
      expect(screen.getByRole('status')).toHaveTextContent(S.announce.offline);
    } finally {
      onLine.mockRestore();
    }
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.queryByText(S.offlineTitle)).not.toBeInTheDocument());
  });

  it('says so when the backend takes no requests to join', () => {
    const clock = movingClock();
    const adapter = backend(clock.now);
    renderWith(
      <WaitingRoom adapter={{ ...adapter, features: { ...adapter.features, lobby: false } }} roomId={ROOM} />,
      clock,
    );
    expect(screen.getByText(S.notSupported)).toBeInTheDocument();
  });
});
