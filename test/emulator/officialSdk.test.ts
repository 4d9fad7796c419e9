/**
 * The official SDKs, unmodified, drive the local Rooms service through every operation they have, and a client with
 * the wrong access key is refused.
 */
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient, type RoomParticipant } from '@azure/communication-rooms';
import type { CommunicationUserIdentifier } from '@azure/communication-common';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomsEmulator, type RoomsEmulator } from '../../src/emulator';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

let emulator: RoomsEmulator;
let rooms: RoomsClient;
let identity: CommunicationIdentityClient;

beforeEach(async () => {
  // Small pages with an empty page now and then, so the SDK's paging has to follow nextLink past both.
  emulator = await createRoomsEmulator({ pageSize: 2, emptyPageEvery: 1 });
  rooms = new RoomsClient(emulator.connectionString, { allowInsecureConnection: true });
  identity = new CommunicationIdentityClient(emulator.connectionString, { allowInsecureConnection: true });
});

afterEach(async () => {
  await emulator.close();
});

function rawIdOf(participant: RoomParticipant): string {
  return (participant.id as CommunicationUserIdentifier).communicationUserId;
}

async function roster(roomId: string): Promise<Array<{ id: string; role: string | undefined }>> {
  const all = [];
  for await (const p of rooms.listParticipants(roomId)) all.push({ id: rawIdOf(p), role: p.role });
  return all.sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('the official Identity SDK against the local service', () => {
  it('creates users, with and without a token, issues and revokes tokens, and deletes users', async () => {
    const user = await identity.createUser();
    expect(user.communicationUserId).toMatch(/^8:acs:[0-9a-f-]{36}_[0-9a-f-]{36}$/);

    const withToken = await identity.createUserAndToken(['voip'], { tokenExpiresInMinutes: 60 });
    expect(withToken.user.communicationUserId).not.toBe(user.communicationUserId);
    expect(withToken.token.split('.')).toHaveLength(3);
    expect(withToken.expiresOn.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(withToken.expiresOn.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);

    const token = await identity.getToken(user, ['voip', 'chat']);
    const payload = JSON.parse(Buffer.from(token.token.split('.')[1] ?? '', 'base64url').toString()) as {
      skypeid: string;
      exp: number;
    };
    expect(payload.skypeid).toBe(user.communicationUserId.replace(/^8:/, ''));
    expect(payload.exp * 1000).toBe(Math.floor(token.expiresOn.getTime() / 1000) * 1000);

    await expect(identity.revokeTokens(user)).resolves.toBeUndefined();
    await identity.deleteUser(user);
    await expect(identity.getToken(user, ['voip'])).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses a token scope the service does not have', async () => {
    const user = await identity.createUser();
    await expect(identity.getToken(user, ['sms' as 'voip'])).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
    });
  });
});

describe('the official Rooms SDK against the local service', () => {
  it('creates a room with the service defaults and reads it back', async () => {
    const before = Date.now();
    const room = await rooms.createRoom();
    expect(room.validUntil.getTime() - room.validFrom.getTime()).toBe(180 * DAY_MS);
    expect(room.validFrom.getTime()).toBeGreaterThanOrEqual(before);
    expect(room.pstnDialOutEnabled).toBe(false);
    expect(room.id).toMatch(/^[1-9]\d{16}$/);
    expect(await rooms.getRoom(room.id)).toEqual(room);
  });

  it('creates, updates, lists and deletes rooms through every SDK operation', async () => {
    const users = await Promise.all([identity.createUser(), identity.createUser(), identity.createUser()]);
    const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000 + HOUR_MS);
    const validUntil = new Date(validFrom.getTime() + 2 * HOUR_MS);
    const room = await rooms.createRoom({
      validFrom,
      validUntil,
      pstnDialOutEnabled: true,
      participants: [
        { id: users[0]!, role: 'Presenter' },
        { id: users[1]!, role: 'Collaborator' },
      ],
    });
    expect(room).toMatchObject({ validFrom, validUntil, pstnDialOutEnabled: true });

    const updated = await rooms.updateRoom(room.id, { validUntil: new Date(validUntil.getTime() + HOUR_MS) });
    expect(updated.validUntil.getTime()).toBe(validUntil.getTime() + HOUR_MS);
    expect(updated.validFrom).toEqual(validFrom);
    expect((await rooms.updateRoom(room.id, { pstnDialOutEnabled: false })).pstnDialOutEnabled).toBe(false);

    await rooms.addOrUpdateParticipants(room.id, [{ id: users[1]!, role: 'Consumer' }, { id: users[2]! }]);
    expect(await roster(room.id)).toEqual(
      [
        { id: users[0]!.communicationUserId, role: 'Presenter' },
        { id: users[1]!.communicationUserId, role: 'Consumer' },
        { id: users[2]!.communicationUserId, role: 'Attendee' },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    await rooms.removeParticipants(room.id, [users[0]!]);
    expect((await roster(room.id)).map((p) => p.id)).not.toContain(users[0]!.communicationUserId);

    const others = [await rooms.createRoom(), await rooms.createRoom(), await rooms.createRoom()];
    const listed: string[] = [];
    for await (const r of rooms.listRooms()) listed.push(r.id);
    expect(listed.sort()).toEqual([room.id, ...others.map((r) => r.id)].sort());

    await rooms.deleteRoom(room.id);
    await expect(rooms.getRoom(room.id)).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message: 'Invalid room ID.',
    });
  });

  it('pages a large roster through nextLinks, past empty pages', async () => {
    const users = await Promise.all(Array.from({ length: 9 }, () => identity.createUser()));
    const room = await rooms.createRoom({ participants: users.map((id) => ({ id, role: 'Attendee' as const })) });
    const pageSizes: number[] = [];
    for await (const page of rooms.listParticipants(room.id).byPage()) pageSizes.push(page.length);
    expect(pageSizes.reduce((a, b) => a + b, 0)).toBe(9);
    expect(pageSizes).toContain(0);
    expect(Math.max(...pageSizes)).toBe(2);
  });

  it('raises the service’s validation errors as RestErrors with codes and targets', async () => {
    const now = Date.now();
    const past = rooms.createRoom({ validFrom: new Date(now - 2 * HOUR_MS), validUntil: new Date(now - HOUR_MS) });
    await expect(past).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest' });
    const error = (await past.catch((e: unknown) => e)) as { details: { error: { details: unknown[] } } };
    expect(error.details.error.details).toEqual([
      { code: 'BadArgument', message: 'The time range end is in the past.', target: 'ValidUntil' },
    ]);
    await expect(
      rooms.createRoom({ validFrom: new Date(now + HOUR_MS), validUntil: new Date(now + HOUR_MS + 181 * DAY_MS) }),
    ).rejects.toMatchObject({ statusCode: 400 });
    await expect(
      rooms.addOrUpdateParticipants((await rooms.createRoom()).id, [{ id: { communicationUserId: '8:acs:' } }]),
    ).rejects.toMatchObject({ statusCode: 400, message: 'Invalid format for communication identifier.' });
  });

  it('refuses a client with the wrong access key (401), before touching anything', async () => {
    const wrongKey = Buffer.alloc(64, 7).toString('base64');
    const intruder = new RoomsClient(emulator.connectionString.replace(/accesskey=.*$/, `accesskey=${wrongKey}`), {
      allowInsecureConnection: true,
    });
    const intruderIdentity = new CommunicationIdentityClient(
      emulator.connectionString.replace(/accesskey=.*$/, `accesskey=${wrongKey}`),
      { allowInsecureConnection: true },
    );
    await expect(intruder.createRoom()).rejects.toMatchObject({ statusCode: 401, code: 'Denied' });
    await expect(intruderIdentity.createUser()).rejects.toMatchObject({ statusCode: 401, code: 'Denied' });
    const listed: string[] = [];
    for await (const r of rooms.listRooms()) listed.push(r.id);
    expect(listed).toEqual([]);
  });
});
