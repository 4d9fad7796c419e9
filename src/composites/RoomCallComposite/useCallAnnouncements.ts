import { useCallback, useEffect, useRef, useState } from 'react';
import { getIdentifierRawId } from '@azure/communication-common';
import type { CallAdapter } from '@azure/communication-react';
import type { SpotlightedParticipant } from '@azure/communication-calling';
import { speakingRoleFor } from '../../core/moderation';
import { roleCan, type RoomRole } from '../../core/roles';
import type { SharedCallNotice } from '../../core/sharedCall';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RoomsKitStrings } from '../../strings';
import type { RoomCallAnnouncement, RoomCallModerationEnd } from './RoomCallModeration.types';

/**
 * Something done to the local user in the call, as the call tells them: the shared call's notice for their stay,
 * without the stay's id.
 */
export type RoomCallLocalNotice = SharedCallNotice extends infer N
  ? N extends SharedCallNotice
    ? Omit<N, 'participantId'>
    : never
  : never;

/** Hears the notices for the local user's stay; returns a function that stops listening. */
export type RoomCallNoticeSubscribe = (listener: (notice: RoomCallLocalNotice) => void) => () => void;

/** Options of {@link useCallAnnouncements}. */
export interface UseCallAnnouncementsOptions {
  /** The host's call adapter: its `mutedByOthers` and `spotlightChanged` events, where no notices say more. */
  callAdapter: CallAdapter;
  /** The local user. */
  localUserId: string;
  /** Someone's name, from the directory or the call. */
  nameOf: (userId: string) => string | undefined;
  /** Whether the room is closed now (its window ended or it was deleted). */
  roomClosed: boolean;
  /** Set once the local user ended the call for everyone. */
  endedByMe: { readonly closed: boolean } | undefined;
  /** The call's notices for the local user, with who did it; without them the adapter's events speak. */
  notices: RoomCallNoticeSubscribe | undefined;
}

/** What {@link useCallAnnouncements} returns. */
export interface CallAnnouncements {
  /** What the local user was told, newest last (a few at most). */
  readonly announcements: readonly RoomCallAnnouncement[];
  /** The newest, for the live region. */
  readonly latest: string | undefined;
  /** The end screen to show instead of the call, when a moderation action ended it. */
  readonly end: RoomCallModerationEnd | undefined;
}

type Ended = { kind: 'endedForEveryone' | 'removed'; by?: string; byName?: string };

const KEEP = 3;

/**
 * Tells the local user, in plain words and with names, what moderation did to them: muted, hand lowered, spotlit,
 * removed, the call ended for everyone (and the room closed); being invited to speak and back is told with the role
 * change ({@link speakingChangeText}). The call's
 * notices name who did it; without them, the call adapter's own events are announced with "a presenter". A removal
 * or the end of the call for everyone also gives the end screen that replaces the call.
 *
 * @example
 * ```ts
 * const { latest, end } = useCallAnnouncements({ callAdapter, localUserId, nameOf, roomClosed,
 *   endedByMe: undefined, notices: undefined });
 * ```
 */
export function useCallAnnouncements(options: UseCallAnnouncementsOptions): CallAnnouncements {
  const { callAdapter, localUserId, nameOf, roomClosed, endedByMe, notices } = options;
  const { strings, format } = useRoomsKit();
  const s = strings.roomCall.moderation;
  const [announcements, setAnnouncements] = useState<RoomCallAnnouncement[]>([]);
  const [ended, setEnded] = useState<Ended>();
  const seq = useRef(0);

  const say = useCallback((text: string) => {
    const next = { id: ++seq.current, text };
    setAnnouncements((before) => [...before.slice(1 - KEEP), next]);
  }, []);

  const latestName = useRef(nameOf);
  useEffect(() => {
    latestName.current = nameOf;
  });
  const who = useCallback(
    (by: string | undefined, byName: string | undefined): string =>
      byName ?? (by !== undefined ? latestName.current(by) : undefined) ?? s.somebody,
    [s.somebody],
  );

  // ---- The call's notices, with names -------------------------------------------------------------------------------
  useEffect(() => {
    if (!notices) return undefined;
    return notices((notice) => {
      switch (notice.type) {
        case 'mutedByOthers':
          return say(format(s.youWereMuted, { name: who(notice.by, notice.byName) }));
        case 'handLowered':
          return say(format(s.yourHandLowered, { name: who(notice.by, notice.byName) }));
        case 'spotlightChanged':
          return say(
            format(notice.on ? s.youWereSpotlighted : s.spotlightEnded, { name: who(notice.by, notice.byName) }),
          );
        case 'departed':
          if (notice.reason === 'removed') {
            say(format(s.youWereRemoved, { name: who(notice.by, notice.byName) }));
            return setEnded({ kind: 'removed', by: notice.by, byName: notice.byName });
          }
          if (notice.reason === 'endedForEveryone')
            return setEnded({ kind: 'endedForEveryone', by: notice.by, byName: notice.byName });
          return undefined;
      }
    });
  }, [notices, say, format, who, s]);

  // ---- The adapter's own events, where no notices come -------------------------------------------------------------
  useEffect(() => {
    if (notices) return undefined;
    const muted = (): void => say(format(s.youWereMuted, { name: s.somebody }));
    const isMe = (p: SpotlightedParticipant): boolean => getIdentifierRawId(p.identifier) === localUserId;
    const spotlight = (change: { added: SpotlightedParticipant[]; removed: SpotlightedParticipant[] }): void => {
      if (change.added.some(isMe)) say(format(s.youWereSpotlighted, { name: s.somebody }));
      else if (change.removed.some(isMe)) say(format(s.spotlightEnded, { name: s.somebody }));
    };
    callAdapter.on('mutedByOthers', muted);
    callAdapter.on('spotlightChanged', spotlight);
    return () => {
      callAdapter.off('mutedByOthers', muted);
      callAdapter.off('spotlightChanged', spotlight);
    };
  }, [notices, callAdapter, localUserId, say, format, s]);

  const whoNow = (by: string | undefined, byName: string | undefined): string =>
    byName ?? (by !== undefined ? nameOf(by) : undefined) ?? s.somebody;
  const end = endScreen(endedByMe, ended, roomClosed, whoNow, format, s);
  return { announcements, latest: announcements[announcements.length - 1]?.text, end };
}

function endScreen(
  endedByMe: { readonly closed: boolean } | undefined,
  ended: Ended | undefined,
  roomClosed: boolean,
  who: (by: string | undefined, byName: string | undefined) => string,
  format: (template: string, values?: Readonly<Record<string, string | number>>) => string,
  s: RoomsKitStrings['roomCall']['moderation'],
): RoomCallModerationEnd | undefined {
  if (endedByMe) {
    const closed = endedByMe.closed || roomClosed;
    return {
      kind: 'endedForEveryone',
      title: closed ? s.youEndedAndClosedTitle : s.youEndedTitle,
      body: closed ? s.endedAndClosedBody : s.endedBody,
    };
  }
  if (!ended) return undefined;
  const name = who(ended.by, ended.byName);
  if (ended.kind === 'removed')
    return { kind: 'removed', title: format(s.removedTitle, { name }), body: s.removedBody };
  return {
    kind: 'endedForEveryone',
    title: format(roomClosed ? s.endedAndClosedByTitle : s.endedByTitle, { name }),
    body: roomClosed ? s.endedAndClosedBody : s.endedBody,
  };
}

/**
 * The sentence for a role change that "invite to speak" or "return to listener" makes: a listener given the
 * microphone was invited to speak, a speaker given the screen to present, and back. `undefined` for any other change,
 * which the role notice explains on its own. The role notice carries it, so it is seen and heard once.
 *
 * @example
 * ```ts
 * speakingChangeText('Consumer', 'Attendee', strings.roomCall.moderation, format);
 * // "A presenter invited you to speak: you can turn on your microphone now."
 * ```
 */
export function speakingChangeText(
  previous: RoomRole,
  next: RoomRole,
  s: RoomsKitStrings['roomCall']['moderation'],
  format: (template: string, values?: Readonly<Record<string, string | number>>) => string,
): string | undefined {
  if (previous === next) return undefined;
  if (speakingRoleFor(previous) === next)
    return format(roleCan(previous, 'unmuteMic') ? s.invitedToPresent : s.invitedToSpeak, { name: s.somebody });
  if (speakingRoleFor(next) === previous) return roleCan(next, 'unmuteMic') ? s.presentingEnded : s.listenerAgain;
  return undefined;
}
