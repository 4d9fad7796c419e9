import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import { adapterKey } from '../../adapter/adapterKey';
import { pagesOf } from '../../adapter/paging';
import { saveRosterPlan, type RosterSaveStep } from '../../adapter/saveRosterPlan';
import type { RoomParticipant, RoomsAdapter } from '../../adapter/types';
import {
  applyRosterChanges,
  planRosterSave,
  type RosterDiff,
  type RosterPlaces,
  type RosterSavePlan,
} from '../../core/roster';
import { useLoad, type LoadHandle } from '../../hooks/useLoad';
import { useMutation } from '../../hooks/useMutation';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import type { RoomsKitStrings } from '../../strings';
import type { RosterSaveMode } from './RosterEditor.types';
import type { RosterFormat, RosterNotice } from './rosterEditorState.types';
import { withoutItems, withoutKeys } from './rosterEditorHelpers';
import { failedIds, failureText, idsOf, inverseOf, rollBack, type RosterEdit } from './rosterEdits';
import { valuesIn } from './rosterLive';
import type { RosterChangeSet } from './useRosterEdits';

const EMPTY_ROSTER: readonly RoomParticipant[] = Object.freeze([]);
const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_FAILURES: ReadonlyMap<string, string> = new Map();

/** A notice, with the edit its Undo or Retry acts on. */
export type BoundNotice = RosterNotice & { undoEdit?: RosterEdit; retryEdit?: RosterEdit };

/** Options of {@link useBoundRoster}. */
export interface UseBoundRosterOptions {
  adapter: RoomsAdapter | undefined;
  /** The room; `undefined` for a controlled editor, which loads and saves nothing. */
  roomId: string | undefined;
  saveMode: RosterSaveMode;
  pageSize: number;
  /** Looks names up; the first page's names are asked before it is shown. */
  ensure: (ids: Iterable<string>, signal?: AbortSignal) => Promise<void>;
  strings: RoomsKitStrings;
  format: RosterFormat;
  onSaved: ((participants: RoomParticipant[]) => void) | undefined;
  /** Where each id sits in the draft, kept up to date by the editor after each render: a save finds its rows there. */
  placesRef: { readonly current: RosterPlaces | undefined };
}

/** What {@link useBoundRoster} gives the editor. */
export interface BoundRoster {
  /** The read: status words of `useLoad`, participants read so far, retry and refresh. */
  readonly load: Pick<LoadHandle<readonly RoomParticipant[]>, 'status' | 'error' | 'retry' | 'refresh'> & {
    readonly loadedCount: number;
    /** Rows are shown while the rest loads. */
    readonly partial: boolean;
  };
  /** The roster as saved, and the user's draft. */
  readonly baseline: readonly RoomParticipant[];
  readonly draft: readonly RoomParticipant[];
  readonly setBaseline: (update: (current: readonly RoomParticipant[]) => readonly RoomParticipant[]) => void;
  readonly setDraft: (update: (current: readonly RoomParticipant[]) => readonly RoomParticipant[]) => void;
  /** Ids whose save is under way (immediate mode), and why the last save of an id failed. */
  readonly pending: ReadonlySet<string>;
  readonly failures: ReadonlyMap<string, string>;
  /** Whether the browser is online, and whether a request failed for want of a network since. */
  readonly online: boolean;
  readonly connectionLost: boolean;
  readonly saving: boolean;
  readonly notice: BoundNotice | undefined;
  readonly setNotice: (notice: BoundNotice | undefined) => void;
  readonly announcement: string;
  readonly announce: (text: string) => void;
  readonly reviewOpen: boolean;
  readonly setReviewOpen: (open: boolean) => void;
  /** Applies an edit: saved at once (optimistically), or kept in the draft (staged, offline). */
  readonly commit: (changes: RosterChangeSet, done: string) => void;
  /** Saves the draft with at most two calls; `retrying` is the user saying the connection may be back. */
  readonly saveNow: (diff: RosterDiff, retrying?: boolean) => Promise<boolean>;
  readonly discard: () => void;
  readonly undo: () => void;
  readonly retry: (diff: RosterDiff, dirty: boolean) => void;
}

// Pages read between two turns given back to the browser while a long roster loads.
const PAGES_PER_TURN = 10;

/**
 * Resolves after the browser has had a turn: a frame painted where frames are drawn, then a task. A backend that
 * answers at once (the in-memory one, a cache) would otherwise read all 100,000 participants in one go, with
 * nothing on screen and no input handled until the end.
 */
function browserTurn(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
      requestAnimationFrame(task);
    } else task();
  });
}

/** Records which step of a save was on its way, and lets the caller act on each step that landed. */
function useSaveSteps() {
  const sending = useRef(new WeakMap<object, RosterSaveStep>());
  const track = useCallback(
    (plan: object, landed?: (step: RosterSaveStep) => void) => (step: RosterSaveStep) => {
      if (step.phase === 'sending') sending.current.set(plan, step);
      else landed?.(step);
    },
    [],
  );
  const failedStep = useCallback((plan: object) => sending.current.get(plan), []);
  return { track, failedStep };
}

/**
 * The bound roster of a {@link RosterEditor}: reads every page of the room (the first page on screen at once,
 * through `useLoad`'s `partial`), holds the saved roster and the draft, and saves through `saveRosterPlan` — each
 * edit at once and optimistically, or the reviewed draft. Offline comes from `useOnlineStatus` and from requests
 * that failed for want of a network. It drives the editor the way a parent drives a controlled one.
 */
export function useBoundRoster(options: UseBoundRosterOptions): BoundRoster {
  const { adapter, roomId, saveMode, pageSize, ensure, strings, format, onSaved } = options;
  const s = strings.rosterEditor;
  const bound = roomId !== undefined && adapter !== undefined;
  const online = useOnlineStatus();
  const [loadedCount, setLoadedCount] = useState(0);

  const load = useLoad<readonly RoomParticipant[]>({
    key: bound ? `${adapterKey(adapter)}\u0000${roomId}\u0000${pageSize}` : undefined,
    load: async ({ signal, partial }) => {
      if (!adapter || roomId === undefined) return EMPTY_ROSTER;
      const all: RoomParticipant[] = [];
      setLoadedCount(0);
      let shown = false;
      let pages = 0;
      for await (const page of pagesOf((o) => adapter.listParticipants(roomId, o), { signal, pageSize })) {
        all.push(...page.items);
        pages++;
        const count = all.length;
        // Counting is not urgent: pages arriving close together are shown as one step.
        startTransition(() => setLoadedCount(count));
        if (!shown && page.more && page.items.length > 0) {
          // The first page is shown with its names while the rest loads behind it (once: showing every page as it
          // arrives would render the whole roster again per page).
          shown = true;
          await ensure(
            page.items.map((p) => p.id),
            signal,
          );
          signal.throwIfAborted();
          partial(all.slice());
          await browserTurn();
        } else if (page.more && pages % PAGES_PER_TURN === 0) await browserTurn();
      }
      // Names before rows, so the rest does not flash as raw ids; a failing directory only costs the names.
      await ensure(
        all.map((p) => p.id),
        signal,
      );
      return all;
    },
  });

  const [baseline, setBaseline] = useState<readonly RoomParticipant[]>(EMPTY_ROSTER);
  const [draft, setDraft] = useState<readonly RoomParticipant[]>(EMPTY_ROSTER);
  const [pending, setPending] = useState<ReadonlySet<string>>(EMPTY_SET);
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(EMPTY_FAILURES);
  const [connectionLost, setConnectionLost] = useState(false);
  const [notice, setNotice] = useState<BoundNotice | undefined>(undefined);
  const [announcement, announce] = useState('');
  const [reviewOpen, setReviewOpen] = useState(false);

  // Each answer of the read (the first page, then everything) becomes the saved roster and the draft.
  // Another room (or backend) forgets the last one's roster at once.
  const [taken, setTaken] = useState<readonly RoomParticipant[] | undefined>(undefined);
  if (load.data !== taken) {
    setTaken(load.data);
    setBaseline(load.data ?? EMPTY_ROSTER);
    setDraft(load.data ?? EMPTY_ROSTER);
    setFailures(EMPTY_FAILURES);
    setPending(EMPTY_SET);
    setConnectionLost(false);
  }

  // Back online: the lost connection is forgotten, so saving is offered again.
  const [wasOnline, setWasOnline] = useState(online);
  if (online !== wasOnline) {
    setWasOnline(online);
    if (online) setConnectionLost(false);
  }
  const offline = bound && (!online || connectionLost);

  const steps = useSaveSteps();
  const markFailed = useCallback(
    (error: Parameters<typeof failedIds>[0], ids: readonly string[]) =>
      setFailures((f) => {
        const next = new Map(f);
        for (const id of failedIds(error, ids)) next.set(id, failureText(error, id, strings));
        return next;
      }),
    [strings],
  );

  const immediate = useMutation(
    async (signal, edit: RosterEdit) => {
      if (!adapter || roomId === undefined) return edit;
      await saveRosterPlan(adapter, roomId, edit, {
        signal,
        onStep: steps.track(edit, (step) => {
          // An upsert that landed stays saved even if the removal after it fails.
          if (step.kind === 'upsert' && edit.removals.length > 0) {
            setBaseline((b) => applyRosterChanges(b, { upserts: edit.upserts }));
          }
        }),
      });
      return edit;
    },
    {
      optimistic: (edit) => {
        const ids = idsOf(edit);
        setDraft((d) => (d === edit.before ? edit.after : applyRosterChanges(d, edit)));
        setPending((p) => new Set([...p, ...ids]));
        setFailures((f) => withoutKeys(f, ids));
        return () => {
          const landedUpserts = steps.failedStep(edit)?.kind === 'remove';
          // Only what did not land is rolled back.
          const undone = landedUpserts ? { ...edit, upserts: [], after: EMPTY_ROSTER } : edit;
          setDraft((d) => rollBack(d, undone));
        };
      },
      onSuccess: (_result, edit) => {
        // The change is already on screen; confirming it can wait, so a fast backend does not hold up its paint.
        startTransition(() => {
          // The same array as the draft when nothing else changed meanwhile, so the next diff is free.
          setBaseline((b) => (b === edit.before ? edit.after : applyRosterChanges(b, edit)));
          setPending((p) => withoutItems(p, idsOf(edit)));
          setConnectionLost(false);
          setNotice({ intent: 'success', text: edit.done, canUndo: !!edit.inverse, canRetry: false, undoEdit: edit });
          announce(edit.done);
        });
      },
      onError: (error, edit) => {
        setPending((p) => withoutItems(p, idsOf(edit)));
        if (error.code === 'aborted') return;
        if (error.code === 'network') {
          // Offline: the edit is kept as an unsaved change rather than lost; it is saved when the user is back.
          setDraft((d) => applyRosterChanges(d, edit));
          setConnectionLost(true);
          setNotice(undefined);
          return;
        }
        markFailed(error, steps.failedStep(edit)?.ids ?? idsOf(edit));
        const text = format(s.rolledBack, { message: strings.errors[error.code] });
        setNotice({ intent: 'error', text, canUndo: false, canRetry: true, retryEdit: edit });
        announce(text);
      },
    },
  );

  const staged = useMutation(
    async (signal, plan: RosterSavePlan, saved: readonly RoomParticipant[]) => {
      if (!adapter || roomId === undefined) return saved;
      await saveRosterPlan(adapter, roomId, plan, {
        signal,
        onStep: steps.track(plan, (step) => {
          // The upsert landed even if the removal fails: the saved roster must say so.
          if (step.kind === 'upsert') setBaseline((b) => applyRosterChanges(b, { upserts: plan.upserts }));
        }),
      });
      return applyRosterChanges(saved, plan);
    },
    {
      onSuccess: (result, plan, _saved) => {
        setBaseline((b) => applyRosterChanges(b, plan));
        setFailures((f) => withoutKeys(f, idsOf(plan)));
        setConnectionLost(false);
        setNotice({ intent: 'success', text: s.saved, canUndo: false, canRetry: false });
        announce(s.saved);
        onSaved?.(result.map((p) => ({ id: p.id, role: p.role })));
      },
      onError: (error, plan, _saved) => {
        if (error.code === 'aborted') return;
        if (error.code === 'network') setConnectionLost(true);
        markFailed(error, steps.failedStep(plan)?.ids ?? idsOf(plan));
        const text = format(s.saveFailed, { message: strings.errors[error.code] });
        setNotice(error.code === 'network' ? undefined : { intent: 'error', text, canUndo: false, canRetry: true });
        announce(text);
      },
    },
  );
  const saving = staged.status === 'pending';

  const { placesRef } = options;
  const commit = useCallback(
    (changes: RosterChangeSet, done: string) => {
      const ids = idsOf(changes);
      if (ids.length === 0) return;
      announce(done);
      if (saveMode === 'staged' || offline) {
        setDraft((d) => applyRosterChanges(d, changes));
        setFailures((f) => withoutKeys(f, ids));
        return;
      }
      const before = draft;
      const places = placesRef.current;
      const inverse = inverseOf(valuesIn(before, new Set(ids), places), changes);
      void immediate.run({
        ...changes,
        before,
        after: applyRosterChanges(before, changes, places),
        done,
        inverse: inverse.upserts.length + inverse.removals.length > 0 ? inverse : undefined,
      });
    },
    [saveMode, offline, draft, immediate, placesRef],
  );

  const saveNow = useCallback(
    async (diff: RosterDiff, retrying = false): Promise<boolean> => {
      // A retry is the user saying the connection may be back, so only the browser's own offline status stops it.
      if (!bound || saving || !online || (connectionLost && !retrying)) return false;
      const plan = planRosterSave(diff);
      if (plan.upserts.length === 0 && plan.removals.length === 0) return true;
      setReviewOpen(false);
      return (await staged.run(plan, baseline)) !== undefined;
    },
    [bound, saving, online, connectionLost, staged, baseline],
  );

  const discard = useCallback(() => {
    if (!bound) return;
    setDraft(() => baseline);
    setFailures(EMPTY_FAILURES);
    setReviewOpen(false);
    setNotice(undefined);
  }, [bound, baseline]);

  const undo = useCallback(() => {
    const edit = notice?.undoEdit;
    if (!edit?.inverse) return;
    setNotice(undefined);
    commit(edit.inverse, s.undone);
  }, [notice, commit, s.undone]);

  const retry = useCallback(
    (diff: RosterDiff, dirty: boolean) => {
      if (connectionLost) {
        setConnectionLost(false);
        if (dirty) void saveNow(diff, true);
        return;
      }
      const edit = notice?.retryEdit;
      setNotice(undefined);
      if (edit) commit({ upserts: edit.upserts, removals: edit.removals }, edit.done);
      else void saveNow(diff);
    },
    [connectionLost, notice, commit, saveNow],
  );

  const partial = load.status === 'loading' && load.data !== undefined;
  const loadState = useMemo(
    () => ({
      status: load.status,
      error: load.error,
      retry: load.retry,
      refresh: load.refresh,
      loadedCount,
      partial,
    }),
    [load.status, load.error, load.retry, load.refresh, loadedCount, partial],
  );

  return {
    load: loadState,
    baseline,
    draft,
    setBaseline,
    setDraft,
    pending,
    failures,
    online,
    connectionLost,
    saving,
    notice,
    setNotice,
    announcement,
    announce,
    reviewOpen,
    setReviewOpen,
    commit,
    saveNow,
    discard,
    undo,
    retry,
  };
}
