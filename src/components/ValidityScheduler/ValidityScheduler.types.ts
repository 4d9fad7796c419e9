import type { HTMLAttributes, Ref } from 'react';
import type { CalendarStrings, DatePickerErrorType } from '@fluentui/react-datepicker-compat';
import type { DurationPreset, ScheduleIssue, WallTimeResolution } from '../../core/schedule';
import type { ValidityStatus } from '../../core/validity';
import type { DeepPartial } from '../../strings';
import type { ValiditySchedulerStrings } from '../../strings/areas/validityScheduler';

/** The window {@link ValidityScheduler} edits: two absolute instants. */
export interface ValidityValue {
  /** When the room opens. */
  validFrom: Date;
  /** When the room closes. */
  validUntil: Date;
}

/** What {@link ValiditySchedulerProps.onChange} reports besides the value. */
export interface ValidityChangeMeta {
  /**
   * Every problem the window has now, as the service would see it, plus fields whose text could not be read
   * (`invalidDate`) and `min` / `max` breaches. Empty when the window can be sent.
   */
  issues: ScheduleIssue[];
}

/**
 * Props of {@link ValidityScheduler}. Any other `div` attribute (`id`, `style`, `aria-*`, `data-*`) goes to the root.
 * Texts come from `RoomsKitProvider`'s strings (`validityScheduler`, `validity`).
 */
export interface ValiditySchedulerProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'defaultValue' | 'onChange'
> {
  /**
   * The window, controlled. Pair with `onChange`.
   * @default undefined (uncontrolled)
   */
  value?: ValidityValue;
  /**
   * The starting window when uncontrolled.
   * @default from the next half hour in the zone, for one hour
   */
  defaultValue?: ValidityValue;
  /** Called with the new window (absolute instants) and its problems on every change the user makes. */
  onChange?: (value: ValidityValue, meta: ValidityChangeMeta) => void;
  /**
   * IANA time zone the fields are shown and typed in, controlled. Pair with `onTimeZoneChange`.
   * @default undefined (uncontrolled)
   */
  timeZone?: string;
  /**
   * Starting time zone when uncontrolled.
   * @default the viewer's zone, from `RoomsKitProvider`
   */
  defaultTimeZone?: string;
  /** Called when the user picks another zone. The wall times stay; the instants move with the zone. */
  onTimeZoneChange?: (timeZone: string) => void;
  /**
   * The earliest start allowed.
   * @default undefined (the service allows a start in the past)
   */
  min?: Date;
  /**
   * The latest end allowed.
   * @default undefined (only the 180-day limit applies)
   */
  max?: Date;
  /**
   * The longest window, in days.
   * @default 180
   */
  maxDays?: number;
  /**
   * Shows the window as text, with no inputs.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Disables every input.
   * @default false
   */
  disabled?: boolean;
  /**
   * Messages from the server to show next to a field (e.g. a `RoomsError`'s message for its `target`). A message
   * is hidden once the user changes that part of the window, and shown again when a new `errors` object arrives.
   * @default undefined
   */
  errors?: Partial<Record<'validFrom' | 'validUntil', string>>;
  /**
   * The group's name.
   * @default strings.validityScheduler.label
   */
  label?: string;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
  /**
   * This scheduler's own texts, laid over the provider's `validityScheduler` strings; what it leaves out keeps the
   * provider's text.
   * @default undefined
   */
  strings?: DeepPartial<ValiditySchedulerStrings>;
}

/** A message shown under a field. */
export interface ValiditySchedulerMessage {
  /** `error` blocks saving; `warning` explains a daylight-saving adjustment. */
  state: 'error' | 'warning';
  /** The text. */
  text: string;
}

/** A daylight-saving adjustment made to a typed time. */
export interface ValiditySchedulerDstNotice {
  /** Which end it concerns. */
  target: 'validFrom' | 'validUntil';
  /** Whether the time was skipped or ambiguous. */
  resolution: Exclude<WallTimeResolution, 'exact'>;
  /** The explanation shown to the user. */
  text: string;
}

/** One time zone in the picker. */
export interface ValiditySchedulerZoneOption {
  /** IANA name; also the option's value. */
  timeZone: string;
  /** Offset at the start of the window, "GMT+01:00". */
  offset: string;
  /** Text of the option, from `strings.validityScheduler.timeZoneOption`. */
  text: string;
}

/** One duration preset in the dropdown. */
export interface ValiditySchedulerPresetOption {
  /** The preset. */
  preset: DurationPreset;
  /** Its name. */
  text: string;
}

/** The texts, settings and handlers of one date field. */
export interface ValiditySchedulerDateField {
  /** Field label. */
  label: string;
  /** The selected day as a local-midnight-free `Date` for Fluent's calendar (noon, so no zone shifts the day). */
  value: Date | null;
  /** Placeholder. */
  placeholder: string;
  /** Message under the field. */
  message: ValiditySchedulerMessage | undefined;
  /** Earliest day the calendar offers. */
  minDate: Date | undefined;
  /** Latest day the calendar offers. */
  maxDate: Date | undefined;
  /** Called with the picked or typed day. */
  onSelectDate: (date: Date | null | undefined) => void;
  /** Called after Fluent checked typed text; an error means the text could not be used. */
  onValidation: (error: DatePickerErrorType | undefined) => void;
  /** Whether the field is disabled. */
  disabled: boolean;
}

/** The texts, settings and handlers of one time field. */
export interface ValiditySchedulerTimeField {
  /** Field label. */
  label: string;
  /** The selected time on the kit's anchor day, for Fluent's TimePicker. */
  selectedTime: Date | null;
  /** The text in the input. */
  text: string;
  /** Placeholder. */
  placeholder: string;
  /** Message under the field. */
  message: ValiditySchedulerMessage | undefined;
  /** Called while the user types. */
  onInput: (text: string) => void;
  /** Called when a time is picked, or typed and committed (Enter, blur). */
  onCommit: (selectedTime: Date | null, text: string | undefined) => void;
  /** Whether the field is disabled. */
  disabled: boolean;
}

/** Everything {@link renderValidityScheduler} needs; produced by {@link useValidityScheduler}. */
export interface ValiditySchedulerState {
  /** Attributes for the root element. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** Whether the form is read-only (text only). */
  readonly readOnly: boolean;
  /** Whether the inputs are disabled. */
  readonly disabled: boolean;
  /** The group's name. */
  readonly label: string;
  /** DOM id of the label, which names the group. */
  readonly labelId: string;
  /** The current window. */
  readonly value: ValidityValue;
  /** The zone the fields are shown in. */
  readonly timeZone: string;
  /** The problems of the window now (see {@link ValidityChangeMeta.issues}). */
  readonly issues: readonly ScheduleIssue[];
  /** Start date field. */
  readonly startDate: ValiditySchedulerDateField;
  /** Start time field. */
  readonly startTime: ValiditySchedulerTimeField;
  /** End date field (shown when the duration is `custom`). */
  readonly endDate: ValiditySchedulerDateField;
  /** End time field (shown when the duration is `custom`). */
  readonly endTime: ValiditySchedulerTimeField;
  /** The duration dropdown. */
  readonly duration: {
    label: string;
    preset: DurationPreset;
    text: string;
    options: readonly ValiditySchedulerPresetOption[];
    message: ValiditySchedulerMessage | undefined;
    onSelect: (preset: DurationPreset) => void;
  };
  /** Whether the end is typed as a date and time (duration `custom`). */
  readonly customEnd: boolean;
  /** The "starts now" switch. */
  readonly startsNow: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  /** The time zone picker. */
  readonly zone: {
    label: string;
    /** Text in the combobox input. */
    query: string;
    /** The zone's option text, shown when the input is not being typed in. */
    selectedText: string;
    /** Whether the list is open; the options are only worked out then. */
    open: boolean;
    /** Options matching the query (empty while the list is closed). */
    options: readonly ValiditySchedulerZoneOption[];
    /** Shown when nothing matches. */
    noMatch: string;
    message: ValiditySchedulerMessage | undefined;
    onQueryChange: (query: string) => void;
    onSelect: (timeZone: string | undefined) => void;
    onOpenChange: (open: boolean) => void;
  };
  /** Daylight-saving adjustments of the typed times. */
  readonly dstNotices: readonly ValiditySchedulerDstNotice[];
  /**
   * The summary line and its status. `invalid` while the end is not after the start: the text then says so, and no
   * status is shown for a window that does not exist.
   */
  readonly summary: { text: string; invalid: boolean; status: ValidityStatus; statusText: string; statusLabel: string };
  /** Texts for the read-only form. */
  readonly readOnlyText: { startLabel: string; endLabel: string; start: string; end: string; timeZoneLabel: string };
  /** Locale-aware formatting for Fluent's pickers. */
  readonly pickers: ValiditySchedulerPickers;
}

/** Formatting and parsing in the kit's locale for Fluent's DatePicker and TimePicker. */
export interface ValiditySchedulerPickers {
  /** Shows a day in the locale's numeric form (`03/08/2026`, `08.03.2026`). */
  formatDate: (date?: Date) => string;
  /** Reads a typed day (ISO or the locale's numeric order); `null` when it cannot. */
  parseDate: (text: string) => Date | null;
  /** Shows a time in the locale's form (`09:30 AM`, `09:30`). */
  formatTime: (date: Date) => string;
  /** Reads a typed time for the TimePicker. */
  parseTime: (text: string | undefined) => { date: Date | null; errorType?: 'invalid-input' };
  /** 12- or 24-hour clock, from the locale. */
  hourCycle: 'h12' | 'h23';
  /** Month and day names from `Intl`, the rest from the kit's strings. */
  calendarStrings: CalendarStrings;
  /** Name of the calendar pop-up. */
  calendarLabel: string;
  /** First day of the week, Sunday = 0. */
  firstDayOfWeek: number;
  /** Today in the chosen zone, for the calendar's "today" mark. */
  today: Date;
}

/** Class names for each slot of {@link ValidityScheduler}. */
export interface ValiditySchedulerClasses {
  /** The outer element (a `fieldset`-like group). */
  readonly root: string;
  /** The group's label. */
  readonly label: string;
  /** A row of fields. */
  readonly row: string;
  /** One field. */
  readonly field: string;
  /** The time zone field (wider than the others). */
  readonly zoneField: string;
  /** The "starts now" switch. */
  readonly startsNow: string;
  /** A daylight-saving notice. */
  readonly notice: string;
  /** The summary line. */
  readonly summary: string;
  /** The status badge. */
  readonly status: string;
  /** The read-only description list. */
  readonly readOnlyList: string;
}
