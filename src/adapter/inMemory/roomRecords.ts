/**
 * What the in-memory backend keeps beside each room of the shared Rooms model, which (like the service) knows only
 * the window and the dial-out flag: the room's details, its organiser, its version and who changed it last. Also the
 * roster preview its lists carry. Pure helpers over plain data; the adapter owns the state.
 */
import { RoomsError } from '../../core/errors';
import {
  ROOM_DETAIL_FIELDS,
  rosterPreviewOf as firstOfRoster,
  validateRoomDetails,
  type RoomDetailField,
} from '../../core/roomDetails';
import type { Room, RoomDetails, RoomParticipant, RoomRosterPreview } from '../../core/types';

/** What the backend keeps of one room beyond the model. */
export interface InMemoryRoomRecord {
  /** Creation order, shared with the model's list order; search pages are positioned by it. */
  seq: number;
  /** The room's details, trimmed, with no empty fields. */
  details: RoomDetails;
  /** Who made the room, when the backend has a signed-in user. */
  organizerId?: string;
  /** Grows by one with every change of the room or its details (not of its roster). */
  revision: number;
  /** When the room or its details last changed, in epoch milliseconds. */
  updatedAt: number;
  /** Who made that change. */
  updatedBy?: string;
}

/**
 * The `validation` error for the first problem with some details, target the detail's name and the core's message;
 * every problem is listed in `details`. `undefined` when the details can be saved.
 */
export function detailsError(details: Partial<Record<RoomDetailField, unknown>>): RoomsError | undefined {
  const issues = validateRoomDetails(details);
  const first = issues[0];
  if (!first) return undefined;
  return new RoomsError('validation', first.message, {
    target: first.field,
    details: issues.map((issue) => ({ code: issue.code, message: issue.message, target: issue.field })),
  });
}

/** The version a room shows for a record. */
export function versionOf(record: InMemoryRoomRecord): string {
  return String(record.revision);
}

/** The `conflict` an update made against an older version gets. */
export function versionConflict(record: InMemoryRoomRecord): RoomsError {
  return new RoomsError(
    'conflict',
    'Someone else changed this room after you opened it. Reload it to see the change.',
    {
      target: 'version',
      details: [
        { code: 'versionMismatch', message: `The room is at version ${versionOf(record)} now.`, target: 'version' },
      ],
    },
  );
}

/** Whether two sets of details hold the same values. */
export function sameDetails(a: RoomDetails, b: RoomDetails): boolean {
  return ROOM_DETAIL_FIELDS.every((field) => a[field] === b[field]);
}

/** A model room with its record: details, organiser, version and last change. */
export function roomWithRecord(room: Room, record: InMemoryRoomRecord | undefined): Room {
  if (!record) return room;
  const result: Room = { ...room };
  for (const field of ROOM_DETAIL_FIELDS) {
    const value = record.details[field];
    if (value !== undefined) result[field] = value;
  }
  if (record.organizerId !== undefined) result.organizerId = record.organizerId;
  result.version = versionOf(record);
  result.updatedAt = new Date(record.updatedAt);
  if (record.updatedBy !== undefined) result.updatedBy = record.updatedBy;
  return result;
}

/** The roster preview of a roster given in invitation order: its size and the first people, presenters first. */
export function rosterPreviewOf(roster: readonly RoomParticipant[]): RoomRosterPreview {
  return { total: roster.length, participants: firstOfRoster(roster) };
}
