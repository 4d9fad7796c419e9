/** Small immutable updates of per-row state (pending actions, row errors). */

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
