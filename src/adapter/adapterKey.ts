import type { RoomsAdapter } from './types';

const keys = new WeakMap<RoomsAdapter, number>();
let last = 0;

/**
 * A number per backend object, for the keys of `useLoad` reads: a read keyed by it starts again (and forgets the
 * old answer) when the host passes another adapter. The adapter itself is not kept alive by it.
 *
 * @example
 * ```ts
 * useLoad({ key: `${adapterKey(adapter)}#${roomId}`, load: ({ signal }) => adapter.getRoom(roomId, { signal }) });
 * ```
 */
export function adapterKey(adapter: RoomsAdapter): number {
  let key = keys.get(adapter);
  if (key === undefined) keys.set(adapter, (key = ++last));
  return key;
}
