import { describe, expect, it } from 'vitest';
import { withLocalRoomEvents } from '../../src/adapter/withLocalRoomEvents';
import { createInMemoryRoomsAdapter, makePeople } from '../../src/adapter/inMemory';
import type { RoomEvent, RoomsAdapter } from '../../src/adapter/types';
import { createHttpRoomsAdapter } from '../../src/adapter/http';

// An adapter without events of its own, like a host's adapter over a server without the kit's event stream.
function withoutEvents(base: RoomsAdapter): RoomsAdapter {
  const { subscribe: _ignored, subscribeRooms: _alsoIgnored, getRoomActivity: _noActivity, ...rest } = base;
  return { ...rest, features: { ...base.features, events: false, activity: false } };
}

describe('withLocalRoomEvents', () => {
  const people = makePeople(4);
  const [a, b] = people.map((p) => p.id) as [string, string];

  it('tells subscribers of a room about role changes and removals made through it', async () => {
    const adapter = withLocalRoomEvents(withoutEvents(createInMemoryRoomsAdapter({ people })));
    expect(adapter.features.events).toBe(true);
    const room = await adapter.createRoom({ participants: [{ id: a }, { id: b }] });
    const other = await adapter.createRoom({});
    const heard: RoomEvent[] = [];
    const stop = adapter.subscribe!(room.id, (e) => heard.push(e));
    const elsewhere: RoomEvent[] = [];
    adapter.subscribe!(other.id, (e) => elsewhere.push(e));

    await adapter.upsertParticipants(room.id, [{ id: a, role: 'Consumer' }]);
    await adapter.removeParticipants(room.id, [b, b]);
    expect(heard).toEqual([
      { type: 'participantsChanged', roomId: room.id, upserted: [{ id: a, role: 'Consumer' }], removed: [] },
      { type: 'participantsChanged', roomId: room.id, upserted: [], removed: [b] },
    ]);
    stop();
    await adapter.upsertParticipants(room.id, [{ id: a, role: 'Presenter' }]);
    expect(heard).toHaveLength(2);
    expect(elsewhere).toEqual([]);
  });

  it('says nothing when the change failed', async () => {
    const adapter = withLocalRoomEvents(withoutEvents(createInMemoryRoomsAdapter({ people })));
    const room = await adapter.createRoom({});
    const heard: RoomEvent[] = [];
    adapter.subscribe!(room.id, (e) => heard.push(e));
    await expect(adapter.upsertParticipants(room.id, [{ id: 'not an id' }])).rejects.toMatchObject({
      code: 'validation',
    });
    expect(heard).toEqual([]);
  });

  it('announces updates and deletes', async () => {
    const adapter = withLocalRoomEvents(withoutEvents(createInMemoryRoomsAdapter({ people })));
    const room = await adapter.createRoom({});
    const heard: string[] = [];
    adapter.subscribe!(room.id, (e) => heard.push(e.type));
    await adapter.updateRoom(room.id, { pstnDialOutEnabled: true });
    await adapter.deleteRoom(room.id);
    expect(heard).toEqual(['roomUpdated', 'roomDeleted']);
  });

  it('tells every-room listeners of creates and every change, until they stop', async () => {
    const adapter = withLocalRoomEvents(withoutEvents(createInMemoryRoomsAdapter({ people })));
    expect(adapter.features.activity).toBe(false);
    const heard: RoomEvent[] = [];
    const stop = adapter.subscribeRooms!((e) => heard.push(e));
    const room = await adapter.createRoom({});
    await adapter.upsertParticipants(room.id, [{ id: a }]);
    await adapter.deleteRoom(room.id);
    stop();
    await adapter.createRoom({});
    expect(heard.map((e) => `${e.type}:${e.roomId}`)).toEqual([
      `roomCreated:${room.id}`,
      `participantsChanged:${room.id}`,
      `roomDeleted:${room.id}`,
    ]);
  });

  it('leaves a backend with its own events as it is: the in-memory one and the HTTP one', () => {
    const base = createInMemoryRoomsAdapter();
    expect(withLocalRoomEvents(base)).toBe(base);
    const http = createHttpRoomsAdapter({ baseUrl: 'https://clinic.example/api/rooms-kit' });
    expect(withLocalRoomEvents(http)).toBe(http);
  });
});
