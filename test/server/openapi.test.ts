/**
 * docs/http-contract.openapi.yaml and the handler agree: every documented operation is served, with the documented
 * `authorize` action (and, for a join, the documented action of joining as someone else), and every other method of
 * a documented path answers 405 with the documented methods in Allow.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomsAction } from '../../src/server';
import { BASE_PATH, startStack, userId, type Stack } from './stack';

interface Operation {
  path: string;
  method: string;
  action: string;
  /** `x-rooms-action-as-other`: the action when the body names a user other than the caller. */
  asOther?: string;
}

/** The operations under `paths:`, read line by line (the file keeps the usual two-space OpenAPI layout). */
async function documentedOperations(): Promise<Operation[]> {
  const text = await readFile(new URL('../../docs/http-contract.openapi.yaml', import.meta.url), 'utf8');
  const lines = text.split('\n');
  const start = lines.indexOf('paths:');
  const end = lines.indexOf('components:');
  const operations: Operation[] = [];
  let path = '';
  for (const line of lines.slice(start + 1, end)) {
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    if (pathMatch) path = pathMatch[1] ?? '';
    const methodMatch = /^ {4}(get|post|patch|delete|put|options):\s*$/.exec(line);
    if (methodMatch) operations.push({ path, method: (methodMatch[1] ?? '').toUpperCase(), action: '' });
    const actionMatch = /^ {6}x-rooms-action: (\S+)\s*$/.exec(line);
    const asOtherMatch = /^ {6}x-rooms-action-as-other: (\S+)\s*$/.exec(line);
    const last = operations[operations.length - 1];
    if (actionMatch && last) last.action = actionMatch[1] ?? '';
    if (asOtherMatch && last) last.asOther = asOtherMatch[1] ?? '';
  }
  return operations;
}

/** The property names of a schema under `components: schemas:` (the usual layout: four spaces, then eight). */
async function schemaProperties(name: string): Promise<string[]> {
  const text = await readFile(new URL('../../docs/http-contract.openapi.yaml', import.meta.url), 'utf8');
  const lines = text.split('\n');
  const start = lines.indexOf(`    ${name}:`);
  const names: string[] = [];
  let inProperties = false;
  for (const line of lines.slice(start + 1)) {
    if (/^ {4}\S/.test(line)) break;
    if (/^ {6}properties:\s*$/.test(line)) inProperties = true;
    else if (/^ {6}\S/.test(line)) inProperties = false;
    const property = /^ {8}([A-Za-z]+):/.exec(line);
    if (inProperties && property) names.push(property[1] ?? '');
  }
  return names;
}

let stack: Stack;
const seen: Array<{ action: RoomsAction; roomId: string | undefined }> = [];

beforeAll(async () => {
  stack = await startStack({
    handler: {
      currentUser: (req) => req.headers['x-test-user'] as string | undefined,
      eventGrid: { secret: 'openapi-test-webhook-secret' },
      authorize: (_req, action, roomId) => {
        seen.push({ action, roomId });
        return false;
      },
    },
  });
});

afterAll(async () => {
  await stack.close();
});

const ROOM_ID = '12345678901234567';
const USER = userId(1);
const OTHER = userId(2);

describe('the OpenAPI contract', () => {
  it('documents the operations the handler serves, with their authorize actions', async () => {
    const operations = await documentedOperations();
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      [
        'DELETE /rooms/{roomId}',
        'GET /events',
        'GET /people',
        'GET /rooms',
        'GET /rooms/{roomId}',
        'GET /rooms/{roomId}/activity',
        'GET /rooms/{roomId}/participants',
        'OPTIONS /eventgrid',
        'PATCH /rooms/{roomId}',
        'PATCH /rooms/{roomId}/participants',
        'POST /eventgrid',
        'POST /people:resolve',
        'POST /rooms',
        'GET /rooms/{roomId}/join',
        'POST /rooms/{roomId}/join',
        'GET /rooms/{roomId}/requests',
        'POST /rooms/{roomId}/requests',
        'GET /rooms/{roomId}/requests/{requestId}',
        'POST /rooms/{roomId}/requests/{requestId}:cancel',
        'POST /rooms/{roomId}/requests/{requestId}:admit',
        'POST /rooms/{roomId}/requests/{requestId}:decline',
        'POST /rooms/{roomId}/call:moderate',
      ].sort(),
    );
    const call = async (operation: Operation, body: unknown, expected: string) => {
      seen.length = 0;
      if (expected === 'none') {
        // The webhook is not put to authorize: without its secret it is refused by itself.
        const response = await fetch(`${stack.baseUrl}${operation.path}`, { method: operation.method });
        expect(response.status, `${operation.method} ${operation.path}`).toBe(401);
        expect(seen).toEqual([]);
        return;
      }
      const response = await fetch(`${stack.baseUrl}${operation.path.replace('{roomId}', ROOM_ID)}`, {
        method: operation.method,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'x-test-user': USER, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      });
      expect(response.status, `${operation.method} ${operation.path}`).toBe(403);
      expect(seen.map((s) => s.action)).toEqual([expected]);
      expect(seen[0]?.roomId).toBe(operation.path.includes('{roomId}') ? ROOM_ID : undefined);
    };
    for (const operation of operations) {
      await call(operation, operation.asOther === undefined ? undefined : { userId: USER }, operation.action);
      if (operation.asOther !== undefined) await call(operation, { userId: OTHER }, operation.asOther);
    }
    expect(operations.filter((o) => o.asOther !== undefined).map((o) => o.asOther)).toEqual(['join:asOther']);
  });

  it('answers every undocumented method of a documented path with 405 and the documented Allow', async () => {
    const operations = await documentedOperations();
    const paths = [...new Set(operations.map((o) => o.path))];
    for (const path of paths) {
      const documented = operations.filter((o) => o.path === path).map((o) => o.method);
      for (const method of ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'].filter((m) => !documented.includes(m))) {
        const response = await fetch(`${stack.baseUrl}${path.replace('{roomId}', ROOM_ID)}`, { method });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow')?.split(', ').sort()).toEqual([...documented].sort());
      }
    }
  });
});

describe('the documented room', () => {
  it('names every field the handler answers a room and a list item with', async () => {
    const open = await startStack({
      handler: { syncIntervalMs: false, currentUser: () => USER },
    });
    try {
      await open.adapter.createRoom({
        subject: 'Follow-up: Priya Raman',
        timeZone: 'Europe/Berlin',
        description: 'Bring the latest results.',
        reference: 'APPT-2026-0142',
        participants: [{ id: OTHER, role: 'Presenter' }],
      });
      const list = (await (await fetch(`${open.origin}${BASE_PATH}/rooms`)).json()) as {
        value: Array<Record<string, unknown>>;
      };
      const item = list.value[0] ?? {};
      // `call` is there only while a call goes on.
      const documented = (await schemaProperties('Room')).filter((name) => name !== 'call');
      expect(Object.keys(item).sort()).toEqual([...documented].sort());
      expect(Object.keys(item.rosterPreview as object).sort()).toEqual(
        (await schemaProperties('RosterPreview')).sort(),
      );
    } finally {
      await open.close();
    }
  });
});
