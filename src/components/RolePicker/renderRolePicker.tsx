import { Dropdown, Field, InfoLabel, Option, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { isRoomRole } from '../../core/roles';
import type { RolePickerClasses, RolePickerOptionState, RolePickerState } from './RolePicker.types';

/** `true` → present attribute, `false` → absent, so hosts can select `[data-selected]`. */
const flag = (on: boolean): 'true' | undefined => (on ? 'true' : undefined);

/** Space-separated ids, leaving out the absent ones. */
const ids = (...parts: Array<string | false | undefined>): string => parts.filter(Boolean).join(' ');

function renderCompact(state: RolePickerState, classes: RolePickerClasses): ReactElement {
  return (
    <Dropdown
      id={state.controlId}
      className={classes.dropdown}
      size={state.size}
      disabled={state.disabled}
      value={state.selected.name}
      selectedOptions={[state.value]}
      onOptionSelect={(_event, data) => {
        if (isRoomRole(data.optionValue)) state.select(data.optionValue);
      }}
      aria-label={state.ariaLabel}
      aria-labelledby={state.ariaLabelledBy}
      listbox={{ className: classes.listbox }}
    >
      {state.options.map((option) => (
        <Option
          key={option.role}
          value={option.role}
          text={option.name}
          disabled={option.disabled}
          className={classes.option}
          data-role={option.role}
          aria-labelledby={option.ids.name}
          aria-describedby={ids(option.ids.summary, option.disabledReason && option.ids.reason)}
        >
          <span className={classes.optionText}>
            <span id={option.ids.name} className={classes.optionName}>
              {option.name}
            </span>
            <span id={option.ids.summary} className={classes.optionSummary}>
              {option.summary}
            </span>
            {option.disabledReason && (
              <span id={option.ids.reason} className={classes.optionReason}>
                {option.disabledReason}
              </span>
            )}
          </span>
        </Option>
      ))}
    </Dropdown>
  );
}

function renderCard(state: RolePickerState, option: RolePickerOptionState, classes: RolePickerClasses): ReactElement {
  return (
    // The card only widens the radio's click target; keyboard and screen-reader users reach the radio itself, so the
    // card is presentational.
    <div
      key={option.role}
      role="presentation"
      className={classes.card}
      data-role={option.role}
      data-selected={flag(option.selected)}
      data-disabled={flag(option.disabled || state.disabled)}
      onClick={(event) => state.onCardClick(option.role, event.target)}
    >
      <Radio
        value={option.role}
        className={classes.radio}
        disabled={option.disabled || state.disabled}
        label={
          <span id={option.ids.name} className={classes.optionName}>
            {option.name}
          </span>
        }
        aria-describedby={ids(option.ids.description, option.disabledReason && option.ids.reason, option.ids.summary)}
      />
      <p id={option.ids.description} className={classes.description}>
        {option.description}
      </p>
      {option.disabledReason && (
        <p id={option.ids.reason} className={`${classes.description} ${classes.optionReason}`}>
          {option.disabledReason}
        </p>
      )}
      {/* The summary is the short form of the lists below, read to screen-reader users with the radio. */}
      <span id={option.ids.summary} hidden>
        {option.summary}
      </span>
      <div id={option.ids.details} className={classes.details}>
        {option.can.length > 0 && (
          <div className={classes.detailsColumn}>
            <p id={`${option.ids.details}-can`} className={classes.detailsHeading}>
              {state.canHeading}
            </p>
            <ul className={classes.detailsList} aria-labelledby={`${option.ids.details}-can`}>
              {option.can.map((line) => (
                <li key={line.key} data-row={line.key}>
                  {line.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        {option.cannot.length > 0 && (
          <div className={classes.detailsColumn}>
            <p id={`${option.ids.details}-cannot`} className={classes.detailsHeading}>
              {state.cannotHeading}
            </p>
            <ul className={classes.detailsList} aria-labelledby={`${option.ids.details}-cannot`}>
              {option.cannot.map((line) => (
                <li key={line.key} data-row={line.key}>
                  {line.text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

function renderFull(state: RolePickerState, classes: RolePickerClasses): ReactElement {
  return (
    <RadioGroup
      id={state.controlId}
      className={classes.radioGroup}
      value={state.value}
      disabled={state.disabled}
      onChange={(_event, data) => {
        if (isRoomRole(data.value)) state.select(data.value);
      }}
      aria-label={state.ariaLabel}
      aria-labelledby={state.ariaLabelledBy}
    >
      {state.options.map((option) => renderCard(state, option, classes))}
    </RadioGroup>
  );
}

function renderReadOnly(state: RolePickerState, classes: RolePickerClasses): ReactElement {
  const { selected } = state;
  const aboutId = `${state.controlId}-about`;
  const value = (
    <InfoLabel
      id={state.controlId}
      className={classes.readOnlyValue}
      size={state.size}
      info={
        <span className={classes.popover}>
          <span>{selected.description}</span>
          <span>{selected.summary}</span>
        </span>
      }
      infoButton={{ id: aboutId, 'aria-label': state.aboutLabel, 'aria-labelledby': aboutId }}
    >
      {selected.name}
    </InfoLabel>
  );
  if (!state.label) return value;
  return (
    <>
      <span className={classes.readOnlyLabel}>{state.label}</span>
      {value}
    </>
  );
}

/**
 * Renders {@link RolePicker} from its state and classes: JSX only, no decisions. Hosts that want different markup
 * call {@link useRolePicker} and {@link useRolePickerStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderRolePicker(useRolePicker(props, ref), useRolePickerStyles(state));
 * ```
 */
export function renderRolePicker(state: RolePickerState, classes: RolePickerClasses): JSX.Element {
  let control: ReactElement;
  if (state.readOnly) control = renderReadOnly(state, classes);
  else if (state.variant === 'compact') control = renderCompact(state, classes);
  else control = renderFull(state, classes);
  return (
    <div
      {...state.root}
      className={classes.root}
      data-role={state.value}
      data-variant={state.variant}
      data-readonly={flag(state.readOnly)}
      data-disabled={flag(state.disabled)}
    >
      {state.label && !state.readOnly ? (
        <Field label={state.label} size={state.size}>
          {control}
        </Field>
      ) : (
        control
      )}
    </div>
  );
}
