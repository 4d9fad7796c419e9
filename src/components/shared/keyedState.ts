import type { RoomsAdapter } from '../../adapter/types';

/** Small immutable updates of per-row state (pending actions, row errors), and keys for reads. */

/** The map with `key` set to `value`, or without `key` when `value` is `undefined`; the same map when nothing changes. */
export function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V | undefined): ReadonlyMap<K, V> {
  if (value === undefined ? !map.has(key) : map.get(key) === value) return map;
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}

/** The set with `key` in it or not; the same set when nothing changes. */
export function withMember<K>(set: ReadonlySet<K>, key: K, member: boolean): ReadonlySet<K> {
  if (set.has(key) === member) return set;
  const next = new Set(set);
  if (member) next.add(key);
  else next.delete(key);
  return next;
}

const adapterIds = new WeakMap<RoomsAdapter, number>();
let lastAdapterId = 0;

/**
 * A number per backend object, for the keys of `useLoad` reads: a read keyed by it starts again (and forgets the old
 * answer) when the host passes another adapter.
 *
 * @example
 * ```ts
 * useLoad({ key: `${adapterKey(adapter)}:${roomId}`, load: ({ signal }) => adapter.getRoom(roomId, { signal }) });
 * ```
 */
export function adapterKey(adapter: RoomsAdapter): number {
  let id = adapterIds.get(adapter);
  if (id === undefined) adapterIds.set(adapter, (id = ++lastAdapterId));
  return id;
}
