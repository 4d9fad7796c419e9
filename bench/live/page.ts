// One browser context of the live bench: an HTTP adapter on one handler instance, which either makes roster changes
// or listens for them. Times are wall-clock milliseconds (performance.timeOrigin + now), comparable across the
// contexts of one Chromium on one machine.
import { createHttpRoomsAdapter } from '../../src/adapter/index';

const base = new URLSearchParams(location.search).get('base') ?? '/api/a';
const adapter = createHttpRoomsAdapter({ baseUrl: base });
const heard = new Map<string, number>();
const clock = (): number => performance.timeOrigin + performance.now();

const bench = {
  /** Starts listening to a room: every participant added is noted with the time it was heard. */
  listen(roomId: string): void {
    adapter.subscribe?.(roomId, (event) => {
      if (event.type !== 'participantsChanged') return;
      const at = clock();
      for (const participant of event.upserted) if (!heard.has(participant.id)) heard.set(participant.id, at);
    });
  },
  /** When a participant's addition was heard, if it was. */
  heardAt(id: string): number | undefined {
    return heard.get(id);
  },
  /** Adds a participant; the times just before the request and when the server answered. */
  async add(roomId: string, id: string): Promise<{ sentAt: number; answeredAt: number }> {
    const sentAt = clock();
    await adapter.upsertParticipants(roomId, [{ id, role: 'Attendee' }]);
    return { sentAt, answeredAt: clock() };
  },
};

Object.assign(window, { bench });
