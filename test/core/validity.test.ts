import { describe, expect, it } from 'vitest';
import { MAX_VALIDITY_DAYS, defaultValidity, validateValidity, validityStatus } from '../../src/core/validity';

const now = new Date('2026-11-21T10:00:00Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
const check = (fromOffset: number, untilOffset: number) =>
  validateValidity({ validFrom: at(fromOffset), validUntil: at(untilOffset) }, { now });

describe('validateValidity', () => {
  it('accepts an ordinary future window', () => {
    expect(check(days(1), days(1) + minutes(30))).toEqual([]);
  });
  it('accepts a start a few minutes in the past, as the service does', () => {
    expect(check(-minutes(5), minutes(55))).toEqual([]);
  });
  it('accepts exactly 180 days', () => {
    expect(check(minutes(1), minutes(1) + days(180))).toEqual([]);
  });
  it('refuses 180 days and one minute, on validUntil, with the service wording', () => {
    const issues = check(minutes(1), minutes(2) + days(180));
    expect(issues).toEqual([
      { code: 'windowTooLong', target: 'validUntil', message: 'The time range is incorrect, or larger than 180 days.' },
    ]);
  });
  it('refuses an end in the past with the service wording', () => {
    const issues = check(-days(2), -days(1));
    expect(issues.map((i) => [i.code, i.target])).toEqual([['untilInPast', 'validUntil']]);
    expect(issues[0]?.message).toBe('The time range end is in the past.');
  });
  it('refuses an end equal to the start', () => {
    expect(check(days(1), days(1)).map((i) => i.code)).toEqual(['untilNotAfterFrom']);
  });
  it('refuses an end before the start, on validUntil', () => {
    const issues = check(days(2), days(1));
    expect(issues.map((i) => [i.code, i.target])).toEqual([['untilNotAfterFrom', 'validUntil']]);
  });
  it('reports both problems of an inverted window in the past', () => {
    expect(check(-days(1), -days(2)).map((i) => i.code)).toEqual(['untilInPast', 'untilNotAfterFrom']);
  });
  it('refuses missing and invalid dates on the right field', () => {
    const issues = validateValidity({ validFrom: new Date('nope'), validUntil: undefined }, { now });
    expect(issues.map((i) => [i.code, i.target])).toEqual([
      ['invalidDate', 'validFrom'],
      ['invalidDate', 'validUntil'],
    ]);
  });
  it('honours a smaller maximum', () => {
    expect(validateValidity({ validFrom: at(0), validUntil: at(days(8)) }, { now, maxDays: 7 })[0]?.code).toBe(
      'windowTooLong',
    );
  });
});

describe('defaultValidity', () => {
  it('is now to exactly 180 days later', () => {
    const w = defaultValidity(now);
    expect(w.validFrom.getTime()).toBe(now.getTime());
    expect(w.validUntil.getTime() - w.validFrom.getTime()).toBe(days(MAX_VALIDITY_DAYS));
    expect(validateValidity(w, { now })).toEqual([]);
  });
});

describe('validityStatus', () => {
  const window = { validFrom: at(days(1)), validUntil: at(days(2)) };
  it('is scheduled before the start, open inside, ended from the end on', () => {
    expect(validityStatus(window, now)).toBe('scheduled');
    expect(validityStatus(window, window.validFrom)).toBe('open');
    expect(validityStatus(window, at(days(2) - 1))).toBe('open');
    expect(validityStatus(window, window.validUntil)).toBe('ended');
  });
});
