import { useCallback, useEffect, useState } from 'react';
import { toRoomsError, type RoomsError } from '../core/errors';

/** Where a {@link useDebouncedSearch} stands for the current query. */
export type DebouncedSearchStatus = 'idle' | 'loading' | 'done' | 'failed';

/** Options of {@link useDebouncedSearch}. */
export interface UseDebouncedSearchOptions {
  /** How long the query must stay unchanged before the search starts, in milliseconds. @default 250 */
  debounceMs?: number;
}

/** What {@link useDebouncedSearch} returns. */
export interface DebouncedSearchState<TResult> {
  /**
   * `idle` for an empty query, `loading` from the moment the query changes until its answer arrives (the debounce
   * included), then `done` or `failed`.
   */
  status: DebouncedSearchStatus;
  /**
   * The last answer that arrived, kept while the next one loads so lists do not flicker. Check `resultQuery` before
   * acting on it: it may answer an older query.
   */
  result: TResult | undefined;
  /** The query `result` answers. */
  resultQuery: string | undefined;
  /** Whether `result` answers the current query. */
  fresh: boolean;
  /** Why the search for the current query failed (always a `RoomsError`); `undefined` unless `status` is `failed`. */
  error: RoomsError | undefined;
  /** Runs the current query again at once (after a failure, say). */
  retry: () => void;
}

interface Answer<TResult> {
  query: string;
  attempt: number;
  result: TResult | undefined;
  error: RoomsError | undefined;
}

/**
 * Runs a search as the user types: waits `debounceMs` after the last change, cancels the request of a query that has
 * changed (through its `AbortSignal`), and never lets an older answer replace a newer one, even from a backend that
 * ignores the signal. An empty query searches nothing.
 *
 * `search` should keep its identity between renders (wrap it in `useCallback`): a new function runs the query again.
 *
 * @example
 * ```ts
 * const search = useCallback((q: string, signal: AbortSignal) => adapter.searchPeople(q, { signal, limit: 8 }), [adapter]);
 * const { status, result, fresh, error, retry } = useDebouncedSearch(text.trim(), search, { debounceMs: 250 });
 * ```
 */
export function useDebouncedSearch<TResult>(
  query: string,
  search: (query: string, signal: AbortSignal) => Promise<TResult>,
  options: UseDebouncedSearchOptions = {},
): DebouncedSearchState<TResult> {
  const { debounceMs = 250 } = options;
  const [answer, setAnswer] = useState<Answer<TResult> | undefined>(undefined);
  // The last answer with a result, so a failure or a new query does not blank the list.
  const [lastResult, setLastResult] = useState<{ query: string; result: TResult } | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (query === '') return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(query, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          setAnswer({ query, attempt, result, error: undefined });
          setLastResult({ query, result });
        },
        (thrown: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer({ query, attempt, result: undefined, error: toRoomsError(thrown) });
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, search, debounceMs, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const current = answer && answer.query === query && answer.attempt === attempt ? answer : undefined;
  let status: DebouncedSearchStatus;
  if (query === '') status = 'idle';
  else if (!current) status = 'loading';
  else status = current.error ? 'failed' : 'done';

  return {
    status,
    result: lastResult?.result,
    resultQuery: lastResult?.query,
    fresh: query !== '' && lastResult?.query === query && status === 'done',
    error: status === 'failed' ? current?.error : undefined,
    retry,
  };
}
