/**
 * Joins on big rosters, through the whole stack (emulator → handler → HTTP): the Rooms API has no "get one
 * participant" call, so the handler keeps a roster index. Counted here in service page requests: one full read per
 * room however many joins wait for it, none for warm joins, a fresh read before refusing someone it does not hold.
 */
import { RoomsClient } from '@azure/communication-rooms';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomsRequestHandlerOptions } from '../../src/server';
import { startStack, userId, type Stack } from './stack';

const ROSTER = 10_000;
const PAGE_SIZE = 100;

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** A stack whose Rooms client counts the roster pages it asks the service for. */
async function countingStack(handler: Partial<RoomsRequestHandlerOptions> = {}) {
  const pages = { count: 0 };
  const counter: PipelinePolicy = {
    name: 'countRosterPages',
    sendRequest: (request, next) => {
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/participants')) pages.count++;
      return next(request);
    },
  };
  stack = await startStack({
    emulator: { pageSize: PAGE_SIZE },
    handler: (emulator) => ({
      ...handler,
      roomsClient: new RoomsClient(emulator.connectionString, {
        allowInsecureConnection: true,
        additionalPolicies: [{ policy: counter, position: 'perCall' }],
      }),
    }),
  });
  return { s: stack, pages };
}

async function join(s: Stack, roomId: string, who: string): Promise<{ status: number; role?: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${s.baseUrl}/rooms/${roomId}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: who }),
  });
  const body = (await response.json()) as { role?: string };
  return { status: response.status, role: body.role, ms: performance.now() - started };
}

/** A room of `ROSTER` members: synthetic ids first, the real identities that will join last (the far end). */
async function bigRoom(s: Stack, joiners: number) {
  const people = [];
  for (let i = 0; i < joiners; i++) people.push(await s.handler.createUser(`Joiner ${i}`));
  const room = await s.handler.roomsClient.createRoom();
  const ids = [...Array.from({ length: ROSTER - joiners }, (_, i) => userId(i)), ...people.map((p) => p.id)];
  for (let start = 0; start < ids.length; start += 2500) {
    await s.handler.roomsClient.addOrUpdateParticipants(
      room.id,
      ids.slice(start, start + 2500).map((id) => ({ id: { communicationUserId: id }, role: 'Attendee' as const })),
    );
  }
  return { roomId: room.id, people };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

describe('joins on a 10,000-member roster', () => {
  it('read the roster once for 20 concurrent joins, then answer warm joins without reading it (p50 ≤ 100 ms)', async () => {
    const { s, pages } = await countingStack();
    const { roomId, people } = await bigRoom(s, 5);
    // The room was made behind the handler's back: its periodic sync adopts it (reading the roster once for the
    // record store's index) before anyone joins.
    expect(await s.handler.syncRooms()).toEqual({ adopted: 1, removed: 0 });
    pages.count = 0;
    const cold = await Promise.all(Array.from({ length: 20 }, (_, i) => join(s, roomId, people[i % 5]!.id)));
    expect(cold.map((j) => j.status)).toEqual(Array(20).fill(200));
    // One full read: 10,000 members in pages of 100.
    expect(pages.count).toBe(ROSTER / PAGE_SIZE);

    pages.count = 0;
    const warm = [];
    for (let i = 0; i < 30; i++) warm.push(await join(s, roomId, people[i % 5]!.id));
    expect(warm.every((j) => j.status === 200 && j.role === 'Attendee')).toBe(true);
    expect(pages.count).toBe(0);
    expect(median(warm.map((j) => j.ms))).toBeLessThanOrEqual(100);
  }, 60_000);
});

describe('the roster index stays right', () => {
  async function smallRoom(handler: Partial<RoomsRequestHandlerOptions> = {}) {
    const { s, pages } = await countingStack(handler);
    const [a, b, c] = [
      await s.handler.createUser('A'),
      await s.handler.createUser('B'),
      await s.handler.createUser('C'),
    ];
    const room = await s.adapter.createRoom({ participants: [{ id: a.id, role: 'Presenter' }, { id: b.id }] });
    expect((await join(s, room.id, a.id)).role).toBe('Presenter');
    return { s, pages, a, b, c, roomId: room.id };
  }

  it('lets someone added behind the handler’s back join at once (a miss reads again before refusing)', async () => {
    const { s, pages, c, roomId } = await smallRoom();
    expect((await join(s, roomId, c.id)).status).toBe(403);
    await s.handler.roomsClient.addOrUpdateParticipants(roomId, [
      { id: { communicationUserId: c.id }, role: 'Collaborator' },
    ]);
    pages.count = 0;
    expect(await join(s, roomId, c.id)).toMatchObject({ status: 200, role: 'Collaborator' });
    expect(pages.count).toBe(1);
  });

  it('follows the handler’s own roster writes and room deletes at once, without reading', async () => {
    const { s, pages, a, b, roomId } = await smallRoom();
    pages.count = 0;
    await s.adapter.upsertParticipants(roomId, [{ id: b.id, role: 'Consumer' }]);
    expect(await join(s, roomId, b.id)).toMatchObject({ status: 200, role: 'Consumer' });
    expect(pages.count).toBe(0);
    await s.adapter.removeParticipants(roomId, [a.id]);
    expect((await join(s, roomId, a.id)).status).toBe(403);
    await s.adapter.deleteRoom(roomId);
    const gone = await fetch(`${s.baseUrl}/rooms/${roomId}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: b.id }),
    });
    expect(await gone.json()).toEqual({ error: { code: 'BadRequest', message: 'Invalid room ID.' } });
  });

  it('refuses someone removed behind its back once the roster is older than maxAgeMs', async () => {
    const { s, b, roomId } = await smallRoom({ rosterCache: { maxAgeMs: 50 } });
    expect((await join(s, roomId, b.id)).status).toBe(200);
    await s.handler.roomsClient.removeParticipants(roomId, [{ communicationUserId: b.id }]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await join(s, roomId, b.id)).status).toBe(403);
  });

  it('with rosterCache: false, reads the roster from the service on every join', async () => {
    const { s, pages, a, roomId } = await smallRoom({ rosterCache: false });
    pages.count = 0;
    await join(s, roomId, a.id);
    await join(s, roomId, a.id);
    expect(pages.count).toBe(2);
  });
});
