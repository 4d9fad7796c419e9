/**
 * A browser that stops reading its event stream costs the server a bounded amount of memory: once more than the
 * limit waits unsent, the server closes that stream, and the browser's resume with its cursor misses nothing.
 */
import { request, type IncomingMessage } from 'node:http';
import { createParser } from 'eventsource-parser';
import { afterEach, expect, it } from 'vitest';
import { startStack, userId, type Stack } from '../stack';
import { openEventStream } from './sse';

const stacks: Stack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
});

/** A big roster change (about 8 KB on the wire), number `n`. */
function bigChange(n: number) {
  return {
    event: {
      type: 'participantsChanged' as const,
      roomId: 'r1',
      upserted: Array.from({ length: 64 }, (_, i) => ({ id: userId(n * 100 + i), role: 'Attendee' as const })),
      removed: [],
    },
  };
}

it('closes a stream that stops reading once too much waits for it; its resume misses nothing', async () => {
  const stack = await startStack({ handler: { syncIntervalMs: false, events: { maxBufferedBytes: 256 * 1024 } } });
  stacks.push(stack);
  const log = stack.handler.events;

  // A reader that takes the answer's head and then reads nothing more.
  const url = new URL(`${stack.baseUrl}/events`);
  const slow = await new Promise<IncomingMessage>((resolve, reject) => {
    request(url, (response) => {
      response.pause();
      resolve(response);
    })
      .on('error', reject)
      .end();
  });
  expect(slow.statusCode).toBe(200);
  // A reader that keeps up, to see every event.
  const steady = await openEventStream(url.toString());

  // 12 MB in bursts of about 100 KB, each one taken by the reader that keeps up before the next; the one that
  // stopped holds a few MB in the kernel's buffers, and then the server's own.
  const total = 1500;
  for (let n = 0; n < total; n += 12) {
    await log.append(Array.from({ length: Math.min(12, total - n) }, (_, i) => bigChange(n + i)));
    await steady.until((m) => m.length === Math.min(total, n + 12));
  }

  // Read what did reach the slow reader, up to the end the server put to its stream.
  const ids: string[] = [];
  const parser = createParser({ onEvent: (event) => void (event.id && ids.push(event.id)) });
  slow.setEncoding('utf8');
  slow.on('data', (chunk: string) => parser.feed(chunk));
  await new Promise<void>((resolve) => {
    slow.on('close', resolve);
    slow.resume();
  });
  expect(ids.length).toBeLessThan(total);

  const resumed = await openEventStream(url.toString(), { lastEventId: ids.at(-1) ?? '' });
  const rest = await resumed.until((m) => ids.length + m.length >= total);
  resumed.close();
  expect([...ids, ...rest.map((m) => m.id)]).toEqual(steady.messages.map((m) => m.id));
});
