import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createInMemoryRoomsAdapter, defaultPerson, makeUserId, type Person } from '../../src/adapter';
import { PeoplePicker, type PeoplePickerProps } from '../../src/components/PeoplePicker';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';
import { createGate } from '../shared/gate';
import { asText, fill, plainText } from '../shared/storyText';

/**
 * Finds people in the directory as you type (debounced, stale answers dropped), or takes a pasted raw identifier.
 * Each story has its own in-memory backend. Theme, direction and locale come from the toolbar, so the `play` checks
 * read the strings of the locale the story runs in.
 */
const meta = {
  title: 'Rooms/PeoplePicker',
  component: PeoplePicker,
  tags: ['autodocs'],
  args: { onSelect: fn(), debounceMs: 250, limit: 8 },
} satisfies Meta<typeof PeoplePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The strings the global decorator's `RoomsKitProvider` uses for the story's locale. */
const stringsOf = (globals: Record<string, unknown>): RoomsKitStrings =>
  stringsForLocale(typeof globals.locale === 'string' ? globals.locale : 'en-US');

/** Fluent renders the open list in a portal outside the story's canvas. */
const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

const byName = defaultPerson;

/** A roster next to the picker: what a host does with `onSelect`, and where `excludeIds` come from. */
function PickerWithRoster(props: PeoplePickerProps & { initial?: readonly Person[] }) {
  const { initial = [], onSelect, excludeIds, ...rest } = props;
  const [roster, setRoster] = useState<readonly Person[]>(initial);
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 420 }}>
      <PeoplePicker
        {...rest}
        excludeIds={excludeIds ?? roster.map((p) => p.id)}
        onSelect={(person) => {
          onSelect(person);
          setRoster((current) => [...current, person]);
        }}
      />
      <ul aria-label="Roster" style={{ margin: 0 }}>
        {roster.map((person) => (
          <li key={person.id}>
            <Text>{person.displayName}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

const defaultAdapter = createInMemoryRoomsAdapter();

/** The in-memory directory of about sixty people: type a name, pick with the keyboard, pick the next one. */
export const Default: Story = {
  parameters: { roomsKit: { adapter: defaultAdapter } },
  render: (args) => <PickerWithRoster {...args} />,
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: strings.peoplePicker.label });
    await userEvent.click(canvasElement);
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('amara');
    const option = await page(canvasElement).findByRole('option', { name: /Amara Okafor/ });
    await expect(option).toHaveTextContent('Cardiologist');
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(byName('Amara Okafor'));
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(within(canvas.getByRole('list', { name: 'Roster' })).getByText('Amara Okafor')).toBeVisible();
    // The next person, by keyboard again; Amara is now listed as already invited.
    await userEvent.keyboard('am');
    const invited = await page(canvasElement).findByRole('option', { name: /Amara Okafor/ });
    await expect(invited).toHaveAttribute('aria-disabled', 'true');
    await expect(invited).toHaveTextContent(strings.peoplePicker.alreadyInvited);
    await userEvent.keyboard('{Escape}');
  },
};

const slowDirectory = createInMemoryRoomsAdapter();
/** Open unless a play closes it, so the story answers at once when browsed. */
const slowAnswers = createGate({ open: true });
const slowAdapter = { ...slowDirectory, searchPeople: slowAnswers.hold(slowDirectory.searchPeople) };

/** A directory that is slow to answer: until it does, the picker says it is searching and keeps what is typed. */
export const SlowBackend: Story = {
  parameters: { roomsKit: { adapter: slowAdapter } },
  beforeEach: () => () => slowAnswers.open(),
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: strings.peoplePicker.label });
    slowAnswers.close();
    await userEvent.click(input);
    await userEvent.keyboard('lars');
    // The search has gone out and the directory has not answered yet.
    await waitFor(() => expect(slowAnswers.waiting).toBe(1));
    await expect(canvas.getByText(strings.peoplePicker.searching)).toBeVisible();
    await expect(input).toHaveValue('lars');
    slowAnswers.release();
    await expect(await page(canvasElement).findByRole('option', { name: /Lars Søndergaard/ })).toBeVisible();
    await waitFor(() => expect(canvas.queryByText(strings.peoplePicker.searching)).toBeNull());
    await userEvent.keyboard('{Escape}');
  },
};

const failingAdapter = createInMemoryRoomsAdapter();

/** The directory is down: the error says so, the typed text stays, and Retry searches again once it is back. */
export const FailingBackend: Story = {
  parameters: { roomsKit: { adapter: failingAdapter } },
  beforeEach: () => {
    failingAdapter.faults.clear();
    failingAdapter.faults.setFailureRate(1);
    return () => failingAdapter.faults.clear();
  },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: strings.peoplePicker.label });
    await userEvent.click(input);
    await userEvent.keyboard('grace');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(strings.errors.unavailable);
    await expect(input).toHaveValue('grace');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    // The service recovers; Retry finds the person without retyping.
    failingAdapter.faults.clear();
    await userEvent.click(within(alert).getByRole('button', { name: strings.common.retry }));
    await expect(await page(canvasElement).findByRole('option', { name: /Grace Kim/ })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    // Leave the story showing its failure for people browsing it.
    failingAdapter.faults.setFailureRate(1);
    await userEvent.keyboard('{Escape}');
  },
};

const pasteAdapter = createInMemoryRoomsAdapter();
/** A valid communication user the directory does not know. */
const unknownUser = makeUserId(7, 2024);

/**
 * Paste raw ids: a known one shows its name, an unknown one can still be added, a phone number is refused, and a
 * pasted column of ids is added one by one.
 */
export const PasteRawId: Story = {
  parameters: { roomsKit: { adapter: pasteAdapter } },
  render: (args) => <PickerWithRoster {...args} />,
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: strings.peoplePicker.label });
    const known = byName('Priya Natarajan');

    await userEvent.click(input);
    await userEvent.paste(known.id);
    await expect(await page(canvasElement).findByRole('option', { name: /Priya Natarajan/ })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenLastCalledWith(known);

    await userEvent.paste(unknownUser);
    const raw = await page(canvasElement).findByRole('option', { name: new RegExp(unknownUser) });
    await expect(raw).toHaveTextContent(asText(globals, strings.peoplePicker.notInDirectory, { id: unknownUser }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onSelect).toHaveBeenLastCalledWith({ id: unknownUser, displayName: unknownUser }));

    await userEvent.paste('+1 425 555 0100');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(plainText(strings.identifiers.phoneNumber));
    await expect(input).toHaveValue('+1 425 555 0100');
    await expect(args.onSelect).toHaveBeenCalledTimes(2);

    // A column pasted from a spreadsheet: "Add all" (first, so Enter) adds every valid id; the bad entry stays, with
    // its reason.
    const zoe = byName('Zoë Müller');
    const kwame = byName('Kwame Mensah');
    await userEvent.clear(input);
    await userEvent.paste([zoe.id, kwame.id, '+1 425 555 0100'].join('\n'));
    await expect(await page(canvasElement).findByRole('option', { name: /Zoë Müller/ })).toBeVisible();
    await expect(page(canvasElement).getAllByRole('option')).toHaveLength(3);
    await expect(page(canvasElement).getAllByRole('option')[0]).toHaveTextContent(
      asText(globals, strings.peoplePicker.addAll, { count: 2 }),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onSelect).toHaveBeenLastCalledWith(kwame));
    await expect(args.onSelect).toHaveBeenCalledWith(zoe);
    await expect(input).toHaveValue('+1 425 555 0100');
    await expect(canvas.getByRole('alert')).toHaveTextContent(plainText(strings.identifiers.phoneNumber));
  },
};

const namesAdapter = createInMemoryRoomsAdapter();

/**
 * Paste a list of names (one per line, or separated by commas or semicolons): each is looked up on its own, "Add all"
 * adds everyone found, and the names that match no one, or several people, are named and stay in the box.
 */
export const PasteListOfNames: Story = {
  parameters: { roomsKit: { adapter: namesAdapter } },
  render: (args) => <PickerWithRoster {...args} />,
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: strings.peoplePicker.label });
    await userEvent.click(input);
    await userEvent.paste('Zoë Müller, Kwame Mensah, Nobody Atall');
    const addAll = await page(canvasElement).findByRole('option', {
      name: fill(globals, strings.peoplePicker.addAll, { count: 2 }),
    });
    await expect(canvas.getByText(/Nobody Atall/)).toBeVisible();
    await userEvent.click(addAll);
    const roster = canvas.getByRole('list', { name: 'Roster' });
    await expect(
      within(roster)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Zoë Müller', 'Kwame Mensah']);
    await expect(args.onSelect).toHaveBeenCalledTimes(2);
    await expect(input).toHaveValue('Nobody Atall');
  },
};

const invitedAdapter = createInMemoryRoomsAdapter();
const INVITED = ['Margaret Oduya', 'Ethan Brooks', 'Chidinma Eze'].map(byName);

/** Three of Year 9 are on the roster already: they are listed as invited and cannot be picked again. */
export const ExcludingInvited: Story = {
  parameters: { roomsKit: { adapter: invitedAdapter } },
  render: (args) => <PickerWithRoster {...args} initial={INVITED} />,
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: strings.peoplePicker.label }));
    await userEvent.keyboard('year 9');
    const listbox = await page(canvasElement).findByRole('listbox');
    // The answer for the whole of "year 9": on a busy machine a pause mid-typing can show an earlier answer first.
    const optionNamed = (name: string) => within(listbox).queryByRole('option', { name: new RegExp(name) });
    await waitFor(() =>
      expect([...INVITED.map((p) => p.displayName), 'Liam O’Neill'].filter((name) => !optionNamed(name))).toEqual([]),
    );
    for (const person of INVITED) {
      const option = within(listbox).getByRole('option', { name: new RegExp(person.displayName) });
      await expect(option).toHaveAttribute('aria-disabled', 'true');
      await expect(option).toHaveTextContent(strings.peoplePicker.alreadyInvited);
    }
    await userEvent.click(within(listbox).getByRole('option', { name: /Ethan Brooks/ }));
    await expect(args.onSelect).not.toHaveBeenCalled();
    await userEvent.click(within(listbox).getByRole('option', { name: /Liam O’Neill/ }));
    await expect(args.onSelect).toHaveBeenCalledWith(byName('Liam O’Neill'));
  },
};
