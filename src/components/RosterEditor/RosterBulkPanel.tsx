import { Button, Field, MessageBar, MessageBarBody, Spinner, Switch, Textarea } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { dataFlag } from '../shared/dataFlags';
import type { RosterEditorClasses } from './RosterEditor.types';
import type { RosterEditorState } from './rosterEditorState.types';

/** The "paste or drop a list" panel: the box, the drop zone, Check and Add, and the per-row report. */
export function renderRosterBulkPanel(state: RosterEditorState, classes: RosterEditorClasses): ReactNode {
  const s = state.strings.rosterEditor;
  const { bulk } = state;
  const bulkActions = state.actions.bulk;
  const result = bulk.result;
  const problems = result ? result.rows.length - result.counts.added : 0;
  return (
    <div id={state.ids.bulk} role="region" aria-label={s.bulkTitle} className={classes.bulk}>
      <span className={classes.title}>{s.bulkTitle}</span>
      <Field label={s.bulkTextLabel} hint={s.bulkHelp}>
        <Textarea
          value={bulk.text}
          onChange={bulkActions.onTextChange}
          onDragOver={bulkActions.onDragOver}
          onDrop={bulkActions.onDrop}
          resize="vertical"
          rows={5}
          spellCheck={false}
        />
      </Field>
      <div
        className={classes.dropZone}
        data-dragging={dataFlag(bulk.dragging)}
        onDragOver={bulkActions.onDragOver}
        onDragLeave={bulkActions.onDragLeave}
        onDrop={bulkActions.onDrop}
      >
        <span>{s.bulkDrop}</span>
        <Button size="small" icon={<DocumentArrowUp20Regular />} onClick={() => bulk.fileInputRef.current?.click()}>
          {s.bulkChooseFile}
        </Button>
        <input
          ref={bulk.fileInputRef}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          hidden
          onChange={bulkActions.onFileChange}
        />
      </div>
      <div className={classes.addGroup}>
        <Button onClick={bulkActions.check} disabled={bulk.checking || bulk.text.trim() === ''}>
          {s.bulkCheck}
        </Button>
        {result && (
          <Button appearance="primary" onClick={bulkActions.apply} disabled={result.counts.added === 0}>
            {state.format(s.bulkApply, { count: result.counts.added })}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => bulkActions.setOpen(false)}>
          {s.bulkClose}
        </Button>
        {bulk.checking && <Spinner size="tiny" label={s.bulkChecking} />}
      </div>
      {bulk.message && (
        <MessageBar intent={bulk.message.intent} layout="multiline">
          <MessageBarBody>{bulk.message.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.rows.length > 0 && (
        <>
          <span role="status">{state.format(s.bulkSummary, { added: result.counts.added, problems })}</span>
          {problems > 0 && (
            <Switch
              label={s.bulkProblemsOnly}
              checked={bulk.problemsOnly}
              onChange={(_, data) => bulkActions.setProblemsOnly(data.checked)}
            />
          )}
          <div role="table" aria-label={s.bulkReportLabel} aria-rowcount={bulk.reportRows.length + 1}>
            <div role="rowgroup">
              <div role="row" aria-rowindex={1} className={classes.reportHeader}>
                <span role="columnheader">{s.bulkLine}</span>
                <span role="columnheader">{s.bulkIdentifier}</span>
                <span role="columnheader">{s.bulkRole}</span>
                <span role="columnheader">{s.bulkResult}</span>
              </div>
            </div>
            <div
              role="rowgroup"
              ref={bulk.report.scrollRef}
              className={classes.report}
              style={{ height: bulk.report.height }}
              // The report scrolls and holds nothing focusable: keyboard users scroll it by focusing it.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
              aria-label={s.bulkReportLabel}
            >
              <div role="presentation" className={classes.sizer} style={{ height: bulk.report.totalHeight }}>
                {bulk.report.rows.map(({ item, row }) => (
                  <div
                    key={`${row.line}:${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    className={classes.reportRow}
                    style={{ height: bulk.report.rowHeight, transform: `translateY(${item.start}px)` }}
                    data-status={row.status}
                    data-line={row.line}
                  >
                    <span role="cell">{row.line}</span>
                    <span role="cell">{row.id}</span>
                    <span role="cell">
                      {row.role ? state.strings.organisers.roles[row.role].name : (row.roleText ?? '')}
                    </span>
                    <span role="cell">{bulk.report.verdictOf(row)}</span>
                  </div>
                ))}
              </div>
            </div>
          </div>
        </>
      )}
    </div>
  );
}
