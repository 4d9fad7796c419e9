/**
 * A room's validity window and the service's rules for it: the end comes after the start, the end is in the future,
 * and the window is at most 180 days long. Exactly 180 days is accepted; a minute more is refused.
 */

/** The window during which a room can be joined. Instants, in UTC. */
export interface RoomValidity {
  /** When the room opens. */
  validFrom: Date;
  /** When the room closes. */
  validUntil: Date;
}

/** Why a window is refused. */
export type ValidityIssueCode = 'invalidDate' | 'untilNotAfterFrom' | 'untilInPast' | 'windowTooLong';

/** One problem with a validity window, named after the field it belongs to. */
export interface ValidityIssue {
  /** What is wrong; UI code picks its localized message by this. */
  code: ValidityIssueCode;
  /** The field the problem belongs to (the service names `ValidUntil` for each of its own checks). */
  target: keyof RoomValidity;
  /** An English message close to the service's own wording. */
  message: string;
}

/** The longest window the service accepts, in days. */
export const MAX_VALIDITY_DAYS = 180;

const DAY_MS = 86_400_000;

/** Options for {@link validateValidity}. */
export interface ValidateValidityOptions {
  /** The current instant, from the kit's clock. */
  now: Date;
  /** Longest window in days. @default 180 */
  maxDays?: number;
}

function isValidDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/**
 * Checks a validity window as the Rooms service does, returning every problem found (empty when the window is fine).
 *
 * @example
 * ```ts
 * const issues = validateValidity({ validFrom, validUntil }, { now: new Date() });
 * if (issues.length) showNextToField(issues[0].target, issues[0].code);
 * ```
 */
export function validateValidity(
  window: { validFrom: Date | undefined; validUntil: Date | undefined },
  options: ValidateValidityOptions,
): ValidityIssue[] {
  const issues: ValidityIssue[] = [];
  const { validFrom, validUntil } = window;
  if (!isValidDate(validFrom)) {
    issues.push({ code: 'invalidDate', target: 'validFrom', message: 'The start is not a valid date and time.' });
  }
  if (!isValidDate(validUntil)) {
    issues.push({ code: 'invalidDate', target: 'validUntil', message: 'The end is not a valid date and time.' });
  }
  if (!isValidDate(validFrom) || !isValidDate(validUntil)) return issues;

  const maxDays = options.maxDays ?? MAX_VALIDITY_DAYS;
  const from = validFrom.getTime();
  const until = validUntil.getTime();
  if (until <= options.now.getTime()) {
    issues.push({ code: 'untilInPast', target: 'validUntil', message: 'The time range end is in the past.' });
  }
  if (until <= from) {
    issues.push({
      code: 'untilNotAfterFrom',
      target: 'validUntil',
      message: 'The time range is incorrect: the end must come after the start.',
    });
  } else if (until - from > maxDays * DAY_MS) {
    issues.push({
      code: 'windowTooLong',
      target: 'validUntil',
      message: `The time range is incorrect, or larger than ${maxDays} days.`,
    });
  }
  return issues;
}

/** The window the service gives a room created without one: from now, for 180 days. */
export function defaultValidity(now: Date): RoomValidity {
  return { validFrom: new Date(now.getTime()), validUntil: new Date(now.getTime() + MAX_VALIDITY_DAYS * DAY_MS) };
}

/** Where a window stands at an instant. */
export type ValidityStatus = 'scheduled' | 'open' | 'ended';

/** Whether a room is not yet open, open, or ended at `now`. The end instant itself counts as ended. */
export function validityStatus(window: RoomValidity, now: Date): ValidityStatus {
  const t = now.getTime();
  if (t < window.validFrom.getTime()) return 'scheduled';
  if (t < window.validUntil.getTime()) return 'open';
  return 'ended';
}
