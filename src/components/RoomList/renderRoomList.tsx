import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
  Select,
  Spinner,
  Toast,
  Toaster,
  ToastTitle,
  ToggleButton,
} from '@fluentui/react-components';
import { RetryMessageBar } from '../shared/RetryMessageBar';
import { Add20Regular, ArrowClockwise20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import type { RoomListClasses, RoomListState } from './RoomList.types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { renderRoomListMenu, renderRoomListTable } from './RoomListTable';

/**
 * The content of a {@link RoomList} toast. Kept here so the state hook dispatches toasts without writing JSX.
 *
 * @example
 * ```ts
 * dispatchToast(renderRoomListToast('Room 123 deleted.'), { intent: 'success' });
 * ```
 */
export function renderRoomListToast(text: string): JSX.Element {
  return (
    <Toast>
      <ToastTitle>
        <span dir="auto">{text}</span>
      </ToastTitle>
    </Toast>
  );
}

function renderBody(state: RoomListState, classes: RoomListClasses): JSX.Element {
  const { strings } = state;
  const { load, search, counts } = state;
  if (counts.total === 0) {
    if (load.status === 'loading' || load.status === 'refreshing') {
      return (
        <div className={classes.placeholder} role="status">
          <Spinner size="small" label={strings.loading} />
        </div>
      );
    }
    if (load.status === 'failed') return <></>;
    return (
      <div className={classes.placeholder} data-empty="">
        <p>{strings.empty}</p>
        <p>{strings.emptyHint}</p>
      </div>
    );
  }
  if (search.status === 'failed') return <></>;
  if (search.noMatchesText !== undefined) {
    return (
      <div className={classes.placeholder} data-no-matches="">
        <p role="status" dir="auto">
          {search.noMatchesText}
        </p>
        <Button onClick={search.clear}>{state.common.clearSearch}</Button>
      </div>
    );
  }
  if (search.status === 'loading' && counts.shown === 0) {
    return (
      <div className={classes.placeholder} role="status">
        <Spinner size="small" label={strings.searching} />
      </div>
    );
  }
  if (counts.shown === 0) {
    return (
      <div className={classes.placeholder} data-no-matches="">
        <p role="status">{strings.noMatches}</p>
        <Button onClick={state.filters.clear}>{strings.clearFilters}</Button>
      </div>
    );
  }
  return renderRoomListTable(state, classes);
}

/**
 * Renders {@link RoomList} from its state and classes: JSX only, no decisions.
 *
 * @example
 * ```tsx
 * return renderRoomList(useRoomList(props, ref), classes);
 * ```
 */
export function renderRoomList(state: RoomListState, classes: RoomListClasses): JSX.Element {
  const { strings, common, load, search, filters, sort, counts, notice, deletion } = state;
  return (
    <div
      {...state.root}
      className={classes.root}
      data-load-status={load.status}
      data-search-status={search.status}
      aria-busy={
        load.status === 'loading' || load.status === 'refreshing' || search.status === 'loading' ? true : undefined
      }
    >
      <div className={classes.header}>
        <h2 id={state.heading.id} ref={state.heading.ref} tabIndex={-1} className={classes.title}>
          {strings.title}
        </h2>
        {state.create && (
          <Button appearance="primary" icon={<Add20Regular />} onClick={state.create}>
            {strings.newRoom}
          </Button>
        )}
      </div>

      {!load.online && (
        <MessageBar intent="warning" layout="multiline" data-offline="">
          <MessageBarBody>{common.offline}</MessageBarBody>
        </MessageBar>
      )}
      {load.status === 'failed' && (
        <RetryMessageBar
          title={strings.loadFailed}
          message={load.errorText}
          retryText={common.retry}
          onRetry={load.retry}
        />
      )}
      {search.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-search-failed="">
          <MessageBarBody>
            <MessageBarTitle>{strings.searchFailed}</MessageBarTitle> {search.errorText}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwise20Regular />} onClick={search.retry}>
              {common.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {search.newRoomsText && (
        <MessageBar intent="info" layout="multiline" data-new-rooms="">
          <MessageBarBody>{search.newRoomsText}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwise20Regular />} onClick={search.refreshNewRooms}>
              {strings.refreshSearch}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice.current && (
        <MessageBar intent={notice.current.intent} layout="multiline">
          <MessageBarBody>
            <span dir="auto">{notice.current.text}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={common.dismiss}
                icon={<Dismiss20Regular />}
                onClick={notice.dismiss}
              />
            }
          />
        </MessageBar>
      )}

      <div className={classes.toolbar}>
        <Field label={strings.filterTextLabel} className={classes.search}>
          <SearchBox
            value={search.text}
            placeholder={strings.filterTextPlaceholder}
            dismiss={{ 'aria-label': state.common.clearSearch }}
            onChange={(_, data) => search.setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && search.text !== '') {
                event.preventDefault();
                search.clear();
              }
            }}
          />
        </Field>

        <div role="group" aria-labelledby={filters.statusLabelId} className={classes.statusGroup}>
          <span id={filters.statusLabelId}>{strings.statusFilterLabel}</span>
          {filters.statusOptions.map((option) => (
            <ToggleButton
              key={option.status}
              checked={option.pressed}
              data-status={option.status}
              onClick={() => filters.toggleStatus(option.status)}
            >
              {option.label}
            </ToggleButton>
          ))}
          {filters.call && (
            <ToggleButton checked={filters.call.pressed} data-in-call="" onClick={filters.toggleCall}>
              {filters.call.label}
            </ToggleButton>
          )}
        </div>
        <Field label={strings.sortLabel}>
          <Select value={sort.value} onChange={(_, data) => sort.setValue(data.value)}>
            {sort.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {renderBody(state, classes)}

      {counts.total > 0 && search.status !== 'failed' && (
        <div className={classes.footer}>
          <span role="status" dir="auto" className={classes.text}>
            {counts.summaryText}
          </span>
          {load.progressText && <Spinner size="extra-tiny" label={load.progressText} />}
          {search.status === 'loading' && counts.shown > 0 && (
            <Spinner className={classes.searchStatus} size="extra-tiny" label={strings.searching} />
          )}
        </div>
      )}

      {renderRoomListMenu(state)}
      <Toaster toasterId={state.toasterId} position="bottom-end" />
      <ConfirmDialog
        open={deletion.open}
        title={deletion.dialog && <span dir="auto">{deletion.dialog.title}</span>}
        body={deletion.dialog && <span dir="auto">{deletion.dialog.body}</span>}
        confirmLabel={strings.deleteConfirm}
        cancelLabel={common.cancel}
        onConfirm={deletion.confirm}
        onCancel={deletion.cancel}
      />
    </div>
  );
}
