/**
 * parseJsonBody: only a body that says it is JSON is read as JSON (a no-cors cross-site request cannot say so), and
 * nesting is bounded by a scan before the parser, so 100,000 levels are a 400, not a stack overflow later.
 */
import { refusal } from './serve';
import { describe, expect, it } from 'vitest';
import { isJsonMediaType, jsonNestsDeeperThan, parseJsonBody } from '../../../src/node/http';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('parseJsonBody', () => {
  it('reads JSON sent with a JSON type, structured +json types and parameters included', () => {
    for (const type of ['application/json', 'application/merge-patch+json', 'Application/JSON; charset=utf-8']) {
      expect(parseJsonBody(bytes('{"a":[1,{"b":"c"}]}'), type)).toEqual({ a: [1, { b: 'c' }] });
    }
  });

  it('takes an empty body as no body, whatever its type', () => {
    expect(parseJsonBody(Buffer.alloc(0), undefined)).toBeUndefined();
    expect(parseJsonBody(Buffer.alloc(0), 'text/plain')).toBeUndefined();
  });

  it.each([
    ['no Content-Type', undefined],
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['a type that only starts like JSON', 'application/jsonp'],
  ])('refuses a non-empty body with %s with 415', (_label, type) => {
    const error = refusal(() => parseJsonBody(bytes('{"pstnDialOutEnabled":true}'), type));
    expect(error).toMatchObject({ status: 415, code: 'UnsupportedMediaType' });
    expect(isJsonMediaType(type)).toBe(false);
  });

  it('refuses invalid JSON with 400', () => {
    expect(refusal(() => parseJsonBody(bytes('{"a":'), 'application/json'))).toMatchObject({
      status: 400,
      code: 'BadRequest',
      message: 'The request body is not valid JSON.',
    });
  });

  it('accepts 64 levels and refuses 65, or 100,000, with 400 before parsing', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJsonBody(bytes(nested(64)), 'application/json')).toBeInstanceOf(Array);
    for (const depth of [65, 100_000]) {
      expect(refusal(() => parseJsonBody(bytes(nested(depth)), 'application/json'))).toMatchObject({
        status: 400,
        message: 'The request body nests arrays and objects more than 64 deep.',
      });
    }
    expect(refusal(() => parseJsonBody(bytes('{"a":{"b":[1]}}'), 'application/json', { maxDepth: 2 }))).toMatchObject({
      status: 400,
    });
  });

  it('counts brackets outside strings only, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ text: '[[[[[[[[{{{{' })), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes(JSON.stringify({ text: 'say \\"[[[[\\" and "[[["' })), 2)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('[["\\\\"],[[[]]]]'), 3)).toBe(true);
  });
});
