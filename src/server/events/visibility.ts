/**
 * Who may hear a room event: the rule lists follow (`recordInScope`), decided once per event for each distinct
 * scope among the listeners, not once per listener. Most answers come from the facts the event carries (the room's
 * tenant, organiser, first participants, and the people the event itself names); only a participant scope the
 * facts cannot settle asks the roster index, in one batch per event for all such participants.
 *
 * A request to join (`joinRequestUpdated`) carries its author's name and message: of the participant scopes, only
 * its author's hears it — never the room's roster, who learn only how many wait (`lobbyChanged`, which names
 * nobody and goes to the room's usual audience). Scopes that see the whole room (every room, its organiser's, its
 * tenant's) hear it as they hear everything of the room.
 */
import type { RoomScope } from '../records/types';
import type { StoredRoomEvent } from './eventLog';

/** Options of {@link createEventVisibility}. */
export interface EventVisibilityOptions {
  /** Which of `userIds` are on the room's roster now. */
  onRoster(roomId: string, userIds: readonly string[]): Promise<Set<string>>;
  /**
   * Rooms whose roster answers are remembered, so the room's deletion (after which no roster can be asked) still
   * reaches the participants who heard its earlier events. @default 10000
   */
  rememberedRooms?: number;
}

/** An answer per scope: `true` may hear it, `false` may not, `undefined` could not be decided (the roster failed). */
export type EventVerdicts = Array<boolean | undefined>;

/** Decides who hears events. */
export interface EventVisibility {
  /** For each scope, whether its callers may hear the event; synchronous when the event's facts settle every scope. */
  decide(event: StoredRoomEvent, scopes: readonly RoomScope[]): EventVerdicts | Promise<EventVerdicts>;
}

/** The people an event names itself: added, removed or given a role, or joining or leaving its call. */
function namedIn(event: StoredRoomEvent): Set<string> {
  if (event.type !== 'participantsChanged' && event.type !== 'participantJoined' && event.type !== 'participantLeft') {
    return new Set();
  }
  const value = JSON.parse(event.data) as { upserted?: Array<{ id?: unknown }>; removed?: unknown[]; userId?: unknown };
  const named = new Set<string>();
  for (const participant of value.upserted ?? []) if (typeof participant.id === 'string') named.add(participant.id);
  for (const id of value.removed ?? []) if (typeof id === 'string') named.add(id);
  if (typeof value.userId === 'string') named.add(value.userId);
  return named;
}

/** The author of a request to join, from the event's JSON. */
function requestAuthorOf(event: StoredRoomEvent): string | undefined {
  const value = JSON.parse(event.data) as { request?: { userId?: unknown } };
  return typeof value.request?.userId === 'string' ? value.request.userId : undefined;
}

/** A stable text for a scope: listeners with equal keys hear the same events. */
export function scopeKey(scope: RoomScope): string {
  if (scope.all === true) return 'all';
  return JSON.stringify([scope.organizerId ?? null, scope.tenantId ?? null, scope.participantId ?? null]);
}

/** Makes the visibility rule of one handler. */
export function createEventVisibility(options: EventVisibilityOptions): EventVisibility {
  const remembered = Math.max(0, options.rememberedRooms ?? 10_000);
  /** Room → participants known to be on it; insertion order is recency. */
  const members = new Map<string, Set<string>>();

  function remember(roomId: string, ids: Iterable<string>): void {
    if (remembered === 0) return;
    const known = members.get(roomId) ?? new Set<string>();
    for (const id of ids) known.add(id);
    members.delete(roomId);
    members.set(roomId, known);
    for (const [oldest] of members) {
      if (members.size <= remembered) break;
      members.delete(oldest);
    }
  }

  return {
    decide(event, scopes) {
      const { audience } = event;
      const verdicts: EventVerdicts = [];
      const ask: Array<{ index: number; participantId: string }> = [];
      let named: Set<string> | undefined;
      let author: string | undefined | null = null;
      const preview = new Set(audience.participantIds ?? []);
      const previewIsWholeRoster = audience.participantCount !== undefined && audience.participantCount <= preview.size;
      scopes.forEach((scope, index) => {
        if (scope.all === true) return void (verdicts[index] = true);
        if (scope.organizerId !== undefined && audience.organizerId === scope.organizerId) {
          return void (verdicts[index] = true);
        }
        if (scope.tenantId !== undefined && audience.tenantId === scope.tenantId) return void (verdicts[index] = true);
        const participantId = scope.participantId;
        if (participantId === undefined) return void (verdicts[index] = false);
        if (event.type === 'joinRequestUpdated') {
          if (author === null) author = requestAuthorOf(event);
          return void (verdicts[index] = author === participantId);
        }
        named ??= namedIn(event);
        if (preview.has(participantId) || named.has(participantId)) return void (verdicts[index] = true);
        if (event.type === 'roomDeleted') {
          return void (verdicts[index] = members.get(event.roomId)?.has(participantId) === true);
        }
        if (previewIsWholeRoster) return void (verdicts[index] = false);
        verdicts[index] = false;
        ask.push({ index, participantId });
      });
      if (event.type === 'roomDeleted') members.delete(event.roomId);
      else if (preview.size > 0) remember(event.roomId, preview);
      if (ask.length === 0) return verdicts;
      const ids = [...new Set(ask.map((item) => item.participantId))];
      return options.onRoster(event.roomId, ids).then(
        (onRoster) => {
          for (const item of ask) verdicts[item.index] = onRoster.has(item.participantId);
          if (onRoster.size > 0) remember(event.roomId, onRoster);
          return verdicts;
        },
        () => {
          for (const item of ask) verdicts[item.index] = undefined;
          return verdicts;
        },
      );
    },
  };
}
