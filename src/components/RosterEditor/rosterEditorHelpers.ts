/**
 * Small state helpers of the RosterEditor: stable handler identities, the roster's ids kept while only roles change,
 * and copy-on-write removal from sets and maps.
 */
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RoomParticipant } from '../../adapter/types';
import { rosterPlaces, type RosterDiff, type RosterPlaces } from '../../core/roster';
import type { RosterEditorHandle, RosterEditorProps } from './RosterEditor.types';

const EMPTY_SET: ReadonlySet<string> = new Set();

/** Who is on the roster: ids in order, as a set, and where each sits (`undefined` when an id is repeated). */
export interface RosterMembership {
  readonly ids: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly places: RosterPlaces | undefined;
}

/** Whether two rosters list the same ids in the same order (what a role change leaves). */
export function sameIds(a: readonly RoomParticipant[], b: readonly RoomParticipant[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as RoomParticipant;
    const y = b[i] as RoomParticipant;
    // A row left as it was is the same object: no ids to compare.
    if (x !== y && x.id !== y.id) return false;
  }
  return true;
}

/**
 * The roster's ids as an array, a set and their places ({@link RosterPlaces}), kept as the same objects while only
 * roles change, so a role change does not rebuild 10,000-entry sets here and in the PeoplePicker's exclusions, and
 * finds its rows without walking the roster.
 */
export function useMembership(draft: readonly RoomParticipant[]): RosterMembership {
  const [last] = useState(() => ({
    draft: undefined as readonly RoomParticipant[] | undefined,
    value: { ids: [], set: new Set<string>(), places: new Map() } as RosterMembership,
  }));
  // `last` is a private cache box that only this memo reads and writes; the compiler's immutability rule guards
  // values other code reads during render, which this one is not.
  return useMemo(() => {
    if (last.draft === undefined || !sameIds(last.draft, draft)) {
      const ids = draft.map((p) => p.id);
      // eslint-disable-next-line react-hooks/immutability
      last.value = { ids, set: new Set(ids), places: rosterPlaces(ids) };
    }
    // eslint-disable-next-line react-hooks/immutability
    last.draft = draft;
    return last.value;
  }, [draft, last]);
}

/**
 * Functions whose identity never changes but that always run the latest render's code, so memoised parts of the
 * editor (rows, toolbar) are not rendered again because a handler was re-created.
 */
export function useStableActions<T extends object>(latest: T): T {
  const current = useRef(latest);
  useLayoutEffect(() => {
    current.current = latest;
  });
  const [stable] = useState(() => {
    const wrap =
      (read: () => unknown) =>
      (...args: unknown[]) =>
        (read() as (...a: unknown[]) => unknown)(...args);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(latest)) {
      if (typeof value === 'function') out[key] = wrap(() => (current.current as Record<string, unknown>)[key]);
      else {
        // One level of nesting (the bulk panel's handlers).
        const inner: Record<string, unknown> = {};
        for (const innerKey of Object.keys(value as object)) {
          inner[innerKey] = wrap(
            () => ((current.current as Record<string, unknown>)[key] as Record<string, unknown>)[innerKey],
          );
        }
        out[key] = inner;
      }
    }
    return out as T;
  });
  return stable;
}

/** The map without `keys`; the same map when it holds none of them. */
export function withoutKeys<V>(map: ReadonlyMap<string, V>, keys: readonly string[]): ReadonlyMap<string, V> {
  if (map.size === 0 || !keys.some((k) => map.has(k))) return map;
  const next = new Map(map);
  for (const key of keys) next.delete(key);
  return next;
}

/** The set without `items`; the same set when it is empty. */
export function withoutItems(set: ReadonlySet<string>, items: readonly string[]): ReadonlySet<string> {
  if (set.size === 0) return set;
  const next = new Set(set);
  for (const item of items) next.delete(item);
  return next.size === 0 ? EMPTY_SET : next;
}

/** What {@link useRosterReports} reports, and to whom. */
export interface RosterReportsOptions extends Pick<
  RosterEditorProps,
  'onDirtyChange' | 'onDraftChange' | 'imperativeRef'
> {
  bound: boolean;
  draft: readonly RoomParticipant[];
  diff: RosterDiff;
  dirty: boolean;
  saveNow: () => Promise<boolean>;
  discard: () => void;
  reload: () => void;
}

/**
 * Tells the parent what it asked to hear: `onDirtyChange` when the editor starts or stops holding unsaved changes,
 * `onDraftChange` when a bound editor's draft changes, and the {@link RosterEditorHandle} through `imperativeRef`.
 */
export function useRosterReports(options: RosterReportsOptions): void {
  const { bound, draft, diff, dirty, onDirtyChange, onDraftChange, imperativeRef, saveNow, discard, reload } = options;
  const lastDirty = useRef(false);
  useEffect(() => {
    if (lastDirty.current === dirty) return;
    lastDirty.current = dirty;
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  const lastDraft = useRef(draft);
  useEffect(() => {
    if (!bound || lastDraft.current === draft) return;
    lastDraft.current = draft;
    onDraftChange?.(
      draft.map((p) => ({ id: p.id, role: p.role })),
      diff,
    );
  }, [bound, draft, diff, onDraftChange]);
  useImperativeHandle(
    imperativeRef,
    (): RosterEditorHandle => ({
      getDraft: () => draft.map((p) => ({ id: p.id, role: p.role })),
      getDiff: () => diff,
      isDirty: () => dirty,
      save: saveNow,
      discard,
      reload,
    }),
    [draft, diff, dirty, saveNow, discard, reload],
  );
}
