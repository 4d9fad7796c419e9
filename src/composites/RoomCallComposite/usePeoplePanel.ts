import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { getIdentifierRawId } from '@azure/communication-common';
import type { CallAdapter, CallAdapterState } from '@azure/communication-react';
import type { RoomsAdapter } from '../../adapter/types';
import { resolveCallRole, type CallControlDecisions } from '../../core/callControls';
import { toRoomsError, type RoomsError } from '../../core/errors';
import type { RoomRole } from '../../core/roles';
import { useControllableState } from '../../hooks/useControllableState';
import { useMutation } from '../../hooks/useMutation';
import { useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RoomCallPeoplePanelState, RoomCallPersonState } from './RoomCallComposite.types';
import type { RoomData } from './useRoomData';

/** Options of {@link usePeoplePanel}. */
export interface UsePeoplePanelOptions {
  /** Controlled open state. */
  open: boolean | undefined;
  /** Uncontrolled initial open state. */
  defaultOpen: boolean;
  /** Reports open changes. */
  onOpenChange: ((open: boolean) => void) | undefined;
  /** The room's data. */
  data: RoomData;
  /** Where roster changes go; `undefined` makes the roster read-only. */
  roomsAdapter: RoomsAdapter | undefined;
  /** The room. */
  roomId: string | undefined;
  /** The host's call adapter, for removals, mutes and invitations in the call. */
  callAdapter: CallAdapter;
  /** The call's state as the host's adapter reports it. */
  callState: CallAdapterState;
  /** What the local user may do. */
  decisions: CallControlDecisions;
  /** The local user. */
  localUserId: string;
  /** The local user's role in effect. */
  localRole: RoomRole | undefined;
}

type Operation = 'role' | 'remove' | 'removeFromCall' | 'mute' | 'invite';

/**
 * State of the people panel: the roster (invited) and the call (joined) side by side, and the Presenter's tools:
 * change a role or remove someone on the roster through the `RoomsAdapter` (optimistic, rolled back with a message on
 * failure), remove or mute someone in the call and bring an invited person into it through the `CallAdapter`.
 *
 * @example
 * ```ts
 * const panel = usePeoplePanel({ open: undefined, defaultOpen: false, onOpenChange: undefined, data, roomsAdapter,
 *   roomId, callAdapter, callState, decisions, localUserId, localRole });
 * panel.changeRole(attendeeId, 'Presenter');
 * ```
 */
export function usePeoplePanel(options: UsePeoplePanelOptions): RoomCallPeoplePanelState {
  const { data, roomsAdapter, roomId, callAdapter, callState, decisions, localUserId, localRole } = options;
  const { strings, format } = useRoomsKit();
  const s = strings.roomCall;
  const id = useId();
  const [open, setOpen] = useControllableState({
    value: options.open,
    defaultValue: options.defaultOpen,
    onChange: options.onOpenChange,
  });
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();

  const call = callState.call;
  const rosterRoles = useMemo(() => new Map((data.roster ?? []).map((p) => [p.id, p.role])), [data.roster]);
  const remote = useMemo(() => {
    const out = new Map<
      string,
      { name: string | undefined; role: string | undefined; muted: boolean; speaking: boolean; hand: boolean }
    >();
    for (const p of Object.values(call?.remoteParticipants ?? {})) {
      if (p.state === 'Disconnected') continue;
      out.set(getIdentifierRawId(p.identifier), {
        name: p.displayName,
        role: p.role,
        muted: p.isMuted,
        speaking: p.isSpeaking,
        hand: p.raisedHand !== undefined,
      });
    }
    return out;
  }, [call?.remoteParticipants]);

  const { resolveNames } = data;
  const remoteIds = useMemo(() => [...remote.keys()], [remote]);
  useEffect(() => resolveNames([localUserId, ...remoteIds]), [resolveNames, localUserId, remoteIds]);

  const canEditRoster = roomsAdapter !== undefined && roomId !== undefined && data.roster !== undefined;
  const enabled = (control: keyof CallControlDecisions): boolean => decisions[control].status === 'enabled';

  // The invited column shows the roster's role (the invitation); the call column shows the role the call reports.
  const person = (pid: string, column: 'invited' | 'joined'): RoomCallPersonState => {
    const isSelf = pid === localUserId;
    const inCall = remote.get(pid);
    const joined = isSelf ? call !== undefined : inCall !== undefined;
    const invited = data.roster === undefined ? undefined : rosterRoles.has(pid);
    const name =
      data.people.get(pid)?.displayName ?? inCall?.name ?? (isSelf ? callState.displayName : undefined) ?? pid;
    const role =
      column === 'invited' && !isSelf
        ? rosterRoles.get(pid)
        : isSelf
          ? localRole
          : resolveCallRole(inCall?.role, rosterRoles.get(pid)).role;
    const muted = isSelf ? (call?.isMuted ?? true) : (inCall?.muted ?? false);
    const others = !isSelf;
    return {
      id: pid,
      name,
      label: isSelf ? format(s.you, { name }) : name,
      role,
      roleName: role ? strings.organisers.roles[role].name : s.roleUnknown,
      isSelf,
      joined,
      invited,
      muted: joined && muted,
      speaking: joined && (isSelf ? false : (inCall?.speaking ?? false)),
      handRaised:
        joined && (isSelf ? call?.raiseHand.localParticipantRaisedHand !== undefined : (inCall?.hand ?? false)),
      pending: pending.has(pid),
      actions: {
        changeRole: others && canEditRoster && invited === true && enabled('changeRole'),
        removeFromRoom: others && canEditRoster && invited === true && enabled('removeParticipant'),
        removeFromCall: others && joined && enabled('removeParticipant'),
        mute: others && joined && !muted && enabled('muteOthers'),
        invite: others && call !== undefined && invited === true && !joined && enabled('inviteParticipant'),
      },
    };
  };

  const invited = (data.roster ?? []).map((p) => person(p.id, 'invited'));
  const joinedIds = [...(call ? [localUserId] : []), ...remoteIds.filter((pid) => pid !== localUserId)];
  const joined = joinedIds.map((pid) => person(pid, 'joined'));
  const nameOf = (pid: string): string => data.people.get(pid)?.displayName ?? remote.get(pid)?.name ?? pid;

  const mark = useCallback((pid: string, on: boolean) => {
    setPending((before) => {
      const next = new Set(before);
      if (on) next.add(pid);
      else next.delete(pid);
      return next;
    });
  }, []);

  const fail = (operation: Operation, pid: string, thrown: unknown): void => {
    const roomsError: RoomsError = toRoomsError(thrown);
    const templates: Record<Operation, string> = {
      role: s.roleChangeFailed,
      remove: s.removeFailed,
      removeFromCall: s.removeFailed,
      mute: s.muteFailed,
      invite: s.inviteFailed,
    };
    const template = templates[operation];
    setStatus(undefined);
    setError(format(template, { name: nameOf(pid), error: strings.errors[roomsError.code] }));
  };

  const roleMutation = useMutation(
    (signal, pid: string, role: RoomRole) => {
      if (!roomsAdapter || !roomId) return Promise.resolve();
      return roomsAdapter.upsertParticipants(roomId, [{ id: pid, role }], { signal });
    },
    {
      optimistic: (pid, role) => {
        mark(pid, true);
        return data.updateRoster((roster) => roster.map((p) => (p.id === pid ? { ...p, role } : p)));
      },
      onSuccess: (_result, pid, role) => {
        mark(pid, false);
        setError(undefined);
        setStatus(format(s.roleChangeDone, { name: nameOf(pid), role: strings.organisers.roles[role].inSentence }));
      },
      onError: (failure, pid, _role) => {
        mark(pid, false);
        fail('role', pid, failure);
      },
    },
  );

  const removeMutation = useMutation(
    async (signal, pid: string, wasJoined: boolean) => {
      if (!roomsAdapter || !roomId) return;
      await roomsAdapter.removeParticipants(roomId, [pid], { signal });
      // The roster change is what keeps them out; the call removal makes it take effect at once.
      if (wasJoined) await callAdapter.removeParticipant(pid);
    },
    {
      optimistic: (pid, _wasJoined) => {
        mark(pid, true);
        return data.updateRoster((roster) => roster.filter((p) => p.id !== pid));
      },
      onSuccess: (_result, pid, _wasJoined) => {
        mark(pid, false);
        setError(undefined);
        setStatus(format(s.removeDone, { name: nameOf(pid) }));
      },
      onError: (failure, pid, _wasJoined) => {
        mark(pid, false);
        fail('remove', pid, failure);
      },
    },
  );

  const callOperation = (operation: Operation, pid: string, run: () => Promise<void>, done?: string): void => {
    mark(pid, true);
    run().then(
      () => {
        mark(pid, false);
        setError(undefined);
        setStatus(done);
      },
      (thrown: unknown) => {
        mark(pid, false);
        fail(operation, pid, thrown);
      },
    );
  };

  const confirmingRemoval = confirming === undefined ? undefined : person(confirming, 'invited');

  return {
    open,
    setOpen,
    id: `${id}-people`,
    invited,
    joined,
    rosterKnown: data.roster !== undefined,
    changeRole: (pid, role) => void roleMutation.run(pid, role),
    requestRemove: (pid) => setConfirming(pid),
    confirmingRemoval,
    confirmRemove: () => {
      if (!confirmingRemoval) return;
      setConfirming(undefined);
      void removeMutation.run(confirmingRemoval.id, confirmingRemoval.joined);
    },
    cancelRemove: () => setConfirming(undefined),
    removeFromCall: (pid) => callOperation('removeFromCall', pid, () => callAdapter.removeParticipant(pid)),
    mute: (pid) => callOperation('mute', pid, () => callAdapter.muteParticipant(pid)),
    invite: (pid) =>
      callOperation(
        'invite',
        pid,
        () => callAdapter.addParticipant({ communicationUserId: pid }),
        format(s.inviteDone, { name: nameOf(pid) }),
      ),
    error,
    dismissError: () => setError(undefined),
    status,
  };
}
