/**
 * The shared Rooms model on its own: a plan changes nothing until it is applied, a refused plan throws the service's
 * error and leaves the state alone, replaying saved changes rebuilds the same state, and a snapshot that does not fit
 * together is refused with a message. (What the rules are is the contract suite's job, run on every backend.)
 */
import { describe, expect, it } from 'vitest';
import { makeUserId } from '../../src/adapter/inMemory/people';
import { FIRST_POSITION } from '../../src/core/cursor';
import { isRoomsError } from '../../src/core/errors';
import { createRoomsModel, digitRoomIds, type RoomsChange, type RoomsModel } from '../../src/core/roomsModel';
import { seededRandom } from '../../src/core/random';

const NOW = new Date('2026-06-02T09:00:00Z');
const HOUR = 3_600_000;

function model(from?: unknown, options: { emptyPageEvery?: number } = {}): RoomsModel {
  return createRoomsModel({ now: () => NOW, newRoomId: digitRoomIds(seededRandom(7)), ...options }, from);
}

/** Plans and applies, collecting the changes as a journal would. */
function recorder(target: RoomsModel) {
  const changes: RoomsChange[] = [];
  const commit = (change: RoomsChange | undefined): void => {
    if (!change) return;
    target.apply(change);
    changes.push(structuredClone(change));
  };
  return { changes, commit };
}

const user = (n: number): string => makeUserId(n, 42);

describe('the Rooms model', () => {
  it('changes nothing while a write is only planned', () => {
    const rooms = model();
    const plan = rooms.planCreate({ participants: [{ id: user(1), role: 'Presenter' }] });
    expect(plan.kind).toBe('create');
    expect(rooms.roomCount).toBe(0);
    expect(() => rooms.getRoom(plan.room.id)).toThrow(/Invalid room ID/);
    if (plan.kind === 'create') rooms.apply(plan.change);
    expect(rooms.getRoom(plan.room.id)).toEqual(plan.room);
    expect(rooms.roleOf(plan.room.id, user(1))).toBe('Presenter');
  });

  it('refuses a roster change with one bad entry whole, naming the entry, and keeps the roster', () => {
    const rooms = model();
    const { commit } = recorder(rooms);
    const plan = rooms.planCreate({ participants: [{ id: user(1) }] });
    if (plan.kind === 'create') commit(plan.change);
    const before = rooms.snapshot();
    let caught: unknown;
    try {
      rooms.planUpsert(plan.room.id, [{ id: user(2), role: 'Consumer' }, { id: '8:acs:garbage-id' }]);
    } catch (error) {
      caught = error;
    }
    expect(isRoomsError(caught) && caught.code).toBe('validation');
    expect(isRoomsError(caught) && caught.details).toEqual([
      { code: 'malformed', message: 'Invalid format for communication identifier.', target: '8:acs:garbage-id' },
    ]);
    expect(rooms.snapshot()).toEqual(before);
  });

  it('rebuilds the same state, sequence numbers included, from a snapshot or by replaying the changes', () => {
    const rooms = model();
    const { changes, commit } = recorder(rooms);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const plan = rooms.planCreate(
        { validUntil: new Date(NOW.getTime() + (i + 1) * HOUR), participants: [{ id: user(i) }] },
        `key-${i}`,
      );
      if (plan.kind === 'create') commit(plan.change);
      ids.push(plan.room.id);
    }
    commit(
      rooms.planUpsert(ids[0]!, [
        { id: user(9), role: 'Consumer' },
        { id: user(0), role: 'Presenter' },
      ]).change,
    );
    commit(rooms.planRemove(ids[1]!, [user(1), user(8)]).change);
    commit(rooms.planUpdate(ids[2]!, { pstnDialOutEnabled: true }).change);
    commit(rooms.planDelete(ids[3]!));

    const restored = model(JSON.parse(JSON.stringify(rooms.snapshot())));
    expect(restored.snapshot()).toEqual(rooms.snapshot());
    const replayed = model();
    for (const change of changes) replayed.apply(change);
    expect(replayed.snapshot()).toEqual(rooms.snapshot());
    // A role change keeps the participant's place; the newcomer goes to the end.
    expect(restored.listParticipants(ids[0]!, FIRST_POSITION, 10).items).toEqual([
      { id: user(0), role: 'Presenter' },
      { id: user(9), role: 'Consumer' },
    ]);
    // The repeatable-create record came along: the same request is the same room, another is a conflict.
    expect(
      restored.planCreate({ validUntil: new Date(NOW.getTime() + HOUR), participants: [{ id: user(0) }] }, 'key-0'),
    ).toMatchObject({ kind: 'replay', room: { id: ids[0] } });
    expect(() => restored.planCreate({}, 'key-0')).toThrow(/already used to create a different room/);
    // A deleted room's id stays taken.
    expect(() =>
      restored.apply({
        type: 'roomCreated',
        room: { ...rooms.getRoom(ids[0]!), id: ids[3]!, createdAt: 0, validFrom: 0, validUntil: 1 },
        participants: [],
      }),
    ).toThrow(/already exists/);
  });

  it('pages with empty pages that still have a next position, and neither skips nor repeats after a delete', () => {
    const rooms = model(undefined, { emptyPageEvery: 2 });
    const { commit } = recorder(rooms);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const plan = rooms.planCreate({});
      if (plan.kind === 'create') commit(plan.change);
      ids.push(plan.room.id);
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let position = FIRST_POSITION;
    for (let guard = 0; guard < 20; guard++) {
      const page = rooms.listRooms(position, 2);
      seen.push(...page.items.map((room) => room.id));
      sizes.push(page.items.length);
      // A room already listed goes between two pages.
      if (guard === 0) commit(rooms.planDelete(ids[0]!));
      if (!page.next) break;
      position = page.next;
    }
    expect(seen).toEqual(ids);
    expect(sizes).toEqual([2, 2, 0, 2, 1]);
  });

  it.each([
    ['not a snapshot', { hello: 'world' }, /not valid/],
    [
      'one room twice',
      {
        version: 1,
        roomSeq: 2,
        participantSeq: 0,
        rooms: [1, 2].map((seq) => ({
          seq,
          id: '12345678901234567',
          createdAt: 0,
          validFrom: 0,
          validUntil: 1,
          pstnDialOutEnabled: false,
          participants: [],
        })),
        deletedIds: [],
        idempotency: [],
      },
      /the room 12345678901234567 twice/,
    ],
    [
      'a room numbered after the counter',
      {
        version: 1,
        roomSeq: 1,
        participantSeq: 0,
        rooms: [
          { seq: 5, id: '1', createdAt: 0, validFrom: 0, validUntil: 1, pstnDialOutEnabled: false, participants: [] },
        ],
        deletedIds: [],
        idempotency: [],
      },
      /out of order/,
    ],
  ])('refuses a snapshot with %s', (_label, snapshot, message) => {
    expect(() => model(snapshot)).toThrow(message);
  });
});
