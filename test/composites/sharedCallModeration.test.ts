import { afterEach, describe, expect, it } from 'vitest';
import { getIdentifierRawId } from '@azure/communication-common';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import { isRoomsError } from '../../src/core/errors';
import type { SharedCallNotice } from '../../src/core/sharedCall';
import {
  createSimulatedCallAdapter,
  sharedCallHubFor,
  type SimulatedCallAdapter,
} from '../../src/composites/simulatedCall';

const NOW = new Date('2026-12-02T17:00:00Z');
const now = (): Date => NOW;
const okafor = makeUserId(1, 9);
const sam = makeUserId(2, 9);
const lee = makeUserId(3, 9);

const adapters: SimulatedCallAdapter[] = [];
afterEach(() => {
  adapters.splice(0).forEach((a) => a.dispose());
});

async function clinic(): Promise<{ rooms: InMemoryRoomsAdapter; roomId: string }> {
  const rooms = createInMemoryRoomsAdapter({
    now,
    seed: 9,
    currentUser: okafor,
    people: [
      { id: okafor, displayName: 'Dr. Okafor' },
      { id: sam, displayName: 'Sam Patel' },
      { id: lee, displayName: 'Lee Chen' },
    ],
  });
  const room = await rooms.createRoom({
    participants: [
      { id: okafor, role: 'Presenter' },
      { id: sam, role: 'Attendee' },
      { id: lee, role: 'Consumer' },
    ],
  });
  return { rooms, roomId: room.id };
}

async function joinAs(rooms: InMemoryRoomsAdapter, roomId: string, userId: string) {
  const call = createSimulatedCallAdapter({
    userId,
    roomsAdapter: rooms,
    roomId,
    startOn: 'call',
    now,
    onCallEvent: rooms.reportCallEvent,
  });
  adapters.push(call);
  await call.ready;
  const notices: SharedCallNotice[] = [];
  call.onNotice((notice) => notices.push(notice));
  return { call, notices };
}

describe('moderating the shared simulated call through the in-memory backend', () => {
  it('mutes someone and tells them who did it', async () => {
    const { rooms, roomId } = await clinic();
    await joinAs(rooms, roomId, okafor);
    const patient = await joinAs(rooms, roomId, sam);
    await patient.call.unmute();
    expect(patient.call.getState().call?.isMuted).toBe(false);

    expect(await rooms.moderateCall(roomId, { type: 'mute', userId: sam })).toEqual({ affected: 1 });
    expect(patient.call.getState().call?.isMuted).toBe(true);
    expect(patient.notices).toEqual([
      expect.objectContaining({ type: 'mutedByOthers', by: okafor, byName: 'Dr. Okafor' }),
    ]);
  });

  it('lowers a raised hand, telling its owner, and lowers every hand at once', async () => {
    const { rooms, roomId } = await clinic();
    const host = await joinAs(rooms, roomId, okafor);
    const patient = await joinAs(rooms, roomId, sam);
    await patient.call.raiseHand();
    expect(host.call.getState().call?.remoteParticipants[sam]?.raisedHand).toBeDefined();

    await rooms.moderateCall(roomId, { type: 'lowerHand', userId: sam });
    expect(patient.call.getState().call?.raiseHand.localParticipantRaisedHand).toBeUndefined();
    expect(host.call.getState().call?.remoteParticipants[sam]?.raisedHand).toBeUndefined();
    expect(patient.notices).toEqual([expect.objectContaining({ type: 'handLowered', byName: 'Dr. Okafor' })]);

    await patient.call.raiseHand();
    expect(await rooms.moderateCall(roomId, { type: 'lowerAllHands' })).toEqual({ affected: 1 });
    expect(patient.call.getState().call?.raiseHand.localParticipantRaisedHand).toBeUndefined();
  });

  it('spotlights someone for everyone, as communication-react reads it, and tells them', async () => {
    const { rooms, roomId } = await clinic();
    const host = await joinAs(rooms, roomId, okafor);
    const patient = await joinAs(rooms, roomId, sam);

    await rooms.moderateCall(roomId, { type: 'spotlight', userId: sam, on: true });
    const spotlight = host.call.getState().call?.spotlight;
    expect(spotlight?.spotlightedParticipants.map((p) => getIdentifierRawId(p.identifier))).toEqual([sam]);
    expect(host.call.getState().call?.remoteParticipants[sam]?.spotlight).toEqual({ spotlightedOrderPosition: 1 });
    expect(patient.call.getState().call?.spotlight?.localParticipantSpotlight).toEqual({ spotlightedOrderPosition: 1 });
    expect(patient.notices).toEqual([expect.objectContaining({ type: 'spotlightChanged', on: true })]);

    await rooms.moderateCall(roomId, { type: 'spotlight', userId: sam, on: false });
    expect(host.call.getState().call?.spotlight?.spotlightedParticipants).toEqual([]);
    expect(patient.notices.at(-1)).toMatchObject({ type: 'spotlightChanged', on: false });
  });

  it('removes someone from the call (not the roster), telling them who did it', async () => {
    const { rooms, roomId } = await clinic();
    const host = await joinAs(rooms, roomId, okafor);
    const patient = await joinAs(rooms, roomId, sam);
    await rooms.moderateCall(roomId, { type: 'remove', userId: sam });
    expect(patient.call.getState().page).toBe('removedFromCall');
    expect(patient.notices).toEqual([
      expect.objectContaining({ type: 'departed', reason: 'removed', by: okafor, byName: 'Dr. Okafor' }),
    ]);
    expect(host.call.remoteParticipantIds()).toEqual([]);
    expect((await rooms.listParticipants(roomId)).items.map((p) => p.id)).toContain(sam);

    const error = await rooms.moderateCall(roomId, { type: 'remove', userId: sam }).catch((e: unknown) => e);
    expect(isRoomsError(error) && [error.code, error.target]).toEqual(['conflict', 'userId']);
  });

  it('ends the call for everyone and closes the room, telling each person who ended it', async () => {
    const { rooms, roomId } = await clinic();
    const host = await joinAs(rooms, roomId, okafor);
    const patient = await joinAs(rooms, roomId, sam);
    const listener = await joinAs(rooms, roomId, lee);
    const result = await rooms.moderateCall(roomId, { type: 'endForEveryone', closeRoom: true });
    expect(result.affected).toBe(3);
    for (const person of [host, patient, listener]) {
      expect(person.call.getState().call).toBeUndefined();
      expect(person.notices).toEqual([
        expect.objectContaining({ type: 'departed', reason: 'endedForEveryone', byName: 'Dr. Okafor' }),
      ]);
    }
    expect(sharedCallHubFor(rooms, roomId).state.members).toEqual([]);
    expect((await rooms.getRoom(roomId)).validUntil).toEqual(result.closedAt);
  });

  it('lets a listener speak for this call and gives back their role when the call ends', async () => {
    const { rooms, roomId } = await clinic();
    const host = await joinAs(rooms, roomId, okafor);
    const listener = await joinAs(rooms, roomId, lee);
    expect(await rooms.moderateCall(roomId, { type: 'inviteToSpeak', userId: lee })).toMatchObject({
      role: 'Attendee',
    });
    expect((await rooms.listParticipants(roomId)).items).toContainEqual({ id: lee, role: 'Attendee' });
    host.call.dispose();
    listener.call.dispose();
    // The call ended when the last person left: the listener is a Consumer again.
    expect((await rooms.listParticipants(roomId)).items).toContainEqual({ id: lee, role: 'Consumer' });
  });

  it('answers that nobody can be moderated once the hub stops being the room’s call control', async () => {
    const { rooms, roomId } = await clinic();
    await joinAs(rooms, roomId, okafor);
    sharedCallHubFor(rooms, roomId).detach();
    const error = await rooms.moderateCall(roomId, { type: 'muteAll' }).catch((e: unknown) => e);
    expect(isRoomsError(error) && error.code).toBe('unavailable');
  });
});
