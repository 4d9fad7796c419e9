/**
 * Call activity on the server: the Event Grid webhook mounted on the handler (the handshake, the secret, a call event
 * that lands in the room's activity, a redelivery counted once), the activity route, and the `call` that room
 * answers carry while a call goes on.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startStack, userId, type Stack } from '../stack';
import { api, deliver, scopeFromHeaders, SECRET } from './helpers';
import { openEventStream, type EventStream } from './sse';

const stacks: Stack[] = [];
const streams: EventStream[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  for (const stack of stacks.splice(0)) await stack.close();
});

async function stackWithWebhook(): Promise<Stack> {
  const stack = await startStack({
    handler: {
      syncIntervalMs: false,
      scope: scopeFromHeaders,
      eventGrid: { secret: SECRET, resourceName: 'contoso-clinic' },
    },
  });
  stacks.push(stack);
  return stack;
}

type Json = Record<string, unknown>;

/** A documented Event Grid payload (test/fixtures/eventGrid) about `roomId`. */
function fixture(name: string, roomId: string): Json[] {
  const events = JSON.parse(
    readFileSync(new URL(`../../fixtures/eventGrid/${name}.json`, import.meta.url), 'utf8'),
  ) as Array<Json & { data: Json }>;
  for (const event of events) event.data.room = { id: roomId };
  return events;
}

function post(stack: Stack, body: unknown, secret = SECRET, headers: Record<string, string> = {}) {
  return fetch(`${stack.baseUrl}/eventgrid?secret=${encodeURIComponent(secret)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const SHARIF = '8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1';

describe('the Event Grid webhook on the handler', () => {
  it('answers both handshakes, refuses a wrong secret, and keeps a redelivered call event once', async () => {
    const stack = await stackWithWebhook();
    const room = await api(stack).createRoom({ subject: 'Consultation' });
    const events = await openEventStream(`${stack.baseUrl}/events`);
    streams.push(events);

    const validation = await post(stack, fixture('subscriptionValidation', room.id), SECRET, {
      'aeg-event-type': 'SubscriptionValidation',
    });
    expect(validation.status).toBe(200);
    expect(await validation.json()).toEqual({ validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' });
    const options = await fetch(`${stack.baseUrl}/eventgrid?secret=${SECRET}`, {
      method: 'OPTIONS',
      headers: { 'webhook-request-origin': 'eventgrid.azure.net' },
    });
    expect(options.status).toBe(200);
    expect(options.headers.get('webhook-allowed-origin')).toBe('eventgrid.azure.net');

    const refused = await post(stack, fixture('callStarted', room.id), 'not-the-secret');
    expect(refused.status).toBe(401);
    expect(await api(stack).activity(room.id)).toEqual({ roomId: room.id, calls: [] });

    expect((await post(stack, fixture('callStarted', room.id))).status).toBe(200);
    const added = fixture('callParticipantAdded', room.id);
    expect((await post(stack, added)).status).toBe(200);
    // Event Grid delivers again (same id): it is one join, not two.
    expect((await post(stack, added)).status).toBe(200);
    // An event of a room the host does not have is answered and dropped.
    expect((await post(stack, fixture('callParticipantAdded', '12345678901234567'))).status).toBe(200);

    const activity = await api(stack).activity(room.id);
    expect(activity).toEqual({
      roomId: room.id,
      calls: [
        {
          callId: expect.any(String),
          startedAt: '2021-09-22T17:02:38.690Z',
          startedBy: SHARIF,
          attendees: [
            {
              userId: SHARIF,
              displayName: 'Sharif Edge',
              role: 'Presenter',
              stays: [{ participantId: '041e3b8a-1cce-4ebf-b587-131312c39410', joinedAt: '2021-09-22T17:02:39.284Z' }],
            },
          ],
        },
      ],
    });
    const heard = await events.until((m) => m.length === 2);
    expect(heard.map((m) => m.data.type)).toEqual(['callStarted', 'participantJoined']);
    expect(heard[1]?.data).toMatchObject({ roomId: room.id, userId: SHARIF, displayName: 'Sharif Edge' });
  });
});

describe('call activity', () => {
  it('answers a room’s activity and puts the call going on into room answers while it lasts', async () => {
    const stack = await stackWithWebhook();
    const a = api(stack, { 'x-tenant': 'clinic-a' });
    const room = await a.createRoom({ subject: 'Follow-up' });
    const callId = 'server-call-1';
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 17, minute));
    const member = (n: number) => ({ roomId: room.id, callId, userId: userId(n), participantId: `p-${n}` });
    await deliver(stack, [
      { id: 'e1', event: { type: 'callStarted', roomId: room.id, callId, at: at(0), startedBy: userId(1) } },
      { id: 'e2', event: { type: 'participantJoined', at: at(0), role: 'Presenter', ...member(1) } },
      { id: 'e3', event: { type: 'participantJoined', at: at(2), displayName: 'Priya Raman', ...member(2) } },
      { id: 'e4', event: { type: 'participantLeft', at: at(5), ...member(2) } },
    ]);

    const call = { callId, startedAt: '2026-12-02T17:00:00.000Z', participantCount: 1 };
    expect(await a.getRoom(room.id)).toMatchObject({ id: room.id, call });
    expect((await a.listRooms()).find((item) => item.id === room.id)).toMatchObject({ call });
    expect(await a.activity(room.id)).toEqual({
      roomId: room.id,
      calls: [
        {
          callId,
          startedAt: '2026-12-02T17:00:00.000Z',
          startedBy: userId(1),
          attendees: [
            {
              userId: userId(1),
              role: 'Presenter',
              stays: [{ participantId: 'p-1', joinedAt: '2026-12-02T17:00:00.000Z' }],
            },
            {
              userId: userId(2),
              displayName: 'Priya Raman',
              stays: [
                { participantId: 'p-2', joinedAt: '2026-12-02T17:02:00.000Z', leftAt: '2026-12-02T17:05:00.000Z' },
              ],
            },
          ],
        },
      ],
    });

    await deliver(stack, [
      { id: 'e5', event: { type: 'callEnded', roomId: room.id, callId, at: at(30), durationSeconds: 1800 } },
    ]);
    expect(await a.getRoom(room.id)).not.toHaveProperty('call');
    expect((await a.activity(room.id))?.calls).toMatchObject([{ endedAt: '2026-12-02T17:30:00.000Z' }]);

    // Another tenant's caller is told the room does not exist, as every room route tells them.
    const outside = await fetch(`${stack.baseUrl}/rooms/${room.id}/activity`, { headers: { 'x-tenant': 'clinic-b' } });
    expect(outside.status).toBe(400);
    expect(await outside.json()).toEqual({ error: { code: 'BadRequest', message: 'Invalid room ID.' } });
  });
});
