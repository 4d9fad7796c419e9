import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { RoomsAdapter } from '../../src/adapter/types';
import { WaitingRoom } from '../../src/components/WaitingRoom';
import type { JoinRequest } from '../../src/core/lobby';
import { asText, fill, localeOf, stringsOf } from '../shared/storyText';
import { formatAttendanceDuration } from '../../src/core/attendance';
import { createGate } from '../shared/gate';
import {
  APPOINTMENT_ROOM_ID,
  APPOINTMENT_TITLE,
  appointmentBackend,
  DOCTOR,
  lobbyClock,
  PATIENT,
  TIME_ZONE,
} from '../JoinRequestList/lobbyWorld';

/**
 * Sam Patel holds the link to Dr. Okafor's appointment but is not on its roster: the screen he asks to join from and
 * waits on. Every story gets a fresh in-memory backend signed in as Sam; the doctor answers through the backend
 * (`admitAs`, `declineAs`) while the play watches Sam's screen, and the play moves the clock.
 */
interface Loaded {
  adapter: RoomsAdapter;
  backend: InMemoryRoomsAdapter;
  /** A request Sam made before the story began, when it starts from one. */
  request?: JoinRequest;
}

const MINUTE = 60_000;

const meta = {
  title: 'Rooms/WaitingRoom',
  component: WaitingRoom,
  tags: ['autodocs'],
  args: {
    roomId: APPOINTMENT_ROOM_ID,
    roomTitle: APPOINTMENT_TITLE,
    defaultDisplayName: PATIENT.displayName,
    onAdmitted: fn(),
    onRequestChange: fn(),
  },
  parameters: { roomsKit: { clock: lobbyClock, timeZone: TIME_ZONE } },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend(PATIENT);
      return { adapter: backend, backend };
    },
  ],
  render: (args, { loaded }) => {
    const { adapter, request } = loaded as Loaded;
    return <WaitingRoom {...args} adapter={adapter} requestId={args.requestId ?? request?.id} />;
  },
} satisfies Meta<typeof WaitingRoom>;

export default meta;
type Story = StoryObj<typeof meta>;

const backendOf = (loaded: unknown): InMemoryRoomsAdapter => (loaded as Loaded).backend;
const requestOf = (loaded: unknown): JoinRequest => {
  const request = (loaded as Loaded).request;
  if (!request) throw new Error('this story starts without a request');
  return request;
};

/** A backend on which Sam asked to join two minutes ago, with a message. */
const waitingLoader = async (): Promise<Loaded> => {
  const backend = appointmentBackend(PATIENT);
  lobbyClock.set(-2);
  const request = await backend.requestToJoin(APPOINTMENT_ROOM_ID, {
    displayName: PATIENT.displayName,
    message: 'I am a new patient; the front desk sent me this link.',
  });
  lobbyClock.set(0);
  return { adapter: backend, backend, request };
};

/** The form: his name filled in from the host, an optional message with its counter, Ask to join. */
export const Form: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: fill(globals, s.heading, { room: APPOINTMENT_TITLE }) }),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: new RegExp(s.nameLabel) })).toHaveValue(PATIENT.displayName);
    await userEvent.type(canvas.getByRole('textbox', { name: s.messageLabel }), 'New patient');
    await expect(canvas.getByText(fill(globals, s.messageCounter, { count: 11, max: 500 }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.askButton })).toBeEnabled();
  },
};

/** Asking without a name: the field says what is missing, and nothing is sent. */
export const NameMissing: Story = {
  args: { defaultDisplayName: '' },
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.askButton }));
    await expect(canvas.getByRole('textbox', { name: new RegExp(s.nameLabel) })).toHaveAccessibleDescription(
      s.nameRequired,
    );
    await expect(backendOf(loaded).calls.filter((c) => c.operation === 'requestToJoin')).toHaveLength(0);
  },
};

const slowSend = createGate();

/** The request is on its way. */
export const Sending: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend(PATIENT);
      const adapter: RoomsAdapter = Object.assign(Object.create(backend) as RoomsAdapter, {
        requestToJoin: slowSend.hold(backend.requestToJoin.bind(backend)),
      });
      return { adapter, backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.askButton }));
    await expect(await canvas.findByText(s.sending)).toBeVisible();
  },
};

/**
 * Waiting for the doctor: how long he has waited moves with the clock, his message is repeated, and Withdraw is
 * there. Asked from the form, by keyboard; the title takes the focus.
 */
export const Waiting: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: s.messageLabel }), 'New patient');
    canvas.getByRole('button', { name: s.askButton }).focus();
    await userEvent.keyboard('{Enter}');
    const title = await canvas.findByRole('heading', { name: s.waitingTitle });
    await waitFor(() => expect(title).toHaveFocus());
    await expect(canvas.getByText(asText(globals, s.yourMessage, { message: 'New patient' }))).toBeVisible();
    await expect(args.onRequestChange).toHaveBeenCalledWith(expect.objectContaining({ status: 'pending' }));
    lobbyClock.advance(4 * MINUTE);
    await expect(
      await canvas.findByText(
        asText(globals, s.waitedFor, { duration: formatAttendanceDuration(4 * 60_000, localeOf(globals)) }),
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.withdraw })).toBeEnabled();
    await expect(canvas.getByRole('status')).toHaveTextContent(s.announce.waiting);
  },
};

/**
 * The doctor admits him as an Attendee: who did, as what, what an Attendee may do, and the host is told to move him
 * into the call.
 */
export const Admitted: Story = {
  loaders: [waitingLoader],
  play: async ({ canvasElement, globals, loaded, args }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.waitingRoom;
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: s.waitingTitle });
    backendOf(loaded).admitAs(APPOINTMENT_ROOM_ID, requestOf(loaded).id, DOCTOR.id, { role: 'Attendee' });
    await expect(await canvas.findByRole('heading', { name: s.admittedTitle })).toBeVisible();
    await expect(
      canvas.getByText(fill(globals, s.admittedBy, { name: DOCTOR.displayName, role: strings.lobby.roleAs.Attendee })),
    ).toBeVisible();
    await expect(canvas.getByText(strings.participants.canDo.audioVideo)).toBeVisible();
    await expect(canvas.queryByText(strings.participants.canDo.shareScreen)).not.toBeInTheDocument();
    await waitFor(() => expect(args.onAdmitted).toHaveBeenCalledTimes(1));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      fill(globals, s.announce.admitted, { role: strings.lobby.roleAs.Attendee }),
    );
  },
};

/**
 * Declined with the doctor's reason: Ask again stays off until the pause after a decline is over, saying from when;
 * then it turns on and brings back the form as he left it.
 */
export const Declined: Story = {
  loaders: [waitingLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: s.waitingTitle });
    const reason = 'Please book through the front desk first.';
    backendOf(loaded).declineAs(APPOINTMENT_ROOM_ID, requestOf(loaded).id, DOCTOR.id, { reason });
    await expect(await canvas.findByRole('heading', { name: s.declinedTitle })).toBeVisible();
    await expect(
      canvas.getByText(asText(globals, s.declinedReason, { name: DOCTOR.displayName, reason })),
    ).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(asText(globals, s.announce.declined, { reason }));
    const again = canvas.getByRole('button', { name: s.askAgain });
    await expect(again).toHaveAttribute('aria-disabled', 'true');
    lobbyClock.advance(MINUTE + 1_000);
    await waitFor(() => expect(again).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(again);
    await expect(await canvas.findByRole('button', { name: s.askButton })).toBeVisible();
  },
};

/** Ten minutes and nobody answered: the request expired, and he may ask again at once. */
export const Expired: Story = {
  loaders: [waitingLoader],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: s.waitingTitle });
    lobbyClock.advance(10 * MINUTE);
    await expect(await canvas.findByRole('heading', { name: s.expiredTitle })).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.askAgain })).toBeEnabled();
    await expect(canvas.getByRole('status')).toHaveTextContent(s.announce.expired);
  },
};

/** He withdraws the request himself. */
export const Withdrawn: Story = {
  loaders: [waitingLoader],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: s.withdraw }));
    await expect(await canvas.findByRole('heading', { name: s.cancelledTitle })).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.askAgain })).toBeEnabled();
  },
};

/** The room closes (here: it is deleted) while he waits. */
export const Closed: Story = {
  loaders: [waitingLoader],
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: s.waitingTitle });
    await backendOf(loaded).deleteRoom(APPOINTMENT_ROOM_ID);
    await expect(await canvas.findByRole('heading', { name: s.closedTitle })).toBeVisible();
    await expect(canvas.getByText(s.closedBody)).toBeVisible();
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(canvas.getByRole('status')).toHaveTextContent(s.announce.closed);
  },
};

/** The backend is busy: what failed and why, and Try again, which then sends it. */
export const Failed: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.waitingRoom;
    const canvas = within(canvasElement);
    backendOf(loaded).faults.failNext('unavailable', { operation: 'requestToJoin' });
    await userEvent.click(canvas.getByRole('button', { name: s.askButton }));
    await expect(await canvas.findByRole('heading', { name: s.sendFailed })).toBeVisible();
    await expect(canvas.getByText(strings.errors.unavailable)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: s.tryAgain }));
    await expect(await canvas.findByRole('heading', { name: s.waitingTitle })).toBeVisible();
  },
};

/** The device is offline while he waits: the request keeps its place, and Withdraw waits for the connection. */
export const Offline: Story = {
  loaders: [waitingLoader],
  beforeEach: () => {
    // The browser's own flag, shadowed on the instance for this story and given back after it.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    return () => {
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
    };
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.waitingRoom;
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: s.waitingTitle });
    await expect(canvas.getByText(s.offlineTitle)).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.withdraw })).toHaveAttribute('aria-disabled', 'true');
  },
};
