/**
 * What the event stream tests share: the handler's routes as a browser calls them (with the headers the test host
 * reads its caller from), call events delivered through the Event Grid webhook in the service's schema, and the
 * host's scope rule.
 */
import type { IncomingMessage } from 'node:http';
import { expect } from 'vitest';
import type { RoomCallEvent } from '../../../src/core/types';
import { eventGridEventOf } from '../../../src/emulator/eventGridPublisher';
import type { RoomScope } from '../../../src/server';
import type { Stack } from '../stack';

/** The webhook secret the tests' handlers are given. */
export const SECRET = 'stream-tests-webhook-secret';
/** The tests' Communication Services resource, as Event Grid names it in every event's topic. */
export const TOPIC =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Communication/communicationServices/contoso-clinic';

/**
 * The test host's scope rule: a caller named by `x-tenant` sees their tenant's rooms, one named by `x-participant`
 * the rooms with them on the roster, anyone else every room.
 */
export function scopeFromHeaders(request: IncomingMessage): RoomScope {
  const tenant = request.headers['x-tenant'];
  const participant = request.headers['x-participant'];
  if (typeof tenant === 'string') return { tenantId: tenant };
  if (typeof participant === 'string') return { participantId: participant };
  return { all: true };
}

type Json = Record<string, unknown>;

/** The contract's routes, called as `headers` name the caller; every answer must succeed. */
export function api(stack: Stack, headers: Record<string, string> = {}) {
  async function call(method: string, path: string, body?: unknown): Promise<Json | undefined> {
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.ok, `${method} ${path}: ${response.status} ${text}`).toBe(true);
    return text === '' ? undefined : (JSON.parse(text) as Json);
  }
  return {
    async createRoom(body: Json = {}): Promise<Json & { id: string }> {
      return (await call('POST', '/rooms', body)) as Json & { id: string };
    },
    updateRoom: (id: string, body: Json) => call('PATCH', `/rooms/${encodeURIComponent(id)}`, body),
    deleteRoom: (id: string) => call('DELETE', `/rooms/${encodeURIComponent(id)}`),
    getRoom: (id: string) => call('GET', `/rooms/${encodeURIComponent(id)}`),
    listRooms: async () => ((await call('GET', '/rooms')) as { value: Json[] }).value,
    activity: (id: string) => call('GET', `/rooms/${encodeURIComponent(id)}/activity`),
    upsert: (id: string, participants: Record<string, string>) =>
      call('PATCH', `/rooms/${encodeURIComponent(id)}/participants`, {
        participants: Object.fromEntries(Object.entries(participants).map(([user, role]) => [user, { role }])),
      }),
    remove: (id: string, users: string[]) =>
      call('PATCH', `/rooms/${encodeURIComponent(id)}/participants`, {
        participants: Object.fromEntries(users.map((user) => [user, null])),
      }),
  };
}

/** Delivers call events to the stack's webhook as Event Grid does (the service's schema, one batch). */
export async function deliver(stack: Stack, events: Array<{ id: string; event: RoomCallEvent }>): Promise<void> {
  const response = await fetch(`${stack.baseUrl}/eventgrid?secret=${SECRET}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'aeg-event-type': 'Notification' },
    body: JSON.stringify(events.map(({ id, event }) => eventGridEventOf(event, { id, topic: TOPIC }))),
  });
  expect(response.status, await response.text()).toBe(200);
}

const START = Date.UTC(2026, 11, 2, 17);

/** Joins `n` of a burst: person `n` joins the call of room `roomIds[n % rooms]`, with an Event Grid id of its own. */
export function burstJoin(roomIds: readonly string[], n: number): { id: string; event: RoomCallEvent } {
  const roomId = roomIds[n % roomIds.length] as string;
  return {
    id: `burst-${n}`,
    event: {
      type: 'participantJoined',
      roomId,
      callId: `call-${roomId}`,
      at: new Date(START + n * 1000),
      userId: `8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-${n.toString(16).padStart(12, '0')}`,
      participantId: `p-${n}`,
    },
  };
}

/** Joins `from` to `to` (exclusive) of a burst. */
export function burstJoins(roomIds: readonly string[], from: number, to: number) {
  return Array.from({ length: to - from }, (_, i) => burstJoin(roomIds, from + i));
}
