/**
 * The UI and the backend must refuse the same validity windows, for the same field. This walks one table of windows
 * through `validateValidity` (what the form shows, and on which field) and through a backend's `createRoom` (what the
 * service answers: `RoomsError` code and target), case by case.
 *
 * `describeValidityAgreement` takes a harness factory like the RoomsAdapter contract suite, so the full HTTP stack
 * (HTTP adapter → Node handler → official SDK → local Rooms service) can run the same table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInMemoryRoomsAdapter, makePeople } from '../../src/adapter/inMemory';
import { isRoomsError } from '../../src/core/errors';
import { validateValidity, type ValidityIssueCode } from '../../src/core/validity';
import type { ContractHarness, ContractHarnessFactory } from './harness';
import { startStack } from '../server/stack';
import { DAY_MS, HOUR_MS, MAX_WINDOW_MS, MINUTE_MS, freshKey, instantsFrom } from './helpers';

/** One row of the table: a window built from the backend's clock, and what both sides must say about it. */
interface WindowCase {
  name: string;
  window: (at: (offsetMs: number) => Date) => { validFrom: Date; validUntil: Date };
  /** `accepted`, or the first problem and the field it belongs to. */
  expected: 'accepted' | { code: ValidityIssueCode; target: 'validFrom' | 'validUntil' };
}

const INVALID = new Date(Number.NaN);

/** Margins are minutes or hours, so a real clock moving during the test changes no verdict. */
export const VALIDITY_WINDOWS: readonly WindowCase[] = [
  {
    name: 'a valid hour tomorrow',
    window: (at) => ({ validFrom: at(DAY_MS), validUntil: at(DAY_MS + HOUR_MS) }),
    expected: 'accepted',
  },
  {
    name: 'until equal to from',
    window: (at) => ({ validFrom: at(HOUR_MS), validUntil: at(HOUR_MS) }),
    expected: { code: 'untilNotAfterFrom', target: 'validUntil' },
  },
  {
    name: 'inverted: until an hour before from',
    window: (at) => ({ validFrom: at(2 * HOUR_MS), validUntil: at(HOUR_MS) }),
    expected: { code: 'untilNotAfterFrom', target: 'validUntil' },
  },
  {
    name: 'until in the past',
    window: (at) => ({ validFrom: at(-2 * HOUR_MS), validUntil: at(-HOUR_MS) }),
    expected: { code: 'untilInPast', target: 'validUntil' },
  },
  {
    name: 'exactly 180 days',
    window: (at) => ({ validFrom: at(HOUR_MS), validUntil: at(HOUR_MS + MAX_WINDOW_MS) }),
    expected: 'accepted',
  },
  {
    name: '180 days and one minute',
    window: (at) => ({ validFrom: at(HOUR_MS), validUntil: at(HOUR_MS + MAX_WINDOW_MS + MINUTE_MS) }),
    expected: { code: 'windowTooLong', target: 'validUntil' },
  },
  {
    name: 'from a few minutes in the past (the service accepts it)',
    window: (at) => ({ validFrom: at(-5 * MINUTE_MS), validUntil: at(HOUR_MS) }),
    expected: 'accepted',
  },
  {
    name: 'from not a date',
    window: (at) => ({ validFrom: INVALID, validUntil: at(HOUR_MS) }),
    expected: { code: 'invalidDate', target: 'validFrom' },
  },
  {
    name: 'until not a date',
    window: (at) => ({ validFrom: at(HOUR_MS), validUntil: INVALID }),
    expected: { code: 'invalidDate', target: 'validUntil' },
  },
];

type Verdict = { accepted: true } | { accepted: false; code: string; target: string | undefined };

/**
 * Registers the agreement table for one backend.
 *
 * @example
 * ```ts
 * describeValidityAgreement('in-memory', async () => ({ adapter: createInMemoryRoomsAdapter(), now: () => new Date(), userIds }));
 * ```
 */
export function describeValidityAgreement(name: string, factory: ContractHarnessFactory): void {
  describe(`validity agreement: ${name}`, () => {
    let current: ContractHarness | undefined;
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      const disposing = current;
      current = undefined;
      await disposing?.dispose?.();
    });

    it.each(VALIDITY_WINDOWS)('$name: the form and the backend agree', async ({ window, expected }) => {
      if (!current) throw new Error('The harness was not created.');
      const harness = current;
      const now = harness.now();
      const candidate = window(instantsFrom(now));

      // What the UI shows, and on which field.
      const issues = validateValidity(candidate, { now });

      // What the backend answers.
      let verdict: Verdict;
      try {
        const room = await harness.adapter.createRoom(candidate, { idempotencyKey: freshKey() });
        verdict = { accepted: true };
        expect(room.validUntil.getTime()).toBe(candidate.validUntil.getTime());
      } catch (error) {
        expect(isRoomsError(error), `the backend throws a RoomsError (got ${String(error)})`).toBe(true);
        const e = error as { code: string; target: string | undefined };
        verdict = { accepted: false, code: e.code, target: e.target };
      }

      if (expected === 'accepted') {
        expect(issues, 'the form shows no problem').toEqual([]);
        expect(verdict, 'the backend accepts').toEqual({ accepted: true });
      } else {
        expect(issues[0], 'the form shows the problem on the field').toMatchObject(expected);
        expect(verdict, 'the backend refuses it for the same field').toEqual({
          accepted: false,
          code: 'validation',
          target: expected.target,
        });
      }
      // Whatever the table says, the two sides must agree with each other.
      expect(issues.length === 0).toBe(verdict.accepted);
      if (!verdict.accepted) expect(verdict.target).toBe(issues[0]?.target);
    });
  });
}

const people = makePeople(12, 3);

describeValidityAgreement('in-memory, fixed clock', async () => {
  const fixed = new Date('2026-03-08T06:30:00.000Z');
  const now = () => new Date(fixed.getTime());
  return { adapter: createInMemoryRoomsAdapter({ now, people }), now, userIds: people.map((p) => p.id) };
});

describeValidityAgreement('in-memory, real clock', async () => {
  const now = () => new Date();
  return { adapter: createInMemoryRoomsAdapter({ now, people }), now, userIds: people.map((p) => p.id) };
});

/** The whole real path: HTTP adapter → request handler → official Rooms SDK → local Rooms service. */
async function fullStackHarness(now: () => Date, emulatorNow?: () => Date): Promise<ContractHarness> {
  const stack = await startStack({ emulator: emulatorNow ? { now: emulatorNow } : {} });
  return {
    adapter: stack.adapter,
    now,
    userIds: people.map((p) => p.id),
    dispose: () => stack.close(),
  };
}

describeValidityAgreement('full HTTP stack, fixed service clock', () => {
  const fixed = new Date('2026-03-08T06:30:00.000Z');
  const now = () => new Date(fixed.getTime());
  return fullStackHarness(now, now);
});

describeValidityAgreement('full HTTP stack, real clock', () => fullStackHarness(() => new Date()));
