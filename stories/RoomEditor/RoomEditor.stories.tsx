import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RoomEditor } from '../../src/components/RoomEditor';
import {
  createInMemoryRoomsAdapter,
  defaultPerson,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import { collectAll } from '../../src/adapter/paging';
import type { Room, RoomsAdapter } from '../../src/adapter/types';
import { RoomsError } from '../../src/core/errors';
import { formatInstantRange } from '../../src/core/format';
import type { RoomsKitStrings } from '../../src/strings';
import { dialogsClosed, openedDialog } from '../shared/dialogs';
import { asText, fill, localeOf, stringsOf } from '../shared/storyText';
import { expectDangerButton } from '../shared/danger';

/**
 * Creates or edits one room. Every story runs on a fixed clock (Monday 2 March 2026, 09:30 UTC) in Europe/London,
 * with a fresh in-memory backend from its loader. Theme, direction and locale come from the toolbar; the `…Dark` and
 * `…Rtl` stories pin those globals so the main scenarios are also checked there.
 */
const NOW = new Date('2026-03-02T09:30:00.000Z');
const now = () => new Date(NOW.getTime());
const TIME_ZONE = 'Europe/London';
const ROOM_ID = '99000000000000001';

const person = defaultPerson;

/** Tomorrow 10:00–11:00 London time, with a presenter and a patient. */
const SEED: InMemoryRoomSeed = {
  room: {
    id: ROOM_ID,
    createdAt: new Date('2026-03-01T08:00:00Z'),
    validFrom: new Date('2026-03-03T10:00:00Z'),
    validUntil: new Date('2026-03-03T11:00:00Z'),
  },
  participants: [
    { id: person('Amara Okafor').id, role: 'Presenter' },
    { id: person('Grace Kim').id, role: 'Attendee' },
  ],
};

/** What each story's loader hands to its render and play: the backend, and what the editor talks to. */
interface Loaded {
  backend: InMemoryRoomsAdapter;
  adapter: RoomsAdapter;
}

const fresh = (options: { rooms?: InMemoryRoomSeed[]; joinPolicy?: boolean } = {}): InMemoryRoomsAdapter =>
  createInMemoryRoomsAdapter({ now, seed: 11, rooms: options.rooms ?? [], joinPolicy: options.joinPolicy });

const meta = {
  title: 'Rooms/RoomEditor',
  component: RoomEditor,
  tags: ['autodocs'],
  args: { onSaved: fn(), onCancel: fn(), onDeleted: fn() },
  parameters: {
    roomsKit: { now, timeZone: TIME_ZONE },
  },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh();
      return { backend, adapter: backend };
    },
  ],
  render: (args, { loaded }) => <RoomEditor {...args} adapter={(loaded as Loaded).adapter} />,
} satisfies Meta<typeof RoomEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

const backendOf = (loaded: unknown): InMemoryRoomsAdapter => (loaded as Loaded).backend;
const roomsOf = (adapter: RoomsAdapter): Promise<Room[]> => collectAll((o) => adapter.listRooms(o));

/** The Fluent Field a control sits in, where its message is rendered. */
function fieldOf(control: HTMLElement): HTMLElement {
  const field = control.closest('.fui-Field');
  if (!(field instanceof HTMLElement)) throw new Error('control is not inside a Field');
  return field;
}

/** Adds a person through the roster's people search, with the keyboard. */
async function addPerson(canvasElement: HTMLElement, strings: RoomsKitStrings, name: string): Promise<void> {
  const canvas = within(canvasElement);
  canvas.getByRole('combobox', { name: strings.rosterEditor.addPersonLabel }).focus();
  await userEvent.keyboard(name.split(' ')[0] ?? name);
  await within(document.body).findByRole('option', { name: new RegExp(name) });
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await canvas.findByRole('rowheader', { name: new RegExp(`^${name}`) });
}

const createdText = (strings: RoomsKitStrings, roomId: string) =>
  strings.roomEditor.created.replace('{roomId}', roomId);

/** A new room: the next half hour for an hour, one person added, created with one request. */
export const Create: Story = {
  play: async ({ canvasElement, globals, loaded, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('form', { name: strings.roomEditor.createTitle })).toBeVisible();
    await addPerson(canvasElement, strings, 'Grace Kim');
    await userEvent.click(canvas.getByRole('button', { name: strings.roomEditor.create }));
    const backend = backendOf(loaded);
    await waitFor(async () => expect(await roomsOf(backend)).toHaveLength(1));
    const [room] = await roomsOf(backend);
    await expect(await canvas.findByText(createdText(strings, room?.id ?? ''))).toBeVisible();
    await expect(backend.calls.filter((c) => c.operation === 'createRoom')).toHaveLength(1);
    await expect(args.onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: room?.id }));
    // From now on the same form edits the room, so pressing again cannot make a second one.
    await expect(
      canvas.getByRole('form', { name: strings.roomEditor.editTitle.replace('{roomId}', room?.id ?? '') }),
    ).toBeVisible();
  },
};

/** Creating in the dark theme. */
export const CreateDark: Story = { ...Create, globals: { theme: 'dark' } };

/** Creating right to left. */
export const CreateRtl: Story = { ...Create, globals: { direction: 'rtl' } };

/**
 * Keyboard only: tomorrow 09:00–09:30 in Tokyo with two people, created; then its end moved to 10:00 and saved. Each
 * control is reached with focus and driven with keys (typing, arrows, Enter).
 */
export const KeyboardOnly: Story = {
  args: { defaultTimeZone: TIME_ZONE },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const vs = strings.validityScheduler;
    const canvas = within(canvasElement);
    const combo = (name: string) => canvas.getByRole('combobox', { name });
    const typeInto = async (name: string, text: string) => {
      combo(name).focus();
      await userEvent.keyboard('{Control>}a{/Control}');
      await userEvent.keyboard(text);
    };

    await typeInto(vs.timeZoneLabel, 'tokyo');
    await within(document.body).findByRole('option', { name: /Asia\/Tokyo/ });
    await userEvent.keyboard('{Enter}');
    // A date in the locale's numeric order: tomorrow in Tokyo is 3 March 2026.
    const date = new Intl.DateTimeFormat(localeOf(globals), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date('2026-03-03T12:00:00Z'));
    // Enter takes the typed date and opens the calendar on it; Escape closes it again.
    await typeInto(vs.startDateLabel, `${date}{Enter}`);
    await within(document.body).findByRole('dialog', { name: vs.calendarLabel });
    await userEvent.keyboard('{Escape}');
    await dialogsClosed(canvasElement);
    await typeInto(vs.startTimeLabel, '09:00{Enter}');
    // The duration list opens on the current one hour; thirty minutes is the one above.
    combo(vs.durationLabel).focus();
    await userEvent.keyboard('{ArrowDown}');
    await within(document.body).findByRole('listbox');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await expect(combo(vs.durationLabel)).toHaveTextContent(vs.durations['30m']);
    await addPerson(canvasElement, strings, 'Grace Kim');
    await addPerson(canvasElement, strings, 'Ahmed Hassan');
    canvas.getByRole('button', { name: strings.roomEditor.create }).focus();
    await userEvent.keyboard('{Enter}');

    const backend = backendOf(loaded);
    await waitFor(async () => expect(await roomsOf(backend)).toHaveLength(1));
    const [room] = await roomsOf(backend);
    await expect(room?.validFrom).toEqual(new Date('2026-03-03T00:00:00Z'));
    await expect(room?.validUntil).toEqual(new Date('2026-03-03T00:30:00Z'));
    await canvas.findByText(createdText(strings, room?.id ?? ''));

    // Edit its end: one hour, the one below thirty minutes.
    combo(vs.durationLabel).focus();
    await userEvent.keyboard('{ArrowDown}');
    await within(document.body).findByRole('listbox');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(combo(vs.durationLabel)).toHaveTextContent(vs.durations['1h']);
    canvas.getByRole('button', { name: strings.roomEditor.save }).focus();
    await userEvent.keyboard('{Enter}');
    await canvas.findByText(strings.roomEditor.saved);
    await expect((await backend.getRoom(room?.id ?? '')).validUntil).toEqual(new Date('2026-03-03T01:00:00Z'));
    await expect(await roomsOf(backend)).toHaveLength(1);
  },
};

/** An existing room: its window, dial-out and roster loaded; turning dial-out on saves that one field. */
export const Edit: Story = {
  args: { roomId: ROOM_ID },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh({ rooms: [SEED] });
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
    const save = canvas.getByRole('button', { name: s.save });
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('switch', { name: new RegExp(s.dialOutLabel) }));
    await expect(save).not.toHaveAttribute('aria-disabled', 'true');
    const backend = backendOf(loaded);
    backend.resetCalls();
    const form = canvas.getByRole('form');
    const roster = canvas.getByRole('rowheader', { name: /^Amara Okafor/ });
    const offset = () => roster.getBoundingClientRect().top - form.getBoundingClientRect().top;
    const before = offset();
    await userEvent.click(save);
    await expect(await canvas.findByText(s.saved)).toBeVisible();
    // The answer appears beside the button that asked for it: nothing above it has moved.
    await expect(offset()).toBe(before);
    await expect(backend.calls.map((c) => c.operation)).toEqual(['updateRoom']);
    await expect((await backend.getRoom(ROOM_ID)).pstnDialOutEnabled).toBe(true);
  },
};

/** Editing in the dark theme. */
export const EditDark: Story = { ...Edit, globals: { theme: 'dark' } };

/** Editing right to left. */
export const EditRtl: Story = { ...Edit, globals: { direction: 'rtl' } };

/** Deleting from the editor, after a confirmation that names the room and its window. */
export const Delete: Story = {
  ...Edit,
  play: async ({ canvasElement, globals, loaded, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
    await userEvent.click(canvas.getByRole('button', { name: s.deleteRoom }));
    const dialog = await openedDialog(canvasElement, 'alertdialog', {
      name: s.deleteTitle.replace('{roomId}', ROOM_ID),
    });
    const window = formatInstantRange(new Date('2026-03-03T10:00:00Z'), new Date('2026-03-03T11:00:00Z'), {
      locale: localeOf(globals),
      timeZone: TIME_ZONE,
    });
    await expect(dialog).toHaveTextContent(window);
    await expectDangerButton(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await userEvent.click(within(dialog).getByRole('button', { name: s.deleteConfirm }));
    await dialogsClosed(canvasElement);
    await expect(await canvas.findByText(s.deleted.replace('{roomId}', ROOM_ID))).toBeVisible();
    await expect(args.onDeleted).toHaveBeenCalledWith(expect.objectContaining({ id: ROOM_ID }));
    await expect(backendOf(loaded).getRoom(ROOM_ID)).rejects.toMatchObject({ code: 'notFound' });
  },
};

/**
 * The first create lands but its answer is lost (as after a timeout). Create again: the same idempotency key comes
 * back with the one room — never two.
 */
export const CreateFailingThenRetry: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh();
      let calls = 0;
      const adapter: RoomsAdapter = {
        ...backend,
        features: backend.features,
        createRoom: async (input, options) => {
          calls += 1;
          const room = await backend.createRoom(input, options);
          if (calls === 1) throw new RoomsError('network', 'The request timed out.');
          return room;
        },
      };
      return { backend, adapter };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await addPerson(canvasElement, strings, 'Grace Kim');
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    await expect(await canvas.findByText(s.createFailed)).toBeVisible();
    await expect(canvas.getByText(asText(globals, s.retryIsSafe), { exact: false })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: /^Grace Kim/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    const backend = backendOf(loaded);
    await waitFor(async () =>
      expect(canvas.getByText(createdText(strings, (await roomsOf(backend))[0]?.id ?? '-'))).toBeVisible(),
    );
    await expect(await roomsOf(backend)).toHaveLength(1);
  },
};

/** The service refuses the end: its message appears on the end (the duration) and every value stays. */
export const ServerErrorOnValidUntil: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh();
      backend.faults.failNext(
        new RoomsError('validation', 'The time range end is in the past.', { target: 'validUntil' }),
        { operation: 'createRoom' },
      );
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('switch', { name: new RegExp(s.dialOutLabel) }));
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    const duration = canvas.getByRole('combobox', { name: strings.validityScheduler.durationLabel });
    // In the kit's words, not the service's English.
    const message = asText(globals, s.serverRejected, { message: strings.errors.validation });
    await waitFor(() => expect(fieldOf(duration)).toHaveTextContent(message));
    await expect(duration).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(duration).toHaveFocus());
    await expect(canvas.getByRole('switch', { name: new RegExp(s.dialOutLabel) })).toBeChecked();
    await expect(await roomsOf(backendOf(loaded))).toHaveLength(0);
  },
};

/** The refusal right to left. */
export const ServerErrorOnValidUntilRtl: Story = { ...ServerErrorOnValidUntil, globals: { direction: 'rtl' } };

/** A backend with join policies: the editor offers the choice and sends it. */
export const JoinPolicy: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh({ joinPolicy: true });
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    const group = canvas.getByRole('radiogroup', { name: s.joinPolicyLabel });
    await expect(within(group).getByRole('radio', { name: s.joinPolicies.inviteOnly })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: s.joinPolicies.communicationServiceUsers }));
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    const backend = backendOf(loaded);
    await waitFor(async () => expect(await roomsOf(backend)).toHaveLength(1));
    await expect((await roomsOf(backend))[0]?.joinPolicy).toBe('communicationServiceUsers');
  },
};

/** Someone who may see the room but not manage it: text, no inputs, no Save or Delete. */
export const ReadOnly: Story = {
  ...Edit,
  args: { roomId: ROOM_ID, readOnly: true },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(s.readOnlyNotice)).toBeVisible();
    await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
    await expect(canvas.queryByRole('button', { name: s.save })).toBeNull();
    await expect(canvas.queryByRole('button', { name: s.deleteRoom })).toBeNull();
    await expect(canvas.queryByRole('combobox', { name: strings.validityScheduler.startTimeLabel })).toBeNull();
    await expect(canvas.getByRole('switch', { name: new RegExp(s.dialOutLabel) })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: strings.common.close })).toBeVisible();
  },
};

/** The room was deleted (or never existed): the editor says so instead of showing a form. */
export const NotFound: Story = {
  args: { roomId: ROOM_ID },
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(s.notFoundTitle)).toBeVisible();
    await expect(canvas.getByText(s.notFound.replace('{roomId}', ROOM_ID), { exact: false })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: s.save })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: strings.common.close }));
    await expect(args.onCancel).toHaveBeenCalled();
  },
};

/** The room cannot be read yet. */
export const Loading: Story = {
  args: { roomId: ROOM_ID },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = createInMemoryRoomsAdapter({ now, rooms: [SEED], latencyMs: 600_000 });
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(strings.roomEditor.loading);
    await expect(canvas.getByRole('form')).toHaveAttribute('aria-busy', 'true');
  },
};

/** Loading fails once; Retry loads the room. */
export const LoadFailed: Story = {
  args: { roomId: ROOM_ID },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh({ rooms: [SEED] });
      backend.faults.failNext('unavailable', { operation: 'getRoom' });
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.roomEditor.loadFailed)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    await expect(await canvas.findByRole('rowheader', { name: /^Amara Okafor/ })).toBeVisible();
  },
};

/** The create is under way: the button says so and cannot be pressed twice; the form is busy. */
export const Saving: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh();
      // A create that never answers, so the saving state stays on screen.
      const adapter: RoomsAdapter = {
        ...backend,
        features: backend.features,
        createRoom: () => new Promise<Room>(() => undefined),
      };
      return { backend, adapter };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    const busy = await canvas.findByRole('button', { name: s.creating });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('form')).toHaveAttribute('aria-busy', 'true');
  },
};

// ---- Title, notes, reference and the room's own zone -------------------------------------------------------------

const AMARA = person('Amara Okafor');

/** "Follow-up: Priya Raman", tomorrow 09:00–09:30 in Berlin (08:00–08:30 UTC, so 08:00 for a London viewer). */
const BERLIN_SEED: InMemoryRoomSeed = {
  room: {
    id: ROOM_ID,
    createdAt: new Date('2026-03-01T08:00:00Z'),
    validFrom: new Date('2026-03-03T08:00:00Z'),
    validUntil: new Date('2026-03-03T08:30:00Z'),
    subject: 'Follow-up: Priya Raman',
    timeZone: 'Europe/Berlin',
    description: 'Bring the blood test results.',
  },
  participants: [
    { id: AMARA.id, role: 'Presenter' },
    { id: person('Grace Kim').id, role: 'Attendee' },
  ],
};

/** A backend whose changes are stamped as Amara Okafor's, as when she saves from her own screen. */
const asAmara = (): InMemoryRoomsAdapter =>
  createInMemoryRoomsAdapter({ now, seed: 11, rooms: [BERLIN_SEED], currentUser: AMARA.id });

/** Replaces what is in a text field with `text`, from the keyboard. */
async function retype(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.paste(text);
}

/** A new appointment with its title and notes; the zone picked in the scheduler is sent with it. */
export const CreateWithTitle: Story = {
  args: { defaultTimeZone: 'Europe/Berlin' },
  play: async ({ canvasElement, globals, loaded, args }) => {
    const s = stringsOf(globals).roomEditor;
    const canvas = within(canvasElement);
    await retype(canvas.getByRole('textbox', { name: s.subjectLabel }), 'Follow-up: Priya Raman');
    await userEvent.click(canvas.getByRole('button', { name: s.moreDetails }));
    await retype(await canvas.findByRole('textbox', { name: s.descriptionLabel }), 'Bring the blood test results.');
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    await expect(
      await canvas.findByText(asText(globals, s.createdNamed, { subject: 'Follow-up: Priya Raman' })),
    ).toBeVisible();
    const [room] = await roomsOf(backendOf(loaded));
    await expect(room).toMatchObject({
      subject: 'Follow-up: Priya Raman',
      description: 'Bring the blood test results.',
      timeZone: 'Europe/Berlin',
    });
    await expect(args.onSaved).toHaveBeenCalledWith(expect.objectContaining({ subject: 'Follow-up: Priya Raman' }));
    await expect(canvas.getByRole('heading', { name: 'Follow-up: Priya Raman' })).toBeVisible();
  },
};

/**
 * A room made for 09:00 in Berlin, opened by a viewer in London: the form reopens in Berlin at 09:00, not at 08:00
 * London time, and reopening is not a change.
 */
export const EditInRoomZone: Story = {
  args: { roomId: ROOM_ID },
  loaders: [
    async (): Promise<Loaded> => {
      const backend = asAmara();
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const vs = strings.validityScheduler;
    const canvas = within(canvasElement);
    await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
    await expect(canvas.getByRole('heading', { name: 'Follow-up: Priya Raman' })).toBeVisible();
    const zone = canvas.getByRole('combobox', { name: vs.timeZoneLabel }) as HTMLInputElement;
    await expect(zone.value).toMatch(/^Europe\/Berlin /);
    await expect(canvas.getByRole('combobox', { name: vs.startTimeLabel })).toHaveValue(
      new Intl.DateTimeFormat(localeOf(globals), {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Berlin',
      }).format(new Date('2026-03-03T08:00:00Z')),
    );
    await expect(canvas.getByRole('textbox', { name: s.subjectLabel })).toHaveValue('Follow-up: Priya Raman');
    await expect(canvas.getByRole('textbox', { name: s.descriptionLabel })).toHaveValue(
      'Bring the blood test results.',
    );
    await expect(canvas.getByRole('button', { name: s.save })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A title over the limit is refused as it is typed, with a count; the service's refusal sits on the field too, in the kit's words. */
export const TitleErrors: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = fresh();
      backend.faults.failNext(
        new RoomsError('validation', 'The title may not name a patient’s diagnosis.', { target: 'subject' }),
        { operation: 'createRoom' },
      );
      return { backend, adapter: backend };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.roomEditor;
    const canvas = within(canvasElement);
    const title = canvas.getByRole('textbox', { name: s.subjectLabel });
    await retype(title, 'x'.repeat(201));
    await expect(fieldOf(title)).toHaveTextContent(asText(globals, s.detailIssues.tooLong, { limit: 200, count: 201 }));
    await expect(fieldOf(title)).toHaveTextContent(asText(globals, s.characterCount, { count: 201, limit: 200 }));
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    await waitFor(() => expect(title).toHaveFocus());
    await expect(await roomsOf(backendOf(loaded))).toHaveLength(0);

    await retype(title, 'Follow-up: diabetes');
    await userEvent.click(canvas.getByRole('button', { name: s.create }));
    const refused = asText(globals, s.serverRejected, { message: strings.errors.validation });
    await waitFor(() => expect(fieldOf(title)).toHaveTextContent(refused));
    await expect(title).toHaveValue('Follow-up: diabetes');
    await expect(await roomsOf(backendOf(loaded))).toHaveLength(0);
  },
};

/** The conflict message as the play leaves it: who changed what and when, and the two ways on. */
async function conflictShown(
  canvasElement: HTMLElement,
  globals: Record<string, unknown>,
  backend: InMemoryRoomsAdapter,
) {
  const strings = stringsOf(globals);
  const s = strings.roomEditor;
  const canvas = within(canvasElement);
  await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
  await retype(canvas.getByRole('textbox', { name: s.descriptionLabel }), 'Fasting from midnight, please.');
  // Meanwhile Amara moves the appointment half an hour earlier and retitles it.
  await backend.updateRoom(ROOM_ID, {
    subject: 'Follow-up: Priya Raman (earlier)',
    validFrom: new Date('2026-03-03T07:30:00Z'),
  });
  await userEvent.click(canvas.getByRole('button', { name: s.save }));
  const locale = localeOf(globals);
  const changes = new Intl.ListFormat(locale, { type: 'conjunction' }).format([
    s.changedFields.subject,
    s.changedFields.validFrom,
  ]);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: TIME_ZONE }).format(NOW);
  const text = fill(globals, s.conflictText, { name: 'Amara Okafor', changes, time });
  const message = await canvas.findByText(
    (_, node) => node?.textContent?.includes(text) === true && node.matches('[data-conflict]'),
  );
  await waitFor(() => expect(message).toHaveFocus());
  await expect(message).toHaveTextContent(s.conflictKept);
  // The user's notes are still there; Amara's title is on the form where the user changed nothing.
  await expect(canvas.getByRole('textbox', { name: s.descriptionLabel })).toHaveValue('Fasting from midnight, please.');
  await expect(canvas.getByRole('textbox', { name: s.subjectLabel })).toHaveValue('Follow-up: Priya Raman (earlier)');
  return { s, canvas, message };
}

const conflictLoaders = [
  async (): Promise<Loaded> => {
    const backend = asAmara();
    return { backend, adapter: backend };
  },
];

/** Someone else saved while this form was open: the message names them, what they changed and when. */
export const Conflict: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const { s, canvas } = await conflictShown(canvasElement, globals, backendOf(loaded));
    // From the message, Tab reaches the two ways on.
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: s.conflictReload })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: s.conflictOverwrite })).toHaveFocus();
    // Nothing was written while the user has not chosen.
    await expect((await backendOf(loaded).getRoom(ROOM_ID)).description).toBe('Bring the blood test results.');
  },
};

/** "Keep mine and save": the user's notes are saved against the newer version, Amara's title and time stay. */
export const ConflictKeepMine: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const backend = backendOf(loaded);
    const { s, canvas } = await conflictShown(canvasElement, globals, backend);
    canvas.getByRole('button', { name: s.conflictOverwrite }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(s.saved)).toBeVisible();
    const room = await backend.getRoom(ROOM_ID);
    await expect(room.description).toBe('Fasting from midnight, please.');
    await expect(room.subject).toBe('Follow-up: Priya Raman (earlier)');
    await expect(room.validFrom).toEqual(new Date('2026-03-03T07:30:00Z'));
  },
};

/** "Reload their version": the user's notes are dropped only now, and the form shows the saved room. */
export const ConflictReload: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const backend = backendOf(loaded);
    const { s, canvas } = await conflictShown(canvasElement, globals, backend);
    await userEvent.click(canvas.getByRole('button', { name: s.conflictReload }));
    await expect(canvas.getByRole('textbox', { name: s.descriptionLabel })).toHaveValue(
      'Bring the blood test results.',
    );
    await expect(canvas.getByRole('button', { name: s.save })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.queryByRole('button', { name: s.conflictOverwrite })).toBeNull();
    await expect((await backend.getRoom(ROOM_ID)).description).toBe('Bring the blood test results.');
  },
};

/** The conflict message in the dark theme. */
export const ConflictDark: Story = { ...Conflict, globals: { theme: 'dark' } };

/** The conflict message right to left. */
export const ConflictRtl: Story = { ...Conflict, globals: { direction: 'rtl' } };

/** What {@link ChangedElsewhere} leaves on screen: the message, the form as the user left it. */
async function changedElsewhereShown(
  canvasElement: HTMLElement,
  globals: Record<string, unknown>,
  backend: InMemoryRoomsAdapter,
) {
  const s = stringsOf(globals).roomEditor;
  const canvas = within(canvasElement);
  await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
  const notes = canvas.getByRole('textbox', { name: s.descriptionLabel });
  await retype(notes, 'Fasting from midnight, please.');
  await backend.updateRoom(ROOM_ID, { subject: 'Follow-up: Priya Raman (earlier)' });

  const text = fill(globals, s.conflictTextLive, { name: 'Amara Okafor', changes: s.changedFields.subject });
  const message = await canvas.findByText(
    (_, node) => node?.textContent?.includes(text) === true && node.matches('[data-conflict]'),
  );
  await expect(message).toHaveTextContent(s.conflictKept);
  await expect(notes).toHaveFocus();
  await expect(canvas.getByRole('textbox', { name: s.subjectLabel })).toHaveValue('Follow-up: Priya Raman');
  await expect(canvas.getByRole('button', { name: s.conflictReload })).toBeVisible();
  return { s, canvas, notes };
}

/**
 * Amara retitles the appointment while this form has unsaved notes: the "changed elsewhere" message appears at once
 * (politely, leaving focus where the user types) and the form stays as the user left it.
 */
export const ChangedElsewhere: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    await changedElsewhereShown(canvasElement, globals, backendOf(loaded));
  },
};

/** "Keep mine": Amara's title where the user changed nothing, the user's notes kept for saving; nothing saved yet. */
export const ChangedElsewhereKeepMine: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const backend = backendOf(loaded);
    const { s, canvas, notes } = await changedElsewhereShown(canvasElement, globals, backend);
    await userEvent.click(canvas.getByRole('button', { name: s.conflictKeepMine }));
    await expect(canvas.getByRole('textbox', { name: s.subjectLabel })).toHaveValue('Follow-up: Priya Raman (earlier)');
    await expect(notes).toHaveValue('Fasting from midnight, please.');
    await expect(canvas.queryByRole('button', { name: s.conflictReload })).toBeNull();
    await expect((await backend.getRoom(ROOM_ID)).description).toBe('Bring the blood test results.');
  },
};

/** An untouched form takes Amara's new time in quietly: no message, nothing to save. */
export const UpdatedElsewhereQuietly: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).roomEditor;
    const canvas = within(canvasElement);
    await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
    await backendOf(loaded).updateRoom(ROOM_ID, { subject: 'Follow-up: Priya Raman (earlier)' });
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: s.subjectLabel })).toHaveValue('Follow-up: Priya Raman (earlier)'),
    );
    await expect(canvasElement.querySelector('[data-conflict]')).toBeNull();
    await expect(canvas.getByRole('button', { name: s.save })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The appointment is deleted elsewhere while open: the form says it is gone and nothing can be saved. */
export const DeletedElsewhere: Story = {
  args: { roomId: ROOM_ID },
  loaders: conflictLoaders,
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).roomEditor;
    const canvas = within(canvasElement);
    await canvas.findByRole('rowheader', { name: /^Amara Okafor/ });
    await retype(canvas.getByRole('textbox', { name: s.subjectLabel }), 'My title');
    await backendOf(loaded).deleteRoom(ROOM_ID);
    await expect(await canvas.findByText(s.notFoundTitle)).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: s.subjectLabel })).toHaveValue('My title');
    await expect(canvas.getByRole('button', { name: s.save })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.queryByRole('button', { name: s.deleteRoom })).toBeNull();
  },
};
