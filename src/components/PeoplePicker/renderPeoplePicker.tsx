import { Button, Combobox, Field, Option, Persona, Spinner } from '@fluentui/react-components';
import type { PeoplePickerClasses, PeoplePickerState } from './PeoplePicker.types';

/** `true` → present attribute, `false` → absent, so hosts can select `[data-excluded]`. */
const flag = (on: boolean): 'true' | undefined => (on ? 'true' : undefined);

/**
 * Renders {@link PeoplePicker} from its state and classes: JSX only, no decisions. Hosts that want different markup
 * call {@link usePeoplePicker} and {@link usePeoplePickerStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderPeoplePicker(usePeoplePicker(props, ref), usePeoplePickerStyles(state));
 * ```
 */
export function renderPeoplePicker(state: PeoplePickerState, classes: PeoplePickerClasses): JSX.Element {
  const { message } = state;
  return (
    // Enter is held back here, before Fluent's own handler on the input sees it; see `onKeyDownCapture`.
    <div
      {...state.root}
      className={classes.root}
      data-busy={flag(state.busy)}
      data-input-kind={state.inputKind}
      onKeyDownCapture={state.onKeyDownCapture}
    >
      <Field
        className={classes.field}
        label={state.label}
        validationState={message ? (message.kind === 'unresolved' ? 'warning' : 'error') : 'none'}
        validationMessage={
          message && (
            <>
              {message.text}
              {message.kind === 'searchFailed' && (
                <Button size="small" appearance="secondary" className={classes.retryButton} onClick={state.retry}>
                  {state.retryLabel}
                </Button>
              )}
            </>
          )
        }
      >
        <Combobox
          ref={state.inputRef}
          freeform
          className={classes.combobox}
          disabled={state.disabled}
          placeholder={state.placeholder}
          aria-label={state.ariaLabel}
          aria-describedby={state.statusId}
          aria-busy={state.busy || undefined}
          value={state.inputValue}
          onChange={state.onInputChange}
          onPaste={state.onPaste}
          selectedOptions={[]}
          open={state.open}
          onOpenChange={(_event, data) => state.onOpenChange(data.open)}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) state.pick(data.optionValue);
          }}
          expandIcon={null}
          listbox={{ className: classes.listbox, 'aria-busy': state.busy || undefined }}
        >
          {state.addAll && (
            <Option value={state.addAll.value} text={state.addAll.text} className={classes.option} checkIcon={null}>
              {state.addAll.text}
            </Option>
          )}
          {state.options.map((option) => (
            <Option
              key={option.value}
              value={option.value}
              text={option.primaryText}
              disabled={option.excluded}
              className={classes.option}
              data-excluded={flag(option.excluded)}
              data-raw-id={flag(option.fromRawId)}
              checkIcon={null}
            >
              <Persona
                className={classes.persona}
                name={option.primaryText}
                secondaryText={option.secondaryText}
                tertiaryText={option.tertiaryText}
                avatar={{ color: 'colorful', 'aria-hidden': true }}
                size="medium"
              />
            </Option>
          ))}
        </Combobox>
      </Field>
      <div id={state.statusId} role="status" className={classes.status}>
        {state.statusText &&
          (state.busy ? <Spinner size="extra-tiny" label={state.statusText} /> : <span>{state.statusText}</span>)}
        {state.announcement && <span className={classes.visuallyHidden}>{state.announcement}</span>}
      </div>
    </div>
  );
}
