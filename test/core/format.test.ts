import { describe, expect, it } from 'vitest';
import { formatInstant, formatInstantRange, formatRoomWindow, formatString, timeZoneCity } from '../../src/core/format';

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

describe('timeZoneCity', () => {
  it('names a zone by its city, and the universal zones UTC', () => {
    expect(timeZoneCity('Europe/Berlin')).toBe('Berlin');
    expect(timeZoneCity('America/New_York')).toBe('New York');
    expect(timeZoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(timeZoneCity('UTC')).toBe('UTC');
    expect(timeZoneCity('Etc/UTC')).toBe('UTC');
  });
});

describe('formatRoomWindow', () => {
  /** Intl puts thin and narrow no-break spaces around dashes and before AM; compare them as spaces. */
  const plain = (text: string | undefined) => text?.replace(/[\u2009\u202f]/g, ' ');
  const window = { validFrom: new Date('2026-12-03T08:00:00Z'), validUntil: new Date('2026-12-03T08:30:00Z') };

  it("shows the window in the room's zone, and on the viewer's clock when that shows other times", () => {
    expect(
      formatRoomWindow(window, { locale: 'en-GB', timeZone: 'Europe/Berlin', viewerTimeZone: 'Europe/London' }),
    ).toEqual({
      room: 'Thu 3 Dec, 09:00–09:30 Berlin time',
      viewer: '08:00–08:30 your time',
      timeZone: 'Europe/Berlin',
    });
  });

  it('shows one line when the viewer is in the same zone, or in a zone whose clock agrees', () => {
    const same = formatRoomWindow(window, {
      locale: 'en-GB',
      timeZone: 'Europe/Berlin',
      viewerTimeZone: 'Europe/Berlin',
    });
    expect(same).toEqual({ room: 'Thu 3 Dec, 09:00–09:30 Berlin time', viewer: undefined, timeZone: 'Europe/Berlin' });
    // Paris and Berlin keep the same clock all year.
    expect(
      formatRoomWindow(window, { locale: 'en-GB', timeZone: 'Europe/Berlin', viewerTimeZone: 'Europe/Paris' }).viewer,
    ).toBeUndefined();
  });

  it("shows a room without a zone (or with one nobody knows) in the viewer's zone, named", () => {
    const none = formatRoomWindow(window, { locale: 'en-GB', viewerTimeZone: 'America/New_York' });
    expect(none).toEqual({
      room: 'Thu 3 Dec, 03:00–03:30 New York time',
      viewer: undefined,
      timeZone: 'America/New_York',
    });
    expect(formatRoomWindow(window, { locale: 'en-GB', timeZone: 'Mars/Olympus', viewerTimeZone: 'UTC' }).room).toBe(
      'Thu 3 Dec, 08:00–08:30 UTC time',
    );
  });

  it("adds the dates to the viewer's line when the viewer's clock is on another day", () => {
    const evening = { validFrom: new Date('2026-12-04T01:00:00Z'), validUntil: new Date('2026-12-04T01:30:00Z') };
    const text = formatRoomWindow(evening, {
      locale: 'en-GB',
      timeZone: 'America/New_York',
      viewerTimeZone: 'Europe/Berlin',
    });
    expect(text.room).toBe('Thu 3 Dec, 20:00–20:30 New York time');
    expect(text.viewer).toBe('Fri 4 Dec, 02:00–02:30 your time');
  });

  it('follows the locale and the phrases, and names the year only for another year', () => {
    const text = formatRoomWindow(window, {
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      viewerTimeZone: 'Asia/Tokyo',
      now: new Date('2025-06-01T00:00:00Z'),
      phrases: { inZone: '{window} (Ortszeit {zone})', inViewerZone: '{window} (Ihre Zeit)' },
    });
    expect(text.room).toBe('Do., 3. Dez. 2026, 09:00–09:30 Uhr (Ortszeit Berlin)');
    expect(text.viewer).toBe('17:00–17:30 Uhr (Ihre Zeit)');
    expect(
      formatRoomWindow(window, {
        locale: 'en-US',
        timeZone: 'Europe/Berlin',
        viewerTimeZone: 'Europe/Berlin',
        now: new Date('2026-01-01T12:00:00Z'),
      }).room,
    ).toMatch(/^Thu, Dec 3, 9:00\s–\s9:30\sAM Berlin time$/);
  });

  it('spells out both days of a window that spans midnight in the room zone', () => {
    const overnight = { validFrom: new Date('2026-12-03T21:00:00Z'), validUntil: new Date('2026-12-04T07:00:00Z') };
    const text = formatRoomWindow(overnight, { locale: 'en-GB', timeZone: 'Europe/Berlin', viewerTimeZone: 'UTC' });
    expect(plain(text.room)).toBe('Thu 3 Dec, 22:00 – Fri 4 Dec, 08:00 Berlin time');
    expect(plain(text.viewer)).toBe('Thu 3 Dec, 21:00 – Fri 4 Dec, 07:00 your time');
  });
});
