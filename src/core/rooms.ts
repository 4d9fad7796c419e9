/**
 * Pure helpers over rooms: the minimal update patch between two versions of a room, and the filtering and sorting a
 * room list offers. No React, no adapter calls.
 */
import type { Room, RoomDetails, RoomJoinPolicy, UpdateRoomInput } from './types';
import { ROOM_DETAIL_FIELDS } from './roomDetails';
import { isRoomsError } from './errors';
import { validityStatus, type ValidityStatus } from './validity';

/** The fields of a room an editor changes; what {@link roomPatch} compares. */
export interface RoomEditableFields extends RoomDetails {
  /** When the room opens. */
  validFrom: Date;
  /** When the room closes. */
  validUntil: Date;
  /** Whether participants may dial out to phone numbers. */
  pstnDialOutEnabled: boolean;
  /** Who may join; compared only when both sides have one. */
  joinPolicy?: RoomJoinPolicy | undefined;
}

/**
 * The smallest `updateRoom` patch that turns `before` into `after`: only the fields whose value differs (instants are
 * compared by time, not identity). An empty object means there is nothing to send.
 *
 * @example
 * ```ts
 * const patch = roomPatch(room, { ...room, validUntil: later });
 * if (!isEmptyPatch(patch)) await adapter.updateRoom(room.id, patch);
 * ```
 */
export function roomPatch(before: RoomEditableFields, after: RoomEditableFields): UpdateRoomInput {
  const patch: UpdateRoomInput = {};
  if (after.validFrom.getTime() !== before.validFrom.getTime()) patch.validFrom = new Date(after.validFrom.getTime());
  if (after.validUntil.getTime() !== before.validUntil.getTime()) {
    patch.validUntil = new Date(after.validUntil.getTime());
  }
  if (after.pstnDialOutEnabled !== before.pstnDialOutEnabled) patch.pstnDialOutEnabled = after.pstnDialOutEnabled;
  // A backend without join policies never reports one, so `undefined` on either side means "not a field here".
  if (after.joinPolicy !== undefined && before.joinPolicy !== undefined && after.joinPolicy !== before.joinPolicy) {
    patch.joinPolicy = after.joinPolicy;
  }
  // Details compare as trimmed text; a detail that became empty (or absent) is cleared.
  for (const field of ROOM_DETAIL_FIELDS) {
    const was = before[field]?.trim() || undefined;
    const now = after[field]?.trim() || undefined;
    if (was !== now) patch[field] = now ?? null;
  }
  return patch;
}

/** True when a patch from {@link roomPatch} changes nothing. */
export function isEmptyPatch(patch: UpdateRoomInput): boolean {
  return (
    patch.validFrom === undefined &&
    patch.validUntil === undefined &&
    patch.pstnDialOutEnabled === undefined &&
    patch.joinPolicy === undefined &&
    ROOM_DETAIL_FIELDS.every((field) => patch[field] === undefined)
  );
}

/** What a room list can be sorted by. */
export type RoomSortKey = 'start' | 'end' | 'created' | 'status';

/** Which way a sort runs. */
export type RoomSortDirection = 'ascending' | 'descending';

/** A room list's sort order. */
export interface RoomSort {
  /** The value compared. */
  key: RoomSortKey;
  /** Which way. */
  direction: RoomSortDirection;
}

/** What a room list shows. */
export interface RoomFilter {
  /** Only rooms in one of these states; empty or absent shows every state. */
  statuses?: readonly ValidityStatus[];
  /** Only rooms whose id contains this text (case and surrounding space ignored); empty shows all. */
  text?: string;
}

/**
 * Ascending status order: rooms that are open now first, then those still to come, then those that have ended — the
 * order in which an organizer has to act on them.
 */
export const ROOM_STATUS_ORDER: readonly ValidityStatus[] = ['open', 'scheduled', 'ended'];

/** Whether a room's id contains `text`, ignoring case and the spaces around (and within) the text. */
export function roomMatchesText(room: Pick<Room, 'id'>, text: string): boolean {
  // Ids are often read aloud or pasted in groups ("9911 7812 …"), so inner spaces are ignored too.
  const needle = text.replace(/\s+/g, '').toLowerCase();
  return needle === '' || room.id.toLowerCase().includes(needle);
}

/**
 * The rooms that pass a filter at `now`, in their original order.
 *
 * @example
 * ```ts
 * filterRooms(rooms, { statuses: ['open'], text: '9911' }, new Date());
 * ```
 */
export function filterRooms<T extends Pick<Room, 'id' | 'validFrom' | 'validUntil'>>(
  rooms: readonly T[],
  filter: RoomFilter,
  now: Date,
): T[] {
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : undefined;
  const text = filter.text ?? '';
  return rooms.filter((room) => (!statuses || statuses.has(validityStatus(room, now))) && roomMatchesText(room, text));
}

function compareIds(a: string, b: string): number {
  // Numeric ids of different lengths sort by value when compared by length first; plain text ids still sort stably.
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A sorted copy of `rooms`. Ties fall back to the start, then the id, so the order is the same on every render and
 * in every browser.
 *
 * @example
 * ```ts
 * sortRooms(rooms, { key: 'end', direction: 'descending' }, new Date());
 * ```
 */
export function sortRooms<T extends Pick<Room, 'id' | 'createdAt' | 'validFrom' | 'validUntil'>>(
  rooms: readonly T[],
  sort: RoomSort,
  now: Date,
): T[] {
  const sign = sort.direction === 'descending' ? -1 : 1;
  const rank = new Map<T, number>();
  if (sort.key === 'status') {
    for (const room of rooms) rank.set(room, ROOM_STATUS_ORDER.indexOf(validityStatus(room, now)));
  }
  const primary = (a: T, b: T): number => {
    switch (sort.key) {
      case 'start':
        return a.validFrom.getTime() - b.validFrom.getTime();
      case 'end':
        return a.validUntil.getTime() - b.validUntil.getTime();
      case 'created':
        return a.createdAt.getTime() - b.createdAt.getTime();
      case 'status':
        return (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
    }
  };
  return [...rooms].sort(
    (a, b) => sign * primary(a, b) || a.validFrom.getTime() - b.validFrom.getTime() || compareIds(a.id, b.id),
  );
}

/**
 * Whether a failed create certainly made no room: the backend refused it (`validation`, `forbidden`, `notFound`, or a
 * `conflict` other than a reused idempotency key). Any other failure (`network`, `unavailable`, `aborted`, `unknown`)
 * may have happened after the room was made, so the caller must retry with the same idempotency key.
 */
export function isDefiniteCreateFailure(error: unknown): boolean {
  if (!isRoomsError(error)) return false;
  switch (error.code) {
    case 'validation':
    case 'forbidden':
    case 'notFound':
      return true;
    case 'conflict':
      return error.target !== 'idempotencyKey';
    default:
      return false;
  }
}
