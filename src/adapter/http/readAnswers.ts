/**
 * Reading the kit's HTTP contract answers into the adapter's types. A server answer of the wrong shape becomes a
 * {@link RoomsError} `unknown` instead of a half-filled object the UI would trip over later.
 */
import { RoomsError } from '../../core/errors';
import { isRoomRole } from '../../core/roles';
import { ROOM_DETAIL_FIELDS } from '../../core/roomDetails';
import type { Page, Person, Room, RoomJoinInfo, RoomParticipant, RoomRosterPreview } from '../types';

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
  return room;
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
