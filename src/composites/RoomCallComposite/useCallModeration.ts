import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CallAdapter, CallAdapterState } from '@azure/communication-react';
import type { RoomsAdapter } from '../../adapter/types';
import type { CallControlDecisions } from '../../core/callControls';
import { RoomsError, toRoomsError } from '../../core/errors';
import { roleCanAdmit } from '../../core/lobby';
import {
  MODERATION_CAPABILITY,
  moderationAllowed,
  speakingRoleFor,
  type CallModerationAction,
  type CallModerationResult,
  type CallModerationType,
} from '../../core/moderation';
import type { RoomRole } from '../../core/roles';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RoomCallPersonState } from './RoomCallComposite.types';
import type {
  RoomCallModerationItem,
  RoomCallModerationState,
  RoomCallRaisedHand,
  RoomCallSpeaker,
} from './RoomCallModeration.types';
import type { RoomData } from './useRoomData';
import { callStageOf, deniedReason, moderateThroughCall, THROUGH_CALL } from './callModerationFacts';

/** Options of {@link useCallModeration}. */
export interface UseCallModerationOptions {
  /** The backend moderation goes through (`moderateCall`); without it, muting and removing go through the call. */
  roomsAdapter: RoomsAdapter | undefined;
  /** The room. */
  roomId: string | undefined;
  /** The host's call adapter: the way to mute and remove where the backend does not moderate. */
  callAdapter: CallAdapter;
  /** The call's state as the host's adapter reports it. */
  callState: CallAdapterState;
  /** The local user's roster role: the backend authorises moderation by it, so the panel offers by it too. */
  moderatorRole: RoomRole | undefined;
  /** Everyone in the call, as the people panel shows them. */
  joined: readonly RoomCallPersonState[];
  /** The room's data: the roster's roles, and the roster to update after a speaker's role changed. */
  data: RoomData;
  /** What the call allows the local user, for the ways through the call. */
  decisions: CallControlDecisions;
}

type Grant = { readonly previousRole: RoomRole; readonly role: RoomRole };

/**
 * State of the call's moderation: for each person in the call, mute, lower hand, spotlight, invite to speak or
 * return to listener, and remove; for the whole call, mute all, lower all hands and end for everyone. Each is offered
 * by the capability `MODERATION_CAPABILITY` names, of the local user's roster role (`moderationAllowed`), and by the
 * person's state; a refused one says why. Actions go to `RoomsAdapter.moderateCall`, one pending at a time per
 * control; a failure leaves everything as it was and says why.
 *
 * @example
 * ```ts
 * const moderation = useCallModeration({ roomsAdapter, roomId, callAdapter, callState, moderatorRole: 'Presenter',
 *   joined: panel.joined, data, decisions });
 * moderation.itemsFor(attendeeId).find((i) => i.key === 'mute')?.run();
 * ```
 */
export function useCallModeration(options: UseCallModerationOptions): RoomCallModerationState {
  const { roomsAdapter, roomId, callAdapter, callState, moderatorRole, joined, data, decisions } = options;
  const { strings, format, now } = useRoomsKit();
  const s = strings.roomCall.moderation;
  const call = callState.call;
  const moderateCall = roomsAdapter?.features.moderation ? roomsAdapter.moderateCall?.bind(roomsAdapter) : undefined;
  const supported = moderateCall !== undefined && roomId !== undefined;

  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [grants, setGrants] = useState<ReadonlyMap<string, Grant>>(new Map());
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [dialog, setDialog] = useState({ open: false, closeRoom: false });
  const [endedByMe, setEndedByMe] = useState<{ closed: boolean }>();

  // Held in state, not a ref: it is only read in handlers and on unmount, and never decides what renders.
  const [controllers] = useState(() => new Set<AbortController>());
  useEffect(() => () => controllers.forEach((c) => c.abort()), [controllers]);

  const rosterRoles = useMemo(() => new Map((data.roster ?? []).map((p) => [p.id, p.role])), [data.roster]);
  const others = joined.filter((p) => !p.isSelf);
  const byId = new Map(others.map((p) => [p.id, p]));
  const roleOf = (p: RoomCallPersonState): RoomRole | undefined => rosterRoles.get(p.id) ?? p.role;

  // ---- Raised hands, first raised first; the call reports the order, the panel remembers when it saw each go up.
  const remote = call?.remoteParticipants;
  const stage = call?.spotlight?.spotlightedParticipants;
  const { handOrder, spotlit } = useMemo(() => callStageOf(remote, stage), [remote, stage]);
  const raised = handOrder.filter((h) => h.position >= 0 && byId.has(h.id)).sort((a, b) => a.position - b.position);
  const [handsSeen, setHandsSeen] = useState<ReadonlyMap<string, Date>>(new Map());
  const raisedKey = raised.map((h) => h.id).join(' ');
  // Adjusted while rendering, React's way to keep state in step with what it derives from.
  const [seenFor, setSeenFor] = useState('');
  if (seenFor !== raisedKey) {
    setSeenFor(raisedKey);
    const at = now();
    setHandsSeen((before) => new Map(raised.map((h) => [h.id, before.get(h.id) ?? at])));
  }
  const seen = handsSeen;
  const hands: RoomCallRaisedHand[] = raised.map((h) => {
    const person = byId.get(h.id);
    const role = person ? roleOf(person) : undefined;
    return {
      userId: h.id,
      displayName: person?.name ?? h.id,
      raisedAt: seen.get(h.id) ?? now(),
      ...(role ? { role } : {}),
    };
  });

  // ---- Speakers: a grant holds while they are in the call with the role they were given (else it was undone).
  const activeGrant = (p: RoomCallPersonState): Grant | undefined => {
    const grant = grants.get(p.id);
    return grant && roleOf(p) === grant.role ? grant : undefined;
  };
  const speakers: RoomCallSpeaker[] = others.flatMap((p) => {
    const grant = activeGrant(p);
    return grant ? [{ userId: p.id, displayName: p.name, role: grant.role, previousRole: grant.previousRole }] : [];
  });

  // ---- Running an action --------------------------------------------------------------------------------------------
  const mark = useCallback((key: string, on: boolean) => {
    setPending((before) => {
      const next = new Set(before);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  /**
   * Runs one action. `quiet` leaves the failure to the caller (the hand queue shows it on its row) rather than the
   * panel's message; either way the promise settles when the backend has answered, and rejects when it refused.
   */
  const act = (
    key: string,
    action: CallModerationAction,
    failure: { template: string; name?: string },
    done: (result: CallModerationResult) => string,
    quiet = false,
  ): Promise<void> => {
    if (pending.has(key)) return Promise.resolve();
    mark(key, true);
    const controller = new AbortController();
    controllers.add(controller);
    const request =
      supported && roomId
        ? moderateCall(roomId, action, { signal: controller.signal })
        : moderateThroughCall(callAdapter, action, s.unsupported);
    return request.then(
      (result) => {
        controllers.delete(controller);
        mark(key, false);
        setError(undefined);
        setStatus(done(result));
      },
      (thrown: unknown) => {
        controllers.delete(controller);
        if (controller.signal.aborted) return;
        mark(key, false);
        setStatus(undefined);
        const text = format(failure.template, {
          name: failure.name ?? '',
          error: strings.errors[toRoomsError(thrown).code],
        });
        if (quiet) throw toRoomsError(thrown);
        setError(text);
      },
    );
  };

  /** Why an action can't be taken by this user at all, before the person's state matters. */
  const refusal = (type: CallModerationType): string | undefined => {
    if (!moderationAllowed(moderatorRole, type)) return s[deniedReason(MODERATION_CAPABILITY[type])];
    if (supported) return undefined;
    const control = THROUGH_CALL[type];
    return control && decisions[control].status === 'enabled' ? undefined : s.unsupported;
  };

  // What each enabled control starts, by its pending key: the hand queue starts the same ones and shows the outcome.
  const starters = new Map<string, (quiet: boolean) => Promise<void>>();
  const item = (
    key: string,
    type: CallModerationType,
    label: string,
    stateReason: string | undefined,
    start: (quiet: boolean) => Promise<void>,
    pendingKey = key,
  ): RoomCallModerationItem => {
    const isPending = pending.has(pendingKey);
    const reason = refusal(type) ?? stateReason ?? (isPending ? s.busy : undefined);
    const enabled = reason === undefined;
    // Keyed by the action, not the control: the queue asks for "invite" or "return", never whichever is shown.
    if (enabled) starters.set(pendingKey.replace(/^[^:]+/, type), start);
    return {
      key,
      type,
      label,
      enabled,
      reason,
      pending: isPending,
      run: enabled ? () => void start(false) : () => undefined,
    };
  };

  const actions = {
    mute: (p: RoomCallPersonState, quiet = false) =>
      act(
        `mute:${p.id}`,
        { type: 'mute', userId: p.id },
        { template: s.failed.mute, name: p.name },
        () => format(s.done.mute, { name: p.name }),
        quiet,
      ),
    lowerHand: (p: RoomCallPersonState, quiet = false) =>
      act(
        `lowerHand:${p.id}`,
        { type: 'lowerHand', userId: p.id },
        { template: s.failed.lowerHand, name: p.name },
        () => format(s.done.lowerHand, { name: p.name }),
        quiet,
      ),
    spotlight: (p: RoomCallPersonState, on: boolean, quiet = false) =>
      act(
        `spotlight:${p.id}`,
        { type: 'spotlight', userId: p.id, on },
        { template: s.failed.spotlight, name: p.name },
        () => format(on ? s.done.spotlightOn : s.done.spotlightOff, { name: p.name }),
        quiet,
      ),
    inviteToSpeak: (p: RoomCallPersonState, previousRole: RoomRole, role: RoomRole, quiet = false) =>
      act(
        `speak:${p.id}`,
        { type: 'inviteToSpeak', userId: p.id },
        { template: s.failed.inviteToSpeak, name: p.name },
        (r) => {
          const granted = r.role ?? role;
          setGrants((before) => new Map(before).set(p.id, { previousRole, role: granted }));
          data.updateRoster((roster) => roster.map((m) => (m.id === p.id ? { ...m, role: granted } : m)));
          return format(s.done.inviteToSpeak, { name: p.name, role: strings.organisers.roles[granted].inSentence });
        },
        quiet,
      ),
    returnToListener: (p: RoomCallPersonState, grant: Grant, quiet = false) =>
      act(
        `speak:${p.id}`,
        { type: 'returnToListener', userId: p.id },
        { template: s.failed.returnToListener, name: p.name },
        (r) => {
          const restored = r.role ?? grant.previousRole;
          setGrants((before) => {
            const next = new Map(before);
            next.delete(p.id);
            return next;
          });
          data.updateRoster((roster) => roster.map((m) => (m.id === p.id ? { ...m, role: restored } : m)));
          return format(s.done.returnToListener, {
            name: p.name,
            role: strings.organisers.roles[restored].inSentence,
          });
        },
        quiet,
      ),
    remove: (p: RoomCallPersonState, quiet = false) =>
      act(
        `remove:${p.id}`,
        { type: 'remove', userId: p.id },
        { template: s.failed.remove, name: p.name },
        () => format(s.done.remove, { name: p.name }),
        quiet,
      ),
  };

  const spotlightReported = call?.capabilitiesFeature?.capabilities.spotlightParticipant?.isPresent;
  const itemsOf = (p: RoomCallPersonState): RoomCallModerationItem[] => {
    const on = spotlit.has(p.id);
    const role = roleOf(p);
    const grant = activeGrant(p);
    const speakAs = role ? speakingRoleFor(role) : undefined;
    const speak = grant
      ? item(
          'speak',
          'returnToListener',
          s.returnToListener,
          undefined,
          (quiet) => actions.returnToListener(p, grant, quiet),
          `speak:${p.id}`,
        )
      : item(
          'speak',
          'inviteToSpeak',
          s.inviteToSpeak,
          role && speakAs ? undefined : format(s.canAlreadySpeak, { name: p.name }),
          (quiet) => (role && speakAs ? actions.inviteToSpeak(p, role, speakAs, quiet) : Promise.resolve()),
          `speak:${p.id}`,
        );
    const own = (key: string): string => `${key}:${p.id}`;
    return [
      item(
        'mute',
        'mute',
        s.mute,
        p.muted ? format(s.alreadyMuted, { name: p.name }) : undefined,
        (quiet) => actions.mute(p, quiet),
        own('mute'),
      ),
      item(
        'lowerHand',
        'lowerHand',
        s.lowerHand,
        p.handRaised ? undefined : format(s.handNotRaised, { name: p.name }),
        (quiet) => actions.lowerHand(p, quiet),
        own('lowerHand'),
      ),
      {
        ...item(
          'spotlight',
          'spotlight',
          on ? s.stopSpotlight : s.spotlight,
          spotlightReported === false && !on ? s.spotlightUnavailable : undefined,
          (quiet) => actions.spotlight(p, !on, quiet),
          own('spotlight'),
        ),
        on,
      },
      { ...speak, on: grant !== undefined },
      item('remove', 'remove', s.removeFromCall, undefined, (quiet) => actions.remove(p, quiet), own('remove')),
    ];
  };
  const items = new Map(others.map((p) => [p.id, itemsOf(p)]));

  const allMuted = others.every((p) => p.muted);
  const callItems = {
    muteAll: item('muteAll', 'muteAll', s.muteAll, allMuted ? s.everyoneMuted : undefined, (quiet) =>
      act('muteAll', { type: 'muteAll' }, { template: s.failed.muteAll }, () => s.done.muteAll, quiet),
    ),
    lowerAllHands: item(
      'lowerAllHands',
      'lowerAllHands',
      s.lowerAllHands,
      hands.length === 0 ? s.noHandsRaised : undefined,
      (quiet) =>
        act(
          'lowerAllHands',
          { type: 'lowerAllHands' },
          { template: s.failed.lowerAllHands },
          () => s.done.lowerAllHands,
          quiet,
        ),
    ),
    endForEveryone: item(
      'endForEveryone',
      'endForEveryone',
      s.endForEveryone,
      call === undefined ? s.notInCall : undefined,
      () => {
        setDialog({ open: true, closeRoom: false });
        return Promise.resolve();
      },
    ),
  };

  const endForEveryone = (closeRoom: boolean): void => {
    setDialog({ open: false, closeRoom });
    void act(
      'endForEveryone',
      { type: 'endForEveryone', closeRoom },
      { template: s.failed.endForEveryone },
      (result) => {
        setEndedByMe({ closed: closeRoom || result.closedAt !== undefined });
        // The backend ends everyone's stay; a call that has not heard it yet is left here, so no call runs on unseen.
        const state = callAdapter.getState().call?.state;
        if (state !== undefined && state !== 'Disconnected' && state !== 'Disconnecting')
          void callAdapter.leaveCall().catch(() => undefined);
        return s.done.endForEveryone;
      },
    );
  };

  // The hand queue's controls start the panel's own, and show a refusal or failure on their row.
  const fromQueue = (key: string): Promise<void> => {
    const start = starters.get(key);
    return start ? start(true) : Promise.reject(new RoomsError('unavailable', s.unsupported));
  };

  return {
    moderatorRole,
    supported,
    itemsFor: (userId) => items.get(userId) ?? [],
    callItems,
    hands,
    speakers,
    lowerHand: (userId) => fromQueue(`lowerHand:${userId}`),
    lowerAllHands: () => fromQueue('lowerAllHands'),
    inviteToSpeak: (userId) => fromQueue(`inviteToSpeak:${userId}`),
    returnToListener: (userId) => fromQueue(`returnToListener:${userId}`),
    endDialog: {
      open: dialog.open,
      closeRoom: dialog.closeRoom,
      setCloseRoom: (closeRoom) => setDialog((d) => ({ ...d, closeRoom })),
      confirm: () => endForEveryone(dialog.closeRoom),
      cancel: () => setDialog((d) => ({ ...d, open: false })),
    },
    showJoinRequests: roomsAdapter?.features.lobby === true && roomId !== undefined && roleCanAdmit(moderatorRole),
    roomsAdapter,
    roomId,
    endedByMe,
    error,
    dismissError: () => setError(undefined),
    status,
  };
}
