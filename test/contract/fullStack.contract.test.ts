/**
 * Runs the RoomsAdapter contract through the whole real backend path, all on loopback:
 * createHttpRoomsAdapter → createRoomsRequestHandler (node:http) → official RoomsClient / CommunicationIdentityClient
 * → the local Rooms service. Participants are identities made through the Identity API; the first six are in the
 * handler's directory with names. Then the load cases: concurrent writes lose nothing, in memory and on disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoomsClient } from '@azure/communication-rooms';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpRoomsAdapter, type HttpRoomsAdapter } from '../../src/adapter/http';
import { DEFAULT_PEOPLE } from '../../src/adapter/inMemory';
import type { RoomRole } from '../../src/core/roles';
import { createRoomsEmulator } from '../../src/emulator';
import { startStack, type Stack, type StackOptions } from '../server/stack';
import type { ContractHarness } from './harness';
import { freshKey, listAllRooms, listRoster, sortById, withoutPreview } from './helpers';
import { describeRoomsAdapterContract } from './roomsAdapterContract';

const USER_COUNT = 26;
const NAMED_USERS = 6;

async function fullStackHarness(options: StackOptions, now: () => Date): Promise<ContractHarness> {
  const stack = await startStack(options);
  const named = DEFAULT_PEOPLE.slice(0, NAMED_USERS).map((p) =>
    stack.handler.createUser(p.displayName, { secondaryText: p.secondaryText }),
  );
  const unnamed = Array.from({ length: USER_COUNT - NAMED_USERS }, () => stack.handler.identityClient.createUser());
  const userIds = [
    ...(await Promise.all(named)).map((p) => p.id),
    ...(await Promise.all(unnamed)).map((u) => u.communicationUserId),
  ];
  return {
    adapter: stack.adapter,
    now,
    userIds,
    eventsOpen: (adapter) => (adapter as HttpRoomsAdapter).eventStream.opened(),
    // Another browser: its own adapter, with its own connection, on the same handler.
    otherTab: () => createHttpRoomsAdapter({ baseUrl: stack.baseUrl, retryDelayMs: 1 }),
    dispose: async () => {
      await stack.close();
      expect(stack.handlerErrors, 'the handler met no unexpected failure').toEqual([]);
    },
  };
}

describeRoomsAdapterContract('full HTTP stack, real clock, small service pages with empty pages', () =>
  fullStackHarness({ emulator: { pageSize: 3, emptyPageEvery: 2 } }, () => new Date()),
);

describeRoomsAdapterContract('full HTTP stack, fixed service clock', () => {
  const fixedNow = new Date('2026-03-02T09:30:00.000Z');
  const now = () => new Date(fixedNow.getTime());
  return fullStackHarness({ emulator: { now } }, now);
});

describe('full HTTP stack under load', () => {
  const ROLES: RoomRole[] = ['Presenter', 'Collaborator', 'Attendee', 'Consumer'];
  let stack: Stack | undefined;
  let directory: string | undefined;

  afterEach(async () => {
    await stack?.close();
    stack = undefined;
    if (directory) await rm(directory, { recursive: true, force: true });
    directory = undefined;
  });

  async function persistentStack(): Promise<{ stack: Stack; dataFile: string }> {
    directory = await mkdtemp(join(tmpdir(), 'rooms-load-'));
    const dataFile = join(directory, 'rooms.json');
    stack = await startStack({ emulator: { dataFile, pageSize: 7 } });
    return { stack, dataFile };
  }

  /** Reads the state back from the data file alone, through a fresh emulator and the official SDK. */
  async function reopened(dataFile: string, accessKey: string) {
    const emulator = await createRoomsEmulator({ dataFile, accessKey });
    const client = new RoomsClient(emulator.connectionString, { allowInsecureConnection: true });
    return { emulator, client };
  }

  it('100 concurrent participant updates on one room lose nothing, in the service and on disk', async () => {
    const { stack: s, dataFile } = await persistentStack();
    const room = await s.adapter.createRoom({});
    const users = await Promise.all(Array.from({ length: 100 }, () => s.handler.identityClient.createUser()));
    const wanted = users.map((u, i) => ({ id: u.communicationUserId, role: ROLES[i % ROLES.length] as RoomRole }));

    await Promise.all(wanted.map((p) => s.adapter.upsertParticipants(room.id, [p])));

    expect(await listRoster(s.adapter, room.id, 9)).toEqual(sortById(wanted));
    await s.close();
    stack = undefined;
    const again = await reopened(dataFile, s.emulator.accessKey);
    try {
      const roster = [];
      for await (const p of again.client.listParticipants(room.id)) {
        roster.push({ id: (p.id as { communicationUserId: string }).communicationUserId, role: p.role });
      }
      expect(sortById(roster)).toEqual(sortById(wanted));
    } finally {
      await again.emulator.close();
    }
  });

  it('100 concurrent creates, half of them retried with their key, make exactly 100 rooms that all survive', async () => {
    const { stack: s, dataFile } = await persistentStack();
    const keys = Array.from({ length: 100 }, () => freshKey());
    const created = await Promise.all(
      keys.map((key, i) => s.adapter.createRoom({ pstnDialOutEnabled: i % 2 === 0 }, { idempotencyKey: key })),
    );
    // The same keys again, concurrently: a client that lost the answers and retried.
    const repeated = await Promise.all(
      keys
        .slice(0, 50)
        .map((key, i) => s.adapter.createRoom({ pstnDialOutEnabled: i % 2 === 0 }, { idempotencyKey: key })),
    );

    expect(repeated.map((r) => r.id)).toEqual(created.slice(0, 50).map((r) => r.id));
    expect(new Set(created.map((r) => r.id)).size).toBe(100);
    const listed = await listAllRooms(s.adapter, 13);
    expect(sortById(listed.map(withoutPreview))).toEqual(sortById(created));

    await s.close();
    stack = undefined;
    const again = await reopened(dataFile, s.emulator.accessKey);
    try {
      const ids: string[] = [];
      for await (const room of again.client.listRooms()) ids.push(room.id);
      expect(ids.sort()).toEqual(created.map((r) => r.id).sort());
    } finally {
      await again.emulator.close();
    }
  });
});
