/**
 * `dataFile`: the state survives a restart, the access key with it; a file that is not the emulator's is never read
 * or overwritten; writes leave no temporary files behind.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { RoomsClient } from '@azure/communication-rooms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoomsEmulator } from '../../src/emulator';

let directory: string;
let dataFile: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rooms-data-'));
  dataFile = join(directory, 'rooms.json');
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const clients = (connectionString: string) => ({
  rooms: new RoomsClient(connectionString, { allowInsecureConnection: true }),
  identity: new CommunicationIdentityClient(connectionString, { allowInsecureConnection: true }),
});

describe('the emulator data file', () => {
  it('keeps rooms, rosters, identities, repeatability records and the access key across a restart', async () => {
    const first = await createRoomsEmulator({ dataFile });
    const { rooms, identity } = clients(first.connectionString);
    const user = await identity.createUser();
    const kept = await rooms.createRoom({ participants: [{ id: user, role: 'Presenter' }], pstnDialOutEnabled: true });
    const gone = await rooms.createRoom();
    await rooms.deleteRoom(gone.id);
    await rooms.addOrUpdateParticipants(kept.id, [{ id: { communicationUserId: '8:acs:r_second' }, role: 'Consumer' }]);
    await first.close();

    const second = await createRoomsEmulator({ dataFile });
    try {
      expect(second.accessKey).toBe(first.accessKey);
      const again = clients(second.connectionString);
      expect(await again.rooms.getRoom(kept.id)).toEqual(kept);
      await expect(again.rooms.getRoom(gone.id)).rejects.toMatchObject({ statusCode: 400 });
      const roster = [];
      for await (const p of again.rooms.listParticipants(kept.id)) roster.push(p.role);
      expect(roster).toEqual(['Presenter', 'Consumer']);
      await expect(again.identity.getToken(user, ['voip'])).resolves.toMatchObject({ token: expect.any(String) });
    } finally {
      await second.close();
    }
    expect((await readdir(directory)).sort()).toEqual(['rooms.json']);
  });

  it('writes the file at start, so an unwritable path fails the start instead of the first change', async () => {
    await expect(createRoomsEmulator({ dataFile: join(directory, 'missing-dir', 'rooms.json') })).rejects.toThrow(
      /ENOENT/,
    );
    const emulator = await createRoomsEmulator({ dataFile });
    await emulator.close();
    expect(JSON.parse(await readFile(dataFile, 'utf8'))).toMatchObject({
      format: 'acs-rooms-kit/rooms-emulator',
      version: 1,
    });
  });

  it.each([
    ['a JSON file of something else', '{"hello":"world"}'],
    ['a file that is not JSON', 'name,email\nAda,ada@example.com\n'],
  ])('refuses to start on %s and leaves it untouched', async (_label, text) => {
    await writeFile(dataFile, text);
    await expect(createRoomsEmulator({ dataFile })).rejects.toThrow(/not .*emulator data file|not JSON/);
    expect(await readFile(dataFile, 'utf8')).toBe(text);
  });
});
