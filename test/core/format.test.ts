import { describe, expect, it } from 'vitest';
import { formatInstant, formatInstantRange, formatString } from '../../src/core/format';

describe('formatString', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatString('Remove {name} ({n})', { name: 'Ada', n: 2 })).toBe('Remove Ada (2)');
    expect(formatString('Hi {who}')).toBe('Hi {who}');
  });
});

describe('formatInstant', () => {
  const instant = new Date('2026-12-03T08:00:00Z');
  it('shows the instant in the given zone with the zone named', () => {
    expect(formatInstant(instant, { locale: 'en-GB', timeZone: 'Europe/Paris' })).toMatch(/09:00.*(CET|GMT\+1)/);
    expect(formatInstant(instant, { locale: 'en-US', timeZone: 'America/New_York' })).toMatch(/3:00\sAM.*EST/);
  });
  it('follows the locale', () => {
    expect(formatInstant(instant, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('3. Dez. 2026, 09:00 MEZ');
  });
  it('formats a window once, with the zone', () => {
    const text = formatInstantRange(instant, new Date('2026-12-03T09:00:00Z'), {
      locale: 'en-GB',
      timeZone: 'Europe/Paris',
    });
    expect(text).toBe('3 Dec 2026, 09:00–10:00 CET');
    expect(text.match(/2026/g)).toHaveLength(1);
  });
});
