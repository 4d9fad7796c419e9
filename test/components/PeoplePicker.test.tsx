// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { createRef, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createInMemoryRoomsAdapter,
  defaultPerson,
  makeUserId,
  type Person,
  type RoomsAdapter,
  type SearchPeopleOptions,
} from '../../src/adapter';
import {
  classifyPeopleInput,
  pastedLinesToText,
  withoutEntries,
  PeoplePicker,
  peoplePickerClassNames,
  withoutPickedId,
} from '../../src/components';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS } from '../../src/strings';

const texts = EN_STRINGS.peoplePicker;

const person = defaultPerson;

const amara = person('Amara Okafor');
const ahmed = person('Ahmed Hassan');
/** A valid communication user that the directory does not know. */
const stranger = makeUserId(4242, 99);

function renderPicker(ui: ReactElement, kit: Omit<RoomsKitProviderProps, 'children'> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" {...kit}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
}

const input = (name = texts.label) => screen.getByRole('combobox', { name });

/** The option of a person, found by the name the user reads. */
const optionOf = (name: string | RegExp) =>
  screen.findByRole('option', { name: typeof name === 'string' ? new RegExp(name) : name });

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so colour contrast cannot be judged here; the Storybook run checks it in a browser. The
  // open list is portalled to the body, which is checked as a fragment, not as a page with landmarks.
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
}

interface PendingSearch {
  query: string;
  signal: AbortSignal | undefined;
  resolve: (people: Person[]) => void;
}

/**
 * An adapter whose searches answer only when the test says so, one by one, so a test can make an older query answer
 * after a newer one. Like a careless backend, it ignores the abort signal.
 */
function createControllableAdapter() {
  const base = createInMemoryRoomsAdapter();
  const pending: PendingSearch[] = [];
  const searchPeople = vi.fn(
    (query: string, options: SearchPeopleOptions = {}) =>
      new Promise<Person[]>((resolve) => pending.push({ query, signal: options.signal, resolve })),
  );
  const adapter: RoomsAdapter = { ...base, searchPeople };
  const answer = (query: string, people: Person[]) => {
    const request = pending.find((p) => p.query === query);
    if (!request) throw new Error(`no search for ${query}`);
    pending.splice(pending.indexOf(request), 1);
    act(() => request.resolve(people));
  };
  return { adapter, searchPeople, pending, answer };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('classifyPeopleInput', () => {
  it('tells names, valid ids, and ids that cannot join apart', () => {
    expect(classifyPeopleInput('  ')).toEqual({ kind: 'empty' });
    expect(classifyPeopleInput(' amara ')).toEqual({ kind: 'name', query: 'amara' });
    expect(classifyPeopleInput(` ${amara.id} `)).toEqual({ kind: 'id', rawId: amara.id });
    expect(classifyPeopleInput('+1 (555) 010-0199')).toMatchObject({
      kind: 'invalidId',
      code: 'notCommunicationUser',
      identifierKind: 'phoneNumber',
    });
    expect(classifyPeopleInput('4:+15550100199')).toMatchObject({ identifierKind: 'phoneNumber' });
    expect(classifyPeopleInput('8:orgid:1234')).toMatchObject({ identifierKind: 'microsoftTeamsUser' });
    expect(classifyPeopleInput('8:acs:')).toMatchObject({ kind: 'invalidId', code: 'malformed' });
    // Short numbers are not phone numbers: a room number or a year is searched as text.
    expect(classifyPeopleInput('2024')).toEqual({ kind: 'name', query: '2024' });
    // A name with a comma is a name, not a list.
    expect(classifyPeopleInput('Okafor, Amara')).toEqual({ kind: 'name', query: 'Okafor, Amara' });
  });

  it('reads a pasted list of ids, each once, with the entries that cannot join', () => {
    expect(classifyPeopleInput(`${amara.id}, ${ahmed.id}; ${amara.id}\n+1 425 555 0100`)).toEqual({
      kind: 'ids',
      rawIds: [amara.id, ahmed.id],
      invalid: [{ input: '+1 425 555 0100', code: 'notCommunicationUser', identifierKind: 'phoneNumber' }],
    });
    expect(classifyPeopleInput(`${amara.id} ${ahmed.id}`)).toMatchObject({ kind: 'ids', rawIds: [amara.id, ahmed.id] });
    expect(classifyPeopleInput(`${amara.id},`)).toEqual({ kind: 'id', rawId: amara.id });
    expect(withoutPickedId(`${amara.id}, ${ahmed.id}, +1 425 555 0100`, ahmed.id)).toBe(`${amara.id}, +1 425 555 0100`);
    expect(pastedLinesToText(`${amara.id}\r\n\r\n ${ahmed.id} \t+1 425 555 0100\n`)).toBe(
      `${amara.id}, ${ahmed.id}, +1 425 555 0100`,
    );
    // Lines with names are kept apart by semicolons, which no name holds.
    expect(pastedLinesToText('Okafor\nAmara\n')).toBe('Okafor; Amara');
  });
});

describe('classifyPeopleInput, lists of names', () => {
  it('reads a pasted list of names (and ids) entry by entry, and a family-name-first name as one name', () => {
    expect(classifyPeopleInput('Priya Raman, Grace Kim')).toEqual({
      kind: 'list',
      entries: [
        { kind: 'name', input: 'Priya Raman', query: 'Priya Raman' },
        { kind: 'name', input: 'Grace Kim', query: 'Grace Kim' },
      ],
      invalid: [],
    });
    expect(classifyPeopleInput(`amara; ${ahmed.id}; +14255550123; Amara`)).toEqual({
      kind: 'list',
      entries: [
        { kind: 'name', input: 'amara', query: 'amara' },
        { kind: 'id', input: ahmed.id, rawId: ahmed.id },
      ],
      invalid: [{ input: '+14255550123', code: 'notCommunicationUser', identifierKind: 'phoneNumber' }],
    });
    expect(classifyPeopleInput('amara, ahmed, grace')).toMatchObject({ kind: 'list' });
    expect(classifyPeopleInput('Okafor, Amara')).toEqual({ kind: 'name', query: 'Okafor, Amara' });
    expect(withoutEntries('Priya Raman; Nobody; Grace Kim', new Set(['Priya Raman', 'Grace Kim']))).toBe('Nobody');
  });
});

describe('PeoplePicker', () => {
  it('searches only after typing pauses, once, with the limit and a signal', async () => {
    // The fake clock also moves with real time (Testing Library needs that), so the debounce is long and the margins
    // wide: a slow machine cannot make the search start early or late.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const adapter = createInMemoryRoomsAdapter();
    const search = vi.spyOn(adapter, 'searchPeople');
    renderPicker(<PeoplePicker adapter={adapter} onSelect={vi.fn()} limit={5} debounceMs={5_000} />);
    await user.type(input(), 'amara');
    await act(() => vi.advanceTimersByTimeAsync(4_000));
    expect(search).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(texts.searching);
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('amara', { signal: expect.any(AbortSignal), limit: 5 });
    expect(await optionOf('Amara Okafor')).toBeVisible();
  });

  it('shows each person’s name and second line, and says when it is searching and when no one matches', async () => {
    const user = userEvent.setup();
    // The directory answers only once the test has seen the picker searching (a latency could run out first).
    const directory = createInMemoryRoomsAdapter();
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const adapter: RoomsAdapter = {
      ...directory,
      searchPeople: async (query, options) => {
        await answered;
        return directory.searchPeople(query, options);
      },
    };
    renderPicker(<PeoplePicker adapter={adapter} onSelect={vi.fn()} debounceMs={10} />);
    await user.click(input());
    await user.paste('student year 9');
    expect(screen.getByRole('status')).toHaveTextContent(texts.searching);
    act(() => answer());
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(3));
    for (const option of within(listbox).getAllByRole('option')) {
      expect(option).toHaveTextContent(/Student · Year 9$/);
    }
    expect(within(listbox).getByRole('option', { name: /Ethan Brooks/ })).toHaveTextContent(
      'Ethan BrooksStudent · Year 9',
    );
    expect(screen.getByRole('status')).toHaveTextContent('3 people found');
    expect(screen.getByRole('status')).not.toHaveTextContent(texts.searching);

    await user.clear(input());
    await user.paste('zzyzx');
    expect(await screen.findByText('No one matches “zzyzx”.')).toBeVisible();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(input()).toHaveAccessibleDescription('No one matches “zzyzx”.');
  });

  it('never lets an older answer replace a newer one, and cancels the older request', async () => {
    const user = userEvent.setup();
    const { adapter, searchPeople, pending, answer } = createControllableAdapter();
    renderPicker(<PeoplePicker adapter={adapter} onSelect={vi.fn()} debounceMs={5} />);
    await user.type(input(), 'a');
    await waitFor(() => expect(searchPeople).toHaveBeenCalledWith('a', expect.anything()));
    await user.type(input(), 'hmed');
    await waitFor(() => expect(searchPeople).toHaveBeenLastCalledWith('ahmed', expect.anything()));
    // Every search but the newest was cancelled as soon as the text changed.
    const signals = searchPeople.mock.calls.map(([query, options]) => [query, options?.signal?.aborted]);
    expect(signals.at(-1)).toEqual(['ahmed', false]);
    expect(signals.slice(0, -1).every(([, aborted]) => aborted === true)).toBe(true);

    answer('ahmed', [ahmed]);
    expect(await optionOf('Ahmed Hassan')).toBeVisible();
    // The older answers arrive last (this backend ignores the signal); the list must still answer "ahmed".
    for (const older of [...pending].reverse()) answer(older.query, [amara]);
    // Let every answered search settle (act returns once no promise or update is left), then look.
    await act(async () => {});
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.getByRole('option')).toHaveAccessibleName(`${ahmed.displayName} ${ahmed.secondaryText}`);
    expect(screen.queryByText(texts.searching)).not.toBeInTheDocument();
  });

  it('holds Enter back while the list still shows an older query’s people', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { adapter, searchPeople, answer } = createControllableAdapter();
    renderPicker(<PeoplePicker adapter={adapter} onSelect={onSelect} debounceMs={5} />);
    await user.click(input());
    await user.paste('am');
    await waitFor(() => expect(searchPeople).toHaveBeenCalledTimes(1));
    answer('am', [amara]);
    await optionOf('Amara Okafor');
    await user.type(input(), 'x{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(input()).toHaveValue('amx');
    await waitFor(() => expect(searchPeople).toHaveBeenLastCalledWith('amx', expect.anything()));
    answer('amx', []);
    expect(await screen.findByText('No one matches “amx”.')).toBeVisible();
  });

  it('shows people already on the roster as “Already invited” and will not pick them', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const adapter = createInMemoryRoomsAdapter();
    renderPicker(<PeoplePicker adapter={adapter} onSelect={onSelect} debounceMs={5} excludeIds={[amara.id]} />);
    await user.type(input(), 'amara');
    const option = await optionOf('Amara Okafor');
    expect(option).toHaveTextContent(texts.alreadyInvited);
    expect(option).toHaveAttribute('aria-disabled', 'true');
    expect(option).toHaveAttribute('data-excluded');
    await user.click(option);
    await user.keyboard('{Enter}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(input()).toHaveValue('amara');
  });

  it('picks a pasted id the directory knows, under its name', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const adapter = createInMemoryRoomsAdapter();
    const resolve = vi.spyOn(adapter, 'resolvePeople');
    const search = vi.spyOn(adapter, 'searchPeople');
    renderPicker(<PeoplePicker adapter={adapter} onSelect={onSelect} debounceMs={5} />);
    await user.click(input());
    await user.paste(amara.id);
    const option = await optionOf('Amara Okafor');
    expect(option).toHaveTextContent(amara.id);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(amara);
    expect(resolve).toHaveBeenCalledWith([amara.id], { signal: expect.any(AbortSignal) });
    expect(search).not.toHaveBeenCalled();
    expect(input()).toHaveValue('');
    expect(input()).toHaveFocus();
  });

  it('picks a valid pasted id the directory does not know, named by the id', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderPicker(<PeoplePicker adapter={createInMemoryRoomsAdapter()} onSelect={onSelect} debounceMs={5} />);
    await user.click(input());
    await user.paste(`  ${stranger}  `);
    const option = await screen.findByRole('option', { name: new RegExp(stranger) });
    expect(option).toHaveTextContent(`Not in the directory · ${stranger}`);
    expect(option).toHaveAttribute('data-raw-id');
    await user.click(option);
    await waitFor(() => expect(onSelect).toHaveBeenCalledExactlyOnceWith({ id: stranger, displayName: stranger }));
    expect(input()).toHaveValue('');
  });

  it('takes a pasted column of ids: each valid one is picked in turn, bad entries stay with their reason', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderPicker(
      <PeoplePicker
        adapter={createInMemoryRoomsAdapter()}
        onSelect={onSelect}
        debounceMs={5}
        excludeIds={[ahmed.id]}
      />,
    );
    await user.click(input());
    await user.paste([amara.id, stranger, ahmed.id, '+1 425 555 0100', amara.id].join('\n'));
    // The lines are kept apart, not run together as a text input would.
    expect(input()).toHaveValue(`${amara.id}, ${stranger}, ${ahmed.id}, +1 425 555 0100, ${amara.id}`);
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: /Amara Okafor/ });
    // "Add all" first, then each person once; the one already invited last.
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => [o.textContent, o.getAttribute('aria-disabled')]),
    ).toEqual([
      ['Add all 2 listed', null],
      [expect.stringContaining('Amara Okafor'), null],
      [expect.stringContaining(stranger), null],
      [expect.stringContaining('Ahmed Hassan'), 'true'],
    ]);
    const reason = EN_STRINGS.identifiers.phoneNumber;
    expect(screen.getByRole('alert')).toHaveTextContent(`“+1 425 555 0100”: ${reason}`);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(amara);
    expect(input()).toHaveValue(`${stranger}, ${ahmed.id}, +1 425 555 0100`);
    expect(input()).toHaveFocus();
    await screen.findByRole('option', { name: new RegExp(stranger) });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith({ id: stranger, displayName: stranger }));
    // What cannot be added is still there, with its reason: nothing pasted is lost.
    expect(input()).toHaveValue(`${ahmed.id}, +1 425 555 0100`);
    expect(screen.getByRole('alert')).toHaveTextContent(reason);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('takes a pasted list of names as a list: adds everyone found at once and names who was not found', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const onSelectMany = vi.fn();
    const adapter = createInMemoryRoomsAdapter();
    const search = vi.spyOn(adapter, 'searchPeople');
    renderPicker(<PeoplePicker adapter={adapter} onSelect={onSelect} onSelectMany={onSelectMany} debounceMs={5} />);
    await user.click(input());
    await user.paste('Zoë Müller, Kwame Mensah, Nobody Atall, Priya');
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: 'Add all 2 listed' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Add all 2 listed', expect.stringContaining('Zoë Müller'), expect.stringContaining('Kwame Mensah')]);
    // Each entry was looked up on its own, never the whole text as one name.
    expect(search).not.toHaveBeenCalledWith(expect.stringContaining(','), expect.anything());
    const message = screen.getByText(/No one in the directory matches/);
    expect(message).toHaveTextContent('No one in the directory matches “Nobody Atall”.');
    expect(message).toHaveTextContent('Several people match “Priya”: type more of the name.');

    await user.keyboard('{Enter}');
    expect(onSelectMany).toHaveBeenCalledExactlyOnceWith([defaultPerson('Zoë Müller'), defaultPerson('Kwame Mensah')]);
    expect(onSelect).not.toHaveBeenCalled();
    // Nothing is lost: what was not added stays in the box.
    expect(input()).toHaveValue('Nobody Atall, Priya');
    expect(screen.getByRole('status')).toHaveTextContent('2 people added');
  });

  it('adds the people of a pasted list one by one when no onSelectMany is given, names first-line by line', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderPicker(<PeoplePicker adapter={createInMemoryRoomsAdapter()} onSelect={onSelect} debounceMs={5} />);
    await user.click(input());
    await user.paste('Grace Kim\nahmed hassan\n');
    expect(input()).toHaveValue('Grace Kim; ahmed hassan');
    await user.click(await screen.findByRole('option', { name: 'Add all 2 listed' }));
    expect(onSelect.mock.calls).toEqual([[defaultPerson('Grace Kim')], [ahmed]]);
    expect(input()).toHaveValue('');
  });

  it('lists a long pasted list a few at a time and says how many there are', async () => {
    const user = userEvent.setup();
    const adapter = createInMemoryRoomsAdapter();
    const resolve = vi.spyOn(adapter, 'resolvePeople');
    const ids = Array.from({ length: 500 }, (_, index) => makeUserId(index, 7));
    renderPicker(<PeoplePicker adapter={adapter} onSelect={vi.fn()} debounceMs={5} limit={4} />);
    await user.click(input());
    await user.paste(ids.join('\r\n'));
    const listbox = await screen.findByRole('listbox');
    // The four listed, and "Add all" for them.
    expect(within(listbox).getAllByRole('option')).toHaveLength(5);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 500 pasted IDs.');
    await waitFor(() => expect(resolve).toHaveBeenCalledWith(ids.slice(0, 4), expect.anything()));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains why a pasted phone number or Teams id cannot be invited, and searches nothing', async () => {
    // A fake clock (moving with real time for Testing Library) so "nothing" can be checked long after the debounce.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const adapter = createInMemoryRoomsAdapter();
    const search = vi.spyOn(adapter, 'searchPeople');
    const onSelect = vi.fn();
    renderPicker(<PeoplePicker adapter={adapter} onSelect={onSelect} debounceMs={5} />);
    await user.click(input());
    await user.paste('+1 555 010 0199');
    const reason = EN_STRINGS.identifiers.phoneNumber;
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription(expect.stringContaining(reason));
    expect(input()).toHaveValue('+1 555 010 0199');
    await user.keyboard('{Enter}');
    expect(onSelect).not.toHaveBeenCalled();

    await user.clear(input());
    await user.paste('8:orgid:0c8f9a1e');
    expect(await screen.findByRole('alert')).toHaveTextContent(texts.identifierKinds.microsoftTeamsUser);
    await user.clear(input());
    await user.paste('8:acs:not valid');
    expect(await screen.findByRole('alert')).toHaveTextContent(EN_STRINGS.identifiers.malformed);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(search).not.toHaveBeenCalled();
  });

  it('shows a failing backend’s error, keeps the typed text, and retries', async () => {
    const user = userEvent.setup();
    const adapter = createInMemoryRoomsAdapter();
    adapter.faults.failNext('unavailable');
    renderPicker(<PeoplePicker adapter={adapter} onSelect={vi.fn()} debounceMs={5} />);
    await user.click(input());
    await user.paste('amara');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(EN_STRINGS.errors.unavailable);
    expect(input()).toHaveValue('amara');
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: EN_STRINGS.common.retry }));
    expect(await optionOf('Amara Okafor')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the service cannot be reached when offline', async () => {
    const user = userEvent.setup();
    const adapter = createInMemoryRoomsAdapter();
    adapter.faults.setOffline(true);
    renderPicker(<PeoplePicker adapter={adapter} onSelect={vi.fn()} debounceMs={5} />);
    await user.click(input());
    await user.paste('amara');
    expect(await screen.findByRole('alert')).toHaveTextContent(EN_STRINGS.errors.network);
    adapter.faults.setOffline(false);
    await user.paste(' o');
    expect(await optionOf('Amara Okafor')).toBeVisible();
  });

  it('adds several people by keyboard alone: type, arrows, Enter, and the input is ready for the next', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderPicker(<PeoplePicker adapter={createInMemoryRoomsAdapter()} onSelect={onSelect} debounceMs={5} />);
    // Tab order is checked in the browser (story "Default"): jsdom has no layout for Tabster to move focus with.
    act(() => input().focus());
    expect(input()).toHaveFocus();
    await user.keyboard('stud');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2));
    const options = screen.getAllByRole('option');
    // The first person is active as soon as the list shows; ArrowDown moves to the next.
    expect(input()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    const second = options[1];
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    const picked = onSelect.mock.calls[0]?.[0] as Person;
    expect(second).toHaveAccessibleName(`${picked.displayName} ${picked.secondaryText}`);
    expect(input()).toHaveValue('');
    expect(input()).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${picked.displayName} added`);

    await user.keyboard('ahm');
    await optionOf('Ahmed Hassan');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(ahmed);
    expect(input()).toHaveFocus();
    // Escape closes an open list without picking and keeps the text.
    await user.keyboard('gra');
    await optionOf('Grace Kim');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input()).toHaveValue('gra');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('uses the adapter from RoomsKitProvider and German strings', async () => {
    const user = userEvent.setup();
    const adapter = createInMemoryRoomsAdapter();
    adapter.faults.failNext('network');
    renderPicker(<PeoplePicker onSelect={vi.fn()} debounceMs={5} excludeIds={[amara.id]} />, {
      adapter,
      locale: 'de-DE',
    });
    const field = input(DE_STRINGS.peoplePicker.label);
    expect(field).toHaveAttribute('placeholder', DE_STRINGS.peoplePicker.placeholder);
    await user.click(field);
    await user.paste('amara');
    expect(await screen.findByRole('alert')).toHaveTextContent(DE_STRINGS.errors.network);
    await user.click(screen.getByRole('button', { name: DE_STRINGS.common.retry }));
    expect(await optionOf('Amara Okafor')).toHaveTextContent(DE_STRINGS.peoplePicker.alreadyInvited);
    await user.clear(field);
    await user.paste('+49 30 1234567');
    expect(await screen.findByRole('alert')).toHaveTextContent(DE_STRINGS.identifiers.phoneNumber);
  });

  it('takes label, placeholder, aria-label, className, ref and disabled', () => {
    const ref = createRef<HTMLDivElement>();
    const { unmount } = renderPicker(
      <PeoplePicker
        ref={ref}
        adapter={createInMemoryRoomsAdapter()}
        onSelect={vi.fn()}
        label="Invite"
        placeholder="Name"
        className="host"
      />,
    );
    expect(input('Invite')).toHaveAttribute('placeholder', 'Name');
    expect(ref.current).toHaveClass(peoplePickerClassNames.root, 'host');
    unmount();
    renderPicker(
      <PeoplePicker adapter={createInMemoryRoomsAdapter()} onSelect={vi.fn()} aria-label="Add a guest" disabled />,
    );
    expect(input('Add a guest')).toBeDisabled();
    expect(screen.queryByText(texts.label)).not.toBeInTheDocument();
  });

  it('passes the host’s native attributes to its root, and its own strings over the provider’s', async () => {
    const ref = createRef<HTMLDivElement>();
    const user = userEvent.setup();
    renderPicker(
      <PeoplePicker
        ref={ref}
        adapter={createInMemoryRoomsAdapter()}
        onSelect={vi.fn()}
        id="invite"
        data-section="roster"
        style={{ maxWidth: 320 }}
        aria-label="Add a guest"
        strings={{ resultCount: '{count, plural, one {# match} other {# matches}}' }}
      />,
    );
    expect(ref.current).toHaveAttribute('id', 'invite');
    expect(ref.current).toHaveAttribute('data-section', 'roster');
    expect(ref.current).toHaveStyle({ maxWidth: '320px' });
    // The name goes to the search field, not to the root.
    expect(ref.current).not.toHaveAttribute('aria-label');
    await user.type(input('Add a guest'), 'a');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^\d+ match(es)?$/));
  });

  it('has no axe violations with results open, and with an error', async () => {
    const user = userEvent.setup();
    const adapter = createInMemoryRoomsAdapter();
    const { container } = renderPicker(
      <PeoplePicker adapter={adapter} onSelect={vi.fn()} debounceMs={5} excludeIds={[amara.id]} />,
    );
    await expectNoAxeViolations(container);
    await user.type(input(), 'a');
    await optionOf('Amara Okafor');
    await expectNoAxeViolations(document.body);
    adapter.faults.failNext('unavailable');
    await user.type(input(), 'x');
    await screen.findByRole('alert');
    await expectNoAxeViolations(container);
  });
});
