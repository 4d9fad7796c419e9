import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RoomsError } from '../../src/core/errors';
import { useLoad, type LoadContext } from '../../src/hooks/useLoad';

/** A load whose answers the test gives by hand, one per call. */
function controlledLoad<T>() {
  const calls: { key: string; context: LoadContext<T>; resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const load = (key: string) => (context: LoadContext<T>) =>
    new Promise<T>((resolve, reject) => calls.push({ key, context, resolve, reject }));
  return { calls, load };
}

describe('useLoad', () => {
  it('is idle without a key, then loading, then ready with the answer', async () => {
    const { calls, load } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ id }) => useLoad({ key: id, load: load(id ?? '') }), {
      initialProps: { id: undefined as string | undefined },
    });
    expect(result.current.status).toBe('idle');
    expect(calls).toHaveLength(0);
    rerender({ id: 'room-1' });
    expect(result.current.status).toBe('loading');
    act(() => calls[0]?.resolve('Room 1'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.data).toBe('Room 1');
  });

  it('a new key aborts the old read, forgets its answer and ignores it when it comes late', async () => {
    const { calls, load } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ id }) => useLoad({ key: id, load: load(id) }), {
      initialProps: { id: 'a' },
    });
    act(() => calls[0]?.resolve('A'));
    await waitFor(() => expect(result.current.data).toBe('A'));
    rerender({ id: 'b' });
    expect(result.current.data).toBeUndefined();
    expect(result.current.status).toBe('loading');
    rerender({ id: 'c' });
    expect(calls[1]?.context.signal.aborted).toBe(true);
    act(() => calls[1]?.resolve('B, too late'));
    act(() => calls[2]?.resolve('C'));
    await waitFor(() => expect(result.current.data).toBe('C'));
  });

  it('shows partial pages while loading, and keeps the answer on screen while refreshing', async () => {
    const { calls, load } = controlledLoad<number[]>();
    const { result } = renderHook(() => useLoad({ key: 'roster', load: load('roster') }));
    act(() => calls[0]?.context.partial([1]));
    expect(result.current).toMatchObject({ status: 'loading', data: [1] });
    act(() => calls[0]?.resolve([1, 2]));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    act(() => result.current.refresh());
    expect(result.current).toMatchObject({ status: 'refreshing', data: [1, 2] });
    act(() => calls[1]?.resolve([1, 2, 3]));
    await waitFor(() => expect(result.current.data).toEqual([1, 2, 3]));
  });

  it('tells each read what was on screen when it began: nothing at first or for a new key, the answer on a refresh', async () => {
    const { calls, load } = controlledLoad<string>();
    const { result, rerender } = renderHook(({ id }) => useLoad({ key: id, load: load(id) }), {
      initialProps: { id: 'a' },
    });
    expect(calls[0]?.context.shown).toBeUndefined();
    act(() => calls[0]?.resolve('A'));
    await waitFor(() => expect(result.current.data).toBe('A'));
    act(() => result.current.refresh());
    expect(calls[1]?.context.shown).toBe('A');
    act(() => calls[1]?.resolve('A again'));
    await waitFor(() => expect(result.current.data).toBe('A again'));
    rerender({ id: 'b' });
    expect(calls[2]?.context.shown).toBeUndefined();
  });

  it('fails with a RoomsError, retries on demand and when the browser is back online', async () => {
    const { calls, load } = controlledLoad<string>();
    const { result } = renderHook(() => useLoad({ key: 'x', load: load('x') }));
    act(() => calls[0]?.reject(new RoomsError('unavailable', 'busy')));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error?.code).toBe('unavailable');
    act(() => result.current.retry());
    expect(result.current.status).toBe('loading');
    act(() => calls[1]?.reject(new RoomsError('network', 'offline')));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(calls).toHaveLength(2);
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    onLine.mockRestore();
    await waitFor(() => expect(calls).toHaveLength(3));
    act(() => calls[2]?.resolve('back'));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', data: 'back' }));
  });

  it('cancel stops the read; setData changes what is held without reading', async () => {
    const { calls, load } = controlledLoad<string>();
    const { result } = renderHook(() => useLoad({ key: 'x', load: load('x') }));
    act(() => result.current.cancel());
    expect(calls[0]?.context.signal.aborted).toBe(true);
    expect(result.current.status).toBe('idle');
    act(() => result.current.setData((d) => `${d ?? ''}edited`));
    expect(result.current.data).toBe('edited');
    expect(calls).toHaveLength(1);
  });

  it('aborts on unmount', () => {
    const { calls, load } = controlledLoad<string>();
    const { unmount } = renderHook(() => useLoad({ key: 'x', load: load('x') }));
    unmount();
    expect(calls[0]?.context.signal.aborted).toBe(true);
  });
});
