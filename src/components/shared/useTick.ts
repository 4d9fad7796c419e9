import { useEffect, useState } from 'react';

/**
 * A counter that moves every `everyMs` milliseconds, for components that show how long something has lasted: put it
 * among the reasons to read the clock again. `undefined` stops it (nothing on screen moves).
 *
 * @example
 * ```ts
 * const tick = useTick(hands.length > 0 ? 60_000 : undefined);
 * const now = useMemo(() => kit.now(), [kit.now, tick]);
 * ```
 */
export function useTick(everyMs: number | undefined): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (everyMs === undefined) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return tick;
}
