import { afterEach, describe, expect, it } from 'vitest';
import type { CallAdapter } from '@azure/communication-react';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { RoomRole } from '../../src/core/roles';
import type { RoomCallEvent } from '../../src/core/types';
import {
  createSharedCallHub,
  createSimulatedCallAdapter,
  sharedCallHubFor,
  type SimulatedCallAdapter,
  type SimulatedCallAdapterOptions,
} from '../../src/composites/simulatedCall';

const NOW = new Date('2026-12-02T17:00:00Z');
const now = (): Date => NOW;
const jose = makeUserId(1, 7);
const priya = makeUserId(2, 7);
const sofia = makeUserId(3, 7);
const bot = makeUserId(4, 7);

const adapters: SimulatedCallAdapter[] = [];
afterEach(() => {
  adapters.splice(0).forEach((a) => a.dispose());
});

function simulate(options: SimulatedCallAdapterOptions): SimulatedCallAdapter {
  const adapter = createSimulatedCallAdapter({ now, ...options });
  adapters.push(adapter);
  return adapter;
}

async function consult(roles: Partial<Record<string, RoomRole>> = {}) {
  const rooms = createInMemoryRoomsAdapter({
    now,
    seed: 7,
    people: [
      { id: jose, displayName: 'José Álvarez' },
      { id: priya, displayName: 'Priya Raman' },
      { id: sofia, displayName: 'Sofía Ramírez' },
      { id: bot, displayName: 'Scripted Bot' },
    ],
  });
  const room = await rooms.createRoom({
    participants: [
      { id: jose, role: roles[jose] ?? 'Presenter' },
      { id: priya, role: roles[priya] ?? 'Attendee' },
      { id: sofia, role: roles[sofia] ?? 'Collaborator' },
    ],
  });
  return { rooms, roomId: room.id };
}

/** Joins `userId` to the room's call once their role has been read from the roster. */
async function joinAs(rooms: InMemoryRoomsAdapter, roomId: string, userId: string, extra = {}) {
  const call = simulate({ userId, roomsAdapter: rooms, roomId, startOn: 'call', ...extra });
  await call.ready;
  expect(call.getState().page).toBe('call');
  return call;
}

function remote(call: CallAdapter, id: string) {
  return call.getState().call?.remoteParticipants[id];
}

function heard(adapter: CallAdapter, name: string): unknown[] {
  const seen: unknown[] = [];
  // Any event by name: the adapter's `on` is typed per event, and these tests only collect payloads.
  const on = adapter.on as (event: string, listener: (payload: unknown) => void) => void;
  on.call(adapter, name, (payload) => {
    seen.push(payload);
  });
  return seen;
}

describe('the shared simulated call', () => {
  it('puts two people who join one room in the same call, each seeing the other by name and role', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose);
    const joinedHost = heard(host, 'participantsJoined');
    expect(host.remoteParticipantIds()).toEqual([]);

    const patient = await joinAs(rooms, roomId, priya);
    expect(patient.remoteParticipantIds()).toEqual([jose]);
    expect(remote(patient, jose)).toMatchObject({ displayName: 'José Álvarez', role: 'Presenter', isMuted: true });
    expect(remote(host, priya)).toMatchObject({ displayName: 'Priya Raman', role: 'Attendee', state: 'Connected' });
    expect(joinedHost).toHaveLength(1);
    // Both are in one call, under one id.
    expect(patient.getState().call?.id).toBe(host.getState().call?.id);
  });

  it('shows each one’s microphone, speaking, hand, camera and screen share to the other, and their leaving', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose);
    const patient = await joinAs(rooms, roomId, priya);
    const mutes = heard(host, 'isMutedChanged');

    await patient.unmute();
    expect(remote(host, priya)?.isMuted).toBe(false);
    expect(mutes).toContainEqual({
      identifier: expect.objectContaining({ communicationUserId: priya }),
      isMuted: false,
    });

    await patient.setLocalSpeaking(true);
    expect(remote(host, priya)?.isSpeaking).toBe(true);
    expect(host.getState().call?.dominantSpeakers?.speakersList).toEqual([
      expect.objectContaining({ communicationUserId: priya }),
    ]);
    await patient.mute();
    expect(remote(host, priya)).toMatchObject({ isMuted: true, isSpeaking: false });

    await patient.raiseHand();
    await host.raiseHand();
    expect(remote(host, priya)?.raisedHand).toEqual({ raisedHandOrderPosition: expect.any(Number) });
    expect(patient.getState().call?.raiseHand.localParticipantRaisedHand).toBeDefined();
    expect(remote(patient, jose)?.raisedHand).toBeDefined();
    await patient.lowerHand();
    expect(remote(host, priya)?.raisedHand).toBeUndefined();

    await patient.startCamera();
    expect(Object.values(remote(host, priya)?.videoStreams ?? {})).toEqual([
      expect.objectContaining({ mediaStreamType: 'Video', isAvailable: true }),
    ]);

    await host.startScreenShare();
    expect(Object.values(remote(patient, jose)?.videoStreams ?? {})).toEqual([
      expect.objectContaining({ mediaStreamType: 'ScreenSharing', isAvailable: true }),
    ]);
    await host.stopScreenShare();
    expect(remote(patient, jose)?.videoStreams).toEqual({});

    const left = heard(host, 'participantsLeft');
    await patient.leaveCall();
    expect(host.remoteParticipantIds()).toEqual([]);
    expect(left).toHaveLength(1);
    expect(host.getState().call?.remoteParticipantsEnded[priya]?.callEndReason).toEqual({ code: 0, subCode: 0 });
  });

  it('lets one person share at a time: a second share is refused and rolled back', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose);
    const collaborator = await joinAs(rooms, roomId, sofia);
    await host.startScreenShare();
    const errors = heard(collaborator, 'error');
    await collaborator.startScreenShare();
    expect(collaborator.getState().call?.isScreenSharingOn).toBe(false);
    expect(errors).toEqual([
      expect.objectContaining({ target: 'Call.startScreenSharing', message: expect.stringMatching(/one person/) }),
    ]);
  });

  it('enforces a roster role change at once: a new Consumer is muted, loses the camera and cannot unmute', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose);
    const patient = await joinAs(rooms, roomId, priya);
    await patient.unmute();
    await patient.startCamera();
    await patient.raiseHand();
    const roleChanges = heard(patient, 'roleChanged');

    await rooms.upsertParticipants(roomId, [{ id: priya, role: 'Consumer' }]);
    const state = patient.getState().call;
    expect(state?.role).toBe('Consumer');
    expect(state?.isMuted).toBe(true);
    expect(state?.localVideoStreams).toEqual([]);
    expect(state?.raiseHand.localParticipantRaisedHand).toBeUndefined();
    expect(state?.capabilitiesFeature?.capabilities.unmuteMic.isPresent).toBe(false);
    expect(roleChanges).toHaveLength(1);
    expect(remote(host, priya)).toMatchObject({
      role: 'Consumer',
      isMuted: true,
      raisedHand: undefined,
      videoStreams: {},
    });

    await patient.unmute();
    expect(patient.getState().call?.isMuted).toBe(true);
    expect(remote(host, priya)?.isMuted).toBe(true);
  });

  it('lets a Presenter remove someone and mute others; an Attendee may do neither', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose);
    const patient = await joinAs(rooms, roomId, priya);
    const collaborator = await joinAs(rooms, roomId, sofia);
    await collaborator.unmute();
    const mutedByOthers = heard(collaborator, 'mutedByOthers');

    await patient.muteParticipant(sofia);
    expect(collaborator.getState().call?.isMuted).toBe(false);
    await host.muteParticipant(sofia);
    expect(collaborator.getState().call?.isMuted).toBe(true);
    expect(mutedByOthers).toHaveLength(1);

    await patient.removeParticipant(sofia);
    expect(collaborator.getState().page).toBe('call');
    const ended = heard(collaborator, 'callEnded');
    await host.removeParticipant(sofia);
    expect(collaborator.getState().page).toBe('removedFromCall');
    expect(ended).toEqual([expect.objectContaining({ subCode: 5300 })]);
    expect(host.remoteParticipantIds()).toEqual([priya]);
    expect(patient.remoteParticipantIds()).toEqual([jose]);
    expect(patient.getState().call?.remoteParticipantsEnded[sofia]?.callEndReason?.subCode).toBe(5300);
  });

  it('takes someone the roster removes out of everyone’s call', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose);
    const patient = await joinAs(rooms, roomId, priya);
    await rooms.removeParticipants(roomId, [priya]);
    expect(patient.getState().page).toBe('removedFromCall');
    expect(host.remoteParticipantIds()).toEqual([]);
  });

  it('keeps scripted participants to their own adapter, and lets the real person win over a stand-in', async () => {
    const { rooms, roomId } = await consult();
    const host = await joinAs(rooms, roomId, jose, { participants: [{ id: bot }, { id: priya, isSpeaking: true }] });
    expect(host.remoteParticipantIds().sort()).toEqual([bot, priya].sort());
    const joined = heard(host, 'participantsJoined');
    const patient = await joinAs(rooms, roomId, priya);
    expect(patient.remoteParticipantIds()).toEqual([jose]);
    // Priya's stand-in is now Priya herself: not a second join, and what she does shows.
    expect(joined).toEqual([]);
    expect(remote(host, priya)?.isSpeaking).toBe(false);
    await patient.leaveCall();
    expect(host.remoteParticipantIds()).toEqual([bot]);
  });

  it('keeps each backend’s calls apart, and lets a call be kept to oneself', async () => {
    const first = await consult();
    const second = await consult();
    await joinAs(first.rooms, first.roomId, jose);
    const elsewhere = await joinAs(second.rooms, second.roomId, priya);
    expect(elsewhere.remoteParticipantIds()).toEqual([]);
    const alone = await joinAs(first.rooms, first.roomId, sofia, { sharedCall: false });
    expect(alone.remoteParticipantIds()).toEqual([]);
    expect(sharedCallHubFor(first.rooms, first.roomId).state.members.map((m) => m.userId)).toEqual([jose]);
  });

  it('reports the call’s events once each, into the backend’s activity', async () => {
    const { rooms, roomId } = await consult();
    const seen: RoomCallEvent[] = [];
    const sink = (event: RoomCallEvent): void => {
      seen.push(event);
      rooms.reportCallEvent(event);
    };
    const host = await joinAs(rooms, roomId, jose, { onCallEvent: sink });
    const patient = await joinAs(rooms, roomId, priya, { onCallEvent: sink });
    expect((await rooms.getRoom(roomId)).call).toMatchObject({ participantCount: 2 });
    await patient.leaveCall();
    await host.leaveCall();
    expect(seen.map((e) => e.type)).toEqual([
      'callStarted',
      'participantJoined',
      'participantJoined',
      'participantLeft',
      'participantLeft',
      'callEnded',
    ]);
    const activity = await rooms.getRoomActivity(roomId);
    expect(activity.calls).toHaveLength(1);
    expect(activity.calls[0]?.attendees.map((a) => a.userId)).toEqual([jose, priya]);
    expect((await rooms.getRoom(roomId)).call).toBeUndefined();
  });

  it('shares an explicit hub without any backend, and leaves it when the adapter is disposed', () => {
    const hub = createSharedCallHub({ roomId: 'no-backend', now });
    const ada = simulate({ userId: jose, role: 'Presenter', sharedCall: hub, startOn: 'call' });
    const ben = simulate({ userId: priya, role: 'Attendee', sharedCall: hub, startOn: 'call' });
    expect(ada.remoteParticipantIds()).toEqual([priya]);
    expect(ben.remoteParticipantIds()).toEqual([jose]);
    ben.dispose();
    expect(ada.remoteParticipantIds()).toEqual([]);
    expect(hub.state.members.map((m) => m.userId)).toEqual([jose]);
  });
});
