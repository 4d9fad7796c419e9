// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { createRef, useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createInMemoryRoomsAdapter,
  DEFAULT_PEOPLE,
  defaultPerson,
  makePeople,
  makeUserId,
  type InMemoryRoomsAdapter,
} from '../../src/adapter/inMemory';
import type { RoomParticipant, RoomParticipantInput } from '../../src/adapter/types';
import { RosterEditor, type RosterEditorHandle, type RosterEditorProps } from '../../src/components/RosterEditor';
import type { RoomRole } from '../../src/core/roles';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const NOW = new Date('2025-06-02T09:00:00Z');
const ROOM = '99117812428622880';
const S = EN_STRINGS.rosterEditor;

const person = defaultPerson;

function backend(
  participants: readonly RoomParticipantInput[],
  extra: Parameters<typeof createInMemoryRoomsAdapter>[0] = {},
) {
  return createInMemoryRoomsAdapter({
    now: () => NOW,
    seed: 3,
    people: [...DEFAULT_PEOPLE, ...makePeople(2_000)],
    rooms: [{ room: { id: ROOM }, participants }],
    ...extra,
  });
}

function renderEditor(ui: ReactElement, adapter?: InMemoryRoomsAdapter) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider adapter={adapter} now={() => NOW} locale="en-US" timeZone="UTC">
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
}

const SMALL_ROSTER: RoomParticipantInput[] = [
  { id: person('Amara Okafor').id, role: 'Presenter' },
  { id: person('Ahmed Hassan').id, role: 'Attendee' },
  { id: person('Sofía Ramírez').id, role: 'Collaborator' },
  { id: person('Grace Kim').id, role: 'Consumer' },
];

/** The grid once every page is in: a long roster shows its first page, busy, while the rest loads. */
async function loaded() {
  const grid = await screen.findByRole('grid', {}, { timeout: 5000 });
  await waitFor(() => expect(grid).not.toHaveAttribute('aria-busy'), { timeout: 5000 });
  return grid;
}

function rowOf(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest<HTMLElement>('[role="row"]');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

async function chooseRole(user: ReturnType<typeof userEvent.setup>, name: string, role: RoomRole) {
  await user.click(within(rowOf(name)).getByRole('combobox', { name: `Role of ${name}` }));
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: role }));
}

function backendRoster(adapter: InMemoryRoomsAdapter): Promise<RoomParticipant[]> {
  return adapter.listParticipants(ROOM, { pageSize: 100 }).then((page) => page.items);
}

const mutationCalls = (adapter: InMemoryRoomsAdapter) =>
  adapter.calls.filter((c) => c.operation === 'upsertParticipants' || c.operation === 'removeParticipants');

/**
 * The review dialog. Fluent's dialog keeps `aria-hidden` on its surface in jsdom after opening (its enter motion
 * never finishes without the Web Animations API), so the query includes hidden elements; the Storybook run checks
 * the dialog in Chromium.
 */
async function reviewDialog(): Promise<HTMLElement> {
  return screen.findByRole('dialog', { hidden: true });
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so colour contrast is left to the Storybook run in Chromium.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RosterEditor, bound to a room', () => {
  it('loads every page, past empty ones, and shows names with per-role counts', async () => {
    const crowd = makePeople(230).map((p, i) => ({
      id: p.id,
      role: (i % 10 === 0 ? 'Consumer' : 'Attendee') as RoomRole,
    }));
    const adapter = backend(crowd, { emptyPageEvery: 2 });
    renderEditor(<RosterEditor roomId={ROOM} pageSize={50} />, adapter);
    const grid = await loaded();
    expect(grid).toHaveAttribute('aria-rowcount', String(230 + 1));
    expect(screen.getByText('Participants (230)')).toBeInTheDocument();
    expect(screen.getByText('Consumer: 23')).toBeInTheDocument();
    expect(screen.getByText('Attendee: 207')).toBeInTheDocument();
    expect(screen.getByText('Interactive: 207 of 350')).toBeInTheDocument();
    // Names, not ids, and names resolved in batches.
    const first = within(grid).getAllByRole('rowheader')[0];
    expect(first?.textContent).not.toMatch(/8:acs:/);
    expect(adapter.calls.filter((c) => c.operation === 'listParticipants').length).toBeGreaterThan(5);
  });

  it('shows progress while loading and the empty state for a room with no one invited', async () => {
    const adapter = backend([], { latencyMs: 30 });
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    expect(screen.getByRole('status')).toHaveTextContent('Loading participants… 0 so far');
    expect(await screen.findByText(S.empty)).toBeInTheDocument();
    expect(screen.getByText(S.emptyHint)).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('says when loading failed and loads again on Retry', async () => {
    const adapter = backend(SMALL_ROSTER);
    adapter.faults.failNext('unavailable', { operation: 'listParticipants' });
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    expect(await screen.findByText(S.loadFailed)).toBeInTheDocument();
    expect(screen.getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await loaded();
    expect(screen.getByText('Participants (4)')).toBeInTheDocument();
  });

  it('shows raw ids on demand', async () => {
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, backend(SMALL_ROSTER));
    await loaded();
    const amara = person('Amara Okafor');
    expect(screen.queryByText(amara.id)).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: S.showIds }));
    expect(within(rowOf('Amara Okafor')).getByText(amara.id)).toBeInTheDocument();
  });

  it('saves a role change at once and undoes it', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');
    await screen.findByText('Ahmed Hassan is now a Presenter.', { selector: '[data-notice] *' });
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Presenter');
    expect((await backendRoster(adapter)).find((p) => p.id === person('Ahmed Hassan').id)?.role).toBe('Presenter');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Attendee'));
    await waitFor(async () =>
      expect((await backendRoster(adapter)).find((p) => p.id === person('Ahmed Hassan').id)?.role).toBe('Attendee'),
    );
  });

  it('rolls a refused role change back, exactly as the user had it, and marks the row', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    const onDirtyChange = vi.fn();
    const ref = createRef<RosterEditorHandle>();
    renderEditor(<RosterEditor roomId={ROOM} imperativeRef={ref} onDirtyChange={onDirtyChange} />, adapter);
    await loaded();
    const before = ref.current?.getDraft();
    adapter.faults.failNext('unavailable', { operation: 'upsertParticipants' });
    await chooseRole(user, 'Ahmed Hassan', 'Consumer');

    const row = await waitFor(() => {
      const r = rowOf('Ahmed Hassan');
      expect(r).toHaveAttribute('data-failed');
      return r;
    });
    expect(row).toHaveAttribute('data-role', 'Attendee');
    expect(within(row).getByText(S.rowFailed)).toBeInTheDocument();
    expect(within(row).getByText(EN_STRINGS.errors.unavailable)).toBeInTheDocument();
    expect(
      screen.getByText(/Not saved, so the roster is back as it was/, { selector: '[data-notice] *' }),
    ).toBeInTheDocument();
    expect(ref.current?.getDraft()).toEqual(before);
    expect(ref.current?.isDirty()).toBe(false);
    expect(await backendRoster(adapter)).toEqual(before);
    expect(onDirtyChange).not.toHaveBeenCalledWith(true);

    // Retry sends the same change again.
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer'));
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-failed');
  });

  it('rolls a refused removal back: the row comes back, marked', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    adapter.faults.failNext('forbidden', { operation: 'removeParticipants' });
    await user.click(screen.getByRole('button', { name: 'Remove Grace Kim' }));
    await waitFor(() => expect(rowOf('Grace Kim')).toHaveAttribute('data-failed'));
    expect(within(rowOf('Grace Kim')).getByText(EN_STRINGS.errors.forbidden)).toBeInTheDocument();
    expect(screen.getByText('Participants (4)')).toBeInTheDocument();
    expect(await backendRoster(adapter)).toHaveLength(4);
  });

  it('undoes only the refused edit when the user changed more while it was in flight', async () => {
    const inner = backend(SMALL_ROSTER);
    // The role change stays on its way until the test lets it through (a latency could run out first).
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const upserts = vi.fn();
    const adapter: InMemoryRoomsAdapter = {
      ...inner,
      upsertParticipants: async (roomId, participants, options) => {
        upserts();
        await arrived;
        return inner.upsertParticipants(roomId, participants, options);
      },
    };
    const user = userEvent.setup();
    const ref = createRef<RosterEditorHandle>();
    renderEditor(<RosterEditor roomId={ROOM} imperativeRef={ref} />, adapter);
    await loaded();
    inner.faults.failNext('unavailable', { operation: 'upsertParticipants' });
    await chooseRole(user, 'Ahmed Hassan', 'Presenter');
    await waitFor(() => expect(upserts).toHaveBeenCalledTimes(1));
    // While the role change is on its way, Grace Kim is removed; then the service refuses the role change.
    await user.click(screen.getByRole('button', { name: 'Remove Grace Kim' }));
    act(() => arrive());
    await waitFor(() => expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-failed'));
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Attendee');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Grace Kim/ })).not.toBeInTheDocument());
    await waitFor(async () => expect(await backendRoster(adapter)).toEqual(ref.current?.getDraft()));
    expect(ref.current?.getDraft()).toHaveLength(3);
  });

  it('keeps edits made offline as unsaved changes and saves them when back online', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    adapter.faults.setOffline(true);
    await chooseRole(user, 'Ahmed Hassan', 'Collaborator');
    expect(await screen.findByText(/You are offline\. Your 1 unsaved change is kept/)).toBeInTheDocument();
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-role', 'Collaborator');
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-change', 'roleChanged');
    expect(screen.getByRole('button', { name: S.saveChanges })).toBeDisabled();

    // Further edits while offline are kept too, without trying the network.
    const callsBefore = adapter.calls.length;
    await user.click(screen.getByRole('button', { name: 'Remove Grace Kim' }));
    expect(adapter.calls.length).toBe(callsBefore);
    expect(rowOf('Grace Kim')).toHaveAttribute('data-change', 'removed');

    // The browser notices the network went and says it is back: saving is possible again and sends both changes.
    adapter.faults.setOffline(false);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    onLine.mockRestore();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await user.click(await screen.findByRole('button', { name: S.saveChanges }));
    await screen.findByText(S.saved, { selector: '[data-notice] *' });
    const saved = await backendRoster(adapter);
    expect(saved.find((p) => p.id === person('Ahmed Hassan').id)?.role).toBe('Collaborator');
    expect(saved.some((p) => p.id === person('Grace Kim').id)).toBe(false);
  });

  it('disables saving while the browser reports no network', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const adapter = backend(SMALL_ROSTER);
      const user = userEvent.setup();
      renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
      await loaded();
      expect(screen.getByText(S.offlineNoChanges)).toBeInTheDocument();
      await chooseRole(user, 'Grace Kim', 'Attendee');
      expect(screen.getByText(/Your 1 unsaved change is kept/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: S.reviewChanges }));
      const dialog = await reviewDialog();
      expect(within(dialog).getByRole('button', { name: S.saveChanges, hidden: true })).toBeDisabled();
      expect(mutationCalls(adapter)).toHaveLength(0);
    } finally {
      onLine.mockRestore();
    }
  });
});

describe('RosterEditor, staged', () => {
  it('saves 200 adds, 100 role changes and 50 removals in at most 2 adapter calls', async () => {
    const crowd = makePeople(400);
    const initial = crowd
      .slice(0, 150)
      .map((p, i) => ({ id: p.id, role: (i < 100 ? 'Attendee' : 'Consumer') as RoomRole }));
    const newcomers = crowd.slice(150, 350);
    const adapter = backend(initial);
    const user = userEvent.setup();
    const onDirtyChange = vi.fn();
    const onSaved = vi.fn();
    renderEditor(
      <RosterEditor roomId={ROOM} saveMode="staged" onDirtyChange={onDirtyChange} onSaved={onSaved} />,
      adapter,
    );
    await loaded();
    adapter.resetCalls();

    // 100 role changes: every Attendee becomes a Presenter.
    await user.selectOptions(screen.getByRole('combobox', { name: S.roleFilterLabel }), 'Attendee');
    await user.click(screen.getByRole('checkbox', { name: S.selectAllShown }));
    expect(screen.getByText('100 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.changeRoleOfSelected }));
    await user.click(await screen.findByRole('menuitem', { name: /Presenter/ }));
    await user.click(screen.getByRole('button', { name: S.clearSelection }));

    // 50 removals: every Consumer.
    await user.selectOptions(screen.getByRole('combobox', { name: S.roleFilterLabel }), 'Consumer');
    await user.click(screen.getByRole('checkbox', { name: S.selectAllShown }));
    await user.click(screen.getByRole('button', { name: S.removeSelected }));
    await user.selectOptions(screen.getByRole('combobox', { name: S.roleFilterLabel }), '');

    // 200 adds from a pasted list.
    await user.click(screen.getByRole('button', { name: S.bulkOpen }));
    const box = screen.getByRole('textbox', { name: new RegExp(S.bulkTextLabel) });
    await user.click(box);
    await user.paste(newcomers.map((p) => p.id).join('\n'));
    await user.click(screen.getByRole('button', { name: S.bulkCheck }));
    await user.click(await screen.findByRole('button', { name: 'Add 200 valid' }));

    expect(mutationCalls(adapter)).toHaveLength(0);
    expect(screen.getByText('350 unsaved changes')).toBeInTheDocument();
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    const grid = screen.getByRole('grid');
    expect(grid.querySelector('[data-change="added"]')).not.toBeNull();
    expect(grid.querySelector('[data-change="roleChanged"]')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: S.reviewChanges }));
    const dialog = await reviewDialog();
    expect(within(dialog).getByText('Added (200)')).toBeInTheDocument();
    expect(within(dialog).getByText('Role changed (100)')).toBeInTheDocument();
    expect(within(dialog).getByText('Removed (50)')).toBeInTheDocument();
    expect(within(dialog).getByText('Saving sends 2 requests to the service.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: S.saveChanges, hidden: true }));

    await screen.findByText(S.saved, { selector: '[data-notice] *' });
    expect(mutationCalls(adapter).map((c) => c.operation)).toEqual(['upsertParticipants', 'removeParticipants']);
    const saved = await collect(adapter);
    expect(saved).toHaveLength(300);
    expect(saved.filter((p) => p.role === 'Presenter')).toHaveLength(100);
    expect(saved.filter((p) => p.role === 'Consumer')).toHaveLength(0);
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(onSaved.mock.calls[0]?.[0]).toHaveLength(300);
    expect(screen.queryByText(/unsaved changes/)).not.toBeInTheDocument();
  });

  it('marks draft rows, restores a removed one, and discards the draft', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, adapter);
    await loaded();
    await chooseRole(user, 'Grace Kim', 'Attendee');
    await user.click(screen.getByRole('button', { name: 'Remove Ahmed Hassan' }));
    expect(rowOf('Grace Kim')).toHaveAttribute('data-change', 'roleChanged');
    expect(within(rowOf('Grace Kim')).getByText('Was Consumer')).toBeInTheDocument();
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-change', 'removed');
    expect(screen.getByText('Participants (3)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore Ahmed Hassan' }));
    expect(rowOf('Ahmed Hassan')).not.toHaveAttribute('data-change');
    expect(screen.getByText('1 unsaved change')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: S.discardChanges }));
    expect(rowOf('Grace Kim')).toHaveAttribute('data-role', 'Consumer');
    expect(rowOf('Grace Kim')).not.toHaveAttribute('data-change');
    expect(mutationCalls(adapter)).toHaveLength(0);
  });

  it('keeps the draft when a save fails, marks the rows that failed, and saves on Retry', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    const ref = createRef<RosterEditorHandle>();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" imperativeRef={ref} />, adapter);
    await loaded();
    await chooseRole(user, 'Grace Kim', 'Presenter');
    await user.click(screen.getByRole('button', { name: 'Remove Ahmed Hassan' }));
    const draft = ref.current?.getDraft();

    adapter.faults.failNext('unavailable', { operation: 'upsertParticipants' });
    let saved: boolean | undefined;
    await act(async () => {
      saved = await ref.current?.save();
    });
    expect(saved).toBe(false);
    expect(screen.getByText(/Changes could not be saved/, { selector: '[data-notice] *' })).toBeInTheDocument();
    expect(rowOf('Grace Kim')).toHaveAttribute('data-failed');
    expect(rowOf('Grace Kim')).toHaveAttribute('data-role', 'Presenter');
    expect(rowOf('Ahmed Hassan')).toHaveAttribute('data-change', 'removed');
    expect(ref.current?.getDraft()).toEqual(draft);
    expect(ref.current?.isDirty()).toBe(true);
    expect((await backendRoster(adapter)).map((p) => p.role)).toEqual(SMALL_ROSTER.map((p) => p.role));

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText(S.saved, { selector: '[data-notice] *' });
    expect(rowOf('Grace Kim')).not.toHaveAttribute('data-failed');
    expect(ref.current?.isDirty()).toBe(false);
    expect(await backendRoster(adapter)).toHaveLength(3);
  });

  it('reports the draft to a parent form', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    const onDraftChange = vi.fn();
    renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" onDraftChange={onDraftChange} />, adapter);
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Remove Grace Kim' }));
    const [draft, diff] = onDraftChange.mock.calls.at(-1) ?? [];
    expect(draft).toHaveLength(3);
    expect(diff.removed).toEqual([{ id: person('Grace Kim').id, role: 'Consumer' }]);
  });
});

async function collect(adapter: InMemoryRoomsAdapter): Promise<RoomParticipant[]> {
  const all: RoomParticipant[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listParticipants(ROOM, { pageSize: 100, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe('RosterEditor, controlled', () => {
  function Parent(props: Partial<RosterEditorProps> & { onRoster?: (r: RoomParticipant[]) => void }) {
    const [participants, setParticipants] = useState<RoomParticipant[]>([]);
    return (
      <RosterEditor
        {...props}
        participants={participants}
        onChange={(next) => {
          setParticipants(next);
          props.onRoster?.(next);
        }}
      />
    );
  }

  it('edits a roster for a room that does not exist yet, calling onChange and never saving', async () => {
    const adapter = backend([]);
    adapter.resetCalls();
    const onRoster = vi.fn();
    const user = userEvent.setup();
    renderEditor(<Parent onRoster={onRoster} />, adapter);
    expect(screen.getByText(S.empty)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.bulkOpen }));
    await user.click(screen.getByRole('textbox', { name: new RegExp(S.bulkTextLabel) }));
    await user.paste(`${person('Grace Kim').id},presenter\n${person('Ahmed Hassan').id}`);
    await user.click(screen.getByRole('button', { name: S.bulkCheck }));
    await user.click(await screen.findByRole('button', { name: 'Add 2 valid' }));
    expect(onRoster).toHaveBeenLastCalledWith([
      { id: person('Grace Kim').id, role: 'Presenter' },
      { id: person('Ahmed Hassan').id, role: 'Attendee' },
    ]);
    expect(await screen.findByRole('rowheader', { name: /^Grace Kim/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Grace Kim' }));
    expect(onRoster).toHaveBeenLastCalledWith([{ id: person('Ahmed Hassan').id, role: 'Attendee' }]);
    expect(mutationCalls(adapter)).toHaveLength(0);
  });

  it('works uncontrolled from defaultParticipants', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderEditor(
      <RosterEditor defaultParticipants={SMALL_ROSTER as RoomParticipant[]} onChange={onChange} />,
      backend([]),
    );
    await waitFor(() => expect(rowOf('Grace Kim')).toBeInTheDocument());
    await chooseRole(user, 'Grace Kim', 'Collaborator');
    expect(rowOf('Grace Kim')).toHaveAttribute('data-role', 'Collaborator');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('warns when more than 350 participants hold interactive roles', async () => {
    const crowd = makePeople(351).map((p) => ({ id: p.id, role: 'Attendee' as RoomRole }));
    const { rerender } = renderEditor(<RosterEditor participants={crowd.slice(0, 350)} />, backend([]));
    expect(screen.queryByText(S.interactiveLimitTitle)).not.toBeInTheDocument();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider adapter={backend([])} now={() => NOW} locale="en-US">
          <RosterEditor participants={[...crowd.slice(0, 350), { id: crowd[350]?.id ?? '', role: 'Consumer' }]} />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    expect(screen.queryByText(S.interactiveLimitTitle)).not.toBeInTheDocument();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider adapter={backend([])} now={() => NOW} locale="en-US">
          <RosterEditor participants={crowd} />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    expect(screen.getByText(S.interactiveLimitTitle)).toBeInTheDocument();
    expect(
      screen.getByText(/351 participants may speak and show video, but a room call admits at most 350/),
    ).toBeInTheDocument();
  });
});

describe('RosterEditor, bulk import', () => {
  it('adds exactly the 950 good rows of a 1,000-line paste and reports the 50 bad ones by line before applying', async () => {
    const crowd = makePeople(1_000);
    const lines = crowd.map((p, i) => (i % 20 === 7 ? `not-an-id-${i}` : `${p.id};Consumer`));
    const onRoster = vi.fn();
    const user = userEvent.setup();
    function Parent() {
      const [participants, setParticipants] = useState<RoomParticipant[]>([]);
      return (
        <RosterEditor
          participants={participants}
          onChange={(next) => {
            setParticipants(next);
            onRoster(next);
          }}
        />
      );
    }
    renderEditor(<Parent />, backend([]));
    await user.click(screen.getByRole('button', { name: S.bulkOpen }));
    const box = screen.getByRole('textbox', { name: new RegExp(S.bulkTextLabel) });
    fireEvent.change(box, { target: { value: lines.join('\n') } });
    await user.click(screen.getByRole('button', { name: S.bulkCheck }));
    expect(await screen.findByText('950 ready to add, 50 with problems.')).toBeInTheDocument();
    // Nothing is applied before the user says so.
    expect(onRoster).not.toHaveBeenCalled();
    // The report lists the problems first, by line.
    const report = screen.getByRole('table', { name: S.bulkReportLabel });
    expect(report).toHaveAttribute('aria-rowcount', '51');
    const firstProblem = within(report).getAllByRole('row')[1];
    expect(firstProblem).toHaveAttribute('data-line', '8');
    expect(firstProblem).toHaveTextContent(S.bulkInvalidIdentifier);

    await user.click(screen.getByRole('button', { name: 'Add 950 valid' }));
    expect(onRoster).toHaveBeenCalledTimes(1);
    expect(onRoster.mock.calls[0]?.[0]).toHaveLength(950);
    expect(await screen.findByText(/950 added\. The 50 rows with problems are left in the box/)).toBeInTheDocument();
    expect((box as HTMLTextAreaElement).value.split('\n')).toHaveLength(50);
    expect((box as HTMLTextAreaElement).value).toMatch(/^not-an-id-7\n/);
  });

  it('reports duplicates of the roster, unknown roles and non-user identifiers', async () => {
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, backend(SMALL_ROSTER));
    await loaded();
    await user.click(screen.getByRole('button', { name: S.bulkOpen }));
    await user.click(screen.getByRole('textbox', { name: new RegExp(S.bulkTextLabel) }));
    await user.paste(
      [`id,role`, `${person('Grace Kim').id},Presenter`, `${makeUserId(5, 77)},Boss`, `4:+14255550123,Attendee`].join(
        '\n',
      ),
    );
    await user.click(screen.getByRole('button', { name: S.bulkCheck }));
    const report = await screen.findByRole('table', { name: S.bulkReportLabel });
    const rows = within(report).getAllByRole('row').slice(1);
    expect(rows.map((r) => [r.getAttribute('data-line'), r.getAttribute('data-status')])).toEqual([
      ['2', 'duplicate'],
      ['3', 'unknownRole'],
      ['4', 'notCommunicationUser'],
    ]);
    expect(rows[0]).toHaveTextContent(S.bulkDuplicateRoster);
    expect(rows[1]).toHaveTextContent('Unknown role “Boss”');
    expect(screen.getByRole('button', { name: 'Add 0 valid' })).toBeDisabled();
    expect(screen.getByText(S.bulkNothingValid)).toBeInTheDocument();
  });

  it('tells of a phone number in the same words in the list and in "Add a person"', async () => {
    const user = userEvent.setup();
    renderEditor(<RosterEditor participants={[]} />, backend([]));
    await user.click(screen.getByRole('button', { name: S.bulkOpen }));
    await user.click(screen.getByRole('textbox', { name: new RegExp(S.bulkTextLabel) }));
    await user.paste('+14255550123;Attendee\nhello world;Attendee');
    await user.click(screen.getByRole('button', { name: S.bulkCheck }));
    const report = await screen.findByRole('table', { name: S.bulkReportLabel });
    const [phone, words] = within(report).getAllByRole('row').slice(1);
    expect(phone).toHaveTextContent(EN_STRINGS.identifiers.phoneNumber);
    // Split at the semicolon, as the hint says: the role is read, the identifier is not valid.
    expect(
      within(words as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', 'hello world', 'Attendee', S.bulkInvalidIdentifier]);

    await user.click(screen.getByRole('combobox', { name: S.addPersonLabel }));
    await user.paste('+14255550123');
    expect(await screen.findByRole('alert')).toHaveTextContent(EN_STRINGS.identifiers.phoneNumber);
    expect(EN_STRINGS.identifiers.phoneNumber).toBe(
      "Phone numbers can't be invited; invite the person's account instead.",
    );
  });

  it('adds a list of names pasted into "Add a person" in one change, and keeps the ones not found', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    await user.click(screen.getByRole('combobox', { name: S.addPersonLabel }));
    await user.paste('Zoë Müller, Kwame Mensah, Nobody Atall');
    await user.click(await screen.findByRole('option', { name: 'Add all 2 listed' }, { timeout: 5000 }));
    await waitFor(() => expect(rowOf('Kwame Mensah')).toBeInTheDocument());
    expect(rowOf('Zoë Müller')).toHaveAttribute('data-role', 'Attendee');
    await screen.findByText('2 participants added.', { selector: '[data-notice] *' });
    expect(mutationCalls(adapter).map((c) => c.operation)).toEqual(['upsertParticipants']);
    expect(screen.getByRole('combobox', { name: S.addPersonLabel })).toHaveValue('Nobody Atall');
  });

  it('reads a dropped .csv file and refuses other files with a message', async () => {
    renderEditor(<RosterEditor participants={[]} />, backend([]));
    fireEvent.click(screen.getByRole('button', { name: S.bulkOpen }));
    const zone = screen.getByText(S.bulkDrop).parentElement as HTMLElement;
    const csv = new File([`"${person('Grace Kim').id}","Consumer"`], 'roster.csv', { type: 'text/csv' });
    fireEvent.drop(zone, { dataTransfer: { files: [csv], types: ['Files'] } });
    expect(await screen.findByText('1 ready to add, 0 with problems.')).toBeInTheDocument();
    const image = new File(['x'], 'photo.png', { type: 'image/png' });
    fireEvent.drop(zone, { dataTransfer: { files: [image], types: ['Files'] } });
    expect(await screen.findByText('photo.png is not a .csv or .txt file.')).toBeInTheDocument();
  });
});

describe('RosterEditor, filters, sort and selection', () => {
  it('filters by name (ignoring accents) and by role, sorts by name and role, and says what is shown', async () => {
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, backend(SMALL_ROSTER));
    await loaded();
    const names = () => screen.getAllByRole('rowheader').map((h) => h.textContent?.replace(/Not in.*$/, '') ?? '');
    expect(names().map((n) => n.split(/(?=[A-Z][a-z]+ ·|Cardiologist|Patient|Interpreter)/)[0])).toEqual([
      'Ahmed Hassan',
      'Amara Okafor',
      'Grace Kim',
      'Sofía Ramírez',
    ]);
    await user.type(screen.getByRole('searchbox', { name: S.filterLabel }), 'sofia');
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
    expect(screen.getByText('Showing 1 of 4')).toBeInTheDocument();
    // The search box's clear button is named in the kit's words, in sentence case, as every search box of the kit.
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getByRole('searchbox', { name: S.filterLabel })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'clear' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: S.roleFilterLabel }), 'Consumer');
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
    expect(rowOf('Grace Kim')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: S.filterLabel }), 'zzz');
    expect(screen.getByText(S.noMatches)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: S.clearFilters }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Role' }));
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('data-role')),
    ).toEqual(['Presenter', 'Collaborator', 'Attendee', 'Consumer']);
    expect(screen.getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Role' }));
    expect(screen.getAllByRole('row')[1]).toHaveAttribute('data-role', 'Consumer');
  });

  it('selects all shown rows and removes them together in one call', async () => {
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    await loaded();
    adapter.resetCalls();
    await user.click(screen.getByRole('checkbox', { name: 'Select Grace Kim' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Ahmed Hassan' }));
    expect(screen.getByRole('checkbox', { name: S.selectAllShown })).not.toBeChecked();
    expect(rowOf('Grace Kim')).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: S.removeSelected }));
    await screen.findByText('2 participants removed.', { selector: '[data-notice] *' });
    expect(mutationCalls(adapter).map((c) => c.operation)).toEqual(['removeParticipants']);
    expect(screen.getByText('Participants (2)')).toBeInTheDocument();
  });
});

describe('RosterEditor, keyboard and accessibility', () => {
  it('adds a person, changes a role and removes, with the keyboard only', async () => {
    // Each step starts where Tab would land; Tab itself is exercised in the Chromium story, because Fluent's
    // focus manager (Tabster) needs real layout to pick the next stop.
    const adapter = backend(SMALL_ROSTER);
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, adapter);
    const grid = await loaded();

    // Add: type in the people search, pick with the arrow keys and Enter.
    act(() => screen.getByRole('combobox', { name: S.addPersonLabel }).focus());
    await user.keyboard('Zoë');
    await screen.findByRole('option', { name: /Zoë Müller/ }, { timeout: 5000 });
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(rowOf('Zoë Müller')).toBeInTheDocument());
    await waitFor(async () => expect(await backendRoster(adapter)).toHaveLength(5));

    // Change a role: the grid's one tab stop is on the first row; arrow down to Grace Kim and open her role picker.
    const stop = grid.querySelector<HTMLElement>('[role="row"] [tabindex="0"]');
    expect(stop?.closest('[role="row"]')).toHaveAttribute('data-row-index', '0');
    act(() => stop?.focus());
    await user.keyboard('{ArrowRight}');
    const targetIndex = Number(rowOf('Grace Kim').getAttribute('data-row-index'));
    for (let i = 0; i < targetIndex; i++) await user.keyboard('{ArrowDown}');
    expect(within(rowOf('Grace Kim')).getByRole('rowheader')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(rowOf('Grace Kim')).getByRole('combobox')).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('listbox');
    // Consumer is the last role; one up is Attendee.
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(rowOf('Grace Kim')).toHaveAttribute('data-role', 'Attendee'));
    await waitFor(async () =>
      expect((await backendRoster(adapter)).find((p) => p.id === person('Grace Kim').id)?.role).toBe('Attendee'),
    );

    // Remove: right to the Remove button, Enter. Focus stays in the list, on the row that took its place.
    await user.keyboard('{ArrowRight}');
    expect(within(rowOf('Grace Kim')).getByRole('button', { name: 'Remove Grace Kim' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Grace Kim/ })).not.toBeInTheDocument());
    expect(grid.contains(document.activeElement)).toBe(true);
    const saved = await backendRoster(adapter);
    expect(saved.find((p) => p.id === person('Grace Kim').id)).toBeUndefined();
    expect(saved.find((p) => p.id === person('Zoë Müller').id)?.role).toBe('Attendee');
  });

  it('keeps one tab stop in the grid and moves it with Home, End and the arrow keys', async () => {
    const crowd = makePeople(300).map((p) => ({ id: p.id, role: 'Attendee' as RoomRole }));
    const user = userEvent.setup();
    renderEditor(<RosterEditor roomId={ROOM} />, backend(crowd));
    const grid = await loaded();
    const tabbable = () => [...grid.querySelectorAll('[tabindex="0"]')].map((el) => el.closest('[role="row"]'));
    expect(new Set(tabbable()).size).toBe(1);
    act(() => within(grid).getAllByRole('rowheader')[0]?.focus());
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '301');
    expect(new Set(tabbable())).toEqual(new Set([document.activeElement?.closest('[role="row"]')]));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '300');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement?.closest('[role="row"]')).toHaveAttribute('aria-rowindex', '2');
  });

  it('renders only the rows in view for a large roster', async () => {
    const crowd = makePeople(2_000).map((p) => ({ id: p.id, role: 'Attendee' as RoomRole }));
    renderEditor(<RosterEditor roomId={ROOM} listHeight={400} />, backend(crowd));
    const grid = await loaded();
    expect(grid).toHaveAttribute('aria-rowcount', '2001');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(30);
    expect(grid.querySelectorAll('*').length).toBeLessThan(2_000);
  });

  it('read-only: no editing controls at all, but filters and ids still work', async () => {
    const user = userEvent.setup();
    const { container } = renderEditor(<RosterEditor roomId={ROOM} readOnly />, backend(SMALL_ROSTER));
    const grid = await loaded();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(grid).queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: S.addPersonLabel })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: S.bulkOpen })).not.toBeInTheDocument();
    expect(within(rowOf('Grace Kim')).getByText('Consumer')).toBeInTheDocument();
    expect(grid).toHaveAttribute('aria-readonly', 'true');
    await user.type(screen.getByRole('searchbox', { name: S.filterLabel }), 'grace');
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('has no axe violations in the bound, staged and bulk states', async () => {
    const user = userEvent.setup();
    const { container } = renderEditor(<RosterEditor roomId={ROOM} saveMode="staged" />, backend(SMALL_ROSTER));
    await loaded();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Remove Grace Kim' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Ahmed Hassan' }));
    await user.click(screen.getByRole('button', { name: S.bulkOpen }));
    await user.click(screen.getByRole('textbox', { name: new RegExp(S.bulkTextLabel) }));
    await user.paste(`bad\n${makeUserId(1, 9)}`);
    await user.click(screen.getByRole('button', { name: S.bulkCheck }));
    await screen.findByRole('table', { name: S.bulkReportLabel });
    await expectNoAxeViolations(container);
  });

  it('speaks German inside a German provider', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider adapter={backend(SMALL_ROSTER)} now={() => NOW} locale="de-DE">
          <RosterEditor roomId={ROOM} />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    await loaded();
    expect(screen.getByText('Teilnehmende (4)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Grace Kim entfernen' })).toBeInTheDocument();
    expect(screen.getByText('Zuschauer: 1')).toBeInTheDocument();
  });
});
