import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Textarea,
} from '@fluentui/react-components';
import { RetryMessageBar } from '../shared/RetryMessageBar';
import { ArrowUndo20Regular, Delete20Regular, Dismiss20Regular, Save20Regular } from '@fluentui/react-icons';
import type { RoomJoinPolicy } from '../../adapter/types';
import { RosterEditor } from '../RosterEditor';
import { ValidityScheduler } from '../ValidityScheduler';
import type { RoomEditorClasses, RoomEditorDetailField, RoomEditorState } from './RoomEditor.types';
import { dataFlag } from '../shared/dataFlags';
import { ConfirmDialog } from '../shared/ConfirmDialog';

const JOIN_POLICIES: readonly RoomJoinPolicy[] = ['inviteOnly', 'communicationServiceUsers'];

/** Height of the roster inside the form: room for about six people before it scrolls. */
const ROSTER_HEIGHT = 320;

function renderNotice(state: RoomEditorState): JSX.Element | null {
  const { common } = state;
  const notice = state.notice.current;
  if (!notice) return null;
  return (
    <div ref={state.notice.ref} tabIndex={-1} data-notice={notice.intent}>
      <MessageBar intent={notice.intent} layout="multiline">
        <MessageBarBody>
          {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>} {notice.text}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={common.dismiss}
              icon={<Dismiss20Regular />}
              onClick={state.notice.dismiss}
            />
          }
        >
          {notice.createAnother && <Button onClick={state.notice.createAnother}>{state.strings.createAnother}</Button>}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

function renderConflict(state: RoomEditorState): JSX.Element | null {
  const conflict = state.conflict.view;
  if (!conflict) return null;
  return (
    <div ref={state.conflict.ref} tabIndex={-1} data-conflict={conflict.checking ? 'checking' : ''}>
      <MessageBar intent="warning" layout="multiline" politeness={conflict.live ? 'polite' : 'assertive'}>
        <MessageBarBody>
          <MessageBarTitle>{conflict.title}</MessageBarTitle>{' '}
          {conflict.checking ? (
            <Spinner size="extra-tiny" label={state.strings.conflictChecking} labelPosition="after" />
          ) : (
            <>
              {conflict.text} {conflict.keptText}
            </>
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            icon={<ArrowUndo20Regular />}
            disabledFocusable={conflict.checking || state.save.saving}
            onClick={conflict.reload}
          >
            {state.strings.conflictReload}
          </Button>
          <Button
            appearance="primary"
            icon={conflict.live ? undefined : <Save20Regular />}
            disabledFocusable={conflict.checking || state.save.saving}
            onClick={conflict.keepMine}
          >
            {conflict.live ? state.strings.conflictKeepMine : state.strings.conflictOverwrite}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

/** The hint under a detail, with its character count at the far end once the text nears the limit. */
function detailHint(hint: string, field: RoomEditorDetailField, classes: RoomEditorClasses): JSX.Element {
  return (
    <span className={classes.counter}>
      <span>{hint}</span>
      {field.count && <span data-count="">{field.count}</span>}
    </span>
  );
}

function renderSubject(state: RoomEditorState, classes: RoomEditorClasses): JSX.Element | null {
  const { strings } = state;
  const { details } = state.form;
  if (!details) return null;
  const field = details.subject;
  return (
    <Field
      className={classes.subject}
      label={strings.subjectLabel}
      size="large"
      hint={detailHint(strings.subjectHint, field, classes)}
      validationMessage={field.message}
      validationState={field.message ? 'error' : 'none'}
    >
      <Input
        value={field.value}
        readOnly={state.locked}
        placeholder={state.locked ? undefined : strings.subjectPlaceholder}
        onChange={(_, data) => field.onChange(data.value)}
        data-detail="subject"
      />
    </Field>
  );
}

function renderMoreDetails(state: RoomEditorState, classes: RoomEditorClasses): JSX.Element | null {
  const { strings } = state;
  const { details } = state.form;
  if (!details) return null;
  const { description, reference } = details;
  return (
    <Accordion
      className={classes.more}
      collapsible
      openItems={details.moreOpen ? ['more'] : []}
      onToggle={(_, data) => details.setMoreOpen(data.openItems.includes('more'))}
    >
      <AccordionItem value="more">
        <AccordionHeader size="small">{strings.moreDetails}</AccordionHeader>
        <AccordionPanel>
          <div className={classes.details}>
            <Field
              label={strings.descriptionLabel}
              hint={detailHint(strings.descriptionHint, description, classes)}
              validationMessage={description.message}
              validationState={description.message ? 'error' : 'none'}
            >
              <Textarea
                value={description.value}
                readOnly={state.locked}
                resize="vertical"
                rows={3}
                onChange={(_, data) => description.onChange(data.value)}
                data-detail="description"
              />
            </Field>
            <Field
              label={strings.referenceLabel}
              hint={detailHint(strings.referenceHint, reference, classes)}
              validationMessage={reference.message}
              validationState={reference.message ? 'error' : 'none'}
            >
              <Input
                value={reference.value}
                readOnly={state.locked}
                onChange={(_, data) => reference.onChange(data.value)}
                data-detail="reference"
              />
            </Field>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function renderPlaceholder(state: RoomEditorState, classes: RoomEditorClasses): JSX.Element | null {
  const { strings, common } = state;
  switch (state.load.status) {
    case 'loading':
      return (
        <div className={classes.placeholder} role="status">
          <Spinner size="small" label={strings.loading} />
        </div>
      );
    case 'failed':
      return (
        <RetryMessageBar
          title={strings.loadFailed}
          message={state.load.errorText}
          retryText={common.retry}
          onRetry={state.load.retry}
        />
      );
    case 'notFound':
    case 'deleted':
      return (
        <div className={classes.placeholder} data-gone={state.load.status}>
          <MessageBar intent={state.load.status === 'deleted' ? 'success' : 'warning'} layout="multiline">
            <MessageBarBody>
              {state.load.status === 'notFound' && <MessageBarTitle>{strings.notFoundTitle}</MessageBarTitle>}{' '}
              {state.load.goneText}
            </MessageBarBody>
          </MessageBar>
          {state.cancel && <Button onClick={state.cancel}>{common.close}</Button>}
        </div>
      );
    case 'ready':
      return null;
  }
}

function renderForm(state: RoomEditorState, classes: RoomEditorClasses): JSX.Element {
  const { strings, common, form } = state;
  const { values, fieldErrors } = form;
  return (
    <>
      {!state.online && (
        <MessageBar intent="warning" layout="multiline" data-offline="">
          <MessageBarBody>{common.offline}</MessageBarBody>
        </MessageBar>
      )}
      {state.readOnly && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.readOnlyNotice}</MessageBarBody>
        </MessageBar>
      )}
      {state.deletedElsewhere && (
        <MessageBar intent="warning" layout="multiline" data-deleted-elsewhere="">
          <MessageBarBody>
            <MessageBarTitle>{strings.notFoundTitle}</MessageBarTitle> {state.load.goneText}
          </MessageBarBody>
        </MessageBar>
      )}
      {!state.deletedElsewhere && renderConflict(state)}

      <div ref={form.formRef} className={classes.fields}>
        {renderSubject(state, classes)}
        <ValidityScheduler
          timeZone={form.timeZone}
          onTimeZoneChange={form.onTimeZoneChange}
          value={values.validity}
          onChange={form.onValidityChange}
          errors={fieldErrors.validity}
          readOnly={state.locked}
        />
        {fieldErrors.timeZone && (
          <MessageBar intent="error" layout="multiline" role="alert" data-target="timeZone">
            <MessageBarBody>{fieldErrors.timeZone}</MessageBarBody>
          </MessageBar>
        )}
        {renderMoreDetails(state, classes)}

        <div className={classes.settings}>
          <Field
            label={strings.dialOutLabel}
            hint={strings.dialOutHint}
            validationMessage={fieldErrors.pstnDialOutEnabled}
            validationState={fieldErrors.pstnDialOutEnabled ? 'error' : 'none'}
          >
            <Switch
              checked={values.pstnDialOutEnabled}
              disabled={state.locked}
              label={values.pstnDialOutEnabled ? strings.dialOutOn : strings.dialOutOff}
              onChange={(_, data) => form.onDialOutChange(data.checked)}
            />
          </Field>

          {form.showJoinPolicy && (
            <Field
              label={strings.joinPolicyLabel}
              validationMessage={fieldErrors.joinPolicy}
              validationState={fieldErrors.joinPolicy ? 'error' : 'none'}
            >
              <RadioGroup
                value={values.joinPolicy}
                disabled={state.locked}
                onChange={(_, data) => form.onJoinPolicyChange(data.value as RoomJoinPolicy)}
              >
                {JOIN_POLICIES.map((policy) => (
                  <Radio key={policy} value={policy} label={strings.joinPolicies[policy]} />
                ))}
              </RadioGroup>
            </Field>
          )}
        </div>

        <div className={classes.roster} data-invalid={fieldErrors.participants ? '' : undefined}>
          {fieldErrors.participants && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{fieldErrors.participants}</MessageBarBody>
            </MessageBar>
          )}
          <RosterEditor
            adapter={state.adapter}
            participants={values.participants}
            onChange={form.onParticipantsChange}
            readOnly={state.locked}
            listHeight={ROSTER_HEIGHT}
            size="small"
          />
        </div>
      </div>

      {/* Beside the button that made it, so nothing above moves when a save is answered. */}
      {renderNotice(state)}
      <div className={classes.actions}>
        {!state.readOnly && (
          <Button
            appearance="primary"
            onClick={state.save.submit}
            disabledFocusable={state.save.saving || !state.save.dirty || state.deletedElsewhere}
            icon={state.save.saving ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
            aria-describedby={state.save.dirty ? undefined : `${state.headingId}-nochanges`}
          >
            {state.save.text}
          </Button>
        )}
        {state.cancel && <Button onClick={state.cancel}>{state.readOnly ? common.close : common.cancel}</Button>}
        {!state.readOnly && !state.save.dirty && (
          <span id={`${state.headingId}-nochanges`} className={classes.hint}>
            {strings.noChanges}
          </span>
        )}
        {state.deletion.allowed && (
          <Button
            className={classes.deleteButton}
            appearance="subtle"
            icon={<Delete20Regular />}
            onClick={state.deletion.ask}
            disabledFocusable={state.deletion.deleting}
          >
            {strings.deleteRoom}
          </Button>
        )}
      </div>
    </>
  );
}

/**
 * Renders {@link RoomEditor} from its state and classes: JSX only, no decisions.
 *
 * @example
 * ```tsx
 * return renderRoomEditor(useRoomEditor(props, ref), classes);
 * ```
 */
export function renderRoomEditor(state: RoomEditorState, classes: RoomEditorClasses): JSX.Element {
  const placeholder = renderPlaceholder(state, classes);
  return (
    <div
      {...state.root}
      role="form"
      aria-labelledby={state.headingId}
      className={classes.root}
      data-mode={state.mode}
      data-status={state.load.status}
      data-saving={dataFlag(state.save.saving)}
      data-dirty={dataFlag(state.save.dirty)}
      data-readonly={dataFlag(state.readOnly)}
      data-deleted-elsewhere={dataFlag(state.deletedElsewhere)}
      aria-busy={state.load.status === 'loading' || state.save.saving ? true : undefined}
    >
      <h2 id={state.headingId} className={classes.title}>
        {state.title}
      </h2>
      <div aria-live="polite" aria-atomic="true" className={classes.visuallyHidden}>
        {state.announcement}
      </div>
      {placeholder ?? renderForm(state, classes)}
      {/*
        Outside the form, which a confirmed delete replaces at once: unmounted mid-close, the dialog's focus trap
        would leave the rest of the page hidden from assistive technology (aria-hidden) for good.
      */}
      <ConfirmDialog
        open={state.deletion.open}
        title={state.deletion.dialog.title}
        body={state.deletion.dialog.body}
        confirmLabel={state.strings.deleteConfirm}
        cancelLabel={state.common.cancel}
        onConfirm={state.deletion.confirm}
        onCancel={state.deletion.cancel}
      />
    </div>
  );
}
