import type { RosterSavePlan } from '../core/roster';
import type { RoomsAdapter } from './types';

/** One of the (at most two) adapter calls that save a roster plan. */
export type RosterSaveStepKind = 'upsert' | 'remove';

/** What {@link SaveRosterPlanOptions.onStep} hears: a step about to be sent, or a step the service accepted. */
export interface RosterSaveStep {
  /** `upsert` adds people and changes roles; `remove` takes people off. */
  kind: RosterSaveStepKind;
  /** `sending` just before the call; `landed` once the service accepted it (durable, even if a later step fails). */
  phase: 'sending' | 'landed';
  /** The participant ids this step carries. */
  ids: readonly string[];
}

/** Options of {@link saveRosterPlan}. */
export interface SaveRosterPlanOptions {
  /** Cancels what has not been sent yet; a step already accepted stays accepted. */
  signal?: AbortSignal | undefined;
  /** Hears each step as it is sent and as it lands, so a caller can record partial progress and name what failed. */
  onStep?: ((step: RosterSaveStep) => void) | undefined;
}

/**
 * Saves a roster plan with the fewest calls, in one order for every component: first the upsert (people added and
 * roles changed), then the removal. Upserting first means a failure part-way leaves someone extra on the roster, who
 * the retry removes, rather than leaving a person who was moved or invited without a place in the room.
 *
 * Rejects with the failing call's `RoomsError`; `onStep` has told the caller which steps landed before it.
 *
 * @example
 * ```ts
 * await saveRosterPlan(adapter, roomId, planRosterSave(diffRoster(saved, draft)), {
 *   signal,
 *   onStep: (step) => { if (step.phase === 'landed') markSaved(step.kind, step.ids); },
 * });
 * ```
 */
export async function saveRosterPlan(
  adapter: Pick<RoomsAdapter, 'upsertParticipants' | 'removeParticipants'>,
  roomId: string,
  plan: RosterSavePlan,
  options: SaveRosterPlanOptions = {},
): Promise<void> {
  const { signal, onStep } = options;
  if (plan.upserts.length > 0) {
    const ids = plan.upserts.map((p) => p.id);
    onStep?.({ kind: 'upsert', phase: 'sending', ids });
    await adapter.upsertParticipants(roomId, plan.upserts, { signal });
    onStep?.({ kind: 'upsert', phase: 'landed', ids });
  }
  if (plan.removals.length > 0) {
    signal?.throwIfAborted();
    onStep?.({ kind: 'remove', phase: 'sending', ids: plan.removals });
    await adapter.removeParticipants(roomId, plan.removals, { signal });
    onStep?.({ kind: 'remove', phase: 'landed', ids: plan.removals });
  }
}
