/**
 * The lobby stores (the memory record store's `lobby` and the PostgreSQL one), each as two handles on one storage as
 * two servers would hold them: one pending request per person however often they knock, a hundred people knocking
 * at once each kept once and in order, a grant given back once, and — on PostgreSQL — a write whose connection is
 * killed half-way leaves the lobby as it was.
 */
import { Pool, type PoolClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { pendingJoinRequests, type LobbyAction } from '../../src/core/lobby';
import type { SpeakerGrant } from '../../src/core/moderation';
import type { RoomLobbyStore } from '../../src/server';
import { RoomRecordStoreError } from '../../src/server';
import { adminPoolOf, openStore, sharedStorages, testDatabaseUrl, uniqueSchema } from './records/postgresStorage';

const ROOM = 'lobby-store-room';
const at = () => new Date();
const person = (n: number) => `8:acs:lobby-store_${String(n).padStart(4, '0')}`;
const knock = (n: number, requestId = `q-${n}-${Math.random()}`): LobbyAction => ({
  type: 'request',
  requestId,
  userId: person(n),
  displayName: `Person ${n}`,
});

function lobbiesOf(
  pair: () => [{ lobby?: RoomLobbyStore }, { lobby?: RoomLobbyStore }],
): [RoomLobbyStore, RoomLobbyStore] {
  const [one, two] = pair();
  if (!one.lobby || !two.lobby) throw new Error('The record store has no lobby.');
  return [one.lobby, two.lobby];
}

describe.each(sharedStorages('lobby'))('the lobby store on %s', (_name, pair) => {
  it('keeps one pending request per person, however often and through whichever server they knock', async () => {
    const [one, two] = lobbiesOf(pair);
    const first = await one.apply(ROOM, knock(1, 'first'), { at: at() });
    expect(first).toMatchObject({ ok: true, changed: true, request: { id: 'first', status: 'pending' } });
    const again = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? one : two).apply(ROOM, knock(1), { at: at() })),
    );
    expect(again.every((outcome) => outcome.ok && outcome.request?.id === 'first')).toBe(true);
    const state = await two.read(ROOM);
    expect(pendingJoinRequests(state, at()).map((r) => r.id)).toEqual(['first']);
  });

  it('keeps a hundred people knocking at once each once, in the order their knocks landed', async () => {
    const [one, two] = lobbiesOf(pair);
    const room = `${ROOM}-crowd`;
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, n) => (n % 2 === 0 ? one : two).apply(room, knock(n), { at: at() })),
    );
    expect(outcomes.every((outcome) => outcome.ok && outcome.changed)).toBe(true);
    const pending = pendingJoinRequests(await one.read(room), at());
    expect(pending).toHaveLength(100);
    expect(new Set(pending.map((r) => r.userId)).size).toBe(100);
    expect(pending.map((r) => r.order)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('gives a grant to one taker only, and forgets a room with its lobby and grants', async () => {
    const [one, two] = lobbiesOf(pair);
    const room = `${ROOM}-grants`;
    const grant: SpeakerGrant = {
      roomId: room,
      userId: person(7),
      previousRole: 'Consumer',
      grantedRole: 'Attendee',
      grantedBy: person(1),
      grantedAt: new Date('2026-12-02T17:00:00Z'),
    };
    await one.putGrant(grant);
    expect(await two.grants(room)).toEqual([grant]);
    const taken = await Promise.all([one.takeGrants(room, [grant.userId]), two.takeGrants(room, [grant.userId])]);
    expect(taken.flat()).toEqual([grant]);
    await two.putGrant(grant);
    await one.apply(room, knock(3), { at: at() });
    await one.forget(room);
    expect(await two.grants(room)).toEqual([]);
    expect((await two.read(room)).requests).toEqual([]);
  });
});

describe('the PostgreSQL lobby store', () => {
  it('leaves the lobby as it was when a write is killed before it commits, and lets the next writer in', async () => {
    const schema = uniqueSchema('lobbykill');
    const admin = adminPoolOf();
    const pool = new Pool({ connectionString: testDatabaseUrl(), max: 3, idleTimeoutMillis: 100 });
    pool.on('error', () => undefined);
    let killNext = false;
    const connect = pool.connect.bind(pool) as () => Promise<PoolClient>;
    // The server dies under the write: its connection is terminated just as the new lobby is about to be written.
    // (Only the promise form of connect is patched, the one transactions use; this store is not read through.)
    const killing = async (): Promise<PoolClient> => {
      const client = await connect();
      const query = client.query.bind(client) as (text: string, values?: unknown[]) => Promise<unknown>;
      const patched = async (text: string, values?: unknown[]) => {
        if (killNext && text.trimStart().startsWith('UPDATE') && text.includes('room_lobbies')) {
          killNext = false;
          const pid = ((await query('SELECT pg_backend_pid() AS pid')) as { rows: Array<{ pid: number }> }).rows[0];
          await admin.query('SELECT pg_terminate_backend($1)', [pid?.pid]);
        }
        return query(text, values);
      };
      return Object.assign(client, { query: patched as unknown as PoolClient['query'] });
    };
    Object.assign(pool, { connect: killing });
    const dying = openStore({ pool }, schema).lobby as RoomLobbyStore;
    const other = openStore({ connectionString: testDatabaseUrl(), maxConnections: 2 }, schema).lobby as RoomLobbyStore;

    await dying.apply(ROOM, knock(1, 'kept'), { at: at() });
    killNext = true;
    const failure = await dying.apply(ROOM, knock(2, 'lost'), { at: at() }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RoomRecordStoreError);
    expect((failure as RoomRecordStoreError).code).toBe('unavailable');

    const after = await other.read(ROOM);
    expect(after.requests.map((r) => r.id)).toEqual(['kept']);
    expect(after.nextOrder).toBe(2);
    // The killed transaction's row lock went with it: the next knock, on the other server, lands at once.
    const next = await other.apply(ROOM, knock(2, 'next'), { at: at() });
    expect(next).toMatchObject({ ok: true, request: { id: 'next', order: 2 } });
    expect((await other.read(ROOM)).requests.map((r) => r.id)).toEqual(['kept', 'next']);
    await pool.end();
  });
});
