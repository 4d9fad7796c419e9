import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RoomsError } from '../../src/core/errors';
import { useMutation } from '../../src/hooks/useMutation';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useMutation', () => {
  it('goes idle → pending → done and keeps the optimistic change', async () => {
    const d = deferred<string>();
    const undo = vi.fn();
    const { result } = renderHook(() => useMutation(() => d.promise, { optimistic: () => undo }));
    expect(result.current.status).toBe('idle');
    let running!: Promise<string | undefined>;
    act(() => {
      running = result.current.run();
    });
    expect(result.current.status).toBe('pending');
    await act(async () => {
      d.resolve('ok');
      await running;
    });
    expect(result.current.status).toBe('done');
    expect(result.current.result).toBe('ok');
    expect(undo).not.toHaveBeenCalled();
  });

  it('rolls the optimistic change back on failure and keeps the RoomsError', async () => {
    const undo = vi.fn();
    const onError = vi.fn();
    const { result } = renderHook(() =>
      useMutation(
        async (_s, id: string) => {
          throw new RoomsError('unavailable', `no ${id}`);
        },
        { optimistic: () => undo, onError },
      ),
    );
    await act(async () => {
      expect(await result.current.run('a')).toBeUndefined();
    });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('failed');
    expect(result.current.error?.code).toBe('unavailable');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unavailable' }), 'a');
  });

  it('wraps non-kit errors and rolls back a cancelled run', async () => {
    const undo = vi.fn();
    const { result } = renderHook(() =>
      useMutation(
        (signal) =>
          new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(new TypeError('x')))),
        { optimistic: () => undo },
      ),
    );
    let running!: Promise<void | undefined>;
    act(() => {
      running = result.current.run();
    });
    await act(async () => {
      result.current.cancel();
      await running;
    });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(result.current.error?.code).toBe('network');
  });
});
