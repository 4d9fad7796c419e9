// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RoomEditor } from '../../src/components/RoomEditor';
import {
  createInMemoryRoomsAdapter,
  defaultPerson,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import type { CreateRoomInput, RoomsAdapter, UpdateRoomInput, UpdateRoomOptions } from '../../src/adapter/types';
import { RoomsError } from '../../src/core/errors';
import { RoomsKitProvider } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS } from '../../src/strings';

// Waits for the UI, not a time limit on it: a loaded machine must not fail a correct component.

/** Monday 2 March 2026, 09:30 UTC; the viewer is in London. */
const NOW = new Date('2026-03-02T09:30:00.000Z');
const now = () => new Date(NOW.getTime());
const S = EN_STRINGS.roomEditor;
const VS = EN_STRINGS.validityScheduler;
const ROOM_ID = '99000000000000001';

const person = defaultPerson;
const AMARA = person('Amara Okafor');

/** "Follow-up: Priya Raman", tomorrow 09:00–09:30 in Berlin (08:00–08:30 UTC), with notes. */
const BERLIN_ROOM: InMemoryRoomSeed = {
  room: {
    id: ROOM_ID,
    createdAt: new Date('2026-03-01T08:00:00Z'),
    validFrom: new Date('2026-03-03T08:00:00Z'),
    validUntil: new Date('2026-03-03T08:30:00Z'),
    subject: 'Follow-up: Priya Raman',
    timeZone: 'Europe/Berlin',
    description: 'Bring the blood test results.',
  },
  participants: [{ id: AMARA.id, role: 'Presenter' }],
};

/** Changes made through it are stamped as Amara Okafor's, as when she saves from her own screen. */
function backend(rooms: InMemoryRoomSeed[] = [], currentUser: string | null = AMARA.id): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({ now, seed: 7, rooms, ...(currentUser === null ? {} : { currentUser }) });
}

/** Records every create's input and every update's patch and options, on top of a real backend. */
function recorded(inner: RoomsAdapter) {
  const creates: CreateRoomInput[] = [];
  const updates: Array<{ patch: UpdateRoomInput; options: UpdateRoomOptions | undefined }> = [];
  const adapter: RoomsAdapter = {
    ...inner,
    features: inner.features,
    createRoom: (input, options) => {
      creates.push(input);
      return inner.createRoom(input, options);
    },
    updateRoom: (roomId, patch, options) => {
      updates.push({ patch, options });
      return inner.updateRoom(roomId, patch, options);
    },
  };
  return { adapter, creates, updates };
}

type User = ReturnType<typeof userEvent.setup>;

function renderEditor(ui: ReactElement, locale = 'en-GB'): { user: User } {
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale={locale} timeZone="Europe/London" now={now}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { user };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const combo = (name: string) => screen.getByRole('combobox', { name });
const button = (name: string | RegExp) => screen.getByRole('button', { name });

function fieldOf(control: HTMLElement): HTMLElement {
  const node = control.closest('.fui-Field');
  if (!(node instanceof HTMLElement)) throw new Error('not in a Field');
  return node;
}

async function typeInto(user: User, input: HTMLElement, text: string) {
  act(() => input.focus());
  await user.keyboard('{Control>}a{/Control}');
  if (text === '') await user.keyboard('{Backspace}');
  else await user.paste(text);
}

async function press(user: User, target: HTMLElement) {
  act(() => target.focus());
  await user.keyboard('{Enter}');
}

async function openMoreDetails(user: User) {
  const header = button(S.moreDetails);
  if (header.getAttribute('aria-expanded') !== 'true') await press(user, header);
}

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Waits for the edited room's form. */
async function loaded() {
  await screen.findByRole('rowheader', { name: /^Amara Okafor/ });
}

describe('RoomEditor, title and details', () => {
  it('creates a room with a title, notes, a reference and the zone chosen in the scheduler', async () => {
    const inner = backend();
    const { adapter, creates } = recorded(inner);
    const onSaved = vi.fn();
    const { user } = renderEditor(<RoomEditor adapter={adapter} onSaved={onSaved} defaultTimeZone="Europe/Berlin" />);

    await typeInto(user, textbox(S.subjectLabel), '  Follow-up: Priya Raman ');
    await openMoreDetails(user);
    await typeInto(user, textbox(S.descriptionLabel), 'Bring the blood test results.');
    await typeInto(user, textbox(S.referenceLabel), 'APT-2291');
    await press(user, button(S.create));

    expect(await screen.findByText('“Follow-up: Priya Raman” created.')).toBeInTheDocument();
    expect(creates).toEqual([
      expect.objectContaining({
        subject: 'Follow-up: Priya Raman',
        description: 'Bring the blood test results.',
        reference: 'APT-2291',
        timeZone: 'Europe/Berlin',
      }),
    ]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ subject: 'Follow-up: Priya Raman' }));
    // The form now edits that room, under its title.
    expect(screen.getByRole('form', { name: 'Follow-up: Priya Raman' })).toBeInTheDocument();
  });

  it('creates a room without a title when the field is left empty, in the viewer’s zone', async () => {
    const { adapter, creates } = recorded(backend());
    const { user } = renderEditor(<RoomEditor adapter={adapter} />);
    await press(user, button(S.create));
    await screen.findByText(/Room \d+ created\./);
    expect(creates[0]).not.toHaveProperty('subject');
    expect(creates[0]?.timeZone).toBe('Europe/London');
  });

  it('reopens a room made for 09:00 Europe/Berlin at 09:00 Europe/Berlin for a viewer in London', async () => {
    const { adapter, updates } = recorded(backend([BERLIN_ROOM]));
    const { user } = renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    expect(combo(VS.timeZoneLabel)).toHaveValue('Europe/Berlin (GMT+01:00)');
    expect(combo(VS.startTimeLabel)).toHaveValue('09:00');
    expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman');
    expect(screen.getByRole('form', { name: 'Follow-up: Priya Raman' })).toBeInTheDocument();
    // Notes are there, so their disclosure opens by itself.
    expect(textbox(S.descriptionLabel)).toHaveValue('Bring the blood test results.');
    // Reopening in its zone is not a change.
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');

    // A new title is the only thing sent, against the version that was read.
    const version = (await adapter.getRoom(ROOM_ID)).version;
    expect(version).toBeTruthy();
    await typeInto(user, textbox(S.subjectLabel), 'Second follow-up: Priya Raman');
    await press(user, button(S.save));
    await screen.findByText(S.saved);
    expect(updates).toEqual([{ patch: { subject: 'Second follow-up: Priya Raman' }, options: expect.anything() }]);
    expect(updates[0]?.options?.ifMatch).toBe(version);
  });

  it('reopens a room that has no zone in the viewer’s zone, and clearing the title sends a clear', async () => {
    const seed: InMemoryRoomSeed = {
      ...BERLIN_ROOM,
      room: { ...BERLIN_ROOM.room, timeZone: undefined, description: undefined },
    };
    const { adapter, updates } = recorded(backend([seed]));
    const { user } = renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    expect(combo(VS.timeZoneLabel)).toHaveValue('Europe/London (GMT+00:00)');
    expect(combo(VS.startTimeLabel)).toHaveValue('08:00');
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
    await typeInto(user, textbox(S.subjectLabel), '');
    await press(user, button(S.save));
    await screen.findByText(S.saved);
    expect(updates.map((u) => u.patch)).toEqual([{ subject: null }]);
    expect(screen.getByRole('form', { name: `Room ${ROOM_ID}` })).toBeInTheDocument();
  });

  it('counts characters near the limit, refuses a title over 200 characters without a request, and keeps it', async () => {
    const { adapter, creates } = recorded(backend());
    const { user } = renderEditor(<RoomEditor adapter={adapter} />);
    const title = textbox(S.subjectLabel);
    await typeInto(user, title, 'a'.repeat(170));
    expect(fieldOf(title)).toHaveTextContent('170 of 200 characters');
    await typeInto(user, title, 'a'.repeat(201));
    expect(fieldOf(title)).toHaveTextContent('Keep this to 200 characters; it has 201.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await press(user, button(S.create));
    expect(await screen.findByText(S.fixFields)).toBeInTheDocument();
    await waitFor(() => expect(title).toHaveFocus());
    expect(creates).toHaveLength(0);
    expect(title).toHaveValue('a'.repeat(201));
  });

  it('shows the service’s refusal of the title on the title field, and of the reference on the reference', async () => {
    const inner = backend();
    inner.faults.failNext(new RoomsError('validation', 'That title is taken.', { target: 'subject' }), {
      operation: 'createRoom',
    });
    const { user } = renderEditor(<RoomEditor adapter={inner} />);
    await typeInto(user, textbox(S.subjectLabel), 'Follow-up');
    await press(user, button(S.create));
    const title = textbox(S.subjectLabel);
    await waitFor(() =>
      expect(fieldOf(title)).toHaveTextContent(S.serverRejected.replace('{message}', EN_STRINGS.errors.validation)),
    );
    // The service's English stays out of the page: the field says it in the kit's words.
    expect(fieldOf(title)).not.toHaveTextContent('That title is taken.');
    await waitFor(() => expect(title).toHaveFocus());
    // Typing again clears the message.
    await user.keyboard(' again');
    expect(fieldOf(title)).not.toHaveTextContent(EN_STRINGS.errors.validation);

    inner.faults.failNext(new RoomsError('validation', 'Unknown booking.', { target: 'reference' }), {
      operation: 'createRoom',
    });
    await press(user, button(S.create));
    const reference = await screen.findByRole('textbox', { name: S.referenceLabel });
    await waitFor(() => expect(fieldOf(reference)).toHaveTextContent(EN_STRINGS.errors.validation));
  });

  it('names the title in the delete confirmation and after the delete', async () => {
    const { user } = renderEditor(<RoomEditor adapter={backend([BERLIN_ROOM])} roomId={ROOM_ID} />);
    await loaded();
    await press(user, button(S.deleteRoom));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “Follow-up: Priya Raman”?' });
    expect(dialog).toHaveTextContent('“Follow-up: Priya Raman” (');
    await user.click(within(dialog).getByRole('button', { name: S.deleteConfirm }));
    expect(await screen.findByText('“Follow-up: Priya Raman” was deleted.')).toBeInTheDocument();
  });
});

describe('RoomEditor, someone else saved first', () => {
  /** Loads the room, then lets Amara change its title and start from her own screen. */
  async function editedByAmara(inner: InMemoryRoomsAdapter) {
    await inner.updateRoom(ROOM_ID, {
      subject: 'Follow-up: Priya Raman (moved)',
      validFrom: new Date('2026-03-03T07:30:00Z'),
    });
  }

  it('says who changed what and when, keeps the user’s changes, and "Keep mine and save" sends the new version', async () => {
    const inner = backend([BERLIN_ROOM]);
    const { adapter, updates } = recorded(inner);
    const { user } = renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    await typeInto(user, textbox(S.descriptionLabel), 'Fasting from midnight.');
    await editedByAmara(inner);
    const theirVersion = (await inner.getRoom(ROOM_ID)).version;

    await press(user, button(S.save));
    const bar = await screen.findByText(/Amara Okafor changed the title and the start time at 09:30\./);
    expect(bar).toHaveTextContent(S.conflictKept);
    // Focus is on the message, so its two buttons are the next Tab stops.
    const message = bar.closest('[data-conflict]');
    await waitFor(() => expect(message).toHaveFocus());
    // Her title and start are on the form where the user changed nothing; the user's notes are kept.
    expect(textbox(S.descriptionLabel)).toHaveValue('Fasting from midnight.');
    expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman (moved)');
    expect(combo(VS.startTimeLabel)).toHaveValue('08:30');
    // Nothing was written by the refused save.
    expect((await inner.getRoom(ROOM_ID)).description).toBe('Bring the blood test results.');
    await expectNoAxeViolations(document.body);

    // (Tab order between them is checked in the story, in Chromium: jsdom has no layout for Fluent's focus manager.)
    await press(user, button(S.conflictOverwrite));
    await screen.findByText(S.saved);
    expect(updates.map((u) => u.options?.ifMatch)).toEqual([expect.any(String), theirVersion]);
    expect(updates[1]?.patch).toEqual({ description: 'Fasting from midnight.' });
    const saved = await inner.getRoom(ROOM_ID);
    expect(saved.subject).toBe('Follow-up: Priya Raman (moved)');
    expect(saved.description).toBe('Fasting from midnight.');
    expect(screen.queryByRole('button', { name: S.conflictReload })).not.toBeInTheDocument();
  });

  it('keeps a title both changed as the user typed it until the user chooses "Reload their version"', async () => {
    const inner = backend([BERLIN_ROOM]);
    const { adapter, updates } = recorded(inner);
    const { user } = renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    await typeInto(user, textbox(S.subjectLabel), 'My title');
    await editedByAmara(inner);
    await press(user, button(S.save));
    await screen.findByText(/Amara Okafor changed the title and the start time/);
    expect(textbox(S.subjectLabel)).toHaveValue('My title');
    expect(updates).toHaveLength(1);

    await press(user, button(S.conflictReload));
    expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman (moved)');
    expect(combo(VS.startTimeLabel)).toHaveValue('08:30');
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: S.conflictOverwrite })).not.toBeInTheDocument();
    expect(updates).toHaveLength(1);
  });

  it('says "Someone else" when the backend does not say who, and "Keep mine" overwrites a title both changed', async () => {
    const inner = backend([BERLIN_ROOM], null);
    const { adapter } = recorded(inner);
    const { user } = renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    await typeInto(user, textbox(S.subjectLabel), 'My title');
    await inner.updateRoom(ROOM_ID, { subject: 'Their title' });
    await press(user, button(S.save));
    expect(await screen.findByText(/Someone else changed the title at 09:30\./)).toBeInTheDocument();
    await press(user, button(S.conflictOverwrite));
    await screen.findByText(S.saved);
    expect((await inner.getRoom(ROOM_ID)).subject).toBe('My title');
  });

  it('says it in German inside a German provider', async () => {
    const inner = backend([BERLIN_ROOM]);
    const de = DE_STRINGS.roomEditor;
    const { user } = renderEditor(<RoomEditor adapter={inner} roomId={ROOM_ID} />, 'de-DE');
    await loaded();
    await typeInto(user, screen.getByRole('textbox', { name: de.descriptionLabel }), 'Nüchtern kommen.');
    await editedByAmara(inner);
    await press(user, button(de.save));
    expect(
      await screen.findByText(/Amara Okafor hat den Titel und die Startzeit um 09:30 geändert\./),
    ).toBeInTheDocument();
    expect(button(de.conflictReload)).toBeInTheDocument();
    expect(button(de.conflictOverwrite)).toBeInTheDocument();
  });
});
