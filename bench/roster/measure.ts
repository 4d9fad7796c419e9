/**
 * Timing helpers shared by the bench pages. An interaction is timed from its trusted event's `timeStamp` (the moment
 * the browser received the key or click) to (a) the DOM change it causes, with style and layout forced, and (b) the
 * next frame after it.
 */

/** One timed interaction or render, in milliseconds. */
export interface Timing {
  /** Until the DOM showed the change and layout was done. */
  commitMs: number;
  /** Until the next frame after that (what the user sees). */
  paintMs: number;
  /**
   * Long tasks (main-thread tasks over 50 ms, as the browser's Long Tasks API reports them) from the event until
   * {@link TRAILING_MS} after the next frame, so work an interaction defers past its first frame is counted too.
   */
  longTasks: number;
  /** The longest of those tasks, 0 when there was none. */
  longestTaskMs: number;
}

/** How long after the next frame long tasks still count towards an interaction. */
export const TRAILING_MS = 250;

/** Starts counting long tasks; `stop()` waits {@link TRAILING_MS} and returns the count and the longest. */
function watchLongTasks(): { stop: () => Promise<{ longTasks: number; longestTaskMs: number }> } {
  let longTasks = 0;
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks += 1;
      longestTaskMs = Math.max(longestTaskMs, entry.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, TRAILING_MS));
      for (const entry of observer.takeRecords()) {
        longTasks += 1;
        longestTaskMs = Math.max(longestTaskMs, entry.duration);
      }
      observer.disconnect();
      return { longTasks, longestTaskMs };
    },
  };
}

/** Resolves after the next frame has been produced. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A message runs after the frame's paint; rAF alone runs just before it.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

/** Resolves with the time at which `done()` first holds after a DOM change under `root`, layout forced. */
export function whenDom(root: Node, done: () => boolean, timeoutMs = 120_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const finish = (): boolean => {
      if (!done()) return false;
      void document.body.offsetHeight;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
      return true;
    };
    const observer = new MutationObserver(() => void finish());
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('The expected DOM change did not happen.'));
    }, timeoutMs);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    finish();
  });
}

/**
 * Arms a measurement of the next trusted `eventType` event on the document: resolves with the time from that event
 * to the DOM change `done()` waits for, and to the next frame.
 */
export function armInteraction(eventType: string, root: Node, done: () => boolean): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const tasks = watchLongTasks();
    const onEvent = (event: Event) => {
      if (!event.isTrusted) return;
      document.removeEventListener(eventType, onEvent, true);
      const start = event.timeStamp;
      whenDom(root, done)
        .then(async (committed) => {
          const painted = await nextFrame();
          resolve({ commitMs: committed - start, paintMs: painted - start, ...(await tasks.stop()) });
        })
        .catch(reject);
    };
    document.addEventListener(eventType, onEvent, true);
  });
}

/** Times a render started by `start()` until `done()` holds, and until the next frame. */
export async function timeRender(root: Node, start: () => void, done: () => boolean): Promise<Timing> {
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const committed = whenDom(root, done);
  start();
  const at = await committed;
  const painted = await nextFrame();
  return { commitMs: at - t0, paintMs: painted - t0, ...(await tasks.stop()) };
}

/**
 * Times a render started by `start()` at two moments: when `first()` holds (the first rows on screen) and when
 * `all()` holds (everything loaded). Long tasks are counted over the whole of it.
 */
export async function timeProgressiveRender(
  root: Node,
  start: () => void,
  first: () => boolean,
  all: () => boolean,
): Promise<{ first: Timing; all: Timing }> {
  const tasks = watchLongTasks();
  const t0 = performance.now();
  const firstAt = whenDom(root, first);
  const allAt = whenDom(root, all);
  start();
  const a = await firstAt;
  const aPainted = await nextFrame();
  const b = await allAt;
  const bPainted = await nextFrame();
  const counted = await tasks.stop();
  return {
    first: { commitMs: a - t0, paintMs: aPainted - t0, longTasks: 0, longestTaskMs: 0 },
    all: { commitMs: b - t0, paintMs: bPainted - t0, ...counted },
  };
}

/** Elements in a subtree, the root included. */
export function countNodes(root: Element | null): number {
  return root ? root.querySelectorAll('*').length + 1 : 0;
}
