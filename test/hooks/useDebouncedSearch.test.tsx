// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomsError } from '../../src/core/errors';
import { useDebouncedSearch } from '../../src/hooks';

interface Call {
  query: string;
  signal: AbortSignal;
  resolve: (value: string[]) => void;
  reject: (error: unknown) => void;
}

/** A search that answers only when the test says so, and ignores its signal like a careless backend. */
function controllableSearch() {
  const calls: Call[] = [];
  const search = vi.fn(
    (query: string, signal: AbortSignal) =>
      new Promise<string[]>((resolve, reject) => calls.push({ query, signal, resolve, reject })),
  );
  return { calls, search };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useDebouncedSearch', () => {
  it('is idle for an empty query and searches nothing', () => {
    vi.useFakeTimers();
    const { search } = controllableSearch();
    const { result } = renderHook(() => useDebouncedSearch('', search, { debounceMs: 1 }));
    // Far past the debounce: nothing was waiting to start.
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current.status).toBe('idle');
    expect(search).not.toHaveBeenCalled();
  });

  it('loads, then answers the current query', async () => {
    const { calls, search } = controllableSearch();
    const { result } = renderHook(() => useDebouncedSearch('ada', search, { debounceMs: 1 }));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]?.resolve(['Ada']));
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current).toMatchObject({ result: ['Ada'], resultQuery: 'ada', fresh: true, error: undefined });
  });

  it('cancels the older query and ignores its late answer, keeping the last result while loading', async () => {
    const { calls, search } = controllableSearch();
    const { result, rerender } = renderHook(({ query }) => useDebouncedSearch(query, search, { debounceMs: 1 }), {
      initialProps: { query: 'a' },
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]?.resolve(['A1']));
    await waitFor(() => expect(result.current.fresh).toBe(true));
    rerender({ query: 'ab' });
    expect(result.current).toMatchObject({ status: 'loading', result: ['A1'], resultQuery: 'a', fresh: false });
    await waitFor(() => expect(calls).toHaveLength(2));
    rerender({ query: 'abc' });
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[1]?.signal.aborted).toBe(true);
    act(() => calls[2]?.resolve(['ABC']));
    act(() => calls[1]?.resolve(['AB (late)']));
    await waitFor(() => expect(result.current.status).toBe('done'));
    // Let the late answer settle too (act returns once no promise or update is left), then look.
    await act(async () => {});
    expect(result.current).toMatchObject({ result: ['ABC'], resultQuery: 'abc', fresh: true });
  });

  it('reports a failure as a RoomsError and retries on demand', async () => {
    const { calls, search } = controllableSearch();
    const { result } = renderHook(() => useDebouncedSearch('ada', search, { debounceMs: 1 }));
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]?.reject(new RoomsError('unavailable', 'busy')));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error?.code).toBe('unavailable');
    act(() => result.current.retry());
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(calls).toHaveLength(2));
    act(() => calls[1]?.resolve(['Ada']));
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.error).toBeUndefined();
  });

  it('wraps anything else thrown in a RoomsError', async () => {
    const { calls, search } = controllableSearch();
    const { result } = renderHook(() => useDebouncedSearch('ada', search, { debounceMs: 1 }));
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]?.reject(new TypeError('Failed to fetch')));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error).toBeInstanceOf(RoomsError);
    expect(result.current.error?.code).toBe('network');
  });

  it('cancels the pending search on unmount', async () => {
    const { calls, search } = controllableSearch();
    const { unmount } = renderHook(() => useDebouncedSearch('ada', search, { debounceMs: 1 }));
    await waitFor(() => expect(calls).toHaveLength(1));
    unmount();
    expect(calls[0]?.signal.aborted).toBe(true);
  });
});
