import { useCallback, useState } from 'react';
import type { RoomsAdapter } from '../../adapter/types';
import { RoomsError } from '../../core/errors';
import { MAX_DECLINE_REASON, type JoinRequest } from '../../core/lobby';
import type { RoomRole } from '../../core/roles';
import { useMutation } from '../../hooks/useMutation';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import { withEntry } from '../shared/keyedState';
import type { JoinRequestDeclineDialogState, JoinRequestRowPending } from './JoinRequestList.types';
import type { JoinRequests } from './useJoinRequests';

/** Whether a failure means the request is no longer there to answer. */
const isGone = (error: RoomsError): boolean => error.code === 'conflict' || error.code === 'notFound';

interface DeclineDraft {
  readonly requestId: string;
  readonly name: string;
  readonly reason: string;
  readonly reasonError?: string;
  readonly error?: string;
}

/** What {@link useJoinRequestActions} is given. */
export interface JoinRequestActionsOptions {
  /** The backend. */
  adapter: RoomsAdapter | undefined;
  /** The room. */
  roomId: string;
  /** The kit, with the list's strings laid over. */
  kit: RoomsKitContextValue;
  /** The requests as read. */
  data: JoinRequests;
  /** Called once a request is admitted. */
  onAdmitted: ((request: JoinRequest) => void) | undefined;
  /** Called once a request is declined. */
  onDeclined: ((request: JoinRequest) => void) | undefined;
  /** Says something in the list's live region. */
  announce: (text: string) => void;
}

/** What {@link useJoinRequestActions} gives. */
export interface JoinRequestActions {
  /** What each row is busy with, by request id. */
  pending: ReadonlyMap<string, JoinRequestRowPending>;
  /** Why a row's last action failed, by request id. */
  rowErrors: ReadonlyMap<string, string>;
  /** Failures of requests no longer listed. */
  notices: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  /** Dismisses a notice. */
  dismissNotice: (id: string) => void;
  /** Admits a request with a role. */
  admit: (request: JoinRequest, role: RoomRole) => void;
  /** Opens the decline dialog for a request. */
  openDecline: (request: JoinRequest) => void;
  /** The decline dialog. */
  declineDialog: JoinRequestDeclineDialogState;
}

const unsupported = (): never => {
  throw new RoomsError('unknown', 'The backend cannot answer requests to join.');
};

/**
 * Admitting and declining, each through `useMutation`: a row is pending while its action runs and is left as it was,
 * with a message, when it fails; a request answered elsewhere meanwhile leaves the list with a notice. The decline
 * dialog's draft lives here.
 *
 * @example
 * ```ts
 * const actions = useJoinRequestActions({ adapter, roomId, kit, data, onAdmitted, onDeclined, announce });
 * actions.admit(request, 'Attendee');
 * ```
 */
export function useJoinRequestActions(options: JoinRequestActionsOptions): JoinRequestActions {
  const { adapter, roomId, kit, data, onAdmitted, onDeclined, announce } = options;
  const { format } = kit;
  const strings = kit.strings.lobby.joinRequestList;
  const errorTexts = kit.strings.errors;
  const roleAs = kit.strings.lobby.roleAs;
  const { remove, reload } = data;
  const [pending, setPending] = useState<ReadonlyMap<string, JoinRequestRowPending>>(() => new Map());
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [notices, setNotices] = useState<ReadonlyArray<{ id: string; text: string }>>([]);
  const [draft, setDraft] = useState<DeclineDraft | undefined>(undefined);

  /** Marks a row busy (and clears its last error); the returned undo clears the mark. */
  const busy = (request: JoinRequest, what: JoinRequestRowPending) => {
    setPending((before) => withEntry(before, request.id, what));
    setRowErrors((before) => withEntry(before, request.id, undefined));
    return () => setPending((before) => withEntry(before, request.id, undefined));
  };
  const done = (request: JoinRequest): void => {
    setPending((before) => withEntry(before, request.id, undefined));
    remove(request.id);
  };
  /** A request answered, withdrawn or expired meanwhile: its row goes, and a notice says what became of the action. */
  const lost = (request: JoinRequest, template: string): void => {
    remove(request.id);
    const text = format(template, { name: request.displayName, error: strings.answeredElsewhere });
    setNotices((before) => [...before.filter((n) => n.id !== request.id), { id: request.id, text }]);
    reload();
  };
  const failedText = (template: string, request: JoinRequest, error: RoomsError): string =>
    format(template, { name: request.displayName, error: errorTexts[error.code] });

  const admitting = useMutation(
    (signal, request: JoinRequest, role: RoomRole) =>
      (adapter?.admitJoinRequest?.bind(adapter) ?? unsupported)(roomId, request.id, { role }, { signal }),
    {
      optimistic: (...[request]) => busy(request, 'admit'),
      onSuccess: (admitted, request, role) => {
        done(request);
        announce(format(strings.announce.admitted, { name: request.displayName, role: roleAs[admitted.role ?? role] }));
        onAdmitted?.(admitted);
      },
      onError: (error, ...[request]) => {
        if (isGone(error)) lost(request, strings.admitFailed);
        else setRowErrors((before) => withEntry(before, request.id, failedText(strings.admitFailed, request, error)));
      },
    },
  );

  const tooLong = format(strings.reasonTooLong, { max: MAX_DECLINE_REASON });
  const declining = useMutation(
    (signal, request: JoinRequest, reason: string) =>
      (adapter?.declineJoinRequest?.bind(adapter) ?? unsupported)(roomId, request.id, reason ? { reason } : {}, {
        signal,
      }),
    {
      optimistic: (...[request]) => busy(request, 'decline'),
      onSuccess: (declined, ...[request]) => {
        done(request);
        setDraft(undefined);
        announce(format(strings.announce.declined, { name: request.displayName }));
        onDeclined?.(declined);
      },
      onError: (error, ...[request]) => {
        if (isGone(error)) {
          setDraft(undefined);
          lost(request, strings.declineFailed);
        } else if (error.code === 'validation' && error.target === 'reason') {
          // The service's own words are English: the kit says what its rule is, in the viewer's language.
          setDraft((d) => d && { ...d, reasonError: tooLong });
        } else {
          const text = failedText(strings.declineFailed, request, error);
          setDraft((d) => d && { ...d, error: text });
        }
      },
    },
  );

  const confirmDecline = (): void => {
    if (!draft || !adapter?.declineJoinRequest) return;
    const request = data.requests.find((r) => r.id === draft.requestId);
    if (!request) {
      setDraft(undefined);
      return;
    }
    const reason = draft.reason.trim();
    if (reason.length > MAX_DECLINE_REASON) {
      setDraft({ ...draft, reasonError: tooLong });
      return;
    }
    setDraft({ ...draft, reasonError: undefined, error: undefined });
    void declining.run(request, reason);
  };

  const draftPending = draft !== undefined && pending.get(draft.requestId) === 'decline';
  const name = draft?.name ?? '';
  const declineDialog: JoinRequestDeclineDialogState = {
    open: draft !== undefined,
    title: format(strings.declineTitle, { name }),
    body: format(strings.declineBody, { name }),
    reason: draft?.reason ?? '',
    setReason: (reason: string) => setDraft((d) => d && { ...d, reason, reasonError: undefined }),
    counter: format(strings.reasonCounter, { count: (draft?.reason ?? '').length, max: MAX_DECLINE_REASON }),
    reasonError: draft?.reasonError,
    error: draft?.error,
    pending: draftPending,
    confirm: confirmDecline,
    cancel: () => {
      if (!draftPending) setDraft(undefined);
    },
  };

  const { run: runAdmit } = admitting;
  const admit = useCallback(
    (request: JoinRequest, role: RoomRole) => {
      if (adapter?.admitJoinRequest) void runAdmit(request, role);
    },
    [adapter, runAdmit],
  );
  const dismissNotice = useCallback((id: string) => setNotices((before) => before.filter((n) => n.id !== id)), []);
  const openDecline = useCallback(
    (request: JoinRequest) => setDraft({ requestId: request.id, name: request.displayName, reason: '' }),
    [],
  );
  return { pending, rowErrors, notices, dismissNotice, admit, openDecline, declineDialog };
}
