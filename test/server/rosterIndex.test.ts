/**
 * The handler's roster index on its own, with a scripted roster reader: one shared read per room, misses re-read
 * before refusing, bounded freshness, the handler's own writes applied (also to a read under way), and memory
 * bounded by participants, least recently used rooms first.
 */
import { describe, expect, it } from 'vitest';
import type { RoomRole } from '../../src/core/roles';
import { createRosterIndex } from '../../src/server/rosterIndex';

interface Deferred {
  resolve(roster: Record<string, RoomRole>): void;
  reject(error: unknown): void;
}

/** A roster reader whose reads finish when the test says, counting them per room. */
function scriptedReader() {
  const pending: Array<{ roomId: string } & Deferred> = [];
  const reads: string[] = [];
  return {
    reads,
    read(roomId: string): Promise<Map<string, RoomRole>> {
      reads.push(roomId);
      return new Promise((resolve, reject) => {
        pending.push({ roomId, resolve: (roster) => resolve(new Map(Object.entries(roster))), reject });
      });
    },
    /** Finishes the oldest read still under way. */
    finish(roster: Record<string, RoomRole>): void {
      const next = pending.shift();
      if (!next) throw new Error('no read under way');
      next.resolve(roster);
    },
    fail(error: unknown): void {
      pending.shift()?.reject(error);
    },
    get underWay(): number {
      return pending.length;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the roster index', () => {
  it('shares one read among concurrent lookups, then answers from it', async () => {
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 60_000, maxParticipants: 1000 });
    const lookups = Array.from({ length: 20 }, (_, i) => index.roleOf('room', i % 2 ? 'a' : 'b'));
    await tick();
    expect(reader.reads).toEqual(['room']);
    reader.finish({ a: 'Presenter', b: 'Consumer' });
    expect(new Set(await Promise.all(lookups))).toEqual(new Set(['Presenter', 'Consumer']));
    expect(await index.roleOf('room', 'a')).toBe('Presenter');
    expect(reader.reads).toHaveLength(1);
  });

  it('reads again before refusing a user it does not hold, with a read that began after the lookup', async () => {
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 60_000, maxParticipants: 1000 });
    const first = index.roleOf('room', 'a');
    await tick();
    // A miss that arrives while a read is under way waits for the next read: the one under way may predate the add.
    const late = index.roleOf('room', 'new');
    reader.finish({ a: 'Attendee' });
    expect(await first).toBe('Attendee');
    await tick();
    expect(reader.underWay).toBe(1);
    reader.finish({ a: 'Attendee', new: 'Collaborator' });
    expect(await late).toBe('Collaborator');
    // A stranger costs one read, and is refused after it.
    const stranger = index.roleOf('room', 'stranger');
    await tick();
    reader.finish({ a: 'Attendee', new: 'Collaborator' });
    expect(await stranger).toBeUndefined();
    expect(reader.reads).toHaveLength(3);
  });

  it('serves a user it holds only while the roster is younger than maxAgeMs', async () => {
    let now = 0;
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 1000, maxParticipants: 1000, now: () => now });
    const first = index.roleOf('room', 'a');
    await tick();
    reader.finish({ a: 'Presenter' });
    await first;
    now = 1000;
    expect(await index.roleOf('room', 'a')).toBe('Presenter');
    now = 1001;
    const stale = index.roleOf('room', 'a');
    await tick();
    expect(reader.reads).toHaveLength(2);
    // Removed elsewhere meanwhile: the fresh read says so.
    reader.finish({});
    expect(await stale).toBeUndefined();
  });

  it('applies the handler’s own writes at once, also to a read under way, and forgets deleted rooms', async () => {
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 60_000, maxParticipants: 1000 });
    const first = index.roleOf('room', 'a');
    await tick();
    // Written while the read runs: the read may have passed the place already, so the write is replayed onto it.
    index.upserted('room', [['b', 'Consumer']]);
    index.removed('room', ['a']);
    reader.finish({ a: 'Presenter' });
    // The read saw `a`, but this handler removed them since: the removal wins.
    expect(await first).toBeUndefined();
    expect(reader.reads).toHaveLength(1);
    expect(await index.roleOf('room', 'b')).toBe('Consumer');
    index.upserted('room', [['b', 'Presenter']]);
    expect(await index.roleOf('room', 'b')).toBe('Presenter');
    expect(reader.reads).toHaveLength(1);
    index.removed('room', ['b']);
    const removed = index.roleOf('room', 'b');
    await tick();
    reader.finish({});
    expect(await removed).toBeUndefined();
    index.forget('room');
    expect(index.size).toBe(0);
  });

  it('keeps no roster of a room whose read failed, and passes the failure to every waiter', async () => {
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 60_000, maxParticipants: 1000 });
    const waiting = [index.roleOf('gone', 'a'), index.roleOf('gone', 'b')];
    await tick();
    reader.fail(new Error('Invalid room ID.'));
    for (const lookup of waiting) await expect(lookup).rejects.toThrow('Invalid room ID.');
    const again = index.roleOf('gone', 'a');
    await tick();
    expect(reader.reads).toHaveLength(2);
    reader.finish({ a: 'Attendee' });
    expect(await again).toBe('Attendee');
  });

  it('holds at most maxParticipants, evicting the least recently used rooms, and never a larger roster', async () => {
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 60_000, maxParticipants: 4 });
    const load = async (roomId: string, roster: Record<string, RoomRole>) => {
      const lookup = index.roleOf(roomId, 'a');
      await tick();
      reader.finish(roster);
      return lookup;
    };
    await load('one', { a: 'Presenter', b: 'Attendee' });
    await load('two', { a: 'Consumer', b: 'Attendee' });
    expect(index.size).toBe(4);
    await index.roleOf('one', 'a'); // one is now the more recent
    await load('three', { a: 'Collaborator' });
    expect(index.size).toBe(3);
    expect(await index.roleOf('one', 'a')).toBe('Presenter');
    const evicted = index.roleOf('two', 'a');
    await tick();
    expect(reader.reads.at(-1)).toBe('two');
    reader.finish({ a: 'Consumer' });
    await evicted;
    await load('huge', { a: 'Attendee', b: 'Attendee', c: 'Attendee', d: 'Attendee', e: 'Attendee' });
    expect(index.size).toBeLessThanOrEqual(4);
  });

  it('stops waiting when the caller’s signal aborts, and the shared read still fills the index', async () => {
    const reader = scriptedReader();
    const index = createRosterIndex({ read: reader.read, maxAgeMs: 60_000, maxParticipants: 1000 });
    const controller = new AbortController();
    const lookup = index.roleOf('room', 'a', controller.signal);
    await tick();
    controller.abort(new Error('caller left'));
    await expect(lookup).rejects.toThrow('caller left');
    reader.finish({ a: 'Presenter' });
    await tick();
    expect(await index.roleOf('room', 'a')).toBe('Presenter');
    expect(reader.reads).toHaveLength(1);
  });
});
