// The subscribers of bench/events/run.mjs, in a process of their own so their memory is not counted as the server's:
// opens N event streams (plain node:http, each on its own connection), reads their messages' ids, and tells the
// parent (over IPC) when each event has reached all of them, with the time each one got it.
//
// Messages from the parent: { cmd: 'open', url, count, headers(i) as a header name and value prefix },
// { cmd: 'ping', sent }, { cmd: 'close' }. To the parent: { opened }, { pong, sent, at }, { event, times }, { closed }.
import { request } from 'node:http';

/** Wall-clock time in milliseconds with sub-millisecond precision, comparable with the parent's. */
const now = () => performance.timeOrigin + performance.now();

let streams = [];
/** Event id → receipt times, until every stream has it. */
const pending = new Map();

function received(id) {
  let times = pending.get(id);
  if (!times) {
    times = [];
    pending.set(id, times);
  }
  times.push(now());
  if (times.length === streams.length) {
    pending.delete(id);
    process.send({ event: id, times });
  }
}

function open(url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`the stream answered ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      let ready = false;
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!ready && message.startsWith('retry:')) {
            ready = true;
            resolve({ req, response });
            continue;
          }
          if (message.startsWith('id: ')) received(message.slice(4, message.indexOf('\n')));
        }
      });
      response.on('error', () => undefined);
    });
    req.on('error', reject);
    req.end();
  });
}

process.on('message', async (message) => {
  if (message.cmd === 'open') {
    const opened = [];
    // A few at a time, as browsers coming and going would, rather than a thousand handshakes in one instant.
    for (let i = 0; i < message.count; i += 50) {
      const batch = [];
      for (let j = i; j < Math.min(message.count, i + 50); j++) {
        const headers = message.header ? { [message.header]: `${message.valuePrefix}${j}` } : {};
        batch.push(open(message.url, headers));
      }
      opened.push(...(await Promise.all(batch)));
    }
    streams = opened;
    process.send({ opened: streams.length });
  } else if (message.cmd === 'ping') {
    process.send({ pong: true, sent: message.sent, at: now() });
  } else if (message.cmd === 'close') {
    for (const { req } of streams) req.destroy();
    streams = [];
    pending.clear();
    process.send({ closed: true });
  }
});
