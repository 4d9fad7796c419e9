// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { createRef, useState, type ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RolePicker, rolePickerClassNames, summarizeRole, type RolePickerProps } from '../../src/components';
import { ROLE_CAPABILITY_TABLE, ROOM_ROLES, type RoomRole } from '../../src/core/roles';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS } from '../../src/strings';

function renderPicker(ui: ReactElement, kit: Omit<RoomsKitProviderProps, 'children'> = { locale: 'en-US' }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider {...kit}>{ui}</RoomsKitProvider>
    </FluentProvider>,
  );
}

const rows = EN_STRINGS.organisers.capabilityTable.rows;

/** The card of a role in the full variant, found from its radio. */
function cardOf(role: RoomRole, strings = EN_STRINGS): HTMLElement {
  const radio = screen.getByRole('radio', { name: strings.organisers.roles[role].name });
  const card = radio.closest(`.${rolePickerClassNames.card}`);
  if (!(card instanceof HTMLElement)) throw new Error(`no card for ${role}`);
  return card;
}

/** The texts of the list under a card's "Can" or "Can't" heading. */
function listTexts(card: HTMLElement, heading: string): string[] {
  const list = within(card).getByRole('list', { name: heading });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

async function openCompact(user: ReturnType<typeof userEvent.setup>, name = EN_STRINGS.rolePicker.label) {
  const button = screen.getByRole('combobox', { name });
  await user.click(button);
  return { button, listbox: await screen.findByRole('listbox') };
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so colour contrast cannot be judged here; the Storybook run checks it in a browser. The
  // open list is portalled to the body, which is checked as a fragment, not as a page with landmarks.
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
}

describe('summarizeRole', () => {
  it('takes its own strings over the provider’s, and keeps the provider’s for the rest', async () => {
    const user = userEvent.setup();
    renderPicker(
      <RolePicker
        variant="compact"
        strings={{ rolePicker: { label: 'Their part' }, organisers: { roles: { Consumer: { name: 'Listener' } } } }}
      />,
      { locale: 'de-DE' },
    );
    await user.click(screen.getByRole('combobox', { name: 'Their part' }));
    expect(await screen.findByRole('option', { name: /^Listener/ })).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: new RegExp(`^${DE_STRINGS.organisers.roles.Presenter.name}`) }),
    ).toBeInTheDocument();
  });

  it('words each role from the capability matrix', () => {
    expect(summarizeRole('Presenter', EN_STRINGS).line).toBe('Can: speak & video, share screen, manage others');
    expect(summarizeRole('Collaborator', EN_STRINGS).line).toBe(
      'Can: speak & video, share screen · Can’t: manage others',
    );
    expect(summarizeRole('Attendee', EN_STRINGS).line).toBe('Can: speak & video · Can’t: share screen, manage others');
    expect(summarizeRole('Consumer', EN_STRINGS).line).toBe(
      'Can: watch & listen · Can’t: speak & video, share screen, manage others',
    );
  });

  it('puts every row of the table in exactly one list, as ROLE_CAPABILITY_TABLE says', () => {
    for (const role of ROOM_ROLES) {
      const summary = summarizeRole(role, EN_STRINGS, { pstnDialOutEnabled: true });
      for (const row of ROLE_CAPABILITY_TABLE) {
        const inCan = summary.can.some((line) => line.key === row.key);
        const inCannot = summary.cannot.some((line) => line.key === row.key);
        expect(inCan, `${role} ${row.key}`).toBe(row.cells[role] !== 'no');
        expect(inCannot, `${role} ${row.key}`).toBe(row.cells[role] === 'no');
      }
    }
  });

  it('asks roleCan about dial-out with the room setting', () => {
    const dialOut = (enabled: boolean | undefined) => {
      const summary = summarizeRole('Presenter', EN_STRINGS, { pstnDialOutEnabled: enabled });
      return {
        can: summary.can.find((l) => l.key === 'pstnDialOut')?.text,
        cannot: summary.cannot.find((l) => l.key === 'pstnDialOut')?.text,
      };
    };
    expect(dialOut(true)).toEqual({ can: rows.pstnDialOut, cannot: undefined });
    expect(dialOut(false)).toEqual({ can: undefined, cannot: rows.pstnDialOut });
    expect(dialOut(undefined).can).toBe(`${rows.pstnDialOut} (when the room allows it)`);
  });
});

describe('RolePicker, full', () => {
  it('is a radio group with one radio per role, the default role chosen', () => {
    const { container } = renderPicker(<RolePicker />);
    const group = screen.getByRole('radiogroup', { name: 'Role' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([...ROOM_ROLES]);
    expect(screen.getByRole('radio', { name: 'Attendee' })).toBeChecked();
    expect(container.querySelector(`.${rolePickerClassNames.root}`)).toHaveAttribute('data-role', 'Attendee');
  });

  it('shows every role’s name, description and what it can and cannot do, from the matrix', () => {
    renderPicker(<RolePicker pstnDialOutEnabled />);
    for (const role of ROOM_ROLES) {
      const card = cardOf(role);
      const radio = screen.getByRole('radio', { name: EN_STRINGS.organisers.roles[role].name });
      expect(card).toHaveTextContent(EN_STRINGS.organisers.roles[role].description);
      // The radio is described by the description and the one-line summary.
      expect(radio).toHaveAccessibleDescription(
        `${EN_STRINGS.organisers.roles[role].description} ${summarizeRole(role, EN_STRINGS, { pstnDialOutEnabled: true }).line}`,
      );
      const can = ROLE_CAPABILITY_TABLE.filter((row) => row.cells[role] === 'yes').map((row) => rows[row.key]);
      const cannot = ROLE_CAPABILITY_TABLE.filter((row) => row.cells[role] === 'no').map((row) => rows[row.key]);
      expect(listTexts(card, 'Can')).toEqual(expect.arrayContaining(can));
      if (cannot.length > 0) expect(listTexts(card, 'Can’t')).toEqual(cannot);
      else expect(within(card).queryByRole('list', { name: 'Can’t' })).not.toBeInTheDocument();
    }
  });

  it('says a Consumer cannot turn on the camera, and can see others’ video only remotely', () => {
    renderPicker(<RolePicker />);
    const consumer = cardOf('Consumer');
    expect(listTexts(consumer, 'Can’t')).toContain(rows.audioVideo);
    expect(listTexts(consumer, 'Can')).not.toContain(rows.audioVideo);
    expect(listTexts(consumer, 'Can')).toContain(`${rows.multiView} (remote video only)`);
    expect(listTexts(cardOf('Attendee'), 'Can')).toContain(rows.audioVideo);
  });

  it('is uncontrolled with defaultValue: a click chooses and reports the role', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = renderPicker(<RolePicker defaultValue="Presenter" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Presenter' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Consumer' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Consumer');
    expect(screen.getByRole('radio', { name: 'Consumer' })).toBeChecked();
    expect(container.querySelector(`.${rolePickerClassNames.root}`)).toHaveAttribute('data-role', 'Consumer');
    // A click anywhere on a card chooses its role.
    await user.click(within(cardOf('Collaborator')).getByText(EN_STRINGS.organisers.roles.Collaborator.description));
    expect(onChange).toHaveBeenLastCalledWith('Collaborator');
    expect(screen.getByRole('radio', { name: 'Collaborator' })).toBeChecked();
  });

  it('is controlled with value: it shows the parent’s role until the parent changes it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = renderPicker(<RolePicker value="Attendee" onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'Presenter' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Presenter');
    expect(screen.getByRole('radio', { name: 'Attendee' })).toBeChecked();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider locale="en-US">
          <RolePicker value="Presenter" onChange={onChange} />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    expect(screen.getByRole('radio', { name: 'Presenter' })).toBeChecked();
  });

  it('offers only the given roles, in their order, and still shows a current role outside them', () => {
    renderPicker(<RolePicker roles={['Consumer', 'Attendee', 'Consumer']} value="Presenter" />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'Consumer',
      'Attendee',
      'Presenter',
    ]);
    expect(screen.getByRole('radio', { name: 'Presenter' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: 'Collaborator' })).not.toBeInTheDocument();
  });

  it('shows a disabled role with its reason and refuses it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPicker(<RolePicker onChange={onChange} disabledRoles={{ Presenter: 'Only 350 interactive participants' }} />);
    const presenter = screen.getByRole('radio', { name: 'Presenter' });
    expect(presenter).toBeDisabled();
    expect(screen.getByText('Unavailable: Only 350 interactive participants')).toBeVisible();
    expect(presenter).toHaveAccessibleDescription(expect.stringContaining('Only 350 interactive participants'));
    await user.click(presenter);
    await user.click(within(cardOf('Presenter')).getByText(EN_STRINGS.organisers.roles.Presenter.description));
    expect(onChange).not.toHaveBeenCalled();
    expect(cardOf('Presenter')).toHaveAttribute('data-disabled');
  });

  it('moves between roles with the arrow keys, skipping disabled ones', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPicker(
      <>
        <button type="button">before</button>
        <RolePicker onChange={onChange} disabledRoles={{ Consumer: 'No audience in this room' }} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Attendee' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Collaborator' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Collaborator' })).toBeChecked();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // Consumer is disabled, so the arrow wraps round to Presenter.
    expect(screen.getByRole('radio', { name: 'Presenter' })).toBeChecked();
    expect(onChange.mock.calls.map(([role]) => role)).toEqual(['Collaborator', 'Attendee', 'Presenter']);
  });

  it('can be disabled as a whole', () => {
    renderPicker(<RolePicker disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('takes a visible label, or aria-labelledby', () => {
    const { unmount } = renderPicker(<RolePicker label="Role in this room" />);
    expect(screen.getByRole('radiogroup', { name: 'Role in this room' })).toBeInTheDocument();
    expect(screen.getByText('Role in this room')).toBeVisible();
    unmount();
    renderPicker(
      <>
        <h2 id="who">Amara Okafor</h2>
        <RolePicker aria-labelledby="who" />
      </>,
    );
    expect(screen.getByRole('radiogroup', { name: 'Amara Okafor' })).toBeInTheDocument();
  });

  it('has no axe violations, with a disabled role', async () => {
    const { container } = renderPicker(
      <RolePicker disabledRoles={{ Presenter: 'Only 350 interactive participants' }} />,
    );
    await expectNoAxeViolations(container);
  });
});

describe('RolePicker, compact', () => {
  it('shows the chosen role on the button and each role with its summary in the list', async () => {
    const user = userEvent.setup();
    renderPicker(<RolePicker variant="compact" defaultValue="Consumer" />);
    const { button, listbox } = await openCompact(user);
    expect(button).toHaveTextContent('Consumer');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('data-role'))).toEqual([...ROOM_ROLES]);
    for (const role of ROOM_ROLES) {
      const option = within(listbox).getByRole('option', { name: EN_STRINGS.organisers.roles[role].name });
      expect(option).toHaveTextContent(summarizeRole(role, EN_STRINGS).line);
      expect(option).toHaveAccessibleDescription(summarizeRole(role, EN_STRINGS).line);
    }
    const consumer = within(listbox).getByRole('option', { name: 'Consumer' });
    expect(consumer).toHaveAttribute('aria-selected', 'true');
    expect(consumer).toHaveTextContent('Can’t: speak & video');
  });

  it('chooses with the mouse and closes, uncontrolled', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPicker(<RolePicker variant="compact" onChange={onChange} />);
    const { button } = await openCompact(user);
    await user.click(screen.getByRole('option', { name: 'Collaborator' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Collaborator');
    expect(button).toHaveTextContent('Collaborator');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('is controlled: the button keeps the parent’s role until the parent follows', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [role, setRole] = useState<RoomRole>('Attendee');
      return (
        <>
          <RolePicker variant="compact" value={role} onChange={(next) => next !== 'Presenter' && setRole(next)} />
          <output>{role}</output>
        </>
      );
    }
    renderPicker(<Parent />);
    await openCompact(user);
    await user.click(screen.getByRole('option', { name: 'Presenter' }));
    expect(screen.getByRole('combobox')).toHaveTextContent('Attendee');
    await openCompact(user);
    await user.click(screen.getByRole('option', { name: 'Consumer' }));
    expect(screen.getByRole('combobox')).toHaveTextContent('Consumer');
    expect(screen.getByRole('status')).toHaveTextContent('Consumer');
  });

  it('works by keyboard: open, type-ahead, arrows, Enter; Escape closes; focus stays on the button', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPicker(<RolePicker variant="compact" onChange={onChange} />);
    await user.tab();
    const button = screen.getByRole('combobox', { name: 'Role' });
    expect(button).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeVisible();
    // Type-ahead jumps to the next role starting with the letters typed, as in Fluent's own Dropdown.
    await user.keyboard('col');
    expect(button).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Collaborator' }).id);
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Attendee' }).id);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{End}{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('Consumer');
    expect(button).toHaveTextContent('Consumer');
    expect(button).toHaveFocus();
  });

  it('shows a disabled role’s reason in its option and does not choose it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPicker(
      <RolePicker
        variant="compact"
        onChange={onChange}
        disabledRoles={{ Presenter: 'Only 350 interactive participants' }}
      />,
    );
    await openCompact(user);
    const presenter = screen.getByRole('option', { name: 'Presenter' });
    expect(presenter).toHaveAttribute('aria-disabled', 'true');
    expect(within(presenter).getByText('Unavailable: Only 350 interactive participants')).toBeVisible();
    expect(presenter).toHaveAccessibleDescription(expect.stringContaining('Only 350 interactive participants'));
    await user.click(presenter);
    await user.keyboard('{Home}{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox')).toHaveTextContent('Attendee');
  });

  it('offers only the given roles', async () => {
    const user = userEvent.setup();
    renderPicker(<RolePicker variant="compact" roles={['Attendee', 'Consumer']} />);
    const { listbox } = await openCompact(user);
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.getAttribute('data-role')),
    ).toEqual(['Attendee', 'Consumer']);
  });

  it('is named by aria-label and sized small for table rows, with ref and className on the root', () => {
    const ref = createRef<HTMLDivElement>();
    renderPicker(<RolePicker ref={ref} variant="compact" size="small" aria-label="Role of Amara" className="host" />);
    expect(screen.getByRole('combobox', { name: 'Role of Amara' })).toBeInTheDocument();
    expect(ref.current).toHaveClass(rolePickerClassNames.root, 'host');
    expect(ref.current).toHaveAttribute('data-variant', 'compact');
  });

  it('can be disabled', () => {
    renderPicker(<RolePicker variant="compact" disabled />);
    expect(screen.getByRole('combobox')).toBeDisabled();
  });

  it('has no axe violations, closed and open', async () => {
    const user = userEvent.setup();
    const { container } = renderPicker(
      <RolePicker variant="compact" label="Role" disabledRoles={{ Presenter: 'Only 350 interactive participants' }} />,
    );
    await expectNoAxeViolations(container);
    await openCompact(user);
    await expectNoAxeViolations(document.body);
  });
});

describe('RolePicker, read-only', () => {
  it('shows the role as text, its description behind an info button, and nothing to change', async () => {
    const user = userEvent.setup();
    const { container } = renderPicker(<RolePicker readOnly value="Consumer" label="Role" />);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByText('Consumer')).toBeVisible();
    const root = container.querySelector(`.${rolePickerClassNames.root}`);
    expect(root).toHaveAttribute('data-readonly');
    expect(root).toHaveAttribute('data-role', 'Consumer');
    const info = screen.getByRole('button', { name: 'About the Consumer role' });
    await user.click(info);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(EN_STRINGS.organisers.roles.Consumer.description);
    expect(note).toHaveTextContent(summarizeRole('Consumer', EN_STRINGS).line);
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('note')).not.toBeInTheDocument());
    expect(info).toHaveFocus();
  });
});

describe('RolePicker in German', () => {
  it('names roles, summaries, lists and reasons from the German strings', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPicker(<RolePicker disabledRoles={{ Presenter: 'Höchstens 350' }} />, {
      locale: 'de-DE',
    });
    expect(screen.getByRole('radiogroup', { name: 'Rolle' })).toBeInTheDocument();
    const consumer = cardOf('Consumer', DE_STRINGS);
    expect(consumer).toHaveTextContent(DE_STRINGS.organisers.roles.Consumer.description);
    expect(listTexts(consumer, 'Kann nicht')).toContain(DE_STRINGS.organisers.capabilityTable.rows.audioVideo);
    expect(screen.getByText('Nicht verfügbar: Höchstens 350')).toBeVisible();
    unmount();

    renderPicker(<RolePicker variant="compact" defaultValue="Consumer" />, { locale: 'de-DE' });
    const button = screen.getByRole('combobox', { name: 'Rolle' });
    expect(button).toHaveTextContent('Zuschauer');
    await user.click(button);
    expect(screen.getByRole('option', { name: 'Zuschauer' })).toHaveTextContent(
      'Kann: sehen & hören · Kann nicht: sprechen & Video, Bildschirm teilen, andere verwalten',
    );
  });
});

describe('RolePicker props', () => {
  it('passes every documented prop through without a type error', () => {
    type OwnProps = Pick<
      RolePickerProps,
      | 'defaultValue'
      | 'onChange'
      | 'roles'
      | 'disabledRoles'
      | 'variant'
      | 'readOnly'
      | 'disabled'
      | 'label'
      | 'aria-label'
      | 'id'
      | 'size'
      | 'className'
      | 'pstnDialOutEnabled'
    >;
    const props: Required<OwnProps> = {
      defaultValue: 'Consumer',
      onChange: () => undefined,
      roles: ROOM_ROLES,
      disabledRoles: {},
      variant: 'compact',
      readOnly: false,
      disabled: false,
      label: 'Role',
      'aria-label': 'Role',
      id: 'picker',
      size: 'small',
      className: 'x',
      pstnDialOutEnabled: true,
    };
    renderPicker(<RolePicker {...props} />);
    expect(document.getElementById('picker')).toHaveAttribute('role', 'combobox');
  });

  it('forwards its ref and the host’s native attributes to the root, and names the control, not the root', () => {
    const ref = createRef<HTMLDivElement>();
    renderPicker(
      <>
        <p id="role-help">Presenters can remove people.</p>
        <RolePicker
          ref={ref}
          variant="compact"
          aria-label="Role for Priya"
          data-row="priya"
          style={{ maxWidth: 240 }}
          title="Priya’s role"
        />
      </>,
    );
    expect(ref.current).toBeInstanceOf(HTMLDivElement);
    expect(ref.current).toHaveAttribute('data-row', 'priya');
    expect(ref.current).toHaveAttribute('title', 'Priya’s role');
    expect(ref.current).toHaveStyle({ maxWidth: '240px' });
    expect(ref.current).not.toHaveAttribute('aria-label');
    expect(screen.getByRole('combobox', { name: 'Role for Priya' })).toBeInTheDocument();
  });
});
