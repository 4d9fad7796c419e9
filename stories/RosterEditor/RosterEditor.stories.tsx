import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  createInMemoryRoomsAdapter,
  DEFAULT_PEOPLE,
  makePeople,
  makeUserId,
  type InMemoryRoomsAdapter,
} from '../../src/adapter/inMemory';
import type { RoomParticipant, RoomParticipantInput } from '../../src/adapter/types';
import { RosterEditor, type RosterEditorProps } from '../../src/components/RosterEditor';
import type { RoomRole } from '../../src/core/roles';
import type { RoomsKitStrings } from '../../src/strings';
import { asText, fill, stringsOf } from '../shared/storyText';
import { dialogsClosed, openedDialog } from '../shared/dialogs';
import { createGate, type Gate } from '../shared/gate';

/**
 * The room's roster: names from the directory, a role picker per row, remove, add one by one or from a pasted list,
 * filters, sort, counts, selection, and two ways to save. Each story gets a fresh in-memory backend from its loader,
 * so running a story twice starts from the same roster. Theme, direction and locale come from the toolbar; the `play`
 * checks read the strings of the story's locale.
 */
const NOW = new Date('2025-06-02T09:00:00Z');
const ROOM = '99117812428622880';

const idOf = (name: string): string => DEFAULT_PEOPLE.find((p) => p.displayName === name)?.id ?? makeUserId(0, 99);

/** A telehealth consult: clinician, interpreter, patient and carer, plus an observer. */
const CONSULT: RoomParticipantInput[] = [
  { id: idOf('Amara Okafor'), role: 'Presenter' },
  { id: idOf('Sofía Ramírez'), role: 'Collaborator' },
  { id: idOf('Ahmed Hassan'), role: 'Attendee' },
  { id: idOf('Yasmin Haddad'), role: 'Attendee' },
  { id: idOf('Kwame Mensah'), role: 'Consumer' },
];

interface Loaded {
  adapter: InMemoryRoomsAdapter;
  /** Holds the backend's answers until the play lets them through (the Loading story). */
  pages?: Gate;
}

function backend(
  participants: readonly RoomParticipantInput[],
  options: { people?: number } = {},
): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({
    now: () => NOW,
    seed: 11,
    people: [...DEFAULT_PEOPLE, ...makePeople(options.people ?? 0)],
    rooms: [{ room: { id: ROOM }, participants }],
  });
}

const loadBackend =
  (participants: readonly RoomParticipantInput[], options?: Parameters<typeof backend>[1]) =>
  async (): Promise<Loaded> => ({ adapter: backend(participants, options) });

/** The grid once every page is in (a long roster shows its first page, busy, while the rest loads). */
async function loadedGrid(canvas: ReturnType<typeof within>): Promise<HTMLElement> {
  const grid = await canvas.findByRole('grid');
  await waitFor(() => expect(grid).not.toHaveAttribute('aria-busy'));
  return grid;
}

/** Fluent renders dropdown lists and dialogs in portals outside the story's canvas. */
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

const adapterOf = (loaded: Record<string, unknown>): InMemoryRoomsAdapter => (loaded as unknown as Loaded).adapter;

/** The row whose name cell starts with `name`. */
function rowOf(canvasElement: HTMLElement, name: string): HTMLElement {
  const header = within(canvasElement).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest<HTMLElement>('[role="row"]');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

async function chooseRole(canvasElement: HTMLElement, strings: RoomsKitStrings, name: string, role: RoomRole) {
  const picker = within(rowOf(canvasElement, name)).getByRole('combobox');
  await userEvent.click(picker);
  const listbox = await page(canvasElement).findByRole('listbox');
  await userEvent.click(within(listbox).getByRole('option', { name: strings.organisers.roles[role].name }));
}

const meta = {
  title: 'Rooms/RosterEditor',
  component: RosterEditor,
  tags: ['autodocs'],
  parameters: { roomsKit: { now: () => NOW, timeZone: 'UTC' } },
  args: { roomId: ROOM, saveMode: 'immediate', listHeight: 400, onDirtyChange: fn(), onSaved: fn() },
  argTypes: {
    saveMode: { control: 'inline-radio', options: ['immediate', 'staged'] },
    size: { control: 'inline-radio', options: ['small', 'medium'] },
  },
  loaders: [loadBackend(CONSULT)],
  render: (args, { loaded }) => <RosterEditor {...args} adapter={adapterOf(loaded)} />,
} satisfies Meta<typeof RosterEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A room nobody has been invited to yet: the editor says so and how to add people. */
export const Empty: Story = {
  loaders: [loadBackend([])],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).rosterEditor;
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(s.empty)).toBeVisible();
    await expect(canvas.getByText(s.emptyHint)).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: s.addPersonLabel })).toBeEnabled();
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

/**
 * A slow backend: progress while the pages of 300 participants arrive one by one, then the roster. (Browsed, the
 * backend never answers and the story stays on its first progress line.)
 */
export const Loading: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const base = backend(makePeople(300, 4).map((p) => ({ id: p.id, role: 'Attendee' })));
      const pages = createGate();
      return { adapter: { ...base, listParticipants: pages.hold(base.listParticipants) }, pages };
    },
  ],
  play: async ({ canvasElement, globals, loaded }) => {
    const s = stringsOf(globals).rosterEditor;
    const canvas = within(canvasElement);
    const { pages } = loaded as unknown as Loaded;
    const status = canvas.getByRole('status');
    const progress = (count: number) => fill(globals, s.loadingProgress, { count });
    await expect(status).toHaveTextContent(progress(0));
    // Each page the backend answers moves the count on.
    for (const count of [100, 200]) {
      await waitFor(() => expect(pages?.waiting).toBe(1));
      pages?.release();
      await waitFor(() => expect(status).toHaveTextContent(progress(count)));
    }
    // The first page is on screen, to read, while the rest loads: no editing controls until everything is in.
    const grid = await canvas.findByRole('grid');
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(grid).toHaveAttribute('aria-rowcount', '101');
    await expect(within(grid).queryByRole('combobox')).toBeNull();
    pages?.open();
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '301'));
    await expect(grid).not.toHaveAttribute('aria-busy');
    await expect(within(grid).getAllByRole('combobox').length).toBeGreaterThan(0);
  },
};

/** Bound, saving each change at once: a role change lands, says so, and can be undone. */
export const BoundImmediate: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Collaborator');
    const notice = await canvas.findByText(
      fill(globals, strings.rosterEditor.roleChangedOne, {
        name: 'Ahmed Hassan',
        role: strings.organisers.roles.Collaborator.inSentence,
      }),
      { selector: '[data-notice] *' },
    );
    await expect(notice).toBeVisible();
    await expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-role', 'Collaborator');
    const saved = await adapterOf(loaded).listParticipants(ROOM);
    await expect(saved.items.find((p) => p.id === idOf('Ahmed Hassan'))?.role).toBe('Collaborator');
    await userEvent.click(canvas.getByRole('button', { name: strings.common.undo }));
    await waitFor(() => expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-role', 'Attendee'));
  },
};

/** Bound, staged: changes are marked on the rows until the user reviews and saves them in one go. */
export const BoundStagedReview: Story = {
  args: { saveMode: 'staged' },
  play: async ({ canvasElement, globals, loaded, args }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    const adapter = adapterOf(loaded);
    adapter.resetCalls();
    await chooseRole(canvasElement, strings, 'Kwame Mensah', 'Attendee');
    await userEvent.click(canvas.getByRole('button', { name: fill(globals, s.removeRow, { name: 'Yasmin Haddad' }) }));
    await expect(rowOf(canvasElement, 'Kwame Mensah')).toHaveAttribute('data-change', 'roleChanged');
    await expect(rowOf(canvasElement, 'Yasmin Haddad')).toHaveAttribute('data-change', 'removed');
    await expect(args.onDirtyChange).toHaveBeenLastCalledWith(true);

    await userEvent.click(canvas.getByRole('button', { name: s.reviewChanges }));
    const dialog = await openedDialog(canvasElement, 'dialog', { name: s.reviewTitle });
    await expect(within(dialog).getByText(asText(globals, s.reviewRemoved, { count: 1 }))).toBeVisible();
    await expect(within(dialog).getByText(asText(globals, s.reviewRoleChanged, { count: 1 }))).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: s.saveChanges }));
    await dialogsClosed(canvasElement);
    await expect(await canvas.findByText(s.saved, { selector: '[data-notice] *' })).toBeVisible();
    await expect(rowOf(canvasElement, 'Kwame Mensah')).not.toHaveAttribute('data-change');
    await expect(canvas.queryByRole('rowheader', { name: /^Yasmin Haddad/ })).toBeNull();
    const writes = adapter.calls.filter((c) => c.operation !== 'resolvePeople' && c.operation !== 'searchPeople');
    await expect(writes.map((c) => c.operation)).toEqual(['upsertParticipants', 'removeParticipants']);
    await expect(args.onDirtyChange).toHaveBeenLastCalledWith(false);
  },
};

function ControlledHarness(props: RosterEditorProps & { adapter: InMemoryRoomsAdapter }) {
  const [participants, setParticipants] = useState<RoomParticipant[]>([]);
  return (
    <RosterEditor
      {...props}
      roomId={undefined}
      participants={participants}
      onChange={(next) => {
        setParticipants(next);
        props.onChange?.(next);
      }}
    />
  );
}

/** A room that does not exist yet: the parent holds the roster (`participants` + `onChange`); nothing is saved. */
export const Controlled: Story = {
  args: { roomId: undefined, onChange: fn() },
  loaders: [loadBackend([])],
  render: (args, { loaded }) => <ControlledHarness {...args} adapter={adapterOf(loaded)} />,
  play: async ({ canvasElement, globals, args, loaded }) => {
    const s = stringsOf(globals).rosterEditor;
    const canvas = within(canvasElement);
    const adapter = adapterOf(loaded);
    adapter.resetCalls();
    await userEvent.click(canvas.getByRole('button', { name: s.bulkOpen }));
    await userEvent.click(canvas.getByRole('textbox', { name: new RegExp(s.bulkTextLabel) }));
    await userEvent.paste(`${idOf('Margaret Oduya')},Presenter\n${idOf('Ethan Brooks')}\n${idOf('Chidinma Eze')}`);
    await userEvent.click(canvas.getByRole('button', { name: s.bulkCheck }));
    await userEvent.click(await canvas.findByRole('button', { name: fill(globals, s.bulkApply, { count: 3 }) }));
    await expect(await canvas.findByRole('rowheader', { name: /^Margaret Oduya/ })).toBeVisible();
    await expect(args.onChange).toHaveBeenLastCalledWith([
      { id: idOf('Margaret Oduya'), role: 'Presenter' },
      { id: idOf('Ethan Brooks'), role: 'Attendee' },
      { id: idOf('Chidinma Eze'), role: 'Attendee' },
    ]);
    await expect(
      adapter.calls.filter((c) => c.operation === 'upsertParticipants' || c.operation === 'removeParticipants'),
    ).toHaveLength(0);
  },
};

const TEN_THOUSAND = makePeople(10_000).map((p, i): RoomParticipantInput => ({
  id: p.id,
  role: i % 500 === 0 ? 'Presenter' : i % 3 === 0 ? 'Consumer' : 'Attendee',
}));

/** 10,000 participants on the in-memory backend: the list stays small in the page and quick to filter. */
export const Many: Story = {
  // Its own page only: on the docs page, beside sixteen other editors, it would hold up the rest.
  tags: ['!autodocs'],
  loaders: [loadBackend(TEN_THOUSAND, { people: 10_000 })],
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).rosterEditor;
    const canvas = within(canvasElement);
    // The first page is on screen while the rest loads; then all 10,000, and still only the rows in view.
    const grid = await loadedGrid(canvas);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '10001'));
    await expect(grid).not.toHaveAttribute('aria-busy');
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
    await expect(grid.querySelectorAll('*').length).toBeLessThan(2_000);
    // Past the limit of 350 interactive participants.
    await expect(canvas.getByText(s.interactiveLimitTitle)).toBeVisible();
    await userEvent.type(canvas.getByRole('searchbox', { name: s.filterLabel }), 'tomás');
    await waitFor(() => expect(Number(grid.getAttribute('aria-rowcount'))).toBeLessThan(10_001));
    const first = within(grid).getAllByRole('rowheader')[0];
    await expect(first?.textContent ?? '').toMatch(/Tomás/);
  },
};

/** The backend refuses the save: the draft stays as the user made it and the rows that failed say so. */
export const FailingBackend: Story = {
  args: { saveMode: 'staged' },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    const adapter = adapterOf(loaded);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Presenter');
    adapter.faults.failNext('unavailable', { operation: 'upsertParticipants' });
    await userEvent.click(canvas.getByRole('button', { name: s.reviewChanges }));
    const dialog = await openedDialog(canvasElement, 'dialog', { name: s.reviewTitle });
    await userEvent.click(within(dialog).getByRole('button', { name: s.saveChanges }));
    await dialogsClosed(canvasElement);
    const row = rowOf(canvasElement, 'Ahmed Hassan');
    await waitFor(() => expect(row).toHaveAttribute('data-failed'));
    await expect(row).toHaveAttribute('data-role', 'Presenter');
    await expect(row).toHaveAttribute('data-change', 'roleChanged');
    await expect(within(row).getByText(strings.errors.unavailable)).toBeVisible();
    await expect(canvas.getByRole('button', { name: strings.common.retry })).toBeVisible();
    const saved = await adapter.listParticipants(ROOM);
    await expect(saved.items.find((p) => p.id === idOf('Ahmed Hassan'))?.role).toBe('Attendee');
  },
};

/** Loading fails once: the editor says so, and Retry loads the roster. */
export const LoadFailed: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = backend(CONSULT);
      adapter.faults.failNext('unavailable', { operation: 'listParticipants' });
      return { adapter };
    },
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(strings.rosterEditor.loadFailed)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    await expect(await canvas.findByRole('grid')).toHaveAttribute('aria-rowcount', String(CONSULT.length + 1));
  },
};

/** The network drops: edits are kept as unsaved changes, saving waits, Retry saves them when it is back. */
export const Offline: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    const adapter = adapterOf(loaded);
    adapter.faults.setOffline(true);
    await chooseRole(canvasElement, strings, 'Yasmin Haddad', 'Consumer');
    await expect(await canvas.findByText(asText(globals, s.offlineWithChanges, { count: 1 }))).toBeVisible();
    await expect(rowOf(canvasElement, 'Yasmin Haddad')).toHaveAttribute('data-role', 'Consumer');
    await expect(canvas.getByRole('button', { name: s.saveChanges })).toBeDisabled();
    adapter.faults.setOffline(false);
    await userEvent.click(canvas.getByRole('button', { name: strings.common.retry }));
    await expect(await canvas.findByText(s.saved, { selector: '[data-notice] *' })).toBeVisible();
    const saved = await adapter.listParticipants(ROOM);
    await expect(saved.items.find((p) => p.id === idOf('Yasmin Haddad'))?.role).toBe('Consumer');
  },
};

/** For someone who may see the roster but not manage it: no editing controls at all. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    const grid = await loadedGrid(canvas);
    await expect(grid).toHaveAttribute('aria-readonly', 'true');
    await expect(within(grid).queryAllByRole('combobox')).toHaveLength(0);
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
    await expect(canvas.queryByRole('button', { name: s.bulkOpen })).toBeNull();
    await expect(canvas.queryByRole('combobox', { name: s.addPersonLabel })).toBeNull();
    await expect(
      within(rowOf(canvasElement, 'Kwame Mensah')).getByText(strings.organisers.roles.Consumer.name),
    ).toBeVisible();
  },
};

/** A pasted list with bad rows: the report by line comes first, and only the valid rows are added. */
export const BulkImportReport: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await userEvent.click(canvas.getByRole('button', { name: s.bulkOpen }));
    const box = canvas.getByRole('textbox', { name: new RegExp(s.bulkTextLabel) });
    await userEvent.click(box);
    await userEvent.paste(
      [
        'id;role',
        `${idOf('Grace Kim')};consumer`,
        'not-an-id',
        `${idOf('Ahmed Hassan')};Attendee`,
        `${idOf('William Thompson')};Host`,
        '4:+14255550123',
        `${idOf('Dmitri Volkov')}`,
      ].join('\n'),
    );
    await userEvent.click(canvas.getByRole('button', { name: s.bulkCheck }));
    const report = await canvas.findByRole('table', { name: s.bulkReportLabel });
    const lines = within(report)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [row.getAttribute('data-line'), row.getAttribute('data-status')]);
    await expect(lines).toEqual([
      ['2', 'added'],
      ['3', 'invalidIdentifier'],
      ['4', 'duplicate'],
      ['5', 'unknownRole'],
      ['6', 'notCommunicationUser'],
      ['7', 'added'],
    ]);
    await expect(canvas.getByText(asText(globals, s.bulkSummary, { added: 2, problems: 4 }))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: fill(globals, s.bulkApply, { count: 2 }) }));
    await expect(await canvas.findByRole('rowheader', { name: /^Grace Kim/ })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: /^Dmitri Volkov/ })).toBeVisible();
    // The rows that can be fixed stay in the box.
    await expect((box as HTMLTextAreaElement).value.split('\n')).toHaveLength(3);
  },
};

/** More than 350 participants may speak: the editor warns, as the service admits at most 350 to the call. */
export const OverInteractiveLimit: Story = {
  loaders: [
    loadBackend(
      makePeople(400, 9).map((p, i) => ({ id: p.id, role: i < 360 ? 'Attendee' : 'Consumer' })),
      { people: 0 },
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await expect(canvas.getByText(s.interactiveLimitTitle)).toBeVisible();
    const limit = canvas.getByText(asText(globals, s.interactiveCount, { count: 360, limit: 350 }));
    await expect(limit).toHaveAttribute('data-over-limit');
  },
};

const topOf = (element: Element | null): number => element?.getBoundingClientRect().top ?? Number.NaN;
const SHORT_ROSTER = CONSULT.slice(0, 3);

/**
 * A short roster on a 1366 px wide page: "Add a person" lines up with the controls beside it, the list is as tall as
 * its three rows, and the message after a change (with its Undo) moves nothing below it.
 */
export const ShortRosterLayout: Story = {
  loaders: [loadBackend(SHORT_ROSTER)],
  args: { listHeight: 480 },
  render: (args, { loaded }) => (
    // Laid out as on a 1366 px page (the story frame adds 16 px on each side); a narrower screen scrolls it sideways.
    <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
      <div style={{ width: 1334 }}>
        <RosterEditor {...args} adapter={adapterOf(loaded)} />
      </div>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    const grid = await loadedGrid(canvas);

    // The picker's input box, the "Add as" box and the list button start at the same height.
    const picker = canvas.getByRole('combobox', { name: s.addPersonLabel }).parentElement;
    const addAs = canvas.getByRole('combobox', { name: s.addAsRole }).parentElement;
    const bulk = canvas.getByRole('button', { name: s.bulkOpen });
    await expect(Math.abs(topOf(picker) - topOf(addAs))).toBeLessThanOrEqual(1);
    await expect(Math.abs(topOf(picker) - topOf(bulk))).toBeLessThanOrEqual(1);

    // Three rows: the list is as tall as they are, with no blank band under them.
    const rows = within(grid).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(3);
    const rowHeight = rows[0]?.getBoundingClientRect().height ?? 0;
    const header = within(grid).getAllByRole('row')[0]?.getBoundingClientRect().height ?? 0;
    await expect(grid.getBoundingClientRect().height).toBeLessThan(3 * rowHeight + header + 40);

    // A change says so on one line, Undo inside the message, and the rows stay where they were.
    const before = rows.map(topOf);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Collaborator');
    const text = fill(globals, s.roleChangedOne, {
      name: 'Ahmed Hassan',
      role: strings.organisers.roles.Collaborator.inSentence,
    });
    const notice = (await canvas.findByText(text, { selector: '[data-notice] *' })).closest('[data-notice]');
    await expect(notice).toBeVisible();
    await expect(within(notice as HTMLElement).getByRole('button', { name: strings.common.undo })).toBeVisible();
    const after = within(grid).getAllByRole('row').slice(1).map(topOf);
    after.forEach((top, index) => expect(Math.abs(top - (before[index] ?? Number.NaN))).toBeLessThanOrEqual(1));
    await expect(Math.abs(topOf(picker) - topOf(bulk))).toBeLessThanOrEqual(1);
  },
};

/**
 * On a phone (a 328 px wide roster): each row puts the role under the name, so every name is whole and its role picker
 * is still there to change.
 */
export const OnAPhone: Story = {
  loaders: [loadBackend(SHORT_ROSTER)],
  args: { listHeight: 480 },
  render: (args, { loaded }) => (
    <div style={{ width: 328 }}>
      <RosterEditor {...args} adapter={adapterOf(loaded)} />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    const grid = await loadedGrid(canvas);
    await waitFor(() => expect(grid).toHaveAttribute('data-stacked'));
    const rows = within(grid).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(3);
    // Each row below the one before it, none painted over another.
    const boxes = rows.map((row) => row.getBoundingClientRect());
    boxes.slice(1).forEach((box, index) => expect(box.top).toBeGreaterThanOrEqual((boxes[index]?.bottom ?? 0) - 1));
    for (const row of rows) {
      const name = row.querySelector<HTMLElement>('[data-name-text]');
      // Whole: the text is as wide as it needs, not cut with an ellipsis.
      await expect(name && name.scrollWidth <= name.clientWidth + 1).toBe(true);
      const nameBox = row.querySelector('[role="rowheader"]')?.getBoundingClientRect();
      const role = within(row).getByRole('combobox').getBoundingClientRect();
      await expect(role.top).toBeGreaterThanOrEqual((nameBox?.bottom ?? Number.POSITIVE_INFINITY) - 1);
      await expect(role.bottom).toBeLessThanOrEqual(row.getBoundingClientRect().bottom);
    }
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Collaborator');
    const text = fill(globals, s.roleChangedOne, {
      name: 'Ahmed Hassan',
      role: strings.organisers.roles.Collaborator.inSentence,
    });
    await expect(await canvas.findByText(text, { selector: '[data-notice] *' })).toBeVisible();
  },
};

/** Keyboard only: Tab to the people search, add a person, Tab into the list, change a role and remove someone. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    // The grid follows the reading direction: "next cell" is ArrowLeft right to left.
    const nextCell = globals.direction === 'rtl' ? '{ArrowLeft}' : '{ArrowRight}';
    await loadedGrid(canvas);
    const search = canvas.getByRole('combobox', { name: s.addPersonLabel });
    for (let i = 0; i < 10 && document.activeElement !== search; i++) {
      await userEvent.tab();
    }
    await expect(search).toHaveFocus();
    await userEvent.keyboard('Zoë');
    await page(canvasElement).findByRole('option', { name: /Zoë Müller/ });
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(await canvas.findByRole('rowheader', { name: /^Zoë Müller/ })).toBeVisible();

    // Past the filters and the column headers to the list's one tab stop, on its first row.
    const inRow = () => document.activeElement?.closest('[data-row-index]');
    for (let i = 0; i < 20 && !inRow(); i++) await userEvent.tab();
    await expect(inRow()).toHaveAttribute('data-row-index', '0');
    await userEvent.keyboard(nextCell);
    const target = rowOf(canvasElement, 'Kwame Mensah');
    const index = Number(target.getAttribute('data-row-index'));
    for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
    await expect(within(rowOf(canvasElement, 'Kwame Mensah')).getByRole('rowheader')).toHaveFocus();
    await userEvent.keyboard(`${nextCell}{Enter}`);
    await page(canvasElement).findByRole('listbox');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(rowOf(canvasElement, 'Kwame Mensah')).toHaveAttribute('data-role', 'Attendee'));
    await userEvent.keyboard(`${nextCell}{Enter}`);
    await waitFor(() => expect(canvas.queryByRole('rowheader', { name: /^Kwame Mensah/ })).toBeNull());
    const saved = await adapterOf(loaded).listParticipants(ROOM);
    await expect(saved.items.some((p) => p.id === idOf('Kwame Mensah'))).toBe(false);
    await expect(saved.items.some((p) => p.id === idOf('Zoë Müller'))).toBe(true);
  },
};

/**
 * Someone else changes the roster while it is open: the rows the user has not touched follow at once (and are
 * announced politely); the user's own unsaved edit stays as they left it.
 */
export const FollowsChangesElsewhere: Story = {
  args: { saveMode: 'staged' },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Presenter');
    // Another person, through the same backend.
    const backendOf = adapterOf(loaded);
    await backendOf.upsertParticipants(ROOM, [{ id: idOf('Kwame Mensah'), role: 'Attendee' }]);
    await backendOf.removeParticipants(ROOM, [idOf('Yasmin Haddad')]);
    await waitFor(() => expect(rowOf(canvasElement, 'Kwame Mensah')).toHaveAttribute('data-role', 'Attendee'));
    await waitFor(() => expect(canvas.queryByRole('rowheader', { name: /^Yasmin Haddad/ })).toBeNull());
    await expect(rowOf(canvasElement, 'Kwame Mensah')).not.toHaveAttribute('data-change');
    await expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-role', 'Presenter');
    await expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-change', 'roleChanged');
    await expect(canvas.getByText(asText(globals, s.unsavedChanges, { count: 1 }))).toBeVisible();
  },
};

/**
 * The row the user is editing changes elsewhere: it says so ("Changed elsewhere: now Consumer"), a message above
 * names it, and the user takes theirs or keeps theirs own.
 */
export const ChangedElsewhereWhileEditing: Story = {
  args: { saveMode: 'staged' },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Presenter');
    await adapterOf(loaded).upsertParticipants(ROOM, [{ id: idOf('Ahmed Hassan'), role: 'Consumer' }]);

    const consumer = strings.organisers.roles.Consumer.name;
    await waitFor(() => expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-conflict', 'changed'));
    const row = rowOf(canvasElement, 'Ahmed Hassan');
    await expect(within(row).getByText(asText(globals, s.conflictChanged, { role: consumer }))).toBeVisible();
    await expect(row).toHaveAttribute('data-role', 'Presenter');
    await expect(
      canvas.getByText(
        asText(globals, s.conflictOne, { name: 'Ahmed Hassan', role: strings.organisers.roles.Consumer.inSentence }),
        {
          selector: '[data-notice="conflict"] *',
        },
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.conflictTakeTheirsShort })).toBeVisible();
    await expect(
      within(row).getByRole('button', { name: fill(globals, s.conflictResolve, { name: 'Ahmed Hassan' }) }),
    ).toBeVisible();
  },
};

/** The row menu settles one conflict: taking theirs shows their role and leaves nothing unsaved. */
export const ChangedElsewhereTakeTheirs: Story = {
  args: { saveMode: 'staged' },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Presenter');
    await adapterOf(loaded).upsertParticipants(ROOM, [{ id: idOf('Ahmed Hassan'), role: 'Consumer' }]);
    await waitFor(() => expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-conflict', 'changed'));
    await userEvent.click(
      within(rowOf(canvasElement, 'Ahmed Hassan')).getByRole('button', {
        name: fill(globals, s.conflictResolve, { name: 'Ahmed Hassan' }),
      }),
    );
    const item = await page(canvasElement).findByRole('menuitem', {
      name: fill(globals, s.conflictTakeTheirs, { value: strings.organisers.roles.Consumer.name }),
    });
    await userEvent.click(item);
    await waitFor(() => expect(rowOf(canvasElement, 'Ahmed Hassan')).toHaveAttribute('data-role', 'Consumer'));
    await expect(rowOf(canvasElement, 'Ahmed Hassan')).not.toHaveAttribute('data-conflict');
    await expect(canvas.queryByText(asText(globals, s.unsavedChanges, { count: 1 }))).toBeNull();
  },
};

/** The room is deleted elsewhere: a clear message, and no more editing. */
export const DeletedElsewhere: Story = {
  args: { saveMode: 'staged' },
  play: async ({ canvasElement, globals, loaded }) => {
    const strings = stringsOf(globals);
    const s = strings.rosterEditor;
    const canvas = within(canvasElement);
    await loadedGrid(canvas);
    await chooseRole(canvasElement, strings, 'Ahmed Hassan', 'Presenter');
    await adapterOf(loaded).deleteRoom(ROOM);
    await expect(await canvas.findByText(s.deletedTitle)).toBeVisible();
    await expect(canvas.getByText(asText(globals, s.deletedUnsaved, { count: 1 }), { exact: false })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: s.reviewChanges })).toBeNull();
    await expect(canvas.queryByRole('combobox', { name: s.addPersonLabel })).toBeNull();
  },
};
