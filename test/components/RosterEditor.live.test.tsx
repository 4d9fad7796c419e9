// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  createInMemoryRoomsAdapter,
  DEFAULT_PEOPLE,
  defaultPerson,
  type InMemoryRoomsAdapter,
} from '../../src/adapter/inMemory';
import type { RoomEvent, RoomParticipant, RoomParticipantInput, RoomsAdapter } from '../../src/adapter/types';
import { RosterEditor } from '../../src/components/RosterEditor';
import type { RoomRole } from '../../src/core/roles';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const NOW = new Date('2025-06-02T09:00:00Z');
const ROOM = '99117812428622880';
const S = EN_STRINGS.rosterEditor;
const id = (name: string) => defaultPerson(name).id;

const ROSTER: RoomParticipantInput[] = [
  { id: id('Amara Okafor'), role: 'Presenter' },
  { id: id('Ahmed Hassan'), role: 'Attendee' },
  { id: id('Sofía Ramírez'), role: 'Collaborator' },
];

function backend(participants: readonly RoomParticipantInput[] = ROSTER): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({
    now: () => NOW,
    seed: 5,
    people: DEFAULT_PEOPLE,
    rooms: [{ room: { id: ROOM }, participants }],
  });
}

function renderEditor(ui: ReactElement, adapter: RoomsAdapter) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider adapter={adapter} now={() => NOW} locale="en-US" timeZone="UTC">
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
}

const loaded = () => screen.findByRole('grid', {}, { timeout: 5000 });

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest<HTMLElement>('[role="row"]');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

const hasRow = (name: string) => screen.queryByRole('rowheader', { name: new RegExp(`^${name}`) }) !== null;

/** The editor's polite live region. */
function announced(): HTMLElement {
  const region = document.querySelector<HTMLElement>('.rk-RosterEditor [aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
}

async function chooseRole(user: ReturnType<typeof userEvent.setup>, name: string, role: RoomRole) {
  await user.click(within(rowOf(name)).getByRole('combobox', { name: `Role of ${name}` }));
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: role }));
}

/** What another person does: the same backend, not through the editor. */
const elsewhere = (adapter: InMemoryRoomsAdapter) => ({
  role: (name: string, role: RoomRole) => act(() => adapter.upsertParticipants(ROOM, [{ id: id(name), role }])),
  remove: (name: string) => act(() => adapter.removeParticipants(ROOM, [id(name)])),
});

const roster = (adapter: InMemoryRoomsAdapter): Promise<RoomParticipant[]> =>
  adapter.listParticipants(ROOM).then((page) => page.items);

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

describe('RosterEditor follows changes made elsewhere', () => {
  it('shows roles, additions and removals made elsewhere at once, and says so politely', async () => {
    const adapter = backend();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    const other = elsewhere(adapter);

    await other.role('Ahmed Hassan', 'Consumer');
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer'));
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-change');
    expect(announced()).toHaveTextContent('Ahmed Hassan is now a Consumer (changed elsewhere).');

    await act(() => adapter.upsertParticipants(ROOM, [{ id: id('Grace Kim'), role: 'Attendee' }]));
    expect(await screen.findByRole('rowheader', { name: /^Grace Kim/ })).toBeInTheDocument();
    expect(announced()).toHaveTextContent('Grace Kim was added as an Attendee elsewhere.');

    await other.remove('Sofía Ramírez');
    await waitFor(() => expect(hasRow('Sofía Ramírez')).toBe(false));
    expect(announced()).toHaveTextContent('Sofía Ramírez was removed elsewhere.');
    expect(screen.getByText('Participants (3)')).toBeInTheDocument();
    // Nothing here is the user's: no unsaved changes.
    expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument();
  });

  it("keeps the user's unsaved edits as they left them while other rows follow", async () => {
    const adapter = backend();
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');
    await user.click(screen.getByRole('button', { name: 'Remove Amara Okafor' }));
    expect(screen.getByText('2 unsaved changes')).toBeInTheDocument();

    await elsewhere(adapter).role('Sofía Ramírez', 'Consumer');
    await act(() => adapter.upsertParticipants(ROOM, [{ id: id('Grace Kim'), role: 'Attendee' }]));
    await waitFor(() => expect(rowOf('Sofía Ramírez')).toHaveAttribute('data-role', 'Consumer'));
    expect(await screen.findByRole('rowheader', { name: /^Grace Kim/ })).toBeInTheDocument();

    // The user's two edits are still there, still unsaved, and nothing of theirs is in conflict.
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Presenter');
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-change', 'roleChanged');
    expect(rowOf('Amara Okafor')).toHaveAttribute('data-change', 'removed');
    expect(screen.getByText('2 unsaved changes')).toBeInTheDocument();
    expect(document.querySelector('[data-conflict]')).toBeNull();

    // Saving sends only the user's changes; the others' stay.
    await user.click(screen.getByRole('button', { name: S.reviewChanges }));
    await user.click(await screen.findByRole('button', { name: S.saveChanges, hidden: true }));
    await waitFor(() => expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument());
    expect(new Map((await roster(adapter)).map((p) => [p.id, p.role]))).toEqual(
      new Map([
        [id('Ahmed Hassan'), 'Presenter'],
        [id('Sofía Ramírez'), 'Consumer'],
        [id('Grace Kim'), 'Attendee'],
      ]),
    );
  });

  it('marks a row the user is editing that changed elsewhere, and takes theirs when asked', async () => {
    const adapter = backend();
    const user = userEvent.setup();
    const { container } = renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');

    await elsewhere(adapter).role('Ahmed Hassan', 'Consumer');
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-conflict', 'changed'));
    const row = rowOf('Ahmed Hassan');
    expect(within(row).getByText('Changed elsewhere: now Consumer')).toBeInTheDocument();
    // The user's value stays until they choose.
    expect(row).toHaveAttribute('data-role', 'Presenter');
    expect(
      screen.getByText('Ahmed Hassan was changed elsewhere while you were editing: now a Consumer.', {
        selector: '.fui-MessageBarBody',
      }),
    ).toBeInTheDocument();
    expect(announced()).toHaveTextContent('Ahmed Hassan was changed elsewhere while you were editing: now a Consumer.');
    await expectNoAxeViolations(container);

    await user.click(within(row).getByRole('button', { name: 'Resolve the change to Ahmed Hassan' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Take theirs (Consumer)' }));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer'));
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-conflict');
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-change');
    expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument();
    expect(screen.queryByText(/while you were editing/, { selector: '.fui-MessageBarBody' })).toBeNull();
  });

  it('keeps mine when asked, and saving then sends the user’s value over theirs', async () => {
    const adapter = backend();
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');
    await elsewhere(adapter).role('Ahmed Hassan', 'Consumer');
    await screen.findByRole('button', { name: S.conflictKeepMineShort });

    await user.click(screen.getByRole('button', { name: S.conflictKeepMineShort }));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-conflict'));
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Presenter');
    // Compared with the saved roster, which is theirs now.
    expect(within(rowOf('Ahmed Hassan')).getByText('Was Consumer')).toBeInTheDocument();
    expect(screen.getByText('1 unsaved change')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: S.reviewChanges }));
    await user.click(await screen.findByRole('button', { name: S.saveChanges, hidden: true }));
    await waitFor(async () =>
      expect((await roster(adapter)).find((p) => p.id === id('Ahmed Hassan'))?.role).toBe('Presenter'),
    );
  });

  it('says "Removed elsewhere" for a row the user is editing, and keeping mine puts them back on save', async () => {
    const adapter = backend();
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Collaborator');
    await elsewhere(adapter).remove('Ahmed Hassan');

    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-conflict', 'removed'));
    expect(within(rowOf('Ahmed Hassan')).getByText('Removed elsewhere')).toBeInTheDocument();
    await user.click(within(rowOf('Ahmed Hassan')).getByRole('button', { name: /Resolve the change/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Keep mine (Collaborator)' }));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-change', 'added'));

    await user.click(screen.getByRole('button', { name: S.reviewChanges }));
    await user.click(await screen.findByRole('button', { name: S.saveChanges, hidden: true }));
    await waitFor(async () =>
      expect((await roster(adapter)).find((p) => p.id === id('Ahmed Hassan'))?.role).toBe('Collaborator'),
    );
  });

  it('a removal elsewhere of a row the user removed too needs no choice', async () => {
    const adapter = backend();
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Remove Ahmed Hassan' }));
    await elsewhere(adapter).remove('Ahmed Hassan');
    await waitFor(() => expect(hasRow('Ahmed Hassan')).toBe(false));
    expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument();
    expect(document.querySelector('[data-conflict]')).toBeNull();
  });

  it("the editor's own saves coming back change nothing: no duplicate, no conflict, no 'elsewhere'", async () => {
    const adapter = backend();
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(announced().textContent ?? ''));
    observer.observe(announced(), { childList: true, characterData: true, subtree: true });

    await chooseRole(user, 'Ahmed Hassan', 'Consumer');
    await waitFor(() => expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-pending'));
    await user.click(screen.getByRole('button', { name: 'Remove Sofía Ramírez' }));
    await waitFor(() => expect(hasRow('Sofía Ramírez')).toBe(false));
    await waitFor(() => expect(screen.queryByLabelText(S.pending)).not.toBeInTheDocument());
    observer.disconnect();

    expect(texts.join(' ')).not.toMatch(/elsewhere/);
    expect(document.querySelector('[data-conflict]')).toBeNull();
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer');
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-change');
    expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument();
  });

  it('a change elsewhere that lands after the user’s own save, before its answer, is what the roster shows', async () => {
    const inner = backend();
    // The service takes the user's role change, someone else changes the same row, and only then does the answer
    // of the user's save arrive.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let landed!: () => void;
    const hasLanded = new Promise<void>((resolve) => (landed = resolve));
    const adapter: InMemoryRoomsAdapter = {
      ...inner,
      upsertParticipants: async (roomId, participants, options) => {
        await inner.upsertParticipants(roomId, participants, options);
        landed();
        await answered;
      },
    };
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');
    await act(() => hasLanded);
    await elsewhere(inner).role('Ahmed Hassan', 'Consumer');
    await act(async () => answer());

    await waitFor(() => expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-pending'));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer'));
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-change');
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-conflict');
    expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument();
    expect((await roster(inner)).find((p) => p.id === id('Ahmed Hassan'))?.role).toBe('Consumer');
  });

  it('a staged save coming back leaves the roster exactly as saved', async () => {
    const adapter = backend();
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Consumer');
    await user.click(screen.getByRole('button', { name: 'Remove Amara Okafor' }));
    await user.click(screen.getByRole('button', { name: S.reviewChanges }));
    await user.click(await screen.findByRole('button', { name: S.saveChanges, hidden: true }));
    await waitFor(() => expect(announced()).toHaveTextContent(S.saved));
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
    expect(document.querySelector('[data-change], [data-conflict]')).toBeNull();
  });

  it('reloads on resync without losing unsaved edits', async () => {
    const inner = backend();
    // A connection that drops events until the test lets them through again, then says it may have missed some.
    let listener: ((event: RoomEvent) => void) | undefined;
    let dropping = false;
    const adapter: InMemoryRoomsAdapter = {
      ...inner,
      subscribe: (roomId, l) => {
        listener = l;
        return inner.subscribe(roomId, (event) => {
          if (!dropping) l(event);
        });
      },
    };
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');

    dropping = true;
    await act(() => inner.upsertParticipants(ROOM, [{ id: id('Sofía Ramírez'), role: 'Consumer' }]));
    await act(() => inner.upsertParticipants(ROOM, [{ id: id('Grace Kim'), role: 'Attendee' }]));
    await act(() => inner.removeParticipants(ROOM, [id('Amara Okafor')]));
    expect(rowOf('Sofía Ramírez')).toHaveAttribute('data-role', 'Collaborator');
    dropping = false;
    act(() => listener?.({ type: 'resync', roomId: ROOM }));

    expect(await screen.findByRole('rowheader', { name: /^Grace Kim/ })).toBeInTheDocument();
    await waitFor(() => expect(rowOf('Sofía Ramírez')).toHaveAttribute('data-role', 'Consumer'));
    expect(hasRow('Amara Okafor')).toBe(false);
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Presenter');
    expect(screen.getByText('1 unsaved change')).toBeInTheDocument();
    expect(screen.getByRole('grid')).toBeInTheDocument();
  });

  it('says so when the room is deleted elsewhere, and allows no more edits', async () => {
    const adapter = backend();
    const user = userEvent.setup();
    const { container } = renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');
    await act(() => adapter.deleteRoom(ROOM));

    expect(await screen.findByText(S.deletedTitle)).toBeInTheDocument();
    expect(screen.getByText(/Your 1 unsaved change could not be saved\./)).toBeInTheDocument();
    expect(container.querySelector('.rk-RosterEditor')).toHaveAttribute('data-deleted');
    expect(screen.queryByRole('button', { name: S.reviewChanges })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Role of Ahmed Hassan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: S.addPersonLabel })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('stops listening when it goes away, and a controlled editor never listens', async () => {
    const adapter = backend();
    const { unmount } = renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    expect(adapter.subscriberCount(ROOM)).toBe(1);
    unmount();
    expect(adapter.subscriberCount()).toBe(0);

    renderEditor(
      <RosterEditor defaultParticipants={ROSTER.map((p) => ({ id: p.id, role: p.role ?? 'Attendee' }))} />,
      adapter,
    );
    await loaded();
    expect(adapter.subscriberCount()).toBe(0);
  });
});
