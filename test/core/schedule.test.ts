import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canonicalTimeZone,
  DEFAULT_SUMMARY_PHRASES,
  defaultSchedule,
  durationOf,
  endFromDuration,
  FALLBACK_TIME_ZONES,
  instantToZonedWallTime,
  isValidTimeZone,
  listTimeZones,
  msUntilStatusChange,
  nextHalfHour,
  parseDateInput,
  parseTimeInput,
  relativeTimePhrase,
  scheduleSummary,
  validateSchedule,
  zonedWallTimeToInstant,
  zoneOffsetLabel,
} from '../../src/core/schedule';
import { validateValidity } from '../../src/core/validity';
import { VALIDITY_SCHEDULER_DE } from '../../src/strings/areas/validityScheduler';

const iso = (s: string) => new Date(s);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('zonedWallTimeToInstant', () => {
  it('maps an ordinary wall time in each zone to its instant', () => {
    expect(zonedWallTimeToInstant({ date: '2026-12-03', time: '09:00' }, 'Europe/Paris')).toEqual({
      instant: iso('2026-12-03T08:00:00Z'),
      resolution: 'exact',
      resolved: { date: '2026-12-03', time: '09:00' },
    });
    expect(zonedWallTimeToInstant({ date: '2026-12-03', time: '09:00' }, 'Asia/Kolkata')?.instant).toEqual(
      iso('2026-12-03T03:30:00Z'),
    );
    expect(zonedWallTimeToInstant({ date: '2026-07-01', time: '9:05' }, 'America/New_York')).toMatchObject({
      instant: iso('2026-07-01T13:05:00Z'),
      resolved: { date: '2026-07-01', time: '09:05' },
    });
    expect(zonedWallTimeToInstant({ date: '2026-12-31', time: '23:30' }, 'UTC')?.instant).toEqual(
      iso('2026-12-31T23:30:00Z'),
    );
  });

  describe('America/New_York on 2026-03-08 (clocks go from 02:00 EST to 03:00 EDT)', () => {
    const ny = (time: string) => zonedWallTimeToInstant({ date: '2026-03-08', time }, 'America/New_York');

    it('moves 02:30, which does not exist, forward by the gap to 03:30 EDT and says so', () => {
      expect(ny('02:30')).toEqual({
        instant: iso('2026-03-08T07:30:00Z'),
        resolution: 'skipped',
        resolved: { date: '2026-03-08', time: '03:30' },
      });
    });
    it('treats 02:00 as skipped too (the first minute that does not exist)', () => {
      expect(ny('02:00')).toMatchObject({ resolution: 'skipped', resolved: { time: '03:00' } });
    });
    it('leaves the minutes on either side exact', () => {
      expect(ny('01:59')).toMatchObject({ instant: iso('2026-03-08T06:59:00Z'), resolution: 'exact' });
      expect(ny('03:00')).toMatchObject({ instant: iso('2026-03-08T07:00:00Z'), resolution: 'exact' });
    });
  });

  describe('Europe/London on 2026-10-25 (clocks go back from 02:00 BST to 01:00 GMT)', () => {
    const london = (time: string) => zonedWallTimeToInstant({ date: '2026-10-25', time }, 'Europe/London');

    it('takes the earlier of the two 01:30s (still BST) and names the later one', () => {
      expect(london('01:30')).toEqual({
        instant: iso('2026-10-25T00:30:00Z'),
        resolution: 'ambiguous',
        resolved: { date: '2026-10-25', time: '01:30' },
        alternative: iso('2026-10-25T01:30:00Z'),
      });
    });
    it('leaves the times outside the repeated hour exact', () => {
      expect(london('00:59')).toMatchObject({ instant: iso('2026-10-24T23:59:00Z'), resolution: 'exact' });
      expect(london('02:00')).toMatchObject({ instant: iso('2026-10-25T02:00:00Z'), resolution: 'exact' });
    });
  });

  it('handles the southern hemisphere and half-hour shifts (Lord Howe goes +10:30 → +11 in October)', () => {
    expect(zonedWallTimeToInstant({ date: '2026-10-04', time: '02:30' }, 'Australia/Sydney')).toMatchObject({
      resolution: 'skipped',
      resolved: { time: '03:30' },
    });
    expect(zonedWallTimeToInstant({ date: '2026-10-04', time: '02:15' }, 'Australia/Lord_Howe')).toMatchObject({
      resolution: 'skipped',
      resolved: { time: '02:45' },
    });
  });

  it('refuses dates, times and zones that are not real', () => {
    expect(zonedWallTimeToInstant({ date: '2026-02-30', time: '09:00' }, 'UTC')).toBeUndefined();
    expect(zonedWallTimeToInstant({ date: '2026-2-3', time: '09:00' }, 'UTC')).toBeUndefined();
    expect(zonedWallTimeToInstant({ date: '2026-02-03', time: '24:00' }, 'UTC')).toBeUndefined();
    expect(zonedWallTimeToInstant({ date: '2026-02-03', time: '09:60' }, 'UTC')).toBeUndefined();
    expect(zonedWallTimeToInstant({ date: '2026-02-03', time: '09:00' }, 'Mars/Olympus_Mons')).toBeUndefined();
  });
});

describe('instantToZonedWallTime', () => {
  it('reads the clock of the zone, including across the date line', () => {
    expect(instantToZonedWallTime(iso('2026-03-08T07:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-08',
      time: '03:30',
    });
    expect(instantToZonedWallTime(iso('2026-03-08T06:59:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-08',
      time: '01:59',
    });
    expect(instantToZonedWallTime(iso('2026-12-31T23:30:00Z'), 'Pacific/Kiritimati')).toEqual({
      date: '2027-01-01',
      time: '13:30',
    });
  });
  it('round-trips every exact wall time', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      for (let h = 0; h < 48; h += 1) {
        const instant = new Date(Date.UTC(2026, 9, 24) + h * HOUR + 17 * MIN);
        const wall = instantToZonedWallTime(instant, zone);
        const back = zonedWallTimeToInstant(wall, zone);
        // An ambiguous wall time maps back to its earlier instant; every other one maps back exactly.
        if (back?.resolution === 'ambiguous') expect([back.instant, back.alternative]).toContainEqual(instant);
        else expect(back?.instant, `${zone} ${wall.date} ${wall.time}`).toEqual(instant);
      }
    }
  });
});

describe('durations', () => {
  it('adds minutes and hours as elapsed time, even across the spring-forward gap', () => {
    // 01:45 EST + 30 minutes is 03:15 EDT: the clock jumps, the time that passes does not.
    const start = iso('2026-03-08T06:45:00Z');
    expect(endFromDuration(start, '30m', 'America/New_York')).toEqual(iso('2026-03-08T07:15:00Z'));
    expect(instantToZonedWallTime(endFromDuration(start, '30m', 'America/New_York'), 'America/New_York').time).toBe(
      '03:15',
    );
    expect(endFromDuration(start, '15m', 'UTC')).toEqual(iso('2026-03-08T07:00:00Z'));
    expect(endFromDuration(start, '1h', 'UTC')).toEqual(iso('2026-03-08T07:45:00Z'));
    // 00:30 BST + 2 h is 01:30 GMT, the second 01:30 of the night.
    expect(endFromDuration(iso('2026-10-24T23:30:00Z'), '2h', 'Europe/London')).toEqual(iso('2026-10-25T01:30:00Z'));
  });
  it('adds a day and a week as calendar days in the zone, so 09:00 stays 09:00 across a change', () => {
    const sat = zonedWallTimeToInstant({ date: '2026-03-07', time: '09:00' }, 'America/New_York')?.instant;
    if (!sat) throw new Error('no instant');
    const sun = endFromDuration(sat, '1d', 'America/New_York');
    expect(instantToZonedWallTime(sun, 'America/New_York')).toEqual({ date: '2026-03-08', time: '09:00' });
    expect(sun.getTime() - sat.getTime()).toBe(23 * HOUR);

    const tue = zonedWallTimeToInstant({ date: '2026-10-20', time: '09:00' }, 'Europe/London')?.instant;
    if (!tue) throw new Error('no instant');
    const nextTue = endFromDuration(tue, '1w', 'Europe/London');
    expect(instantToZonedWallTime(nextTue, 'Europe/London')).toEqual({ date: '2026-10-27', time: '09:00' });
    expect(nextTue.getTime() - tue.getTime()).toBe(7 * DAY + HOUR);
  });
  it('recognises the preset a window matches, calendar days counted in the zone when one is given', () => {
    const from = iso('2026-03-07T14:00:00Z');
    expect(durationOf(from, new Date(from.getTime() + 30 * MIN))).toBe('30m');
    expect(durationOf(from, new Date(from.getTime() + 2 * HOUR))).toBe('2h');
    expect(durationOf(from, new Date(from.getTime() + 90 * MIN))).toBe('custom');
    expect(durationOf(from, new Date(from.getTime() + 23 * HOUR), 'America/New_York')).toBe('1d');
    expect(durationOf(from, new Date(from.getTime() + 23 * HOUR))).toBe('custom');
    expect(durationOf(from, new Date(from.getTime() + 24 * HOUR))).toBe('1d');
    expect(durationOf(from, new Date(from.getTime() + 7 * DAY))).toBe('1w');
    expect(durationOf(from, new Date(Number.NaN))).toBe('custom');
  });
});

describe('zones', () => {
  afterEach(() => vi.restoreAllMocks());

  it('labels the offset in force at an instant', () => {
    expect(zoneOffsetLabel('Europe/Paris', iso('2026-01-15T12:00:00Z'))).toBe('GMT+01:00');
    expect(zoneOffsetLabel('Europe/Paris', iso('2026-07-15T12:00:00Z'))).toBe('GMT+02:00');
    expect(zoneOffsetLabel('America/New_York', iso('2026-03-08T06:59:00Z'))).toBe('GMT-05:00');
    expect(zoneOffsetLabel('America/New_York', iso('2026-03-08T07:00:00Z'))).toBe('GMT-04:00');
    expect(zoneOffsetLabel('Asia/Kolkata', iso('2026-01-15T12:00:00Z'))).toBe('GMT+05:30');
    expect(zoneOffsetLabel('Pacific/Chatham', iso('2026-01-15T12:00:00Z'))).toBe('GMT+13:45');
    expect(zoneOffsetLabel('UTC', iso('2026-01-15T12:00:00Z'))).toBe('GMT+00:00');
  });
  it("lists the engine's zones under current names, with UTC, sorted", () => {
    const zones = listTimeZones();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain('UTC');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Calcutta');
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
    expect(new Set(zones).size).toBe(zones.length);
  });
  it('falls back to its own list where the engine cannot list zones', () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new RangeError('not supported');
    });
    const zones = listTimeZones();
    expect([...zones].sort()).toEqual([...FALLBACK_TIME_ZONES].sort());
    expect(zones).toContain('Europe/Paris');
  });
  it('knows valid and current names', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Nowhere/Special')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Paris')).toBe('Europe/Paris');
  });
});

describe('default window', () => {
  it('starts at the next half hour of the zone, for one hour', () => {
    expect(nextHalfHour(iso('2026-11-21T09:10:00Z'), 'Europe/Paris')).toEqual(iso('2026-11-21T09:30:00Z'));
    expect(nextHalfHour(iso('2026-11-21T09:30:00Z'), 'Europe/Paris')).toEqual(iso('2026-11-21T10:00:00Z'));
    // Kathmandu is UTC+05:45: its half hours fall at :15 and :45 UTC.
    expect(nextHalfHour(iso('2026-11-21T09:10:00Z'), 'Asia/Kathmandu')).toEqual(iso('2026-11-21T09:15:00Z'));
    expect(defaultSchedule(iso('2026-11-21T09:10:42Z'), 'UTC')).toEqual({
      validFrom: iso('2026-11-21T09:30:00Z'),
      validUntil: iso('2026-11-21T10:30:00Z'),
    });
  });
});

describe('the 180-day edge', () => {
  const now = iso('2026-02-20T12:00:00Z');
  it('accepts exactly 180 days and refuses one minute more, on validUntil', () => {
    const from = iso('2026-03-01T14:00:00Z');
    const exact = new Date(from.getTime() + 180 * DAY);
    expect(validateValidity({ validFrom: from, validUntil: exact }, { now })).toEqual([]);
    expect(validateSchedule({ validFrom: from, validUntil: exact }, { now })).toEqual([]);
    const over = validateSchedule({ validFrom: from, validUntil: new Date(exact.getTime() + MIN) }, { now });
    expect(over.map((i) => [i.code, i.target])).toEqual([['windowTooLong', 'validUntil']]);
  });
  it('counts 180 days as elapsed time: across spring-forward, 09:00 → 10:00 on the wall is exactly 180 days', () => {
    const from = zonedWallTimeToInstant({ date: '2026-03-01', time: '09:00' }, 'America/New_York')?.instant;
    const until = zonedWallTimeToInstant({ date: '2026-08-28', time: '10:00' }, 'America/New_York')?.instant;
    const later = zonedWallTimeToInstant({ date: '2026-08-28', time: '10:01' }, 'America/New_York')?.instant;
    if (!from || !until || !later) throw new Error('no instant');
    expect(until.getTime() - from.getTime()).toBe(180 * DAY);
    expect(validateSchedule({ validFrom: from, validUntil: until }, { now })).toEqual([]);
    expect(validateSchedule({ validFrom: from, validUntil: later }, { now }).map((i) => i.code)).toEqual([
      'windowTooLong',
    ]);
  });
  it("adds the host's min and max", () => {
    const from = iso('2026-03-01T14:00:00Z');
    const until = iso('2026-03-01T15:00:00Z');
    const issues = validateSchedule(
      { validFrom: from, validUntil: until },
      { now, min: iso('2026-03-02T00:00:00Z'), max: iso('2026-03-01T14:30:00Z') },
    );
    expect(issues.map((i) => [i.code, i.target])).toEqual([
      ['beforeMin', 'validFrom'],
      ['afterMax', 'validUntil'],
    ]);
    expect(validateSchedule({ validFrom: from, validUntil: until }, { now, min: from, max: until })).toEqual([]);
  });
  it('honours a smaller maxDays', () => {
    const from = iso('2026-03-01T14:00:00Z');
    const issues = validateSchedule(
      { validFrom: from, validUntil: new Date(from.getTime() + 8 * DAY) },
      {
        now,
        maxDays: 7,
      },
    );
    expect(issues.map((i) => i.code)).toEqual(['windowTooLong']);
  });
});

describe('relative time and the summary', () => {
  const now = iso('2026-11-30T08:00:00Z');
  it('picks the unit a person would say', () => {
    expect(relativeTimePhrase(iso('2026-11-30T08:00:30Z'), now, 'en')).toBe('in 30 seconds');
    expect(relativeTimePhrase(iso('2026-11-30T08:30:00Z'), now, 'en')).toBe('in 30 minutes');
    expect(relativeTimePhrase(iso('2026-11-30T06:00:00Z'), now, 'en')).toBe('2 hours ago');
    expect(relativeTimePhrase(iso('2026-12-01T08:00:00Z'), now, 'en')).toBe('tomorrow');
    expect(relativeTimePhrase(iso('2026-12-03T08:00:00Z'), now, 'en')).toBe('in 3 days');
    expect(relativeTimePhrase(iso('2027-03-30T08:00:00Z'), now, 'en')).toBe('in 4 months');
    expect(relativeTimePhrase(iso('2026-12-03T08:00:00Z'), now, 'de')).toBe('in 3 Tagen');
    expect(relativeTimePhrase(iso('2026-11-30T07:55:00Z'), now, 'de')).toBe('vor 5 Minuten');
  });
  const window = { validFrom: iso('2026-12-03T08:00:00Z'), validUntil: iso('2026-12-03T09:00:00Z') };
  it('says when, where and how it stands: scheduled', () => {
    expect(scheduleSummary(window, { now, locale: 'en-GB', timeZone: 'Europe/Paris' })).toEqual({
      text: 'Thu 3 Dec, 09:00–10:00, Europe/Paris · opens in 3 days',
      range: 'Thu 3 Dec, 09:00–10:00',
      relative: 'opens in 3 days',
      status: 'scheduled',
    });
  });
  it('open and ended', () => {
    const open = scheduleSummary(window, { now: iso('2026-12-03T08:30:00Z'), locale: 'en-GB', timeZone: 'UTC' });
    expect(open.status).toBe('open');
    expect(open.text).toBe('Thu 3 Dec, 08:00–09:00, UTC · closes in 30 minutes');
    const ended = scheduleSummary(window, { now: iso('2026-12-04T09:00:00Z'), locale: 'en-GB', timeZone: 'UTC' });
    expect(ended.status).toBe('ended');
    expect(ended.relative).toBe('ended yesterday');
  });
  it('takes its sentence from the strings passed in, so it reads right in German', () => {
    const de = VALIDITY_SCHEDULER_DE;
    const summary = scheduleSummary(window, {
      now,
      locale: 'de-DE',
      timeZone: 'Europe/Berlin',
      phrases: { summary: de.summary, opens: de.opens, closes: de.closes, ended: de.ended },
    });
    expect(summary.relative).toBe('öffnet in 3 Tagen');
    expect(summary.text).toMatch(/^Do\., 3\. Dez\., 09:00.10:00 Uhr, Europe\/Berlin · öffnet in 3 Tagen$/);
    expect(DEFAULT_SUMMARY_PHRASES.opens).toBe('opens {relative}');
  });
  it('shows the year when the window is not in the current one', () => {
    const next = { validFrom: iso('2027-01-04T08:00:00Z'), validUntil: iso('2027-01-04T09:00:00Z') };
    expect(scheduleSummary(next, { now, locale: 'en-GB', timeZone: 'UTC' }).range).toContain('2027');
  });
  it('tells a timer when the status next changes', () => {
    expect(msUntilStatusChange(window, iso('2026-12-03T07:00:00Z'))).toBe(HOUR);
    expect(msUntilStatusChange(window, iso('2026-12-03T08:15:00Z'))).toBe(45 * MIN);
    expect(msUntilStatusChange(window, iso('2026-12-03T09:00:00Z'))).toBeUndefined();
  });
});

describe('typed input', () => {
  it('reads dates in ISO and in the order of the locale', () => {
    expect(parseDateInput('2026-03-08', 'en-US')).toBe('2026-03-08');
    expect(parseDateInput('3/8/2026', 'en-US')).toBe('2026-03-08');
    expect(parseDateInput('08/03/2026', 'en-GB')).toBe('2026-03-08');
    expect(parseDateInput('8.3.2026', 'de-DE')).toBe('2026-03-08');
    expect(parseDateInput('8.3.26', 'de-DE')).toBe('2026-03-08');
    expect(parseDateInput('31.2.2026', 'de-DE')).toBeUndefined();
    expect(parseDateInput('23/11/202', 'en-GB')).toBeUndefined();
    expect(parseDateInput('23/11/20261', 'en-GB')).toBeUndefined();
    expect(parseDateInput('tomorrow', 'en-US')).toBeUndefined();
    expect(parseDateInput('', 'en-US')).toBeUndefined();
  });
  it('reads times in 24-hour and 12-hour forms', () => {
    expect(parseTimeInput('9:30')).toBe('09:30');
    expect(parseTimeInput('09:30')).toBe('09:30');
    expect(parseTimeInput('0930')).toBe('09:30');
    expect(parseTimeInput('9.30')).toBe('09:30');
    expect(parseTimeInput('21h30')).toBe('21:30');
    expect(parseTimeInput('9')).toBe('09:00');
    expect(parseTimeInput('9:30 PM')).toBe('21:30');
    expect(parseTimeInput('12:15 am')).toBe('00:15');
    expect(parseTimeInput('12 pm')).toBe('12:00');
    expect(parseTimeInput('25:00')).toBeUndefined();
    expect(parseTimeInput('13:00 pm')).toBeUndefined();
    expect(parseTimeInput('soon')).toBeUndefined();
  });
});
