import { useCallback, useEffect, useRef, useState } from 'react';
import { toRoomsError, type RoomsError } from '../core/errors';
import { useOnlineStatus } from './useOnlineStatus';

/**
 * Where a read stands, in the same words in every component of the kit:
 * - `idle`: nothing to read (no room id yet, say);
 * - `loading`: the first read for this key, nothing to show yet (or only the pages that arrived so far);
 * - `refreshing`: reading again while the last answer stays on screen;
 * - `ready`: the answer is shown;
 * - `failed`: the read failed; `error` says why and `retry()` tries again.
 *
 * Writes use {@link MutationStatus}: `idle`, `pending`, `done`, `failed`.
 */
export type LoadStatus = 'idle' | 'loading' | 'refreshing' | 'ready' | 'failed';

/** What a load function is given besides its `AbortSignal`. */
export interface LoadContext<TData> {
  /** Cancelled when the key changes, on `cancel()`, on a newer `refresh()` and on unmount. */
  signal: AbortSignal;
  /** Shows what has arrived so far (the first page of a long roster) while the rest loads; status stays `loading`. */
  partial: (data: TData) => void;
  /**
   * The answer on screen when this read began: `undefined` for a first read (or after a new key), the last answer
   * for a refresh or a retry that keeps it. A reader that shows pages as they come does so only without one.
   */
  shown: TData | undefined;
}

/** Options of {@link useLoad}. */
export interface UseLoadOptions<TData> {
  /** What is read; a new key starts a new read and forgets the old answer. `undefined` reads nothing (`idle`). */
  key: string | undefined;
  /** Reads the data. Each call gets its own signal; a superseded read's answer is ignored. */
  load: (context: LoadContext<TData>) => Promise<TData>;
  /** Reads again by itself when the browser comes back online after a failed read. @default true */
  retryOnReconnect?: boolean;
}

/** What {@link useLoad} returns. */
export interface LoadHandle<TData> {
  /** Where the read stands. */
  status: LoadStatus;
  /** The last answer for the current key (or the pages shown so far), kept while refreshing. */
  data: TData | undefined;
  /** Why the last read failed (a `RoomsError`); `undefined` unless `status` is `failed`. */
  error: RoomsError | undefined;
  /** Reads again, keeping the answer on screen (`refreshing`). */
  refresh: () => void;
  /** After a failure: reads again from scratch (`loading`). */
  retry: () => void;
  /** Stops the read under way; the status goes back to what it was shown as before it started. */
  cancel: () => void;
  /**
   * Changes the data held, for live updates and saved edits, without reading. A function gets the current data.
   */
  setData: (update: TData | ((current: TData | undefined) => TData | undefined)) => void;
}

interface Held<TData> {
  key: string | undefined;
  status: LoadStatus;
  data: TData | undefined;
  error: RoomsError | undefined;
}

type Update<TData> = TData | ((current: TData | undefined) => TData | undefined);

function isUpdater<TData>(update: Update<TData>): update is (current: TData | undefined) => TData | undefined {
  return typeof update === 'function';
}

/**
 * The kit's one way to read from the backend: a key, a load function and the same status words, cancellation, retry
 * and refresh in every component. A new key aborts the read under way; a failed read retries when the browser comes
 * back online; unmounting aborts.
 *
 * The kit keeps this small hook rather than a server-state library such as TanStack Query: a component kit embedded
 * in a host app must not bring a second query client and cache beside the host's own (or another version of it),
 * and the kit's data is kept fresh by room events rather than by cache expiry. What it needs from such a library
 * (keyed reads, abort, retry, refresh) is this hook.
 *
 * @example
 * ```ts
 * const room = useLoad({ key: roomId, load: ({ signal }) => adapter.getRoom(roomId, { signal }) });
 * if (room.status === 'failed') return <RetryMessageBar onRetry={room.retry} />;
 * ```
 */
export function useLoad<TData>(options: UseLoadOptions<TData>): LoadHandle<TData> {
  const { key, retryOnReconnect = true } = options;
  const loadRef = useRef(options.load);
  useEffect(() => {
    loadRef.current = options.load;
  });
  const [held, setHeld] = useState<Held<TData>>(() => ({
    key,
    status: key === undefined ? 'idle' : 'loading',
    data: undefined,
    error: undefined,
  }));
  // A read is asked for again by bumping `request`.
  const [request, setRequest] = useState(0);
  const controller = useRef<AbortController | undefined>(undefined);
  // The data of the last committed render, for the read that starts after it.
  const shownRef = useRef<TData | undefined>(undefined);

  // A new key forgets the old answer at once, during render, so no frame shows another room's data.
  let current = held;
  if (held.key !== key) {
    current = { key, status: key === undefined ? 'idle' : 'loading', data: undefined, error: undefined };
    setHeld(current);
  }

  useEffect(() => {
    shownRef.current = current.data;
  });

  useEffect(() => {
    if (key === undefined) return;
    const ours = new AbortController();
    controller.current?.abort();
    controller.current = ours;
    const { signal } = ours;
    loadRef
      .current({
        signal,
        partial: (data) => {
          if (!signal.aborted) setHeld((h) => (h.key === key ? { ...h, data } : h));
        },
        shown: shownRef.current,
      })
      .then(
        (data) => {
          if (!signal.aborted) setHeld({ key, status: 'ready', data, error: undefined });
        },
        (thrown: unknown) => {
          if (signal.aborted) return;
          const error = toRoomsError(thrown);
          setHeld((h) => (h.key === key ? { ...h, status: 'failed', error } : h));
        },
      );
    return () => ours.abort();
  }, [key, request]);

  // The status moves when the read is asked for, so the first frame after a click already says so.
  const again = useCallback((mode: 'loading' | 'refreshing') => {
    setHeld((h) => (h.key === undefined ? h : { ...h, status: mode, error: undefined }));
    setRequest((r) => r + 1);
  }, []);
  const refresh = useCallback(() => again('refreshing'), [again]);
  const retry = useCallback(() => again('loading'), [again]);
  const cancel = useCallback(() => {
    controller.current?.abort();
    setHeld((h) =>
      h.status === 'loading' || h.status === 'refreshing'
        ? { ...h, status: h.data === undefined ? 'idle' : 'ready' }
        : h,
    );
  }, []);
  const setData = useCallback((update: Update<TData>) => {
    setHeld((h) => ({ ...h, data: isUpdater(update) ? update(h.data) : update }));
  }, []);

  const online = useOnlineStatus();
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current && retryOnReconnect && current.status === 'failed') retry();
    wasOnline.current = online;
  }, [online, retryOnReconnect, current.status, retry]);

  return { status: current.status, data: current.data, error: current.error, refresh, retry, cancel, setData };
}
