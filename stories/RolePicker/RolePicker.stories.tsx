import type { Meta, StoryObj } from '@storybook/react-vite';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RolePicker, summarizeRole } from '../../src/components/RolePicker';
import { ROOM_ROLES, type RoomRole } from '../../src/core/roles';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import { asText, plainText } from '../shared/storyText';

/**
 * Chooses one of the four room roles, each explained by what it can and cannot do in the call (from the capability
 * matrix). Theme, direction and locale come from the toolbar, so the `play` checks read the strings of the locale the
 * story runs in.
 */
const meta = {
  title: 'Rooms/RolePicker',
  component: RolePicker,
  tags: ['autodocs'],
  args: { onChange: fn(), variant: 'full', size: 'medium' },
  argTypes: {
    value: { control: 'select', options: [undefined, ...ROOM_ROLES] },
    defaultValue: { control: 'select', options: ROOM_ROLES },
    roles: { control: 'check', options: ROOM_ROLES },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    size: { control: 'inline-radio', options: ['small', 'medium'] },
    pstnDialOutEnabled: { control: 'select', options: [undefined, true, false] },
  },
} satisfies Meta<typeof RolePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The strings the global decorator's `RoomsKitProvider` uses for the story's locale. */
const stringsOf = (globals: Record<string, unknown>): RoomsKitStrings =>
  stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');

/** Fluent renders the open list in a portal outside the story's canvas. */
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** For a dialog: four radio cards, each with the role's description and its detailed can / can't lists. */
export const Full: Story = {
  args: { label: undefined, defaultValue: 'Attendee', pstnDialOutEnabled: true },
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const group = canvas.getByRole('radiogroup', { name: strings.rolePicker.label });
    await expect(within(group).getAllByRole('radio')).toHaveLength(ROOM_ROLES.length);
    await expect(canvas.getByRole('radio', { name: strings.organisers.roles.Attendee.name })).toBeChecked();
    // The Consumer card says the role cannot turn the camera on.
    const consumerRadio = canvas.getByRole('radio', { name: strings.organisers.roles.Consumer.name });
    const consumerCard = consumerRadio.closest('[data-role="Consumer"]') as HTMLElement;
    const cannot = within(consumerCard).getByRole('list', { name: strings.rolePicker.cannotHeading });
    await expect(within(cannot).getByText(strings.organisers.capabilityTable.rows.audioVideo)).toBeVisible();
    // Keyboard: focus the chosen radio and move up to Collaborator.
    canvas.getByRole('radio', { name: strings.organisers.roles.Attendee.name }).focus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('radio', { name: strings.organisers.roles.Collaborator.name })).toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith('Collaborator');
  },
};

const PEOPLE: ReadonlyArray<{ name: string; role: RoomRole }> = [
  { name: 'Amara Okafor', role: 'Presenter' },
  { name: 'Ahmed Hassan', role: 'Attendee' },
  { name: 'Sofía Ramírez', role: 'Consumer' },
];

/** For table rows: a Fluent Dropdown per participant, named by the row; each option says what the role can do. */
export const Compact: Story = {
  args: { variant: 'compact', size: 'small' },
  render: (args) => (
    <Table size="small" style={{ maxWidth: 480 }}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Role</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {PEOPLE.map((person, index) => (
          <TableRow key={person.name}>
            <TableCell id={`person-${index}`}>{person.name}</TableCell>
            <TableCell>
              <RolePicker {...args} defaultValue={person.role} aria-labelledby={`person-${index}`} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  ),
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const button = canvas.getByRole('combobox', { name: 'Ahmed Hassan' });
    await expect(button).toHaveTextContent(strings.organisers.roles.Attendee.name);
    await userEvent.click(button);
    const listbox = await page(canvasElement).findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    await expect(options).toHaveLength(ROOM_ROLES.length);
    const consumer = within(listbox).getByRole('option', { name: strings.organisers.roles.Consumer.name });
    await expect(consumer).toHaveTextContent(plainText(summarizeRole('Consumer', strings).line));
    // Keyboard: the last role is Consumer; Enter chooses it and focus returns to the button.
    await userEvent.keyboard('{End}{Enter}');
    await waitFor(() => expect(page(canvasElement).queryByRole('listbox')).toBeNull());
    await expect(button).toHaveTextContent(strings.organisers.roles.Consumer.name);
    await expect(button).toHaveFocus();
    await expect(args.onChange).toHaveBeenLastCalledWith('Consumer');
  },
};

/** A participant's role where it cannot be changed: the name as text, its description behind an info button. */
export const ReadOnly: Story = {
  args: { readOnly: true, value: 'Consumer', label: undefined },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('radio')).toBeNull();
    await expect(canvas.queryByRole('combobox')).toBeNull();
    await expect(canvas.getByText(strings.organisers.roles.Consumer.name)).toBeVisible();
    const info = canvas.getByRole('button', {
      name: strings.rolePicker.aboutRole.replace('{role}', strings.organisers.roles.Consumer.name),
    });
    await userEvent.click(info);
    const note = await page(canvasElement).findByRole('note');
    await expect(note).toHaveTextContent(plainText(strings.organisers.roles.Consumer.description));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page(canvasElement).queryByRole('note')).toBeNull());
  },
};

/** A webinar offers only two roles: speakers present, the audience watches. */
export const Subset: Story = {
  args: { roles: ['Presenter', 'Consumer'], defaultValue: 'Consumer' },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const radios = canvas.getAllByRole('radio');
    await expect(radios.map((r) => r.getAttribute('value'))).toEqual(['Presenter', 'Consumer']);
    await expect(canvas.queryByRole('radio', { name: strings.organisers.roles.Attendee.name })).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: strings.organisers.roles.Presenter.name }));
    await expect(canvas.getByRole('radio', { name: strings.organisers.roles.Presenter.name })).toBeChecked();
  },
};

const LIMIT_REASON = 'Only 350 interactive participants per room call';

/** The room is full of interactive participants: the interactive roles are shown, with the reason, but refused. */
export const DisabledWithReason: Story = {
  args: {
    defaultValue: 'Consumer',
    disabledRoles: { Presenter: LIMIT_REASON, Collaborator: LIMIT_REASON, Attendee: LIMIT_REASON },
  },
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const presenter = canvas.getByRole('radio', { name: strings.organisers.roles.Presenter.name });
    await expect(presenter).toBeDisabled();
    await expect(presenter).toHaveAccessibleDescription(expect.stringContaining(LIMIT_REASON));
    await expect(
      canvas.getAllByText(asText(globals, strings.rolePicker.unavailable, { reason: LIMIT_REASON })),
    ).toHaveLength(3);
    await userEvent.click(canvas.getByText(plainText(strings.organisers.roles.Presenter.description)));
    await expect(canvas.getByRole('radio', { name: strings.organisers.roles.Consumer.name })).toBeChecked();
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

function ControlledRolePicker(props: { onChange?: (role: RoomRole) => void }) {
  const [role, setRole] = useState<RoomRole>('Attendee');
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <RolePicker
        variant="compact"
        label="Role in this room"
        value={role}
        onChange={(next) => {
          props.onChange?.(next);
          setRole(next);
        }}
      />
      <RolePicker variant="full" aria-label="Role in this room (full)" value={role} onChange={setRole} />
      <Text role="status">{role}</Text>
    </div>
  );
}

/** The parent holds the role: the compact and the full picker show the same value and follow each other. */
export const Controlled: Story = {
  render: (args) => <ControlledRolePicker onChange={args.onChange} />,
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Role in this room' }));
    await userEvent.click(
      await page(canvasElement).findByRole('option', { name: strings.organisers.roles.Presenter.name }),
    );
    await expect(args.onChange).toHaveBeenLastCalledWith('Presenter');
    await expect(canvas.getByRole('radio', { name: strings.organisers.roles.Presenter.name })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: strings.organisers.roles.Consumer.name }));
    await expect(canvas.getByRole('combobox', { name: 'Role in this room' })).toHaveTextContent(
      strings.organisers.roles.Consumer.name,
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('Consumer');
  },
};
