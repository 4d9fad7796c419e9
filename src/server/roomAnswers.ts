/**
 * How the handler answers with a room: the service's room and the store's record as one JSON body, its ETag, the
 * `If-Match` check, and the caller's scope (which rooms they may see) in a canonical form for cursors.
 */
import { createHash } from 'node:crypto';
import type { CommunicationRoom } from '@azure/communication-rooms';
import { ROOM_DETAIL_FIELDS } from '../core/roomDetails';
import type { Room, RoomCallSummary } from '../core/types';
import type { RoomRecord, RoomScope } from './records/types';

/** What the Rooms service itself keeps of a room. */
export interface ServiceRoomFields {
  createdAt: Date;
  validFrom: Date;
  validUntil: Date;
  pstnDialOutEnabled: boolean;
}

/** The service's fields of an SDK room. */
export function serviceFields(room: CommunicationRoom): ServiceRoomFields {
  return {
    createdAt: room.createdOn,
    validFrom: room.validFrom,
    validUntil: room.validUntil,
    pstnDialOutEnabled: room.pstnDialOutEnabled,
  };
}

/** Whether the record's mirror of the service's fields is out of date. */
export function mirrorDiffers(record: RoomRecord, live: ServiceRoomFields): boolean {
  return (
    record.validFrom.getTime() !== live.validFrom.getTime() ||
    record.validUntil.getTime() !== live.validUntil.getTime() ||
    record.pstnDialOutEnabled !== live.pstnDialOutEnabled
  );
}

/** A room's `version` on the wire (and inside its ETag). */
export function versionOf(record: RoomRecord): string {
  return String(record.version);
}

/** The room's strong ETag. */
export function etagOf(record: RoomRecord): string {
  return `"${versionOf(record)}"`;
}

/**
 * Whether an `If-Match` header allows a write over `record`: `*`, or one of the listed tags (quoted or not, weak or
 * strong) is the record's version.
 */
export function ifMatchAllows(header: string, record: RoomRecord): boolean {
  const wanted = versionOf(record);
  return header
    .split(',')
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .some((tag) => tag === '*' || tag === wanted);
}

/** How a room answer is made: list items carry the roster preview; any answer the call going on. */
export interface RoomAnswerOptions {
  /** Add the first people of the roster (list items, and the rooms of room events). */
  preview?: boolean;
  /** The call going on in the room now. */
  call?: RoomCallSummary;
}

/** The room a record (and the service's live fields, when given) describes, in the kit's domain type. */
export function roomOf(record: RoomRecord, live?: ServiceRoomFields, options: RoomAnswerOptions = {}): Room {
  const fields = live ?? record;
  const room: Room = {
    id: record.roomId,
    createdAt: fields.createdAt,
    validFrom: fields.validFrom,
    validUntil: fields.validUntil,
    pstnDialOutEnabled: fields.pstnDialOutEnabled,
  };
  for (const field of ROOM_DETAIL_FIELDS) {
    const value = record[field];
    if (value !== undefined) room[field] = value;
  }
  if (record.organizerId !== undefined) room.organizerId = record.organizerId;
  room.version = versionOf(record);
  room.updatedAt = record.updatedAt;
  if (record.updatedBy !== undefined) room.updatedBy = record.updatedBy;
  if (options.preview === true) {
    room.rosterPreview = { total: record.participantCount, participants: record.firstParticipants };
  }
  if (options.call !== undefined) room.call = options.call;
  return room;
}

/** The JSON of the call going on in a room: `{ callId, startedAt, participantCount }`. */
export function callSummaryJson(call: RoomCallSummary): Record<string, unknown> {
  return { callId: call.callId, startedAt: call.startedAt.toISOString(), participantCount: call.participantCount };
}

/** A room in the contract's JSON shape: instants as ISO text, roster preview participants by `rawId`. */
export function roomJson(room: Room): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: room.id,
    createdAt: room.createdAt.toISOString(),
    validFrom: room.validFrom.toISOString(),
    validUntil: room.validUntil.toISOString(),
    pstnDialOutEnabled: room.pstnDialOutEnabled,
  };
  for (const field of ROOM_DETAIL_FIELDS) {
    const value = room[field];
    if (value !== undefined) body[field] = value;
  }
  if (room.organizerId !== undefined) body.organizerId = room.organizerId;
  if (room.version !== undefined) body.version = room.version;
  if (room.updatedAt !== undefined) body.updatedAt = room.updatedAt.toISOString();
  if (room.updatedBy !== undefined) body.updatedBy = room.updatedBy;
  if (room.rosterPreview !== undefined) {
    body.rosterPreview = {
      total: room.rosterPreview.total,
      participants: room.rosterPreview.participants.map((participant) => ({
        rawId: participant.id,
        role: participant.role,
      })),
    };
  }
  if (room.call !== undefined) body.call = callSummaryJson(room.call);
  return body;
}

/**
 * A room as the contract answers it: the service's fields (live when given, else the record's mirror) and the
 * record's; list items (`preview`) also carry the first people of the roster, and any answer the call going on.
 */
export function roomAnswer(
  record: RoomRecord,
  live?: ServiceRoomFields,
  options: RoomAnswerOptions = {},
): Record<string, unknown> {
  return roomJson(roomOf(record, live, options));
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The scope a host's `scope(request)` gave, checked: `{ all: true }`, or the facts it names (non-empty text only).
 * `undefined` when it is not a scope at all (a host bug: the request is refused).
 */
export function normalizeScope(value: unknown): RoomScope | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  if (raw.all === true) return { all: true };
  const scope: RoomScope = {};
  const organizerId = nonEmpty(raw.organizerId);
  const tenantId = nonEmpty(raw.tenantId);
  const participantId = nonEmpty(raw.participantId);
  if (organizerId !== undefined) scope.organizerId = organizerId;
  if (tenantId !== undefined) scope.tenantId = tenantId;
  if (participantId !== undefined) scope.participantId = participantId;
  return scope;
}

/**
 * What a record alone says about the caller seeing it: `true`, `false`, or `'roster'` when only the whole roster can
 * tell (the caller's scope names them as a participant, and they are not among the record's first participants).
 */
export function recordInScope(scope: RoomScope, record: RoomRecord): boolean | 'roster' {
  if (scope.all === true) return true;
  if (scope.organizerId !== undefined && record.organizerId === scope.organizerId) return true;
  if (scope.tenantId !== undefined && record.tenantId === scope.tenantId) return true;
  if (scope.participantId === undefined) return false;
  if (record.firstParticipants.some((participant) => participant.id === scope.participantId)) return true;
  return record.participantCount > record.firstParticipants.length ? 'roster' : false;
}

/**
 * The name of a rooms list for its cursors: the caller's scope and the (folded) search, hashed, so a cursor of one
 * caller or one search is refused by another.
 */
export function roomListName(scope: RoomScope, search: string | undefined): string {
  const facts =
    scope.all === true ? ['all'] : [scope.organizerId ?? null, scope.tenantId ?? null, scope.participantId ?? null];
  const digest = createHash('sha256')
    .update(JSON.stringify([facts, search ?? null]))
    .digest('base64url')
    .slice(0, 22);
  return `rooms:${digest}`;
}
