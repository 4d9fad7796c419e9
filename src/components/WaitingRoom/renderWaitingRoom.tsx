import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular, Dismiss20Regular, PersonAdd20Regular } from '@fluentui/react-icons';
import { RetryMessageBar } from '../shared/RetryMessageBar';
import type { WaitingRoomClasses, WaitingRoomState } from './WaitingRoom.types';
import { dataFlag } from '../shared/dataFlags';

function renderForm(state: WaitingRoomState, classes: WaitingRoomClasses) {
  const { form, strings } = state;
  return (
    <form
      className={classes.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <Field
        label={strings.nameLabel}
        required
        validationMessage={form.nameError}
        validationState={form.nameError ? 'error' : 'none'}
      >
        <Input
          id={state.ids.name}
          value={form.name}
          maxLength={form.maxName}
          autoComplete="name"
          onChange={(_, data) => form.setName(data.value)}
        />
      </Field>
      <Field
        label={strings.messageLabel}
        hint={form.counter}
        validationMessage={form.messageError}
        validationState={form.messageError ? 'error' : 'none'}
      >
        <Textarea
          id={state.ids.message}
          value={form.message}
          maxLength={form.maxMessage}
          resize="vertical"
          onChange={(_, data) => form.setMessage(data.value)}
        />
      </Field>
      <div className={classes.actions}>
        <Button type="submit" appearance="primary" icon={<PersonAdd20Regular />} disabledFocusable={state.offline}>
          {strings.askButton}
        </Button>
      </div>
    </form>
  );
}

/**
 * Renders {@link WaitingRoom} from its state and classes: JSX only, no decisions.
 *
 * @example
 * ```tsx
 * return renderWaitingRoom(useWaitingRoom(props, ref), classes);
 * ```
 */
export function renderWaitingRoom(state: WaitingRoomState, classes: WaitingRoomClasses): JSX.Element {
  const { strings, phase } = state;
  const Heading = state.headingTag;
  return (
    <div
      {...state.root}
      className={classes.root}
      data-phase={phase}
      data-offline={dataFlag(state.offline)}
      aria-busy={phase === 'sending' || phase === 'loading' || undefined}
    >
      <Heading id={state.ids.title} ref={state.titleRef} tabIndex={-1} className={classes.title} dir="auto">
        {state.title}
      </Heading>
      {state.offline && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.offlineTitle}</MessageBarTitle> {strings.offlineBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.failure && (
        <RetryMessageBar
          title={state.failure.title}
          message={state.failure.message}
          retryText={state.tryAgainText}
          onRetry={state.failure.retry}
        />
      )}
      {(phase === 'sending' || phase === 'loading') && (
        <Spinner className={classes.status} size="small" label={state.lines[0]} labelPosition="after" />
      )}
      {phase !== 'sending' && phase !== 'loading' && state.lines.length > 0 && (
        <div className={classes.lines}>
          {state.lines.map((line, index) => (
            <p key={index} className={classes.line} dir="auto">
              {line}
            </p>
          ))}
        </div>
      )}
      {phase === 'form' && renderForm(state, classes)}
      {state.can && (
        <div className={classes.can}>
          <p className={classes.canHeading}>{state.can.heading}</p>
          <ul className={classes.canList}>
            {state.can.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {phase === 'admitted' && (
        <Spinner className={classes.status} size="tiny" label={strings.joiningCall} labelPosition="after" />
      )}
      {phase === 'waiting' && (
        <div className={classes.actions}>
          <Button
            icon={
              state.withdraw.pending ? (
                <Spinner size="extra-tiny" aria-label={strings.withdrawing} />
              ) : (
                <Dismiss20Regular />
              )
            }
            disabledFocusable={state.withdraw.pending || state.offline}
            onClick={state.withdraw.run}
          >
            {state.withdraw.text}
          </Button>
        </div>
      )}
      {state.askAgain && (
        <div className={classes.actions}>
          <Button
            appearance="primary"
            icon={<ArrowClockwise20Regular />}
            disabledFocusable={!state.askAgain.enabled || state.offline}
            onClick={state.askAgain.run}
          >
            {state.askAgain.text}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className={classes.visuallyHidden}>
        {state.announcement}
      </div>
    </div>
  );
}
