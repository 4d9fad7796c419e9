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
import type {
  CreateRoomInput,
  Room,
  RoomEvent,
  RoomParticipant,
  RoomsAdapter,
  UpdateRoomInput,
} from '../../src/adapter/types';
import { ROOM_DETAIL_LIMITS, validateRoomDetails } from '../../src/core/roomDetails';
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
  withoutBookkeeping,
  withoutPreview,
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

        const base = withoutBookkeeping(created);

        const dialOut = await adapter().updateRoom(created.id, { pstnDialOutEnabled: true });
        expect(withoutBookkeeping(dialOut)).toEqual({ ...base, pstnDialOutEnabled: true });

        const newUntil = at(6 * HOUR_MS);
        const extended = await adapter().updateRoom(created.id, { validUntil: newUntil });
        expect(withoutBookkeeping(extended)).toEqual({ ...base, pstnDialOutEnabled: true, validUntil: newUntil });

        const newFrom = at(2 * HOUR_MS);
        const moved = await adapter().updateRoom(created.id, { validFrom: newFrom });
        expect(withoutBookkeeping(moved)).toEqual({
          ...base,
          pstnDialOutEnabled: true,
          validFrom: newFrom,
          validUntil: newUntil,
        });

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
        expect(sortById(collected.map(withoutPreview))).toEqual(sortById(created));

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

    describe('room details (where features.details)', () => {
      /** The adapter when it keeps details; otherwise checks that it says so and gives `undefined`. */
      function detailsOrSkip(): RoomsAdapter | undefined {
        const a = adapter();
        if (!a.features.details) {
          expect(a.features.details).toBe(false);
          return undefined;
        }
        return a;
      }

      const FULL_DETAILS = {
        subject: 'Follow-up: Priya Raman',
        timeZone: 'Europe/Berlin',
        description: 'Bring the latest blood results.\nFasting is not needed.',
        reference: 'APPT-2026-0142',
      } as const;

      /** The list item of one room, read across every page. */
      async function listed(roomId: string): Promise<Room | undefined> {
        return (await listAllRooms(adapter())).find((room) => room.id === roomId);
      }

      it('keeps every detail through create, get and list, with a version', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const created = await a.createRoom({
          ...FULL_DETAILS,
          validFrom: at(DAY_MS),
          validUntil: at(DAY_MS + HOUR_MS),
        });

        expect(created).toMatchObject(FULL_DETAILS);
        expect(typeof created.version).toBe('string');
        expect(created.version?.length).toBeGreaterThan(0);
        expect(created.updatedAt).toBeInstanceOf(Date);
        expect(Number.isNaN(created.updatedAt?.getTime())).toBe(false);
        expect(await a.getRoom(created.id)).toEqual(created);
        const item = await listed(created.id);
        expect(item && withoutPreview(item)).toEqual(created);
      });

      it('trims details and leaves the ones not given absent', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const created = await a.createRoom({ subject: '  Physiotherapy review  ', timeZone: ' Asia/Kolkata ' });

        expect(created.subject).toBe('Physiotherapy review');
        expect(created.timeZone).toBe('Asia/Kolkata');
        expect(created.description).toBeUndefined();
        expect(created.reference).toBeUndefined();
        expect(await a.getRoom(created.id)).toEqual(created);
      });

      it.each(['UTC', 'America/New_York', 'Etc/GMT+5'])('accepts the time zone %s', async (timeZone) => {
        const a = detailsOrSkip();
        if (!a) return;
        const created = await a.createRoom({ timeZone });
        expect((await a.getRoom(created.id)).timeZone).toBe(timeZone);
      });

      it('merges updates: fields not named stay, null clears, the window and roster are left alone', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const created = await a.createRoom({ ...FULL_DETAILS, participants: [{ id: user(0), role: 'Presenter' }] });

        const renamed = await a.updateRoom(created.id, { subject: 'Follow-up: Priya Raman (video)' });
        expect(withoutBookkeeping(renamed)).toEqual({
          ...withoutBookkeeping(created),
          subject: 'Follow-up: Priya Raman (video)',
        });

        const cleared = await a.updateRoom(created.id, { description: null, reference: null });
        expect(cleared).toMatchObject({ subject: 'Follow-up: Priya Raman (video)', timeZone: 'Europe/Berlin' });
        expect(cleared.description).toBeUndefined();
        expect(cleared.reference).toBeUndefined();

        const moved = await a.updateRoom(created.id, { timeZone: 'America/New_York', pstnDialOutEnabled: true });
        expect(moved).toMatchObject({
          subject: 'Follow-up: Priya Raman (video)',
          timeZone: 'America/New_York',
          pstnDialOutEnabled: true,
          validFrom: created.validFrom,
          validUntil: created.validUntil,
        });
        expect(await a.getRoom(created.id)).toEqual(moved);
        expect(await listRoster(a, created.id)).toEqual([{ id: user(0), role: 'Presenter' }]);

        const untitled = await a.updateRoom(created.id, { subject: null, timeZone: null });
        expect(untitled.subject).toBeUndefined();
        expect(untitled.timeZone).toBeUndefined();
        expect(await a.getRoom(created.id)).toEqual(untitled);
      });

      const REFUSED: ReadonlyArray<readonly [label: string, details: UpdateRoomInput, target: string]> = [
        ['an empty title', { subject: '' }, 'subject'],
        ['a title of spaces', { subject: '   ' }, 'subject'],
        ['a 500-character title', { subject: 'T'.repeat(500) }, 'subject'],
        ['a 201-character title', { subject: 'T'.repeat(ROOM_DETAIL_LIMITS.subject + 1) }, 'subject'],
        ['a title with a control character', { subject: 'Follow-up\u0007' }, 'subject'],
        ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
        ['a bare offset as zone', { timeZone: '+05:30' }, 'timeZone'],
        ['notes over 2,000 characters', { description: 'n'.repeat(ROOM_DETAIL_LIMITS.description + 1) }, 'description'],
        ['a 201-character reference', { reference: 'R'.repeat(ROOM_DETAIL_LIMITS.reference + 1) }, 'reference'],
      ];

      it.each(REFUSED)(
        'refuses to create a room with %s, says why, and creates nothing',
        async (_l, details, target) => {
          const a = detailsOrSkip();
          if (!a) return;
          const before = await listAllRooms(a);
          const error = await expectRoomsError(
            a.createRoom({ ...(details as CreateRoomInput), participants: [{ id: user(0) }] }),
            'validation',
            target,
          );
          expect(error.message).toBe(validateRoomDetails(details)[0]?.message);
          expect((await listAllRooms(a)).length).toBe(before.length);
        },
      );

      it.each(REFUSED)(
        'refuses to update a room with %s, says why, and changes nothing',
        async (_l, details, target) => {
          const a = detailsOrSkip();
          if (!a) return;
          const room = await a.createRoom(FULL_DETAILS);
          const error = await expectRoomsError(
            a.updateRoom(room.id, { ...details, pstnDialOutEnabled: true }),
            'validation',
            target,
          );
          expect(error.message).toBe(validateRoomDetails(details)[0]?.message);
          expect(await a.getRoom(room.id)).toEqual(room);
        },
      );

      it('changes the version with every change of the room or its details, not with the roster', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const created = await a.createRoom({ subject: 'Cardiology consult' });
        const versions = [created.version];

        versions.push((await a.updateRoom(created.id, { subject: 'Cardiology consult (moved)' })).version);
        versions.push((await a.updateRoom(created.id, { pstnDialOutEnabled: true })).version);
        versions.push((await a.updateRoom(created.id, { validUntil: at(30 * DAY_MS) })).version);
        versions.push((await a.updateRoom(created.id, { reference: 'APPT-2026-0143' })).version);
        for (const version of versions) expect(typeof version).toBe('string');
        expect(new Set(versions).size, `versions ${versions.join(', ')}`).toBe(versions.length);

        await a.upsertParticipants(created.id, [{ id: user(0), role: 'Presenter' }, { id: user(1) }]);
        await a.removeParticipants(created.id, [user(1)]);
        const read = await a.getRoom(created.id);
        expect(read.version).toBe(versions.at(-1));
        expect(read.updatedAt).toBeInstanceOf(Date);
      });

      it('refuses an update made against an older version (conflict, version) and changes nothing', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const opened = await a.createRoom({ subject: 'Physiotherapy review', timeZone: 'Europe/Berlin' });
        // Someone else saves first, from the same version.
        const theirs = await a.updateRoom(
          opened.id,
          { subject: 'Physiotherapy review (Lars)' },
          { ifMatch: opened.version },
        );
        expect(theirs.version).not.toBe(opened.version);

        for (const patch of [
          { subject: 'Physiotherapy review (mine)' },
          { validUntil: at(20 * DAY_MS) },
          { pstnDialOutEnabled: true, timeZone: null },
        ] satisfies UpdateRoomInput[]) {
          await expectRoomsError(a.updateRoom(opened.id, patch, { ifMatch: opened.version }), 'conflict', 'version');
        }
        expect(await a.getRoom(opened.id)).toEqual(theirs);

        const mine = await a.updateRoom(
          opened.id,
          { subject: 'Physiotherapy review (mine)' },
          { ifMatch: theirs.version },
        );
        expect(mine.subject).toBe('Physiotherapy review (mine)');
        expect(mine.version).not.toBe(theirs.version);
      });

      it('answers an ifMatch on an unknown room with notFound (roomId)', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const room = await a.createRoom({ subject: 'Gone soon' });
        await a.deleteRoom(room.id);
        await expectRoomsError(
          a.updateRoom(room.id, { subject: 'Back' }, { ifMatch: room.version }),
          'notFound',
          'roomId',
        );
      });

      it('tells subscribers of a details change with the room and its details', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        if (!a.features.events || !a.subscribe) {
          expect(a.features.events).toBe(false);
          return;
        }
        const room = await a.createRoom({ subject: 'Group session' });
        const events: RoomEvent[] = [];
        const stop = a.subscribe(room.id, (event) => events.push(event));
        try {
          await harness().eventsOpen?.(a);
          const updated = await a.updateRoom(room.id, { subject: 'Group session: breathing', timeZone: 'UTC' });
          await vi.waitFor(
            () => {
              const event = events.find((e) => e.type === 'roomUpdated');
              expect(event).toMatchObject({
                type: 'roomUpdated',
                roomId: room.id,
                room: { subject: 'Group session: breathing', timeZone: 'UTC', version: updated.version },
              });
            },
            { timeout: EVENT_TIMEOUT_MS },
          );
        } finally {
          stop();
        }
      });

      it('gives list items a roster preview: the total, then four people, presenters first, then by invitation', async () => {
        const a = detailsOrSkip();
        if (!a) return;
        const room = await a.createRoom({
          participants: [
            { id: user(0), role: 'Attendee' },
            { id: user(1), role: 'Consumer' },
            { id: user(2), role: 'Presenter' },
            { id: user(3), role: 'Collaborator' },
            { id: user(4), role: 'Presenter' },
            { id: user(5), role: 'Attendee' },
          ],
        });
        const empty = await a.createRoom({ subject: 'Nobody yet' });

        expect((await listed(room.id))?.rosterPreview).toEqual({
          total: 6,
          participants: [
            { id: user(2), role: 'Presenter' },
            { id: user(4), role: 'Presenter' },
            { id: user(0), role: 'Attendee' },
            { id: user(1), role: 'Consumer' },
          ],
        });
        expect((await listed(empty.id))?.rosterPreview).toEqual({ total: 0, participants: [] });

        // A role change keeps a person's place in the invitation order; a newcomer comes last.
        await a.removeParticipants(room.id, [user(2)]);
        await a.upsertParticipants(room.id, [
          { id: user(1), role: 'Presenter' },
          { id: user(6), role: 'Presenter' },
        ]);
        expect((await listed(room.id))?.rosterPreview).toEqual({
          total: 6,
          participants: [
            { id: user(1), role: 'Presenter' },
            { id: user(4), role: 'Presenter' },
            { id: user(6), role: 'Presenter' },
            { id: user(0), role: 'Attendee' },
          ],
        });
      });
    });

    describe('search (where features.search)', () => {
      /** The adapter when it searches; otherwise checks that it says so, refuses a search, and gives `undefined`. */
      async function searchOrSkip(): Promise<RoomsAdapter | undefined> {
        const a = adapter();
        if (!a.features.search) {
          expect(a.features.search).toBe(false);
          await expectRoomsError(a.listRooms({ search: 'physio' }), 'validation', 'search');
          return undefined;
        }
        return a;
      }

      /** Every room a search finds, across pages, by id. */
      async function found(a: RoomsAdapter, search: string, pageSize?: number): Promise<string[]> {
        const rooms = await collectAll(
          (o) => a.listRooms({ ...o, search }),
          pageSize === undefined ? {} : { pageSize },
        );
        return rooms.map((room) => room.id).sort();
      }

      it('finds rooms by title and reference, ignoring case and accents', async () => {
        const a = await searchOrSkip();
        if (!a) return;
        const physio = await a.createRoom({ subject: 'Physiotherapy review' });
        const zoe = await a.createRoom({ subject: 'Nutrition plan: Zoë Müller', reference: 'APPT-2026-0142' });
        const cafe = await a.createRoom({ subject: 'CAFÉ group', timeZone: 'Europe/Berlin' });
        await a.createRoom({});

        expect(await found(a, 'physio')).toEqual([physio.id]);
        expect(await found(a, 'PHYSIOTHERAPY REVIEW')).toEqual([physio.id]);
        expect(await found(a, 'zoe muller')).toEqual([zoe.id]);
        expect(await found(a, 'Müller')).toEqual([zoe.id]);
        expect(await found(a, 'café')).toEqual([cafe.id]);
        expect(await found(a, 'cafe')).toEqual([cafe.id]);
        expect(await found(a, 'appt-2026-0142')).toEqual([zoe.id]);
        expect(await found(a, 'nobody-has-this-title-zq')).toEqual([]);
      });

      it('finds rooms with someone of that name on the roster, as the roster changes', async () => {
        const a = await searchOrSkip();
        if (!a) return;
        const [person] = await a.resolvePeople([user(0)]);
        expect(person, 'the harness names its first user').toBeDefined();
        const name = person!.displayName;
        const firstWord = name.split(/\s+/)[0] ?? name;
        const withThem = await a.createRoom({ subject: 'Consult', participants: [{ id: user(0), role: 'Attendee' }] });
        const later = await a.createRoom({ subject: 'Review', participants: [{ id: user(6) }] });
        const without = await a.createRoom({ subject: 'Other consult', participants: [{ id: user(6) }] });

        expect(await found(a, name)).toEqual([withThem.id]);
        expect(await found(a, name.toUpperCase())).toEqual([withThem.id]);
        expect(await found(a, firstWord)).toContain(withThem.id);
        expect(await found(a, firstWord)).not.toContain(without.id);

        await a.upsertParticipants(later.id, [{ id: user(0), role: 'Presenter' }]);
        expect(await found(a, name)).toEqual([withThem.id, later.id].sort());
        await a.removeParticipants(withThem.id, [user(0)]);
        expect(await found(a, name)).toEqual([later.id]);
      });

      it('finds a room by a fragment of its id', async () => {
        const a = await searchOrSkip();
        if (!a) return;
        const rooms = [await a.createRoom({}), await a.createRoom({}), await a.createRoom({})];
        const target = rooms[1]!;
        // The shortest piece of its id that no other room's id holds.
        let fragment = target.id;
        for (let length = 4; length <= target.id.length && fragment === target.id; length++) {
          for (let start = 0; start + length <= target.id.length; start++) {
            const piece = target.id.slice(start, start + length);
            if (rooms.every((room) => room === target || !room.id.includes(piece))) {
              fragment = piece;
              break;
            }
          }
        }

        expect(await found(a, fragment)).toEqual([target.id]);
        expect(await found(a, target.id)).toEqual([target.id]);
      });

      it('lists every room for an empty search, and leaves deleted rooms out of a search', async () => {
        const a = await searchOrSkip();
        if (!a) return;
        const kept = await a.createRoom({ subject: 'Group session A' });
        const doomed = await a.createRoom({ subject: 'Group session B' });
        await a.deleteRoom(doomed.id);

        expect(await found(a, '   ')).toEqual([kept.id]);
        expect(await found(a, '')).toEqual([kept.id]);
        expect(await found(a, 'group session')).toEqual([kept.id]);
      });

      it('pages a search, and refuses a cursor from another search or from the whole list (validation, cursor)', async () => {
        const a = await searchOrSkip();
        if (!a) return;
        const matching: string[] = [];
        for (let i = 1; i <= 5; i++) {
          matching.push((await a.createRoom({ subject: `Group session ${i}` })).id);
          await a.createRoom({ subject: `Physiotherapy review ${i}` });
        }
        const pageSize = smallPage(2);

        const manual = await readPagesManually((o) => a.listRooms({ ...o, search: 'group session' }), pageSize);
        for (const size of manual.pageSizes) expect(size).toBeLessThanOrEqual(pageSize);
        const ids = manual.items.map((room) => room.id);
        expect(new Set(ids).size, 'no room appears twice').toBe(ids.length);
        expect([...ids].sort()).toEqual([...matching].sort());
        for (const room of manual.items) expect(room.subject).toMatch(/^Group session/);

        const first = await a.listRooms({ search: 'group session', pageSize });
        expect(first.nextCursor, 'five matches need more than one page of two').toBeDefined();
        const cursor = first.nextCursor as string;
        await expectRoomsError(a.listRooms({ search: 'physio', cursor, pageSize }), 'validation', 'cursor');
        await expectRoomsError(a.listRooms({ cursor, pageSize }), 'validation', 'cursor');
        const whole = await a.listRooms({ pageSize });
        expect(whole.nextCursor).toBeDefined();
        await expectRoomsError(
          a.listRooms({ search: 'group session', cursor: whole.nextCursor as string, pageSize }),
          'validation',
          'cursor',
        );
        // The cursor still works with its own search.
        const second = await a.listRooms({ search: 'group session', cursor, pageSize });
        for (const room of second.items) expect(room.subject).toMatch(/^Group session/);
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
          await harness().eventsOpen?.(adapter());
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
          await harness().eventsOpen?.(adapter());
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

      it('tells a subscriber of another tab of every change to its room, and a rooms listener of every room', async () => {
        if (!subscribeOrSkip()) return;
        const here = adapter();
        const elsewhere = harness().otherTab?.() ?? here;
        expect(typeof here.subscribeRooms).toBe('function');
        const room = await elsewhere.createRoom({ subject: 'Follow-up', participants: [{ id: user(0) }] });
        const ofRoom: RoomEvent[] = [];
        const ofAll: RoomEvent[] = [];
        const stopRoom = here.subscribe!(room.id, (e) => ofRoom.push(e));
        const stopAll = here.subscribeRooms!((e) => ofAll.push(e));
        // What a view shows of the room is what the events say, from the room it loaded.
        const seen = (events: RoomEvent[], roomId: string) =>
          events.filter((e) => e.type !== 'resync' && e.roomId === roomId).map((e) => e.type);
        try {
          await harness().eventsOpen?.(here);
          await elsewhere.upsertParticipants(room.id, [{ id: user(0), role: 'Consumer' }, { id: user(1) }]);
          await elsewhere.removeParticipants(room.id, [user(1)]);
          const updated = await elsewhere.updateRoom(room.id, { subject: 'Follow-up: results' });
          const created = await elsewhere.createRoom({});
          await elsewhere.deleteRoom(room.id);

          const expected = ['participantsChanged', 'participantsChanged', 'roomUpdated', 'roomDeleted'];
          await vi.waitFor(() => expect(seen(ofAll, room.id)).toEqual(expected), { timeout: EVENT_TIMEOUT_MS });
          await vi.waitFor(() => expect(seen(ofRoom, room.id)).toEqual(expected), { timeout: EVENT_TIMEOUT_MS });
          expect(seen(ofAll, created.id)).toEqual(['roomCreated']);
          expect(ofRoom.filter((e) => e.roomId !== room.id)).toEqual([]);

          const changes = ofRoom.filter((e) => e.type === 'participantsChanged');
          const first = changes[0];
          expect(first?.type === 'participantsChanged' && sortById(first.upserted)).toEqual(
            sortById([
              { id: user(0), role: 'Consumer' },
              { id: user(1), role: 'Attendee' },
            ]),
          );
          expect(changes[1]).toMatchObject({ upserted: [], removed: [user(1)] });
          expect(ofRoom.find((e) => e.type === 'roomUpdated')).toMatchObject({
            room: { id: room.id, subject: 'Follow-up: results', version: updated.version },
          });
          const made = ofAll.find((e) => e.type === 'roomCreated');
          expect(made?.type === 'roomCreated' && withoutBookkeeping(made.room)).toEqual(withoutBookkeeping(created));
        } finally {
          stopRoom();
          stopAll();
        }
      });
    });

    describe('call activity (where features.activity)', () => {
      it('answers a room without calls with none, no call going on, and refuses a deleted room', async () => {
        const a = adapter();
        if (!a.features.activity) {
          expect(a.features.activity).toBe(false);
          return;
        }
        expect(typeof a.getRoomActivity).toBe('function');
        const room = await a.createRoom({});
        expect(room.call).toBeUndefined();
        expect(await a.getRoomActivity!(room.id)).toEqual({ roomId: room.id, calls: [] });
        expect((await a.getRoom(room.id)).call).toBeUndefined();
        await expectRoomsError(a.getRoomActivity!(await goneRoomId(a)), 'notFound');
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
