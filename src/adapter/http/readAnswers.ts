/**
 * Reading the kit's HTTP contract answers into the adapter's types. A server answer of the wrong shape becomes a
 * {@link RoomsError} `unknown` instead of a half-filled object the UI would trip over later.
 */
import type { RoomCallActivity, RoomCallAttendee, RoomCallRecord, RoomCallStay } from '../../core/callActivity';
import { RoomsError } from '../../core/errors';
import { readJoinRequest, type JoinRequest } from '../../core/lobby';
import type { CallModerationResult } from '../../core/moderation';
import { isRoomRole } from '../../core/roles';
import { ROOM_DETAIL_FIELDS } from '../../core/roomDetails';
import type {
  Page,
  Person,
  Room,
  RoomCallEventMember,
  RoomCallSummary,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinStanding,
  RoomParticipant,
  RoomRosterPreview,
} from '../types';

type Json = Record<string, unknown>;

function unexpected(what: string): RoomsError {
  return new RoomsError('unknown', `The server answered with ${what} the kit cannot read.`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function instant(value: unknown, what: string): Date {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw unexpected(what);
  return new Date(ms);
}

/** A room from its JSON. */
export function readRoom(value: unknown): Room {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.pstnDialOutEnabled !== 'boolean') {
    throw unexpected('a room');
  }
  const room: Room = {
    id: value.id,
    createdAt: instant(value.createdAt, 'a room'),
    validFrom: instant(value.validFrom, 'a room'),
    validUntil: instant(value.validUntil, 'a room'),
    pstnDialOutEnabled: value.pstnDialOutEnabled,
  };
  for (const field of ROOM_DETAIL_FIELDS) {
    const detail = value[field];
    if (detail === undefined || detail === null) continue;
    if (typeof detail !== 'string') throw unexpected('a room');
    room[field] = detail;
  }
  for (const field of ['organizerId', 'version', 'updatedBy'] as const) {
    const text = value[field];
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string') throw unexpected('a room');
    room[field] = text;
  }
  if (value.updatedAt !== undefined && value.updatedAt !== null) room.updatedAt = instant(value.updatedAt, 'a room');
  if (value.rosterPreview !== undefined && value.rosterPreview !== null) {
    room.rosterPreview = readRosterPreview(value.rosterPreview);
  }
  if (value.call !== undefined && value.call !== null) room.call = readCallSummary(value.call);
  return room;
}

function readCallSummary(value: unknown): RoomCallSummary {
  if (
    !isObject(value) ||
    typeof value.callId !== 'string' ||
    typeof value.participantCount !== 'number' ||
    !Number.isInteger(value.participantCount) ||
    value.participantCount < 0
  ) {
    throw unexpected('a room');
  }
  return {
    callId: value.callId,
    startedAt: instant(value.startedAt, 'a room'),
    participantCount: value.participantCount,
  };
}

function readRosterPreview(value: unknown): RoomRosterPreview {
  if (
    !isObject(value) ||
    typeof value.total !== 'number' ||
    !Number.isInteger(value.total) ||
    value.total < 0 ||
    !Array.isArray(value.participants)
  ) {
    throw unexpected('a room');
  }
  return { total: value.total, participants: value.participants.map(readParticipant) };
}

function readParticipant(value: unknown): RoomParticipant {
  if (!isObject(value) || typeof value.rawId !== 'string' || !isRoomRole(value.role)) {
    throw unexpected('a participant');
  }
  return { id: value.rawId, role: value.role };
}

function readPerson(value: unknown): Person {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.displayName !== 'string') {
    throw unexpected('a person');
  }
  const person: Person = { id: value.id, displayName: value.displayName };
  if (typeof value.secondaryText === 'string') person.secondaryText = value.secondaryText;
  return person;
}

/** A page `{ value, nextCursor? }` from its JSON. */
export function readPage<T>(value: unknown, readItem: (item: unknown) => T, what: string): Page<T> {
  if (!isObject(value) || !Array.isArray(value.value)) throw unexpected(what);
  const page: Page<T> = { items: value.value.map(readItem) };
  if (typeof value.nextCursor === 'string' && value.nextCursor !== '') page.nextCursor = value.nextCursor;
  return page;
}

/** A page of rooms. */
export const readRoomPage = (value: unknown): Page<Room> => readPage(value, readRoom, 'a list of rooms');

/** A page of participants. */
export const readParticipantPage = (value: unknown): Page<RoomParticipant> =>
  readPage(value, readParticipant, 'a list of participants');

/** `{ value: Person[] }`. */
export function readPeople(value: unknown): Person[] {
  return readPage(value, readPerson, 'a list of people').items;
}

/** Join info from its JSON. */
export function readJoinInfo(value: unknown): RoomJoinInfo {
  if (
    !isObject(value) ||
    typeof value.roomId !== 'string' ||
    typeof value.userId !== 'string' ||
    !isRoomRole(value.role) ||
    typeof value.token !== 'string'
  ) {
    throw unexpected('join information');
  }
  const info: RoomJoinInfo = {
    roomId: value.roomId,
    userId: value.userId,
    role: value.role,
    token: value.token,
    expiresOn: instant(value.expiresOn, 'join information'),
  };
  if (typeof value.displayName === 'string') info.displayName = value.displayName;
  return info;
}

/** Reads the answer of `GET /rooms/{id}/join`: `{ roomId, userId, invited, role? }`. */
export function readJoinStanding(value: unknown): RoomJoinStanding {
  if (
    !isObject(value) ||
    typeof value.roomId !== 'string' ||
    typeof value.userId !== 'string' ||
    typeof value.invited !== 'boolean' ||
    (value.invited && !isRoomRole(value.role))
  ) {
    throw unexpected('join standing');
  }
  return {
    roomId: value.roomId,
    userId: value.userId,
    role: value.invited && isRoomRole(value.role) ? value.role : undefined,
  };
}

/** An optional text field: absent (or `null`) gives `undefined`; anything but text is refused. */
function optionalText(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unexpected(what);
  return value;
}

function optionalInstant(value: unknown, what: string): Date | undefined {
  return value === undefined || value === null ? undefined : instant(value, what);
}

function readStay(value: unknown): RoomCallStay {
  const what = 'call activity';
  if (!isObject(value) || typeof value.participantId !== 'string') throw unexpected(what);
  const stay: RoomCallStay = { participantId: value.participantId };
  const joinedAt = optionalInstant(value.joinedAt, what);
  const leftAt = optionalInstant(value.leftAt, what);
  if (joinedAt) stay.joinedAt = joinedAt;
  if (leftAt) stay.leftAt = leftAt;
  return stay;
}

function readAttendee(value: unknown): RoomCallAttendee {
  const what = 'call activity';
  if (!isObject(value) || typeof value.userId !== 'string' || !Array.isArray(value.stays)) throw unexpected(what);
  const attendee: RoomCallAttendee = { userId: value.userId, stays: value.stays.map(readStay) };
  const displayName = optionalText(value.displayName, what);
  if (displayName !== undefined) attendee.displayName = displayName;
  // A role the kit does not know (a newer service's) is left out rather than failing the whole board.
  if (isRoomRole(value.role)) attendee.role = value.role;
  return attendee;
}

function readCallRecord(value: unknown): RoomCallRecord {
  const what = 'call activity';
  if (!isObject(value) || typeof value.callId !== 'string' || !Array.isArray(value.attendees)) {
    throw unexpected(what);
  }
  const call: RoomCallRecord = { callId: value.callId, attendees: value.attendees.map(readAttendee) };
  const startedAt = optionalInstant(value.startedAt, what);
  const endedAt = optionalInstant(value.endedAt, what);
  const startedBy = optionalText(value.startedBy, what);
  const endedBy = optionalText(value.endedBy, what);
  if (startedAt) call.startedAt = startedAt;
  if (endedAt) call.endedAt = endedAt;
  if (startedBy !== undefined) call.startedBy = startedBy;
  if (endedBy !== undefined) call.endedBy = endedBy;
  if (value.durationSeconds !== undefined && value.durationSeconds !== null) {
    if (typeof value.durationSeconds !== 'number' || !(value.durationSeconds >= 0)) throw unexpected(what);
    call.durationSeconds = value.durationSeconds;
  }
  return call;
}

/** A room's call activity `{ roomId, calls }` from its JSON. */
export function readRoomActivity(value: unknown): RoomCallActivity {
  if (!isObject(value) || typeof value.roomId !== 'string' || !Array.isArray(value.calls)) {
    throw unexpected('call activity');
  }
  return { roomId: value.roomId, calls: value.calls.map(readCallRecord) };
}

function readMember(value: Json, what: string): RoomCallEventMember {
  if (typeof value.userId !== 'string') throw unexpected(what);
  const member: RoomCallEventMember = { userId: value.userId };
  const displayName = optionalText(value.displayName, what);
  const participantId = optionalText(value.participantId, what);
  if (displayName !== undefined) member.displayName = displayName;
  if (isRoomRole(value.role)) member.role = value.role;
  if (participantId !== undefined) member.participantId = participantId;
  return member;
}

function readEventParticipant(value: unknown): RoomParticipant {
  // Events name participants as the room events do (`id`); `rawId`, as participant lists do, is read too.
  const id = isObject(value) ? (value.id ?? value.rawId) : undefined;
  if (!isObject(value) || typeof id !== 'string' || !isRoomRole(value.role)) throw unexpected('a room event');
  return { id, role: value.role };
}

/**
 * A room event from the JSON of one event-stream message: the same shapes as `RoomEvent`, instants as ISO text and
 * rooms as room answers are. A type the kit does not know (a newer server's) gives `undefined`, to be passed over.
 * @throws {@link RoomsError} `unknown` for an event of a known type that cannot be read.
 */
export function readRoomEvent(value: unknown): RoomEvent | undefined {
  const what = 'a room event';
  if (!isObject(value) || typeof value.type !== 'string') throw unexpected(what);
  if (value.type === 'resync') {
    const roomId = optionalText(value.roomId, what);
    return roomId === undefined ? { type: 'resync' } : { type: 'resync', roomId };
  }
  const { roomId } = value;
  if (typeof roomId !== 'string') {
    if (KNOWN_EVENT_TYPES.has(value.type)) throw unexpected(what);
    return undefined;
  }
  switch (value.type) {
    case 'roomCreated':
    case 'roomUpdated': {
      const room = readRoom(value.room);
      if (room.id !== roomId) throw unexpected(what);
      return { type: value.type, roomId, room };
    }
    case 'roomDeleted':
      return { type: 'roomDeleted', roomId };
    case 'participantsChanged': {
      const { upserted, removed } = value;
      if (!Array.isArray(upserted) || !Array.isArray(removed) || !removed.every((id) => typeof id === 'string')) {
        throw unexpected(what);
      }
      return { type: 'participantsChanged', roomId, upserted: upserted.map(readEventParticipant), removed };
    }
    case 'callStarted':
    case 'callEnded':
    case 'participantJoined':
    case 'participantLeft':
      return readCallEvent(value.type, roomId, value);
    case 'lobbyChanged': {
      const { pendingCount } = value;
      if (typeof pendingCount !== 'number' || !Number.isInteger(pendingCount) || pendingCount < 0) {
        throw unexpected(what);
      }
      return { type: 'lobbyChanged', roomId, pendingCount };
    }
    case 'joinRequestUpdated': {
      const request = readJoinRequestAnswer(value.request);
      if (request.roomId !== roomId) throw unexpected(what);
      return { type: 'joinRequestUpdated', roomId, request };
    }
    default:
      return undefined;
  }
}

/** A request to join from its JSON (core's wire form). */
export function readJoinRequestAnswer(value: unknown): JoinRequest {
  try {
    return readJoinRequest(value);
  } catch {
    throw unexpected('a request to join');
  }
}

/** The pending requests `{ value: [...] }`, first asked first. */
export function readJoinRequestList(value: unknown): JoinRequest[] {
  if (!isObject(value) || !Array.isArray(value.value)) throw unexpected('a list of requests to join');
  return value.value.map(readJoinRequestAnswer);
}

/** What a moderation request answers: `{ affected, role?, closedAt? }`. */
export function readCallModerationResult(value: unknown): CallModerationResult {
  const what = 'a moderation answer';
  if (!isObject(value) || typeof value.affected !== 'number' || !Number.isInteger(value.affected)) {
    throw unexpected(what);
  }
  const result: { affected: number; role?: CallModerationResult['role']; closedAt?: Date } = {
    affected: value.affected,
  };
  if (value.role !== undefined && value.role !== null) {
    if (!isRoomRole(value.role)) throw unexpected(what);
    result.role = value.role;
  }
  if (value.closedAt !== undefined && value.closedAt !== null) result.closedAt = instant(value.closedAt, what);
  return result;
}

const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set([
  'roomCreated',
  'roomUpdated',
  'roomDeleted',
  'participantsChanged',
  'callStarted',
  'callEnded',
  'participantJoined',
  'participantLeft',
  'lobbyChanged',
  'joinRequestUpdated',
]);

function readCallEvent(
  type: 'callStarted' | 'callEnded' | 'participantJoined' | 'participantLeft',
  roomId: string,
  value: Json,
): RoomEvent {
  const what = 'a room event';
  if (typeof value.callId !== 'string') throw unexpected(what);
  const base = { roomId, callId: value.callId, at: instant(value.at, what) };
  if (type === 'callStarted') {
    const startedBy = optionalText(value.startedBy, what);
    return startedBy === undefined ? { type, ...base } : { type, ...base, startedBy };
  }
  if (type === 'callEnded') {
    const event: Extract<RoomEvent, { type: 'callEnded' }> = { type, ...base };
    const endedBy = optionalText(value.endedBy, what);
    if (endedBy !== undefined) event.endedBy = endedBy;
    if (value.durationSeconds !== undefined && value.durationSeconds !== null) {
      if (typeof value.durationSeconds !== 'number' || !(value.durationSeconds >= 0)) throw unexpected(what);
      event.durationSeconds = value.durationSeconds;
    }
    return event;
  }
  return { type, ...base, ...readMember(value, what) };
}
