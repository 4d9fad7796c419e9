import { describe, expect, it } from 'vitest';
import { createInMemoryRoomsAdapter, defaultPerson, makeUserId } from '../../src/adapter/inMemory';
import type { RoomCallEvent, RoomEvent } from '../../src/adapter/types';
import { isRoomsError, type RoomsError } from '../../src/core/errors';
import type { CallActor, CallControlAction, RoomCallControl } from '../../src/core/moderation';

const NOW = new Date('2026-12-02T17:00:00.000Z');
const okafor = defaultPerson('Amara Okafor').id;
const [listener, attendee, other] = [makeUserId(1), makeUserId(2), makeUserId(3)];

function backend(currentUser: string | null = okafor) {
  return createInMemoryRoomsAdapter({
    now: () => new Date(NOW),
    seed: 3,
    ...(currentUser ? { currentUser } : {}),
    rooms: [
      {
        room: { id: 'r1' },
        participants: [
          { id: okafor, role: 'Presenter' },
          { id: listener, role: 'Consumer' },
          { id: attendee, role: 'Attendee' },
        ],
      },
      { room: { id: 'r2' }, participants: [{ id: other, role: 'Presenter' }] },
    ],
  });
}

function recordingControl(affected = 1) {
  const heard: { roomId: string; action: CallControlAction; by: CallActor }[] = [];
  const control: RoomCallControl = {
    control: (roomId, action, by) => {
      heard.push({ roomId, action, by });
      return Promise.resolve({ affected });
    },
  };
  return { control, heard };
}

async function failure(promise: Promise<unknown>): Promise<RoomsError> {
  try {
    await promise;
  } catch (error) {
    if (isRoomsError(error)) return error;
    throw error;
  }
  throw new Error('expected a RoomsError');
}

function left(userId: string): RoomCallEvent {
  return { type: 'participantLeft', roomId: 'r1', callId: 'c1', at: NOW, userId, participantId: `p-${userId}` };
}

async function roleOf(adapter: ReturnType<typeof backend>, userId: string) {
  return (await adapter.listParticipants('r1')).items.find((p) => p.id === userId)?.role;
}

describe('in-memory call moderation', () => {
  it('says it moderates calls', () => {
    expect(backend().features.moderation).toBe(true);
  });

  it('has the attached call carry out mute, remove, lower and spotlight in the presenter’s name', async () => {
    const adapter = backend();
    const { control, heard } = recordingControl(2);
    adapter.attachCallControl('r1', control);
    expect(await adapter.moderateCall('r1', { type: 'muteAll' })).toEqual({ affected: 2 });
    await adapter.moderateCall('r1', { type: 'remove', userId: attendee });
    await adapter.moderateCall('r1', { type: 'lowerAllHands' });
    await adapter.moderateCall('r1', { type: 'spotlight', userId: attendee, on: true });
    expect(heard.map((h) => h.action)).toEqual([
      { type: 'muteAll' },
      { type: 'remove', userId: attendee },
      { type: 'lowerAllHands' },
      { type: 'spotlight', userId: attendee, on: true },
    ]);
    expect(heard[0]).toMatchObject({ roomId: 'r1', by: { userId: okafor, displayName: 'Amara Okafor' } });
  });

  it('answers unavailable when no call is attached, and stops using a detached one', async () => {
    const adapter = backend();
    expect((await failure(adapter.moderateCall('r1', { type: 'muteAll' }))).code).toBe('unavailable');
    const { control, heard } = recordingControl();
    const detach = adapter.attachCallControl('r1', control);
    await adapter.moderateCall('r1', { type: 'mute', userId: attendee });
    detach();
    expect((await failure(adapter.moderateCall('r1', { type: 'mute', userId: attendee }))).code).toBe('unavailable');
    expect(heard).toHaveLength(1);
  });

  it('refuses anyone whose roster role lacks the capability, presenters of another room included', async () => {
    for (const actor of [null, attendee, listener, other]) {
      const adapter = backend(actor);
      const { control, heard } = recordingControl();
      adapter.attachCallControl('r1', control);
      for (const action of [
        { type: 'mute', userId: attendee },
        { type: 'muteAll' },
        { type: 'remove', userId: attendee },
        { type: 'lowerHand', userId: attendee },
        { type: 'spotlight', userId: attendee, on: true },
        { type: 'inviteToSpeak', userId: listener },
        { type: 'endForEveryone', closeRoom: true },
      ] as const) {
        expect((await failure(adapter.moderateCall('r1', action))).code).toBe('forbidden');
      }
      expect(heard).toEqual([]);
      expect(await roleOf(adapter, listener)).toBe('Consumer');
    }
  });

  it('invites a listener to speak and returns them to exactly the role they had', async () => {
    const adapter = backend();
    const heard: RoomEvent[] = [];
    adapter.subscribe('r1', (event) => heard.push(event));
    expect(await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: listener })).toEqual({
      affected: 1,
      role: 'Attendee',
    });
    expect(await roleOf(adapter, listener)).toBe('Attendee');
    expect(heard).toContainEqual(
      expect.objectContaining({ type: 'participantsChanged', upserted: [{ id: listener, role: 'Attendee' }] }),
    );
    // Invited again, to share a screen: returning still gives back the first role.
    expect((await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: listener })).role).toBe('Collaborator');
    expect(await adapter.moderateCall('r1', { type: 'returnToListener', userId: listener })).toEqual({
      affected: 1,
      role: 'Consumer',
    });
    expect(await roleOf(adapter, listener)).toBe('Consumer');
    expect(await failure(adapter.moderateCall('r1', { type: 'returnToListener', userId: listener }))).toMatchObject({
      code: 'conflict',
      target: 'userId',
    });
    expect(await failure(adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: okafor }))).toMatchObject({
      code: 'conflict',
    });
  });

  it('gives the role back when the call ends, when the person leaves, or when the presenter who invited them leaves', async () => {
    const adapter = backend();
    await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: listener });
    adapter.reportCallEvent({ type: 'callEnded', roomId: 'r1', callId: 'c1', at: NOW });
    expect(await roleOf(adapter, listener)).toBe('Consumer');

    await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: listener });
    await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: attendee });
    adapter.reportCallEvent(left(listener));
    expect(await roleOf(adapter, listener)).toBe('Consumer');
    expect(await roleOf(adapter, attendee)).toBe('Collaborator');
    adapter.reportCallEvent(left(okafor));
    expect(await roleOf(adapter, attendee)).toBe('Attendee');
  });

  it('leaves an organiser’s own role change standing when the grant ends', async () => {
    const adapter = backend();
    await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: listener });
    await adapter.upsertParticipants('r1', [{ id: listener, role: 'Presenter' }]);
    adapter.reportCallEvent({ type: 'callEnded', roomId: 'r1', callId: 'c1', at: NOW });
    expect(await roleOf(adapter, listener)).toBe('Presenter');
  });

  it('ends the call for everyone and, when asked, closes the room a minute from now and its lobby now', async () => {
    const adapter = backend();
    const { control, heard } = recordingControl(3);
    adapter.attachCallControl('r1', control);
    const waiting = adapter.knockAs('r1', makeUserId(9), { displayName: 'Late' });
    await adapter.moderateCall('r1', { type: 'inviteToSpeak', userId: listener });

    const result = await adapter.moderateCall('r1', { type: 'endForEveryone', closeRoom: true });
    expect(result).toEqual({ affected: 3, closedAt: new Date(NOW.getTime() + 60_000) });
    expect(heard.map((h) => h.action)).toEqual([{ type: 'endCall' }]);
    expect((await adapter.getRoom('r1')).validUntil).toEqual(result.closedAt);
    expect(await roleOf(adapter, listener)).toBe('Consumer');
    expect(await adapter.getJoinRequest('r1', waiting.id)).toMatchObject({ status: 'closed' });
    expect(() => adapter.knockAs('r1', makeUserId(10), { displayName: 'Later' })).toThrow(/closed/);

    const open = backend();
    open.attachCallControl('r1', recordingControl(2).control);
    expect(await open.moderateCall('r1', { type: 'endForEveryone', closeRoom: false })).toEqual({ affected: 2 });
    expect(open.knockAs('r1', makeUserId(9), { displayName: 'Late' }).status).toBe('pending');
  });
});
