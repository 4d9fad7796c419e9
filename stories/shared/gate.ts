/**
 * Holds a backend's answers until the play lets them through. A story about a slow backend shows, and checks, what a
 * user sees while an answer is outstanding; a simulated latency would make the play wait on the clock for it (and, on
 * a busy machine, could let the answer arrive before the check).
 *
 * @example
 * ```ts
 * const gate = createGate();
 * const adapter = { ...backend, searchPeople: gate.hold(backend.searchPeople) };
 * // … the play sees "Searching…" while gate.waiting is 1, then:
 * gate.release();
 * ```
 */
export interface Gate {
  /** How many calls are waiting at the gate. */
  readonly waiting: number;
  /** Lets the calls waiting now through, oldest first: all of them, or the first `count`. */
  release(count?: number): void;
  /** Lets every waiting and later call straight through. */
  open(): void;
  /** Closes the gate again: later calls wait. */
  close(): void;
  /** Wraps an async function so that each call waits at the gate before it runs. */
  hold<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
}

/** A gate, closed unless `open` is true. */
export function createGate(options: { open?: boolean } = {}): Gate {
  let isOpen = options.open ?? false;
  const queue: Array<() => void> = [];
  const release = (count = queue.length): void => {
    for (const pass of queue.splice(0, count)) pass();
  };
  return {
    get waiting() {
      return queue.length;
    },
    release,
    open() {
      isOpen = true;
      release();
    },
    close() {
      isOpen = false;
    },
    hold(fn) {
      return async (...args) => {
        if (!isOpen) await new Promise<void>((pass) => queue.push(pass));
        return fn(...args);
      };
    },
  };
}
