/**
 * Knock to join on several servers: two handler instances in front of one Rooms service and one lobby store (one
 * memory store shared by both; two PostgreSQL stores on one database, as two servers would have). A knock through
 * one is listed and admitted through the other, a crowd knocking through both is kept once each, and a role lent
 * by "invite to speak" on one is given back by the other when it hears the call end.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRoomsEmulator, type RoomsEmulator } from '../../src/emulator';
import type { RoomRecordStore } from '../../src/server';
import { deliver } from './events/helpers';
import { as, ATTENDEE, clinic, CONSUMER, lobbyStack, PRESENTER } from './lobbyStack';
import { sharedStorages } from './records/postgresStorage';
import { userId, type Stack } from './stack';

describe.each(sharedStorages('lobbyinstances'))(
  'knock to join on two handler instances over %s',
  (_kind, storesFor) => {
    let service: RoomsEmulator;
    let one: Stack;
    let two: Stack;
    let stores: RoomRecordStore[] = [];

    beforeAll(async () => {
      service = await createRoomsEmulator();
    });
    afterAll(async () => {
      await service.close();
    });
    beforeEach(async () => {
      const [first, second] = storesFor();
      stores = [first, second];
      one = await lobbyStack({ records: first }, { service });
      two = await lobbyStack({ records: second }, { service });
    });
    afterEach(async () => {
      await one.close();
      await two.close();
      await Promise.all([...new Set(stores)].map((store) => store.close()));
      expect([...one.handlerErrors, ...two.handlerErrors]).toEqual([]);
    });

    it('lists and admits through one server what was asked through the other', async () => {
      const { roomId } = await clinic(one);
      const knocker = userId(10);
      const made = await as(one, knocker).knock(roomId, 'Sam Patel');
      expect(made.status).toBe(201);
      expect((await as(two, knocker).knock(roomId, 'Sam Patel')).body.id).toBe(made.body.id);
      expect((await as(two, PRESENTER).list(roomId)).body.value).toMatchObject([
        { id: made.body.id, status: 'pending' },
      ]);
      expect((await as(two, PRESENTER).admit(roomId, made.body.id as string)).status).toBe(200);
      expect((await as(one, knocker).get(roomId, made.body.id as string)).body).toMatchObject({ status: 'admitted' });
      expect((await as(one, PRESENTER).list(roomId)).body.value).toEqual([]);
    });

    it('keeps a hundred people knocking through both servers at once each once, in order', async () => {
      const { roomId } = await clinic(one);
      const people = Array.from({ length: 100 }, (_, i) => userId(200 + i));
      const answers = await Promise.all(
        people.map((person, i) => as(i % 2 === 0 ? one : two, person).knock(roomId, `Patient ${i}`)),
      );
      expect(answers.every((answer) => answer.status === 201)).toBe(true);
      for (const server of [one, two]) {
        const pending = (await as(server, PRESENTER).list(roomId)).body.value as Array<{
          userId: string;
          order: number;
        }>;
        expect(new Set(pending.map((r) => r.userId))).toEqual(new Set(people));
        expect(pending.map((r) => r.order)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      }
    });

    it('gives back on one server the role lent on the other when the call ends', async () => {
      const { roomId } = await clinic(one);
      await as(one, PRESENTER).moderate(roomId, { type: 'inviteToSpeak', userId: CONSUMER });
      await as(one, PRESENTER).moderate(roomId, { type: 'inviteToSpeak', userId: ATTENDEE });
      await deliver(two, [
        { id: `ended-${roomId}`, event: { type: 'callEnded', roomId, callId: 'c1', at: new Date() } },
      ]);
      expect(await as(two, PRESENTER).roster(roomId)).toMatchObject({ [CONSUMER]: 'Consumer', [ATTENDEE]: 'Attendee' });
    });
  },
);
