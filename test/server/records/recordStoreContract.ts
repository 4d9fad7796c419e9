/**
 * The one contract every `RoomRecordStore` passes, written against the interface: records and their merge writes,
 * writers that take turns (also across two store instances on one storage, as two servers are), the roster index,
 * scoped and searched keyset lists, and create intents a crashed process leaves behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoomRole } from '../../../src/core/roles';
import { roomSearchText } from '../../../src/core/roomDetails';
import type { RoomParticipant } from '../../../src/core/types';
import { BULK_GROUPS, bulkParticipant, bulkRecord } from './bulkRecords';
import type {
  NewRoomRecord,
  RoomRecord,
  RoomRecordQuery,
  RoomRecordStore,
  RoomScope,
} from '../../../src/server/records/types';

/** One storage, empty when opened, and the ways a test reaches it. */
export interface RecordStorage {
  /** The store the test uses. */
  store: RoomRecordStore;
  /** Another store instance on the same storage, as a second server (or a restarted process) would open it. */
  another(): Promise<RoomRecordStore>;
  /** Fills the storage with `count` records, `bulkRecord(i)` with `bulkParticipant(i)`, at once. */
  seed(count: number): Promise<void>;
}

/** How a test file provides storage to the contract. */
export interface RecordStoreHarness {
  /** Opens new, empty storage; the harness closes and removes it after the file. */
  open(): Promise<RecordStorage>;
}

let clock = Date.UTC(2026, 5, 1, 8);
let serial = 0;

/** A record made now (each a second after the last), with what the test names. */
function newRecord(overrides: Partial<NewRoomRecord> = {}): NewRoomRecord {
  clock += 1000;
  serial += 1;
  const createdAt = new Date(clock);
  return {
    roomId: `room-${serial}-${Math.random().toString(36).slice(2, 8)}`,
    createdAt,
    validFrom: new Date(clock + 86_400_000),
    validUntil: new Date(clock + 86_400_000 + 1_800_000),
    pstnDialOutEnabled: false,
    updatedAt: createdAt,
    adopted: false,
    ...overrides,
  };
}

const person = (id: string, role: RoomRole = 'Attendee'): RoomParticipant => ({ id: `8:acs:${id}`, role });

function search(typed: string, participantIds: string[] = []): RoomRecordQuery['search'] {
  const text = roomSearchText(typed);
  if (text === undefined) throw new Error(`"${typed}" is no search`);
  return { text, participantIds };
}

/** Every record in `scope` (and `query`), read page by page; checks each page against `allowed` as it goes. */
async function readAll(
  store: RoomRecordStore,
  query: Omit<RoomRecordQuery, 'limit' | 'after'>,
  limit: number,
  allowed?: ReadonlySet<string>,
): Promise<RoomRecord[]> {
  const all: RoomRecord[] = [];
  let after: RoomRecordQuery['after'];
  for (;;) {
    const page = await store.list({ ...query, limit, ...(after ? { after } : {}) });
    expect(page.records.length).toBeLessThanOrEqual(limit);
    if (allowed) for (const record of page.records) expect(allowed).toContain(record.roomId);
    all.push(...page.records);
    if (!page.next) return all;
    after = page.next;
  }
}

const ids = (records: readonly { roomId: string }[]) => records.map((record) => record.roomId);

/** Runs the contract against the stores `harness` opens. */
export function recordStoreContract(name: string, harness: RecordStoreHarness): void {
  describe(`RoomRecordStore contract: ${name}`, () => {
    it('keeps an inserted record with its roster, and refuses a second record for the same room', async () => {
      const { store } = await harness.open();
      const record = newRecord({
        subject: 'Follow-up: Priya Raman',
        timeZone: 'Europe/Berlin',
        description: 'Bring the lab results.',
        reference: 'APT-1001',
        organizerId: '8:acs:organizer',
        tenantId: 'clinic-north',
        updatedBy: '8:acs:organizer',
      });
      const saved = await store.insert(record, [person('priya'), person('amara', 'Presenter')]);
      expect(saved).toEqual({
        ...record,
        version: 1,
        participantCount: 2,
        firstParticipants: [person('amara', 'Presenter'), person('priya')],
      });
      expect(await store.get(record.roomId)).toEqual(saved);
      expect(await store.get('no-such-room')).toBeUndefined();
      expect(await store.roomIds()).toEqual([record.roomId]);

      await expect(store.insert({ ...record, subject: 'Someone else' }, [])).rejects.toMatchObject({
        name: 'RoomRecordStoreError',
        code: 'exists',
      });
      expect(await store.get(record.roomId)).toEqual(saved);
    });

    it('hands out copies: changing a returned record changes nothing stored', async () => {
      const { store } = await harness.open();
      const record = newRecord({ subject: 'Original' });
      const saved = await store.insert(record, [person('a')]);
      saved.subject = 'Changed';
      saved.validFrom.setTime(0);
      saved.firstParticipants.push(person('intruder'));
      const read = await store.get(record.roomId);
      read?.firstParticipants.splice(0);
      expect(await store.get(record.roomId)).toMatchObject({
        subject: 'Original',
        validFrom: record.validFrom,
        firstParticipants: [person('a')],
      });
    });

    it('merges writes (absent fields stay, null clears) and grows the version by one each time', async () => {
      const { store } = await harness.open();
      const record = newRecord({
        subject: 'Intake',
        timeZone: 'Europe/Berlin',
        description: 'Notes',
        reference: 'R-1',
      });
      await store.insert(record, []);
      const later = new Date(record.createdAt.getTime() + 60_000);
      const validUntil = new Date(record.validUntil.getTime() + 900_000);

      const first = await store.update(record.roomId, () => ({
        write: { subject: '  kept as given  ', description: null, validUntil, updatedAt: later, updatedBy: '8:acs:b' },
      }));
      expect(first).toMatchObject({
        subject: '  kept as given  ',
        timeZone: 'Europe/Berlin',
        reference: 'R-1',
        validFrom: record.validFrom,
        validUntil,
        version: 2,
        updatedAt: later,
        updatedBy: '8:acs:b',
      });
      expect(first).not.toHaveProperty('description');

      const second = await store.update(record.roomId, async (current) => {
        expect(current?.version).toBe(2);
        return { write: { pstnDialOutEnabled: true, reference: null, updatedBy: null, updatedAt: later } };
      });
      expect(second).toMatchObject({ pstnDialOutEnabled: true, subject: '  kept as given  ', version: 3 });
      expect(second).not.toHaveProperty('reference');
      expect(second).not.toHaveProperty('updatedBy');
      expect(await store.get(record.roomId)).toEqual(second);

      expect(await store.update(record.roomId, () => ({ keep: true }))).toEqual(second);
      expect((await store.get(record.roomId))?.version).toBe(3);
    });

    it('removes a record with its roster index when the callback says so', async () => {
      const { store } = await harness.open();
      const record = newRecord({ organizerId: '8:acs:owner' });
      await store.insert(record, [person('guest')]);
      expect(await store.update(record.roomId, () => ({ remove: true }))).toBeUndefined();
      expect(await store.get(record.roomId)).toBeUndefined();
      expect(await store.roomIds()).toEqual([]);
      const page = await store.list({ scope: { participantId: '8:acs:guest' }, limit: 10 });
      expect(page.records).toEqual([]);
      // The id is free again: a room the service hands out anew (or one adopted later) can be recorded.
      await store.insert(record, []);
      expect((await store.get(record.roomId))?.version).toBe(1);
    });

    it('writes nothing when the callback throws, and passes its error on', async () => {
      const { store } = await harness.open();
      const record = newRecord({ subject: 'Before' });
      await store.insert(record, []);
      const refusal = new Error('The Rooms service refused the change.');
      await expect(
        store.update(record.roomId, async () => {
          await store.get(record.roomId);
          throw refusal;
        }),
      ).rejects.toBe(refusal);
      await expect(
        store.update(record.roomId, () => {
          throw refusal;
        }),
      ).rejects.toBe(refusal);
      expect(await store.get(record.roomId)).toMatchObject({ subject: 'Before', version: 1 });
      // The room is not left held: the next writer goes through.
      expect(
        await store.update(record.roomId, () => ({ write: { subject: 'After', updatedAt: new Date() } })),
      ).toMatchObject({ subject: 'After', version: 2 });
    });

    it('gives the callback undefined for a room without a record, and writes nothing for it', async () => {
      const { store } = await harness.open();
      const seen: Array<RoomRecord | undefined> = [];
      const result = await store.update('never-recorded', (current) => {
        seen.push(current);
        return { write: { subject: 'Nowhere', updatedAt: new Date() } };
      });
      expect(seen).toEqual([undefined]);
      expect(result).toBeUndefined();
      expect(await store.get('never-recorded')).toBeUndefined();
    });

    it('holds a room that has no record yet: an insert from another instance waits for the update', async () => {
      const { store, another } = await harness.open();
      const other = await another();
      const record = newRecord({ subject: 'Made meanwhile' });
      const events: string[] = [];
      let began!: () => void;
      const inCallback = new Promise<void>((resolve) => (began = resolve));
      const updated = store.update(record.roomId, async (current) => {
        began();
        events.push(current ? 'update saw a record' : 'update saw none');
        // While the update holds the id, the other instance's insert has every chance to go through: it must not.
        for (let look = 0; look < 30 && !events.includes('insert done'); look++) await other.get(record.roomId);
        return { keep: true };
      });
      await inCallback;
      const inserted = other.insert(record, []).then((saved) => {
        events.push('insert done');
        return saved;
      });
      await updated;
      events.push('update done');
      expect((await inserted).version).toBe(1);
      expect(events).toEqual(['update saw none', 'update done', 'insert done']);
    });

    it('loses no update when 20 writers on two store instances read, wait and write the same room at once', async () => {
      const { store, another } = await harness.open();
      const other = await another();
      const record = newRecord({ description: '0' });
      await store.insert(record, []);
      const versions = await Promise.all(
        Array.from({ length: 20 }, async (_, n) => {
          const writer = n % 2 === 0 ? store : other;
          const after = await writer.update(record.roomId, async (current) => {
            const count = Number(current?.description);
            // Between reading and writing, the callback waits on something else (as the handler waits on the service).
            await other.get(record.roomId);
            return { write: { description: String(count + 1), updatedAt: new Date() } };
          });
          return after?.version;
        }),
      );
      expect([...versions].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, n) => n + 2));
      expect(await store.get(record.roomId)).toMatchObject({ description: '20', version: 21 });
      expect(await other.get(record.roomId)).toMatchObject({ description: '20', version: 21 });
    });

    it('keeps the roster index in invitation order, with presenters first in the preview', async () => {
      const { store } = await harness.open();
      const record = newRecord();
      const saved = await store.insert(record, [
        person('a'),
        person('b', 'Presenter'),
        person('c', 'Consumer'),
        person('d'),
        person('e', 'Presenter'),
      ]);
      expect(saved.participantCount).toBe(5);
      expect(saved.firstParticipants).toEqual([
        person('b', 'Presenter'),
        person('e', 'Presenter'),
        person('a'),
        person('c', 'Consumer'),
      ]);

      // A new role keeps the invitation place; newcomers come after everyone invited before.
      await store.updateParticipants(
        record.roomId,
        [
          ['8:acs:f', 'Presenter'],
          ['8:acs:a', 'Presenter'],
          ['8:acs:g', 'Attendee'],
        ],
        ['8:acs:b'],
      );
      expect(await store.get(record.roomId)).toMatchObject({
        participantCount: 6,
        firstParticipants: [
          person('a', 'Presenter'),
          person('e', 'Presenter'),
          person('f', 'Presenter'),
          person('c', 'Consumer'),
        ],
        version: 1,
      });
      const withB = await store.list({ scope: { participantId: '8:acs:b' }, limit: 5 });
      expect(withB.records).toEqual([]);
      const withG = await store.list({ scope: { participantId: '8:acs:g' }, limit: 5 });
      expect(ids(withG.records)).toEqual([record.roomId]);

      await store.replaceParticipants(record.roomId, [person('x'), person('y', 'Collaborator')]);
      expect(await store.get(record.roomId)).toMatchObject({
        participantCount: 2,
        firstParticipants: [person('x'), person('y', 'Collaborator')],
      });
      expect((await store.list({ scope: { participantId: '8:acs:g' }, limit: 5 })).records).toEqual([]);

      // A room without a record is left alone.
      await store.updateParticipants('no-record', [['8:acs:z', 'Attendee']], []);
      await store.replaceParticipants('no-record', [person('z')]);
      expect(await store.get('no-record')).toBeUndefined();
      expect((await store.list({ scope: { participantId: '8:acs:z' }, limit: 5 })).records).toEqual([]);
    });

    it('lists only the rooms of the scope, on every page, and nothing for an empty scope', async () => {
      const { store } = await harness.open();
      const r1 = newRecord({ organizerId: 'A', tenantId: 'T1' });
      const r2 = newRecord({ organizerId: 'B', tenantId: 'T1' });
      const r3 = newRecord({ organizerId: 'B', tenantId: 'T2' });
      const r4 = newRecord();
      const r5 = newRecord({ organizerId: 'A', tenantId: 'T2' });
      await store.insert(r4, [person('p'), person('q')]);
      await store.insert(r1, []);
      await store.insert(r5, [person('q')]);
      await store.insert(r3, [person('p', 'Presenter')]);
      await store.insert(r2, []);
      const cases: Array<[RoomScope, NewRoomRecord[]]> = [
        [{ all: true }, [r1, r2, r3, r4, r5]],
        [{ organizerId: 'A' }, [r1, r5]],
        [{ tenantId: 'T1' }, [r1, r2]],
        [{ participantId: '8:acs:p' }, [r3, r4]],
        [{ organizerId: 'A', participantId: '8:acs:p' }, [r1, r3, r4, r5]],
        [{ tenantId: 'T2', participantId: '8:acs:q' }, [r3, r4, r5]],
        [{ organizerId: 'nobody' }, []],
        [{}, []],
        [{ all: false }, []],
      ];
      for (const [scope, expected] of cases) {
        const allowed = new Set(expected.map((record) => record.roomId));
        for (const limit of [1, 2, 10]) {
          expect(ids(await readAll(store, { scope }, limit, allowed)), JSON.stringify(scope)).toEqual(ids(expected));
        }
      }
    });

    it('pages by creation time and id, and a page boundary stays put while rooms are added', async () => {
      const { store } = await harness.open();
      const first = Array.from({ length: 6 }, () => newRecord());
      for (const record of first) await store.insert(record, []);
      const tie = new Date(first[1]!.createdAt);
      const page1 = await store.list({ scope: { all: true }, limit: 2 });
      expect(ids(page1.records)).toEqual(ids(first.slice(0, 2)));
      expect(page1.next).toBeDefined();

      // Made between two page reads: one before the boundary, one on its instant (ordered by id), one at the end.
      const before = newRecord({ createdAt: new Date(first[0]!.createdAt.getTime() + 1) });
      const sameInstant = newRecord({ roomId: `${first[1]!.roomId}~`, createdAt: tie });
      const atEnd = newRecord();
      for (const record of [before, sameInstant, atEnd]) await store.insert(record, []);

      const rest: RoomRecord[] = [];
      let after = page1.next;
      while (after) {
        const page = await store.list({ scope: { all: true }, limit: 2, after });
        rest.push(...page.records);
        after = page.next;
      }
      expect(ids(rest)).toEqual([sameInstant.roomId, ...ids(first.slice(2)), atEnd.roomId]);
      expect(ids(await readAll(store, { scope: { all: true } }, 3))).toEqual([
        first[0]!.roomId,
        before.roomId,
        first[1]!.roomId,
        sameInstant.roomId,
        ...ids(first.slice(2)),
        atEnd.roomId,
      ]);
    });

    it('searches the folded title, the reference, the id and the roster', async () => {
      const { store } = await harness.open();
      const muller = newRecord({ roomId: '99100000000000001', subject: 'Follow-up: Jürgen Müller' });
      const reference = newRecord({ roomId: '99100000000000002', subject: 'Intake', reference: 'APT-2291' });
      const byId = newRecord({ roomId: '99123456789012345', subject: 'Check-up' });
      const priya = newRecord({ roomId: '99100000000000004', subject: 'Blood test' });
      const other = newRecord({ roomId: '99100000000000005', subject: 'Muesli tasting' });
      await store.insert(muller, [person('juergen')]);
      await store.insert(reference, []);
      await store.insert(byId, []);
      await store.insert(priya, [person('priya'), person('amara', 'Presenter')]);
      await store.insert(other, []);
      const find = async (typed: string, participantIds: string[] = [], scope: RoomScope = { all: true }) =>
        ids(await readAll(store, { scope, search: search(typed, participantIds) }, 2));

      expect(await find('muller')).toEqual([muller.roomId]);
      expect(await find('MÜLLER')).toEqual([muller.roomId]);
      expect(await find('follow-up: j')).toEqual([muller.roomId]);
      expect(await find('apt-22')).toEqual([reference.roomId]);
      expect(await find('2345 6789')).toEqual([byId.roomId]);
      expect(await find('raman', ['8:acs:priya'])).toEqual([priya.roomId]);
      expect(await find('mu', ['8:acs:priya'])).toEqual([muller.roomId, priya.roomId, other.roomId]);
      expect(await find('nothing like it')).toEqual([]);
      expect(await find('muller', [], { organizerId: 'someone-else' })).toEqual([]);
    });

    it('pages a search whose matches come from every branch in list order, each room once, within the scope', async () => {
      const { store } = await harness.open();
      // Twelve rooms in creation order: titles, references, ids and rosters match "derm" by turns, some rooms by
      // two of them at once; some are organised by someone the scope leaves out.
      const made: Array<{ record: NewRoomRecord; matches: boolean; inScope: boolean }> = [];
      for (let i = 0; i < 12; i++) {
        const byTitle = i % 3 === 0;
        const byReference = i % 4 === 1;
        const byId = i % 5 === 2;
        const byRoster = i % 2 === 1;
        const record = newRecord({
          roomId: `99${byId ? 'derm' : 'room'}${String(i).padStart(4, '0')}`,
          subject: byTitle ? `Dermatology ${i}` : `Check-up ${i}`,
          reference: byReference ? `DERM-${i}` : `APT-${i}`,
          organizerId: i % 6 === 5 ? 'someone-else' : 'organiser',
        });
        await store.insert(record, byRoster ? [person('derm-patient'), person(`other-${i}`)] : [person(`other-${i}`)]);
        made.push({ record, matches: byTitle || byReference || byId || byRoster, inScope: i % 6 !== 5 });
      }
      const everyMatch = made.filter((m) => m.matches).map((m) => m.record.roomId);
      const scoped = made.filter((m) => m.matches && m.inScope).map((m) => m.record.roomId);
      const query = (scope: RoomScope) => ({ scope, search: search('derm', ['8:acs:derm-patient', '8:acs:other-3']) });
      for (const limit of [1, 2, 3, 50]) {
        expect(ids(await readAll(store, query({ all: true }), limit))).toEqual(everyMatch);
        expect(ids(await readAll(store, query({ organizerId: 'organiser' }), limit))).toEqual(scoped);
        // Two facts: the organiser's rooms or those of a participant on one room the organiser does not have.
        const either = await readAll(store, query({ organizerId: 'organiser', participantId: '8:acs:other-5' }), limit);
        expect(ids(either)).toEqual(
          made.filter((m, i) => m.matches && (m.inScope || i === 5)).map((m) => m.record.roomId),
        );
      }
    });

    it('takes %, _ and \\ in a search literally', async () => {
      const { store } = await harness.open();
      const percent = newRecord({ subject: '100% attendance' });
      const digits = newRecord({ subject: '1000 attendees' });
      const underscore = newRecord({ subject: 'a_b review' });
      const letter = newRecord({ subject: 'axb review' });
      const backslash = newRecord({ subject: 'path c:\\temp' });
      for (const record of [percent, digits, underscore, letter, backslash]) await store.insert(record, []);
      const find = async (typed: string) =>
        ids(await readAll(store, { scope: { all: true }, search: search(typed) }, 10));
      expect(await find('0%')).toEqual([percent.roomId]);
      expect(await find('%')).toEqual([percent.roomId]);
      expect(await find('a_b')).toEqual([underscore.roomId]);
      expect(await find('_')).toEqual([underscore.roomId]);
      expect(await find('c:\\t')).toEqual([backslash.roomId]);
    });

    it('keeps create intents until the record is written or the create is ended, for any instance to find', async () => {
      const { store, another } = await harness.open();
      const t0 = new Date(Date.UTC(2026, 0, 1, 9));
      const t1 = new Date(t0.getTime() + 1000);
      const request = {
        validFrom: '2026-01-02T09:00:00.000Z',
        subject: 'Follow-up',
        participants: [{ id: '8:acs:p' }],
      };
      expect(await store.beginCreate({ key: 'key-1', startedAt: t0, request })).toBe(true);
      expect(await store.beginCreate({ key: 'key-1', startedAt: t1, request: {} })).toBe(false);
      expect(await store.beginCreate({ key: 'key-2', startedAt: t1, request: { n: 2 } })).toBe(true);

      // The process that began them is gone; another one (a restart, another server) finds them.
      const survivor = await another();
      expect(await survivor.staleCreates(new Date(t1.getTime() + 1))).toEqual([
        { key: 'key-1', startedAt: t0, request },
        { key: 'key-2', startedAt: t1, request: { n: 2 } },
      ]);
      expect(await survivor.staleCreates(t1)).toEqual([{ key: 'key-1', startedAt: t0, request }]);
      expect(await survivor.staleCreates(t0)).toEqual([]);

      const record = newRecord();
      await store.insert(record, [], { intentKey: 'key-1' });
      expect(ids([(await survivor.get(record.roomId))!])).toEqual([record.roomId]);
      expect((await survivor.staleCreates(new Date(t1.getTime() + 1))).map((intent) => intent.key)).toEqual(['key-2']);

      await survivor.endCreate('key-2');
      expect(await store.staleCreates(new Date(t1.getTime() + 1))).toEqual([]);
      // A refused insert leaves its intent: the create is not finished.
      expect(await store.beginCreate({ key: 'key-3', startedAt: t1, request: null })).toBe(true);
      await expect(store.insert(record, [], { intentKey: 'key-3' })).rejects.toMatchObject({ code: 'exists' });
      expect((await store.staleCreates(new Date(t1.getTime() + 1))).map((intent) => intent.key)).toEqual(['key-3']);
    });

    describe('with 100,000 rooms', () => {
      let storage: RecordStorage;
      beforeAll(async () => {
        storage = await harness.open();
        await storage.seed(100_000);
      });

      it('gives a caller who may see 20 of 100,000 rooms those 20 in one page', async () => {
        const { store } = storage;
        const expected = (group: number) =>
          Array.from({ length: 20 }, (_, n) => bulkRecord(group + n * BULK_GROUPS).roomId);
        for (const [scope, group] of [
          [{ organizerId: 'bulk-organizer-42' }, 42],
          [{ tenantId: 'bulk-tenant-4999' }, 4999],
          [{ participantId: bulkParticipant(7).id }, 7],
        ] as Array<[RoomScope, number]>) {
          const page = await store.list({ scope, limit: 20 });
          expect(ids(page.records), JSON.stringify(scope)).toEqual(expected(group));
          expect(page.next).toBeUndefined();
        }
        const last = await store.get(bulkRecord(99_999).roomId);
        expect(last).toEqual({
          ...bulkRecord(99_999),
          version: 1,
          participantCount: 1,
          firstParticipants: [bulkParticipant(99_999)],
        });
        const searched = await store.list({
          scope: { organizerId: 'bulk-organizer-42' },
          search: search('room 4504'),
          limit: 5,
        });
        expect(ids(searched.records)).toEqual([bulkRecord(45_042).roomId]);
      });
    });
  });
}
