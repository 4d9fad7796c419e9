import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { Checkmark20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import { MAX_DECLINE_REASON } from '../../core/lobby';
import { RolePicker } from '../RolePicker';
import { RetryMessageBar } from '../shared/RetryMessageBar';
import { dataFlag } from '../shared/dataFlags';
import type { JoinRequestListClasses, JoinRequestListState, JoinRequestRowState } from './JoinRequestList.types';

function renderRow(state: JoinRequestListState, classes: JoinRequestListClasses, row: JoinRequestRowState) {
  const { strings } = state;
  const busy = row.pending !== undefined;
  return (
    <li
      key={row.request.id}
      className={classes.row}
      data-request-id={row.request.id}
      data-pending={row.pending}
      data-failed={dataFlag(row.error !== undefined)}
      aria-busy={busy || undefined}
    >
      <div className={classes.person}>
        <span id={row.nameId} className={classes.name} dir="auto">
          {row.request.displayName}
        </span>
        <span className={classes.meta}>
          {row.waitedText} · {row.askedText}
        </span>
        {row.request.message && (
          <p className={classes.message} dir="auto">
            {row.request.message}
          </p>
        )}
      </div>
      <div className={classes.actions}>
        <RolePicker
          variant="compact"
          size="small"
          className={classes.rolePicker}
          value={row.role}
          onChange={row.setRole}
          aria-label={row.roleLabel}
          disabled={busy}
        />
        <Button
          appearance="primary"
          size="small"
          icon={
            row.pending === 'admit' ? (
              <Spinner size="extra-tiny" aria-label={row.pendingText} />
            ) : (
              <Checkmark20Regular />
            )
          }
          aria-label={row.admitLabel}
          disabledFocusable={busy}
          onClick={row.admit}
        >
          {strings.admit}
        </Button>
        <Button
          size="small"
          icon={
            row.pending === 'decline' ? (
              <Spinner size="extra-tiny" aria-label={row.pendingText} />
            ) : (
              <Dismiss20Regular />
            )
          }
          aria-label={row.declineLabel}
          disabledFocusable={busy}
          onClick={row.openDecline}
        >
          {strings.decline}
        </Button>
        {row.pendingText && <span className={classes.meta}>{row.pendingText}</span>}
      </div>
      {row.error && (
        <MessageBar intent="error" layout="multiline" className={classes.error}>
          <MessageBarBody>{row.error}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

function renderDialog(state: JoinRequestListState, classes: JoinRequestListClasses) {
  const dialog = state.declineDialog;
  const { strings } = state;
  return (
    <Dialog
      open={dialog.open}
      onOpenChange={(_, data) => {
        if (!data.open) dialog.cancel();
      }}
    >
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            dialog.confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{dialog.title}</DialogTitle>
            <DialogContent className={classes.dialogContent}>
              <p style={{ margin: 0 }}>{dialog.body}</p>
              <Field
                label={strings.reasonLabel}
                hint={dialog.counter}
                validationMessage={dialog.reasonError}
                validationState={dialog.reasonError ? 'error' : 'none'}
              >
                <Textarea
                  value={dialog.reason}
                  onChange={(_, data) => dialog.setReason(data.value)}
                  maxLength={MAX_DECLINE_REASON}
                  resize="vertical"
                  disabled={dialog.pending}
                />
              </Field>
              {dialog.error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{dialog.error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                disabledFocusable={dialog.pending}
                icon={dialog.pending ? <Spinner size="extra-tiny" aria-label={strings.declining} /> : undefined}
              >
                {dialog.pending ? strings.declining : strings.declineConfirm}
              </Button>
              <Button disabledFocusable={dialog.pending} onClick={dialog.cancel}>
                {state.cancelText}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function renderBody(state: JoinRequestListState, classes: JoinRequestListClasses) {
  const { strings } = state;
  if (state.status === 'loading') return <Spinner size="small" label={strings.loading} labelPosition="after" />;
  if (state.status === 'failed') {
    return (
      <RetryMessageBar
        title={strings.loadFailed}
        message={state.errorText}
        retryText={state.retryText}
        onRetry={state.retry}
      />
    );
  }
  if (state.rows.length === 0) return <p className={classes.empty}>{strings.empty}</p>;
  return (
    <div className={classes.scroller}>
      <ul className={classes.list}>{state.rows.map((row) => renderRow(state, classes, row))}</ul>
    </div>
  );
}

/**
 * Renders {@link JoinRequestList} from its state and classes: JSX only, no decisions. Renders nothing when the state
 * says so (no lobby, a viewer who may not see requests, or empty with `hideWhenEmpty`).
 *
 * @example
 * ```tsx
 * return renderJoinRequestList(useJoinRequestList(props, ref), classes);
 * ```
 */
export function renderJoinRequestList(
  state: JoinRequestListState,
  classes: JoinRequestListClasses,
): JSX.Element | null {
  if (state.hidden) return null;
  const Heading = state.headingTag;
  return (
    <div {...state.root} className={classes.root} data-status={state.status}>
      {state.heading !== undefined && (
        <Heading id={state.headingId} className={classes.heading}>
          {state.heading}
        </Heading>
      )}
      {state.notices.map((notice) => (
        <MessageBar key={notice.id} intent="warning" layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<Dismiss20Regular />}
                aria-label={state.dismissText}
                onClick={() => state.dismissNotice(notice.id)}
              />
            }
          />
        </MessageBar>
      ))}
      {renderBody(state, classes)}
      {renderDialog(state, classes)}
      <div role="status" aria-live="polite" aria-atomic="true" className={classes.visuallyHidden}>
        {state.announcement}
      </div>
    </div>
  );
}
