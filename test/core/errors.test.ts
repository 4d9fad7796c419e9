import { describe, expect, it } from 'vitest';
import { RoomsError, isRoomsError, roomsErrorFromResponse, toRoomsError } from '../../src/core/errors';

describe('roomsErrorFromResponse', () => {
  it('maps the service 400 for a past end to validation on validUntil with the detail message', () => {
    const e = roomsErrorFromResponse(400, {
      error: {
        code: 'BadRequest',
        message: 'The request could not be understood by the server due to malformed syntax.',
        details: [{ code: 'BadArgument', message: 'The time range end is in the past.', target: 'ValidUntil' }],
      },
    });
    expect(e).toBeInstanceOf(RoomsError);
    expect([e.code, e.target, e.status, e.serviceCode]).toEqual(['validation', 'validUntil', 400, 'BadRequest']);
    expect(e.message).toBe('The time range end is in the past.');
    expect(e.details).toEqual([
      { code: 'BadArgument', message: 'The time range end is in the past.', target: 'validUntil' },
    ]);
  });
  it('maps the service 400 "Invalid room ID." to notFound on roomId', () => {
    const e = roomsErrorFromResponse(400, { error: { code: 'BadRequest', message: 'Invalid room ID.' } });
    expect([e.code, e.target]).toEqual(['notFound', 'roomId']);
  });
  it('maps a malformed identifier to validation', () => {
    const e = roomsErrorFromResponse(400, {
      error: { code: 'BadRequest', message: 'Invalid format for communication identifier.', target: 'participants' },
    });
    expect([e.code, e.target, e.message]).toEqual([
      'validation',
      'participants',
      'Invalid format for communication identifier.',
    ]);
  });
  it.each([
    [401, 'forbidden'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [412, 'conflict'],
    [408, 'unavailable'],
    [429, 'unavailable'],
    [500, 'unavailable'],
    [503, 'unavailable'],
    [418, 'unknown'],
  ] as const)('maps status %i to %s', (status, code) => {
    expect(roomsErrorFromResponse(status, undefined).code).toBe(code);
  });
  it('survives bodies that are not the service shape', () => {
    const e = roomsErrorFromResponse(500, 'Internal Server Error');
    expect(e.message).toMatch(/500/);
    expect(e.details).toEqual([]);
  });
});

describe('toRoomsError', () => {
  it('keeps a RoomsError as it is', () => {
    const e = new RoomsError('conflict', 'x');
    expect(toRoomsError(e)).toBe(e);
  });
  it('turns an abort into aborted', () => {
    expect(toRoomsError(new DOMException('stop', 'AbortError')).code).toBe('aborted');
  });
  it('turns a fetch TypeError into network and keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    const e = toRoomsError(cause);
    expect([e.code, e.cause]).toEqual(['network', cause]);
    expect(e.retryable).toBe(true);
  });
  it('turns an SDK RestError-like object into a code by status', () => {
    expect(toRoomsError(Object.assign(new Error('nope'), { statusCode: 403, code: 'Forbidden' })).code).toBe(
      'forbidden',
    );
  });
  it('recognises RoomsErrors from another copy of the kit', () => {
    expect(isRoomsError({ name: 'RoomsError', code: 'unknown' })).toBe(true);
    expect(isRoomsError(new Error('x'))).toBe(false);
  });
});
