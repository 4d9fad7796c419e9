// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { RoomEditor } from '../../src/components/RoomEditor';
import {
  createInMemoryRoomsAdapter,
  defaultPerson,
  type InMemoryRoomsAdapter,
  type InMemoryRoomSeed,
} from '../../src/adapter/inMemory';
import type { RoomEvent, RoomsAdapter, UpdateRoomInput, UpdateRoomOptions } from '../../src/adapter/types';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const NOW = new Date('2026-03-02T09:30:00.000Z');
const now = () => new Date(NOW.getTime());
const S = EN_STRINGS.roomEditor;
const RS = EN_STRINGS.rosterEditor;
const ROOM_ID = '99000000000000001';
const AMARA = defaultPerson('Amara Okafor');
const AHMED = defaultPerson('Ahmed Hassan');

const ROOM: InMemoryRoomSeed = {
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
    { id: AHMED.id, role: 'Attendee' },
  ],
};

/** Changes through it are stamped as Amara's, as when she saves from her own screen. */
function backend(): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({ now, seed: 7, rooms: [ROOM], currentUser: AMARA.id });
}

function recorded(inner: InMemoryRoomsAdapter) {
  const updates: Array<{ patch: UpdateRoomInput; options: UpdateRoomOptions | undefined }> = [];
  const adapter: RoomsAdapter = {
    ...inner,
    features: inner.features,
    updateRoom: (roomId, patch, options) => {
      updates.push({ patch, options });
      return inner.updateRoom(roomId, patch, options);
    },
  };
  return { adapter, updates };
}

type User = ReturnType<typeof userEvent.setup>;

function renderEditor(ui: ReactElement) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-GB" timeZone="Europe/London" now={now}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { user, ...view };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const loaded = () => screen.findByRole('rowheader', { name: /^Amara Okafor/ });
const conflictBar = () => document.querySelector<HTMLElement>('[data-conflict]');

async function typeInto(user: User, input: HTMLElement, text: string) {
  act(() => input.focus());
  await user.keyboard('{Control>}a{/Control}');
  await user.paste(text);
}

async function press(user: User, target: HTMLElement) {
  act(() => target.focus());
  await user.keyboard('{Enter}');
}

async function openMoreDetails(user: User) {
  const header = button(S.moreDetails);
  if (header.getAttribute('aria-expanded') !== 'true') await press(user, header);
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest<HTMLElement>('[role="row"]');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('RoomEditor follows changes made elsewhere', () => {
  it('takes a newer version in quietly when the user has changed nothing', async () => {
    const inner = backend();
    const { adapter, updates } = recorded(inner);
    renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    await act(() => inner.updateRoom(ROOM_ID, { subject: 'Follow-up: Priya Raman (moved)' }));

    await waitFor(() => expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman (moved)'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Follow-up: Priya Raman (moved)');
    expect(conflictBar()).toBeNull();
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
    expect(document.querySelector('.rk-RoomEditor [aria-live="polite"]')).toHaveTextContent(S.updatedElsewhere);
    expect(updates).toHaveLength(0);
  });

  it('says so at once while the user edits, keeps the form as they left it, and "Keep mine" merges', async () => {
    const inner = backend();
    const { adapter, updates } = recorded(inner);
    const { user, container } = renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    await openMoreDetails(user);
    await typeInto(user, textbox(S.descriptionLabel), 'Fasting from midnight.');
    await act(() => inner.updateRoom(ROOM_ID, { subject: 'Follow-up: Priya Raman (moved)' }));
    const theirVersion = (await inner.getRoom(ROOM_ID)).version;

    expect(await screen.findByText(/Amara Okafor has just changed the title\./)).toBeInTheDocument();
    expect(conflictBar()).toHaveTextContent(S.conflictKept);
    // Nothing on the form moves under the user's hands, and focus stays where they type.
    expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman');
    expect(textbox(S.descriptionLabel)).toHaveValue('Fasting from midnight.');
    expect(textbox(S.descriptionLabel)).toHaveFocus();
    await expectNoAxeViolations(container);

    await user.click(button(S.conflictKeepMine));
    expect(conflictBar()).toBeNull();
    expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman (moved)');
    expect(textbox(S.descriptionLabel)).toHaveValue('Fasting from midnight.');
    expect(updates).toHaveLength(0);

    await press(user, button(S.save));
    await screen.findByText(S.saved);
    expect(updates).toEqual([{ patch: { description: 'Fasting from midnight.' }, options: expect.anything() }]);
    expect(updates[0]?.options?.ifMatch).toBe(theirVersion);
    const saved = await inner.getRoom(ROOM_ID);
    expect(saved.subject).toBe('Follow-up: Priya Raman (moved)');
    expect(saved.description).toBe('Fasting from midnight.');
  });

  it('"Reload their version" drops the user’s changes for theirs', async () => {
    const inner = backend();
    const { user } = renderEditor(<RoomEditor adapter={inner} roomId={ROOM_ID} />);
    await loaded();
    await typeInto(user, textbox(S.subjectLabel), 'My title');
    await act(() => inner.updateRoom(ROOM_ID, { subject: 'Their title' }));
    await screen.findByText(/has just changed the title/);
    await user.click(button(S.conflictReload));
    expect(textbox(S.subjectLabel)).toHaveValue('Their title');
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
    expect(conflictBar()).toBeNull();
  });

  it('its own save coming back is not a change made elsewhere', async () => {
    const inner = backend();
    const { user } = renderEditor(<RoomEditor adapter={inner} roomId={ROOM_ID} />);
    await loaded();
    await typeInto(user, textbox(S.subjectLabel), 'Follow-up: Priya Raman, week 2');
    await press(user, button(S.save));
    await screen.findByText(S.saved);
    expect(conflictBar()).toBeNull();
    expect(textbox(S.subjectLabel)).toHaveValue('Follow-up: Priya Raman, week 2');
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
    // A second save after it is sent against the version it made, and lands.
    await typeInto(user, textbox(S.subjectLabel), 'Follow-up: Priya Raman, week 3');
    await press(user, button(S.save));
    await waitFor(async () => expect((await inner.getRoom(ROOM_ID)).subject).toBe('Follow-up: Priya Raman, week 3'));
    expect(conflictBar()).toBeNull();
  });

  it('roster changes made elsewhere reach its roster, and a row the user changed says so', async () => {
    const inner = backend();
    const { user } = renderEditor(<RoomEditor adapter={inner} roomId={ROOM_ID} />);
    await loaded();
    await act(() => inner.upsertParticipants(ROOM_ID, [{ id: AMARA.id, role: 'Collaborator' }]));
    await waitFor(() => expect(rowOf('Amara Okafor')).toHaveAttribute('data-role', 'Collaborator'));
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');

    // The user gives Ahmed a role; someone else gives him another one.
    await user.click(within(rowOf('Ahmed Hassan')).getByRole('combobox', { name: 'Role of Ahmed Hassan' }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Presenter' }));
    await act(() => inner.upsertParticipants(ROOM_ID, [{ id: AHMED.id, role: 'Consumer' }]));
    expect(await screen.findByText(/Someone else has just changed the participants\./)).toBeInTheDocument();
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Presenter');

    await user.click(button(S.conflictReload));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer'));
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
  });

  it('reads the room and roster again on resync', async () => {
    const inner = backend();
    let listener: ((event: RoomEvent) => void) | undefined;
    let dropping = false;
    const adapter: RoomsAdapter = {
      ...inner,
      features: inner.features,
      subscribe: (roomId, l) => {
        listener = l;
        return inner.subscribe(roomId, (event) => {
          if (!dropping) l(event);
        });
      },
    };
    renderEditor(<RoomEditor adapter={adapter} roomId={ROOM_ID} />);
    await loaded();
    dropping = true;
    await act(() => inner.updateRoom(ROOM_ID, { subject: 'Moved' }));
    await act(() => inner.removeParticipants(ROOM_ID, [AHMED.id]));
    dropping = false;
    act(() => listener?.({ type: 'resync', roomId: ROOM_ID }));
    await waitFor(() => expect(textbox(S.subjectLabel)).toHaveValue('Moved'));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Ahmed Hassan/ })).toBeNull());
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
  });

  it('says the room is gone when it is deleted elsewhere, and saving is off', async () => {
    const inner = backend();
    const { user, container } = renderEditor(<RoomEditor adapter={inner} roomId={ROOM_ID} />);
    await loaded();
    await typeInto(user, textbox(S.subjectLabel), 'My title');
    await act(() => inner.deleteRoom(ROOM_ID));
    expect(await screen.findByText(S.notFoundTitle)).toBeInTheDocument();
    expect(container.querySelector('.rk-RoomEditor')).toHaveAttribute('data-deleted-elsewhere');
    // What the user typed is still there to read, but nothing can be sent.
    expect(textbox(S.subjectLabel)).toHaveValue('My title');
    expect(textbox(S.subjectLabel)).toHaveAttribute('readonly');
    expect(button(S.save)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: S.deleteRoom })).toBeNull();
    expect(screen.queryByRole('combobox', { name: RS.addPersonLabel })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('its own delete says it was deleted, not that it is gone', async () => {
    const inner = backend();
    const { user } = renderEditor(<RoomEditor adapter={inner} roomId={ROOM_ID} />);
    await loaded();
    await user.click(button(S.deleteRoom));
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    await user.click(within(dialog).getByRole('button', { name: S.deleteConfirm, hidden: true }));
    expect(await screen.findByText('“Follow-up: Priya Raman” was deleted.')).toBeInTheDocument();
    expect(screen.queryByText(S.notFoundTitle)).toBeNull();
  });
});
