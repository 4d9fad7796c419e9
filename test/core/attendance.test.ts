import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  attendanceAxisTicks,
  attendanceCsv,
  attendanceReport,
  formatAttendanceDuration,
  groupAttendanceByRole,
  selectCall,
  type AttendanceCsvOptions,
  type AttendanceReport,
} from '../../src/core/attendance';
import { callActivityFrom } from '../../src/core/callActivity';
import type { RoomCallEvent, RoomParticipant } from '../../src/core/types';

const ROOM = 'r1';
const START = new Date('2026-12-02T09:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);
const MIN = 60_000;

const ANA = '8:acs:r_ana';
const BEN = '8:acs:r_ben';
const CARLA = '8:acs:r_carla';
const DAVID = '8:acs:r_david';
const EVE = '8:acs:r_eve';

const ROSTER: RoomParticipant[] = [
  { id: ANA, role: 'Presenter' },
  { id: BEN, role: 'Attendee' },
  { id: CARLA, role: 'Attendee' },
  { id: DAVID, role: 'Consumer' },
];
const PEOPLE = [
  { id: ANA, displayName: 'Ana Lima' },
  { id: BEN, displayName: 'Ben Okoro' },
  { id: CARLA, displayName: 'Carla Ruiz' },
  { id: DAVID, displayName: 'David Chen' },
];

const joined = (userId: string, minutes: number, participantId: string, extra = {}): RoomCallEvent => ({
  type: 'participantJoined',
  roomId: ROOM,
  callId: 'c1',
  at: at(minutes),
  userId,
  participantId,
  ...extra,
});
const left = (userId: string, minutes: number, participantId: string): RoomCallEvent => ({
  type: 'participantLeft',
  roomId: ROOM,
  callId: 'c1',
  at: at(minutes),
  userId,
  participantId,
});

/** Ana on time, Ben 8 minutes late who drops out once, Eve uninvited, Carla and David never come. */
const LIVE_EVENTS: RoomCallEvent[] = [
  { type: 'callStarted', roomId: ROOM, callId: 'c1', at: at(0) },
  joined(ANA, 0, 'p-ana'),
  joined(EVE, 2, 'p-eve', { displayName: 'Eve (guest)', role: 'Attendee' }),
  joined(BEN, 8, 'p-ben-1'),
  left(BEN, 20, 'p-ben-1'),
  joined(BEN, 25, 'p-ben-2'),
  left(EVE, 30, 'p-eve'),
];
const ENDED_EVENTS: RoomCallEvent[] = [
  ...LIVE_EVENTS,
  { type: 'callEnded', roomId: ROOM, callId: 'c1', at: at(60), durationSeconds: 3600 },
];

function report(events: RoomCallEvent[], now: Date, extra: Partial<Parameters<typeof attendanceReport>[1]> = {}) {
  return attendanceReport(callActivityFrom(ROOM, events), {
    now,
    roster: ROSTER,
    scheduledStart: START,
    people: PEOPLE,
    ...extra,
  });
}

const row = (r: AttendanceReport, userId: string) => {
  const found = r.rows.find((x) => x.userId === userId);
  if (!found) throw new Error(`no row for ${userId}`);
  return found;
};

describe('attendanceReport during a live call', () => {
  const live = report(LIVE_EVENTS, at(40));

  it('lists everyone invited and everyone who joined, those who joined first in order of joining', () => {
    expect(live.phase).toBe('live');
    expect(live.rows.map((r) => r.name)).toEqual(['Ana Lima', 'Eve (guest)', 'Ben Okoro', 'Carla Ruiz', 'David Chen']);
    expect(row(live, EVE).invited).toBe(false);
    expect(row(live, EVE).role).toBe('Attendee');
  });

  it('says who is in the call, who has not joined and who left', () => {
    expect(row(live, ANA).status).toBe('inCall');
    expect(row(live, BEN).status).toBe('inCall');
    expect(row(live, EVE).status).toBe('left');
    expect(row(live, CARLA).status).toBe('notJoined');
    expect(live.counts).toMatchObject({ inCall: 2, notJoined: 2, left: 1, noShow: 0, total: 5 });
  });

  it('marks late a join more than five minutes after the start, and anyone not joined once that is past', () => {
    expect(row(live, ANA).late).toBe(false);
    expect(row(live, BEN)).toMatchObject({ late: true, lateByMs: 8 * MIN });
    expect(row(live, CARLA)).toMatchObject({ late: true, lateByMs: 40 * MIN });
    expect(live.counts.late).toBe(3);
    // Exactly at the limit is still on time; a minute before it nobody is late yet.
    expect(report([joined(ANA, 5, 'p')], at(5)).rows.find((r) => r.userId === ANA)?.late).toBe(false);
    expect(report([joined(ANA, 0, 'p')], at(4)).rows.find((r) => r.userId === CARLA)?.late).toBe(false);
    expect(report(LIVE_EVENTS, at(40), { lateAfterMinutes: 10 }).rows.find((r) => r.userId === BEN)?.late).toBe(false);
  });

  it('counts time in the call as the sum of stays, the open one up to now, and the drop-outs between them', () => {
    expect(row(live, ANA)).toMatchObject({ timeInCallMs: 40 * MIN, dropOuts: 0, lastLeftAt: undefined });
    expect(row(live, BEN)).toMatchObject({ timeInCallMs: (12 + 15) * MIN, dropOuts: 1 });
    expect(row(live, BEN).lastJoinedAt).toEqual(at(25));
    expect(row(live, BEN).firstJoinedAt).toEqual(at(8));
    expect(row(live, EVE)).toMatchObject({ timeInCallMs: 28 * MIN, lastLeftAt: at(30) });
    expect(row(live, BEN).intervals.map((i) => i.open)).toEqual([false, true]);
  });

  it('takes the roster role over the one the call reported, and the directory name over the call name', () => {
    const r = report([joined(BEN, 1, 'p', { role: 'Consumer', displayName: 'Benny' })], at(2));
    expect(row(r, BEN)).toMatchObject({ role: 'Attendee', name: 'Ben Okoro' });
    const unnamed = report([joined(BEN, 1, 'p', { displayName: 'Benny' })], at(2), { people: [] });
    expect(row(unnamed, BEN).name).toBe('Benny');
    expect(row(unnamed, CARLA).name).toBeUndefined();
  });
});

describe('attendanceReport after the call', () => {
  const ended = report(ENDED_EVENTS, at(120));

  it('closes stays still open at the end of the call and lists the invited who never came as no-shows', () => {
    expect(ended.phase).toBe('ended');
    expect(ended.callEnd).toEqual(at(60));
    expect(row(ended, ANA)).toMatchObject({ status: 'left', timeInCallMs: 60 * MIN, lastLeftAt: at(60) });
    expect(row(ended, BEN)).toMatchObject({ status: 'left', timeInCallMs: (12 + 35) * MIN, dropOuts: 1 });
    expect(row(ended, CARLA)).toMatchObject({ status: 'noShow', late: false });
    expect(ended.counts).toMatchObject({ inCall: 0, left: 3, noShow: 2, late: 1 });
  });

  it('gives the same report whatever order the events came in, and for events heard twice', () => {
    const shuffled = [...ENDED_EVENTS].reverse();
    const twice = [...ENDED_EVENTS, ...ENDED_EVENTS];
    expect(report(shuffled, at(120)).rows).toEqual(ended.rows);
    expect(report(twice, at(120)).rows).toEqual(ended.rows);
  });

  it('counts someone in on two devices at once once', () => {
    const r = report(
      [joined(ANA, 0, 'laptop'), joined(ANA, 10, 'phone'), left(ANA, 20, 'laptop'), left(ANA, 30, 'phone')],
      at(40),
    );
    expect(row(r, ANA)).toMatchObject({ timeInCallMs: 30 * MIN, dropOuts: 0, status: 'left' });
  });
});

describe('which call', () => {
  const second: RoomCallEvent[] = [
    { type: 'callStarted', roomId: ROOM, callId: 'c2', at: at(180) },
    { ...joined(CARLA, 181, 'p-carla'), callId: 'c2' },
  ];
  const activity = callActivityFrom(ROOM, [...ENDED_EVENTS, ...second]);

  it('is the live one, else the latest; an id picks another', () => {
    expect(selectCall(activity)?.callId).toBe('c2');
    expect(selectCall(activity, 'c1')?.callId).toBe('c1');
    expect(selectCall(activity, 'nope')).toBeUndefined();
    const first = attendanceReport(activity, { now: at(200), roster: ROSTER, callId: 'c1' });
    expect(first.phase).toBe('ended');
    expect(first.rows.find((r) => r.userId === CARLA)?.status).toBe('noShow');
  });

  it('before any call, lists the invited as not joined, late once the start is past', () => {
    const none = attendanceReport(callActivityFrom(ROOM, []), { now: at(10), roster: ROSTER, scheduledStart: START });
    expect(none.phase).toBe('none');
    expect(none.rows.every((r) => r.status === 'notJoined' && r.late)).toBe(true);
    const early = attendanceReport(callActivityFrom(ROOM, []), { now: at(-10), roster: ROSTER, scheduledStart: START });
    expect(early.rows.some((r) => r.late)).toBe(false);
  });
});

describe('groupAttendanceByRole', () => {
  it('groups in the kit role order, unknown roles last', () => {
    const r = report([...LIVE_EVENTS, joined('8:acs:r_x', 3, 'p-x')], at(40));
    expect(groupAttendanceByRole(r.rows).map((g) => [g.role, g.rows.length])).toEqual([
      ['Presenter', 1],
      ['Attendee', 3],
      ['Consumer', 1],
      [undefined, 1],
    ]);
  });
});

describe('attendanceCsv', () => {
  const options: AttendanceCsvOptions = {
    headers: {
      name: 'Name',
      userId: 'User ID',
      role: 'Role',
      invited: 'Invited',
      status: 'Status',
      late: 'Late',
      firstJoinedUtc: 'First joined (UTC)',
      lastLeftUtc: 'Last left (UTC)',
      firstJoinedLocal: 'First joined (Berlin)',
      lastLeftLocal: 'Last left (Berlin)',
      timeInCallSeconds: 'Time in call (seconds)',
      timeInCall: 'Time in call',
      dropOuts: 'Drop-outs',
    },
    statusText: (r) => r.status,
    roleText: (role) => role ?? 'unknown',
    yes: 'Yes',
    no: 'No',
    formatLocal: (date) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(date),
    formatDuration: (ms) => formatAttendanceDuration(ms, 'en-US'),
  };

  it('has a header row and one row per person, times in ISO and local, CRLF line ends', () => {
    const csv = attendanceCsv(report(ENDED_EVENTS, at(120)), options);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'Name,User ID,Role,Invited,Status,Late,First joined (UTC),Last left (UTC),First joined (Berlin),Last left (Berlin),Time in call (seconds),Time in call,Drop-outs',
    );
    expect(lines[3]).toBe(
      'Ben Okoro,8:acs:r_ben,Attendee,Yes,left,Yes,2026-12-02T09:08:00.000Z,2026-12-02T10:00:00.000Z,10:08,11:00,2820,47 min,1',
    );
    expect(lines[4]).toBe('Carla Ruiz,8:acs:r_carla,Attendee,Yes,noShow,No,,,,,0,,0');
  });

  it('keeps names from running as spreadsheet formulas, and keeps quotes and commas intact', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1 555', ' -2+3', '@SUM(A1)', '\t=1', 'Lee, "Sam"', 'Ｗ＝ok', '＝1'];
    const people = names.map((displayName, i) => ({ id: `8:acs:r_${i}`, displayName }));
    const csv = attendanceCsv(
      attendanceReport(callActivityFrom(ROOM, []), {
        now: at(0),
        roster: people.map((p) => ({ id: p.id, role: 'Attendee' })),
        people,
      }),
      options,
    );
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
    const byId = new Map(parsed.map((cells) => [cells[1], cells[0]]));
    expect(names.map((_, i) => byId.get(`8:acs:r_${i}`))).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1 555",
      "' -2+3",
      "'@SUM(A1)",
      "'\t=1",
      'Lee, "Sam"',
      'Ｗ＝ok',
      "'＝1",
    ]);
  });
});

describe('formatting', () => {
  it('words durations through Intl units', () => {
    expect(formatAttendanceDuration(30_000, 'en-US')).toBe('under 1 min');
    expect(formatAttendanceDuration(45 * MIN, 'en-US')).toBe('45 min');
    expect(formatAttendanceDuration(65 * MIN, 'en-US')).toBe('1 hr 5 min');
    expect(formatAttendanceDuration(120 * MIN, 'en-US')).toBe('2 hr');
    expect(formatAttendanceDuration(65 * MIN, 'de-DE')).toBe('1 Std. 5 Min.');
  });

  it('puts axis ticks at round times of the viewer’s clock', () => {
    const ticks = attendanceAxisTicks(at(2), at(47), 'Europe/Berlin');
    expect(ticks.map((t) => t.at.toISOString().slice(11, 16))).toEqual(['09:10', '09:20', '09:30', '09:40']);
    expect(ticks[0]?.position).toBeCloseTo(8 / 45);
    // India is 5:30 off UTC: hourly ticks at its full hours, which are half past in UTC.
    const india = attendanceAxisTicks(at(0), at(300), 'Asia/Kolkata');
    expect(india.map((t) => t.at.toISOString().slice(11, 16))).toEqual(['09:30', '10:30', '11:30', '12:30', '13:30']);
    expect(attendanceAxisTicks(at(0), at(0), 'UTC')).toEqual([]);
  });
});
