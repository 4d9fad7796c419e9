import { useCallback, useId, useMemo, useState, type Ref } from 'react';
import { formatAttendanceDuration } from '../../core/attendance';
import { toRoomsError } from '../../core/errors';
import { moderationAllowed, speakingRoleFor } from '../../core/moderation';
import { withEntry, withMember } from '../shared/keyedState';
import { useLobbyKit } from '../shared/useLobbyKit';
import { useTick } from '../shared/useTick';
import type {
  InvitedSpeakerRowState,
  RaisedHandAction,
  RaisedHandControlState,
  RaisedHandQueueProps,
  RaisedHandQueueState,
  RaisedHandRowState,
} from './RaisedHandQueue.types';

/** Waiting times are shown in whole minutes, so the clock is read again once a minute, not every second. */
const TICK_MS = 60_000;

const NO_SPEAKERS: never[] = [];

/** The key of one action on one person (or on everyone, for lowering all hands). */
const keyOf = (action: RaisedHandAction, userId?: string): string => (userId ? `${action}:${userId}` : action);

/**
 * State of {@link RaisedHandQueue}: the queue's rows with how long each hand has waited, which control each viewer
 * may use (by `moderationAllowed`, never by role name) and why not, each action's pending state and failure, and the
 * announcements. No JSX or styling.
 *
 * @example
 * ```tsx
 * const state = useRaisedHandQueue({ hands, viewerRole: 'Presenter', onLowerHand }, ref);
 * state.rows[0].lower.enabled; // true
 * ```
 */
export function useRaisedHandQueue(props: RaisedHandQueueProps, ref: Ref<HTMLDivElement>): RaisedHandQueueState {
  const {
    hands,
    speakers = NO_SPEAKERS,
    viewerRole,
    onLowerHand,
    onLowerAllHands,
    onInviteToSpeak,
    onReturnToListener,
    now: nowProp,
    strings: stringsProp,
    headingLevel = 3,
    className,
    ...rest
  } = props;
  const kit = useLobbyKit('raisedHandQueue', stringsProp);
  const { format, locale } = kit;
  const strings = kit.strings.lobby.raisedHandQueue;
  const base = useId();
  const clock = nowProp ?? kit.now;

  const tick = useTick(hands.length > 0 ? TICK_MS : undefined);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the tick and a new queue are reasons to read the clock again
  const now = useMemo(() => clock(), [clock, tick, hands]);

  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [announcement, setAnnouncement] = useState('');
  const errorTexts = kit.strings.errors;
  const roleNames = kit.strings.organisers.roles;
  const lobbyStrings = kit.strings.lobby;
  /**
   * Starts one action. Its texts are made now, from the row as the user saw it: by the time the call answers, the
   * person may have left the queue.
   */
  const start = useCallback(
    (action: RaisedHandAction, userId: string | undefined, name: string, role: string, run: () => unknown) => {
      const key = keyOf(action, userId);
      setPending((before) => withMember(before, key, true));
      setErrors((before) => withEntry(before, key, undefined));
      const settle = (failed: boolean, failure?: unknown): void => {
        // Updates after unmounting are dropped by React; the host's handler has done its work either way.
        setPending((before) => withMember(before, key, false));
        if (failed) {
          const error = toRoomsError(failure);
          const text = format(strings.failed[action], { name, error: errorTexts[error.code] });
          setErrors((before) => withEntry(before, key, text));
        } else {
          setAnnouncement(format(strings.announce[action], { name, role }));
        }
      };
      let outcome: unknown;
      try {
        outcome = run();
      } catch (thrown) {
        settle(true, thrown);
        return;
      }
      Promise.resolve(outcome).then(
        () => settle(false),
        (thrown: unknown) => settle(true, thrown),
      );
    },
    [format, strings, errorTexts],
  );

  const control = useCallback(
    (
      action: RaisedHandAction,
      userId: string | undefined,
      handler: (() => unknown) | undefined,
      texts: { text: string; label: string; cannot: string; name: string; role?: string },
      extraReason?: string,
      busy = false,
    ): RaisedHandControlState => {
      const key = keyOf(action, userId);
      const allowed = moderationAllowed(viewerRole, action);
      const reason = !allowed ? texts.cannot : !handler ? strings.notOffered : extraReason;
      const isPending = pending.has(key);
      return {
        enabled: reason === undefined && !isPending && !busy,
        reason,
        pending: isPending,
        text: texts.text,
        label: texts.label,
        run: () => {
          if (reason !== undefined || isPending || busy || !handler) return;
          start(action, userId, texts.name, texts.role ?? '', handler);
        },
      };
    },
    [viewerRole, strings.notOffered, pending, start],
  );

  const allPending = pending.has(keyOf('lowerAllHands'));
  const rows = useMemo(
    () =>
      hands.map((hand, index): RaisedHandRowState => {
        const name = hand.displayName;
        const nextRole = hand.role ? speakingRoleFor(hand.role) : undefined;
        const rowBusy =
          allPending ||
          pending.has(keyOf('lowerHand', hand.userId)) ||
          pending.has(keyOf('inviteToSpeak', hand.userId));
        const lower = control(
          'lowerHand',
          hand.userId,
          onLowerHand && (() => onLowerHand(hand.userId)),
          { text: strings.lower, label: format(strings.lowerLabel, { name }), cannot: strings.cannotLower, name },
          undefined,
          rowBusy,
        );
        const invite = control(
          'inviteToSpeak',
          hand.userId,
          onInviteToSpeak && (() => onInviteToSpeak(hand.userId)),
          {
            text: strings.inviteToSpeak,
            label: format(strings.inviteLabel, { name }),
            cannot: strings.cannotInvite,
            name,
            role: nextRole ? roleNames[nextRole].name : undefined,
          },
          hand.role && nextRole === undefined ? format(strings.alreadySpeaks, { name }) : undefined,
          rowBusy,
        );
        return {
          userId: hand.userId,
          name,
          position: index + 1,
          positionText: format(strings.position, { position: index + 1 }),
          waitedText: format(strings.waited, {
            duration: formatAttendanceDuration(now.getTime() - hand.raisedAt.getTime(), locale, lobbyStrings),
          }),
          roleText: hand.role ? roleNames[hand.role].name : undefined,
          becomesText: nextRole ? format(strings.becomes, { role: roleNames[nextRole].name }) : undefined,
          lower,
          invite,
          error: errors.get(keyOf('lowerHand', hand.userId)) ?? errors.get(keyOf('inviteToSpeak', hand.userId)),
          pending: lower.pending || invite.pending || allPending,
        };
      }),
    [
      hands,
      control,
      onLowerHand,
      onInviteToSpeak,
      strings,
      format,
      now,
      locale,
      roleNames,
      lobbyStrings,
      errors,
      pending,
      allPending,
    ],
  );

  const speakerRows = useMemo(
    () =>
      speakers.map((speaker): InvitedSpeakerRowState => {
        const name = speaker.displayName;
        const returnControl = control(
          'returnToListener',
          speaker.userId,
          onReturnToListener && (() => onReturnToListener(speaker.userId)),
          {
            text: strings.returnToListener,
            label: format(strings.returnLabel, { name }),
            cannot: strings.cannotReturn,
            name,
            role: roleNames[speaker.previousRole].name,
          },
        );
        return {
          userId: speaker.userId,
          name,
          rolesText: format(strings.speakerRoles, {
            role: roleNames[speaker.role].name,
            previousRole: roleNames[speaker.previousRole].name,
          }),
          returnControl,
          error: errors.get(keyOf('returnToListener', speaker.userId)),
          pending: returnControl.pending,
        };
      }),
    [speakers, control, onReturnToListener, strings, format, roleNames, errors],
  );

  const lowerAll = control(
    'lowerAllHands',
    undefined,
    onLowerAllHands,
    { text: strings.lowerAll, label: strings.lowerAll, cannot: strings.cannotLower, name: '' },
    hands.length === 0 ? strings.empty : undefined,
  );

  return {
    root: { ...rest, ref },
    className,
    strings,
    headingTag: `h${headingLevel}`,
    ids: { heading: `${base}-heading`, speakingHeading: `${base}-speaking` },
    heading: format(strings.heading, { count: hands.length }),
    rows,
    lowerAll,
    lowerAllError: errors.get(keyOf('lowerAllHands')),
    speakingHeading: format(strings.speakingHeading, { count: speakers.length }),
    speakers: speakerRows,
    announcement,
  };
}
