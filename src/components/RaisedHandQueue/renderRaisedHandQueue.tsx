import { Button, MessageBar, MessageBarBody, Spinner, Tooltip } from '@fluentui/react-components';
import { HandRightOff20Regular, Mic20Regular, PersonArrowBack20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RaisedHandControlState, RaisedHandQueueClasses, RaisedHandQueueState } from './RaisedHandQueue.types';
import { dataFlag } from '../shared/dataFlags';

/**
 * A control that may be off: an off control stays focusable, and says why in a tooltip that is also its accessible
 * description, so a keyboard or screen reader user learns the reason where a mouse user does.
 */
function renderControl(
  control: RaisedHandControlState,
  icon: ReactElement,
  pendingText: string,
  appearance: 'primary' | 'secondary' | 'subtle' = 'secondary',
): ReactElement {
  const button = (
    <Button
      size="small"
      appearance={appearance}
      icon={control.pending ? <Spinner size="extra-tiny" aria-label={pendingText} /> : icon}
      aria-label={control.label}
      disabledFocusable={!control.enabled}
      onClick={control.run}
    >
      {control.text}
    </Button>
  );
  if (control.reason === undefined) return button;
  return (
    <Tooltip content={control.reason} relationship="description" withArrow>
      {button}
    </Tooltip>
  );
}

/**
 * Renders {@link RaisedHandQueue} from its state and classes: JSX only, no decisions.
 *
 * @example
 * ```tsx
 * return renderRaisedHandQueue(useRaisedHandQueue(props, ref), classes);
 * ```
 */
export function renderRaisedHandQueue(state: RaisedHandQueueState, classes: RaisedHandQueueClasses): JSX.Element {
  const { strings } = state;
  const Heading = state.headingTag;
  return (
    <div {...state.root} className={classes.root}>
      <section aria-labelledby={state.ids.heading} data-section="hands">
        <div className={classes.header}>
          <Heading id={state.ids.heading} className={classes.heading}>
            {state.heading}
          </Heading>
          {state.rows.length > 0 && renderControl(state.lowerAll, <HandRightOff20Regular />, strings.pending)}
        </div>
        {state.lowerAllError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.lowerAllError}</MessageBarBody>
          </MessageBar>
        )}
        {state.rows.length === 0 ? (
          <p className={classes.empty}>{strings.empty}</p>
        ) : (
          <ol className={classes.list} aria-labelledby={state.ids.heading}>
            {state.rows.map((row) => (
              <li
                key={row.userId}
                className={classes.row}
                data-user-id={row.userId}
                data-pending={dataFlag(row.pending)}
                data-failed={dataFlag(row.error !== undefined)}
                aria-busy={row.pending || undefined}
              >
                <span className={classes.position} aria-hidden="true">
                  {row.position}
                </span>
                <span className={classes.person}>
                  <span className={classes.visuallyHidden}>{row.positionText} </span>
                  <span className={classes.name} dir="auto">
                    {row.name}
                  </span>
                  <span className={classes.meta}>
                    {[row.roleText, row.waitedText, row.pending ? strings.pending : undefined]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
                <span className={classes.actions}>
                  {renderControl(row.lower, <HandRightOff20Regular />, strings.pending)}
                  {renderControl(row.invite, <Mic20Regular />, strings.pending)}
                  {row.invite.enabled && row.becomesText && <span className={classes.reason}>{row.becomesText}</span>}
                </span>
                {row.error && (
                  <MessageBar intent="error" layout="multiline" className={classes.error}>
                    <MessageBarBody>{row.error}</MessageBarBody>
                  </MessageBar>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {state.speakers.length > 0 && (
        <section aria-labelledby={state.ids.speakingHeading} data-section="speakers">
          <div className={classes.header}>
            <Heading id={state.ids.speakingHeading} className={classes.heading}>
              {state.speakingHeading}
            </Heading>
          </div>
          <ul className={classes.list} aria-labelledby={state.ids.speakingHeading}>
            {state.speakers.map((speaker) => (
              <li
                key={speaker.userId}
                className={classes.row}
                data-user-id={speaker.userId}
                data-pending={dataFlag(speaker.pending)}
                data-failed={dataFlag(speaker.error !== undefined)}
                aria-busy={speaker.pending || undefined}
              >
                <Mic20Regular aria-hidden="true" className={classes.position} />
                <span className={classes.person}>
                  <span className={classes.name} dir="auto">
                    {speaker.name}
                  </span>
                  <span className={classes.meta}>
                    {[speaker.rolesText, speaker.pending ? strings.pending : undefined].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <span className={classes.actions}>
                  {renderControl(speaker.returnControl, <PersonArrowBack20Regular />, strings.pending)}
                </span>
                {speaker.error && (
                  <MessageBar intent="error" layout="multiline" className={classes.error}>
                    <MessageBarBody>{speaker.error}</MessageBarBody>
                  </MessageBar>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className={classes.visuallyHidden}>
        {state.announcement}
      </div>
    </div>
  );
}
