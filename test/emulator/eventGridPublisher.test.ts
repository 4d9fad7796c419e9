/**
 * The local Rooms service's Event Grid publisher against webhooks on real node:http servers: the handshake before
 * anything else, order kept (and ids kept) across a webhook that fails and recovers, batches Event Grid would
 * dead-letter, closing, payloads that write only fields of the documented schema, and a round trip through the
 * kit's own webhook that lands the same call events.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomCallEvent } from '../../src/core/types';
import {
  createEventGridPublisher,
  eventGridEventOf,
  EventGridDeliveryError,
  type EventGridEvent,
  type EventGridPublisher,
  type EventGridPublisherOptions,
} from '../../src/emulator/eventGridPublisher';
import {
  createEventGridReceiver,
  parseEventGridDelivery,
  type EventGridAcceptedEvent,
} from '../../src/server/eventGrid';
import { serve, type TestServer } from '../node/http/serve';

const TOPIC =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Communication/communicationServices/local';
const PRIYA = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000001';
const JONAS = '8:acs:4f2a9c1e-7b3d-4e8a-9c5f-1d6b2e8a3f70_00000001-aaaa-bbbb-cccc-000000000002';

/** A call in room r1: Priya starts it, Jonas joins and leaves, Priya ends it. */
function callStory(roomId = 'r1', callId = 'call-1'): RoomCallEvent[] {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 17, minute));
  return [
    { type: 'callStarted', roomId, callId, at: at(0), startedBy: PRIYA },
    {
      type: 'participantJoined',
      roomId,
      callId,
      at: at(0),
      userId: PRIYA,
      displayName: 'Priya Raman',
      role: 'Presenter',
      participantId: 'p-1',
    },
    {
      type: 'participantJoined',
      roomId,
      callId,
      at: at(2),
      userId: JONAS,
      displayName: 'Jonas Weber',
      role: 'Attendee',
      participantId: 'p-2',
    },
    {
      type: 'participantLeft',
      roomId,
      callId,
      at: at(20),
      userId: JONAS,
      displayName: 'Jonas Weber',
      role: 'Attendee',
      participantId: 'p-2',
    },
    { type: 'callEnded', roomId, callId, at: at(30), endedBy: PRIYA, durationSeconds: 1800 },
  ];
}

interface Received {
  kind: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type Respond = (received: Received, response: ServerResponse) => void | Promise<void>;

const servers: TestServer[] = [];
const publishers: EventGridPublisher[] = [];

afterEach(async () => {
  await Promise.all(publishers.splice(0).map((publisher) => publisher.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function answerHandshake(received: Received, response: ServerResponse): void {
  const [event] = received.body as Array<EventGridEvent<{ validationCode: string }>>;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ validationResponse: event?.data.validationCode }));
}

/** A webhook that records every request; `respond` answers notifications (200 by default). */
async function fakeWebhook(
  respond: Respond = (_, response) => void response.end(),
  handshake: Respond = answerHandshake,
) {
  const received: Received[] = [];
  const server = await serve((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: Received = {
        kind: String(request.headers['aeg-event-type']),
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      };
      received.push(entry);
      void (entry.kind === 'SubscriptionValidation' ? handshake : respond)(entry, response);
    });
  });
  servers.push(server);
  return { url: `${server.origin}/eventgrid?secret=s3cret`, received };
}

function start(options: Partial<EventGridPublisherOptions> & { webhookUrl: string }) {
  const errors: unknown[] = [];
  const publisher = createEventGridPublisher({
    topic: TOPIC,
    retryDelayMs: 1,
    maxRetryDelayMs: 4,
    onError: (error) => errors.push(error),
    ...options,
  });
  publishers.push(publisher);
  return { publisher, errors };
}

function notifications(received: Received[]): Received[] {
  return received.filter((entry) => entry.kind === 'Notification');
}

function eventsOf(entry: Received): EventGridEvent[] {
  return entry.body as EventGridEvent[];
}

/** The call events a delivered batch says, read by the kit's own webhook parser. */
function readBack(entries: Received[]): RoomCallEvent[] {
  return entries.flatMap((entry) => {
    const delivery = parseEventGridDelivery(entry.body);
    return delivery.kind === 'events' ? delivery.events.map((item) => item.event) : [];
  });
}

describe('the handshake', () => {
  it('posts a SubscriptionValidationEvent first and delivers nothing until its code is echoed', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const handshakeArrived = new Promise<void>((resolve) => (arrived = resolve));
    const order: string[] = [];
    const hook = await fakeWebhook(
      (_, response) => {
        order.push('notification');
        response.end();
      },
      async (received, response) => {
        arrived();
        await held;
        order.push('validation answered');
        answerHandshake(received, response);
      },
    );
    const { publisher } = start({ webhookUrl: hook.url });
    publisher.publish(callStory());
    await handshakeArrived;
    expect(notifications(hook.received)).toEqual([]);

    release();
    await publisher.ready;
    await publisher.flush();
    expect(order[0]).toBe('validation answered');
    expect(order.slice(1).every((step) => step === 'notification')).toBe(true);
    const [validation] = hook.received;
    expect(validation?.kind).toBe('SubscriptionValidation');
    expect(eventsOf(validation!)).toEqual([
      expect.objectContaining({
        topic: TOPIC,
        eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
        data: { validationCode: expect.any(String) },
      }),
    ]);
    expect(readBack(notifications(hook.received))).toEqual(callStory());
  });

  it('tries the handshake again when the webhook does not echo the code, and says why', async () => {
    let attempts = 0;
    const hook = await fakeWebhook(undefined, (received, response) => {
      if (attempts++ === 0) {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ validationResponse: 'not-the-code' }));
        return;
      }
      answerHandshake(received, response);
    });
    const { publisher, errors } = start({ webhookUrl: hook.url });
    await publisher.ready;
    expect(attempts).toBe(2);
    expect(errors).toEqual([expect.any(EventGridDeliveryError)]);
    expect((errors[0] as Error).message).toMatch(/without echoing its validationCode/);
  });
});

describe('delivery', () => {
  it('keeps the order across a webhook that fails and recovers, redelivering each batch with the same ids', async () => {
    let failures = 0;
    const hook = await fakeWebhook((_, response) => {
      failures++;
      if (failures === 1) {
        response.statusCode = 503;
        response.end();
      } else if (failures === 2) {
        // No answer at all: the connection drops.
        response.socket?.destroy();
      } else if (failures === 3) {
        response.statusCode = 500;
        response.end();
      } else response.end();
    });
    const { publisher, errors } = start({ webhookUrl: hook.url, maxEventsPerBatch: 2 });
    const story = callStory();
    publisher.publish(story.slice(0, 2));
    publisher.publish(story.slice(2, 3));
    publisher.publish(story.slice(3));
    await publisher.flush();

    const posted = notifications(hook.received);
    // Three failed attempts of the first batch, then three batches.
    expect(posted.map((entry) => eventsOf(entry).length)).toEqual([2, 2, 2, 2, 2, 1]);
    const firstIds = eventsOf(posted[0]!).map((event) => event.id);
    for (const attempt of posted.slice(0, 4)) expect(eventsOf(attempt).map((event) => event.id)).toEqual(firstIds);
    expect(posted.slice(0, 4).map((entry) => entry.headers['aeg-delivery-count'])).toEqual(['0', '1', '2', '3']);
    expect(readBack(posted.slice(3))).toEqual(story);
    const ids = posted.slice(3).flatMap((entry) => eventsOf(entry).map((event) => event.id));
    expect(new Set(ids).size).toBe(story.length);
    expect(errors).toHaveLength(3);
    expect(errors.every((error) => error instanceof EventGridDeliveryError && error.retrying)).toBe(true);
  });

  it('drops a batch the webhook refuses with 400, as Event Grid dead-letters it, and goes on with the next', async () => {
    let answered = 0;
    const hook = await fakeWebhook((_, response) => {
      response.statusCode = answered++ === 0 ? 400 : 200;
      response.end();
    });
    const { publisher, errors } = start({ webhookUrl: hook.url, maxEventsPerBatch: 1 });
    const story = callStory();
    publisher.publish(story.slice(0, 2));
    await publisher.flush();
    expect(readBack(notifications(hook.received).slice(1))).toEqual(story.slice(1, 2));
    expect(errors).toEqual([expect.objectContaining({ status: 400, retrying: false })]);
  });

  it('sends the Event Grid delivery headers', async () => {
    const hook = await fakeWebhook();
    const { publisher } = start({ webhookUrl: hook.url });
    publisher.publish(callStory().slice(0, 1));
    await publisher.flush();
    const [posted] = notifications(hook.received);
    expect(posted?.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'aeg-event-type': 'Notification',
      'aeg-delivery-count': '0',
    });
  });

  it('rejects the flushes and the handshake still waiting when it is closed', async () => {
    const hook = await fakeWebhook((_, response) => {
      response.statusCode = 503;
      response.end();
    });
    const { publisher } = start({ webhookUrl: hook.url });
    await publisher.ready;
    publisher.publish(callStory());
    const flushed = publisher.flush();
    await publisher.close();
    await expect(flushed).rejects.toThrow(/closed/);

    const never = await fakeWebhook(undefined, (_, response) => {
      response.statusCode = 503;
      response.end();
    });
    const waiting = start({ webhookUrl: never.url }).publisher;
    await waiting.close();
    await expect(waiting.ready).rejects.toThrow(/closed/);
  });
});

describe('the payloads', () => {
  type Json = Record<string, unknown>;

  /** Every field path of a JSON value (`data.user.communicationIdentifier.rawId`). */
  function paths(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value as Json).flatMap(([key, field]) => {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      return [path, ...paths(field, path)];
    });
  }

  function documented(name: string): Json {
    const [event] = JSON.parse(
      readFileSync(new URL(`../fixtures/eventGrid/${name}.json`, import.meta.url), 'utf8'),
    ) as Json[];
    return event!;
  }

  it.each([
    ['callStarted', 0],
    ['callParticipantAdded', 1],
    ['callParticipantRemoved', 3],
    ['callEndedBy', 4],
  ] as const)('writes %s with only fields of the documented schema', (name, index) => {
    const event = callStory()[index]!;
    const written = eventGridEventOf(event, {
      id: 'e-1',
      topic: TOPIC,
      startedBy: { userId: PRIYA, role: 'Presenter' },
      correlationId: 'c-1',
      endedByName: 'Priya Raman',
    });
    const sample = documented(name);
    expect(written.eventType).toBe(sample.eventType);
    const allowed = new Set(paths(sample));
    expect(paths(written).filter((path) => !allowed.has(path))).toEqual([]);
    expect(written).toMatchObject({ dataVersion: sample.dataVersion, metadataVersion: sample.metadataVersion });
  });
});

describe('round trip through the kit webhook', () => {
  it('lands the same call events, only the known room, each id once', async () => {
    const accepted: EventGridAcceptedEvent[] = [];
    const receiver = createEventGridReceiver({
      secret: 's3cret',
      resourceName: 'local',
      isKnownRoom: async (roomId) => roomId === 'r1',
      accept: async (events) => {
        accepted.push(...events);
      },
    });
    const server = await serve((request, response) => void receiver(request, response));
    servers.push(server);
    const { publisher, errors } = start({ webhookUrl: `${server.origin}/eventgrid?secret=s3cret` });
    const story = callStory();
    publisher.publish(story.slice(0, 3));
    publisher.publish(callStory('r2', 'call-2'));
    publisher.publish(story.slice(3));
    await publisher.ready;
    await publisher.flush();
    expect(errors).toEqual([]);
    expect(accepted.map((item) => item.event)).toEqual(story);
    expect(new Set(accepted.map((item) => item.sourceId)).size).toBe(story.length);
  });
});
