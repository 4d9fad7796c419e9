import { describe, expect, it } from 'vitest';
import type { Room } from '../../src/adapter/types';
import { RoomsError } from '../../src/core/errors';
import {
  filterRooms,
  isDefiniteCreateFailure,
  isEmptyPatch,
  roomMatchesText,
  roomPatch,
  sortRooms,
  type RoomSort,
} from '../../src/core/rooms';

const NOW = new Date('2026-03-02T09:30:00.000Z');
const HOUR = 3_600_000;
const at = (offsetHours: number) => new Date(NOW.getTime() + offsetHours * HOUR);

function room(
  id: string,
  fromHours: number,
  untilHours: number,
  createdHours: number,
  extra: Partial<Room> = {},
): Room {
  return {
    id,
    createdAt: at(createdHours),
    validFrom: at(fromHours),
    validUntil: at(untilHours),
    pstnDialOutEnabled: false,
    ...extra,
  };
}

// ended, open, scheduled, scheduled (later), open (ends last of the open ones)
const ROOMS: Room[] = [
  room('300', -48, -47, -72),
  room('20', -1, 1, -2),
  room('1000', 24, 25, -1),
  room('4', 48, 50, -3),
  room('55', -2, 5, -100),
];
const ids = (rooms: readonly Room[]) => rooms.map((r) => r.id);

describe('roomPatch', () => {
  const before = { validFrom: at(1), validUntil: at(2), pstnDialOutEnabled: false, joinPolicy: 'inviteOnly' as const };

  it('is empty when nothing changed, comparing instants by time rather than identity', () => {
    const patch = roomPatch(before, {
      ...before,
      validFrom: new Date(before.validFrom.getTime()),
      validUntil: new Date(before.validUntil.getTime()),
    });
    expect(patch).toEqual({});
    expect(isEmptyPatch(patch)).toBe(true);
  });

  it('holds only the changed end', () => {
    const patch = roomPatch(before, { ...before, validUntil: at(3) });
    expect(patch).toEqual({ validUntil: at(3) });
    expect(Object.keys(patch)).toEqual(['validUntil']);
    expect(isEmptyPatch(patch)).toBe(false);
  });

  it('holds each changed field, as fresh Date objects', () => {
    const after = {
      validFrom: at(5),
      validUntil: at(6),
      pstnDialOutEnabled: true,
      joinPolicy: 'communicationServiceUsers' as const,
    };
    const patch = roomPatch(before, after);
    expect(patch).toEqual(after);
    expect(patch.validFrom).not.toBe(after.validFrom);
  });

  it('leaves the join policy out when either side has none (a backend without join policies)', () => {
    expect(
      roomPatch({ ...before, joinPolicy: undefined }, { ...before, joinPolicy: 'communicationServiceUsers' }),
    ).toEqual({});
    expect(roomPatch(before, { ...before, joinPolicy: undefined })).toEqual({});
  });

  it('turns off dial-out with an explicit false', () => {
    expect(roomPatch({ ...before, pstnDialOutEnabled: true }, before)).toEqual({ pstnDialOutEnabled: false });
  });

  describe('details', () => {
    const titled = { ...before, subject: 'Follow-up: Priya Raman', timeZone: 'Europe/Berlin', reference: 'APPT-1' };

    it('holds a new or changed detail, trimmed, and only that one', () => {
      const patch = roomPatch(titled, {
        ...titled,
        subject: '  Follow-up: Priya Raman (video) ',
        description: 'Notes',
      });
      expect(patch).toEqual({ subject: 'Follow-up: Priya Raman (video)', description: 'Notes' });
      expect(isEmptyPatch(patch)).toBe(false);
      expect(roomPatch(before, { ...before, timeZone: 'Asia/Kolkata' })).toEqual({ timeZone: 'Asia/Kolkata' });
    });

    it('clears with null a detail that was emptied or taken away', () => {
      expect(roomPatch(titled, { ...titled, subject: '   ' })).toEqual({ subject: null });
      expect(roomPatch(titled, { ...titled, reference: '' })).toEqual({ reference: null });
      const { timeZone: _zone, ...withoutZone } = titled;
      const patch = roomPatch(titled, withoutZone);
      expect(patch).toEqual({ timeZone: null });
      expect(isEmptyPatch(patch)).toBe(false);
    });

    it('is empty when a detail differs only by the space around it, or is empty on both sides', () => {
      expect(roomPatch(titled, { ...titled, subject: ' Follow-up: Priya Raman  ' })).toEqual({});
      expect(roomPatch({ ...before, description: '' }, { ...before, description: '  ' })).toEqual({});
      expect(roomPatch({ ...before, description: '' }, before)).toEqual({});
      expect(isEmptyPatch({ subject: undefined })).toBe(true);
    });

    it('sends window and details together when both changed', () => {
      expect(roomPatch(titled, { ...titled, validUntil: at(4), timeZone: 'UTC' })).toEqual({
        validUntil: at(4),
        timeZone: 'UTC',
      });
    });
  });
});

describe('filterRooms', () => {
  it('keeps every room with no filter, in the original order', () => {
    expect(ids(filterRooms(ROOMS, {}, NOW))).toEqual(ids(ROOMS));
    expect(ids(filterRooms(ROOMS, { statuses: [], text: '  ' }, NOW))).toEqual(ids(ROOMS));
  });

  it('keeps the rooms in the given states at `now`', () => {
    expect(ids(filterRooms(ROOMS, { statuses: ['open'] }, NOW))).toEqual(['20', '55']);
    expect(ids(filterRooms(ROOMS, { statuses: ['scheduled', 'ended'] }, NOW))).toEqual(['300', '1000', '4']);
    // An hour and a bit later room 20 has ended.
    expect(ids(filterRooms(ROOMS, { statuses: ['ended'] }, at(1.5)))).toEqual(['300', '20']);
  });

  it('matches the id text, ignoring case and spaces, combined with the status', () => {
    expect(ids(filterRooms(ROOMS, { text: '0' }, NOW))).toEqual(['300', '20', '1000']);
    expect(ids(filterRooms(ROOMS, { text: '0', statuses: ['open'] }, NOW))).toEqual(['20']);
    expect(roomMatchesText({ id: '99117812428622880' }, ' 9911 7812 ')).toBe(true);
    expect(roomMatchesText({ id: 'Room-ABC' }, 'abc')).toBe(true);
    expect(roomMatchesText({ id: '123' }, '4')).toBe(false);
  });
});

describe('sortRooms', () => {
  const sorted = (sort: RoomSort, now = NOW) => ids(sortRooms(ROOMS, sort, now));

  it('sorts by start either way', () => {
    expect(sorted({ key: 'start', direction: 'ascending' })).toEqual(['300', '55', '20', '1000', '4']);
    expect(sorted({ key: 'start', direction: 'descending' })).toEqual(['4', '1000', '20', '55', '300']);
  });

  it('sorts by end and by creation', () => {
    expect(sorted({ key: 'end', direction: 'ascending' })).toEqual(['300', '20', '55', '1000', '4']);
    expect(sorted({ key: 'created', direction: 'descending' })).toEqual(['1000', '20', '4', '300', '55']);
  });

  it('sorts by status open, scheduled, ended, ties by start', () => {
    expect(sorted({ key: 'status', direction: 'ascending' })).toEqual(['55', '20', '1000', '4', '300']);
    // Descending flips the statuses but keeps ties by start, earliest first.
    expect(sorted({ key: 'status', direction: 'descending' })).toEqual(['300', '1000', '4', '55', '20']);
  });

  it('breaks full ties by numeric id, and never changes the input', () => {
    const twins = [room('100', 1, 2, 0), room('99', 1, 2, 0), room('9', 1, 2, 0)];
    expect(ids(sortRooms(twins, { key: 'start', direction: 'ascending' }, NOW))).toEqual(['9', '99', '100']);
    expect(ids(twins)).toEqual(['100', '99', '9']);
  });
});

describe('isDefiniteCreateFailure', () => {
  it('is true only when the backend refused the create, so no room can exist', () => {
    expect(isDefiniteCreateFailure(new RoomsError('validation', 'x', { target: 'validUntil' }))).toBe(true);
    expect(isDefiniteCreateFailure(new RoomsError('forbidden', 'x'))).toBe(true);
    expect(isDefiniteCreateFailure(new RoomsError('conflict', 'x'))).toBe(true);
  });

  it('is false when the room may have been made before the answer was lost', () => {
    for (const code of ['network', 'unavailable', 'aborted', 'unknown'] as const) {
      expect(isDefiniteCreateFailure(new RoomsError(code, 'x')), code).toBe(false);
    }
    // The key was used before: a room was made by an earlier attempt.
    expect(isDefiniteCreateFailure(new RoomsError('conflict', 'x', { target: 'idempotencyKey' }))).toBe(false);
    expect(isDefiniteCreateFailure(new Error('plain'))).toBe(false);
  });
});
