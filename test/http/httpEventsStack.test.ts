/**
 * Room events through the whole real path: HTTP adapter → request handler's `GET /events` → the local Rooms service.
 * A burst of roster changes with the event stream's socket cut in the middle arrives complete: every change once, in
 * order, none missed and none heard twice.
 */
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomEvent } from '../../src/adapter/types';
import { BASE_PATH, startStack, userId, type Stack } from '../server/stack';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** A stack whose event-stream sockets the test can cut, as a crash or a lost network would. */
async function stackWithCuttableEvents() {
  const eventSockets: Socket[] = [];
  const resumedFrom: Array<string | undefined> = [];
  stack = await startStack({
    // The handler's retry (2 s) would only make the test wait.
    adapter: { events: { reconnectDelayMs: 5 } },
    serve: (handler) => (request, response) => {
      if (request.url?.startsWith(`${BASE_PATH}/events`)) {
        eventSockets.push(request.socket);
        const header = request.headers['last-event-id'];
        resumedFrom.push(typeof header === 'string' ? header : undefined);
      }
      void handler(request, response);
    },
  });
  return { stack, eventSockets, resumedFrom };
}

describe('room events through the handler', () => {
  it('delivers a burst of 500 roster changes across a cut connection once each, in order', async () => {
    const { stack: s, eventSockets, resumedFrom } = await stackWithCuttableEvents();
    // Twenty rooms changed side by side, each one change after the other: a clinic's morning, and a burst the test
    // can make quickly on a busy machine.
    const ROOMS = 20;
    const PER_ROOM = 25;
    const rooms = await Promise.all(Array.from({ length: ROOMS }, () => s.adapter.createRoom({})));
    const heard: RoomEvent[] = [];
    const stopListening = s.adapter.subscribeRooms((event) => heard.push(event));
    await s.adapter.eventStream.opened();
    const changes = () => heard.filter((e) => e.type === 'participantsChanged');

    let made = 0;
    let cut: Promise<void> | undefined;
    await Promise.all(
      rooms.map(async (room, r) => {
        for (let i = 0; i < PER_ROOM; i++) {
          await s.adapter.upsertParticipants(room.id, [{ id: userId(r * PER_ROOM + i), role: 'Consumer' }]);
          made += 1;
          if (made === (ROOMS * PER_ROOM) / 2) {
            cut = (async () => {
              // Cut once something has arrived, so the client has a cursor to resume from.
              await vi.waitFor(() => expect(changes().length).toBeGreaterThan(0));
              expect(eventSockets).toHaveLength(1);
              eventSockets[0]!.destroy();
            })();
            await cut;
          }
        }
      }),
    );
    await cut;

    await vi.waitFor(() => expect(changes()).toHaveLength(ROOMS * PER_ROOM));
    expect(eventSockets.length).toBeGreaterThan(1);
    expect(resumedFrom[0]).toBeUndefined();
    expect(resumedFrom.slice(1).every((cursor) => typeof cursor === 'string' && cursor !== '')).toBe(true);
    rooms.forEach((room, r) => {
      const ofRoom = changes()
        .filter((e) => e.roomId === room.id)
        .map((e) => (e.type === 'participantsChanged' ? e.upserted.map((p) => p.id) : []));
      expect(ofRoom).toEqual(Array.from({ length: PER_ROOM }, (_, i) => [userId(r * PER_ROOM + i)]));
    });
    // The only resync is the one of the first, fresh open: the cut was replayed, not papered over.
    expect(heard[0]).toEqual({ type: 'resync' });
    expect(heard.filter((e) => e.type === 'resync')).toHaveLength(1);
    stopListening();
  });
});
