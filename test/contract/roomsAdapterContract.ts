/**
 * The RoomsAdapter contract: one suite, written against the interface, run against every implementation (in-memory,
 * HTTP adapter → Node handler → official SDK → emulator, …). It depends only on `RoomsAdapter` and the harness, builds
 * every window relative to the backend's clock with margins of minutes, and assumes nothing about room id formats.
 *
 * The rules come from the adapter's TSDoc and from the Rooms service's documented behaviour
 * (`notes/rooms-service.md`).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRoomsError } from '../../src/core/errors';
import { collectAll } from '../../src/adapter/paging';
import type { RoomRole } from '../../src/core/roles';
import type { RoomEvent, RoomParticipant, RoomsAdapter } from '../../src/adapter/types';
import type { ContractHarness, ContractHarnessFactory } from './harness';
import {
  DAY_MS,
  HOUR_MS,
  MALFORMED_ID,
  MAX_WINDOW_MS,
  MINUTE_MS,
  NON_USER_IDS,
  expectInstantNear,
  expectRoomShape,
  expectRoomsError,
  freshKey,
  goneRoomId,
  instantsFrom,
  listAllRooms,
  listRoster,
  readPagesManually,
  sortById,
  strangerId,
} from './helpers';

/** How long to wait for a pushed event on a real stack; the in-memory backend answers at once. */
const EVENT_TIMEOUT_MS = 5_000;

/**
 * Registers the RoomsAdapter contract suite for one implementation.
 *
 * @example
 * ```ts
 * describeRoomsAdapterContract('in-memory', async () => ({ adapter: createInMemoryRoomsAdapter(), now: () => new Date(), userIds }));
 * ```
 */
export function describeRoomsAdapterContract(name: string, factory: ContractHarnessFactory): void {
  describe(`RoomsAdapter contract: ${name}`, () => {
    let current: ContractHarness | undefined;

    beforeEach(async () => {
      current = await factory();
      expect(current.userIds.length, 'the harness provides at least 12 user ids').toBeGreaterThanOrEqual(12);
    });

    afterEach(async () => {
      const disposing = current;
      current = undefined;
      await disposing?.dispose?.();
    });

    function harness(): ContractHarness {
      if (!current) throw new Error('The contract harness was not created.');
      return current;
    }
    const adapter = (): RoomsAdapter => harness().adapter;
    const user = (index: number): string => {
      const id = harness().userIds[index];
      if (id === undefined) throw new Error(`The harness has no user id #${index}.`);
      return id;
    };
    /** Instants relative to the backend's clock, read when called. */
    const at = (offsetMs: number): Date => instantsFrom(harness().now())(offsetMs);
    /** A small page size the backend honours (never more than its own limit). */
    const smallPage = (wanted: number): number => Math.max(1, Math.min(wanted, harness().pageSizeLimit ?? wanted));

    describe('createRoom', () => {
      it('applies the service defaults: now, now + 180 days exactly, no dial-out, all five fields', async () => {
        const before = harness().now();
        const room = await adapter().createRoom({});
        const after = harness().now();

        expectRoomShape(room);
        expect(Object.keys(room)).toEqual(
          expect.arrayContaining(['id', 'createdAt', 'validFrom', 'validUntil', 'pstnDialOutEnabled']),
        );
        expectInstantNear(room.validFrom, before, after);
        expectInstantNear(room.createdAt, before, after);
        expect(room.validUntil.getTime() - room.validFrom.getTime()).toBe(MAX_WINDOW_MS);
        expect(room.pstnDialOutEnabled).toBe(false);
      });

      it('honours an explicit window and pstnDialOutEnabled true', async () => {
        const validFrom = at(HOUR_MS);
        const validUntil = at(3 * HOUR_MS);
        const room = await adapter().createRoom({ validFrom, validUntil, pstnDialOutEnabled: true });

        expectRoomShape(room);
        expect(room.validFrom.getTime()).toBe(validFrom.getTime());
        expect(room.validUntil.getTime()).toBe(validUntil.getTime());
        expect(room.pstnDialOutEnabled).toBe(true);
      });

      it('defaults validUntil to validFrom + 180 days when only validFrom is given', async () => {
        const validFrom = at(2 * DAY_MS);
        const room = await adapter().createRoom({ validFrom });

        expect(room.validFrom.getTime()).toBe(validFrom.getTime());
        expect(room.validUntil.getTime()).toBe(validFrom.getTime() + MAX_WINDOW_MS);
      });

      it('accepts validFrom a few minutes in the past', async () => {
        const validFrom = at(-5 * MINUTE_MS);
        const validUntil = at(HOUR_MS);
        const room = await adapter().createRoom({ validFrom, validUntil });

        expect(room.validFrom.getTime()).toBe(validFrom.getTime());
        expect(room.validUntil.getTime()).toBe(validUntil.getTime());
      });

      it('accepts a window of exactly 180 days', async () => {
        const validFrom = at(10 * MINUTE_MS);
        const validUntil = new Date(validFrom.getTime() + MAX_WINDOW_MS);
        const room = await adapter().createRoom({ validFrom, validUntil });

        expect(room.validUntil.getTime() - room.validFrom.getTime()).toBe(MAX_WINDOW_MS);
      });

      it('refuses a window of 180 days and one minute (validation, validUntil)', async () => {
        const validFrom = at(10 * MINUTE_MS);
        const validUntil = new Date(validFrom.getTime() + MAX_WINDOW_MS + MINUTE_MS);
        await expectRoomsError(adapter().createRoom({ validFrom, validUntil }), 'validation', 'validUntil');
        expect(await listAllRooms(adapter())).toEqual([]);
      });

      it('refuses validUntil in the past (validation, validUntil)', async () => {
        await expectRoomsError(
          adapter().createRoom({ validFrom: at(-20 * MINUTE_MS), validUntil: at(-10 * MINUTE_MS) }),
          'validation',
          'validUntil',
        );
        expect(await listAllRooms(adapter())).toEqual([]);
      });

      it('refuses validUntil equal to validFrom (validation, validUntil)', async () => {
        const instant = at(HOUR_MS);
        await expectRoomsError(
          adapter().createRoom({ validFrom: instant, validUntil: new Date(instant.getTime()) }),
          'validation',
          'validUntil',
        );
      });

      it('refuses validUntil before validFrom (validation, validUntil)', async () => {
        await expectRoomsError(
          adapter().createRoom({ validFrom: at(2 * HOUR_MS), validUntil: at(HOUR_MS) }),
          'validation',
          'validUntil',
        );
      });

      it('creates the room with its participants, giving Attendee when no role is named', async () => {
        const room = await adapter().createRoom({
          participants: [
            { id: user(0), role: 'Presenter' },
            { id: user(1) },
            { id: user(2), role: 'Consumer' },
            { id: user(3), role: 'Collaborator' },
          ],
        });

        expect(await listRoster(adapter(), room.id)).toEqual(
          sortById<RoomParticipant>([
            { id: user(0), role: 'Presenter' },
            { id: user(1), role: 'Attendee' },
            { id: user(2), role: 'Consumer' },
            { id: user(3), role: 'Collaborator' },
          ]),
        );
      });

      it('refuses a malformed participant id (validation, participants) and creates no room', async () => {
        const before = await listAllRooms(adapter());
        await expectRoomsError(
          adapter().createRoom({ participants: [{ id: user(0) }, { id: MALFORMED_ID }] }),
          'validation',
          'participants',
        );
        expect((await listAllRooms(adapter())).length).toBe(before.length);
      });

      it('refuses a phone number as a participant (validation, participants) and creates no room', async () => {
        const before = await listAllRooms(adapter());
        await expectRoomsError(
          adapter().createRoom({ participants: [{ id: '4:+15551234567', role: 'Attendee' }] }),
          'validation',
          'participants',
        );
        expect((await listAllRooms(adapter())).length).toBe(before.length);
      });

      it('returns the same room for a repeated idempotency key and makes only one', async () => {
        const key = freshKey();
        const input = { validFrom: at(HOUR_MS), validUntil: at(2 * HOUR_MS) };
        const first = await adapter().createRoom(input, { idempotencyKey: key });
        const second = await adapter().createRoom(input, { idempotencyKey: key });

        expect(second.id).toBe(first.id);
        const rooms = await listAllRooms(adapter());
        expect(rooms.map((r) => r.id)).toEqual([first.id]);
      });

      it('makes two rooms for two different idempotency keys', async () => {
        const first = await adapter().createRoom({}, { idempotencyKey: freshKey() });
        const second = await adapter().createRoom({}, { idempotencyKey: freshKey() });

        expect(second.id).not.toBe(first.id);
        const ids = (await listAllRooms(adapter())).map((r) => r.id).sort();
        expect(ids).toEqual([first.id, second.id].sort());
      });
    });

    describe('getRoom', () => {
      it('returns the room as create returned it', async () => {
        const created = await adapter().createRoom({
          validFrom: at(HOUR_MS),
          validUntil: at(5 * HOUR_MS),
          pstnDialOutEnabled: true,
        });
        const read = await adapter().getRoom(created.id);

        expectRoomShape(read);
        expect(read).toEqual(created);
      });

      it('answers an unknown room id with notFound (roomId)', async () => {
        const id = await goneRoomId(adapter());
        await expectRoomsError(adapter().getRoom(id), 'notFound', 'roomId');
      });

      it.each([
        ['text that is no room id', 'not a room'],
        ['an empty id', ''],
      ])('answers %s with notFound (roomId)', async (_label, id) => {
        await adapter().createRoom({});
        await expectRoomsError(adapter().getRoom(id), 'notFound', 'roomId');
      });
    });

    describe('updateRoom', () => {
      it('changes only the fields given and keeps the others', async () => {
        const validFrom = at(HOUR_MS);
        const validUntil = at(4 * HOUR_MS);
        const created = await adapter().createRoom({ validFrom, validUntil });

        const dialOut = await adapter().updateRoom(created.id, { pstnDialOutEnabled: true });
        expect(dialOut).toEqual({ ...created, pstnDialOutEnabled: true });

        const newUntil = at(6 * HOUR_MS);
        const extended = await adapter().updateRoom(created.id, { validUntil: newUntil });
        expect(extended).toEqual({ ...created, pstnDialOutEnabled: true, validUntil: newUntil });

        const newFrom = at(2 * HOUR_MS);
        const moved = await adapter().updateRoom(created.id, { validFrom: newFrom });
        expect(moved).toEqual({ ...created, pstnDialOutEnabled: true, validFrom: newFrom, validUntil: newUntil });

        expect(await adapter().getRoom(created.id)).toEqual(moved);
      });

      it('toggles pstnDialOutEnabled on and off', async () => {
        const room = await adapter().createRoom({});
        expect((await adapter().updateRoom(room.id, { pstnDialOutEnabled: true })).pstnDialOutEnabled).toBe(true);
        expect((await adapter().getRoom(room.id)).pstnDialOutEnabled).toBe(true);
        expect((await adapter().updateRoom(room.id, { pstnDialOutEnabled: false })).pstnDialOutEnabled).toBe(false);
        expect((await adapter().getRoom(room.id)).pstnDialOutEnabled).toBe(false);
      });

      it('accepts validFrom a few minutes in the past', async () => {
        const room = await adapter().createRoom({ validFrom: at(HOUR_MS), validUntil: at(2 * HOUR_MS) });
        const validFrom = at(-5 * MINUTE_MS);
        const updated = await adapter().updateRoom(room.id, { validFrom });
        expect(updated.validFrom.getTime()).toBe(validFrom.getTime());
      });

      it('checks a new validUntil against the stored validFrom (validation, validUntil) and keeps the room', async () => {
        const room = await adapter().createRoom({ validFrom: at(2 * HOUR_MS), validUntil: at(3 * HOUR_MS) });
        await expectRoomsError(adapter().updateRoom(room.id, { validUntil: at(HOUR_MS) }), 'validation', 'validUntil');
        expect(await adapter().getRoom(room.id)).toEqual(room);
      });

      it('checks a new validUntil against the stored validFrom for length (validation, validUntil)', async () => {
        const room = await adapter().createRoom({});
        const validUntil = new Date(room.validFrom.getTime() + MAX_WINDOW_MS + MINUTE_MS);
        await expectRoomsError(adapter().updateRoom(room.id, { validUntil }), 'validation', 'validUntil');
        expect(await adapter().getRoom(room.id)).toEqual(room);
      });

      it('checks a new validFrom against the stored validUntil (validation, validUntil)', async () => {
        const room = await adapter().createRoom({ validFrom: at(10 * DAY_MS), validUntil: at(185 * DAY_MS) });
        await expectRoomsError(
          adapter().updateRoom(room.id, { validFrom: at(10 * MINUTE_MS) }),
          'validation',
          'validUntil',
        );
        expect(await adapter().getRoom(room.id)).toEqual(room);
      });

      it('refuses a window longer than 180 days (validation, validUntil)', async () => {
        const room = await adapter().createRoom({});
        const validFrom = at(HOUR_MS);
        await expectRoomsError(
          adapter().updateRoom(room.id, {
            validFrom,
            validUntil: new Date(validFrom.getTime() + MAX_WINDOW_MS + MINUTE_MS),
          }),
          'validation',
          'validUntil',
        );
        expect(await adapter().getRoom(room.id)).toEqual(room);
      });

      it('refuses validUntil in the past (validation, validUntil)', async () => {
        const room = await adapter().createRoom({ validFrom: at(-10 * MINUTE_MS), validUntil: at(HOUR_MS) });
        await expectRoomsError(
          adapter().updateRoom(room.id, { validUntil: at(-5 * MINUTE_MS) }),
          'validation',
          'validUntil',
        );
        expect(await adapter().getRoom(room.id)).toEqual(room);
      });

      it('answers an unknown room with notFound (roomId)', async () => {
        const id = await goneRoomId(adapter());
        await expectRoomsError(adapter().updateRoom(id, { pstnDialOutEnabled: true }), 'notFound', 'roomId');
        await expectRoomsError(adapter().updateRoom('not a room', { pstnDialOutEnabled: true }), 'notFound', 'roomId');
      });
    });

    describe('deleteRoom', () => {
      it('deletes the room: get, update and list participants then answer notFound', async () => {
        const room = await adapter().createRoom({ participants: [{ id: user(0) }] });
        await adapter().deleteRoom(room.id);

        await expectRoomsError(adapter().getRoom(room.id), 'notFound', 'roomId');
        await expectRoomsError(adapter().listParticipants(room.id), 'notFound', 'roomId');
        expect((await listAllRooms(adapter())).map((r) => r.id)).not.toContain(room.id);
      });

      it('answers deleting an unknown or already deleted room with notFound (roomId)', async () => {
        const id = await goneRoomId(adapter());
        await expectRoomsError(adapter().deleteRoom(id), 'notFound', 'roomId');
        await expectRoomsError(adapter().deleteRoom('not a room'), 'notFound', 'roomId');
      });

      it('leaves the other rooms and their rosters untouched', async () => {
        const keep1 = await adapter().createRoom({ participants: [{ id: user(0), role: 'Presenter' }] });
        const doomed = await adapter().createRoom({ participants: [{ id: user(0), role: 'Presenter' }] });
        const keep2 = await adapter().createRoom({ pstnDialOutEnabled: true });

        await adapter().deleteRoom(doomed.id);

        expect(await adapter().getRoom(keep1.id)).toEqual(keep1);
        expect(await adapter().getRoom(keep2.id)).toEqual(keep2);
        expect(await listRoster(adapter(), keep1.id)).toEqual([{ id: user(0), role: 'Presenter' }]);
        expect((await listAllRooms(adapter())).map((r) => r.id).sort()).toEqual([keep1.id, keep2.id].sort());
      });
    });

    describe('listRooms', () => {
      it('lists nothing on an empty backend', async () => {
        expect(await listAllRooms(adapter())).toEqual([]);
        const { items } = await readPagesManually((o) => adapter().listRooms(o), smallPage(3));
        expect(items).toEqual([]);
      });

      it('pages through every room with a small page size, without duplicates', async () => {
        const created = [];
        for (let i = 0; i < 7; i++) {
          created.push(await adapter().createRoom({ pstnDialOutEnabled: i % 2 === 0 }));
        }
        const pageSize = smallPage(2);

        const collected = await collectAll((o) => adapter().listRooms(o), { pageSize });
        expect(sortById(collected)).toEqual(sortById(created));

        const manual = await readPagesManually((o) => adapter().listRooms(o), pageSize);
        for (const size of manual.pageSizes) expect(size).toBeLessThanOrEqual(pageSize);
        const ids = manual.items.map((r) => r.id);
        expect(new Set(ids).size, 'no room appears twice').toBe(ids.length);
        expect([...ids].sort()).toEqual(created.map((r) => r.id).sort());
        expect(manual.pageSizes.filter((s) => s > 0).length).toBeGreaterThanOrEqual(Math.ceil(7 / pageSize));
      });

      it('refuses a cursor it did not issue (validation)', async () => {
        await adapter().createRoom({});
        await expectRoomsError(adapter().listRooms({ cursor: 'garbage-cursor-!@#', pageSize: 1 }), 'validation');
      });
    });

    describe('participants', () => {
      it('upsert adds participants', async () => {
        const room = await adapter().createRoom({});
        expect(await listRoster(adapter(), room.id)).toEqual([]);

        await adapter().upsertParticipants(room.id, [
          { id: user(0), role: 'Presenter' },
          { id: user(1), role: 'Attendee' },
        ]);

        expect(await listRoster(adapter(), room.id)).toEqual(
          sortById<RoomParticipant>([
            { id: user(0), role: 'Presenter' },
            { id: user(1), role: 'Attendee' },
          ]),
        );
      });

      it('upsert changes a role and leaves the others untouched (merge)', async () => {
        const room = await adapter().createRoom({
          participants: [
            { id: user(0), role: 'Attendee' },
            { id: user(1), role: 'Consumer' },
            { id: user(2), role: 'Presenter' },
          ],
        });

        await adapter().upsertParticipants(room.id, [{ id: user(0), role: 'Presenter' }]);

        expect(await listRoster(adapter(), room.id)).toEqual(
          sortById<RoomParticipant>([
            { id: user(0), role: 'Presenter' },
            { id: user(1), role: 'Consumer' },
            { id: user(2), role: 'Presenter' },
          ]),
        );
      });

      it('upsert without a role gives Attendee', async () => {
        const room = await adapter().createRoom({});
        await adapter().upsertParticipants(room.id, [{ id: user(4) }]);
        expect(await listRoster(adapter(), room.id)).toEqual([{ id: user(4), role: 'Attendee' }]);
      });

      it('stores and returns all four roles, Collaborator included', async () => {
        const room = await adapter().createRoom({});
        const roles: RoomRole[] = ['Presenter', 'Attendee', 'Consumer', 'Collaborator'];
        const wanted = roles.map((role, i) => ({ id: user(i), role }));

        await adapter().upsertParticipants(room.id, wanted);

        expect(await listRoster(adapter(), room.id)).toEqual(sortById(wanted));
      });

      it('keeps one participant when an id appears twice in one call', async () => {
        const room = await adapter().createRoom({});
        await adapter().upsertParticipants(room.id, [
          { id: user(0), role: 'Attendee' },
          { id: user(0), role: 'Presenter' },
        ]);

        const roster = await listRoster(adapter(), room.id);
        expect(roster.map((p) => p.id)).toEqual([user(0)]);
        expect(['Attendee', 'Presenter']).toContain(roster[0]?.role);
      });

      it('refuses a batch with a malformed id (validation, participants) and applies none of it', async () => {
        const room = await adapter().createRoom({ participants: [{ id: user(0), role: 'Attendee' }] });

        await expectRoomsError(
          adapter().upsertParticipants(room.id, [
            { id: user(0), role: 'Presenter' },
            { id: user(1), role: 'Attendee' },
            { id: MALFORMED_ID, role: 'Attendee' },
          ]),
          'validation',
          'participants',
        );

        expect(await listRoster(adapter(), room.id)).toEqual([{ id: user(0), role: 'Attendee' }]);
      });

      it.each(NON_USER_IDS)('refuses a %s as a participant (validation, participants)', async (_kind, rawId) => {
        const room = await adapter().createRoom({});
        await expectRoomsError(
          adapter().upsertParticipants(room.id, [
            { id: user(0), role: 'Attendee' },
            { id: rawId, role: 'Attendee' },
          ]),
          'validation',
          'participants',
        );
        expect(await listRoster(adapter(), room.id)).toEqual([]);
      });

      it('remove removes only the named participants', async () => {
        const room = await adapter().createRoom({
          participants: [
            { id: user(0), role: 'Presenter' },
            { id: user(1), role: 'Attendee' },
            { id: user(2), role: 'Consumer' },
          ],
        });

        await adapter().removeParticipants(room.id, [user(1)]);

        expect(await listRoster(adapter(), room.id)).toEqual(
          sortById<RoomParticipant>([
            { id: user(0), role: 'Presenter' },
            { id: user(2), role: 'Consumer' },
          ]),
        );
      });

      it('removing someone who is not in the room is not an error', async () => {
        const room = await adapter().createRoom({ participants: [{ id: user(0), role: 'Presenter' }] });

        await expect(adapter().removeParticipants(room.id, [user(5)])).resolves.toBeUndefined();

        expect(await listRoster(adapter(), room.id)).toEqual([{ id: user(0), role: 'Presenter' }]);
      });

      it('remove refuses a malformed id (validation, participants) and removes nothing', async () => {
        const room = await adapter().createRoom({ participants: [{ id: user(0), role: 'Presenter' }] });

        await expectRoomsError(
          adapter().removeParticipants(room.id, [user(0), MALFORMED_ID]),
          'validation',
          'participants',
        );

        expect(await listRoster(adapter(), room.id)).toEqual([{ id: user(0), role: 'Presenter' }]);
      });

      it('answers upsert, remove and list on an unknown room with notFound (roomId)', async () => {
        const id = await goneRoomId(adapter());
        await expectRoomsError(adapter().upsertParticipants(id, [{ id: user(0) }]), 'notFound', 'roomId');
        await expectRoomsError(adapter().removeParticipants(id, [user(0)]), 'notFound', 'roomId');
        await expectRoomsError(adapter().listParticipants(id), 'notFound', 'roomId');
      });

      it('pages through a large roster with a small page size, without duplicates', async () => {
        const ids = harness().userIds;
        const roles: RoomRole[] = ['Presenter', 'Collaborator', 'Attendee', 'Consumer'];
        const wanted = ids.map((id, i) => ({ id, role: roles[i % roles.length] as RoomRole }));
        const room = await adapter().createRoom({});
        await adapter().upsertParticipants(room.id, wanted);
        const pageSize = smallPage(4);

        expect(await listRoster(adapter(), room.id, pageSize)).toEqual(sortById(wanted));

        const manual = await readPagesManually((o) => adapter().listParticipants(room.id, o), pageSize);
        for (const size of manual.pageSizes) expect(size).toBeLessThanOrEqual(pageSize);
        const seen = manual.items.map((p) => p.id);
        expect(new Set(seen).size, 'no participant appears twice').toBe(seen.length);
        expect(sortById(manual.items)).toEqual(sortById(wanted));
      });

      it('refuses a participants cursor it did not issue (validation)', async () => {
        const room = await adapter().createRoom({ participants: [{ id: user(0) }, { id: user(1) }] });
        await expectRoomsError(
          adapter().listParticipants(room.id, { cursor: 'garbage-cursor-!@#', pageSize: 1 }),
          'validation',
        );
      });
    });

    describe('people directory', () => {
      async function directoryPeople() {
        const people = await adapter().resolvePeople(harness().userIds.slice(0, 6));
        expect(people.length).toBeGreaterThan(0);
        return people;
      }

      it('resolves known people with names and leaves unknown ids out', async () => {
        const known = harness().userIds.slice(0, 6);
        const stranger = strangerId();
        const people = await adapter().resolvePeople([known[0] as string, stranger, ...known.slice(1)]);

        expect(people.map((p) => p.id).sort()).toEqual([...known].sort());
        for (const person of people) {
          expect(typeof person.displayName).toBe('string');
          expect(person.displayName.trim().length).toBeGreaterThan(0);
        }
        expect(await adapter().resolvePeople([stranger])).toEqual([]);
        expect(await adapter().resolvePeople([])).toEqual([]);
      });

      it('finds a person by a prefix of their name, in any case', async () => {
        const person = (await directoryPeople())[0]!;
        const prefix = person.displayName.trim().slice(0, 3);

        for (const query of [prefix, prefix.toLowerCase(), prefix.toUpperCase()]) {
          const found = await adapter().searchPeople(query);
          expect(
            found.map((p) => p.id),
            `search for "${query}"`,
          ).toContain(person.id);
          const hit = found.find((p) => p.id === person.id);
          expect(hit?.displayName).toBe(person.displayName);
        }
      });

      it('honours the limit', async () => {
        const people = await directoryPeople();
        // The one-letter query with most matches, so the limit has something to cut.
        let best = { query: people[0]!.displayName.trim().slice(0, 1), count: 0 };
        for (const p of people) {
          const query = p.displayName.trim().slice(0, 1);
          const count = (await adapter().searchPeople(query)).length;
          if (count > best.count) best = { query, count };
        }
        expect(best.count).toBeGreaterThanOrEqual(1);

        const limited = await adapter().searchPeople(best.query, { limit: 1 });
        expect(limited.length).toBe(1);
        if (best.count >= 3) {
          expect((await adapter().searchPeople(best.query, { limit: 2 })).length).toBe(2);
        }
      });

      it('answers a query that matches nobody with an empty list', async () => {
        expect(await adapter().searchPeople('zqxj-nobody-is-called-this')).toEqual([]);
      });
    });

    describe('cancellation', () => {
      it('rejects reads with an already-aborted signal (aborted)', async () => {
        const room = await adapter().createRoom({});
        const signal = AbortSignal.abort();
        await expectRoomsError(adapter().getRoom(room.id, { signal }), 'aborted');
        await expectRoomsError(adapter().listRooms({ signal }), 'aborted');
        await expectRoomsError(adapter().listParticipants(room.id, { signal }), 'aborted');
        await expectRoomsError(adapter().searchPeople('a', { signal }), 'aborted');
        await expectRoomsError(adapter().resolvePeople(harness().userIds.slice(0, 2), { signal }), 'aborted');
      });

      it('rejects an aborted create (aborted) and creates nothing', async () => {
        await expectRoomsError(
          adapter().createRoom({ participants: [{ id: user(0) }] }, { signal: AbortSignal.abort() }),
          'aborted',
        );
        expect(await listAllRooms(adapter())).toEqual([]);
      });

      it('rejects aborted mutations of a room (aborted) and applies none of them', async () => {
        const room = await adapter().createRoom({ participants: [{ id: user(0), role: 'Attendee' }] });
        const signal = AbortSignal.abort();

        await expectRoomsError(adapter().updateRoom(room.id, { pstnDialOutEnabled: true }, { signal }), 'aborted');
        await expectRoomsError(
          adapter().upsertParticipants(room.id, [{ id: user(0), role: 'Presenter' }, { id: user(1) }], { signal }),
          'aborted',
        );
        await expectRoomsError(adapter().removeParticipants(room.id, [user(0)], { signal }), 'aborted');
        await expectRoomsError(adapter().deleteRoom(room.id, { signal }), 'aborted');

        expect(await adapter().getRoom(room.id)).toEqual(room);
        expect(await listRoster(adapter(), room.id)).toEqual([{ id: user(0), role: 'Attendee' }]);
      });
    });

    describe('errors', () => {
      it('rejects only with RoomsError, whatever the failure', async () => {
        const room = await adapter().createRoom({});
        const gone = await goneRoomId(adapter());
        const failures: Array<[string, () => Promise<unknown>]> = [
          ['create with a bad window', () => adapter().createRoom({ validFrom: at(HOUR_MS), validUntil: at(0) })],
          ['create with a bad participant', () => adapter().createRoom({ participants: [{ id: MALFORMED_ID }] })],
          ['get gone', () => adapter().getRoom(gone)],
          ['update gone', () => adapter().updateRoom(gone, {})],
          ['update bad window', () => adapter().updateRoom(room.id, { validUntil: at(-HOUR_MS) })],
          ['delete gone', () => adapter().deleteRoom(gone)],
          ['list with a garbage cursor', () => adapter().listRooms({ cursor: 'garbage' })],
          ['participants of gone', () => adapter().listParticipants(gone)],
          ['upsert bad id', () => adapter().upsertParticipants(room.id, [{ id: MALFORMED_ID }])],
          ['remove on gone', () => adapter().removeParticipants(gone, [user(0)])],
          ['aborted search', () => adapter().searchPeople('a', { signal: AbortSignal.abort() })],
        ];
        for (const [label, call] of failures) {
          const outcome = await call().then(
            () => ({ rejected: false as const }),
            (error: unknown) => ({ rejected: true as const, error }),
          );
          expect(outcome.rejected, `${label} rejects`).toBe(true);
          if (outcome.rejected) {
            expect(isRoomsError(outcome.error), `${label} rejects with a RoomsError`).toBe(true);
          }
        }
      });
    });

    describe('join policy (where features.joinPolicy)', () => {
      it('stores the join policy, inviteOnly by default, or reports none', async () => {
        if (!adapter().features.joinPolicy) {
          const room = await adapter().createRoom({});
          expect(room.joinPolicy).toBeUndefined();
          return;
        }
        const closed = await adapter().createRoom({});
        expect(closed.joinPolicy).toBe('inviteOnly');
        const open = await adapter().createRoom({ joinPolicy: 'communicationServiceUsers' });
        expect(open.joinPolicy).toBe('communicationServiceUsers');
        expect((await adapter().getRoom(open.id)).joinPolicy).toBe('communicationServiceUsers');
      });
    });

    describe('events (where features.events)', () => {
      function subscribeOrSkip(): NonNullable<RoomsAdapter['subscribe']> | undefined {
        const a = adapter();
        if (!a.features.events) {
          expect(a.features.events).toBe(false);
          return undefined;
        }
        expect(typeof a.subscribe).toBe('function');
        return a.subscribe!.bind(a);
      }

      it('delivers participantsChanged to a subscriber after an upsert and a removal', async () => {
        const subscribe = subscribeOrSkip();
        if (!subscribe) return;
        const room = await adapter().createRoom({});
        const events: RoomEvent[] = [];
        const stop = subscribe(room.id, (e) => events.push(e));
        try {
          await adapter().upsertParticipants(room.id, [{ id: user(0), role: 'Presenter' }]);
          await vi.waitFor(
            () => {
              const changed = events.find((e) => e.type === 'participantsChanged' && e.upserted.length > 0);
              expect(changed).toMatchObject({
                type: 'participantsChanged',
                roomId: room.id,
                upserted: [{ id: user(0), role: 'Presenter' }],
              });
            },
            { timeout: EVENT_TIMEOUT_MS },
          );

          await adapter().removeParticipants(room.id, [user(0)]);
          await vi.waitFor(
            () => {
              const removed = events.find((e) => e.type === 'participantsChanged' && e.removed.length > 0);
              expect(removed).toMatchObject({ type: 'participantsChanged', roomId: room.id, removed: [user(0)] });
            },
            { timeout: EVENT_TIMEOUT_MS },
          );
        } finally {
          stop();
        }
      });

      it('stops delivering after unsubscribe, and only delivers events of the subscribed room', async () => {
        const subscribe = subscribeOrSkip();
        if (!subscribe) return;
        const room = await adapter().createRoom({});
        const other = await adapter().createRoom({});
        const stopped: RoomEvent[] = [];
        const otherRoomListener: RoomEvent[] = [];
        const witness: RoomEvent[] = [];

        const stop = subscribe(room.id, (e) => stopped.push(e));
        const stopOther = subscribe(other.id, (e) => otherRoomListener.push(e));
        stop();
        // A listener that stays subscribed tells us when the event has been delivered, so no sleep is needed.
        const stopWitness = subscribe(room.id, (e) => witness.push(e));
        try {
          await adapter().upsertParticipants(room.id, [{ id: user(1) }]);
          await vi.waitFor(() => expect(witness.some((e) => e.type === 'participantsChanged')).toBe(true), {
            timeout: EVENT_TIMEOUT_MS,
          });
          expect(stopped).toEqual([]);
          expect(otherRoomListener.filter((e) => e.roomId !== other.id)).toEqual([]);
        } finally {
          stopWitness();
          stopOther();
        }
      });
    });

    describe('join info (where features.joinInfo)', () => {
      function joinInfoOrSkip(): NonNullable<RoomsAdapter['getJoinInfo']> | undefined {
        const a = adapter();
        if (!a.features.joinInfo) {
          expect(a.features.joinInfo).toBe(false);
          return undefined;
        }
        expect(typeof a.getJoinInfo).toBe('function');
        return a.getJoinInfo!.bind(a);
      }

      it('issues a token with the member’s role to a roster member', async () => {
        const getJoinInfo = joinInfoOrSkip();
        if (!getJoinInfo) return;
        const room = await adapter().createRoom({
          validFrom: at(-5 * MINUTE_MS),
          validUntil: at(2 * HOUR_MS),
          participants: [
            { id: user(0), role: 'Presenter' },
            { id: user(1), role: 'Consumer' },
          ],
        });
        const now = harness().now();

        const info = await getJoinInfo(room.id, { userId: user(1) });

        expect(info).toMatchObject({ roomId: room.id, userId: user(1), role: 'Consumer' });
        expect(typeof info.token).toBe('string');
        expect(info.token.length).toBeGreaterThan(0);
        expect(info.expiresOn).toBeInstanceOf(Date);
        expect(info.expiresOn.getTime()).toBeGreaterThan(now.getTime());
      });

      it('refuses someone not on the roster (forbidden) and an unknown room (notFound)', async () => {
        const getJoinInfo = joinInfoOrSkip();
        if (!getJoinInfo) return;
        const room = await adapter().createRoom({
          validFrom: at(-5 * MINUTE_MS),
          validUntil: at(2 * HOUR_MS),
          participants: [{ id: user(0), role: 'Presenter' }],
        });

        await expectRoomsError(getJoinInfo(room.id, { userId: user(5) }), 'forbidden');
        const gone = await goneRoomId(adapter());
        await expectRoomsError(getJoinInfo(gone, { userId: user(0) }), 'notFound', 'roomId');
      });
    });
  });
}
