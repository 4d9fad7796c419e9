import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { RoomRole } from '../../core/roles';
import type { RosterEditorState } from './rosterEditorState.types';

/** How many people each section of the review dialog lists before "and N more". */
const REVIEW_LIST_MAX = 100;

/**
 * The review dialog of a staged draft: who is added, whose role changes and who is removed (the first hundred of
 * each, then "and N more"), how many requests saving sends, and Save, Discard or Cancel.
 */
export function renderRosterReview(state: RosterEditorState): ReactNode {
  const s = state.strings.rosterEditor;
  const { diff } = state.draft;
  const roleName = (role: RoomRole) => state.strings.organisers.roles[role].name;
  const section = (title: string, items: ReactNode[], total: number) =>
    total > 0 && (
      <section>
        <h3>{title}</h3>
        <ul>
          {items}
          {total > REVIEW_LIST_MAX && <li>{state.format(s.reviewMore, { count: total - REVIEW_LIST_MAX })}</li>}
        </ul>
      </section>
    );
  return (
    <Dialog open onOpenChange={(_, data) => state.actions.setReviewOpen(data.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.reviewTitle}</DialogTitle>
          <DialogContent>
            <p>{s.reviewSummary}</p>
            {section(
              state.format(s.reviewAdded, { count: diff.added.length }),
              diff.added
                .slice(0, REVIEW_LIST_MAX)
                .map((p) => (
                  <li key={p.id}>
                    {state.format(s.reviewPerson, { name: state.draft.nameOf(p.id), role: roleName(p.role) })}
                  </li>
                )),
              diff.added.length,
            )}
            {section(
              state.format(s.reviewRoleChanged, { count: diff.roleChanged.length }),
              diff.roleChanged.slice(0, REVIEW_LIST_MAX).map((c) => (
                <li key={c.id}>
                  {state.format(s.reviewRoleChange, {
                    name: state.draft.nameOf(c.id),
                    from: roleName(c.from),
                    to: roleName(c.to),
                  })}
                </li>
              )),
              diff.roleChanged.length,
            )}
            {section(
              state.format(s.reviewRemoved, { count: diff.removed.length }),
              diff.removed
                .slice(0, REVIEW_LIST_MAX)
                .map((p) => (
                  <li key={p.id}>
                    {state.format(s.reviewPerson, { name: state.draft.nameOf(p.id), role: roleName(p.role) })}
                  </li>
                )),
              diff.removed.length,
            )}
            <p>{state.format(s.reviewRequests, { count: state.draft.saveRequestCount })}</p>
            {state.draft.offline && (
              <MessageBar intent="warning">
                <MessageBarBody>{state.strings.common.offline}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={state.actions.save}
              disabled={state.draft.offline || state.draft.saving}
            >
              {s.saveChanges}
            </Button>
            <Button onClick={state.actions.discard}>{s.discardChanges}</Button>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="subtle">{state.strings.common.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
