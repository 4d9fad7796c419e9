import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ValidityScheduler, type ValidityValue } from '../../src/components/ValidityScheduler';
import { asText, stringsOf } from '../shared/storyText';

/**
 * Sets a room's validity window like a calendar appointment. Every story runs on a fixed clock
 * (`parameters.roomsKit.now`) and in a fixed zone so what it shows does not drift. Theme, direction and locale come
 * from the toolbar; the `…Dark` and `…Rtl` stories pin those globals so each scenario is also checked there.
 */
const meta = {
  title: 'Rooms/ValidityScheduler',
  component: ValidityScheduler,
  tags: ['autodocs'],
  args: { onChange: fn(), onTimeZoneChange: fn() },
  parameters: {
    roomsKit: { now: () => new Date('2026-11-21T10:00:00Z'), timeZone: 'Europe/Paris' },
  },
} satisfies Meta<typeof ValidityScheduler>;

export default meta;
type Story = StoryObj<typeof meta>;

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

/** The Fluent Field around a control, where its validation message is rendered. */
function fieldOf(control: HTMLElement): HTMLElement {
  const field = control.closest('.fui-Field');
  if (!(field instanceof HTMLElement)) throw new Error('control is not inside a Field');
  return field;
}

/** Picks an option from a Fluent Dropdown by keyboard-free clicking, as a pointer user would. */
async function choose(canvasElement: HTMLElement, dropdownName: string, optionName: string): Promise<void> {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('combobox', { name: dropdownName }));
  // Fluent renders the listbox in a portal outside the story's canvas.
  const listbox = await within(document.body).findByRole('listbox');
  await userEvent.click(within(listbox).getByRole('option', { name: optionName }));
}

/**
 * Replaces what a field holds the way a keyboard user does: focus (as Tab would, so the date picker's calendar does
 * not open), select all, type.
 */
async function retype(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  if (input instanceof HTMLInputElement) input.setSelectionRange(0, input.value.length);
  await userEvent.keyboard('{Backspace}');
  await userEvent.type(input, text, { skipClick: true });
}

/** Replaces what a time field holds and commits it with Enter. */
async function typeTime(input: HTMLElement, text: string): Promise<void> {
  await retype(input, `${text}{Enter}`);
}

/** Uncontrolled, starting at the next half hour for one hour in the viewer's zone. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals);
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: s.validityScheduler.label });
    await expect(group).toHaveAttribute('data-preset', '1h');
    await expect(canvas.getByRole('combobox', { name: s.validityScheduler.durationLabel })).toHaveTextContent(
      s.validityScheduler.durations['1h'],
    );
    await expect(canvas.getByRole('combobox', { name: s.validityScheduler.timeZoneLabel })).toHaveValue(
      'Europe/Paris (GMT+01:00)',
    );
    await expect(canvas.getByRole('status')).toHaveTextContent(s.validity.status.scheduled);
    await expect(group).toHaveTextContent('Europe/Paris');

    // Keyboard only: a new start time typed and committed with Enter moves the window and keeps its hour.
    await typeTime(canvas.getByRole('combobox', { name: s.validityScheduler.startTimeLabel }), '14:15');
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-11-21T13:15:00Z'), validUntil: at('2026-11-21T14:15:00Z') },
        { issues: [] },
      ),
    );
  },
};

/** The host holds the window; the instants it receives are shown under the form. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<ValidityValue>({
      validFrom: at('2026-11-23T08:00:00Z'),
      validUntil: at('2026-11-23T09:00:00Z'),
    });
    return (
      <div>
        <ValidityScheduler
          {...args}
          value={value}
          onChange={(next, meta) => {
            setValue(next);
            args.onChange?.(next, meta);
          }}
        />
        <output aria-label="Value the host holds">
          {value.validFrom.toISOString()} → {value.validUntil.toISOString()}
        </output>
      </div>
    );
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    const output = canvas.getByRole('status', { name: 'Value the host holds' });
    await expect(output).toHaveTextContent('2026-11-23T08:00:00.000Z → 2026-11-23T09:00:00.000Z');
    // Keyboard only: type the day (ISO works in every locale) and Tab on, which commits it.
    await retype(canvas.getByRole('combobox', { name: s.startDateLabel }), '2026-11-24');
    await userEvent.tab();
    await waitFor(() => expect(output).toHaveTextContent('2026-11-24T08:00:00.000Z → 2026-11-24T09:00:00.000Z'));
  },
};

/** Picking a duration sets the end; the end fields stay hidden. */
export const DurationPreset: Story = {
  args: { defaultValue: { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T09:00:00Z') } },
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    await choose(canvasElement, s.durationLabel, s.durations['30m']);
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T08:30:00Z') },
        { issues: [] },
      ),
    );
    await expect(canvas.queryByRole('combobox', { name: s.endTimeLabel })).toBeNull();
    await choose(canvasElement, s.durationLabel, s.durations['1w']);
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-30T08:00:00Z') },
        { issues: [] },
      ),
    );
  },
};

/** "Custom end" shows an end date and time of their own. */
export const CustomEnd: Story = {
  args: { defaultValue: { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T09:00:00Z') } },
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    await choose(canvasElement, s.durationLabel, s.durations.custom);
    const endTime = await canvas.findByRole('combobox', { name: s.endTimeLabel });
    await expect(canvas.getByRole('combobox', { name: s.endDateLabel })).toBeEnabled();
    await typeTime(endTime, '17:45');
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T16:45:00Z') },
        { issues: [] },
      ),
    );
    await expect(canvas.getByRole('group')).toHaveAttribute('data-preset', 'custom');
  },
};

/** "Starts now" takes the clock's instant as the start; the room is open at once. */
export const StartsNow: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('switch', { name: s.validityScheduler.startsNowLabel }));
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-11-21T10:00:00Z'), validUntil: at('2026-11-21T11:00:00Z') },
        { issues: [] },
      ),
    );
    await expect(canvas.getByRole('combobox', { name: s.validityScheduler.startTimeLabel })).toBeDisabled();
    await expect(canvas.getByRole('status')).toHaveTextContent(s.validity.status.open);
  },
};

/** Picking another zone keeps the wall times and moves the instants: 09:00 in Paris becomes 09:00 in Kolkata. */
export const TimeZone: Story = {
  args: { defaultValue: { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T09:00:00Z') } },
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    const zone = canvas.getByRole('combobox', { name: s.timeZoneLabel });
    await retype(zone, 'kolk');
    const listbox = await within(document.body).findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    await expect(options).toHaveLength(1);
    await expect(options[0]).toHaveTextContent('Asia/Kolkata (GMT+05:30)');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onTimeZoneChange).toHaveBeenLastCalledWith('Asia/Kolkata'));
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-11-23T03:30:00Z'), validUntil: at('2026-11-23T04:30:00Z') },
        { issues: [] },
      ),
    );
    await expect(zone).toHaveValue('Asia/Kolkata (GMT+05:30)');
  },
};

/** 02:30 does not exist in New York on 8 March 2026: the kit uses 03:30 and says so next to the time. */
export const DstGap: Story = {
  args: {
    defaultTimeZone: 'America/New_York',
    defaultValue: { validFrom: at('2026-03-08T06:00:00Z'), validUntil: at('2026-03-08T07:00:00Z') },
  },
  parameters: { roomsKit: { now: () => new Date('2026-03-01T12:00:00Z'), timeZone: 'America/New_York' } },
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    const time = canvas.getByRole('combobox', { name: s.startTimeLabel });
    await typeTime(time, '2:30');
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        { validFrom: at('2026-03-08T07:30:00Z'), validUntil: at('2026-03-08T08:30:00Z') },
        { issues: [] },
      ),
    );
    const field = fieldOf(time);
    await expect(field).toHaveTextContent('America/New_York');
    await expect(time).not.toHaveAttribute('aria-invalid', 'true');
    await expect(time).toHaveAccessibleDescription(/America\/New_York/);
  },
};

/** A custom end before the start is refused next to the end time, before anything is sent. */
export const InvalidEndBeforeStart: Story = {
  args: {
    defaultValue: { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T09:30:00Z') },
  },
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals);
    const canvas = within(canvasElement);
    const endTime = canvas.getByRole('combobox', { name: s.validityScheduler.endTimeLabel });
    await typeTime(endTime, '08:30');
    await waitFor(() => expect(endTime).toHaveAccessibleDescription(s.validity.issues.untilNotAfterFrom));
    await expect(endTime).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T07:30:00Z') },
      { issues: [expect.objectContaining({ code: 'untilNotAfterFrom', target: 'validUntil' })] },
    );
    // The summary says the window is not valid, rather than "9:00 – 8:30 … Scheduled".
    await expect(canvas.getByText(asText(globals, s.validityScheduler.summaryEndBeforeStart))).toBeVisible();
    await expect(canvas.queryByText(s.validity.status.scheduled)).toBeNull();
  },
};

/** 181 days is one day more than the service allows. */
export const TooLong: Story = {
  args: {
    defaultValue: {
      validFrom: at('2026-11-23T08:00:00Z'),
      validUntil: new Date(Date.UTC(2026, 10, 23, 8) + 181 * DAY),
    },
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals);
    const canvas = within(canvasElement);
    const endTime = canvas.getByRole('combobox', { name: s.validityScheduler.endTimeLabel });
    // A keyboard user reaching the field hears why it is refused.
    endTime.focus();
    await expect(endTime).toHaveFocus();
    await expect(endTime).toHaveAccessibleDescription(
      asText(globals, s.validity.issues.windowTooLong, { maxDays: 180 }),
    );
    await expect(canvas.getByRole('combobox', { name: s.validityScheduler.startTimeLabel })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/** A window that already ended cannot be saved. */
export const EndInPast: Story = {
  args: {
    defaultValue: { validFrom: at('2026-11-20T08:00:00Z'), validUntil: at('2026-11-20T09:00:00Z') },
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals);
    const canvas = within(canvasElement);
    const duration = canvas.getByRole('combobox', { name: s.validityScheduler.durationLabel });
    duration.focus();
    await expect(duration).toHaveFocus();
    await expect(fieldOf(duration)).toHaveTextContent(s.validity.issues.untilInPast);
    await expect(duration).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.validity.status.ended);
  },
};

/** The server refused the end (RoomEditor passes the `RoomsError`'s message for its `target`). */
export const ServerErrorOnValidUntil: Story = {
  args: {
    defaultValue: { validFrom: at('2026-11-23T08:00:00Z'), validUntil: at('2026-11-23T09:00:00Z') },
    errors: { validUntil: 'The time range is incorrect, or larger than 180 days.' },
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    const duration = canvas.getByRole('combobox', { name: s.durationLabel });
    await expect(fieldOf(duration)).toHaveTextContent('The time range is incorrect, or larger than 180 days.');
    // Changing the end answers the server's message, so it goes away.
    await choose(canvasElement, s.durationLabel, s.durations['2h']);
    await waitFor(() =>
      expect(fieldOf(canvas.getByRole('combobox', { name: s.durationLabel }))).not.toHaveTextContent(
        'The time range is incorrect',
      ),
    );
  },
};

/** Read-only: the window as text, no inputs. */
export const ReadOnly: Story = {
  args: {
    readOnly: true,
    defaultValue: { validFrom: at('2026-12-03T08:00:00Z'), validUntil: at('2026-12-03T09:00:00Z') },
  },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryAllByRole('combobox')).toHaveLength(0);
    await expect(canvas.queryAllByRole('textbox')).toHaveLength(0);
    await expect(canvas.queryAllByRole('switch')).toHaveLength(0);
    const group = canvas.getByRole('group', { name: s.validityScheduler.label });
    await expect(group).toHaveTextContent(s.validityScheduler.startLabel);
    await expect(group).toHaveTextContent('Europe/Paris');
    await expect(canvas.getByRole('status')).toHaveTextContent(s.validity.status.scheduled);
  },
};

const statusWindow = { validFrom: at('2026-11-21T09:00:00Z'), validUntil: at('2026-11-21T11:00:00Z') };

/** Before the window: scheduled, "opens in …". */
export const StatusScheduled: Story = {
  args: { defaultValue: statusWindow, readOnly: true },
  parameters: { roomsKit: { now: () => new Date('2026-11-21T08:00:00Z'), timeZone: 'Europe/Paris' } },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals);
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveTextContent(s.validity.status.scheduled);
    await expect(canvasElement.querySelector('[data-status]')).toHaveAttribute('data-status', 'scheduled');
  },
};

/** Inside the window: open, "closes in …". */
export const StatusOpen: Story = {
  args: { defaultValue: statusWindow, readOnly: true },
  parameters: { roomsKit: { now: () => new Date('2026-11-21T10:00:00Z'), timeZone: 'Europe/Paris' } },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals);
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(s.validity.status.open);
    await expect(canvasElement.querySelector('[data-status]')).toHaveAttribute('data-status', 'open');
  },
};

/** After the window: ended. */
export const StatusEnded: Story = {
  args: { defaultValue: statusWindow, readOnly: true },
  parameters: { roomsKit: { now: () => new Date('2026-11-21T12:00:00Z'), timeZone: 'Europe/Paris' } },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals);
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(s.validity.status.ended);
    await expect(canvasElement.querySelector('[data-status]')).toHaveAttribute('data-status', 'ended');
  },
};

/**
 * Keyboard only, in the real Tab order: tomorrow 09:00–09:30 in Asia/Kolkata. Tab into the start date, type it, Tab to
 * the time, type it, Tab past "Starts now" to the duration, pick 30 minutes with the arrows, Tab to the zone, type a
 * filter and take the match with Enter.
 */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).validityScheduler;
    const canvas = within(canvasElement);
    const startDate = canvas.getByRole('combobox', { name: s.startDateLabel });
    startDate.focus();
    await expect(startDate).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}2026-11-22');
    await userEvent.tab();
    const startTime = canvas.getByRole('combobox', { name: s.startTimeLabel });
    await expect(startTime).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}09:00{Enter}');
    await userEvent.tab();
    await expect(canvas.getByRole('switch', { name: s.startsNowLabel })).toHaveFocus();
    await userEvent.tab();
    const duration = canvas.getByRole('combobox', { name: s.durationLabel });
    await expect(duration).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await expect(duration).toHaveTextContent(s.durations['30m']);
    await userEvent.tab();
    const zone = canvas.getByRole('combobox', { name: s.timeZoneLabel });
    await expect(zone).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}kolkata');
    await waitFor(() => expect(within(document.body).getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith(
        // 09:00 in Kolkata (UTC+05:30) on 22 Nov is 03:30 UTC.
        { validFrom: at('2026-11-22T03:30:00Z'), validUntil: at('2026-11-22T04:00:00Z') },
        { issues: [] },
      ),
    );
  },
};

// The same scenarios in the dark theme and right to left (and a few in high contrast), so each is checked, interaction
// and axe, there too.
const dark = { theme: 'dark' } as const;
const rtl = { direction: 'rtl' } as const;
const highContrast = { theme: 'highContrast' } as const;

/** {@link Default}, high-contrast theme. */
export const DefaultHighContrast: Story = { ...Default, globals: highContrast };
/** {@link InvalidEndBeforeStart}, high-contrast theme: the message and the invalid border stay visible. */
export const InvalidEndBeforeStartHighContrast: Story = { ...InvalidEndBeforeStart, globals: highContrast };
/** {@link StatusOpen}, high-contrast theme. */
export const StatusOpenHighContrast: Story = { ...StatusOpen, globals: highContrast };

/** {@link Default}, dark theme. */
export const DefaultDark: Story = { ...Default, globals: dark };
/** {@link Default}, right to left. */
export const DefaultRtl: Story = { ...Default, globals: rtl };
/** {@link Controlled}, dark theme. */
export const ControlledDark: Story = { ...Controlled, globals: dark };
/** {@link Controlled}, right to left. */
export const ControlledRtl: Story = { ...Controlled, globals: rtl };
/** {@link DurationPreset}, dark theme. */
export const DurationPresetDark: Story = { ...DurationPreset, globals: dark };
/** {@link DurationPreset}, right to left. */
export const DurationPresetRtl: Story = { ...DurationPreset, globals: rtl };
/** {@link CustomEnd}, dark theme. */
export const CustomEndDark: Story = { ...CustomEnd, globals: dark };
/** {@link CustomEnd}, right to left. */
export const CustomEndRtl: Story = { ...CustomEnd, globals: rtl };
/** {@link StartsNow}, dark theme. */
export const StartsNowDark: Story = { ...StartsNow, globals: dark };
/** {@link StartsNow}, right to left. */
export const StartsNowRtl: Story = { ...StartsNow, globals: rtl };
/** {@link TimeZone}, dark theme. */
export const TimeZoneDark: Story = { ...TimeZone, globals: dark };
/** {@link TimeZone}, right to left. */
export const TimeZoneRtl: Story = { ...TimeZone, globals: rtl };
/** {@link DstGap}, dark theme. */
export const DstGapDark: Story = { ...DstGap, globals: dark };
/** {@link DstGap}, right to left. */
export const DstGapRtl: Story = { ...DstGap, globals: rtl };
/** {@link InvalidEndBeforeStart}, dark theme. */
export const InvalidEndBeforeStartDark: Story = { ...InvalidEndBeforeStart, globals: dark };
/** {@link InvalidEndBeforeStart}, right to left. */
export const InvalidEndBeforeStartRtl: Story = { ...InvalidEndBeforeStart, globals: rtl };
/** {@link TooLong}, dark theme. */
export const TooLongDark: Story = { ...TooLong, globals: dark };
/** {@link TooLong}, right to left. */
export const TooLongRtl: Story = { ...TooLong, globals: rtl };
/** {@link EndInPast}, dark theme. */
export const EndInPastDark: Story = { ...EndInPast, globals: dark };
/** {@link EndInPast}, right to left. */
export const EndInPastRtl: Story = { ...EndInPast, globals: rtl };
/** {@link ServerErrorOnValidUntil}, dark theme. */
export const ServerErrorOnValidUntilDark: Story = { ...ServerErrorOnValidUntil, globals: dark };
/** {@link ServerErrorOnValidUntil}, right to left. */
export const ServerErrorOnValidUntilRtl: Story = { ...ServerErrorOnValidUntil, globals: rtl };
/** {@link ReadOnly}, dark theme. */
export const ReadOnlyDark: Story = { ...ReadOnly, globals: dark };
/** {@link ReadOnly}, right to left. */
export const ReadOnlyRtl: Story = { ...ReadOnly, globals: rtl };
/** {@link StatusScheduled}, dark theme. */
export const StatusScheduledDark: Story = { ...StatusScheduled, globals: dark };
/** {@link StatusScheduled}, right to left. */
export const StatusScheduledRtl: Story = { ...StatusScheduled, globals: rtl };
/** {@link StatusOpen}, dark theme. */
export const StatusOpenDark: Story = { ...StatusOpen, globals: dark };
/** {@link StatusOpen}, right to left. */
export const StatusOpenRtl: Story = { ...StatusOpen, globals: rtl };
/** {@link KeyboardOnly}, right to left. */
export const KeyboardOnlyRtl: Story = { ...KeyboardOnly, globals: rtl };
/** {@link KeyboardOnly}, dark theme. */
export const KeyboardOnlyDark: Story = { ...KeyboardOnly, globals: dark };
/** {@link StatusEnded}, dark theme. */
export const StatusEndedDark: Story = { ...StatusEnded, globals: dark };
/** {@link StatusEnded}, right to left. */
export const StatusEndedRtl: Story = { ...StatusEnded, globals: rtl };
