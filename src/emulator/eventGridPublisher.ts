/**
 * The local Rooms service's stand-in for Event Grid: it delivers the shared call's events to a webhook exactly as
 * Event Grid delivers the call service's events, so a demo runs the production path end to end.
 *
 * Like Event Grid it first posts a `Microsoft.EventGrid.SubscriptionValidationEvent` and delivers nothing until the
 * webhook echoes its code; then it posts the queued events in order, batched, in the Event Grid schema with
 * `aeg-event-type: Notification`. A failed delivery (no answer, a 5xx, a 401…) is retried with backoff, the same batch
 * with the same ids, before anything after it; a 400 or 413 is not retried (Event Grid dead-letters those) and is
 * reported. The payload builders here are the one description of the service's schema the kit writes; the webhook's
 * tests read the same payloads and the documented samples.
 */
import { randomUUID } from 'node:crypto';
import type { RoomCallEvent } from '../core/types';

/** An identifier as the call events write it. */
export interface EventGridCommunicationIdentifier {
  rawId: string;
  communicationUser?: { id: string };
}

/** A call participant as the call events write it: the identifier and the role in the call. */
export interface EventGridCallParticipant {
  communicationIdentifier: EventGridCommunicationIdentifier;
  role?: string;
}

/** One event in the Event Grid schema. */
export interface EventGridEvent<Data = unknown> {
  id: string;
  topic: string;
  subject: string;
  data: Data;
  eventType: string;
  dataVersion: string;
  metadataVersion: string;
  eventTime: string;
}

/** What a call event's payload says beyond the event itself: who started the call, under which correlation id. */
export interface EventGridCallContext {
  /** The Event Grid id of the event (a redelivery keeps it). */
  id: string;
  /** The resource's topic, `/subscriptions/…/providers/Microsoft.Communication/communicationServices/<name>`. */
  topic: string;
  /** Who started the call, as the service repeats it in every event of the call. */
  startedBy?: { userId: string; role?: string };
  /** The call's correlation id. */
  correlationId?: string;
  /** The display name of whoever ended the call (`endedBy.name`). */
  endedByName?: string;
}

/** Options of {@link createEventGridPublisher}. */
export interface EventGridPublisherOptions {
  /** The webhook, with its `?secret=…` as the subscription would hold it. */
  webhookUrl: string;
  /** The topic the events come from: `/subscriptions/…/providers/Microsoft.Communication/communicationServices/<name>`. */
  topic: string;
  /** The fetch to deliver with. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Hears every failed delivery and handshake (they are retried) and every dropped batch. */
  onError?(error: unknown): void;
  /** The first wait after a failure; each further failure doubles it. @default 250 */
  retryDelayMs?: number;
  /** The longest wait between attempts. @default 10000 */
  maxRetryDelayMs?: number;
  /** The most events in one delivery. @default 10 */
  maxEventsPerBatch?: number;
  /** How long one delivery may take before it counts as failed (Event Grid waits 30 s). @default 30000 */
  timeoutMs?: number;
}

/** A running publisher. */
export interface EventGridPublisher {
  /** Queues events; they are posted in order, after the handshake, in the service's Event Grid schema. */
  publish(events: RoomCallEvent[]): void;
  /** Resolves once the webhook answered the subscription validation handshake; rejects if closed before. */
  readonly ready: Promise<void>;
  /**
   * Resolves when everything queued so far is delivered (or dropped as Event Grid would dead-letter it).
   * @throws Error when the publisher is closed before that.
   */
  flush(): Promise<void>;
  /** Stops delivering (an attempt under way is abandoned) and resolves once nothing more will be sent. */
  close(): Promise<void>;
}

/** A delivery or handshake the webhook did not take. */
export class EventGridDeliveryError extends Error {
  /** The HTTP status, when the webhook answered. */
  readonly status: number | undefined;
  /** Whether the batch will be posted again. */
  readonly retrying: boolean;

  constructor(message: string, options: { status?: number; retrying: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'EventGridDeliveryError';
    this.status = options.status;
    this.retrying = options.retrying;
  }
}

const DATA_VERSION = '1.0';
const METADATA_VERSION = '1';

/** The event types of room calls as the service names them. */
const CALL_EVENT_TYPE: Readonly<Record<RoomCallEvent['type'], string>> = {
  callStarted: 'Microsoft.Communication.CallStarted',
  callEnded: 'Microsoft.Communication.CallEnded',
  participantJoined: 'Microsoft.Communication.CallParticipantAdded',
  participantLeft: 'Microsoft.Communication.CallParticipantRemoved',
};

/** An identifier model for a raw id; communication users (`8:acs:…`) also carry `communicationUser`. */
export function eventGridIdentifierOf(rawId: string): EventGridCommunicationIdentifier {
  return rawId.startsWith('8:') ? { rawId, communicationUser: { id: rawId } } : { rawId };
}

function participantOf(userId: string, role: string | undefined): EventGridCallParticipant {
  return { communicationIdentifier: eventGridIdentifierOf(userId), ...(role === undefined ? {} : { role }) };
}

/**
 * The service's Event Grid event for one call event: the envelope, the subject and the data of
 * `CallStarted` / `CallEnded` / `CallParticipantAdded` / `CallParticipantRemoved` of a room call.
 */
export function eventGridEventOf(event: RoomCallEvent, context: EventGridCallContext): EventGridEvent {
  const common: Record<string, unknown> = {};
  if (context.startedBy) common.startedBy = participantOf(context.startedBy.userId, context.startedBy.role);
  common.serverCallId = event.callId;
  common.room = { id: event.roomId };
  common.isTwoParty = false;
  common.correlationId = context.correlationId ?? event.callId;
  common.isRoomsCall = true;

  let subject: string;
  let data: Record<string, unknown>;
  switch (event.type) {
    case 'callStarted':
      subject = `call/${event.callId}${event.startedBy ? `/startedBy/${event.startedBy}` : ''}`;
      data = { ...common };
      if (event.startedBy && !context.startedBy) data.startedBy = participantOf(event.startedBy, undefined);
      break;
    case 'callEnded':
      subject = `call/${event.callId}`;
      data = {};
      if (event.endedBy) {
        data.endedBy = {
          communicationIdentifier: eventGridIdentifierOf(event.endedBy),
          type: 'Participant',
          name: context.endedByName ?? '',
        };
      }
      if (event.durationSeconds !== undefined) data.callDurationInSeconds = event.durationSeconds;
      data = { ...data, ...common };
      break;
    default:
      subject = `call/${event.callId}/participant/${event.userId}`;
      data = { user: participantOf(event.userId, event.role) };
      if (event.displayName !== undefined) data.displayName = event.displayName;
      if (event.participantId !== undefined) data.participantId = event.participantId;
      data = { ...data, ...common };
  }
  return {
    id: context.id,
    topic: context.topic,
    subject,
    data,
    eventType: CALL_EVENT_TYPE[event.type],
    dataVersion: DATA_VERSION,
    metadataVersion: METADATA_VERSION,
    eventTime: event.at.toISOString(),
  };
}

/** The handshake event Event Grid posts when a subscription is created. */
export function subscriptionValidationEventOf(options: {
  id: string;
  topic: string;
  validationCode: string;
  at: Date;
}): EventGridEvent<{ validationCode: string }> {
  return {
    id: options.id,
    topic: options.topic,
    subject: '',
    data: { validationCode: options.validationCode },
    eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
    dataVersion: '1',
    metadataVersion: METADATA_VERSION,
    eventTime: options.at.toISOString(),
  };
}

/** What the publisher remembers of a call going on, to write into each of its events as the service does. */
interface CallMemory {
  correlationId: string;
  startedBy?: { userId: string; role?: string };
  names: Map<string, string>;
}

interface Queued {
  /** Its place in publishing order, from 1. */
  seq: number;
  envelope: EventGridEvent;
}

function closedError(): Error {
  return new Error('The Event Grid publisher is closed.');
}

/**
 * Starts delivering to a webhook as Event Grid would: the handshake at once, then whatever is published.
 * @example
 * ```ts
 * const publisher = createEventGridPublisher({
 *   webhookUrl: 'http://127.0.0.1:3000/api/rooms-kit/eventgrid?secret=s3cret',
 *   topic: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Communication/communicationServices/local',
 * });
 * publisher.publish(sharedCall.events);
 * await publisher.flush();
 * ```
 */
export function createEventGridPublisher(options: EventGridPublisherOptions): EventGridPublisher {
  const send = options.fetch ?? globalThis.fetch;
  const firstDelay = options.retryDelayMs ?? 250;
  const maxDelay = options.maxRetryDelayMs ?? 10_000;
  const batchSize = Math.max(1, options.maxEventsPerBatch ?? 10);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const stop = new AbortController();
  const calls = new Map<string, CallMemory>();
  const queue: Queued[] = [];
  const flushes: Array<{ upTo: number; resolve: () => void; reject: (error: Error) => void }> = [];
  let published = 0;
  let settled = 0;
  let closed = false;
  let handshaken = false;
  let wake: (() => void) | undefined;
  let pumping: Promise<void> | undefined;

  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing listener must not stop the deliveries.
    }
  };

  const pause = (attempt: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.min(maxDelay, firstDelay * 2 ** Math.min(attempt, 30)));
      timer.unref?.();
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  /** One POST; the answer's status and text, or the error that stood for an answer. */
  const post = async (body: unknown, eventType: string, deliveryCount: number) => {
    const response = await send(options.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'aeg-event-type': eventType,
        'aeg-delivery-count': String(deliveryCount),
        'aeg-data-version': eventType === 'Notification' ? DATA_VERSION : '1',
        'aeg-metadata-version': METADATA_VERSION,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.any([stop.signal, AbortSignal.timeout(timeoutMs)]),
    });
    return { status: response.status, text: await response.text() };
  };

  const handshake = async (): Promise<void> => {
    for (let attempt = 0; !closed; attempt++) {
      const validationCode = randomUUID();
      const event = subscriptionValidationEventOf({
        id: randomUUID(),
        topic: options.topic,
        validationCode,
        at: new Date(),
      });
      try {
        const answer = await post([event], 'SubscriptionValidation', attempt);
        let echoed: unknown;
        try {
          echoed = (JSON.parse(answer.text) as { validationResponse?: unknown }).validationResponse;
        } catch {
          echoed = undefined;
        }
        if (answer.status === 200 && echoed === validationCode) return;
        report(
          new EventGridDeliveryError(
            answer.status === 200
              ? 'The webhook answered the subscription validation without echoing its validationCode.'
              : `The webhook answered the subscription validation with ${answer.status}.`,
            { status: answer.status, retrying: true },
          ),
        );
      } catch (error) {
        if (closed) return;
        report(
          new EventGridDeliveryError('The subscription validation did not reach the webhook.', {
            retrying: true,
            cause: error,
          }),
        );
      }
      await pause(attempt);
    }
  };

  const settle = (upTo: number) => {
    settled = upTo;
    for (let i = flushes.length - 1; i >= 0; i--) {
      const waiter = flushes[i];
      if (waiter && waiter.upTo <= settled) {
        flushes.splice(i, 1);
        waiter.resolve();
      }
    }
  };

  const deliverQueue = async (): Promise<void> => {
    let attempt = 0;
    while (!closed && queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      const last = batch[batch.length - 1];
      if (!last) return;
      let outcome: 'delivered' | 'dropped' | 'retry';
      try {
        const answer = await post(
          batch.map((item) => item.envelope),
          'Notification',
          attempt,
        );
        if (answer.status >= 200 && answer.status < 300) outcome = 'delivered';
        else {
          outcome = answer.status === 400 || answer.status === 413 ? 'dropped' : 'retry';
          report(
            new EventGridDeliveryError(
              `The webhook answered a delivery of ${batch.length} events with ${answer.status}.`,
              {
                status: answer.status,
                retrying: outcome === 'retry',
                cause: answer.text,
              },
            ),
          );
        }
      } catch (error) {
        if (closed) return;
        outcome = 'retry';
        report(
          new EventGridDeliveryError(`A delivery of ${batch.length} events did not reach the webhook.`, {
            retrying: true,
            cause: error,
          }),
        );
      }
      if (outcome === 'retry') {
        await pause(attempt);
        attempt++;
        continue;
      }
      queue.splice(0, batch.length);
      attempt = 0;
      settle(last.seq);
    }
  };

  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // Nobody has to wait for the handshake: an unobserved rejection on close is not a failure of the process.
  ready.catch(() => undefined);

  const pump = () => {
    if (pumping || closed || !handshaken) return;
    pumping = deliverQueue().finally(() => {
      pumping = undefined;
      if (queue.length > 0) pump();
    });
  };

  const handshaking = handshake().then(() => {
    if (closed) return;
    handshaken = true;
    resolveReady();
    pump();
  });

  return {
    ready,
    publish(events) {
      if (closed) {
        report(closedError());
        return;
      }
      for (const event of events) {
        let call = calls.get(event.callId);
        if (!call) {
          call = { correlationId: randomUUID(), names: new Map() };
          calls.set(event.callId, call);
        }
        if (event.type === 'callStarted' && event.startedBy) call.startedBy = { userId: event.startedBy };
        if (event.type === 'participantJoined' || event.type === 'participantLeft') {
          if (event.displayName !== undefined) call.names.set(event.userId, event.displayName);
          if (call.startedBy?.userId === event.userId && event.role !== undefined) call.startedBy.role = event.role;
        }
        const envelope = eventGridEventOf(event, {
          id: randomUUID(),
          topic: options.topic,
          startedBy: call.startedBy ? { ...call.startedBy } : undefined,
          correlationId: call.correlationId,
          endedByName: event.type === 'callEnded' && event.endedBy ? call.names.get(event.endedBy) : undefined,
        });
        if (event.type === 'callEnded') calls.delete(event.callId);
        queue.push({ seq: ++published, envelope });
      }
      pump();
    },
    flush() {
      if (settled >= published) return Promise.resolve();
      if (closed) return Promise.reject(closedError());
      return new Promise<void>((resolve, reject) => flushes.push({ upTo: published, resolve, reject }));
    },
    async close() {
      if (closed) return;
      closed = true;
      stop.abort();
      wake?.();
      await handshaking;
      await pumping;
      rejectReady(closedError());
      for (const waiter of flushes.splice(0)) waiter.reject(closedError());
    },
  };
}
