/**
 * createRouter: templates matched segment by segment, parameters percent-decoded and typed by name, 404 for an
 * unknown path and 405 with `Allow` for another method, as ServiceErrors.
 */
import { refusal } from './serve';
import { describe, expect, it } from 'vitest';
import { createRouter, ServiceError } from '../../../src/node/http';

const router = createRouter(
  {
    rooms: { path: '/rooms', methods: ['GET', 'POST'] },
    room: { path: '/rooms/{roomId}', methods: ['GET', 'PATCH', 'DELETE'] },
    participants: { path: '/rooms/{roomId}/participants', methods: ['GET', 'PATCH'] },
    issue: { path: '/identities/{identityId}/:issueAccessToken', methods: ['POST'] },
  },
  { badParameter: (name) => new ServiceError(400, 'BadRequest', `Bad ${name}.`) },
);

describe('createRouter', () => {
  it('matches templates and decodes parameters', () => {
    expect(router.match('get', '/rooms')).toEqual({ kind: 'rooms', method: 'GET', operation: undefined, params: {} });
    const match = router.match('PATCH', '/rooms/123/participants');
    expect(match).toMatchObject({ kind: 'participants', method: 'PATCH', params: { roomId: '123' } });
    if (match.kind === 'participants') {
      // Typed by the template: a string, not string | undefined.
      const roomId: string = match.params.roomId;
      expect(roomId).toBe('123');
    }
    expect(router.match('POST', '/identities/8%3Aacs%3Ax/:issueAccessToken').params).toEqual({ identityId: '8:acs:x' });
    // A parameter matches an empty segment: `/rooms/` names the room "".
    expect(router.match('GET', '/rooms/')).toMatchObject({ kind: 'room', params: { roomId: '' } });
  });

  it('returns the operation a record of methods names, and lists those methods in Allow', () => {
    const actions = createRouter({
      room: { path: '/rooms/{id}', methods: { GET: 'rooms:read', DELETE: 'rooms:delete' } },
    });
    const match = actions.match('DELETE', '/rooms/7');
    // Typed from the table: 'rooms:read' | 'rooms:delete'.
    const operation: 'rooms:read' | 'rooms:delete' = match.operation;
    expect(operation).toBe('rooms:delete');
    expect(refusal(() => actions.match('PATCH', '/rooms/7'))).toMatchObject({
      status: 405,
      headers: { allow: 'GET, DELETE' },
    });
  });

  it('answers an unknown path with 404, another method with 405 and Allow, bad encoding with badParameter', () => {
    for (const path of ['/', '/nothing', '/rooms/1/unknown', '/rooms/1/participants/2', '/identities/1/:other']) {
      expect(
        refusal(() => router.match('GET', path)),
        path,
      ).toMatchObject({ status: 404, code: 'NotFound' });
    }
    expect(refusal(() => router.match('PUT', '/rooms/1'))).toMatchObject({
      status: 405,
      code: 'MethodNotAllowed',
      headers: { allow: 'GET, PATCH, DELETE' },
    });
    expect(refusal(() => router.match('GET', '/rooms/%E0%A4%A'))).toMatchObject({
      status: 400,
      message: 'Bad roomId.',
    });
  });
});
