/**
 * createRoomsRequestHandler over the official SDKs and the local Rooms service: authorisation that denies by
 * default, routing, validation in the service's error shape, body limits, the join endpoint, the mapping of the
 * SDKs' failures, and use as Express-style middleware.
 */
import { rawExchange } from '../node/http/serve';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient } from '@azure/communication-rooms';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../src/core/types';
import { createRoomsEmulator } from '../../src/emulator';
import {
  createRoomsRequestHandler,
  type AuthorizeDetails,
  type RoomsAction,
  type RoomsAuthorize,
} from '../../src/server';
import { BASE_PATH, listen, startStack, stop, userId, type Stack, type StackOptions } from './stack';

let stack: Stack | undefined;

afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function started(options: Parameters<typeof startStack>[0] = {}): Promise<Stack> {
  stack = await startStack(options);
  return stack;
}

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

async function send(
  s: Stack,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${s.origin}${path}`, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** Everything the service holds, read through the SDK behind the handler's back. */
async function serviceState(s: Stack) {
  const rooms = [];
  for await (const room of s.handler.roomsClient.listRooms()) {
    const roster = [];
    for await (const p of s.handler.roomsClient.listParticipants(room.id)) roster.push(p);
    rooms.push({ room, roster });
  }
  return rooms;
}

describe('authorisation', () => {
  async function seeded(authorize: RoomsAuthorize) {
    const s = await started({ handler: { authorize } });
    const person = await s.handler.createUser('Amara Okafor');
    const room = await s.handler.roomsClient.createRoom({
      participants: [{ id: { communicationUserId: person.id }, role: 'Presenter' }],
    });
    return { s, person, roomId: room.id };
  }

  function everyRoute(roomId: string, userId: string) {
    return [
      ['POST', '/rooms', { pstnDialOutEnabled: true }, 'rooms:create', undefined],
      ['GET', '/rooms', undefined, 'rooms:read', undefined],
      ['GET', `/rooms/${roomId}`, undefined, 'rooms:read', roomId],
      ['PATCH', `/rooms/${roomId}`, { pstnDialOutEnabled: true }, 'rooms:update', roomId],
      ['DELETE', `/rooms/${roomId}`, undefined, 'rooms:delete', roomId],
      ['GET', `/rooms/${roomId}/participants`, undefined, 'participants:read', roomId],
      ['PATCH', `/rooms/${roomId}/participants`, { participants: { [userId]: null } }, 'participants:write', roomId],
      ['GET', '/people?search=Amara', undefined, 'people:search', undefined],
      ['POST', '/people:resolve', { ids: [userId] }, 'people:resolve', undefined],
      ['POST', `/rooms/${roomId}/join`, { userId }, 'join:asOther', roomId],
    ] as const;
  }

  it.each([
    ['false', () => false, 0],
    ['a promise of false', async () => false, 0],
    ['a truthy value that is not true', () => 'yes' as unknown as boolean, 0],
    [
      'a thrown error',
      () => {
        throw new Error('session store down');
      },
      10,
    ],
  ])(
    'an unauthorised caller (authorize gives %s) can read or change nothing, on every route',
    async (_label, verdict, reported) => {
      const calls: Array<[RoomsAction, string | undefined]> = [];
      const authorize: RoomsAuthorize = (_req, action, roomId) => {
        calls.push([action, roomId]);
        return verdict();
      };
      const { s, person, roomId } = await seeded(authorize);
      const before = await serviceState(s);

      for (const [method, path, body, action, expectedRoom] of everyRoute(roomId, person.id)) {
        calls.length = 0;
        const answer = await send(s, method, `${BASE_PATH}${path}`, body);
        expect(answer.status, `${method} ${path}`).toBe(403);
        expect(answer.headers.get('x-ms-error-code')).toBe('Forbidden');
        expect(answer.json).toMatchObject({ error: { code: 'Forbidden', message: expect.any(String) } });
        expect(answer.text).not.toContain(person.displayName);
        expect(answer.text).not.toContain(roomId);
        expect(calls).toEqual([[action, expectedRoom]]);
      }
      expect(await serviceState(s)).toEqual(before);
      // A thrown authorize is a host bug worth hearing about; it still refuses.
      expect(s.handlerErrors).toHaveLength(reported);
    },
  );

  it('lets through exactly the actions authorize allows, with the room and the joining user', async () => {
    const seen: Array<{ action: RoomsAction; roomId?: string; userId?: string }> = [];
    const { s, person, roomId } = await seeded((_req, action, id, details) => {
      seen.push({
        action,
        ...(id === undefined ? {} : { roomId: id }),
        ...(details.userId ? { userId: details.userId } : {}),
      });
      return action === 'rooms:read' || action === 'join:asOther';
    });
    expect((await send(s, 'GET', `${BASE_PATH}/rooms/${roomId}`)).status).toBe(200);
    expect((await send(s, 'PATCH', `${BASE_PATH}/rooms/${roomId}`, { pstnDialOutEnabled: true })).status).toBe(403);
    expect((await send(s, 'POST', `${BASE_PATH}/rooms/${roomId}/join`, { userId: person.id })).status).toBe(200);
    expect(seen).toEqual([
      { action: 'rooms:read', roomId },
      { action: 'rooms:update', roomId },
      { action: 'join:asOther', roomId, userId: person.id },
    ]);
    expect((await s.handler.roomsClient.getRoom(roomId)).pstnDialOutEnabled).toBe(false);
  });

  it('runs authorize before reading or judging any body: a deny-all policy gets 403 whatever is sent', async () => {
    const calls: RoomsAction[] = [];
    const { s, person, roomId } = await seeded((_req, action) => {
      calls.push(action);
      return false;
    });
    const bodies: Array<[string, string | undefined, Record<string, string>]> = [
      ['a body the schema refuses', JSON.stringify({ userId: 'not-an-id', extra: true }), {}],
      ['a body that is not JSON', '{"userId":', {}],
      ['a body with a text/plain type', JSON.stringify({ userId: person.id }), { 'content-type': 'text/plain' }],
      ['an array nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), {}],
      ['no body at all', undefined, {}],
    ];
    for (const [method, path] of everyRoute(roomId, person.id)) {
      for (const [label, body, headers] of method === 'GET' || method === 'DELETE' ? bodies.slice(-1) : bodies) {
        calls.length = 0;
        const answer = await send(s, method, `${BASE_PATH}${path}`, body, headers);
        expect(answer.status, `${method} ${path} with ${label}`).toBe(403);
        expect(answer.json).toMatchObject({ error: { code: 'Forbidden' } });
        expect(calls).toHaveLength(1);
      }
    }
    expect(s.handlerErrors).toEqual([]);
  });

  it('cannot be created without an authorize function', () => {
    expect(() =>
      createRoomsRequestHandler({ connectionString: 'endpoint=http://127.0.0.1:1/;accesskey=AAAA' } as never),
    ).toThrow(/authorize/);
  });
});

describe('routing and input', () => {
  it('answers unknown routes with 404 and wrong methods with 405 and Allow, in the service’s error shape', async () => {
    const s = await started();
    const unknown = await send(s, 'GET', `${BASE_PATH}/rooms/1/nothing`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 'NotFound' } });
    expect((await send(s, 'GET', `${BASE_PATH}/`)).status).toBe(404);
    expect((await send(s, 'GET', '/somewhere-else')).status).toBe(404);
    for (const [method, path, allow] of [
      ['PUT', '/rooms', 'GET, POST'],
      ['POST', '/rooms/123', 'GET, PATCH, DELETE'],
      ['DELETE', '/rooms/123/participants', 'GET, PATCH'],
      ['DELETE', '/rooms/123/join', 'GET, POST'],
      ['POST', '/people', 'GET'],
      ['GET', '/people:resolve', 'POST'],
    ] as const) {
      const answer = await send(s, method, `${BASE_PATH}${path}`);
      expect(answer.status, `${method} ${path}`).toBe(405);
      expect(answer.headers.get('allow')).toBe(allow);
      expect(answer.headers.get('x-ms-error-code')).toBe('MethodNotAllowed');
    }
  });

  it.each([
    ['a body that is not JSON', '{"validFrom":', 'BadRequest', undefined],
    ['a date that is not ISO 8601', { validFrom: 'next Tuesday' }, 'BadRequest', 'validFrom'],
    ['a flag that is not a boolean', { pstnDialOutEnabled: 'yes' }, 'BadRequest', 'pstnDialOutEnabled'],
    ['an unknown field', { validUtil: '2030-01-01T00:00:00Z' }, 'BadRequest', 'validUtil'],
    ['an unknown role', { participants: { [userId(1)]: { role: 'Owner' } } }, 'BadRequest', 'participants'],
    ['a phone number as participant', { participants: { '4:+15551234567': {} } }, 'BadRequest', 'participants'],
    ['a body that is an array', [], 'BadRequest', 'body'],
    ['a participant id a JSON parser would hide', '{"participants":{"__proto__":{}}}', 'BadRequest', 'participants'],
  ])('refuses a create with %s (400 with its target) and creates nothing', async (_label, body, code, target) => {
    const s = await started();
    const answer = await send(s, 'POST', `${BASE_PATH}/rooms`, body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-ms-error-code')).toBe(code);
    const error = (answer.json as { error: { target?: string; message: string } }).error;
    expect(error.target).toBe(target);
    expect(error.message.length).toBeGreaterThan(0);
    expect(await serviceState(s)).toEqual([]);
  });

  it('names each bad participant in details, with the service’s words', async () => {
    const s = await started();
    const answer = await send(s, 'POST', `${BASE_PATH}/rooms`, {
      participants: { [userId(2)]: {}, 'not-an-id': {}, '4:+15551234567': {} },
    });
    expect(answer.json).toEqual({
      error: {
        code: 'BadRequest',
        message: 'Invalid format for communication identifier.',
        target: 'participants',
        details: [
          { code: 'BadArgument', message: 'Invalid format for communication identifier.', target: 'not-an-id' },
          {
            code: 'BadArgument',
            message: 'This is a phone number; only Azure Communication Services users can be invited to a room.',
            target: '4:+15551234567',
          },
        ],
      },
    });
  });

  it('refuses, through the adapter, a participant id that an object would swallow', async () => {
    const s = await started();
    const room = await s.adapter.createRoom({});
    await expect(s.adapter.upsertParticipants(room.id, [{ id: '__proto__' }])).rejects.toMatchObject({
      code: 'validation',
      target: 'participants',
    });
    await expect(s.adapter.removeParticipants(room.id, ['__proto__'])).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses additions and removals in one patch, bad page sizes and cursors it did not sign', async () => {
    const s = await started();
    const room = await s.adapter.createRoom({ participants: [{ id: userId(10) }, { id: userId(11) }] });
    const mixed = await send(s, 'PATCH', `${BASE_PATH}/rooms/${room.id}/participants`, {
      participants: { [userId(10)]: null, [userId(12)]: { role: 'Consumer' } },
    });
    expect(mixed.status).toBe(400);
    expect(mixed.json).toMatchObject({ error: { target: 'participants' } });

    for (const size of ['0', '-1', '2.5', 'ten']) {
      const answer = await send(s, 'GET', `${BASE_PATH}/rooms?pageSize=${size}`);
      expect(answer.status, `pageSize=${size}`).toBe(400);
      expect(answer.json).toMatchObject({ error: { target: 'pageSize' } });
    }
    const page = (await send(s, 'GET', `${BASE_PATH}/rooms/${room.id}/participants?pageSize=1`)).json as {
      nextCursor: string;
    };
    const [payload, signature] = page.nextCursor.split('.') as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), k: 'http://169.254.169.254/' }),
    ).toString('base64url');
    for (const cursor of [`${forged}.${signature}`, 'garbage', page.nextCursor.slice(0, -2)]) {
      const answer = await send(
        s,
        'GET',
        `${BASE_PATH}/rooms/${room.id}/participants?cursor=${encodeURIComponent(cursor)}`,
      );
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error: { target: 'cursor' } });
    }
    // A cursor of one list is refused by another.
    const other = await send(s, 'GET', `${BASE_PATH}/rooms?cursor=${encodeURIComponent(page.nextCursor)}`);
    expect(other.status).toBe(400);
  });

  it('refuses a body over the limit with 413, declared or streamed, and a body that is not JSON with 415', async () => {
    const s = await started({ handler: { bodyLimitBytes: 1024 } });
    const declared = await send(s, 'POST', `${BASE_PATH}/rooms`, { participants: {}, pad: 'x'.repeat(4000) });
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ error: { code: 'RequestEntityTooLarge' } });

    const streamed = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${s.baseUrl}/rooms`);
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // No Content-Length: the limit must be enforced while reading.
      for (let i = 0; i < 8; i++) req.write(`{"pad":"${'y'.repeat(500)}",`);
      req.end('"x":1}');
    });
    expect(streamed).toBe(413);

    const text = await send(s, 'POST', `${BASE_PATH}/rooms`, 'validFrom=now', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await serviceState(s)).toEqual([]);
  });

  it('refuses with 415 a body without a JSON type, as a no-cors cross-site fetch sends it, and changes nothing', async () => {
    const s = await started();
    const room = await s.adapter.createRoom({});
    const raw = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; code: string | undefined }>((resolve, reject) => {
        const url = new URL(`${s.baseUrl}${path}`);
        const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, code: res.headers['x-ms-error-code'] as string | undefined });
        });
        req.on('error', reject);
        req.end(body);
      });
    const create = JSON.stringify({ pstnDialOutEnabled: true, participants: { [userId(1)]: {} } });
    const patch = JSON.stringify({ participants: { [userId(1)]: { role: 'Presenter' } } });
    const types: Array<Record<string, string>> = [
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of types) {
      expect(await raw('POST', '/rooms', create, headers)).toEqual({ status: 415, code: 'UnsupportedMediaType' });
      expect(await raw('PATCH', `/rooms/${room.id}`, JSON.stringify({ pstnDialOutEnabled: true }), headers)).toEqual({
        status: 415,
        code: 'UnsupportedMediaType',
      });
      expect(await raw('PATCH', `/rooms/${room.id}/participants`, patch, headers)).toEqual({
        status: 415,
        code: 'UnsupportedMediaType',
      });
    }
    const state = await serviceState(s);
    expect(state).toHaveLength(1);
    expect(state[0]?.room.pstnDialOutEnabled).toBe(false);
    expect(state[0]?.roster).toEqual([]);
  });

  it('refuses JSON nested deeper than 64 levels with 400 before parsing it, however deep', async () => {
    const s = await started();
    for (const depth of [65, 100_000]) {
      const answer = await send(
        s,
        'POST',
        `${BASE_PATH}/rooms`,
        `{"participants":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      );
      expect(answer.status, `depth ${depth}`).toBe(400);
      expect(answer.json).toEqual({
        error: { code: 'BadRequest', message: 'The request body nests arrays and objects more than 64 deep.' },
      });
    }
    expect(s.handlerErrors).toEqual([]);
    expect(await serviceState(s)).toEqual([]);
  });

  it('answers headers over Node’s 16 KiB limit with a JSON 431, and malformed HTTP with a JSON 400', async () => {
    const s = await started();
    const big = await fetch(`${s.baseUrl}/rooms`, { headers: { 'x-padding': 'x'.repeat(20_000) } });
    expect(big.status).toBe(431);
    expect(big.headers.get('x-ms-error-code')).toBe('RequestHeaderFieldsTooLarge');
    expect(await big.json()).toEqual({
      error: {
        code: 'RequestHeaderFieldsTooLarge',
        message: 'The request headers are larger than the server accepts.',
      },
    });
    const malformed = await rawExchange(s.origin, 'GET /rooms HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /);
    expect(malformed).toContain('x-ms-error-code: BadRequest');
    expect(JSON.parse(malformed.slice(malformed.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'BadRequest', message: 'The request is not valid HTTP.' },
    });
  });

  it('passes the service’s own errors through: unknown rooms are 400 "Invalid room ID.", windows name ValidUntil', async () => {
    const s = await started();
    const gone = await send(s, 'GET', `${BASE_PATH}/rooms/12345678901234567`);
    expect(gone.status).toBe(400);
    expect(gone.json).toEqual({ error: { code: 'BadRequest', message: 'Invalid room ID.' } });
    const empty = await send(s, 'GET', `${BASE_PATH}/rooms/`);
    expect(empty.json).toEqual({ error: { code: 'BadRequest', message: 'Invalid room ID.' } });
    const past = await send(s, 'POST', `${BASE_PATH}/rooms`, {
      validUntil: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(past.status).toBe(400);
    const details = (past.json as { error: { details: unknown[] } }).error.details;
    expect(details[0]).toEqual({
      code: 'BadArgument',
      message: 'The time range end is in the past.',
      target: 'ValidUntil',
    });
  });
});

describe('create', () => {
  it('answers 201 with Location and maps any idempotency key onto the service’s repeatability', async () => {
    const s = await started();
    const headers = {
      'repeatability-request-id': 'appointment-42/attempt',
      'repeatability-first-sent': new Date().toUTCString(),
    };
    const first = await send(s, 'POST', `${BASE_PATH}/rooms`, { pstnDialOutEnabled: true }, headers);
    const second = await send(s, 'POST', `${BASE_PATH}/rooms`, { pstnDialOutEnabled: true }, headers);
    expect(first.status).toBe(201);
    const room = first.json as { id: string };
    expect(first.headers.get('location')).toBe(`${BASE_PATH}/rooms/${room.id}`);
    expect(first.headers.get('repeatability-result')).toBe('accepted');
    expect(second.json).toEqual(first.json);
    expect(await serviceState(s)).toHaveLength(1);
    const invalid = await send(s, 'POST', `${BASE_PATH}/rooms`, {}, { 'repeatability-request-id': 'has space' });
    expect(invalid.json).toMatchObject({ error: { target: 'idempotencyKey' } });
  });
});

describe('join', () => {
  it('issues a VoIP token with the member’s role and name to a roster member, and refuses everyone else', async () => {
    const s = await started();
    const doctor = await s.handler.createUser('Amara Okafor', { secondaryText: 'Cardiologist' });
    const patient = await s.handler.createUser('Grace Kim');
    const stranger = await s.handler.createUser('Dmitri Volkov');
    const room = await s.adapter.createRoom({
      participants: [
        { id: doctor.id, role: 'Presenter' },
        { id: patient.id, role: 'Consumer' },
      ],
    });

    const joined = await send(s, 'POST', `${BASE_PATH}/rooms/${room.id}/join`, { userId: patient.id });
    expect(joined.status).toBe(200);
    expect(joined.headers.get('cache-control')).toBe('no-store');
    const info = joined.json as { token: string; role: string; displayName: string; expiresOn: string };
    expect(info).toMatchObject({ roomId: room.id, userId: patient.id, role: 'Consumer', displayName: 'Grace Kim' });
    const claims = JSON.parse(Buffer.from(info.token.split('.')[1] ?? '', 'base64url').toString()) as {
      acsScope: string;
      skypeid: string;
    };
    expect(claims).toMatchObject({ acsScope: 'voip', skypeid: patient.id.slice(2) });

    const refused = await send(s, 'POST', `${BASE_PATH}/rooms/${room.id}/join`, { userId: stranger.id });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: { code: 'Forbidden', target: 'userId' } });
    expect(refused.text).not.toContain('token');

    const nobody = await send(s, 'POST', `${BASE_PATH}/rooms/${room.id}/join`, {});
    expect(nobody.json).toMatchObject({ error: { target: 'userId' } });
    const gone = await send(s, 'POST', `${BASE_PATH}/rooms/12345678901234567/join`, { userId: patient.id });
    expect(gone.json).toEqual({ error: { code: 'BadRequest', message: 'Invalid room ID.' } });
  });
});

describe('join is safe by default', () => {
  async function clinic(handler: StackOptions['handler']) {
    const s = await started({ handler });
    const doctor = await s.handler.createUser('Amara Okafor');
    const patient = await s.handler.createUser('Grace Kim');
    const room = await s.handler.roomsClient.createRoom({
      participants: [
        { id: { communicationUserId: doctor.id }, role: 'Presenter' },
        { id: { communicationUserId: patient.id }, role: 'Consumer' },
      ],
    });
    return { s, doctor, patient, roomId: room.id };
  }

  it('with currentUser, joins the caller as themself (action join) and asks join:asOther for anyone else', async () => {
    const seen: Array<[RoomsAction, AuthorizeDetails]> = [];
    const { s, doctor, patient, roomId } = await clinic({
      // The session: a header stands in for the host's cookie.
      currentUser: (req) => req.headers['x-test-user'] as string | undefined,
      authorize: (_req, action, _roomId, details) => {
        seen.push([action, details]);
        return action === 'join';
      },
    });
    const as = (who: string) => ({ 'x-test-user': who });
    const join = `${BASE_PATH}/rooms/${roomId}/join`;

    const self = await send(s, 'POST', join, {}, as(patient.id));
    expect(self.status).toBe(200);
    expect(self.json).toMatchObject({ userId: patient.id, role: 'Consumer' });
    const named = await send(s, 'POST', join, { userId: patient.id }, as(patient.id));
    expect(named.json).toMatchObject({ userId: patient.id });
    const noBody = await send(s, 'POST', join, undefined, as(patient.id));
    expect(noBody.json).toMatchObject({ userId: patient.id });
    // The patient asks for the doctor's token: a different action, which this policy does not allow.
    const other = await send(s, 'POST', join, { userId: doctor.id }, as(patient.id));
    expect(other.status).toBe(403);
    expect(other.text).not.toContain('token');
    // Nobody signed in: there is no "self", so naming anyone is joining as another.
    expect((await send(s, 'POST', join, { userId: patient.id })).status).toBe(403);
    expect((await send(s, 'POST', join, {})).status).toBe(403);
    expect(seen).toEqual([
      ['join', { userId: patient.id }],
      ['join', { userId: patient.id }],
      ['join', { userId: patient.id }],
      ['join:asOther', { userId: doctor.id }],
      ['join:asOther', { userId: patient.id }],
      ['join:asOther', {}],
    ]);
  });

  it('without currentUser, every join is join:asOther: the old "action === join" policy hands out no tokens', async () => {
    const { s, patient, roomId } = await clinic({
      authorize: (_req, action) => action === 'join' || action === 'rooms:create',
    });
    const answer = await send(s, 'POST', `${BASE_PATH}/rooms/${roomId}/join`, { userId: patient.id });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ error: { code: 'Forbidden', target: 'userId' } });
    expect(answer.text).not.toContain('token');
  });

  it('lets a policy allow join:asOther explicitly (the demo’s "join as"), still only for roster members', async () => {
    const { s, doctor, roomId } = await clinic({ authorize: (_req, action) => action === 'join:asOther' });
    const stranger = await s.handler.createUser('Dmitri Volkov');
    const join = `${BASE_PATH}/rooms/${roomId}/join`;
    expect((await send(s, 'POST', join, { userId: doctor.id })).json).toMatchObject({ role: 'Presenter' });
    expect((await send(s, 'POST', join, { userId: stranger.id })).status).toBe(403);
    const unnamed = await send(s, 'POST', join, {});
    expect(unnamed.status).toBe(400);
    expect(unnamed.json).toMatchObject({ error: { target: 'userId' } });
  });

  it('refuses, and reports, when the host’s currentUser throws', async () => {
    const { s, patient, roomId } = await clinic({
      currentUser: () => {
        throw new Error('session store down');
      },
    });
    const answer = await send(s, 'POST', `${BASE_PATH}/rooms/${roomId}/join`, { userId: patient.id });
    expect(answer.status).toBe(403);
    expect(s.handlerErrors).toHaveLength(1);
  });
});

describe('the people directory', () => {
  it('defaults to the people made with createUser, searchable by name', async () => {
    const s = await started();
    const made = await Promise.all(
      ['José Álvarez', 'Lars Søndergaard', 'Mei Lin Chen'].map((n) => s.handler.createUser(n)),
    );
    expect((await send(s, 'GET', `${BASE_PATH}/people?search=jose`)).json).toEqual({ value: [made[0]] });
    expect((await send(s, 'GET', `${BASE_PATH}/people?search=lars%20s&limit=5`)).json).toEqual({ value: [made[1]] });
    expect((await send(s, 'POST', `${BASE_PATH}/people:resolve`, { ids: [made[2]!.id, userId(99)] })).json).toEqual({
      value: [made[2]],
    });
    expect((await send(s, 'GET', `${BASE_PATH}/people?limit=-1`)).json).toMatchObject({ error: { target: 'limit' } });
  });

  it('uses the host’s directory when given one, async or not', async () => {
    const ada: Person = { id: userId(7), displayName: 'Ada Lovelace', secondaryText: 'Analyst' };
    const search = vi.fn(async (query: string, limit: number) => (query === 'ada' ? [ada] : []).slice(0, limit));
    const resolve = vi.fn((ids: readonly string[]) => (ids.includes(ada.id) ? [ada] : []));
    const s = await started({ handler: { directory: { search, resolve } } });
    expect(await s.adapter.searchPeople('ada', { limit: 3 })).toEqual([ada]);
    expect(search).toHaveBeenCalledWith('ada', 3);
    expect(await s.adapter.resolvePeople([ada.id])).toEqual([ada]);
    const created = await s.handler.createUser('Not In The Host Directory');
    expect(await s.adapter.resolvePeople([created.id])).toEqual([]);
  });
});

describe('failures of the service behind it', () => {
  it('answers 503 when the Rooms service cannot be reached and 502 when it refuses the server’s key', async () => {
    const emulator = await createRoomsEmulator();
    const endpoint = emulator.url;
    const wrongKey = Buffer.alloc(64, 3).toString('base64');
    const noRetry = { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } };
    const errors: unknown[] = [];
    const make = (connectionString: string) =>
      createRoomsRequestHandler({
        roomsClient: new RoomsClient(connectionString, noRetry),
        identityClient: new CommunicationIdentityClient(connectionString, noRetry),
        authorize: () => true,
        onError: (error) => errors.push(error),
        syncIntervalMs: false,
      });
    const refused = make(`endpoint=${endpoint};accesskey=${wrongKey}`);
    const server = createServer((req, res) => void refused(req, res));
    const origin = await listen(server);
    try {
      // Lists come from the record store; reading a room asks the service.
      const denied = await fetch(`${origin}/rooms/12345678901234567`);
      expect(denied.status).toBe(502);
      expect(await denied.json()).toMatchObject({ error: { code: 'UpstreamAuthenticationFailed' } });
      await emulator.close();
      const down = await fetch(`${origin}/rooms/12345678901234567`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ error: { code: 'ServiceUnavailable' } });
      expect(errors).toHaveLength(2);
    } finally {
      await stop(server);
    }
  });
});

describe('as Express-style middleware', () => {
  it('works mounted under a prefix, with a body another middleware already parsed', async () => {
    // What `app.use('/api/rooms-kit', express.json(), handler)` hands over: the mount path stripped from req.url,
    // the full path in req.originalUrl, the parsed body in req.body.
    const mount =
      (handler: (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<void>) =>
      (req: IncomingMessage, res: ServerResponse) => {
        const original = req.url ?? '/';
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          Object.assign(req, {
            originalUrl: original,
            url: original.slice(BASE_PATH.length) || '/',
            body: text ? JSON.parse(text) : {},
          });
          void handler(req, res);
        });
      };
    const s = await started({ handler: { basePath: '/' }, serve: mount });
    const created = await s.adapter.createRoom({
      pstnDialOutEnabled: true,
      participants: [{ id: userId(8), role: 'Consumer' }],
    });
    expect(created.pstnDialOutEnabled).toBe(true);
    const answer = await send(s, 'POST', `${BASE_PATH}/rooms`, {});
    expect(answer.headers.get('location')).toMatch(new RegExp(`^${BASE_PATH}/rooms/\\d{17}$`));
    expect(await s.adapter.listParticipants(created.id)).toEqual({ items: [{ id: userId(8), role: 'Consumer' }] });
  });

  it('hands requests outside its base path to next, and serves the ones inside', async () => {
    const next = vi.fn();
    const s = await started({
      serve: (handler) => (req, res) =>
        void handler(req, res, () => {
          next();
          res.statusCode = 418;
          res.end();
        }),
    });
    expect((await send(s, 'GET', '/health')).status).toBe(418);
    expect((await send(s, 'GET', `${BASE_PATH}-other/rooms`)).status).toBe(418);
    expect(next).toHaveBeenCalledTimes(2);
    expect((await send(s, 'GET', `${BASE_PATH}/rooms`)).status).toBe(200);
    expect((await send(s, 'GET', `${BASE_PATH}/unknown`)).status).toBe(404);
    expect(next).toHaveBeenCalledTimes(2);
  });
});
