import { describe, expect, it } from 'vitest';
import { collectAll } from '../../src/adapter/paging';
import { createInMemoryRoomsAdapter, DEFAULT_PEOPLE } from '../../src/adapter/inMemory';
import { saveRosterPlan, type RosterSaveStep } from '../../src/adapter/saveRosterPlan';
import { isRoomsError } from '../../src/core/errors';

const NOW = new Date('2025-06-02T09:00:00.000Z');
const [ana, bo, cy] = DEFAULT_PEOPLE.map((p) => p.id) as [string, string, string];

async function seeded() {
  const adapter = createInMemoryRoomsAdapter({ now: () => new Date(NOW), seed: 7 });
  const room = await adapter.createRoom({
    validFrom: NOW,
    validUntil: new Date(NOW.getTime() + 3_600_000),
    participants: [
      { id: ana, role: 'Presenter' },
      { id: bo, role: 'Attendee' },
    ],
  });
  const roster = async () =>
    (await collectAll((o) => adapter.listParticipants(room.id, o))).map(
      (p) => `${p.id === ana ? 'ana' : p.id === bo ? 'bo' : 'cy'}:${p.role}`,
    );
  return { adapter, roomId: room.id, roster };
}

describe('saveRosterPlan', () => {
  it('sends the upsert, then the removal, and reports each step', async () => {
    const { adapter, roomId, roster } = await seeded();
    const steps: RosterSaveStep[] = [];
    await saveRosterPlan(
      adapter,
      roomId,
      {
        upserts: [
          { id: cy, role: 'Consumer' },
          { id: ana, role: 'Attendee' },
        ],
        removals: [bo],
      },
      {
        onStep: (step) => steps.push(step),
      },
    );
    expect(await roster()).toEqual(['ana:Attendee', 'cy:Consumer']);
    expect(steps.map((s) => `${s.kind}:${s.phase}:${s.ids.length}`)).toEqual([
      'upsert:sending:2',
      'upsert:landed:2',
      'remove:sending:1',
      'remove:landed:1',
    ]);
  });

  it('makes no call for an empty plan', async () => {
    const { adapter, roomId } = await seeded();
    adapter.resetCalls();
    await saveRosterPlan(adapter, roomId, { upserts: [], removals: [] });
    expect(adapter.calls).toHaveLength(0);
  });

  it('when the removal fails, the upsert has landed and says so; the error is the service’s', async () => {
    const { adapter, roomId, roster } = await seeded();
    adapter.faults.failNext('unavailable', { operation: 'removeParticipants' });
    const landed: string[] = [];
    const failure = await saveRosterPlan(
      adapter,
      roomId,
      { upserts: [{ id: cy, role: 'Attendee' }], removals: [bo] },
      {
        onStep: (s) => s.phase === 'landed' && landed.push(s.kind),
      },
    ).catch((e: unknown) => e);
    expect(isRoomsError(failure) && failure.code).toBe('unavailable');
    expect(landed).toEqual(['upsert']);
    expect(await roster()).toEqual(['ana:Presenter', 'bo:Attendee', 'cy:Attendee']);
  });

  it('sends nothing more once cancelled', async () => {
    const { adapter, roomId, roster } = await seeded();
    const controller = new AbortController();
    const failure = await saveRosterPlan(
      adapter,
      roomId,
      { upserts: [{ id: cy, role: 'Attendee' }], removals: [bo] },
      {
        signal: controller.signal,
        onStep: (s) => s.phase === 'landed' && controller.abort(),
      },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DOMException);
    expect(await roster()).toEqual(['ana:Presenter', 'bo:Attendee', 'cy:Attendee']);
  });
});
