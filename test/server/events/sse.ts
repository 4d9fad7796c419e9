/**
 * A small reader of the handler's raw event stream for tests: a `fetch` of `GET /events` whose body is fed to
 * eventsource-parser, so a test sees exactly the messages, ids, `retry:` and comments the server sent, and can wait
 * for the messages it expects (no sleeps).
 */
import { createParser } from 'eventsource-parser';

/** One message of the stream: its `id:` and its `data:` parsed as JSON. */
export interface StreamMessage {
  id: string | undefined;
  data: Record<string, unknown>;
}

/** An open stream. */
export interface EventStream {
  /** The answer's status and headers. */
  response: Response;
  /** Every message so far. */
  readonly messages: StreamMessage[];
  /** Comments so far (`keep-alive`). */
  readonly comments: string[];
  /** The `retry:` the server asked for. */
  readonly retry: number | undefined;
  /** The id of the last message with one. */
  readonly lastId: string | undefined;
  /** Resolves with the messages once `test` holds for them (checked on every message). */
  until(test: (messages: StreamMessage[]) => boolean): Promise<StreamMessage[]>;
  /** Resolves once a comment arrives. */
  nextComment(): Promise<string>;
  /** Resolves when the server ends the stream (or the connection breaks). */
  readonly ended: Promise<void>;
  /** Cuts the connection from this side. */
  close(): void;
}

/** Options of {@link openEventStream}. */
export interface OpenEventStreamOptions {
  /** Sent as `Last-Event-ID`. */
  lastEventId?: string;
  /** More request headers. */
  headers?: Record<string, string>;
}

/** Opens `url` as an event stream; resolves once the answer's headers are in. */
export async function openEventStream(url: string, options: OpenEventStreamOptions = {}): Promise<EventStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers };
  if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
  const response = await fetch(url, { headers, signal: controller.signal });
  const messages: StreamMessage[] = [];
  const comments: string[] = [];
  let retry: number | undefined;
  let lastId: string | undefined;
  const waiters: Array<{ test: (messages: StreamMessage[]) => boolean; resolve: (m: StreamMessage[]) => void }> = [];
  const commentWaiters: Array<(comment: string) => void> = [];
  let failEnded!: () => void;
  const ended = new Promise<void>((resolve) => {
    failEnded = resolve;
  });

  const check = (): void => {
    for (const waiter of [...waiters]) {
      if (waiter.test(messages)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...messages]);
      }
    }
  };
  const parser = createParser({
    onEvent(event) {
      if (event.id !== undefined) lastId = event.id;
      messages.push({ id: event.id, data: JSON.parse(event.data) as Record<string, unknown> });
      check();
    },
    onRetry(ms) {
      retry = ms;
    },
    onComment(comment) {
      comments.push(comment);
      for (const resolve of commentWaiters.splice(0)) resolve(comment);
    },
  });

  if (response.ok && response.body) {
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch {
        // Aborted or cut: the stream has ended either way.
      } finally {
        failEnded();
      }
    })();
  } else failEnded();

  return {
    response,
    messages,
    comments,
    get retry() {
      return retry;
    },
    get lastId() {
      return lastId;
    },
    until(test) {
      if (test(messages)) return Promise.resolve([...messages]);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    nextComment() {
      return new Promise((resolve) => commentWaiters.push(resolve));
    },
    ended,
    close() {
      controller.abort();
    },
  };
}

/** The messages of one type. */
export function ofType(messages: readonly StreamMessage[], type: string): StreamMessage[] {
  return messages.filter((message) => message.data.type === type);
}
