// The clinic demo calls rooms "appointments" through string overrides alone: no text it shows may still say "room".
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STRINGS } from '../../demo/src/appointmentStrings';
import { EN_STRINGS } from '../../src/strings/en';
import { mergeStrings } from '../../src/strings';

function texts(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => texts(inner, [...path, key]));
}

describe("the clinic demo's appointment strings", () => {
  it('leave no English text that says "room" outside a placeholder', () => {
    const merged = mergeStrings(EN_STRINGS, APPOINTMENT_STRINGS);
    const saysRoom = texts(merged).filter(([, text]) => /\broom/i.test(text.replace(/\{[^}]+\}/g, '')));
    expect(saysRoom).toEqual([]);
  });

  it('override only keys the kit has', () => {
    const known = new Set(texts(EN_STRINGS).map(([key]) => key));
    expect(texts(APPOINTMENT_STRINGS).filter(([key]) => !known.has(key))).toEqual([]);
  });
});
