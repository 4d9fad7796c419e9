import type { RoomEvent, RoomsAdapter } from './types';

/**
 * Gives an adapter whose backend pushes no events (`features.events` false: a host's own adapter over a server
 * without the kit's event stream) room events for the changes made through it in this page: after each successful
 * create, room update, delete, participant upsert or removal, subscribers of that room and `subscribeRooms`
 * listeners hear of it. Changes made elsewhere are not seen, and call activity is not heard (`features.activity`
 * false). A backend with its own events — the in-memory and HTTP adapters — is returned as it is.
 *
 * This is what lets a page that shows a roster editor and a call side by side (a presenter's view and a
 * participant's) keep them in step without a push channel.
 *
 * @example
 * ```ts
 * const adapter = withLocalRoomEvents(createMyRoomsAdapter());
 * const stop = adapter.subscribe?.(roomId, (event) => console.log(event.type));
 * ```
 */
export function withLocalRoomEvents(adapter: RoomsAdapter): RoomsAdapter {
  if (adapter.features.events && adapter.subscribe) return adapter;
  const listeners = new Map<string, Set<(event: RoomEvent) => void>>();
  const everyRoom = new Set<(event: RoomEvent) => void>();
  const emit = (event: RoomEvent) => {
    const room = event.roomId === undefined ? [] : [...(listeners.get(event.roomId) ?? [])];
    for (const listener of [...room, ...everyRoom]) listener(event);
  };
  return {
    features: { ...adapter.features, events: true, activity: false },
    async createRoom(input, options) {
      const room = await adapter.createRoom(input, options);
      // A repeated keyed create answers the same room again; a list keyed by id takes it once.
      emit({ type: 'roomCreated', roomId: room.id, room });
      return room;
    },
    getRoom: (roomId, options) => adapter.getRoom(roomId, options),
    async updateRoom(roomId, patch, options) {
      const room = await adapter.updateRoom(roomId, patch, options);
      emit({ type: 'roomUpdated', roomId, room });
      return room;
    },
    async deleteRoom(roomId, options) {
      await adapter.deleteRoom(roomId, options);
      emit({ type: 'roomDeleted', roomId });
    },
    listRooms: (options) => adapter.listRooms(options),
    listParticipants: (roomId, options) => adapter.listParticipants(roomId, options),
    async upsertParticipants(roomId, participants, options) {
      await adapter.upsertParticipants(roomId, participants, options);
      // Last write wins within one call, as in the service.
      const byId = new Map(participants.map((p) => [p.id, p.role ?? 'Attendee'] as const));
      emit({
        type: 'participantsChanged',
        roomId,
        upserted: [...byId].map(([id, role]) => ({ id, role })),
        removed: [],
      });
    },
    async removeParticipants(roomId, ids, options) {
      await adapter.removeParticipants(roomId, ids, options);
      emit({ type: 'participantsChanged', roomId, upserted: [], removed: [...new Set(ids)] });
    },
    searchPeople: (query, options) => adapter.searchPeople(query, options),
    resolvePeople: (ids, options) => adapter.resolvePeople(ids, options),
    ...(adapter.getJoinInfo
      ? {
          getJoinInfo: (roomId: string, options?: Parameters<NonNullable<RoomsAdapter['getJoinInfo']>>[1]) =>
            adapter.getJoinInfo!(roomId, options),
        }
      : {}),
    ...(adapter.getJoinStanding
      ? {
          getJoinStanding: (roomId: string, options?: Parameters<NonNullable<RoomsAdapter['getJoinStanding']>>[1]) =>
            adapter.getJoinStanding!(roomId, options),
        }
      : {}),
    subscribe(roomId, listener) {
      let set = listeners.get(roomId);
      if (!set) listeners.set(roomId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(roomId);
      };
    },
    subscribeRooms(listener) {
      // A wrapper per call, so one listener subscribed twice is told twice and stopped once per stop.
      const own = (event: RoomEvent) => listener(event);
      everyRoom.add(own);
      return () => {
        everyRoom.delete(own);
      };
    },
  };
}
