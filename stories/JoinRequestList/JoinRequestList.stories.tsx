import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { RoomsAdapter } from '../../src/adapter/types';
import { JoinRequestList, joinRequestListClassNames } from '../../src/components/JoinRequestList';
import { asText, fill, localeOf, stringsOf } from '../shared/storyText';
import { formatAttendanceDuration } from '../../src/core/attendance';
import { dialogsClosed, openedDialog } from '../shared/dialogs';
import { createGate } from '../shared/gate';
import {
  APPOINTMENT_ROOM_ID,
  appointmentBackend,
  guestId,
  knockSome,
  lobbyClock,
  NURSE,
  TIME_ZONE,
} from './lobbyWorld';

/**
 * The people asking to join Dr. Okafor's appointment, as she sees them: first asked first, each with a role picker
 * (Attendee unless she picks another), Admit and Decline. Every story gets a fresh in-memory backend signed in as the
 * doctor, with three people at the door unless it says otherwise.
 */
interface Loaded {
  adapter: RoomsAdapter;
  backend: InMemoryRoomsAdapter;
}

const meta = {
  title: 'Rooms/JoinRequestList',
  component: JoinRequestList,
  tags: ['autodocs'],
  args: { roomId: APPOINTMENT_ROOM_ID, onAdmitted: fn(), onDeclined: fn() },
  parameters: {
    roomsKit: { clock: lobbyClock, timeZone: TIME_ZONE },
  },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend();
      knockSome(backend);
      return { adapter: backend, backend };
    },
  ],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 760 }}>
      <JoinRequestList {...args} adapter={(loaded as Loaded).adapter} />
    </div>
  ),
} satisfies Meta<typeof JoinRequestList>;

export default meta;
type Story = StoryObj<typeof meta>;

const backendOf = (loaded: unknown): InMemoryRoomsAdapter => (loaded as Loaded).backend;

const rowOf = (canvasElement: HTMLElement, userName: string): HTMLElement => {
  const name = within(canvasElement).getByText(userName);
  const row = name.closest('li');
  if (!row) throw new Error(`${userName} has no row`);
  return row;
};
const namesIn = (canvasElement: HTMLElement): string[] =>
  [...canvasElement.querySelectorAll(`.${joinRequestListClassNames.name}`)].map((el) => el.textContent ?? '');

/** Three people at the door, first asked first, each with their message and how long they have waited. */
export const Waiting: Story = {
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.joinRequestList;
    const canvas = within(canvasElement);
    await canvas.findByRole('region', { name: fill(globals, s.heading, { count: 3 }) });
    await expect(namesIn(canvasElement)).toEqual(['Priya Raman', 'Jamal Washington', 'Marguerite Lefèvre']);
    const priya = rowOf(canvasElement, 'Priya Raman');
    await expect(priya).toHaveTextContent('I am Sam’s daughter and will help with his questions.');
    await expect(priya).toHaveTextContent(
      asText(globals, s.waited, { duration: formatAttendanceDuration(9 * 60_000, localeOf(globals)) }),
    );
    await expect(
      within(priya).getByRole('combobox', { name: fill(globals, s.roleFor, { name: 'Priya Raman' }) }),
    ).toHaveTextContent(strings.organisers.roles.Attendee.name);
    await expect(canvasElement).not.toHaveTextContent('8:acs:');
  },
};

/**
 * The doctor lets the interpreter in as a Consumer, who only listens, by keyboard: the picker shows what each role may
 * do; Admit names the role it admits with; the row goes and the page says who was admitted as what.
 */
export const AdmitWithRole: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.joinRequestList;
    const canvas = within(canvasElement);
    await canvas.findByText('Marguerite Lefèvre');
    const row = rowOf(canvasElement, 'Marguerite Lefèvre');
    const picker = within(row).getByRole('combobox', {
      name: fill(globals, s.roleFor, { name: 'Marguerite Lefèvre' }),
    });
    await userEvent.click(picker);
    const consumer = await within(canvasElement.ownerDocument.body).findByRole('option', {
      name: strings.organisers.roles.Consumer.name,
    });
    await userEvent.click(consumer);
    const admit = within(row).getByRole('button', {
      name: fill(globals, s.admitLabel, { name: 'Marguerite Lefèvre', role: strings.lobby.roleAs.Consumer }),
    });
    admit.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onAdmitted).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(namesIn(canvasElement)).toEqual(['Priya Raman', 'Jamal Washington']));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      fill(globals, s.announce.admitted, { name: 'Marguerite Lefèvre', role: strings.lobby.roleAs.Consumer }),
    );
  },
};

/** Someone knocks while the doctor watches: they appear at the end of the queue, and the page says so. */
export const NewArrival: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).lobby.joinRequestList;
    const canvas = within(canvasElement);
    await canvas.findByText('Priya Raman');
    backendOf(loaded).knockAs(APPOINTMENT_ROOM_ID, guestId(9), { displayName: 'Harriet Osei' });
    await waitFor(() => expect(namesIn(canvasElement).at(-1)).toBe('Harriet Osei'));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      fill(globals, s.announce.arrived, { name: 'Harriet Osei' }),
    );
  },
};

const slowDecline = createGate();

/**
 * Declining with a reason: the dialog says what the person is told, counts the reason's characters, and stays until
 * the backend answers, the row showing it is being declined meanwhile.
 */
export const DeclineInProgress: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend();
      knockSome(backend);
      const adapter: RoomsAdapter = Object.assign(Object.create(backend) as RoomsAdapter, {
        declineJoinRequest: slowDecline.hold(backend.declineJoinRequest.bind(backend)),
      });
      return { adapter, backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.joinRequestList;
    const canvas = within(canvasElement);
    await canvas.findByText('Jamal Washington');
    await userEvent.click(
      canvas.getByRole('button', { name: fill(globals, s.declineLabel, { name: 'Jamal Washington' }) }),
    );
    const dialog = await openedDialog(canvasElement, 'dialog', {
      name: fill(globals, s.declineTitle, { name: 'Jamal Washington' }),
    });
    const reason = 'This appointment is for the patient and family only.';
    await userEvent.type(within(dialog).getByRole('textbox', { name: s.reasonLabel }), reason);
    await expect(dialog).toHaveTextContent(fill(globals, s.reasonCounter, { count: reason.length, max: 500 }));
    await userEvent.click(within(dialog).getByRole('button', { name: s.declineConfirm }));
    await waitFor(() => expect(rowOf(canvasElement, 'Jamal Washington')).toHaveAttribute('data-pending', 'decline'));
    await expect(within(dialog).getByRole('button', { name: s.declining })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The decline goes through: the dialog closes, the row goes, the page says so. */
export const Declined: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).lobby.joinRequestList;
    const canvas = within(canvasElement);
    await canvas.findByText('Jamal Washington');
    await userEvent.click(
      canvas.getByRole('button', { name: fill(globals, s.declineLabel, { name: 'Jamal Washington' }) }),
    );
    const dialog = await openedDialog(canvasElement, 'dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: s.declineConfirm }));
    await dialogsClosed(canvasElement);
    await waitFor(() => expect(args.onDeclined).toHaveBeenCalledTimes(1));
    await expect(namesIn(canvasElement)).toEqual(['Priya Raman', 'Marguerite Lefèvre']);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      fill(globals, s.announce.declined, { name: 'Jamal Washington' }),
    );
  },
};

/** The backend is busy when the doctor admits: the row stays as it was, role and all, with the reason. */
export const AdmitFailing: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.joinRequestList;
    const canvas = within(canvasElement);
    await canvas.findByText('Priya Raman');
    backendOf(loaded).faults.failNext('unavailable', { operation: 'admitJoinRequest' });
    const row = rowOf(canvasElement, 'Priya Raman');
    await userEvent.click(
      within(row).getByRole('button', {
        name: fill(globals, s.admitLabel, { name: 'Priya Raman', role: strings.lobby.roleAs.Attendee }),
      }),
    );
    await expect(
      await within(row).findByText(
        fill(globals, s.admitFailed, { name: 'Priya Raman', error: strings.errors.unavailable }),
      ),
    ).toBeVisible();
    await expect(row).not.toHaveAttribute('data-pending');
    await expect(namesIn(canvasElement)).toHaveLength(3);
  },
};

/** A hundred people at once (a webinar's link shared widely): all listed in order; the list scrolls in its box. */
export const Many: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend();
      for (let i = 0; i < 100; i++) backend.knockAs(APPOINTMENT_ROOM_ID, guestId(i), { displayName: `Guest ${i + 1}` });
      return { adapter: backend, backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.joinRequestList;
    await within(canvasElement).findByRole('region', { name: fill(globals, s.heading, { count: 100 }) });
    await expect(namesIn(canvasElement)).toEqual(Array.from({ length: 100 }, (_, i) => `Guest ${i + 1}`));
    const scroller = canvasElement.querySelector<HTMLElement>(`.${joinRequestListClassNames.scroller}`)!;
    await expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
  },
};

/** Nobody at the door. */
export const Empty: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend();
      return { adapter: backend, backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.joinRequestList;
    await expect(await within(canvasElement).findByText(s.empty)).toBeVisible();
  },
};

const slowList = createGate();

/** The requests are on their way. */
export const Loading: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend();
      const adapter: RoomsAdapter = Object.assign(Object.create(backend) as RoomsAdapter, {
        listJoinRequests: slowList.hold(backend.listJoinRequests.bind(backend)),
      });
      return { adapter, backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.joinRequestList;
    await expect(await within(canvasElement).findByText(s.loading)).toBeVisible();
  },
};

/** The backend cannot be reached: what failed, why, and Retry, which then shows the requests. */
export const FailingBackend: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend();
      knockSome(backend);
      backend.faults.failNext('network', { operation: 'listJoinRequests' });
      return { adapter: backend, backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.joinRequestList;
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(s.loadFailed)).toBeVisible();
    await expect(canvas.getByText(strings.errors.network)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    await expect(await canvas.findByText('Priya Raman')).toBeVisible();
  },
};

/** Signed in as the nurse, an Attendee, who may not answer requests: the list is not there at all. */
export const Forbidden: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = appointmentBackend(NURSE);
      knockSome(backend);
      return { adapter: backend, backend };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    await waitFor(() =>
      expect(backendOf(loaded).calls.filter((c) => c.operation === 'listJoinRequests')).toHaveLength(1),
    );
    await waitFor(() => expect(canvasElement.querySelector(`.${joinRequestListClassNames.root}`)).toBeNull());
    await expect(within(canvasElement).queryByText('Priya Raman')).not.toBeInTheDocument();
  },
};
