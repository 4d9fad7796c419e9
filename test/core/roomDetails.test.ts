import { describe, expect, it } from 'vitest';
import {
  isKnownTimeZone,
  mergeRoomDetails,
  normalizeRoomDetail,
  patchTouchesDetails,
  ROOM_DETAIL_FIELDS,
  ROOM_DETAIL_LIMITS,
  roomMatchesSearch,
  roomSearchText,
  rosterPreviewOf,
  ROSTER_PREVIEW_SIZE,
  validateRoomDetails,
  type RoomSearch,
} from '../../src/core/roomDetails';

const codes = (details: Parameters<typeof validateRoomDetails>[0]) =>
  validateRoomDetails(details).map((issue) => [issue.field, issue.code]);

describe('validateRoomDetails', () => {
  it('accepts no details, absent details and null (clear) for every field', () => {
    expect(validateRoomDetails({})).toEqual([]);
    expect(validateRoomDetails({ subject: undefined, timeZone: undefined })).toEqual([]);
    expect(validateRoomDetails({ subject: null, timeZone: null, description: null, reference: null })).toEqual([]);
  });

  it('accepts realistic details', () => {
    expect(
      validateRoomDetails({
        subject: 'Follow-up: Priya Raman',
        timeZone: 'Europe/Berlin',
        description: 'Bring the latest results.\n\tFasting is not needed.\r\n',
        reference: 'APPT-2026-0142',
      }),
    ).toEqual([]);
  });

  it('refuses an empty title, or one of spaces, with a message that says what to do', () => {
    for (const subject of ['', '   ', '\t\n']) {
      const [issue] = validateRoomDetails({ subject });
      expect(issue).toMatchObject({ field: 'subject', code: 'empty' });
      expect(issue?.message).toBe('Give the room a title, or leave the title out.');
    }
    // Empty notes or references are no error: they are cleared.
    expect(validateRoomDetails({ description: '', reference: '  ' })).toEqual([]);
  });

  it('holds each text to its limit, counted after trimming, and says the limit and the length', () => {
    const { subject, description, reference } = ROOM_DETAIL_LIMITS;
    expect(validateRoomDetails({ subject: 'T'.repeat(subject) })).toEqual([]);
    expect(validateRoomDetails({ subject: `  ${'T'.repeat(subject)}  ` })).toEqual([]);
    expect(validateRoomDetails({ description: 'n'.repeat(description), reference: 'R'.repeat(reference) })).toEqual([]);

    const [long] = validateRoomDetails({ subject: 'T'.repeat(500) });
    expect(long).toEqual({
      field: 'subject',
      code: 'tooLong',
      limit: 200,
      message: 'Keep the title to 200 characters; this one has 500.',
    });
    expect(codes({ description: 'n'.repeat(description + 1), reference: 'R'.repeat(reference + 1) })).toEqual([
      ['description', 'tooLong'],
      ['reference', 'tooLong'],
    ]);
    expect(validateRoomDetails({ description: 'n'.repeat(2001) })[0]?.message).toBe(
      'Keep the notes to 2000 characters; this one has 2001.',
    );
  });

  it('refuses control characters, allowing tabs and line breaks in notes only', () => {
    expect(codes({ subject: 'Follow-up\u0007' })).toEqual([['subject', 'controlCharacter']]);
    expect(codes({ subject: 'Follow-up\nPriya' })).toEqual([['subject', 'controlCharacter']]);
    expect(codes({ reference: 'APPT\t0142' })).toEqual([['reference', 'controlCharacter']]);
    expect(codes({ description: 'Line one\nLine two\tindented' })).toEqual([]);
    expect(codes({ description: 'Beep\u0000' })).toEqual([['description', 'controlCharacter']]);
    expect(codes({ description: 'Delete\u007f' })).toEqual([['description', 'controlCharacter']]);
    expect(validateRoomDetails({ subject: 'a\u001bb' })[0]?.message).toBe(
      'The title contains a control character; type it again or paste it as plain text.',
    );
  });

  it('accepts IANA zones, UTC and Etc zones, and refuses unknown names and bare offsets', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'Etc/UTC']) {
      expect(validateRoomDetails({ timeZone: zone }), zone).toEqual([]);
      expect(isKnownTimeZone(zone), zone).toBe(true);
    }
    expect(validateRoomDetails({ timeZone: ' Europe/Berlin ' })).toEqual([]);
    for (const zone of ['Mars/Olympus', '+05:30', '-0800', 'GMT+5:30', 'Europe/', '/Berlin', 'Europe Berlin', '']) {
      expect(codes({ timeZone: zone }), zone).toEqual([['timeZone', 'unknownTimeZone']]);
      expect(isKnownTimeZone(zone), zone).toBe(false);
    }
    expect(validateRoomDetails({ timeZone: 'Mars/Olympus' })[0]?.message).toBe(
      '"Mars/Olympus" is not a time zone. Use an IANA name such as Europe/Berlin.',
    );
    // A pasted essay is not echoed back whole.
    expect(validateRoomDetails({ timeZone: 'x'.repeat(500) })[0]?.message.length).toBeLessThan(150);
  });

  it('refuses what is not text, naming the field', () => {
    expect(validateRoomDetails({ subject: 42, timeZone: true, description: {}, reference: ['a'] })).toEqual([
      { field: 'subject', code: 'notText', message: 'The title must be text.' },
      { field: 'timeZone', code: 'notText', message: 'The time zone must be text.' },
      { field: 'description', code: 'notText', message: 'The notes must be text.' },
      { field: 'reference', code: 'notText', message: 'The reference must be text.' },
    ]);
  });

  it('reports one issue per field, in the order an editor shows them', () => {
    expect(codes({ reference: 'R'.repeat(300), subject: '', timeZone: 'Nowhere/Land' })).toEqual([
      ['subject', 'empty'],
      ['timeZone', 'unknownTimeZone'],
      ['reference', 'tooLong'],
    ]);
    expect(ROOM_DETAIL_FIELDS).toEqual(['subject', 'timeZone', 'description', 'reference']);
  });
});

describe('mergeRoomDetails', () => {
  const current = { subject: 'Physiotherapy review', timeZone: 'Asia/Kolkata', reference: 'APPT-7' };

  it('keeps what the patch leaves out, takes what it names, trimmed', () => {
    expect(mergeRoomDetails(current, { subject: '  Knee review ', description: 'Bring a towel.' })).toEqual({
      subject: 'Knee review',
      timeZone: 'Asia/Kolkata',
      reference: 'APPT-7',
      description: 'Bring a towel.',
    });
    expect(mergeRoomDetails(current, {})).toEqual(current);
  });

  it('clears a detail set to null or to text that is empty once trimmed', () => {
    expect(mergeRoomDetails(current, { timeZone: null, reference: '   ' })).toEqual({
      subject: 'Physiotherapy review',
    });
    expect(mergeRoomDetails({}, { subject: null })).toEqual({});
  });

  it('leaves the details it was given alone', () => {
    const before = { ...current };
    mergeRoomDetails(current, { subject: null });
    expect(current).toEqual(before);
  });

  it('ignores fields that are no details', () => {
    expect(mergeRoomDetails({}, { subject: 'A', pstnDialOutEnabled: true, validUntil: new Date(0) })).toEqual({
      subject: 'A',
    });
  });
});

describe('normalizeRoomDetail and patchTouchesDetails', () => {
  it('trims text and leaves null, absent and other values as they are', () => {
    expect(normalizeRoomDetail('  Follow-up ')).toBe('Follow-up');
    expect(normalizeRoomDetail('   ')).toBe('');
    expect(normalizeRoomDetail(null)).toBeNull();
    expect(normalizeRoomDetail(undefined)).toBeUndefined();
    expect(normalizeRoomDetail(7)).toBe(7);
  });

  it('says whether a patch names a detail, clears included', () => {
    expect(patchTouchesDetails({ pstnDialOutEnabled: true, validUntil: new Date(0) })).toBe(false);
    expect(patchTouchesDetails({})).toBe(false);
    expect(patchTouchesDetails({ reference: null })).toBe(true);
    expect(patchTouchesDetails({ subject: 'A' })).toBe(true);
  });
});

describe('room search', () => {
  const nobody: RoomSearch = { text: '', participantIds: new Set() };
  const search = (query: string, participantIds: readonly string[] = []): RoomSearch => {
    const text = roomSearchText(query);
    if (text === undefined) throw new Error(`"${query}" searches for nothing`);
    return { ...nobody, text, participantIds: new Set(participantIds) };
  };
  const room = { id: '99117812428622880', subject: 'Follow-up: Zoë Müller', reference: 'APPT-2026-0142' };

  it('has nothing to search for in an absent or blank query, and folds the rest', () => {
    expect(roomSearchText(undefined)).toBeUndefined();
    expect(roomSearchText('')).toBeUndefined();
    expect(roomSearchText('  \t ')).toBeUndefined();
    expect(roomSearchText('  Zoë MÜLLER ')).toBe('zoe muller');
    expect(roomSearchText('Łukasz Søndergaard')).toBe('lukasz sondergaard');
  });

  it('matches a title or a reference containing the text, ignoring case and accents', () => {
    for (const query of ['zoe', 'ZOË', 'müller', 'muller', 'follow-up: zoe', 'up: Zoë M']) {
      expect(roomMatchesSearch(room, [], search(query)), query).toBe(true);
    }
    expect(roomMatchesSearch(room, [], search('appt-2026'))).toBe(true);
    expect(roomMatchesSearch(room, [], search('0142'))).toBe(true);
    expect(roomMatchesSearch(room, [], search('physio'))).toBe(false);
    expect(roomMatchesSearch({ id: '1' }, [], search('zoe'))).toBe(false);
  });

  it('matches a fragment of the id, with the spaces of an id read aloud ignored', () => {
    expect(roomMatchesSearch(room, [], search('78124286'))).toBe(true);
    expect(roomMatchesSearch(room, [], search('9911 7812 4286'))).toBe(true);
    expect(roomMatchesSearch(room, [], search(room.id))).toBe(true);
    expect(roomMatchesSearch(room, [], search('12345678'))).toBe(false);
  });

  it('matches a room with one of the people whose name matched on its roster', () => {
    const priya = '8:acs:resource_priya';
    const other = '8:acs:resource_other';
    expect(roomMatchesSearch(room, [other, priya], search('priya', [priya]))).toBe(true);
    expect(roomMatchesSearch(room, new Set([priya]), search('priya', [priya]))).toBe(true);
    expect(roomMatchesSearch(room, [other], search('priya', [priya]))).toBe(false);
    expect(roomMatchesSearch(room, [priya], search('priya'))).toBe(false);
  });
});

describe('rosterPreviewOf', () => {
  const person = (n: number, role: 'Presenter' | 'Attendee' | 'Consumer') => ({ id: `p${n}`, role });

  it('names presenters first, then the others, each in invitation order, at most the preview size', () => {
    const roster = [
      person(1, 'Attendee'),
      person(2, 'Consumer'),
      person(3, 'Presenter'),
      person(4, 'Attendee'),
      person(5, 'Presenter'),
      person(6, 'Attendee'),
    ];
    expect(ROSTER_PREVIEW_SIZE).toBe(4);
    expect(rosterPreviewOf(roster).map((p) => p.id)).toEqual(['p3', 'p5', 'p1', 'p2']);
  });

  it('gives a short roster whole and an empty one as nobody', () => {
    expect(rosterPreviewOf([person(1, 'Consumer')])).toEqual([{ id: 'p1', role: 'Consumer' }]);
    expect(rosterPreviewOf([])).toEqual([]);
  });

  it('stops reading a long roster once enough presenters are found', () => {
    let read = 0;
    function* roster() {
      for (let n = 0; n < 1_000_000; n++) {
        read++;
        yield person(n, 'Presenter');
      }
    }
    expect(rosterPreviewOf(roster())).toHaveLength(4);
    expect(read).toBe(4);
  });
});
