/**
 * sendJson, sendError and answerClientError: every answer in the service's error shape with `x-ms-error-code`,
 * uncacheable and unsniffable, including the ones Node gives before any handler runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answerClientError, sendError, sendJson, ServiceError } from '../../../src/node/http';
import { rawExchange, serve, type TestServer } from './serve';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('sendJson and sendError', () => {
  it('answers JSON that no cache keeps and no browser sniffs, and errors in the service’s shape', async () => {
    server = await serve((request, response) => {
      if (request.url === '/ok') return sendJson(response, 200, { ok: true }, { 'x-extra': '1' });
      if (request.url === '/empty') return sendJson(response, 204, undefined);
      sendError(
        response,
        new ServiceError(405, 'MethodNotAllowed', 'No.', {
          target: 'method',
          details: [{ code: 'BadArgument', message: 'Really no.', target: 'verb' }],
          headers: { allow: 'GET' },
        }),
      );
    });
    const ok = await fetch(`${server.origin}/ok`);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(ok.headers.get('x-extra')).toBe('1');
    expect(await ok.json()).toEqual({ ok: true });
    const empty = await fetch(`${server.origin}/empty`);
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    const error = await fetch(`${server.origin}/error`);
    expect(error.status).toBe(405);
    expect(error.headers.get('allow')).toBe('GET');
    expect(error.headers.get('x-ms-error-code')).toBe('MethodNotAllowed');
    expect(error.headers.get('cache-control')).toBe('no-store');
    expect(await error.json()).toEqual({
      error: {
        code: 'MethodNotAllowed',
        message: 'No.',
        target: 'method',
        details: [{ code: 'BadArgument', message: 'Really no.', target: 'verb' }],
      },
    });
  });

  it('writes nothing once an answer has started', async () => {
    server = await serve((_request, response) => {
      sendJson(response, 200, { first: true });
      sendJson(response, 500, { second: true });
    });
    expect(await (await fetch(server.origin)).json()).toEqual({ first: true });
  });
});

describe('answerClientError', () => {
  it('answers oversized headers with a JSON 431 and malformed HTTP with a JSON 400, then closes', async () => {
    server = await serve((_request, response) => sendJson(response, 200, {}));
    server.server.on('clientError', answerClientError);
    const big = await fetch(server.origin, { headers: { 'x-padding': 'p'.repeat(20_000) } });
    expect(big.status).toBe(431);
    expect(big.headers.get('x-ms-error-code')).toBe('RequestHeaderFieldsTooLarge');
    expect(big.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await big.json()).toEqual({
      error: {
        code: 'RequestHeaderFieldsTooLarge',
        message: 'The request headers are larger than the server accepts.',
      },
    });
    const malformed = await rawExchange(server.origin, 'NOT HTTP AT ALL\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(malformed).toContain('connection: close');
    expect(JSON.parse(malformed.slice(malformed.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'BadRequest', message: 'The request is not valid HTTP.' },
    });
  });
});
