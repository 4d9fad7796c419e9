// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ValidityScheduler,
  validitySchedulerClassNames,
  type ValidityChangeMeta,
  type ValiditySchedulerProps,
  type ValidityValue,
} from '../../src/components/ValidityScheduler';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../../src/provider';
import { DE_STRINGS, EN_STRINGS } from '../../src/strings';

const NOW = new Date('2026-11-21T10:00:00Z');
const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;
const S = EN_STRINGS.validityScheduler;
const ISSUES = EN_STRINGS.validity.issues;

type Kit = Omit<RoomsKitProviderProps, 'children'>;

function renderScheduler(ui: ReactElement, kit: Kit = {}) {
  const wrap = (node: ReactElement) => (
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-GB" timeZone="Europe/Paris" now={() => NOW} {...kit}>
        {node}
      </RoomsKitProvider>
    </FluentProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}

/** A window on Monday 23 Nov 2026, 09:00–10:00 Paris time. */
const MONDAY: ValidityValue = { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T09:00:00Z') };

const field = (name: string) => screen.getByRole('combobox', { name });

/** The Fluent Field a control sits in: its message is the control's accessible description. */
function fieldOf(control: HTMLElement): HTMLElement {
  const node = control.closest('.fui-Field');
  if (!(node instanceof HTMLElement)) throw new Error('not in a Field');
  return node;
}

/** Focuses a field as Tab would (no click, so the calendar stays shut), replaces its text and types. */
async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  act(() => input.focus());
  if (input instanceof HTMLInputElement) input.setSelectionRange(0, input.value.length);
  await user.keyboard('{Backspace}');
  await user.type(input, text, { skipClick: true });
}

async function choose(user: ReturnType<typeof userEvent.setup>, dropdown: string, option: string) {
  await user.click(field(dropdown));
  await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
}

/** Lets time pass on fake timers, a timer at a time, so React re-arms the next one as the app would. */
function pass(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const step = Math.min(end - Date.now(), 1_000);
    act(() => vi.advanceTimersByTime(step));
  }
}

function lastChange(onChange: ReturnType<typeof vi.fn>): [ValidityValue, ValidityChangeMeta] {
  const call = onChange.mock.calls.at(-1);
  if (!call) throw new Error('onChange was not called');
  return call as [ValidityValue, ValidityChangeMeta];
}

describe('ValidityScheduler', () => {
  afterEach(() => vi.useRealTimers());

  it('starts uncontrolled at the next half hour, for one hour, in the viewer zone, with a summary', () => {
    renderScheduler(<ValidityScheduler />);
    expect(screen.getByRole('group', { name: S.label })).toHaveAttribute('data-preset', '1h');
    expect(field(S.startDateLabel)).toHaveValue('21/11/2026');
    expect(field(S.startTimeLabel)).toHaveValue('11:30');
    expect(field(S.durationLabel)).toHaveTextContent(S.durations['1h']);
    expect(field(S.timeZoneLabel)).toHaveValue('Europe/Paris (GMT+01:00)');
    expect(screen.getByText('Sat 21 Nov, 11:30–12:30, Europe/Paris · opens in 30 minutes')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Scheduled');
    // The end is a duration: no end fields until "Custom end" is chosen.
    expect(screen.queryByRole('combobox', { name: S.endTimeLabel })).not.toBeInTheDocument();
  });

  it('takes its own strings over the provider’s and keeps the provider’s for the rest', () => {
    renderScheduler(<ValidityScheduler strings={{ label: 'Appointment time', durationLabel: 'Length' }} />);
    expect(screen.getByRole('group', { name: 'Appointment time' })).toBeInTheDocument();
    expect(field('Length')).toHaveTextContent(S.durations['1h']);
    expect(field(S.startTimeLabel)).toHaveValue('11:30');
  });

  it('typing a start date and time and picking 30 minutes gives the instants of the chosen zone', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(<ValidityScheduler defaultTimeZone="America/New_York" onChange={onChange} />);
    await retype(user, field(S.startDateLabel), '03/12/2026');
    await user.tab();
    await retype(user, field(S.startTimeLabel), '9:15{Enter}');
    await choose(user, S.durationLabel, S.durations['30m']);
    // 09:15 in New York on 3 Dec (EST, UTC−5) is 14:15 UTC.
    expect(lastChange(onChange)).toEqual([
      { validFrom: at('2026-12-03T14:15:00Z'), validUntil: at('2026-12-03T14:45:00Z') },
      { issues: [] },
    ]);
    expect(field(S.startDateLabel)).toHaveValue('03/12/2026');
    expect(field(S.startTimeLabel)).toHaveValue('09:15');
    expect(screen.getByRole('group')).toHaveAttribute('data-preset', '30m');
  });

  it('changing the zone keeps the wall times and moves the instants', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onTimeZoneChange = vi.fn();
    renderScheduler(
      <ValidityScheduler defaultValue={MONDAY} onChange={onChange} onTimeZoneChange={onTimeZoneChange} />,
    );
    await retype(user, field(S.timeZoneLabel), 'tokyo');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Asia/Tokyo (GMT+09:00)']);
    await user.keyboard('{Enter}');
    expect(onTimeZoneChange).toHaveBeenCalledWith('Asia/Tokyo');
    expect(lastChange(onChange)[0]).toEqual({
      validFrom: at('2026-11-23T00:00:00Z'),
      validUntil: at('2026-11-23T01:00:00Z'),
    });
    expect(field(S.startTimeLabel)).toHaveValue('09:00');
    expect(field(S.timeZoneLabel)).toHaveValue('Asia/Tokyo (GMT+09:00)');
    expect(screen.getByText(/Mon 23 Nov, 09:00–10:00, Asia\/Tokyo/)).toBeInTheDocument();
  });

  it('says when no zone matches what was typed', async () => {
    const user = userEvent.setup();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} />);
    await retype(user, field(S.timeZoneLabel), 'Atlantis');
    expect(within(screen.getByRole('listbox')).getByRole('option')).toHaveTextContent(
      'No time zone matches “Atlantis”.',
    );
  });

  it('a custom end typed before the start is refused next to the end time', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} onChange={onChange} />);
    await choose(user, S.durationLabel, S.durations.custom);
    await retype(user, field(S.endTimeLabel), '08:30{Enter}');
    expect(field(S.endTimeLabel)).toHaveAccessibleDescription(ISSUES.untilNotAfterFrom);
    expect(field(S.endTimeLabel)).toHaveAttribute('aria-invalid', 'true');
    expect(field(S.startTimeLabel)).not.toHaveAttribute('aria-invalid', 'true');
    expect(lastChange(onChange)[1].issues).toEqual([
      expect.objectContaining({ code: 'untilNotAfterFrom', target: 'validUntil' }),
    ]);
    // The summary does not describe a backwards window as "Scheduled": it says what is wrong.
    expect(screen.getByText(S.summaryEndBeforeStart)).toBeInTheDocument();
    expect(screen.getByRole('status')).not.toHaveTextContent(EN_STRINGS.validity.status.scheduled);
  });

  it('says in German, too, that the end is before the start', async () => {
    const user = userEvent.setup();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} />, { locale: 'de-DE' });
    const D = DE_STRINGS.validityScheduler;
    await choose(user, D.durationLabel, D.durations.custom);
    await retype(user, field(D.endTimeLabel), '08:30{Enter}');
    expect(screen.getByText('Das Ende liegt vor dem Beginn: Wählen Sie ein späteres Ende.')).toBeInTheDocument();
  });

  it('an end in the past is refused on the duration when the end is a preset', () => {
    renderScheduler(
      <ValidityScheduler
        defaultValue={{ validFrom: at('2026-11-20T08:00:00Z'), validUntil: at('2026-11-20T09:00:00Z') }}
      />,
    );
    expect(field(S.durationLabel)).toHaveAccessibleDescription(ISSUES.untilInPast);
    expect(screen.getByRole('status')).toHaveTextContent('Ended');
  });

  it('accepts exactly 180 days and refuses one minute more, on the end (DST counted: 09:00 CET → 10:00 CEST)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(
      <ValidityScheduler
        defaultValue={{ validFrom: MONDAY.validFrom, validUntil: new Date(MONDAY.validFrom.getTime() + 180 * DAY) }}
        onChange={onChange}
      />,
    );
    expect(field(S.durationLabel)).toHaveTextContent(S.durations.custom);
    expect(field(S.endDateLabel)).toHaveValue('22/05/2027');
    expect(field(S.endTimeLabel)).toHaveValue('10:00');
    expect(field(S.endTimeLabel)).not.toHaveAttribute('aria-invalid', 'true');
    await retype(user, field(S.endTimeLabel), '10:01{Enter}');
    expect(field(S.endTimeLabel)).toHaveAccessibleDescription('A room can be open for at most 180 days.');
    expect(lastChange(onChange)[1].issues.map((i) => [i.code, i.target])).toEqual([['windowTooLong', 'validUntil']]);
    await retype(user, field(S.endTimeLabel), '10:00{Enter}');
    expect(field(S.endTimeLabel)).not.toHaveAttribute('aria-invalid', 'true');
    expect(lastChange(onChange)[1].issues).toEqual([]);
  });

  it('uses maxDays in the check and the message', () => {
    renderScheduler(
      <ValidityScheduler
        maxDays={7}
        defaultValue={{ validFrom: MONDAY.validFrom, validUntil: new Date(MONDAY.validFrom.getTime() + 8 * DAY) }}
      />,
    );
    expect(field(S.endTimeLabel)).toHaveAccessibleDescription('A room can be open for at most 7 days.');
  });

  it('keeps a time it cannot read, says how to write one, and reports it without moving the window', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} onChange={onChange} />);
    await retype(user, field(S.startTimeLabel), 'half past nine{Enter}');
    expect(field(S.startTimeLabel)).toHaveValue('half past nine');
    expect(field(S.startTimeLabel)).toHaveAccessibleDescription('Enter a time such as 09:30.');
    expect(lastChange(onChange)).toEqual([
      MONDAY,
      { issues: [expect.objectContaining({ code: 'invalidDate', target: 'validFrom' })] },
    ]);
    await retype(user, field(S.startTimeLabel), '9:30{Enter}');
    expect(field(S.startTimeLabel)).not.toHaveAttribute('aria-invalid', 'true');
    expect(lastChange(onChange)).toEqual([
      { validFrom: at('2026-11-23T08:30:00Z'), validUntil: at('2026-11-23T09:30:00Z') },
      { issues: [] },
    ]);
  });

  it('says how to write a date it cannot read', async () => {
    const user = userEvent.setup();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} />);
    await retype(user, field(S.startDateLabel), '31/02/2026');
    await user.tab();
    expect(field(S.startDateLabel)).toHaveAccessibleDescription('Enter a date such as 21/11/2026.');
    await retype(user, field(S.startDateLabel), '24/11/2026');
    await user.tab();
    expect(field(S.startDateLabel)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('an emptied date says what to enter and keeps the window', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} onChange={onChange} />);
    act(() => field(S.startDateLabel).focus());
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    await user.tab();
    expect(field(S.startDateLabel)).toHaveAccessibleDescription('Enter a date such as 21/11/2026.');
    expect(field(S.startDateLabel)).toBeRequired();
    expect(lastChange(onChange)).toEqual([
      MONDAY,
      { issues: [expect.objectContaining({ code: 'invalidDate', target: 'validFrom' })] },
    ]);
  });

  it('explains a time that does not exist (New York, 8 Mar 2026, 02:30) and uses 03:30', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(
      <ValidityScheduler
        defaultTimeZone="America/New_York"
        defaultValue={{ validFrom: at('2026-03-08T06:00:00Z'), validUntil: at('2026-03-08T07:00:00Z') }}
        onChange={onChange}
      />,
      { now: () => at('2026-03-01T12:00:00Z'), locale: 'en-US' },
    );
    await retype(user, field(S.startTimeLabel), '2:30 AM{Enter}');
    expect(lastChange(onChange)[0]).toEqual({
      validFrom: at('2026-03-08T07:30:00Z'),
      validUntil: at('2026-03-08T08:30:00Z'),
    });
    expect(field(S.startTimeLabel)).toHaveValue('03:30 AM');
    expect(field(S.startTimeLabel)).toHaveAccessibleDescription(
      '02:30 AM does not exist on Sun, Mar 8 in America/New_York (the clocks go forward); using 03:30 AM.',
    );
    // A warning, not an error: the window can be saved.
    expect(field(S.startTimeLabel)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a time that happens twice (London, 25 Oct 2026, 01:30) and uses the first', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(
      <ValidityScheduler
        defaultTimeZone="Europe/London"
        defaultValue={{ validFrom: at('2026-10-25T08:00:00Z'), validUntil: at('2026-10-25T09:00:00Z') }}
        onChange={onChange}
      />,
      { now: () => at('2026-10-20T12:00:00Z') },
    );
    await retype(user, field(S.startTimeLabel), '01:30{Enter}');
    expect(lastChange(onChange)[0].validFrom).toEqual(at('2026-10-25T00:30:00Z'));
    expect(field(S.startTimeLabel)).toHaveAccessibleDescription(
      '01:30 happens twice on Sun 25 Oct in Europe/London (the clocks go back); using the first one, GMT+01:00.',
    );
  });

  it('"Starts now" takes the clock as the start, disables the start fields and opens the room', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} onChange={onChange} />);
    await user.click(screen.getByRole('switch', { name: S.startsNowLabel }));
    expect(lastChange(onChange)).toEqual([{ validFrom: NOW, validUntil: at('2026-11-21T11:00:00Z') }, { issues: [] }]);
    expect(field(S.startDateLabel)).toBeDisabled();
    expect(field(S.startTimeLabel)).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Open');
    expect(screen.getByRole('group')).toHaveAttribute('data-starts-now', '');
  });

  it('shows a server error next to its field until the user changes that part, and again for new errors', async () => {
    const user = userEvent.setup();
    const message = 'The time range is incorrect, or larger than 180 days.';
    const { rerender } = renderScheduler(<ValidityScheduler defaultValue={MONDAY} errors={{ validUntil: message }} />);
    expect(field(S.durationLabel)).toHaveAccessibleDescription(message);
    expect(field(S.startTimeLabel)).not.toHaveAttribute('aria-invalid', 'true');
    // A fresh object with the same message is the same error: it stays answered once answered.
    await choose(user, S.durationLabel, S.durations['2h']);
    expect(field(S.durationLabel)).not.toHaveAccessibleDescription(message);
    rerender(<ValidityScheduler defaultValue={MONDAY} errors={{ validUntil: message }} />);
    expect(field(S.durationLabel)).not.toHaveAccessibleDescription(message);
    rerender(<ValidityScheduler defaultValue={MONDAY} errors={{ validFrom: 'Start refused.' }} />);
    expect(field(S.startTimeLabel)).toHaveAccessibleDescription('Start refused.');
  });

  it('refuses a start before min and an end after max, with the bound in words', () => {
    renderScheduler(
      <ValidityScheduler defaultValue={MONDAY} min={at('2026-11-24T08:00:00Z')} max={at('2026-11-23T08:30:00Z')} />,
    );
    expect(field(S.startTimeLabel)).toHaveAccessibleDescription(/^The room cannot open before 24 Nov 2026, 09:00/);
    expect(field(S.durationLabel)).toHaveAccessibleDescription(/^The room must close by 23 Nov 2026, 09:30/);
  });

  it('is controlled: shows the value it is given and only reports changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = renderScheduler(<ValidityScheduler value={MONDAY} onChange={onChange} />);
    await choose(user, S.durationLabel, S.durations['2h']);
    expect(lastChange(onChange)[0].validUntil).toEqual(at('2026-11-23T10:00:00Z'));
    // The parent did not accept it, so the form still shows its value.
    expect(field(S.durationLabel)).toHaveTextContent(S.durations['1h']);
    rerender(
      <ValidityScheduler
        value={{ validFrom: at('2026-11-25T13:00:00Z'), validUntil: at('2026-11-25T15:00:00Z') }}
        onChange={onChange}
      />,
    );
    expect(field(S.startDateLabel)).toHaveValue('25/11/2026');
    expect(field(S.startTimeLabel)).toHaveValue('14:00');
    expect(field(S.durationLabel)).toHaveTextContent(S.durations['2h']);
  });

  it('works with a host that stores what it is given', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState(MONDAY);
      return (
        <>
          <ValidityScheduler value={value} onChange={setValue} />
          <output>{value.validFrom.toISOString()}</output>
        </>
      );
    }
    renderScheduler(<Host />);
    await retype(user, field(S.startTimeLabel), '18:45{Enter}');
    expect(screen.getByText('2026-11-23T17:45:00.000Z')).toBeInTheDocument();
    expect(field(S.startTimeLabel)).toHaveValue('18:45');
  });

  it('keeps its live status true as time passes (scheduled → open → ended)', () => {
    vi.useFakeTimers({ now: at('2026-11-21T08:59:00Z') });
    renderScheduler(
      <ValidityScheduler
        readOnly
        defaultValue={{ validFrom: at('2026-11-21T09:00:00Z'), validUntil: at('2026-11-21T09:30:00Z') }}
      />,
      { now: () => new Date() },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Scheduled');
    expect(screen.getByText(/opens in 1 minute/)).toBeInTheDocument();
    pass(60_000);
    expect(screen.getByRole('status')).toHaveTextContent('Open');
    expect(screen.getByText(/closes in 30 minutes/)).toBeInTheDocument();
    pass(30 * 60_000);
    expect(screen.getByRole('status')).toHaveTextContent('Ended');
    expect(screen.getByRole('group')).toHaveAttribute('data-status', 'ended');
  });

  it('read-only shows the window as text, with no inputs', () => {
    renderScheduler(<ValidityScheduler readOnly defaultValue={MONDAY} />);
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('switch')).toHaveLength(0);
    const group = screen.getByRole('group', { name: S.label });
    expect(group).toHaveAttribute('data-readonly', '');
    expect(within(group).getByText(S.startLabel).nextElementSibling).toHaveTextContent('23 Nov 2026, 09:00');
    expect(within(group).getByText(S.endLabel).nextElementSibling).toHaveTextContent('23 Nov 2026, 10:00');
    expect(within(group).getByText('Europe/Paris (GMT+01:00)')).toBeInTheDocument();
  });

  it('disables every input when disabled', () => {
    renderScheduler(<ValidityScheduler disabled defaultValue={MONDAY} />);
    for (const box of screen.getAllByRole('combobox')) expect(box).toBeDisabled();
    expect(screen.getByRole('switch')).toBeDisabled();
  });

  it('speaks German inside a German provider', () => {
    const de = DE_STRINGS.validityScheduler;
    renderScheduler(
      <ValidityScheduler
        defaultValue={{ validFrom: at('2026-11-20T08:00:00Z'), validUntil: at('2026-11-20T09:00:00Z') }}
      />,
      { locale: 'de-DE' },
    );
    expect(screen.getByRole('group', { name: de.label })).toBeInTheDocument();
    expect(field(de.startDateLabel)).toHaveValue('20.11.2026');
    expect(field(de.startTimeLabel)).toHaveValue('09:00');
    expect(field(de.durationLabel)).toHaveTextContent('1 Stunde');
    expect(field(de.durationLabel)).toHaveAccessibleDescription(DE_STRINGS.validity.issues.untilInPast);
    expect(screen.getByRole('switch', { name: 'Beginnt sofort' })).toBeInTheDocument();
    expect(field(de.timeZoneLabel)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Beendet');
    expect(screen.getByText(/Europe\/Paris · endete gestern$/)).toBeInTheDocument();
  });

  it("takes the host's string overrides and label", () => {
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} label="Consultation window" />, {
      strings: { validityScheduler: { startTimeLabel: 'Begins at', durations: { '1h': 'One hour' } } },
    });
    expect(screen.getByRole('group', { name: 'Consultation window' })).toBeInTheDocument();
    expect(field('Begins at')).toBeInTheDocument();
    expect(field(S.durationLabel)).toHaveTextContent('One hour');
  });

  it('reports an unknown zone from the host on the zone picker instead of failing', () => {
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} timeZone="Mars/Olympus_Mons" />);
    expect(field(S.timeZoneLabel)).toHaveAccessibleDescription(S.invalidTimeZone);
    expect(screen.getByText(/UTC/)).toBeInTheDocument();
  });

  it('passes className, ref, data and aria attributes to the root', () => {
    const props: ValiditySchedulerProps = { className: 'host', id: 'window', defaultValue: MONDAY };
    renderScheduler(<ValidityScheduler {...props} data-testid="scheduler" />);
    const root = screen.getByTestId('scheduler');
    expect(root).toHaveAttribute('id', 'window');
    expect(root).toHaveClass(validitySchedulerClassNames.root, 'host');
    expect(fieldOf(field(S.startTimeLabel))).toHaveClass(validitySchedulerClassNames.field);
  });

  it('has no axe violations: editing, with errors, and read-only', async () => {
    const rules = { rules: { 'color-contrast': { enabled: false } } };
    const editing = renderScheduler(<ValidityScheduler defaultValue={MONDAY} />);
    expect((await axe.run(editing.container, rules)).violations.map((v) => v.id)).toEqual([]);
    editing.unmount();
    const invalid = renderScheduler(
      <ValidityScheduler
        defaultValue={{ validFrom: MONDAY.validFrom, validUntil: at('2026-11-20T09:00:00Z') }}
        errors={{ validFrom: 'Refused.' }}
      />,
    );
    expect((await axe.run(invalid.container, rules)).violations.map((v) => v.id)).toEqual([]);
    invalid.unmount();
    const readOnly = renderScheduler(<ValidityScheduler readOnly defaultValue={MONDAY} />);
    expect((await axe.run(readOnly.container, rules)).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('ValidityScheduler keyboard', () => {
  // jsdom has no layout, so Fluent's focus manager cannot move focus with Tab here; the KeyboardOnly story walks the
  // real Tab order in Chromium. This test proves each control works from the keyboard once focused.
  it('every control works from the keyboard: typed date and time, arrow keys and Enter in the lists', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderScheduler(<ValidityScheduler defaultValue={MONDAY} onChange={onChange} />);
    act(() => field(S.startDateLabel).focus());
    await user.keyboard('{Control>}a{/Control}24/11/2026{Enter}');
    // Enter commits the typed day and opens the calendar on it; Escape closes it and keeps the day.
    await user.keyboard('{Escape}');
    expect(field(S.startDateLabel)).toHaveValue('24/11/2026');
    act(() => field(S.startTimeLabel).focus());
    await user.keyboard('{Control>}a{/Control}14:00{Enter}');
    act(() => field(S.durationLabel).focus());
    // Open the list, move from "1 hour" up to "30 minutes", choose it.
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(lastChange(onChange)).toEqual([
      { validFrom: at('2026-11-24T13:00:00Z'), validUntil: at('2026-11-24T13:30:00Z') },
      { issues: [] },
    ]);
    act(() => screen.getByRole('switch').focus());
    await user.keyboard(' ');
    expect(screen.getByRole('switch')).toBeChecked();
    expect(lastChange(onChange)[0].validFrom).toEqual(NOW);
  });
});
