/**
 * What the call's moderation reads from a call adapter's state, and the way through the call where the backend does
 * not moderate. Plain functions over communication-react's state, so the hook stays about behaviour.
 */
import { getIdentifierRawId } from '@azure/communication-common';
import type { CallAdapter, CallAdapterState } from '@azure/communication-react';
import type { CallControlDecisions } from '../../core/callControls';
import { RoomsError } from '../../core/errors';
import type { CallModerationAction, CallModerationResult, CallModerationType } from '../../core/moderation';
import type { RoomCapability } from '../../core/roles';

type RemoteParticipants = NonNullable<CallAdapterState['call']>['remoteParticipants'];
type Stage = NonNullable<NonNullable<CallAdapterState['call']>['spotlight']>['spotlightedParticipants'];

/** Who is in the call, their place in the queue of hands (-1 while down), and who is on the main stage. */
export interface CallStage {
  readonly handOrder: ReadonlyArray<{ readonly id: string; readonly position: number }>;
  readonly spotlit: ReadonlySet<string>;
}

/**
 * Reads the queue of hands and the main stage from the call: the stage from the call's list and from each
 * participant's own mark, whichever the adapter fills in.
 */
export function callStageOf(remote: RemoteParticipants | undefined, stage: Stage | undefined): CallStage {
  const handOrder: Array<{ id: string; position: number }> = [];
  const spotlit = new Set<string>((stage ?? []).map((p) => getIdentifierRawId(p.identifier)));
  for (const p of Object.values(remote ?? {})) {
    if (p.state === 'Disconnected') continue;
    const id = getIdentifierRawId(p.identifier);
    handOrder.push({ id, position: p.raisedHand?.raisedHandOrderPosition ?? -1 });
    if (p.spotlight !== undefined) spotlit.add(id);
  }
  return { handOrder, spotlit };
}

type DeniedKey = 'deniedMuteOthers' | 'deniedRemoveParticipant' | 'deniedInviteParticipant';

/** The reason to give when a role lacks a capability moderation asks for. */
export function deniedReason(capability: RoomCapability): DeniedKey {
  if (capability === 'removeParticipant') return 'deniedRemoveParticipant';
  if (capability === 'inviteParticipant') return 'deniedInviteParticipant';
  return 'deniedMuteOthers';
}

/** The actions a call adapter can take itself, and the control whose verdict allows each. */
export const THROUGH_CALL: Readonly<Partial<Record<CallModerationType, keyof CallControlDecisions>>> = {
  mute: 'muteOthers',
  muteAll: 'muteOthers',
  remove: 'removeParticipant',
};

/** Takes an action through the call adapter, where the backend does not moderate; refuses the ones it cannot take. */
export function moderateThroughCall(
  callAdapter: CallAdapter,
  action: CallModerationAction,
  unsupported: string,
): Promise<CallModerationResult> {
  const done = { affected: 1 };
  if (action.type === 'mute') return callAdapter.muteParticipant(action.userId).then(() => done);
  if (action.type === 'muteAll') return callAdapter.muteAllRemoteParticipants().then(() => done);
  if (action.type === 'remove') return callAdapter.removeParticipant(action.userId).then(() => done);
  return Promise.reject(new RoomsError('unavailable', unsupported));
}
