/**
 * The one contract every `RoomEventLog` passes, written against the interface: events numbered in append order
 * (also across two log instances on one storage, as two servers are), a redelivered source stored once, reads after
 * a cursor with retention and epochs, listeners that hear every append once and in order, and each room's call
 * activity updated by the same write as its call events.
 */
import { describe, expect, it } from 'vitest';
import type { RoomCallEvent } from '../../../src/core/types';
import type { RoomEventEntry, RoomEventLog, StoredRoomEvent } from '../../../src/server/events/eventLog';

/** One storage, empty when opened. */
export interface EventLogStorage {
  /** The log the test uses, keeping `maxEvents` (small, so retention is reached). */
  log: RoomEventLog;
  /** Another log instance on the same storage, as a second server (or a restarted process) would open it. */
  another(): Promise<RoomEventLog>;
  /** A log on other, empty storage (another database, or another process's memory). */
  elsewhere(): Promise<RoomEventLog>;
}

/** How a test file provides storage to the contract. */
export interface EventLogHarness {
  /** Opens new, empty storage whose logs keep `maxEvents`; the harness closes everything after the file. */
  open(maxEvents: number): Promise<EventLogStorage>;
}

const USER = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000001';
const OTHER = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000002';
const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 17, minute));

function roster(roomId: string, n: number): RoomEventEntry {
  return {
    event: { type: 'participantsChanged', roomId, upserted: [{ id: `${USER}-${n}`, role: 'Attendee' }], removed: [] },
    audience: { tenantId: 'clinic-a' },
  };
}

function call(event: RoomCallEvent, sourceId?: string): RoomEventEntry {
  return sourceId === undefined ? { event } : { event, sourceId };
}

/** Resolves with the events a listener hears until it has heard `count` of them. */
function hear(log: RoomEventLog, count: number): { ready: Promise<number>; heard: Promise<StoredRoomEvent[]> } {
  const events: StoredRoomEvent[] = [];
  let done!: (events: StoredRoomEvent[]) => void;
  const heard = new Promise<StoredRoomEvent[]>((resolve) => {
    done = resolve;
  });
  const subscription = log.onAppend({
    events(batch) {
      events.push(...batch);
      if (events.length >= count) {
        subscription.close();
        done(events);
      }
    },
  });
  return { ready: subscription.ready, heard };
}

/** Runs the contract against one kind of log. */
export function eventLogContract(name: string, harness: EventLogHarness): void {
  describe(`${name} room event log`, () => {
    it('numbers events from 1 in the order they are appended and reads them back after any cursor', async () => {
      const { log } = await harness.open(100);
      expect(await log.head()).toMatchObject({ seq: 0 });
      const first = await log.append([roster('r1', 1), roster('r2', 2)]);
      const second = await log.append([roster('r1', 3)]);
      expect([...first, ...second].map((event) => event.seq)).toEqual([1, 2, 3]);
      expect(first[0]).toMatchObject({ type: 'participantsChanged', roomId: 'r1', audience: { tenantId: 'clinic-a' } });

      const all = await log.readAfter(0, 10);
      expect(all.continuous).toBe(true);
      expect(all.head).toBe(3);
      expect(all.events.map((event) => [event.seq, event.roomId])).toEqual([
        [1, 'r1'],
        [2, 'r2'],
        [3, 'r1'],
      ]);
      expect((await log.readAfter(1, 1)).events.map((event) => event.seq)).toEqual([2]);
      expect(await log.readAfter(3, 10)).toMatchObject({ events: [], continuous: true, head: 3 });
      const head = await log.head();
      expect(head.seq).toBe(3);
      expect(all.epoch).toBe(head.epoch);
    });

    it('keeps each event as the stream sends it: the RoomEvent as JSON, instants as ISO text', async () => {
      const { log } = await harness.open(100);
      const [joined] = await log.append([
        call({
          type: 'participantJoined',
          roomId: 'r1',
          callId: 'c1',
          at: at(0),
          userId: USER,
          displayName: 'Priya Raman',
          role: 'Attendee',
          participantId: 'p-1',
        }),
      ]);
      expect(JSON.parse(joined?.data ?? '')).toEqual({
        type: 'participantJoined',
        roomId: 'r1',
        callId: 'c1',
        at: '2026-12-02T17:00:00.000Z',
        userId: USER,
        displayName: 'Priya Raman',
        role: 'Attendee',
        participantId: 'p-1',
      });
      const [read] = (await log.readAfter(0, 1)).events;
      expect(read?.data).toBe(joined?.data);
    });

    it('stores an event of a source it already holds once, across appends and within one', async () => {
      const { log } = await harness.open(100);
      const started = call({ type: 'callStarted', roomId: 'r1', callId: 'c1', at: at(0) }, 'grid-1');
      expect(await log.append([started, started])).toHaveLength(1);
      expect(await log.append([started, roster('r1', 1)])).toMatchObject([{ seq: 2, type: 'participantsChanged' }]);
      expect((await log.readAfter(0, 10)).events.map((event) => event.type)).toEqual([
        'callStarted',
        'participantsChanged',
      ]);
    });

    it('keeps the newest events as retention allows; a cursor before them, or ahead of the log, is not continuous', async () => {
      const { log } = await harness.open(10);
      for (let batch = 0; batch < 5; batch++) {
        await log.append(Array.from({ length: 10 }, (_, i) => roster('r1', batch * 10 + i)));
      }
      await log.trim();
      const head = await log.head();
      expect(head.seq).toBe(50);
      const kept = await log.readAfter(40, 100);
      expect(kept.continuous).toBe(true);
      expect(kept.events.map((event) => event.seq)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
      expect(await log.readAfter(39, 100)).toMatchObject({ continuous: false, events: [], head: 50 });
      expect(await log.readAfter(51, 100)).toMatchObject({ continuous: false, events: [] });
    });

    it('has one epoch per storage: another instance on it shares it, a log elsewhere has its own', async () => {
      const storage = await harness.open(100);
      const { epoch } = await storage.log.head();
      expect(epoch).toMatch(/^[0-9a-f]+$/);
      expect((await (await storage.another()).head()).epoch).toBe(epoch);
      expect((await (await storage.elsewhere()).head()).epoch).not.toBe(epoch);
    });

    it('tells a listener of every append, each once and in order, whichever instance appended it', async () => {
      const storage = await harness.open(1000);
      const other = await storage.another();
      const listener = hear(storage.log, 60);
      await listener.ready;
      const appends: Promise<unknown>[] = [];
      for (let i = 0; i < 30; i++) {
        appends.push(storage.log.append([roster('r1', i)]), other.append([roster('r2', i)]));
      }
      await Promise.all(appends);
      const heard = await listener.heard;
      // Commit order is number order: a listener never hears 11 before 10.
      expect(heard.map((event) => event.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(heard.filter((event) => event.roomId === 'r2')).toHaveLength(30);
    });

    it('keeps a room’s call activity with its events: redeliveries count once, the call going on is summarised', async () => {
      const { log } = await harness.open(100);
      const joined = call(
        {
          type: 'participantJoined',
          roomId: 'r1',
          callId: 'c1',
          at: at(1),
          userId: USER,
          displayName: 'Priya Raman',
          role: 'Attendee',
          participantId: 'p-1',
        },
        'grid-join',
      );
      await log.append([call({ type: 'callStarted', roomId: 'r1', callId: 'c1', at: at(0), startedBy: OTHER }, 'g0')]);
      await log.append([joined]);
      await log.append([joined]);
      await log.append([
        call({ type: 'participantJoined', roomId: 'r1', callId: 'c1', at: at(2), userId: OTHER, participantId: 'p-2' }),
      ]);
      expect(await log.liveCalls(['r1', 'r2'])).toEqual(
        new Map([['r1', { callId: 'c1', startedAt: at(0), participantCount: 2 }]]),
      );
      await log.append([
        call({ type: 'participantLeft', roomId: 'r1', callId: 'c1', at: at(9), userId: USER, participantId: 'p-1' }),
      ]);
      const activity = await log.activity('r1');
      expect(activity).toEqual({
        roomId: 'r1',
        calls: [
          {
            callId: 'c1',
            startedAt: at(0),
            startedBy: OTHER,
            attendees: [
              {
                userId: USER,
                displayName: 'Priya Raman',
                role: 'Attendee',
                stays: [{ participantId: 'p-1', joinedAt: at(1), leftAt: at(9) }],
              },
              { userId: OTHER, stays: [{ participantId: 'p-2', joinedAt: at(2) }] },
            ],
          },
        ],
      });
      expect((await log.liveCalls(['r1'])).get('r1')).toMatchObject({ participantCount: 1 });
      await log.append([
        call({ type: 'callEnded', roomId: 'r1', callId: 'c1', at: at(10), endedBy: OTHER, durationSeconds: 600 }),
      ]);
      expect(await log.liveCalls(['r1'])).toEqual(new Map());
      expect((await log.activity('r1')).calls[0]).toMatchObject({ endedAt: at(10), durationSeconds: 600 });
      expect(await log.activity('r2')).toEqual({ roomId: 'r2', calls: [] });
    });

    it('drops a room’s call activity with the room', async () => {
      const { log } = await harness.open(100);
      await log.append([call({ type: 'callStarted', roomId: 'r1', callId: 'c1', at: at(0) })]);
      await log.append([{ event: { type: 'roomDeleted', roomId: 'r1' } }]);
      expect(await log.activity('r1')).toEqual({ roomId: 'r1', calls: [] });
      expect(await log.liveCalls(['r1'])).toEqual(new Map());
    });

    it('shares call activity between instances on one storage', async () => {
      const storage = await harness.open(100);
      const other = await storage.another();
      await storage.log.append([call({ type: 'callStarted', roomId: 'r9', callId: 'c9', at: at(0) })]);
      await other.append([
        call({ type: 'participantJoined', roomId: 'r9', callId: 'c9', at: at(1), userId: USER, participantId: 'p' }),
      ]);
      expect((await storage.log.liveCalls(['r9'])).get('r9')).toEqual({
        callId: 'c9',
        startedAt: at(0),
        participantCount: 1,
      });
    });
  });
}
