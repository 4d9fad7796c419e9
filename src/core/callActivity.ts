/**
 * Call activity of a room, built from its call events: each call, who was in it, and each stay of each person (one
 * join and its leave). One reducer serves every backend and view — the in-memory backend, the server's event store,
 * the room list and the activity board — so they all count the same way.
 *
 * The call service delivers events at least once and not always in order (Event Grid retries, and a leave can come
 * before its join). {@link applyCallEvent} is therefore order-insensitive for the events of one stay: a stay is
 * matched by its `participantId`, a call by its `callId`, and applying the same event twice changes nothing.
 */
import type { RoomRole } from './roles';
import type { RoomCallEvent, RoomCallSummary, RoomEvent } from './types';
import { isRoomCallEvent } from './types';

/** One stay of one person in a call: from a join to its leave. */
export interface RoomCallStay {
  /** The id of this stay (the service's participant id, or one made up from the user and the join time). */
  participantId: string;
  /** When they joined; absent while only the leave has arrived. */
  joinedAt?: Date;
  /** When they left; absent while they are still in the call (or the leave has not arrived). */
  leftAt?: Date;
}

/** Someone who was in a call, with each of their stays. */
export interface RoomCallAttendee {
  /** Raw communication identifier (`8:acs:…`). */
  userId: string;
  /** The name the call showed, the latest one heard. */
  displayName?: string;
  /** Their role in the call, the latest one heard. */
  role?: RoomRole;
  /** Their stays, earliest join first. */
  stays: RoomCallStay[];
}

/** One call in a room. */
export interface RoomCallRecord {
  /** The call's id. */
  callId: string;
  /** When it started; absent while only later events have arrived (then the earliest join stands in). */
  startedAt?: Date;
  /** When it ended; absent while it goes on. */
  endedAt?: Date;
  /** Who started it, where known. */
  startedBy?: string;
  /** Who ended it, where known. */
  endedBy?: string;
  /** How long it lasted, as the service measured it. */
  durationSeconds?: number;
  /** Everyone who was in it, in the order they first joined. */
  attendees: RoomCallAttendee[];
}

/** The call activity of one room: its calls, oldest first. */
export interface RoomCallActivity {
  /** The room. */
  roomId: string;
  /** Its calls, oldest first; only the latest {@link MAX_CALLS_KEPT} are kept. */
  calls: RoomCallRecord[];
}

/** Calls kept per room; older ones are dropped as new ones start. */
export const MAX_CALLS_KEPT = 20;

/** The activity of a room that has had no call. */
export function emptyCallActivity(roomId: string): RoomCallActivity {
  return { roomId, calls: [] };
}

function ms(date: Date | undefined): number {
  return date === undefined ? Number.POSITIVE_INFINITY : date.getTime();
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

/** When a call began: its start, else its earliest join. */
export function callStartOf(call: RoomCallRecord): Date | undefined {
  let start = call.startedAt;
  for (const attendee of call.attendees) {
    for (const stay of attendee.stays) start = earliest(start, stay.joinedAt);
  }
  return start;
}

function applyToCall(call: RoomCallRecord, event: RoomCallEvent): RoomCallRecord {
  switch (event.type) {
    case 'callStarted': {
      const next = { ...call, startedAt: earliest(call.startedAt, event.at) };
      if (event.startedBy !== undefined && next.startedBy === undefined) next.startedBy = event.startedBy;
      return next;
    }
    case 'callEnded': {
      const next: RoomCallRecord = { ...call };
      // A redelivery keeps the first end heard.
      if (next.endedAt === undefined) next.endedAt = event.at;
      if (event.endedBy !== undefined && next.endedBy === undefined) next.endedBy = event.endedBy;
      if (event.durationSeconds !== undefined && next.durationSeconds === undefined) {
        next.durationSeconds = event.durationSeconds;
      }
      return next;
    }
    case 'participantJoined':
    case 'participantLeft':
      return { ...call, attendees: applyToAttendees(call.attendees, event) };
  }
}

function applyToAttendees(
  attendees: RoomCallAttendee[],
  event: Extract<RoomCallEvent, { type: 'participantJoined' | 'participantLeft' }>,
): RoomCallAttendee[] {
  const index = attendees.findIndex((a) => a.userId === event.userId);
  const current: RoomCallAttendee = index >= 0 ? attendees[index]! : { userId: event.userId, stays: [] };
  const attendee: RoomCallAttendee = { ...current, stays: [...current.stays] };
  if (event.displayName !== undefined) attendee.displayName = event.displayName;
  if (event.role !== undefined) attendee.role = event.role;

  const joined = event.type === 'participantJoined';
  let at = -1;
  if (event.participantId !== undefined) {
    at = attendee.stays.findIndex((s) => s.participantId === event.participantId);
  } else if (joined) {
    // Without a participant id, a join while a stay is open is the same stay heard again.
    at = attendee.stays.findIndex((s) => s.joinedAt !== undefined && s.leftAt === undefined);
  } else {
    for (let i = attendee.stays.length - 1; i >= 0 && at < 0; i--) {
      const stay = attendee.stays[i]!;
      if (stay.joinedAt !== undefined && stay.leftAt === undefined && stay.joinedAt.getTime() <= event.at.getTime()) {
        at = i;
      }
    }
    if (at < 0) return attendees; // a leave with nothing to close
  }
  const stay: RoomCallStay =
    at >= 0
      ? { ...attendee.stays[at]! }
      : { participantId: event.participantId ?? `${event.userId}@${event.at.getTime()}` };
  if (joined) stay.joinedAt = earliest(stay.joinedAt, event.at);
  else if (stay.leftAt === undefined) stay.leftAt = event.at;
  if (at >= 0) attendee.stays[at] = stay;
  else attendee.stays.push(stay);
  attendee.stays.sort((a, b) => ms(a.joinedAt ?? a.leftAt) - ms(b.joinedAt ?? b.leftAt));

  const next = [...attendees];
  if (index >= 0) next[index] = attendee;
  else next.push(attendee);
  return next.sort((a, b) => ms(a.stays[0]?.joinedAt) - ms(b.stays[0]?.joinedAt));
}

/**
 * Applies one event to a room's activity, returning new activity (the given one is not changed). Events that are
 * not call events, or are of another room, return the activity as it was.
 */
export function applyCallEvent(activity: RoomCallActivity, event: RoomEvent): RoomCallActivity {
  if (!isRoomCallEvent(event) || event.roomId !== activity.roomId) return activity;
  const index = activity.calls.findIndex((c) => c.callId === event.callId);
  const calls = [...activity.calls];
  const call = applyToCall(index >= 0 ? calls[index]! : { callId: event.callId, attendees: [] }, event);
  if (index >= 0) calls[index] = call;
  else calls.push(call);
  calls.sort((a, b) => ms(callStartOf(a)) - ms(callStartOf(b)));
  return { roomId: activity.roomId, calls: calls.slice(-MAX_CALLS_KEPT) };
}

/** Builds a room's activity from its call events, in any order. */
export function callActivityFrom(roomId: string, events: Iterable<RoomEvent>): RoomCallActivity {
  let activity = emptyCallActivity(roomId);
  for (const event of events) activity = applyCallEvent(activity, event);
  return activity;
}

/** Whether a stay is open: joined, not left, in a call that has not ended. */
export function isStayOpen(stay: RoomCallStay, call: RoomCallRecord): boolean {
  return stay.joinedAt !== undefined && stay.leftAt === undefined && call.endedAt === undefined;
}

/** The people in a call now: those with an open stay. */
export function attendeesInCall(call: RoomCallRecord): RoomCallAttendee[] {
  return call.attendees.filter((a) => a.stays.some((s) => isStayOpen(s, call)));
}

/** The call going on now (the latest one that has not ended), if any. */
export function liveCallOf(activity: RoomCallActivity): RoomCallRecord | undefined {
  const latest = activity.calls[activity.calls.length - 1];
  return latest && latest.endedAt === undefined ? latest : undefined;
}

/** What a list shows of the call going on now, if any. */
export function callSummaryOf(activity: RoomCallActivity): RoomCallSummary | undefined {
  const call = liveCallOf(activity);
  const startedAt = call && callStartOf(call);
  if (!call || startedAt === undefined) return undefined;
  return { callId: call.callId, startedAt, participantCount: attendeesInCall(call).length };
}
