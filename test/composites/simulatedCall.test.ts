import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { CallAdapter, CallAdapterState } from '@azure/communication-react';
import { createInMemoryRoomsAdapter, makeUserId } from '../../src/adapter/inMemory';
import { decideCallControls } from '../../src/core/callControls';
import { ROOM_ROLES } from '../../src/core/roles';
import {
  createSimulatedCallAdapter,
  SDK_CAPABILITY_NAMES,
  simulatedCapabilities,
  type SimulatedCallAdapter,
} from '../../src/composites/simulatedCall';

const NOW = new Date('2025-06-02T09:00:00Z');
const now = (): Date => NOW;
const me = makeUserId(1, 5);
const ada = makeUserId(2, 5);
const ben = makeUserId(3, 5);
const cy = makeUserId(4, 5);

const adapters: SimulatedCallAdapter[] = [];
function simulate(options: Parameters<typeof createSimulatedCallAdapter>[0]): SimulatedCallAdapter {
  const adapter = createSimulatedCallAdapter({ now, ...options });
  adapters.push(adapter);
  return adapter;
}
afterEach(() => {
  adapters.splice(0).forEach((a) => a.dispose());
  vi.useRealTimers();
});

function events(adapter: CallAdapter, names: readonly string[]): Array<[string, unknown]> {
  const seen: Array<[string, unknown]> = [];
  for (const name of names) {
    adapter.on(
      name as 'roleChanged',
      ((payload: unknown) => {
        seen.push([name, payload]);
      }) as () => void,
    );
  }
  return seen;
}

async function roomWith(
  participants: Array<{ id: string; role: 'Presenter' | 'Attendee' | 'Consumer' | 'Collaborator' }>,
) {
  const rooms = createInMemoryRoomsAdapter({
    now,
    seed: 3,
    people: [
      { id: me, displayName: 'Mina Local' },
      { id: ada, displayName: 'Ada Remote' },
      { id: ben, displayName: 'Ben Remote' },
      { id: cy, displayName: 'Cy Remote' },
    ],
  });
  const room = await rooms.createRoom({ participants });
  return { rooms, roomId: room.id };
}

describe('createSimulatedCallAdapter', () => {
  it('is a complete CallAdapter (checked by the compiler) that starts on the configuration page of a rooms call', () => {
    expectTypeOf<SimulatedCallAdapter>().toExtend<CallAdapter>();
    const call = simulate({ userId: me });
    const state = call.getState();
    expect(state.page).toBe('configuration');
    expect(state.isRoomsCall).toBe(true);
    expect(state.call).toBeUndefined();
    expect(state.userId).toEqual({ kind: 'communicationUser', communicationUserId: me });
  });

  it('joins the call, with the role and the capabilities that follow from it', () => {
    const call = simulate({ userId: me, role: 'Collaborator' });
    const seen = events(call, ['callIdChanged']);
    call.joinCall({ microphoneOn: false, cameraOn: false });
    const state = call.getState();
    expect(state.page).toBe('call');
    expect(state.call?.state).toBe('Connected');
    expect(state.call?.role).toBe('Collaborator');
    expect(state.call?.capabilitiesFeature?.capabilities.shareScreen).toEqual({ isPresent: true, reason: 'Capable' });
    expect(state.call?.capabilitiesFeature?.capabilities.muteOthers).toEqual({
      isPresent: false,
      reason: 'RoleRestricted',
    });
    expect(seen).toEqual([['callIdChanged', { callId: 'simulated-room-call' }]]);
  });

  it('reports, for each role, capabilities that agree with the role matrix on every control the kit shows', () => {
    for (const role of ROOM_ROLES) {
      const reported = simulatedCapabilities(role, { removeParticipantNotApplicable: false });
      expect(Object.keys(reported).sort()).toEqual([...SDK_CAPABILITY_NAMES].sort());
      const status = (decisions: ReturnType<typeof decideCallControls>): Record<string, string> =>
        Object.fromEntries(Object.values(decisions).map((d) => [d.control, d.status]));
      expect(status(decideCallControls({ role, reported })), role).toEqual(status(decideCallControls({ role })));
    }
  });

  it('reproduces the SDK reporting a room Presenter’s removeParticipant as not applicable, unless told not to', () => {
    expect(simulatedCapabilities('Presenter').removeParticipant).toEqual({
      isPresent: false,
      reason: 'CapabilityNotApplicableForTheCallType',
    });
    expect(
      simulatedCapabilities('Presenter', { removeParticipantNotApplicable: false }).removeParticipant.isPresent,
    ).toBe(true);
    expect(simulatedCapabilities('Unknown').unmuteMic).toEqual({ isPresent: false, reason: 'NotInitialized' });
    expect(simulatedCapabilities('Presenter').pstnDialOut.isPresent).toBe(false);
    expect(simulatedCapabilities('Presenter', { pstnDialOutEnabled: true }).pstnDialOut.isPresent).toBe(true);
  });

  it('can simulate a call that reports no capabilities at all', () => {
    const call = simulate({ userId: me, role: 'Attendee', startOn: 'call', reportCapabilities: false });
    expect(call.getState().call?.capabilitiesFeature).toBeUndefined();
  });

  it('lets remote participants join, speak, mute, raise a hand and leave, with the SDK’s events', () => {
    const call = simulate({ userId: me, role: 'Presenter', startOn: 'call' });
    const seen = events(call, ['participantsJoined', 'participantsLeft', 'isSpeakingChanged', 'isMutedChanged']);
    call.addRemoteParticipant({ id: ada, displayName: 'Ada' });
    call.setSpeaking(ada, true);
    call.setRemoteHandRaised(ada, true);
    let remote = call.getState().call?.remoteParticipants[ada];
    expect(remote).toMatchObject({
      displayName: 'Ada',
      isSpeaking: true,
      isMuted: false,
      state: 'Connected',
      role: 'Attendee',
    });
    expect(remote?.raisedHand).toEqual({ raisedHandOrderPosition: 1 });
    expect(call.getState().call?.dominantSpeakers?.speakersList).toEqual([
      { kind: 'communicationUser', communicationUserId: ada },
    ]);
    call.setRemoteMuted(ada, true);
    remote = call.getState().call?.remoteParticipants[ada];
    expect(remote).toMatchObject({ isMuted: true, isSpeaking: false });
    call.removeRemoteParticipant(ada);
    expect(call.getState().call?.remoteParticipants[ada]).toBeUndefined();
    expect(call.getState().call?.remoteParticipantsEnded[ada]?.callEndReason).toEqual({ code: 0, subCode: 0 });
    expect(seen.map(([name]) => name)).toEqual([
      'participantsJoined',
      'isMutedChanged',
      'isSpeakingChanged',
      'isMutedChanged',
      'participantsLeft',
    ]);
    const joined = seen[0]?.[1] as { joined: Array<{ identifier: unknown; displayName?: string; role: string }> };
    expect(joined.joined[0]).toMatchObject({ displayName: 'Ada', role: 'Attendee' });
  });

  it('never lets a Consumer speak or unmute', () => {
    const call = simulate({ userId: me, role: 'Presenter', startOn: 'call' });
    call.addRemoteParticipant({ id: ada, role: 'Consumer', isMuted: false, isSpeaking: true });
    call.setSpeaking(ada, true);
    call.setRemoteMuted(ada, false);
    expect(call.getState().call?.remoteParticipants[ada]).toMatchObject({ isMuted: true, isSpeaking: false });
  });

  it('changes the local role as the service pushes it: roleChanged, then capabilitiesChanged with what changed', () => {
    const call = simulate({ userId: me, role: 'Presenter', startOn: 'call' });
    const seen = events(call, ['roleChanged', 'capabilitiesChanged']);
    void call.startScreenShare();
    expect(call.getState().call?.isScreenSharingOn).toBe(true);
    call.setLocalRole('Attendee');
    const state = call.getState().call;
    expect(state?.role).toBe('Attendee');
    expect(state?.capabilitiesFeature?.capabilities.shareScreen.isPresent).toBe(false);
    // What the new role may not use is taken away at once.
    expect(state?.isScreenSharingOn).toBe(false);
    expect(seen.map(([name]) => name)).toEqual(['roleChanged', 'capabilitiesChanged']);
    const change = seen[1]?.[1] as { reason: string; newValue: Record<string, { isPresent: boolean }> };
    expect(change.reason).toBe('RoleChanged');
    expect(change.newValue.shareScreen?.isPresent).toBe(false);
    expect(change.newValue.unmuteMic).toBeUndefined();
    expect(state?.capabilitiesFeature?.latestCapabilitiesChangeInfo).toEqual(change);
  });

  it('refuses what the role may not do, with an error event and the error in state, and records every operation', async () => {
    const call = simulate({ userId: me, role: 'Consumer', startOn: 'call' });
    const seen = events(call, ['error']);
    await call.unmute();
    await call.startCamera();
    await call.removeParticipant(ada);
    expect(call.getState().call?.isMuted).toBe(true);
    expect(call.getState().call?.localVideoStreams).toEqual([]);
    expect(Object.keys(call.getState().latestErrors).sort()).toEqual([
      'Call.removeParticipant',
      'Call.startVideo',
      'Call.unmute',
    ]);
    expect(seen).toHaveLength(3);
    expect(call.operations.map((o) => o.name)).toEqual(['unmute', 'startCamera', 'removeParticipant']);
  });

  it('lets a Presenter remove, mute and invite participants', async () => {
    const call = simulate({
      userId: me,
      role: 'Presenter',
      startOn: 'call',
      participants: [{ id: ada, isMuted: false }],
    });
    await call.muteParticipant(ada);
    expect(call.getState().call?.remoteParticipants[ada]?.isMuted).toBe(true);
    await call.addParticipant({ communicationUserId: ben });
    expect(call.remoteParticipantIds()).toEqual([ada, ben]);
    await call.removeParticipant({ communicationUserId: ada });
    expect(call.remoteParticipantIds()).toEqual([ben]);
    expect(call.getState().call?.remoteParticipantsEnded[ada]?.callEndReason).toEqual({ code: 0, subCode: 5300 });
    expect(call.getState().latestErrors).toEqual({});
  });

  it('leaves the call, and ends it with the removal reason the composite shows as "removed"', async () => {
    const left = simulate({ userId: me, role: 'Attendee', startOn: 'call' });
    const seen = events(left, ['callEnded']);
    await left.leaveCall();
    expect(left.getState().page).toBe('leftCall');
    expect(seen).toEqual([['callEnded', { callId: 'simulated-room-call', code: 0, subCode: 0 }]]);
    const removed = simulate({ userId: me, role: 'Attendee', startOn: 'call' });
    removed.endCall('removed');
    expect(removed.getState().page).toBe('removedFromCall');
    expect(removed.getState().endedCall?.callEndReason).toEqual({ code: 0, subCode: 5300 });
  });

  it('runs a script after joining, on the timers it is given', () => {
    vi.useFakeTimers();
    const call = simulate({
      userId: me,
      role: 'Attendee',
      script: [
        { afterMs: 1000, action: 'join', participant: { id: ada, displayName: 'Ada' } },
        { afterMs: 2000, action: 'speak', id: ada, speaking: true },
        { afterMs: 3000, action: 'setRole', role: 'Presenter' },
        { afterMs: 4000, action: 'leave', id: ada },
      ],
    });
    vi.advanceTimersByTime(5000);
    expect(call.remoteParticipantIds()).toEqual([]);
    call.joinCall();
    vi.advanceTimersByTime(1000);
    expect(call.remoteParticipantIds()).toEqual([ada]);
    vi.advanceTimersByTime(1000);
    expect(call.getState().call?.remoteParticipants[ada]?.isSpeaking).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(call.getState().call?.role).toBe('Presenter');
    vi.advanceTimersByTime(1000);
    expect(call.remoteParticipantIds()).toEqual([]);
  });

  it('makes background chatter that is the same for the same seed', () => {
    vi.useFakeTimers();
    const speakers = (seed: number): string[] => {
      const call = simulate({
        userId: me,
        role: 'Attendee',
        startOn: 'call',
        participants: [{ id: ada }, { id: ben }, { id: cy }],
        activity: { intervalMs: 100, seed },
      });
      const sequence: string[] = [];
      for (let i = 0; i < 12; i++) {
        vi.advanceTimersByTime(100);
        const speaking = Object.entries(call.getState().call?.remoteParticipants ?? {}).filter(([, p]) => p.isSpeaking);
        expect(speaking.length).toBe(1);
        sequence.push(speaking[0]?.[0] ?? '');
      }
      return sequence;
    };
    expect(speakers(7)).toEqual(speakers(7));
    expect(new Set(speakers(7)).size).toBeGreaterThan(1);
  });

  it('stops its timers and listeners when disposed', () => {
    vi.useFakeTimers();
    const call = simulate({
      userId: me,
      role: 'Attendee',
      startOn: 'call',
      script: [{ afterMs: 1000, action: 'join', participant: { id: ada } }],
    });
    const states: CallAdapterState[] = [];
    call.onStateChange((s) => states.push(s));
    call.dispose();
    vi.advanceTimersByTime(2000);
    expect(call.remoteParticipantIds()).toEqual([]);
    expect(states).toEqual([]);
  });
});

describe('createSimulatedCallAdapter with a RoomsAdapter', () => {
  it('takes the local role and everyone’s names from the roster', async () => {
    const { rooms, roomId } = await roomWith([
      { id: me, role: 'Consumer' },
      { id: ada, role: 'Collaborator' },
    ]);
    const call = simulate({ userId: me, roomsAdapter: rooms, roomId, participants: [{ id: ada }] });
    await call.ready;
    expect(call.getState().displayName).toBe('Mina Local');
    call.joinCall();
    expect(call.getState().call?.role).toBe('Consumer');
    expect(call.getState().call?.remoteParticipants[ada]).toMatchObject({
      displayName: 'Ada Remote',
      role: 'Collaborator',
    });
  });

  it('refuses someone who is not on the roster, as the service does', async () => {
    const { rooms, roomId } = await roomWith([{ id: ada, role: 'Presenter' }]);
    const call = simulate({ userId: me, roomsAdapter: rooms, roomId });
    await call.ready;
    call.joinCall();
    expect(call.getState().call).toBeUndefined();
    expect(call.getState().endedCall?.callEndReason).toEqual({ code: 403, subCode: 5828 });
  });

  it('pushes role changes made on the roster into the call', async () => {
    const { rooms, roomId } = await roomWith([
      { id: me, role: 'Attendee' },
      { id: ada, role: 'Attendee' },
    ]);
    const call = simulate({ userId: me, roomsAdapter: rooms, roomId, startOn: 'call', participants: [{ id: ada }] });
    await call.ready;
    const seen = events(call, ['roleChanged', 'capabilitiesChanged']);
    await rooms.upsertParticipants(roomId, [
      { id: me, role: 'Presenter' },
      { id: ada, role: 'Consumer' },
    ]);
    expect(call.getState().call?.role).toBe('Presenter');
    expect(call.getState().call?.capabilitiesFeature?.capabilities.muteOthers.isPresent).toBe(true);
    expect(call.getState().call?.remoteParticipants[ada]?.role).toBe('Consumer');
    expect(seen.map(([name]) => name)).toEqual(['roleChanged', 'capabilitiesChanged']);
  });

  it('ends the call for someone removed from the roster, and lets others see them leave', async () => {
    const { rooms, roomId } = await roomWith([
      { id: me, role: 'Attendee' },
      { id: ada, role: 'Attendee' },
    ]);
    const mine = simulate({ userId: me, roomsAdapter: rooms, roomId, startOn: 'call', participants: [{ id: ada }] });
    const theirs = simulate({ userId: ada, roomsAdapter: rooms, roomId, startOn: 'call', participants: [{ id: me }] });
    await Promise.all([mine.ready, theirs.ready]);
    await rooms.removeParticipants(roomId, [ada]);
    expect(theirs.getState().page).toBe('removedFromCall');
    expect(mine.remoteParticipantIds()).toEqual([]);
    expect(mine.getState().call?.remoteParticipantsEnded[ada]?.callEndReason?.subCode).toBe(5300);
  });

  it('ends the call when the room is deleted, and unsubscribes when disposed', async () => {
    const { rooms, roomId } = await roomWith([{ id: me, role: 'Attendee' }]);
    const call = simulate({ userId: me, roomsAdapter: rooms, roomId, startOn: 'call' });
    expect(rooms.subscriberCount(roomId)).toBe(1);
    // With the role on the roster, the call connects once the roster has been read.
    expect(call.getState().call).toBeUndefined();
    await call.ready;
    expect(call.getState().call?.role).toBe('Attendee');
    await rooms.deleteRoom(roomId);
    expect(call.getState().page).toBe('leftCall');
    expect(call.getState().endedCall?.callEndReason?.subCode).toBe(5829);
    call.dispose();
    expect(rooms.subscriberCount(roomId)).toBe(0);
  });
});
