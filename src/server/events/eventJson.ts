/**
 * Room events and call activity as JSON: the text an event stream sends (a `RoomEvent` with instants as ISO text,
 * rooms as room answers are and requests to join as the lobby routes answer them), and call activity as the
 * activity route answers it and the PostgreSQL log keeps it.
 */
import type { RoomCallActivity, RoomCallAttendee, RoomCallRecord, RoomCallStay } from '../../core/callActivity';
import { joinRequestToJson } from '../../core/lobby';
import { isRoomRole } from '../../core/roles';
import { roomJson } from '../roomAnswers';
import type { LoggedRoomEvent } from './eventLog';

/** The JSON text of an event as the stream sends it. */
export function roomEventData(event: LoggedRoomEvent): string {
  if (event.type === 'roomCreated' || event.type === 'roomUpdated') {
    return JSON.stringify({ type: event.type, roomId: event.roomId, room: roomJson(event.room) });
  }
  if (event.type === 'joinRequestUpdated') {
    return JSON.stringify({ type: event.type, roomId: event.roomId, request: joinRequestToJson(event.request) });
  }
  // Every other kind is plain data whose instants Date#toJSON writes as ISO text.
  return JSON.stringify(event);
}

/** Call activity as JSON: `{ roomId, calls: [...] }` with ISO instants (contract B's answer). */
export function callActivityJson(activity: RoomCallActivity): Record<string, unknown> {
  return JSON.parse(JSON.stringify(activity)) as Record<string, unknown>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function instant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stayOf(value: unknown): RoomCallStay | undefined {
  if (!isObject(value) || typeof value.participantId !== 'string') return undefined;
  const stay: RoomCallStay = { participantId: value.participantId };
  const joinedAt = instant(value.joinedAt);
  const leftAt = instant(value.leftAt);
  if (joinedAt) stay.joinedAt = joinedAt;
  if (leftAt) stay.leftAt = leftAt;
  return stay;
}

function attendeeOf(value: unknown): RoomCallAttendee | undefined {
  if (!isObject(value) || typeof value.userId !== 'string' || !Array.isArray(value.stays)) return undefined;
  const attendee: RoomCallAttendee = {
    userId: value.userId,
    stays: value.stays.map(stayOf).filter((stay): stay is RoomCallStay => stay !== undefined),
  };
  const displayName = text(value.displayName);
  if (displayName !== undefined) attendee.displayName = displayName;
  if (isRoomRole(value.role)) attendee.role = value.role;
  return attendee;
}

function callOf(value: unknown): RoomCallRecord | undefined {
  if (!isObject(value) || typeof value.callId !== 'string' || !Array.isArray(value.attendees)) return undefined;
  const call: RoomCallRecord = {
    callId: value.callId,
    attendees: value.attendees.map(attendeeOf).filter((a): a is RoomCallAttendee => a !== undefined),
  };
  const startedAt = instant(value.startedAt);
  const endedAt = instant(value.endedAt);
  const startedBy = text(value.startedBy);
  const endedBy = text(value.endedBy);
  if (startedAt) call.startedAt = startedAt;
  if (endedAt) call.endedAt = endedAt;
  if (startedBy !== undefined) call.startedBy = startedBy;
  if (endedBy !== undefined) call.endedBy = endedBy;
  if (typeof value.durationSeconds === 'number') call.durationSeconds = value.durationSeconds;
  return call;
}

/**
 * Call activity from the JSON {@link callActivityJson} wrote (as the PostgreSQL log keeps it); what cannot be read is
 * left out rather than failing the room's every later call event.
 */
export function callActivityFromJson(roomId: string, value: unknown): RoomCallActivity {
  const calls = isObject(value) && Array.isArray(value.calls) ? value.calls : [];
  return { roomId, calls: calls.map(callOf).filter((call): call is RoomCallRecord => call !== undefined) };
}
