/**
 * Moderating the local Rooms service's shared call from a server: the control route is signed with the resource's
 * access key like the Rooms API, and what it does reaches the members' streams with who did it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectLocalServiceCall,
  createSimulatedCallAdapter,
  type SimulatedCallAdapter,
} from '../../src/composites/simulatedCall';
import { isRoomsError } from '../../src/core/errors';
import type { SharedCallNotice } from '../../src/core/sharedCall';
import { createLocalServiceCallControl, createRoomsEmulator, type RoomsEmulator } from '../../src/emulator';
import { IDENTITY, ROOMS, signedFetch } from './signedFetch';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// The service's clock for room rules, moved by the test to end a room's window.
let offsetMs = 0;
const serviceNow = (): Date => new Date(Date.now() + offsetMs);

async function emulatorWith(): Promise<RoomsEmulator> {
  offsetMs = 0;
  const emulator = await createRoomsEmulator({ callPresenceGraceMs: 0, onError: () => undefined, now: serviceNow });
  cleanups.push(() => emulator.close());
  return emulator;
}

async function userWithToken(emulator: RoomsEmulator): Promise<{ id: string; token: string }> {
  const answer = await signedFetch(emulator, 'POST', `/identities?${IDENTITY}`, {
    body: { createTokenWithScopes: ['voip'] },
  });
  const created = answer.json as { identity: { id: string }; accessToken: { token: string } };
  return { id: created.identity.id, token: created.accessToken.token };
}

async function roomWith(emulator: RoomsEmulator, participants: Record<string, string>): Promise<string> {
  const body = { participants: Object.fromEntries(Object.entries(participants).map(([id, role]) => [id, { role }])) };
  const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { body });
  expect(answer.status).toBe(201);
  return (answer.json as { id: string }).id;
}

interface Member {
  call: SimulatedCallAdapter;
  notices: SharedCallNotice[];
}

function join(emulator: RoomsEmulator, roomId: string, user: { id: string; token: string }): Member {
  const connection = connectLocalServiceCall({ baseUrl: emulator.url, roomId, token: user.token, retryDelayMs: 50 });
  cleanups.push(() => connection.close());
  const call = createSimulatedCallAdapter({ userId: user.id, startOn: 'call', sharedCall: connection });
  cleanups.push(() => call.dispose());
  const notices: SharedCallNotice[] = [];
  call.onNotice((notice) => notices.push(notice));
  return { call, notices };
}

/** Resolves once `check` holds for the adapter's state, checked on every change. */
function until(call: SimulatedCallAdapter, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = (): void => {
      if (!check()) return;
      call.offStateChange(look);
      resolve();
    };
    call.onStateChange(look);
    look();
  });
}

const remote = (call: SimulatedCallAdapter, id: string) => call.getState().call?.remoteParticipants[id];

async function consultation() {
  const emulator = await emulatorWith();
  const [doctor, patient, carer] = [
    await userWithToken(emulator),
    await userWithToken(emulator),
    await userWithToken(emulator),
  ];
  const roomId = await roomWith(emulator, {
    [doctor.id]: 'Presenter',
    [patient.id]: 'Attendee',
    [carer.id]: 'Attendee',
  });
  const host = join(emulator, roomId, doctor);
  const guest = join(emulator, roomId, patient);
  const other = join(emulator, roomId, carer);
  await until(
    host.call,
    () => remote(host.call, patient.id) !== undefined && remote(host.call, carer.id) !== undefined,
  );
  await until(guest.call, () => remote(guest.call, doctor.id) !== undefined);
  await until(other.call, () => remote(other.call, doctor.id) !== undefined);
  const control = createLocalServiceCallControl({ connectionString: emulator.connectionString });
  const by = { userId: doctor.id, displayName: 'Dr. Okafor' };
  return { emulator, roomId, doctor, patient, carer, host, guest, other, control, by };
}

describe('the local service’s call control', () => {
  it('refuses a request not signed with the resource’s access key', async () => {
    const { emulator, roomId, doctor } = await consultation();
    const body = { action: { type: 'muteAll' }, by: { userId: doctor.id } };
    const path = `/calling/rooms/${roomId}/control`;
    const wrongKey = Buffer.alloc(64, 7).toString('base64');
    expect((await signedFetch(emulator, 'POST', path, { body, accessKey: wrongKey })).status).toBe(401);
    expect((await signedFetch(emulator, 'POST', path, { body, unsigned: true })).status).toBe(401);
    expect(
      (await signedFetch(emulator, 'POST', path, { body, tamperBody: JSON.stringify({ ...body, x: 1 }) })).status,
    ).toBe(401);
    // A member's own access token is not the resource's key either.
    const { token } = await userWithToken(emulator);
    const bearer = await fetch(new URL(path, emulator.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(bearer.status).toBe(401);
    const badKeyControl = createLocalServiceCallControl({
      connectionString: `endpoint=${emulator.url};accesskey=${wrongKey}`,
    });
    const error = await badKeyControl.control(roomId, { type: 'muteAll' }, { userId: doctor.id }).catch((e) => e);
    expect(isRoomsError(error) && error.code).toBe('forbidden');
  });

  it('answers a bad action or actor with 400, and an unknown room as the service does', async () => {
    const { emulator, roomId, doctor, control } = await consultation();
    const path = `/calling/rooms/${roomId}/control`;
    const bad = await signedFetch(emulator, 'POST', path, {
      body: { action: { type: 'dance' }, by: { userId: doctor.id } },
    });
    expect(bad.status).toBe(400);
    const noActor = await signedFetch(emulator, 'POST', path, { body: { action: { type: 'muteAll' } } });
    expect(noActor.status).toBe(400);
    const error = await control.control('404', { type: 'muteAll' }, { userId: doctor.id }).catch((e) => e);
    expect(isRoomsError(error) && error.code).toBe('notFound');
  });

  it('mutes one person and then everyone, each told who did it on their stream', async () => {
    const { patient, carer, host, guest, other, control, roomId, by } = await consultation();
    await guest.call.unmute();
    await other.call.unmute();
    await until(host.call, () => remote(host.call, patient.id)?.isMuted === false);
    await until(host.call, () => remote(host.call, carer.id)?.isMuted === false);

    expect(await control.control(roomId, { type: 'mute', userId: patient.id }, by)).toEqual({ affected: 1 });
    await until(guest.call, () => guest.call.getState().call?.isMuted === true);
    expect(guest.notices).toEqual([expect.objectContaining({ type: 'mutedByOthers', byName: 'Dr. Okafor' })]);
    expect(other.call.getState().call?.isMuted).toBe(false);

    expect(await control.control(roomId, { type: 'muteAll' }, by)).toEqual({ affected: 1 });
    await until(other.call, () => other.call.getState().call?.isMuted === true);
    expect(other.notices).toEqual([expect.objectContaining({ type: 'mutedByOthers', by: by.userId })]);
  });

  it('lowers hands, one and all, telling each owner', async () => {
    const { patient, carer, host, guest, other, control, roomId, by } = await consultation();
    await guest.call.raiseHand();
    await other.call.raiseHand();
    await until(host.call, () => remote(host.call, patient.id)?.raisedHand !== undefined);
    await until(host.call, () => remote(host.call, carer.id)?.raisedHand !== undefined);

    await control.control(roomId, { type: 'lowerHand', userId: patient.id }, by);
    await until(host.call, () => remote(host.call, patient.id)?.raisedHand === undefined);
    await until(guest.call, () => guest.notices.length > 0);
    expect(guest.notices).toEqual([expect.objectContaining({ type: 'handLowered', byName: 'Dr. Okafor' })]);
    expect(remote(host.call, carer.id)?.raisedHand).toBeDefined();

    expect(await control.control(roomId, { type: 'lowerAllHands' }, by)).toEqual({ affected: 1 });
    await until(host.call, () => remote(host.call, carer.id)?.raisedHand === undefined);
    await until(other.call, () => other.notices.length > 0);
    expect(other.notices[0]).toMatchObject({ type: 'handLowered', by: by.userId });
  });

  it('spotlights someone for everyone and tells them', async () => {
    const { patient, host, guest, control, roomId, by } = await consultation();
    await control.control(roomId, { type: 'spotlight', userId: patient.id, on: true }, by);
    await until(host.call, () => remote(host.call, patient.id)?.spotlight !== undefined);
    await until(guest.call, () => guest.call.getState().call?.spotlight?.localParticipantSpotlight !== undefined);
    expect(guest.notices).toEqual([
      expect.objectContaining({ type: 'spotlightChanged', on: true, byName: 'Dr. Okafor' }),
    ]);
  });

  it('removes someone, who is told who removed them, and refuses someone not in the call', async () => {
    const { patient, host, guest, control, roomId, by } = await consultation();
    expect(await control.control(roomId, { type: 'remove', userId: patient.id }, by)).toEqual({ affected: 1 });
    await until(guest.call, () => guest.call.getState().page === 'removedFromCall');
    expect(guest.notices).toEqual([
      expect.objectContaining({ type: 'departed', reason: 'removed', by: by.userId, byName: 'Dr. Okafor' }),
    ]);
    await until(host.call, () => remote(host.call, patient.id) === undefined);

    const error = await control.control(roomId, { type: 'remove', userId: patient.id }, by).catch((e) => e);
    expect(isRoomsError(error) && [error.code, error.target]).toEqual(['conflict', 'userId']);
  });

  it('ends the call for everyone, each told who ended it; a room whose window has ended takes no joins', async () => {
    const { emulator, roomId, doctor, host, guest, other, control, by } = await consultation();
    expect(await control.control(roomId, { type: 'endCall' }, by)).toEqual({ affected: 3 });
    for (const member of [host, guest, other]) {
      await until(member.call, () => member.call.getState().call === undefined);
      expect(member.notices).toEqual([
        expect.objectContaining({ type: 'departed', reason: 'endedForEveryone', byName: 'Dr. Okafor' }),
      ]);
    }

    // "End for everyone" with closing the room moves the window's end to a minute from now.
    const patched = await signedFetch(emulator, 'PATCH', `/rooms/${roomId}?${ROOMS}`, {
      body: { validUntil: new Date(serviceNow().getTime() + 60_000).toISOString() },
      headers: { 'content-type': 'application/merge-patch+json' },
    });
    expect(patched.status).toBe(200);
    offsetMs = 2 * 60_000;
    const rejoin = join(emulator, roomId, { id: doctor.id, token: await userToken(emulator, doctor.id) });
    await until(rejoin.call, () => rejoin.call.getState().endedCall !== undefined);
    expect(rejoin.call.getState().call).toBeUndefined();
    expect(rejoin.call.getState().endedCall?.callEndReason?.subCode).toBe(5829);
  });
});

async function userToken(emulator: RoomsEmulator, id: string): Promise<string> {
  const answer = await signedFetch(
    emulator,
    'POST',
    `/identities/${encodeURIComponent(id)}/:issueAccessToken?${IDENTITY}`,
    {
      body: { scopes: ['voip'] },
    },
  );
  return (answer.json as { token: string }).token;
}
