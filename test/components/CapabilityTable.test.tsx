// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { createRef, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CapabilityTable, capabilityTableClassNames } from '../../src/components';
import { ROLE_CAPABILITY_TABLE, ROOM_ROLES, type RoomRole } from '../../src/core/roles';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS } from '../../src/strings';

function renderTable(ui: ReactElement, kit: Omit<RoomsKitProviderProps, 'children'> = { locale: 'en-US' }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider {...kit}>{ui}</RoomsKitProvider>
    </FluentProvider>,
  );
}

const table = () => screen.getByRole('table', { name: EN_STRINGS.organisers.capabilityTable.caption });

/** The cell a user reads at the crossing of a row (found by its label) and a column (found by its header). */
function cellAt(rowLabel: string, columnName: string): HTMLElement {
  const headers = screen.getAllByRole('columnheader');
  const column = headers.findIndex((h) => h.textContent === columnName);
  expect(column, `column ${columnName}`).toBeGreaterThan(0);
  const rowHeader = screen.getByRole('rowheader', { name: rowLabel });
  const row = rowHeader.closest('tr');
  if (!row) throw new Error(`no row for ${rowLabel}`);
  const cell = row.children[column];
  if (!(cell instanceof HTMLElement)) throw new Error(`no cell ${rowLabel} × ${columnName}`);
  return cell;
}

async function expectNoAxeViolations(container: HTMLElement) {
  // jsdom does no layout, so colour contrast cannot be judged here; the Storybook run checks it in a browser.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

describe('CapabilityTable', () => {
  it('is a table named by its caption, with the capability header and one column per role', () => {
    renderTable(<CapabilityTable />);
    expect(table()).toBeInTheDocument();
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'What they can do',
      ...ROOM_ROLES.map((role) => EN_STRINGS.organisers.roles[role].name),
    ]);
    expect(screen.getByRole('columnheader', { name: 'Consumer' })).toBeInTheDocument();
  });

  it('takes its own strings over the provider’s, and keeps the provider’s for the rest', () => {
    renderTable(
      <CapabilityTable
        strings={{
          organisers: { capabilityTable: { caption: 'Who may do what' }, roles: { Consumer: { name: 'Listener' } } },
        }}
      />,
      { locale: 'de-DE' },
    );
    const own = screen.getByRole('table', { name: 'Who may do what' });
    expect(within(own).getByRole('columnheader', { name: 'Listener' })).toBeInTheDocument();
    // The rest in the provider's German.
    expect(
      within(own).getByRole('columnheader', { name: DE_STRINGS.organisers.roles.Presenter.name }),
    ).toBeInTheDocument();
  });

  it('shows every row of the documentation, each cell written out as in ROLE_CAPABILITY_TABLE', () => {
    renderTable(<CapabilityTable />);
    // One header row plus one row per documentation row.
    expect(within(table()).getAllByRole('row')).toHaveLength(ROLE_CAPABILITY_TABLE.length + 1);
    for (const row of ROLE_CAPABILITY_TABLE) {
      const label = EN_STRINGS.organisers.capabilityTable.rows[row.key];
      expect(screen.getByRole('rowheader', { name: label }).closest('tr')).toHaveAttribute('data-row', row.key);
      for (const role of ROOM_ROLES) {
        const cell = cellAt(label, EN_STRINGS.organisers.roles[role].name);
        expect(cell).toHaveTextContent(EN_STRINGS.organisers.capabilityTable.cells[row.cells[role]]);
        expect(cell).toHaveAttribute('data-cell', row.cells[role]);
      }
    }
  });

  it('says what the documentation says for Consumers, Collaborators and multi-view', () => {
    renderTable(<CapabilityTable />);
    expect(cellAt(EN_STRINGS.organisers.capabilityTable.rows.audioVideo, 'Consumer')).toHaveTextContent('No');
    expect(cellAt(EN_STRINGS.organisers.capabilityTable.rows.shareScreen, 'Collaborator')).toHaveTextContent('Yes');
    expect(cellAt(EN_STRINGS.organisers.capabilityTable.rows.multiView, 'Consumer')).toHaveTextContent(
      'Others’ video only',
    );
    expect(cellAt(EN_STRINGS.organisers.capabilityTable.rows.multiView, 'Consumer')).toHaveAttribute(
      'data-cell',
      'remoteOnly',
    );
  });

  it('writes every verdict as text and keeps the icons out of the accessibility tree', () => {
    const { container } = renderTable(<CapabilityTable />);
    const cells = within(table()).getAllByRole('cell');
    expect(cells).toHaveLength(ROLE_CAPABILITY_TABLE.length * ROOM_ROLES.length);
    for (const cell of cells) {
      expect(cell.textContent?.trim()).toMatch(/^(Yes|No|Others’ video only)$/);
      const icon = cell.querySelector('svg');
      expect(icon).not.toBeNull();
      expect(icon).toHaveAttribute('aria-hidden', 'true');
    }
    expect(container.querySelectorAll(`.${capabilityTableClassNames.icon}`)).toHaveLength(cells.length);
  });

  it('marks the dial-out row and explains it in a footnote the row refers to', () => {
    renderTable(<CapabilityTable />);
    const note = EN_STRINGS.organisers.capabilityTable.requiresPstnDialOut;
    const dialOut = screen.getByRole('rowheader', { name: EN_STRINGS.organisers.capabilityTable.rows.pstnDialOut });
    expect(dialOut).toHaveTextContent(/\*$/);
    expect(dialOut).toHaveAccessibleDescription(note);
    expect(screen.getByText(note)).toBeVisible();
    // Only that row carries the mark.
    const described = within(table())
      .getAllByRole('rowheader')
      .filter((h) => h.hasAttribute('aria-describedby'));
    expect(described).toEqual([dialOut]);
  });

  it('limits and orders the columns with `roles`', () => {
    renderTable(<CapabilityTable roles={['Consumer', 'Presenter']} />);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['What they can do', 'Consumer', 'Presenter']);
    expect(screen.queryByRole('columnheader', { name: 'Attendee' })).not.toBeInTheDocument();
    expect(within(table()).getAllByRole('cell')).toHaveLength(ROLE_CAPABILITY_TABLE.length * 2);
    expect(cellAt(EN_STRINGS.organisers.capabilityTable.rows.muteOthers, 'Presenter')).toHaveTextContent('Yes');
    expect(cellAt(EN_STRINGS.organisers.capabilityTable.rows.muteOthers, 'Consumer')).toHaveTextContent('No');
  });

  it('drops repeated and unknown roles rather than rendering broken columns', () => {
    const roles = ['Attendee', 'Attendee', 'Guest'] as unknown as RoomRole[];
    renderTable(<CapabilityTable roles={roles} />);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['What they can do', 'Attendee']);
  });

  it('marks the highlighted role column, header and cells', () => {
    renderTable(<CapabilityTable highlightRole="Consumer" />);
    const header = screen.getByRole('columnheader', { name: 'Consumer' });
    expect(header).toHaveAttribute('data-highlighted');
    expect(header).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('columnheader', { name: 'Presenter' })).not.toHaveAttribute('data-highlighted');
    const highlighted = table().querySelectorAll('td[data-highlighted]');
    expect(highlighted).toHaveLength(ROLE_CAPABILITY_TABLE.length);
    highlighted.forEach((cell) => expect(cell).toHaveAttribute('data-role', 'Consumer'));
  });

  it('ignores a highlighted role that is not shown', () => {
    renderTable(<CapabilityTable roles={['Presenter']} highlightRole="Consumer" />);
    expect(table().querySelectorAll('[data-highlighted]')).toHaveLength(0);
  });

  it('renders German strings inside a German provider', () => {
    renderTable(<CapabilityTable />, { locale: 'de-DE' });
    expect(screen.getByRole('table', { name: DE_STRINGS.organisers.capabilityTable.caption })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Zuschauer' })).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: DE_STRINGS.organisers.capabilityTable.capabilityHeader }),
    ).toBeInTheDocument();
    expect(cellAt(DE_STRINGS.organisers.capabilityTable.rows.audioVideo, 'Zuschauer')).toHaveTextContent('Nein');
    expect(cellAt(DE_STRINGS.organisers.capabilityTable.rows.multiView, 'Zuschauer')).toHaveTextContent(
      'Nur das Video anderer',
    );
    expect(screen.getByText(DE_STRINGS.organisers.capabilityTable.requiresPstnDialOut)).toBeInTheDocument();
  });

  it("takes the host's string overrides from the provider", () => {
    renderTable(<CapabilityTable />, {
      locale: 'en-US',
      strings: { organisers: { capabilityTable: { caption: 'X' } } },
    });
    expect(screen.getByRole('table', { name: 'X' })).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: EN_STRINGS.organisers.capabilityTable.caption }),
    ).not.toBeInTheDocument();
    // Everything not overridden keeps the default.
    expect(
      screen.getByRole('columnheader', { name: EN_STRINGS.organisers.capabilityTable.capabilityHeader }),
    ).toBeInTheDocument();
  });

  it('keeps the caption as the accessible name when it is hidden visually', () => {
    renderTable(<CapabilityTable hideCaption />);
    expect(table()).toBeInTheDocument();
  });

  it('passes size, className, ref and other attributes to the root', () => {
    const ref = createRef<HTMLDivElement>();
    renderTable(<CapabilityTable ref={ref} size="small" className="host" id="caps" data-testid="caps" />);
    const root = screen.getByTestId('caps');
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'caps');
    expect(root).toHaveAttribute('data-size', 'small');
    expect(root).toHaveClass(capabilityTableClassNames.root, 'host');
    // Small rows carry 16px icons.
    expect(root.querySelector('td svg')).toHaveAttribute('width', '16');
  });

  it('works without a RoomsKitProvider, in English', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <CapabilityTable />
      </FluentProvider>,
    );
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(screen.getAllByRole('row')).toHaveLength(ROLE_CAPABILITY_TABLE.length + 1);
  });

  it('renders right to left', () => {
    render(
      <FluentProvider theme={webLightTheme} dir="rtl">
        <RoomsKitProvider locale="en-US" dir="rtl">
          <CapabilityTable highlightRole="Attendee" />
        </RoomsKitProvider>
      </FluentProvider>,
    );
    expect(table().closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getAllByRole('columnheader')).toHaveLength(ROOM_ROLES.length + 1);
  });

  it('has no axe violations, plain and with a highlighted column', async () => {
    const plain = renderTable(<CapabilityTable />);
    await expectNoAxeViolations(plain.container);
    plain.unmount();
    const highlighted = renderTable(<CapabilityTable highlightRole="Consumer" size="small" hideCaption />);
    await expectNoAxeViolations(highlighted.container);
  });
});
