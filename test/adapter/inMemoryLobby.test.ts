import { describe, expect, it } from 'vitest';
import {
  createInMemoryRoomsAdapter,
  defaultPerson,
  makeUserId,
  type InMemoryRoomsAdapterOptions,
} from '../../src/adapter/inMemory';
import type { RoomEvent } from '../../src/adapter/types';
import { isRoomsError, type RoomsError } from '../../src/core/errors';

const NOW = new Date('2026-12-02T17:00:00.000Z');
const MINUTE = 60_000;
const okafor = defaultPerson('Amara Okafor').id;
const [sam, lee, other] = [makeUserId(1), makeUserId(2), makeUserId(3)];

function setup(options: InMemoryRoomsAdapterOptions = {}) {
  let now = NOW.getTime();
  const clock = {
    advance: (ms: number) => {
      now += ms;
    },
  };
  const seedAdapter = (currentUser?: string) =>
    createInMemoryRoomsAdapter({
      now: () => new Date(now),
      seed: 5,
      rooms: [
        {
          room: { id: 'r1', validUntil: new Date(NOW.getTime() + 60 * MINUTE) },
          participants: [
            { id: okafor, role: 'Presenter' },
            { id: lee, role: 'Attendee' },
          ],
        },
        { room: { id: 'r2' }, participants: [{ id: other, role: 'Presenter' }] },
      ],
      ...(currentUser ? { currentUser } : {}),
      ...options,
    });
  return { clock, seedAdapter };
}

async function failure(promise: Promise<unknown> | (() => unknown)): Promise<RoomsError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (isRoomsError(error)) return error;
    throw error;
  }
  throw new Error('expected a RoomsError');
}

describe('in-memory knock to join', () => {
  it('says it has a lobby', () => {
    expect(createInMemoryRoomsAdapter().features.lobby).toBe(true);
  });

  it('lets someone off the roster ask, shows the presenter the request live, and admits them with the chosen role', async () => {
    const { seedAdapter } = setup();
    const presenter = seedAdapter(okafor);
    const heard: RoomEvent[] = [];
    presenter.subscribe('r1', (event) => heard.push(event));

    const request = presenter.knockAs('r1', sam, { displayName: 'Sam Patient', message: 'Running late' });
    expect(request).toMatchObject({ roomId: 'r1', userId: sam, status: 'pending', message: 'Running late' });
    expect(request.expiresAt.getTime() - NOW.getTime()).toBe(10 * MINUTE);
    expect(heard).toEqual([
      { type: 'joinRequestUpdated', roomId: 'r1', request },
      { type: 'lobbyChanged', roomId: 'r1', pendingCount: 1 },
    ]);

    expect(await presenter.listJoinRequests('r1')).toEqual([request]);
    heard.length = 0;
    const admitted = await presenter.admitJoinRequest('r1', request.id, { role: 'Consumer' });
    expect(admitted).toMatchObject({ status: 'admitted', role: 'Consumer', decidedBy: okafor });
    expect(admitted.decidedByName).toBe('Amara Okafor');
    expect(heard.map((e) => e.type)).toEqual(['joinRequestUpdated', 'lobbyChanged', 'participantsChanged']);
    expect(heard[2]).toMatchObject({ upserted: [{ id: sam, role: 'Consumer' }] });
    const roster = await presenter.listParticipants('r1');
    expect(roster.items).toContainEqual({ id: sam, role: 'Consumer' });
    expect(await presenter.listJoinRequests('r1')).toEqual([]);
    expect(presenter.calls.map((c) => c.operation)).toEqual([
      'listJoinRequests',
      'admitJoinRequest',
      'listParticipants',
      'listJoinRequests',
    ]);
  });

  it('admits as an Attendee unless a role is chosen', async () => {
    const presenter = setup().seedAdapter(okafor);
    const request = presenter.knockAs('r1', sam, { displayName: 'Sam' });
    expect((await presenter.admitJoinRequest('r1', request.id)).role).toBe('Attendee');
    expect((await presenter.listParticipants('r1')).items).toContainEqual({ id: sam, role: 'Attendee' });
  });

  it('lets the person who asks follow, withdraw and be told a decline with its reason', async () => {
    const { seedAdapter } = setup();
    const patient = seedAdapter(sam);
    const request = await patient.requestToJoin('r1', { displayName: 'Sam' });
    expect(await patient.getJoinRequest('r1', request.id)).toEqual(request);
    // Asking again while pending answers the same request.
    expect((await patient.requestToJoin('r1', { displayName: 'Sam again' })).id).toBe(request.id);

    const declined = patient.declineAs('r1', request.id, okafor, { reason: 'Please book a slot' });
    expect(declined).toMatchObject({ status: 'declined', reason: 'Please book a slot', decidedBy: okafor });
    expect(await patient.getJoinRequest('r1', request.id)).toMatchObject({ status: 'declined' });

    const tooSoon = await failure(patient.requestToJoin('r1', { displayName: 'Sam' }));
    expect(tooSoon).toMatchObject({ code: 'conflict', target: 'requestId' });
    expect(tooSoon.details.find((d) => d.code === 'AskAgainAt')).toMatchObject({
      target: 'askAgainAt',
      message: new Date(NOW.getTime() + MINUTE).toISOString(),
    });

    const lee2 = seedAdapter(makeUserId(9));
    const second = await lee2.requestToJoin('r1', { displayName: 'Nine' });
    expect((await lee2.cancelJoinRequest('r1', second.id)).status).toBe('cancelled');
  });

  it('shows an unanswered request as expired once its time is up, by the adapter’s clock', async () => {
    const { seedAdapter, clock } = setup({ lobbyPolicy: { requestTtlMs: 2 * MINUTE } });
    const patient = seedAdapter(sam);
    const heard: RoomEvent[] = [];
    patient.subscribe('r1', (event) => heard.push(event));
    const request = await patient.requestToJoin('r1', { displayName: 'Sam' });
    clock.advance(2 * MINUTE);
    heard.length = 0;
    expect(await patient.getJoinRequest('r1', request.id)).toMatchObject({ status: 'expired' });
    expect(heard).toContainEqual({ type: 'lobbyChanged', roomId: 'r1', pendingCount: 0 });
  });

  it('refuses without a signed-in user, to people who may not admit, and to presenters of another room', async () => {
    const { seedAdapter } = setup();
    const anonymous = seedAdapter();
    expect((await failure(anonymous.requestToJoin('r1', { displayName: 'Sam' }))).code).toBe('forbidden');
    expect((await failure(anonymous.listJoinRequests('r1'))).code).toBe('forbidden');

    for (const actor of [lee, other]) {
      const backend = seedAdapter(actor);
      const request = backend.knockAs('r1', sam, { displayName: 'Sam' });
      expect((await failure(backend.listJoinRequests('r1'))).code).toBe('forbidden');
      expect((await failure(backend.admitJoinRequest('r1', request.id))).code).toBe('forbidden');
      expect((await failure(backend.declineJoinRequest('r1', request.id))).code).toBe('forbidden');
      expect(await failure(backend.getJoinRequest('r1', request.id))).toMatchObject({
        code: 'notFound',
        target: 'requestId',
      });
      expect((await failure(backend.cancelJoinRequest('r1', request.id))).code).toBe('forbidden');
      expect((await failure(() => backend.admitAs('r1', request.id, actor))).code).toBe('forbidden');
      // Nothing was let in.
      expect((await backend.listParticipants('r1')).items.map((p) => p.id)).not.toContain(sam);
    }

    // Someone on the roster joins; they do not knock.
    const attendee = seedAdapter(lee);
    expect(await failure(attendee.requestToJoin('r1', { displayName: 'Lee' }))).toMatchObject({
      code: 'conflict',
      target: 'room',
    });
    expect((await failure(attendee.requestToJoin('nope', { displayName: 'x' }))).code).toBe('notFound');
  });

  it('keeps one pending request per person however often they ask, and lists a crowd in the order they knocked', async () => {
    const presenter = setup().seedAdapter(okafor);
    const first = presenter.knockAs('r1', sam, { displayName: 'Sam' });
    for (let i = 0; i < 1000; i++) expect(presenter.knockAs('r1', sam, { displayName: 'Sam' }).id).toBe(first.id);
    const crowd = Array.from({ length: 100 }, (_, i) => makeUserId(100 + i));
    for (const [i, userId] of crowd.entries()) presenter.knockAs('r1', userId, { displayName: `Person ${i}` });
    const pending = await presenter.listJoinRequests('r1');
    expect(pending.map((r) => r.userId)).toEqual([sam, ...crowd]);
  });

  it('refuses more than the lobby holds with unavailable', async () => {
    const presenter = setup({ lobbyPolicy: { maxPending: 2 } }).seedAdapter(okafor);
    presenter.knockAs('r1', makeUserId(20), { displayName: 'A' });
    presenter.knockAs('r1', makeUserId(21), { displayName: 'B' });
    expect(await failure(() => presenter.knockAs('r1', makeUserId(22), { displayName: 'C' }))).toMatchObject({
      code: 'unavailable',
      target: 'room',
    });
  });

  it('makes the same request ids from the same seed', () => {
    const ids = () => {
      const presenter = setup().seedAdapter(okafor);
      return [sam, lee, okafor].map((userId) => presenter.knockAs('r2', userId, { displayName: 'X' }).id);
    };
    const a = ids();
    expect(new Set(a).size).toBe(3);
    expect(ids()).toEqual(a);
  });

  it('closes the lobby when the room’s window ends or the room is deleted', async () => {
    const { seedAdapter, clock } = setup({ lobbyPolicy: { requestTtlMs: 120 * MINUTE } });
    const presenter = seedAdapter(okafor);
    const request = presenter.knockAs('r1', sam, { displayName: 'Sam' });
    clock.advance(61 * MINUTE);
    expect(await presenter.getJoinRequest('r1', request.id)).toMatchObject({ status: 'closed' });
    expect(await failure(() => presenter.knockAs('r1', lee, { displayName: 'Lee' }))).toMatchObject({
      code: 'conflict',
      target: 'room',
    });
    // Moving the window opens the door again.
    await presenter.updateRoom('r1', { validUntil: new Date(NOW.getTime() + 300 * MINUTE) });
    expect(presenter.knockAs('r1', makeUserId(30), { displayName: 'New' }).status).toBe('pending');

    const heard: RoomEvent[] = [];
    const waiting = presenter.knockAs('r2', sam, { displayName: 'Sam' });
    presenter.subscribe('r2', (event) => heard.push(event));
    await presenter.deleteRoom('r2');
    expect(heard).toContainEqual({
      type: 'joinRequestUpdated',
      roomId: 'r2',
      request: expect.objectContaining({ id: waiting.id, status: 'closed' }),
    });
    expect(heard.at(-1)).toEqual({ type: 'roomDeleted', roomId: 'r2' });
  });
});
