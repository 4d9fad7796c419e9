import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CapabilityTable } from '../../src/components/CapabilityTable';
import { ROLE_CAPABILITY_TABLE, ROOM_ROLES } from '../../src/core/roles';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';

/**
 * The role→capability matrix of the Rooms documentation. Theme, direction and locale come from the toolbar, so the
 * `play` checks read the strings of the locale the story runs in.
 */
const meta = {
  title: 'Rooms/CapabilityTable',
  component: CapabilityTable,
  tags: ['autodocs'],
  args: { size: 'medium', hideCaption: false },
  argTypes: {
    highlightRole: { control: 'select', options: [undefined, ...ROOM_ROLES] },
    roles: { control: 'check', options: ROOM_ROLES },
  },
} satisfies Meta<typeof CapabilityTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The strings the global decorator's `RoomsKitProvider` uses for the story's locale. */
const stringsOf = (globals: Record<string, unknown>): RoomsKitStrings =>
  stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');

/** The cell a reader finds by following a row label across to a role's column. */
function cellAt(canvasElement: HTMLElement, rowLabel: string, columnName: string): HTMLElement {
  const canvas = within(canvasElement);
  const column = canvas.getAllByRole('columnheader').findIndex((header) => header.textContent === columnName);
  const row = canvas.getByRole('rowheader', { name: rowLabel }).closest('tr');
  const cell = row?.children[column];
  if (column < 1 || !(cell instanceof HTMLElement)) throw new Error(`No cell for ${rowLabel} × ${columnName}`);
  return cell;
}

/** Every role, every row: the table as the documentation prints it. */
export const AllRoles: Story = {
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: strings.organisers.capabilityTable.caption });
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(ROOM_ROLES.length + 1);
    await expect(within(table).getAllByRole('row')).toHaveLength(ROLE_CAPABILITY_TABLE.length + 1);
    const rows = strings.organisers.capabilityTable.rows;
    const cells = strings.organisers.capabilityTable.cells;
    await expect(cellAt(canvasElement, rows.audioVideo, strings.organisers.roles.Consumer.name)).toHaveTextContent(
      cells.no,
    );
    await expect(cellAt(canvasElement, rows.shareScreen, strings.organisers.roles.Collaborator.name)).toHaveTextContent(
      cells.yes,
    );
    await expect(cellAt(canvasElement, rows.multiView, strings.organisers.roles.Consumer.name)).toHaveTextContent(
      cells.remoteOnly,
    );
    await expect(canvas.getByText(strings.organisers.capabilityTable.requiresPstnDialOut)).toBeVisible();
  },
};

/** The viewer is a Consumer: their column stands out, and it says they cannot turn the camera on. */
export const HighlightedRole: Story = {
  args: { highlightRole: 'Consumer' },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const consumer = canvas.getByRole('columnheader', { name: strings.organisers.roles.Consumer.name });
    await expect(consumer).toHaveAttribute('aria-current', 'true');
    await expect(consumer).toHaveAttribute('data-highlighted');
    await expect(
      canvas.getByRole('columnheader', { name: strings.organisers.roles.Presenter.name }),
    ).not.toHaveAttribute('data-highlighted');
    const camera = cellAt(
      canvasElement,
      strings.organisers.capabilityTable.rows.audioVideo,
      strings.organisers.roles.Consumer.name,
    );
    await expect(camera).toHaveTextContent(strings.organisers.capabilityTable.cells.no);
    await expect(camera).toHaveAttribute('data-highlighted');
  },
};

/** A webinar's two roles side by side: presenters do everything, the audience watches. */
export const TwoRoles: Story = {
  args: { roles: ['Presenter', 'Consumer'], size: 'small' },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const roleHeaders = canvas.getAllByRole('columnheader').slice(1);
    await expect(roleHeaders.map((header) => header.textContent)).toEqual([
      strings.organisers.roles.Presenter.name,
      strings.organisers.roles.Consumer.name,
    ]);
    await expect(canvas.queryByRole('columnheader', { name: strings.organisers.roles.Attendee.name })).toBeNull();
    await expect(
      cellAt(canvasElement, strings.organisers.capabilityTable.rows.audioVideo, strings.organisers.roles.Consumer.name),
    ).toHaveTextContent(strings.organisers.capabilityTable.cells.no);
    await expect(
      cellAt(
        canvasElement,
        strings.organisers.capabilityTable.rows.muteOthers,
        strings.organisers.roles.Presenter.name,
      ),
    ).toHaveTextContent(strings.organisers.capabilityTable.cells.yes);
  },
};
