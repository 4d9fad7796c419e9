import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { dataFlag } from '../shared/dataFlags';
import type { RosterEditorClasses } from './RosterEditor.types';
import type { RosterEditorState } from './rosterEditorState.types';
import { renderRosterBulkPanel } from './RosterBulkPanel';
import { renderRosterGrid } from './RosterGrid';
import { renderRosterReview } from './RosterReviewDialog';
import { RosterActionBars, RosterCounts, renderRosterToolbar } from './RosterToolbar';

/**
 * Renders {@link RosterEditor} from its state and classes: JSX only, no decisions. Hosts that want different markup
 * call {@link useRosterEditor} and {@link useRosterEditorStyles} and render the state themselves.
 *
 * @example
 * ```tsx
 * return renderRosterEditor(useRosterEditor(props, ref), classes);
 * ```
 */
export function renderRosterEditor(state: RosterEditorState, classes: RosterEditorClasses): JSX.Element {
  const s = state.strings.rosterEditor;
  const { load, notices, counts, draft } = state;
  // The first page of a long roster is shown, to read, while the rest loads.
  const showRows = load.status === 'ready' || (load.status === 'loading' && counts.total > 0);
  return (
    <div
      {...state.root}
      className={classes.root}
      role="group"
      aria-labelledby={state.ids.title}
      data-mode={state.mode}
      data-save-mode={state.mode === 'bound' ? state.saveMode : undefined}
      data-status={load.status}
      data-size={state.size}
      data-readonly={dataFlag(state.readOnly)}
      data-offline={dataFlag(draft.offline)}
      data-dirty={dataFlag(draft.dirtyCount > 0)}
      data-deleted={dataFlag(notices.deleted)}
    >
      <div className={classes.header}>
        <span id={state.ids.title} className={classes.title}>
          {state.title}
        </span>
        {load.status === 'ready' && isQuietNotice(notices.notice) && renderNotice(state, classes)}
      </div>
      <div aria-live="polite" aria-atomic="true" className={classes.visuallyHidden}>
        {notices.announcement}
      </div>
      {load.status === 'loading' && renderLoading(state, classes)}
      {load.status === 'failed' && renderLoadFailed(state)}
      {load.status === 'ready' && (
        <>
          {renderLive(state)}
          {!isQuietNotice(notices.notice) && renderNotice(state, classes)}
          {counts.interactive > counts.interactiveLimit && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.interactiveLimitTitle}</MessageBarTitle>
                {state.format(s.interactiveLimitBody, {
                  count: counts.interactive,
                  limit: counts.interactiveLimit,
                  consumerRole: state.strings.organisers.roles.Consumer.name,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {renderRosterToolbar(state, classes)}
          {state.bulk.open && !state.readOnly && renderRosterBulkPanel(state, classes)}
          <RosterCounts strings={state.strings} format={state.format} classes={classes} counts={counts} />
          {!state.readOnly && (
            <RosterActionBars
              strings={state.strings}
              format={state.format}
              classes={classes}
              mode={state.mode}
              saveMode={state.saveMode}
              selectedCount={state.view.selectedCount}
              roles={state.roles}
              roleCounts={counts.byRole}
              dirtyCount={draft.dirtyCount}
              offline={draft.offline}
              saving={draft.saving}
              actions={state.actions}
            />
          )}
        </>
      )}
      {showRows && renderRosterGrid(state, classes)}
      {/* Mounted only while open: a Fluent Dialog sets up a focus-trapping modalizer even when closed, and its
          focus guards (aria-hidden yet focusable) would otherwise sit in the page all the time. */}
      {load.status === 'ready' && state.mode === 'bound' && draft.reviewOpen && renderRosterReview(state)}
    </div>
  );
}

function renderLoading(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  return (
    <div className={classes.loading} role="status">
      <Spinner
        size="small"
        labelPosition="after"
        label={state.format(state.strings.rosterEditor.loadingProgress, { count: state.load.loadedCount })}
      />
    </div>
  );
}

function renderLoadFailed(state: RosterEditorState): ReactNode {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{state.strings.rosterEditor.loadFailed}</MessageBarTitle>
        {state.strings.errors[state.load.errorCode ?? 'unknown']}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={state.actions.retryLoad}>{state.strings.common.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Whether a notice only confirms what the user did ("Ahmed Hassan is now a Presenter." with Undo): it is shown on one
 * line in the heading's line, where it moves nothing. Problems stay above the toolbar, on as many lines as they need.
 */
function isQuietNotice(notice: RosterEditorState['notices']['notice']): boolean {
  return notice !== undefined && (notice.intent === 'success' || notice.intent === 'info');
}

function renderNotice(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  const notice = state.notices.notice;
  if (!notice) return null;
  const common = state.strings.common;
  const quiet = isQuietNotice(notice);
  return (
    <MessageBar
      intent={notice.intent}
      layout={quiet ? 'singleline' : 'multiline'}
      className={quiet ? classes.notice : undefined}
      data-notice={notice.intent}
    >
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          state.draft.offline ? undefined : (
            <Button
              appearance="transparent"
              aria-label={common.dismiss}
              icon={<DismissRegular />}
              onClick={state.actions.dismissNotice}
            />
          )
        }
      >
        {notice.canUndo && <Button onClick={state.actions.undo}>{common.undo}</Button>}
        {notice.canRetry && <Button onClick={state.actions.retry}>{common.retry}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}

/** What changed elsewhere: the room gone, changes that could not be read, rows the user is editing that changed. */
function renderLive(state: RosterEditorState): ReactNode {
  const s = state.strings.rosterEditor;
  const { conflict: conflictNotice, deleted, liveReloadFailed } = state.notices;
  return (
    <>
      {deleted && (
        <MessageBar intent="error" layout="multiline" data-notice="deleted">
          <MessageBarBody>
            <MessageBarTitle>{s.deletedTitle}</MessageBarTitle>
            {s.deletedBody}
            {state.draft.dirtyCount > 0 && <> {state.format(s.deletedUnsaved, { count: state.draft.dirtyCount })}</>}
          </MessageBarBody>
        </MessageBar>
      )}
      {liveReloadFailed && !deleted && (
        <MessageBar intent="warning" layout="multiline" data-notice="stale">
          <MessageBarBody>{s.liveReloadFailed}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.actions.reloadLive}>{state.strings.common.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {conflictNotice && !deleted && (
        <MessageBar intent="warning" layout="multiline" data-notice="conflict">
          <MessageBarBody>{conflictNotice.text}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={state.actions.takeAllTheirs}>
              {conflictNotice.count > 1 ? s.conflictTakeAllTheirs : s.conflictTakeTheirsShort}
            </Button>
            <Button onClick={state.actions.keepAllMine}>
              {conflictNotice.count > 1 ? s.conflictKeepAllMine : s.conflictKeepMineShort}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
