/**
 * readBody and readJsonBody: a byte limit whether the length is declared or streamed, an `admit` check that refuses
 * before a byte is read, and a body a framework already parsed taken as it is.
 */
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { readBody, readJsonBody, sendError, sendJson, ServiceError } from '../../../src/node/http';
import { serve, type TestServer } from './serve';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `read` and answers what it gave (or its ServiceError). */
async function reading(read: (request: IncomingMessage) => Promise<unknown>): Promise<TestServer> {
  server = await serve((request, response) => {
    read(request).then(
      (value) => sendJson(response, 200, { value: Buffer.isBuffer(value) ? value.toString() : value }),
      (error: unknown) => sendError(response, error instanceof ServiceError ? error : new ServiceError(500, 'X', 'x')),
    );
  });
  return server;
}

interface Sent {
  status: number;
  body: string;
  connection: string | undefined;
}

function post(origin: string, chunks: string[], headers: Record<string, string> = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = httpRequest({ host: url.hostname, port: url.port, method: 'POST', path: '/', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('readBody', () => {
  it('reads a body up to the limit', async () => {
    const { origin } = await reading((request) => readBody(request, { limit: 10 }));
    expect(JSON.parse((await post(origin, ['0123456789'])).body)).toEqual({ value: '0123456789' });
  });

  it('refuses a declared length over the limit with 413 before reading, and a streamed one while reading', async () => {
    const { origin } = await reading((request) => readBody(request, { limit: 10 }));
    const declared = await post(origin, ['01234567890'], { 'content-length': '11' });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({
      error: { code: 'RequestEntityTooLarge', message: 'The request body is larger than 10 bytes.' },
    });
    // Chunked: no length to check up front. The connection is closed rather than the rest read.
    const streamed = await post(origin, ['012345', '67890'], { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    expect(streamed.connection).toBe('close');
  });

  it('runs admit before reading: when it throws, the body is not read', async () => {
    let flowing: boolean | null | undefined;
    const { origin } = await reading(async (request) => {
      try {
        return await readBody(request, {
          limit: 1_000_000,
          admit: () => {
            throw new ServiceError(401, 'Denied', 'No.');
          },
        });
      } finally {
        // `null`: nobody ever asked the stream for data.
        flowing = request.readableFlowing;
      }
    });
    const answer = await post(origin, ['x'.repeat(100_000)], { 'content-length': '100000' });
    expect(answer.status).toBe(401);
    // Large and unread: the answer closes the connection instead of letting Node drain it.
    expect(answer.connection).toBe('close');
    expect(flowing).toBeNull();
  });
});

describe('readJsonBody', () => {
  it('reads and parses a JSON body, refusing one without a JSON type', async () => {
    const { origin } = await reading((request) => readJsonBody(request, { limit: 100 }));
    expect((await post(origin, ['{"a":1}'], { 'content-type': 'application/json' })).body).toBe('{"value":{"a":1}}');
    expect((await post(origin, ['{"a":1}'])).status).toBe(415);
  });

  it('takes a body a framework already parsed, still asking admit first', async () => {
    const admitted: string[] = [];
    const { origin } = await reading(async (request) => {
      await new Promise((resolve) => request.resume().on('end', resolve));
      Object.assign(request, { body: { parsed: true } });
      return readJsonBody(request, { limit: 100, admit: () => void admitted.push('yes') });
    });
    expect((await post(origin, ['{"parsed":true}'], { 'content-type': 'application/json' })).body).toBe(
      '{"value":{"parsed":true}}',
    );
    expect(admitted).toEqual(['yes']);
  });
});
