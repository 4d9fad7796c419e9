/**
 * The Event Grid webhook on a real node:http server, fed the service's documented payloads
 * (test/fixtures/eventGrid): both handshakes, the secret, the four room-call events in both shapes of `user` and in
 * both schemas, redeliveries, what is ignored, malformed and oversized bodies, and a store that cannot keep events.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomCallEvent } from '../../src/core/types';
import { eventGridEventOf } from '../../src/emulator/eventGridPublisher';
import {
  createEventGridReceiver,
  type EventGridAcceptedEvent,
  type EventGridReceiverOptions,
} from '../../src/server/eventGrid';
import { serve, type TestServer } from '../node/http/serve';

const SECRET = 'b1e5c0de-webhook-secret';
const ROOM = '99466898241024408';
const CALL =
  'aHR0cHM6Ly9jb252LWRldi0yMS5jb252LWRldi5za3lwZS5uZXQ6NDQzL2NvbnYvbVQ4NnVfempBMG05QVM4VnRvSWFrdz9pPTAmZT02Mzc2Nzc3MTc2MDAwMjgyMzA';
const SHARIF_EDGE = '8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-4878-07fd-0848220077e1';
const SHARIF_CHROME = '8:acs:bc360ba8-d29b-4ef2-b698-769ebef85521_0000000c-1fb9-27cc-07fd-0848220077d8';
const TOPIC =
  '/subscriptions/5f0c6b2e-3d7a-4c1b-9e8f-2a6d4b1c0e97/resourcegroups/clinic/providers/microsoft.communication/communicationservices/contoso-clinic';

type Json = Record<string, unknown>;

/** A documented payload, fresh for each use (tests change copies of it). */
function fixture(name: string): Json[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/eventGrid/${name}.json`, import.meta.url), 'utf8')) as Json[];
}

function only(events: Json[]): Json {
  const [event] = events;
  if (!event) throw new Error('empty fixture');
  return event;
}

const STARTED: RoomCallEvent = {
  type: 'callStarted',
  roomId: ROOM,
  callId: CALL,
  at: new Date('2021-09-22T17:02:38.690Z'),
  startedBy: SHARIF_EDGE,
};
const JOINED: RoomCallEvent = {
  type: 'participantJoined',
  roomId: ROOM,
  callId: CALL,
  at: new Date('2021-09-22T17:02:39.284Z'),
  userId: SHARIF_EDGE,
  displayName: 'Sharif Edge',
  role: 'Presenter',
  participantId: '041e3b8a-1cce-4ebf-b587-131312c39410',
};
const LEFT: RoomCallEvent = {
  type: 'participantLeft',
  roomId: ROOM,
  callId: CALL,
  at: new Date('2021-09-22T17:28:41.149Z'),
  userId: SHARIF_CHROME,
  displayName: 'Sharif Chrome',
  role: 'Attendee',
  participantId: '750a1442-3156-4914-94d2-62cf73796833',
};

interface Webhook {
  server: TestServer;
  /** Each call of `accept`, in order. */
  accepted: EventGridAcceptedEvent[][];
  /** Each room `isKnownRoom` was asked about. */
  asked: string[];
  errors: unknown[];
  post(body: unknown, init?: { secret?: string | null; contentType?: string; query?: string }): Promise<Answer>;
  url(secret?: string | null): string;
}

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

let running: TestServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function webhook(options: Partial<EventGridReceiverOptions> = {}): Promise<Webhook> {
  const accepted: EventGridAcceptedEvent[][] = [];
  const asked: string[] = [];
  const errors: unknown[] = [];
  const receiver = createEventGridReceiver({
    secret: SECRET,
    resourceName: 'contoso-clinic',
    isKnownRoom: async (roomId) => {
      asked.push(roomId);
      return roomId === ROOM;
    },
    accept: async (events) => {
      accepted.push(events);
    },
    onError: (error) => errors.push(error),
    ...options,
  });
  const server = await serve((request, response) => void receiver(request, response));
  running = server;
  const url = (secret: string | null = SECRET) =>
    `${server.origin}/eventgrid${secret === null ? '' : `?secret=${encodeURIComponent(secret)}`}`;
  return {
    server,
    accepted,
    asked,
    errors,
    url,
    async post(body, init = {}) {
      const target = `${url(init.secret === undefined ? SECRET : init.secret)}${init.query ?? ''}`;
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': init.contentType ?? 'application/json', 'aeg-event-type': 'Notification' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
    },
  };
}

/** Sends only the headers of a POST (declaring a body that never comes) and resolves with the answer's status. */
function headersOnly(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on('error', reject);
    request.flushHeaders();
  });
}

describe('handshakes', () => {
  it('echoes the validation code of a SubscriptionValidationEvent and accepts nothing', async () => {
    const hook = await webhook();
    const answer = await hook.post(fixture('subscriptionValidation'));
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' });
    expect(hook.accepted).toEqual([]);
  });

  it('answers the CloudEvents OPTIONS handshake with the origin it was asked for and any rate', async () => {
    const hook = await webhook();
    const answer = await fetch(hook.url(), {
      method: 'OPTIONS',
      headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net', 'WebHook-Request-Rate': '120' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('webhook-allowed-origin')).toBe('eventgrid.azure.net');
    expect(answer.headers.get('webhook-allowed-rate')).toBe('*');

    const withoutOrigin = await fetch(hook.url(), { method: 'OPTIONS' });
    expect(withoutOrigin.status).toBe(400);
    expect(await withoutOrigin.json()).toMatchObject({ error: { code: 'BadRequest' } });
  });

  it('refuses other methods with 405 and Allow', async () => {
    const hook = await webhook();
    const answer = await fetch(hook.url(), { method: 'GET' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('OPTIONS, POST');
  });
});

describe('the secret', () => {
  it.each([
    ['missing', null],
    ['wrong', 'b1e5c0de-webhook-secreT'],
    ['shorter', 'b1e5'],
    ['empty', ''],
  ])('refuses a %s secret with 401 and keeps nothing', async (_, secret) => {
    const hook = await webhook();
    const events = await hook.post(fixture('callParticipantAdded'), { secret });
    expect(events.status).toBe(401);
    expect(events.json).toEqual({
      error: { code: 'Unauthorized', message: 'The webhook secret is missing or wrong.' },
    });
    const handshake = await hook.post(fixture('subscriptionValidation'), { secret });
    expect(handshake.status).toBe(401);
    expect(handshake.json).not.toHaveProperty('validationResponse');
    const options = await fetch(hook.url(secret), {
      method: 'OPTIONS',
      headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net' },
    });
    expect(options.status).toBe(401);
    expect(options.headers.get('webhook-allowed-origin')).toBeNull();
    expect(hook.accepted).toEqual([]);
    expect(hook.asked).toEqual([]);
  });

  it('refuses a repeated secret parameter even when one of them is right', async () => {
    const hook = await webhook();
    const answer = await hook.post(fixture('callParticipantAdded'), { query: '&secret=other' });
    expect(answer.status).toBe(401);
    expect(hook.accepted).toEqual([]);
  });

  it('answers 401 before reading the body', async () => {
    const hook = await webhook();
    // The body is declared but never sent: an answer proves the webhook did not wait for it.
    const status = await headersOnly(hook.url('wrong'), {
      'content-type': 'application/json',
      'content-length': '4096',
    });
    expect(status).toBe(401);
    expect(hook.accepted).toEqual([]);
  });
});

describe('room-call events in the service schema', () => {
  it('maps CallStarted, CallParticipantAdded, CallParticipantRemoved and CallEnded onto call events', async () => {
    const hook = await webhook();
    for (const name of ['callStarted', 'callParticipantAdded', 'callParticipantRemoved', 'callEnded', 'callEndedBy']) {
      expect((await hook.post(fixture(name))).status).toBe(200);
    }
    expect(hook.accepted).toEqual([
      [{ sourceId: 'a8bcd8a3-12d7-46ba-8cde-f6d0bda8feeb', event: STARTED }],
      [{ sourceId: '615adcbd-23b2-4563-aba7-9d1b424d3d38', event: JOINED }],
      [{ sourceId: '7b2307f3-57ec-4257-85a1-8ce654534ea9', event: LEFT }],
      [
        {
          sourceId: '530183db-987b-4a3a-b6c1-3391bab12864',
          event: {
            type: 'callEnded',
            roomId: ROOM,
            callId: CALL,
            at: new Date('2021-09-22T17:03:12.614Z'),
            durationSeconds: 49.728617199999995,
          },
        },
      ],
      [
        {
          sourceId: 'c4f1e2d3-9a8b-4c7d-8e6f-5a4b3c2d1e0f',
          event: {
            type: 'callEnded',
            roomId: ROOM,
            callId: CALL,
            at: new Date('2021-09-22T17:29:12.614Z'),
            endedBy: SHARIF_EDGE,
            durationSeconds: 1594.2,
          },
        },
      ],
    ]);
  });

  it('reads the older user shape (the identifier itself) the same as the current one', async () => {
    const hook = await webhook();
    expect((await hook.post(fixture('callParticipantAdded.identifierUser'))).status).toBe(200);
    expect(hook.accepted).toEqual([[{ sourceId: '615adcbd-23b2-4563-aba7-9d1b424d3d38', event: JOINED }]]);
  });

  it('leaves the role out when it is not a room role', async () => {
    const hook = await webhook();
    const event = only(fixture('callParticipantAdded'));
    ((event.data as Json).user as Json).role = 'Organizer';
    expect((await hook.post([event])).status).toBe(200);
    const { role: _role, ...withoutRole } = JOINED as Extract<RoomCallEvent, { type: 'participantJoined' }>;
    expect(hook.accepted).toEqual([[{ sourceId: event.id, event: withoutRole }]]);
  });

  it('reads the CloudEvents 1.0 schema, one event or a batch', async () => {
    const hook = await webhook();
    const cloudEvent = JSON.parse(
      readFileSync(new URL('../fixtures/eventGrid/cloudEvent.callParticipantAdded.json', import.meta.url), 'utf8'),
    ) as Json;
    const single = await hook.post(cloudEvent, { contentType: 'application/cloudevents+json; charset=utf-8' });
    expect(single.status).toBe(200);
    const second = { ...cloudEvent, id: 'ce-2', type: 'Microsoft.Communication.CallParticipantRemoved' };
    const batch = await hook.post([second], { contentType: 'application/cloudevents-batch+json; charset=utf-8' });
    expect(batch.status).toBe(200);
    expect(hook.accepted).toEqual([
      [{ sourceId: '615adcbd-23b2-4563-aba7-9d1b424d3d38', event: JOINED }],
      [{ sourceId: 'ce-2', event: { ...JOINED, type: 'participantLeft' } }],
    ]);
  });

  it('hands on a redelivered event with its Event Grid id each time, so the store keeps it once', async () => {
    const store = new Map<string, RoomCallEvent>();
    const hook = await webhook({
      accept: async (events) => {
        for (const { sourceId, event } of events) if (!store.has(sourceId)) store.set(sourceId, event);
      },
    });
    const delivery = [eventGridEventOf(JOINED, { id: 'eg-1', topic: TOPIC })];
    expect((await hook.post(delivery)).status).toBe(200);
    expect((await hook.post(delivery)).status).toBe(200);
    expect([...store]).toEqual([['eg-1', JOINED]]);
  });

  it('passes the same id once within one delivery, in delivery order', async () => {
    const hook = await webhook();
    const joined = only(fixture('callParticipantAdded'));
    const started = only(fixture('callStarted'));
    expect((await hook.post([started, joined, started, joined])).status).toBe(200);
    expect(hook.accepted).toEqual([
      [
        { sourceId: started.id, event: STARTED },
        { sourceId: joined.id, event: JOINED },
      ],
    ]);
  });
});

describe('what the webhook ignores (and still answers 200)', () => {
  it("drops other rooms' events and keeps the rest of the delivery", async () => {
    const hook = await webhook();
    const other = only(fixture('callParticipantRemoved'));
    other.id = 'other-room';
    (other.data as Json).room = { id: 'a-room-of-someone-else' };
    const answer = await hook.post([other, only(fixture('callParticipantAdded'))]);
    expect(answer.status).toBe(200);
    expect(hook.asked.sort()).toEqual([ROOM, 'a-room-of-someone-else'].sort());
    expect(hook.accepted).toEqual([[{ sourceId: '615adcbd-23b2-4563-aba7-9d1b424d3d38', event: JOINED }]]);

    const alone = await hook.post([other]);
    expect(alone.status).toBe(200);
    expect(hook.accepted).toHaveLength(1);
  });

  it("drops other resources' events: another Communication Services resource, another provider", async () => {
    const hook = await webhook();
    const otherResource = only(fixture('callStarted'));
    otherResource.topic = TOPIC.replace('contoso-clinic', 'contoso-bank');
    const otherProvider = only(fixture('callStarted'));
    otherProvider.topic = '/subscriptions/5f0c6b2e/resourceGroups/clinic/providers/Microsoft.Storage/storageAccounts/x';
    expect((await hook.post([otherResource, otherProvider])).status).toBe(200);
    expect(hook.accepted).toEqual([]);
    expect(hook.asked).toEqual([]);
  });

  it('takes any Communication Services resource when no resource name is configured, in any letter case', async () => {
    const hook = await webhook({ resourceName: undefined });
    const event = only(fixture('callStarted'));
    event.topic = TOPIC.replace(
      'microsoft.communication/communicationservices/contoso-clinic',
      'Microsoft.Communication/CommunicationServices/Elsewhere',
    );
    expect((await hook.post([event])).status).toBe(200);
    expect(hook.accepted).toEqual([[{ sourceId: event.id, event: STARTED }]]);
  });

  it('drops calls that are not room calls and event types it does not know', async () => {
    const hook = await webhook();
    const groupCall = only(fixture('callStarted'));
    groupCall.id = 'group-call';
    (groupCall.data as Json).isRoomsCall = false;
    delete (groupCall.data as Json).room;
    const recording = only(fixture('recordingFileStatusUpdated'));
    expect((await hook.post([groupCall, recording])).status).toBe(200);
    expect(hook.accepted).toEqual([]);
  });
});

describe('bad deliveries', () => {
  it('refuses a body that is not JSON, not a delivery, or a room-call event without what it needs, with 400', async () => {
    const hook = await webhook();
    const notJson = await hook.post('[{"id": ');
    expect(notJson.status).toBe(400);
    expect(notJson.json).toMatchObject({ error: { code: 'BadRequest', message: expect.any(String) } });

    const notADelivery = await hook.post({ hello: 'world' });
    expect(notADelivery.status).toBe(400);

    const noId = only(fixture('callStarted'));
    delete noId.id;
    const missingId = await hook.post([noId]);
    expect(missingId.status).toBe(400);
    expect(missingId.json).toMatchObject({ error: { details: [{ target: '[0].id' }] } });

    const noUser = only(fixture('callParticipantAdded'));
    delete (noUser.data as Json).user;
    const missingUser = await hook.post([only(fixture('callStarted')), noUser]);
    expect(missingUser.status).toBe(400);
    expect(missingUser.json).toMatchObject({ error: { details: [{ target: '[1].data.user' }] } });

    const badTime = only(fixture('callStarted'));
    badTime.eventTime = 'yesterday';
    expect((await hook.post([badTime])).status).toBe(400);

    expect(hook.accepted).toEqual([]);
  });

  it('refuses a body over the limit with 413, declared or streamed, and reads none of a huge declared one', async () => {
    const hook = await webhook({ bodyLimitBytes: 2048 });
    const events = Array.from({ length: 20 }, (_, n) => ({ ...only(fixture('callStarted')), id: `e-${n}` }));
    const declared = await hook.post(events);
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ error: { code: 'RequestEntityTooLarge' } });

    const streamed = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        hook.url(),
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      // No Content-Length: the limit holds while reading.
      const text = JSON.stringify(events);
      for (let at = 0; at < text.length; at += 500) request.write(text.slice(at, at + 500));
      request.end();
    });
    expect(streamed).toBe(413);
    expect(hook.accepted).toEqual([]);
  });

  it('refuses more than 1 MiB by default before reading it', async () => {
    const hook = await webhook();
    const status = await headersOnly(hook.url(), { 'content-type': 'application/json', 'content-length': '2000000' });
    expect(status).toBe(413);
  });
});

describe('a store that cannot keep the events', () => {
  it('answers 503 so Event Grid delivers again, and takes the redelivery', async () => {
    const kept: EventGridAcceptedEvent[][] = [];
    let failures = 1;
    const hook = await webhook({
      accept: async (events) => {
        if (failures-- > 0) throw new Error('database is down');
        kept.push(events);
      },
    });
    const delivery = fixture('callParticipantAdded');
    const refused = await hook.post(delivery);
    expect(refused.status).toBe(503);
    expect(refused.json).toMatchObject({ error: { code: 'ServiceUnavailable' } });
    expect(hook.errors).toEqual([new Error('database is down')]);

    expect((await hook.post(delivery)).status).toBe(200);
    expect(kept).toEqual([[{ sourceId: '615adcbd-23b2-4563-aba7-9d1b424d3d38', event: JOINED }]]);
  });

  it('answers 503 when it cannot tell whether a room is known', async () => {
    const hook = await webhook({
      isKnownRoom: async () => {
        throw new Error('records unavailable');
      },
    });
    expect((await hook.post(fixture('callStarted'))).status).toBe(503);
    expect(hook.accepted).toEqual([]);
  });
});
