// @vitest-environment jsdom
import '../setup/callComposite';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomCallComposite } from '../../src/call';
import {
  createSeededRoomsAdapter,
  createSimulatedCallAdapter,
  defaultPerson,
  DEMO_ROOM_IDS,
  type InMemoryRoomsAdapter,
  type SimulatedCallAdapter,
} from '../../src/testing';
import type { RoomEvent, RoomsAdapter } from '../../src/adapter/types';
import type { RoomRole } from '../../src/core/roles';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const NOW = new Date('2025-06-02T09:00:00Z');
const now = () => NOW;
const S = EN_STRINGS.roomCall;
const ROOM = DEMO_ROOM_IDS.openConsult;
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
});

/** Someone joining the room's one shared call (no scripted people: whoever joins is who is there). */
async function join(rooms: RoomsAdapter, userId: string): Promise<SimulatedCallAdapter> {
  const call = createSimulatedCallAdapter({ userId, roomsAdapter: rooms, roomId: ROOM, startOn: 'call' });
  cleanups.push(() => call.dispose());
  await call.ready;
  return call;
}

function renderBoth(rooms: RoomsAdapter, presenter: SimulatedCallAdapter, attendee: SimulatedCallAdapter) {
  render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="UTC" now={now}>
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
          <RoomCallComposite callAdapter={attendee} roomsAdapter={rooms} roomId={ROOM} localUserId={CONSULT.Attendee} />
        </div>
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return {
    presenterView: within(screen.getByTestId('presenter')),
    attendeeView: within(screen.getByTestId('attendee')),
  };
}

/** A person's entry in one column of the presenter's people panel. */
function entry(view: ReturnType<typeof within>, column: RegExp, userId: string): HTMLElement | null {
  const list: HTMLElement = view.getByRole('list', { name: column });
  return list.querySelector<HTMLElement>(`li[data-person="${userId}"]`);
}

describe('RoomCallComposite follows the roster and the call', () => {
  it('lists whoever joined the shared call as in the call, and as not joined once they leave', async () => {
    const rooms: InMemoryRoomsAdapter = createSeededRoomsAdapter({ now, seed: 1 });
    const presenter = await join(rooms, CONSULT.Presenter);
    const attendee = await join(rooms, CONSULT.Attendee);
    const { presenterView } = renderBoth(rooms, presenter, attendee);

    await waitFor(() => expect(entry(presenterView, /^In the call/, CONSULT.Attendee)).not.toBeNull());
    const invited = () => entry(presenterView, /^Invited/, CONSULT.Attendee);
    expect(invited()).toHaveTextContent(S.inCall);
    // Nobody else joined: Sofía is invited, not in the call.
    expect(entry(presenterView, /^Invited/, CONSULT.Collaborator)).toHaveTextContent(S.notJoined);
    expect(entry(presenterView, /^In the call/, CONSULT.Collaborator)).toBeNull();

    await act(() => attendee.leaveCall());
    await waitFor(() => expect(entry(presenterView, /^In the call/, CONSULT.Attendee)).toBeNull());
    expect(invited()).toHaveTextContent(S.notJoined);
  });

  it('shows a role changed elsewhere at once, in the people panel and in the other person’s controls', async () => {
    const rooms = createSeededRoomsAdapter({ now, seed: 1 });
    const presenter = await join(rooms, CONSULT.Presenter);
    const attendee = await join(rooms, CONSULT.Attendee);
    const { presenterView, attendeeView } = renderBoth(rooms, presenter, attendee);
    await attendeeView.findByText('Your role: Attendee');
    await waitFor(() => expect(entry(presenterView, /^In the call/, CONSULT.Attendee)).not.toBeNull());

    // A roster editor in another tab makes Ahmed a Consumer.
    await act(() => rooms.upsertParticipants(ROOM, [{ id: CONSULT.Attendee, role: 'Consumer' }]));

    expect(await attendeeView.findByText('Your role: Consumer')).toBeInTheDocument();
    expect(attendeeView.getByText('You’re now a Consumer')).toBeInTheDocument();
    await waitFor(() =>
      expect(entry(presenterView, /^Invited/, CONSULT.Attendee)).toHaveAttribute('data-role', 'Consumer'),
    );
    await waitFor(() =>
      expect(entry(presenterView, /^In the call/, CONSULT.Attendee)).toHaveAttribute('data-role', 'Consumer'),
    );
    expect(presenterView.getByRole('combobox', { name: 'Role of Ahmed Hassan' })).toHaveTextContent('Consumer');
  });

  it('drops someone removed elsewhere from the panel', async () => {
    const rooms = createSeededRoomsAdapter({ now, seed: 1 });
    const presenter = await join(rooms, CONSULT.Presenter);
    const attendee = await join(rooms, CONSULT.Attendee);
    const { presenterView } = renderBoth(rooms, presenter, attendee);
    await presenterView.findByRole('list', { name: 'Invited (4)' });

    await act(() => rooms.removeParticipants(ROOM, [CONSULT.Collaborator]));
    expect(await presenterView.findByRole('list', { name: 'Invited (3)' })).toBeInTheDocument();
    expect(entry(presenterView, /^Invited/, CONSULT.Collaborator)).toBeNull();
  });

  it('reads the roster again on resync, keeping the call on screen', async () => {
    const inner = createSeededRoomsAdapter({ now, seed: 1 });
    const listeners = new Set<(event: RoomEvent) => void>();
    let dropping = false;
    const rooms: RoomsAdapter = {
      ...inner,
      features: inner.features,
      subscribe: (roomId, listener) => {
        listeners.add(listener);
        const stop = inner.subscribe(roomId, (event) => {
          if (!dropping) listener(event);
        });
        return () => {
          listeners.delete(listener);
          stop();
        };
      },
    };
    const presenter = await join(inner, CONSULT.Presenter);
    const attendee = await join(inner, CONSULT.Attendee);
    const { presenterView } = renderBoth(rooms, presenter, attendee);
    await presenterView.findByRole('list', { name: 'Invited (4)' });

    dropping = true;
    await act(() => inner.removeParticipants(ROOM, [CONSULT.Consumer]));
    await act(() => inner.upsertParticipants(ROOM, [{ id: CONSULT.Collaborator, role: 'Attendee' }]));
    expect(presenterView.getByRole('list', { name: 'Invited (4)' })).toBeInTheDocument();
    dropping = false;
    act(() => listeners.forEach((listener) => listener({ type: 'resync', roomId: ROOM })));

    expect(await presenterView.findByRole('list', { name: 'Invited (3)' })).toBeInTheDocument();
    await waitFor(() =>
      expect(entry(presenterView, /^Invited/, CONSULT.Collaborator)).toHaveAttribute('data-role', 'Attendee'),
    );
    // The call never left the screen.
    expect(presenterView.getByRole('group', { name: S.roleBarLabel })).toBeInTheDocument();
  });
});
