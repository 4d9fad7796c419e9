/**
 * The Event Grid webhook of room calls: the call service reports `CallStarted`, `CallEnded`, `CallParticipantAdded`
 * and `CallParticipantRemoved` through Event Grid, and this receiver turns them into the kit's call events.
 *
 * What it answers, in order:
 * - the `secret` query parameter first, compared in constant time: a wrong or missing one is a 401 before a byte of
 *   the body is read (Event Grid has no session; the secret in the subscription's URL is what authenticates it);
 * - `OPTIONS`: the CloudEvents 1.0 abuse-protection handshake (`WebHook-Request-Origin` → `WebHook-Allowed-Origin`);
 * - `POST` of `Microsoft.EventGrid.SubscriptionValidationEvent`: `{ validationResponse }`, the Event Grid handshake;
 * - `POST` of events, in the Event Grid schema (an array) or the CloudEvents 1.0 schema (one event or a batch): the
 *   room-call events of the configured resource and of rooms the host knows are handed to `accept` in delivery order,
 *   once per id within the delivery; everything else is answered 200 and dropped, since Event Grid would otherwise
 *   redeliver what the host never wants. A body that is not a delivery is a 400 in the service's error shape (Event
 *   Grid does not retry those), and a failing `accept` a 503, so Event Grid delivers the batch again.
 *
 * Redeliveries across requests carry the same Event Grid id, handed on as `sourceId`: the event store dedupes by it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { isRoomRole } from '../core/roles';
import type { RoomCallEvent } from '../core/types';
import { headerValue, readJsonBody, sendError, sendJson, ServiceError, type ServiceErrorDetail } from '../node/http';

/** The largest delivery read by default: Event Grid's own limit for a batch. */
export const DEFAULT_EVENT_GRID_BODY_LIMIT_BYTES = 1024 * 1024;

/** The event types of Event Grid's handshake and of room calls, as the service names them. */
export const EventGridEventType = {
  subscriptionValidation: 'Microsoft.EventGrid.SubscriptionValidationEvent',
  callStarted: 'Microsoft.Communication.CallStarted',
  callEnded: 'Microsoft.Communication.CallEnded',
  callParticipantAdded: 'Microsoft.Communication.CallParticipantAdded',
  callParticipantRemoved: 'Microsoft.Communication.CallParticipantRemoved',
} as const;

/** A call event as the receiver hands it on: the kit's event and the Event Grid id it came with. */
export interface EventGridAcceptedEvent {
  /** The Event Grid event id; a redelivery carries the same one, so the store keeps the event once. */
  sourceId: string;
  /** The call event. */
  event: RoomCallEvent;
}

/** Options of {@link createEventGridReceiver}. */
export interface EventGridReceiverOptions {
  /** The shared secret, compared in constant time with the `secret` query parameter of every request. */
  secret: string;
  /**
   * The Communication Services resource whose events count: topics ending `/communicationServices/<name>`
   * (case-insensitive). Without it, events of any Communication Services resource count.
   */
  resourceName?: string;
  /** Largest body read, in bytes; a larger one is refused with 413. @default 1 MiB */
  bodyLimitBytes?: number;
  /** Whether the room is one of the host's; events of other rooms are dropped (and answered 200). */
  isKnownRoom(roomId: string): Promise<boolean>;
  /**
   * Keeps the events durably, in the order given; resolves once they are kept. A rejection answers 503, so Event
   * Grid delivers the whole batch again (with the same ids).
   */
  accept(events: EventGridAcceptedEvent[]): Promise<void>;
  /** Hears failures the webhook answered with 503 (a failing `accept` or `isKnownRoom`) and unexpected errors. */
  onError?(error: unknown): void;
}

/** The webhook: a Node request listener for `POST` and `OPTIONS` of the URL Event Grid delivers to. */
export type EventGridReceiver = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** What one delivery says: the handshake, or the call events that count (ignored ones already left out). */
export type EventGridDelivery =
  | { kind: 'validation'; validationCode: string }
  | { kind: 'events'; events: Array<EventGridAcceptedEvent & { roomId: string }> };

/** Options of {@link parseEventGridDelivery}. */
export interface ParseEventGridDeliveryOptions {
  /** As {@link EventGridReceiverOptions.resourceName}. */
  resourceName?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// The schemas, read leniently where the service's samples differ and strictly where the kit needs a value.

const text = z.string();

/** A communication identifier model: `{ rawId, communicationUser: { id } }` (other kinds carry `rawId` too). */
const identifierSchema = z.looseObject({
  rawId: text.nullish(),
  communicationUser: z.looseObject({ id: text }).nullish(),
});

type Identifier = z.output<typeof identifierSchema>;

function rawIdOf(identifier: Identifier | null | undefined): string | undefined {
  const id = identifier?.rawId ?? identifier?.communicationUser?.id;
  return id === undefined || id === null || id === '' ? undefined : id;
}

/**
 * A call participant: `{ communicationIdentifier, role }` in the current models, the identifier object itself (with
 * `role` beside `rawId`) in older samples.
 */
const participantSchema = z.looseObject({
  communicationIdentifier: identifierSchema.nullish(),
  rawId: text.nullish(),
  communicationUser: z.looseObject({ id: text }).nullish(),
  role: text.nullish(),
});

type Participant = z.output<typeof participantSchema>;

function participantId(participant: Participant | null | undefined): string | undefined {
  if (!participant) return undefined;
  return rawIdOf(participant.communicationIdentifier) ?? rawIdOf(participant);
}

/** Only the roles rooms know; `Organizer` (and the samples' `{role}`) leave the role unknown. */
function roleOf(participant: Participant | null | undefined) {
  const role = participant?.role;
  return isRoomRole(role) ? role : undefined;
}

const callingDataSchema = z.looseObject({
  serverCallId: text.min(1, 'serverCallId is required.'),
  startedBy: participantSchema.nullish(),
});

const participantDataSchema = callingDataSchema.extend({
  user: participantSchema.refine((user) => participantId(user) !== undefined, 'The user has no rawId.'),
  displayName: text.nullish(),
  participantId: text.nullish(),
});

const endedDataSchema = callingDataSchema.extend({
  endedBy: z.looseObject({ communicationIdentifier: identifierSchema.nullish() }).nullish(),
  callDurationInSeconds: z.number().nonnegative().nullish(),
  // The documented samples' name for the same duration.
  durationOfCall: z.number().nonnegative().nullish(),
});

/** What tells a room call from another: `isRoomsCall` and the room's id. */
const roomProbeSchema = z.looseObject({
  isRoomsCall: z.boolean().nullish(),
  room: z.looseObject({ id: z.unknown() }).nullish(),
});

const eventGridSchema = z.looseObject({
  id: text.min(1, 'Every event needs an id.'),
  topic: text,
  subject: text,
  eventType: text.min(1),
  eventTime: text,
  data: z.unknown(),
  dataVersion: text,
  metadataVersion: text.optional(),
});

const cloudEventSchema = z.looseObject({
  specversion: z.literal('1.0', { error: 'Only CloudEvents 1.0 is understood.' }),
  id: text.min(1, 'Every event needs an id.'),
  source: text.min(1),
  type: text.min(1),
  time: text.optional(),
  subject: text.optional(),
  data: z.unknown(),
});

const instantSchema = z.iso.datetime({ offset: true });

/** One event of either schema, in the names of neither. */
interface Envelope {
  index: number;
  id: string;
  type: string;
  topic: string;
  time: string | undefined;
  timeField: string;
  data: unknown;
}

const COMMUNICATION_TOPIC = /\/providers\/microsoft\.communication\/communicationservices\/([^/]+)$/i;

/** `value` without its `undefined` (and empty-text) fields: the kit's events leave unknown fields out. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && field !== null && field !== ''),
  ) as T;
}

function badRequest(message: string, details: ServiceErrorDetail[] = []): ServiceError {
  return new ServiceError(400, 'BadRequest', message, { details });
}

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (where, key) => (typeof key === 'number' ? `${where}[${key}]` : `${where}.${String(key)}`),
    prefix,
  );
}

function parsed<T extends z.ZodType>(schema: T, value: unknown, where: string, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    code: 'BadArgument',
    message: issue.message,
    target: pathOf(where, issue.path),
  }));
  throw badRequest(
    `${what} is not valid: ${details[0]?.message ?? 'unknown problem'} (at ${details[0]?.target}).`,
    details,
  );
}

function envelopeOf(value: unknown, index: number): Envelope {
  const where = `[${index}]`;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'specversion' in value) {
    const event = parsed(cloudEventSchema, value, where, `The CloudEvent at ${where}`);
    return {
      index,
      id: event.id,
      type: event.type,
      topic: event.source,
      time: event.time,
      timeField: 'time',
      data: event.data,
    };
  }
  const event = parsed(eventGridSchema, value, where, `The Event Grid event at ${where}`);
  return {
    index,
    id: event.id,
    type: event.eventType,
    topic: event.topic,
    time: event.eventTime,
    timeField: 'eventTime',
    data: event.data,
  };
}

function isOwnTopic(topic: string, resourceName: string | undefined): boolean {
  const name = COMMUNICATION_TOPIC.exec(topic)?.[1];
  if (name === undefined) return false;
  return resourceName === undefined || name.toLowerCase() === resourceName.toLowerCase();
}

const CALL_EVENT_TYPES: ReadonlySet<string> = new Set([
  EventGridEventType.callStarted,
  EventGridEventType.callEnded,
  EventGridEventType.callParticipantAdded,
  EventGridEventType.callParticipantRemoved,
]);

/** The kit's event for one room-call envelope, or a 400 naming what is wrong with it. */
function callEventOf(envelope: Envelope, roomId: string): RoomCallEvent {
  const where = `[${envelope.index}]`;
  const time = envelope.time;
  if (time === undefined || !instantSchema.safeParse(time).success) {
    throw badRequest(`The event at ${where} has no valid ${envelope.timeField}.`, [
      {
        code: 'BadArgument',
        message: 'An ISO 8601 date and time is required.',
        target: `${where}.${envelope.timeField}`,
      },
    ]);
  }
  const base = { roomId, at: new Date(time) };
  const what = `The ${envelope.type} event at ${where}`;
  switch (envelope.type) {
    case EventGridEventType.callStarted: {
      const data = parsed(callingDataSchema, envelope.data, `${where}.data`, what);
      return compact({
        type: 'callStarted' as const,
        ...base,
        callId: data.serverCallId,
        startedBy: participantId(data.startedBy),
      });
    }
    case EventGridEventType.callEnded: {
      const data = parsed(endedDataSchema, envelope.data, `${where}.data`, what);
      return compact({
        type: 'callEnded' as const,
        ...base,
        callId: data.serverCallId,
        endedBy: rawIdOf(data.endedBy?.communicationIdentifier),
        durationSeconds: data.callDurationInSeconds ?? data.durationOfCall ?? undefined,
      });
    }
    default: {
      const data = parsed(participantDataSchema, envelope.data, `${where}.data`, what);
      return compact({
        type: envelope.type === EventGridEventType.callParticipantAdded ? 'participantJoined' : 'participantLeft',
        ...base,
        callId: data.serverCallId,
        // The schema refused a user without an id.
        userId: participantId(data.user) ?? '',
        displayName: data.displayName ?? undefined,
        role: roleOf(data.user),
        participantId: data.participantId ?? undefined,
      });
    }
  }
}

/** The room of a call event's data, or `undefined` when the call is not a room call. */
function roomOf(envelope: Envelope): string | undefined {
  const where = `[${envelope.index}].data`;
  const probe = parsed(roomProbeSchema, envelope.data, where, `The ${envelope.type} event at [${envelope.index}]`);
  const roomId = probe.room?.id;
  if (probe.isRoomsCall === false || typeof roomId !== 'string' || roomId === '') return undefined;
  return roomId;
}

/**
 * Reads a delivery's parsed JSON body: the handshake, or the room-call events of the resource (other event types,
 * other resources' events and calls that are not room calls left out), each id once, in delivery order. Room
 * membership is not judged here. For hosts that receive Event Grid through a framework of their own.
 * @throws {@link ServiceError} 400 when the body is not an Event Grid or CloudEvents delivery, or a room-call event
 * in it lacks what the kit needs (its call id, time, user).
 */
export function parseEventGridDelivery(body: unknown, options: ParseEventGridDeliveryOptions = {}): EventGridDelivery {
  if (body === undefined) throw badRequest('The request body is empty: Event Grid delivers an array of events.');
  const isBatch = Array.isArray(body);
  const items: unknown[] = isBatch ? body : [body];
  if (!isBatch && (typeof body !== 'object' || body === null || !('specversion' in body))) {
    throw badRequest('The body is neither an array of Event Grid events nor a CloudEvent.');
  }
  const envelopes = items.map(envelopeOf);

  const validation = envelopes.find((envelope) => envelope.type === EventGridEventType.subscriptionValidation);
  if (validation) {
    if (envelopes.length > 1) throw badRequest('A subscription validation event comes alone in its delivery.');
    const data = parsed(
      z.looseObject({ validationCode: text.min(1) }),
      validation.data,
      '[0].data',
      'The subscription validation event',
    );
    return { kind: 'validation', validationCode: data.validationCode };
  }

  const seen = new Set<string>();
  const events: Array<EventGridAcceptedEvent & { roomId: string }> = [];
  for (const envelope of envelopes) {
    if (!CALL_EVENT_TYPES.has(envelope.type) || !isOwnTopic(envelope.topic, options.resourceName)) continue;
    const roomId = roomOf(envelope);
    if (roomId === undefined) continue;
    // Validated before the duplicate check, so a malformed copy is refused like any other malformed event.
    const event = callEventOf(envelope, roomId);
    if (seen.has(envelope.id)) continue;
    seen.add(envelope.id);
    events.push({ sourceId: envelope.id, roomId, event });
  }
  return { kind: 'events', events };
}

// ---------------------------------------------------------------------------------------------------------------

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function unauthorized(): ServiceError {
  return new ServiceError(401, 'Unauthorized', 'The webhook secret is missing or wrong.');
}

function unavailable(): ServiceError {
  return new ServiceError(503, 'ServiceUnavailable', 'The events could not be kept; deliver them again.');
}

/**
 * Makes the Event Grid webhook. Mount it at one URL for `POST` and `OPTIONS` and give Event Grid that URL with
 * `?secret=<secret>`; it answers every request itself and never rejects.
 * @throws TypeError when `secret` is empty.
 * @example
 * ```ts
 * const receiver = createEventGridReceiver({
 *   secret: process.env.EVENT_GRID_SECRET!,
 *   resourceName: 'contoso-clinic',
 *   isKnownRoom: async (roomId) => (await records.get(roomId)) !== undefined,
 *   accept: (events) => eventStore.appendCallEvents(events),
 * });
 * createServer((req, res) => void receiver(req, res)).listen(8080);
 * ```
 */
export function createEventGridReceiver(options: EventGridReceiverOptions): EventGridReceiver {
  if (options.secret === '') throw new TypeError('The Event Grid webhook needs a non-empty secret.');
  const expected = digest(options.secret);
  const limit = options.bodyLimitBytes ?? DEFAULT_EVENT_GRID_BODY_LIMIT_BYTES;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing error listener must not turn an answer into a crash.
    }
  };

  const authenticated = (request: IncomingMessage): boolean => {
    const given = new URL(request.url ?? '/', 'http://webhook.invalid').searchParams.getAll('secret');
    if (given.length !== 1) return false;
    // Equal-length digests: timingSafeEqual needs equal lengths, and the secret's length must not leak either.
    return timingSafeEqual(digest(given[0] ?? ''), expected);
  };

  const handshake = (request: IncomingMessage, response: ServerResponse): void => {
    const origin = headerValue(request.headers, 'webhook-request-origin');
    if (origin === undefined || origin.trim() === '') {
      throw badRequest('The CloudEvents validation request has no WebHook-Request-Origin header.');
    }
    sendJson(response, 200, undefined, {
      allow: 'OPTIONS, POST',
      'webhook-allowed-origin': origin.trim(),
      'webhook-allowed-rate': '*',
    });
  };

  const deliver = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readJsonBody(request, { limit });
    const delivery = parseEventGridDelivery(body, { resourceName: options.resourceName });
    if (delivery.kind === 'validation') {
      sendJson(response, 200, { validationResponse: delivery.validationCode });
      return;
    }
    let known: Map<string, boolean>;
    try {
      const rooms = [...new Set(delivery.events.map((item) => item.roomId))];
      known = new Map(await Promise.all(rooms.map(async (room) => [room, await options.isKnownRoom(room)] as const)));
    } catch (error) {
      report(error);
      throw unavailable();
    }
    const accepted = delivery.events
      .filter((item) => known.get(item.roomId) === true)
      .map(({ sourceId, event }) => ({ sourceId, event }));
    if (accepted.length > 0) {
      try {
        await options.accept(accepted);
      } catch (error) {
        report(error);
        throw unavailable();
      }
    }
    sendJson(response, 200, undefined);
  };

  return async (request, response) => {
    try {
      const method = (request.method ?? 'GET').toUpperCase();
      if (method !== 'POST' && method !== 'OPTIONS') {
        throw new ServiceError(405, 'MethodNotAllowed', `${method} is not allowed here.`, {
          headers: { allow: 'OPTIONS, POST' },
        });
      }
      if (!authenticated(request)) throw unauthorized();
      if (method === 'OPTIONS') handshake(request, response);
      else await deliver(request, response);
    } catch (error) {
      if (error instanceof ServiceError) {
        sendError(response, error);
        return;
      }
      report(error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // A client that went away mid-body lands here too; the answer then goes nowhere, which is fine.
      sendError(response, new ServiceError(500, 'InternalServerError', 'The webhook failed unexpectedly.'));
    }
  };
}
