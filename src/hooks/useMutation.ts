import { useCallback, useEffect, useRef, useState } from 'react';
import { toRoomsError, type RoomsError } from '../core/errors';

/** Where a mutation stands: idle → pending → done | failed. */
export type MutationStatus = 'idle' | 'pending' | 'done' | 'failed';

/** The state of a {@link useMutation}. */
export interface MutationState<TResult> {
  /** Where the mutation stands. */
  status: MutationStatus;
  /** The last success's result. */
  result: TResult | undefined;
  /** The last failure, always a `RoomsError`. */
  error: RoomsError | undefined;
}

/** Options of {@link useMutation}. */
export interface UseMutationOptions<TArgs extends unknown[], TResult> {
  /**
   * Applies the change to the UI before the backend answers and returns how to undo it. Called synchronously by
   * `run`; the undo runs when the request fails (including when it is cancelled), so the UI is left exactly as the
   * user had it.
   */
  optimistic?: (...args: TArgs) => (() => void) | void;
  /** Called after the backend accepted the change. */
  onSuccess?: (result: TResult, ...args: TArgs) => void;
  /** Called after a failure, once the optimistic change has been undone. */
  onError?: (error: RoomsError, ...args: TArgs) => void;
}

/** What {@link useMutation} returns. */
export interface MutationHandle<TArgs extends unknown[], TResult> extends MutationState<TResult> {
  /**
   * Starts the mutation. Resolves with the result, or `undefined` when it failed (the failure is in `error` and was
   * given to `onError`); never rejects, so event handlers need no try/catch.
   */
  run: (...args: TArgs) => Promise<TResult | undefined>;
  /** Cancels a pending run (its optimistic change is undone). */
  cancel: () => void;
  /** Back to idle, forgetting the last result and error. */
  reset: () => void;
}

/**
 * The kit's one mutation state machine: idle → pending (optimistic where cheap) → done | failed (rolled back,
 * error kept for the UI). Each run gets an `AbortSignal`; unmounting cancels what is pending.
 *
 * @example
 * ```ts
 * const remove = useMutation((signal, id: string) => adapter.removeParticipants(roomId, [id], { signal }), {
 *   optimistic: (id) => { const before = rows; setRows(rows.filter((r) => r.id !== id)); return () => setRows(before); },
 * });
 * <Button disabled={remove.status === 'pending'} onClick={() => remove.run(id)} />
 * ```
 */
export function useMutation<TArgs extends unknown[], TResult>(
  mutate: (signal: AbortSignal, ...args: TArgs) => Promise<TResult>,
  options: UseMutationOptions<NoInfer<TArgs>, NoInfer<TResult>> = {},
): MutationHandle<TArgs, TResult> {
  const [state, setState] = useState<MutationState<TResult>>({
    status: 'idle',
    result: undefined,
    error: undefined,
  });
  const latest = useRef({ mutate, options });
  useEffect(() => {
    latest.current = { mutate, options };
  });
  const controllers = useRef(new Set<AbortController>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    const pending = controllers.current;
    return () => {
      mounted.current = false;
      pending.forEach((c) => c.abort());
    };
  }, []);

  const run = useCallback(async (...args: TArgs): Promise<TResult | undefined> => {
    const { mutate: fn, options: opts } = latest.current;
    const controller = new AbortController();
    controllers.current.add(controller);
    const undo = opts.optimistic?.(...args);
    setState((s) => ({ ...s, status: 'pending', error: undefined }));
    try {
      const result = await fn(controller.signal, ...args);
      if (controller.signal.aborted) throw new DOMException('Cancelled', 'AbortError');
      if (mounted.current) setState({ status: 'done', result, error: undefined });
      opts.onSuccess?.(result, ...args);
      return result;
    } catch (thrown) {
      const error = toRoomsError(thrown);
      if (undo) undo();
      if (mounted.current) setState((s) => ({ ...s, status: 'failed', error }));
      opts.onError?.(error, ...args);
      return undefined;
    } finally {
      controllers.current.delete(controller);
    }
  }, []);

  const cancel = useCallback(() => {
    controllers.current.forEach((c) => c.abort());
  }, []);
  const reset = useCallback(() => setState({ status: 'idle', result: undefined, error: undefined }), []);

  return { ...state, run, cancel, reset };
}
