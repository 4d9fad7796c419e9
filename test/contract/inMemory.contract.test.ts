/**
 * Runs the RoomsAdapter contract against the in-memory adapter: once with a fixed clock, once with the real clock,
 * an empty page every second page (so clients must follow `nextCursor` past empty pages) and join policies on.
 */
import { createInMemoryRoomsAdapter, makePeople } from '../../src/adapter/inMemory';
import { describeRoomsAdapterContract } from './roomsAdapterContract';

/** Enough people for a roster that needs several pages; the directory knows them all. */
const PEOPLE_COUNT = 26;

describeRoomsAdapterContract('in-memory, fixed clock', async () => {
  const fixedNow = new Date('2026-03-02T09:30:00.000Z');
  const now = () => new Date(fixedNow.getTime());
  const people = makePeople(PEOPLE_COUNT, 1);
  return {
    adapter: createInMemoryRoomsAdapter({ now, people }),
    now,
    userIds: people.map((p) => p.id),
  };
});

describeRoomsAdapterContract('in-memory, real clock, empty pages, join policy', async () => {
  const now = () => new Date();
  const people = makePeople(PEOPLE_COUNT, 2);
  return {
    adapter: createInMemoryRoomsAdapter({ now, people, emptyPageEvery: 2, joinPolicy: true }),
    now,
    userIds: people.map((p) => p.id),
  };
});
