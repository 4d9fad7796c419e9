import { Badge, Combobox, Dropdown, Field, Option, Switch, type BadgeProps } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { TimePicker } from '@fluentui/react-timepicker-compat';
import { dataFlag } from '../shared/dataFlags';
import type { ValidityStatus } from '../../core/validity';
import type {
  ValiditySchedulerClasses,
  ValiditySchedulerDateField,
  ValiditySchedulerMessage,
  ValiditySchedulerState,
  ValiditySchedulerTimeField,
} from './ValidityScheduler.types';

const STATUS_COLOR: Readonly<Record<ValidityStatus, BadgeProps['color']>> = {
  scheduled: 'informative',
  open: 'success',
  ended: 'subtle',
};

/** `true` → present attribute, `false` → absent. */
const fieldMessage = (message: ValiditySchedulerMessage | undefined) =>
  message ? { validationState: message.state, validationMessage: message.text } : {};

function renderDate(
  field: ValiditySchedulerDateField,
  state: ValiditySchedulerState,
  classes: ValiditySchedulerClasses,
): JSX.Element {
  const { pickers } = state;
  return (
    <Field label={field.label} required className={classes.field} {...fieldMessage(field.message)}>
      <DatePicker
        allowTextInput
        value={field.value}
        onSelectDate={field.onSelectDate}
        onValidationResult={(data) => field.onValidation(data.error)}
        formatDate={pickers.formatDate}
        parseDateFromString={pickers.parseDate}
        placeholder={field.placeholder}
        minDate={field.minDate}
        maxDate={field.maxDate}
        disabled={field.disabled}
        strings={pickers.calendarStrings}
        firstDayOfWeek={pickers.firstDayOfWeek}
        today={pickers.today}
        popupSurface={{ 'aria-label': pickers.calendarLabel }}
      />
    </Field>
  );
}

function renderTime(
  field: ValiditySchedulerTimeField,
  state: ValiditySchedulerState,
  classes: ValiditySchedulerClasses,
): JSX.Element {
  const { pickers } = state;
  return (
    <Field label={field.label} required className={classes.field} {...fieldMessage(field.message)}>
      <TimePicker
        freeform
        value={field.text}
        selectedTime={field.selectedTime}
        onChange={(event) => field.onInput(event.currentTarget.value)}
        onTimeChange={(_, data) => field.onCommit(data.selectedTime, data.selectedTimeText)}
        formatDateToTimeString={pickers.formatTime}
        parseTimeStringToDate={pickers.parseTime}
        hourCycle={pickers.hourCycle}
        increment={30}
        placeholder={field.placeholder}
        disabled={field.disabled}
      />
    </Field>
  );
}

/**
 * Renders {@link ValidityScheduler} from its state and classes: JSX only, no decisions. Hosts that want other markup
 * call {@link useValidityScheduler} and {@link useValiditySchedulerStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderValidityScheduler(useValidityScheduler(props, ref), classes);
 * ```
 */
export function renderValidityScheduler(state: ValiditySchedulerState, classes: ValiditySchedulerClasses): JSX.Element {
  const { summary } = state;
  const summaryLine = (
    <div className={classes.summary} data-invalid={dataFlag(summary.invalid)}>
      <span>{summary.text}</span>
      {/* A polite live region: the badge changes only when the room opens or closes, so it is never chatty. */}
      <span role="status" aria-label={summary.invalid ? undefined : summary.statusLabel} className={classes.status}>
        {!summary.invalid && (
          <Badge appearance="tint" color={STATUS_COLOR[summary.status]} data-status={summary.status}>
            {summary.statusText}
          </Badge>
        )}
      </span>
    </div>
  );

  if (state.readOnly) {
    const text = state.readOnlyText;
    return (
      <div
        {...state.root}
        role="group"
        aria-labelledby={state.labelId}
        className={classes.root}
        data-status={summary.status}
        data-readonly=""
      >
        <span id={state.labelId} className={classes.label}>
          {state.label}
        </span>
        <dl className={classes.readOnlyList}>
          <dt>{text.startLabel}</dt>
          <dd>{text.start}</dd>
          <dt>{text.endLabel}</dt>
          <dd>{text.end}</dd>
          <dt>{text.timeZoneLabel}</dt>
          <dd>{state.zone.selectedText}</dd>
        </dl>
        {summaryLine}
      </div>
    );
  }

  const { duration, zone, startsNow } = state;
  return (
    <div
      {...state.root}
      role="group"
      aria-labelledby={state.labelId}
      className={classes.root}
      data-status={summary.status}
      data-preset={duration.preset}
      data-starts-now={dataFlag(startsNow.checked)}
      data-disabled={dataFlag(state.disabled)}
    >
      <span id={state.labelId} className={classes.label}>
        {state.label}
      </span>
      <div className={classes.row}>
        {renderDate(state.startDate, state, classes)}
        {renderTime(state.startTime, state, classes)}
        <Switch
          className={classes.startsNow}
          label={startsNow.label}
          checked={startsNow.checked}
          disabled={state.disabled}
          onChange={(_, data) => startsNow.onChange(data.checked)}
        />
      </div>
      <div className={classes.row}>
        <Field label={duration.label} className={classes.field} {...fieldMessage(duration.message)}>
          <Dropdown
            value={duration.text}
            selectedOptions={[duration.preset]}
            disabled={state.disabled}
            onOptionSelect={(_, data) => {
              const picked = duration.options.find((o) => o.preset === data.optionValue);
              if (picked) duration.onSelect(picked.preset);
            }}
          >
            {duration.options.map((option) => (
              <Option key={option.preset} value={option.preset}>
                {option.text}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {state.customEnd && renderDate(state.endDate, state, classes)}
        {state.customEnd && renderTime(state.endTime, state, classes)}
      </div>
      <div className={classes.row}>
        <Field label={zone.label} className={classes.zoneField} {...fieldMessage(zone.message)}>
          <Combobox
            value={zone.query}
            selectedOptions={[state.timeZone]}
            disabled={state.disabled}
            onChange={(event) => zone.onQueryChange(event.currentTarget.value)}
            onOptionSelect={(_, data) => zone.onSelect(data.optionValue)}
            onOpenChange={(_, data) => zone.onOpenChange(data.open)}
          >
            {zone.options.map((option) => (
              <Option key={option.timeZone} value={option.timeZone} text={option.text}>
                {option.text}
              </Option>
            ))}
            {zone.open && zone.options.length === 0 && (
              <Option key="no-match" value="" disabled text={zone.noMatch}>
                {zone.noMatch}
              </Option>
            )}
          </Combobox>
        </Field>
      </div>
      {summaryLine}
    </div>
  );
}
