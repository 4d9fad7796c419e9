/**
 * Bench page for RosterEditor: a room of `n` participants on the in-memory backend. `run.mjs` drives it with
 * trusted input in headless Chromium and reads the timings from `window.rosterBench`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createInMemoryRoomsAdapter, DEFAULT_PEOPLE, makePeople } from '../../src/adapter/inMemory';
import type { RoomParticipant } from '../../src/adapter/types';
import { RosterEditor } from '../../src/components/RosterEditor';
import { parseBulkRoster, parseBulkRosterAsync } from '../../src/core/roster';
import { ROOM_ROLES } from '../../src/core/roles';
import { RoomsKitProvider } from '../../src/provider';
import { armInteraction, countNodes, timeProgressiveRender, timeRender, type Timing } from './measure';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10_000);
const ROOM_ID = '99117812428622880';
const now = new Date('2025-06-02T09:00:00Z');
const crowd = makePeople(n);
const roster: RoomParticipant[] = crowd.map((person, index) => ({
  id: person.id,
  // A realistic mix: a few presenters, most attendees, a block of consumers.
  role: index % 500 === 0 ? 'Presenter' : index % 7 === 0 ? 'Consumer' : 'Attendee',
}));
const adapter = createInMemoryRoomsAdapter({
  now: () => now,
  seed: 7,
  people: [...DEFAULT_PEOPLE, ...crowd],
  rooms: [{ room: { id: ROOM_ID }, participants: roster }],
});
const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);
const grid = () => container.querySelector('[role="grid"]');
let setControlled: ((next: RoomParticipant[]) => void) | undefined;

function Controlled() {
  const [participants, setParticipants] = useState<RoomParticipant[]>(roster);
  useEffect(() => {
    setControlled = setParticipants;
  }, []);
  return <RosterEditor participants={participants} onChange={setParticipants} />;
}

function Shell({ children }: { children: JSX.Element }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider adapter={adapter} now={() => now} locale="en-US" timeZone="UTC">
        {children}
      </RoomsKitProvider>
    </FluentProvider>
  );
}

let pending: Promise<Timing> | undefined;

const bench = {
  ready: true,
  n,
  /**
   * Mounts the editor bound to the room: `first` is the first rows on screen, `all` every page loaded (the grid
   * counts every participant, header row included) with the loading message gone.
   */
  mountBound: () =>
    timeProgressiveRender(
      container,
      () =>
        root.render(
          <Shell>
            <RosterEditor roomId={ROOM_ID} />
          </Shell>,
        ),
      () => container.querySelector('[data-row-index="0"]') !== null,
      () => bench.rowCount() === n + 1 && !(container.textContent ?? '').includes('Loading participants'),
    ),
  /** Mounts a controlled editor; names come from the directory after the first paint. */
  mountControlled: () =>
    timeRender(
      container,
      () =>
        root.render(
          <Shell>
            <Controlled />
          </Shell>,
        ),
      () => container.querySelector('[data-row-index="0"]') !== null,
    ),
  /** The parent changes one participant's role (the first shown row). */
  rerenderAfterChange: () => {
    const row = container.querySelector<HTMLElement>('[data-row-index="0"]');
    const id = row?.dataset.id ?? '';
    const current = row?.dataset.role;
    const role = ROOM_ROLES.find((r) => r !== current) ?? 'Presenter';
    return timeRender(
      container,
      () => setControlled?.(roster.map((p) => (p.id === id ? { id, role } : p))),
      () => container.querySelector(`[data-row-index="0"]`)?.getAttribute('data-role') === role,
    );
  },
  rowCount: () => Number(grid()?.getAttribute('aria-rowcount') ?? 0),
  /** The next trusted keydown must change the number of rows shown. */
  armFilter: () => {
    const before = bench.rowCount();
    pending = armInteraction('keydown', container, () => bench.rowCount() !== before);
  },
  /** The next trusted click must give the first row `role`. */
  armRoleChange: (id: string, role: string) => {
    pending = armInteraction(
      'click',
      container,
      () => container.querySelector(`[data-id="${id}"]`)?.getAttribute('data-role') === role,
    );
  },
  result: () => pending,
  gridNodes: () => countNodes(grid()),
  editorNodes: () => countNodes(container.firstElementChild),
  /**
   * Checks a pasted list of `lines` rows (every 20th bad), at once and in slices as the editor does: total times,
   * and the longest task the sliced check held the main thread for (long tasks are those over 50 ms).
   */
  parseBulk: async (lines: number) => {
    const rows: string[] = [];
    for (let i = 0; i < lines; i++) {
      const person = crowd[i % crowd.length];
      rows.push(i % 20 === 7 ? `bad-${i}` : `${person?.id ?? ''},${i % 3 === 0 ? 'consumer' : 'Attendee'}`);
    }
    const text = rows.join('\n');
    const t0 = performance.now();
    const sync = parseBulkRoster(text, { existing: new Set(), maxRows: lines });
    const syncMs = performance.now() - t0;
    let longestTaskMs = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const t1 = performance.now();
    const sliced = await parseBulkRosterAsync(text, { existing: new Set(), maxRows: lines });
    const slicedMs = performance.now() - t1;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    return {
      syncMs,
      slicedMs,
      longestTaskMs,
      added: sliced.counts.added,
      same: sliced.rows.length === sync.rows.length,
    };
  },
};

declare global {
  interface Window {
    rosterBench: typeof bench;
  }
}
window.rosterBench = bench;
