/**
 * What a role can and cannot do, as RolePicker shows it: derived from `ROLE_CAPABILITY_TABLE` and `roleCan`, worded
 * by the strings. Pure functions, no React, so the wording rules are testable on their own.
 */
import { ROLE_CAPABILITY_TABLE, roleCan, type CapabilityRowKey, type RoomRole } from '../../core/roles';
import { formatString } from '../../core/format';
import type { RoomsKitStrings } from '../../strings';
import type { RolePickerSummaryGroupStrings } from '../../strings/areas/rolePicker';

/** A named group of table rows that a one-line summary mentions. */
export interface RoleSummaryGroup {
  /** Key into `strings.rolePicker.summaryGroups`. */
  readonly key: keyof RolePickerSummaryGroupStrings;
  /** The rows of `ROLE_CAPABILITY_TABLE` the group stands for. */
  readonly rows: readonly CapabilityRowKey[];
}

/**
 * The groups a one-line summary is made of, most telling first. Rows that every role shares (captions, speakers) are
 * left out: they tell roles apart in no way.
 */
export const ROLE_SUMMARY_GROUPS: readonly RoleSummaryGroup[] = [
  { key: 'audioVideo', rows: ['audioVideo'] },
  { key: 'shareScreen', rows: ['shareScreen'] },
  { key: 'manageOthers', rows: ['muteOthers', 'inviteParticipant', 'removeParticipant'] },
];

/** Said in the "can" half only when a role can do none of {@link ROLE_SUMMARY_GROUPS}. */
const FALLBACK_GROUP: RoleSummaryGroup = { key: 'watchAndListen', rows: ['callView'] };

/** Room settings that change what a role can do. */
export interface RoleSummaryContext {
  /** The room's `pstnDialOutEnabled`; `undefined` when unknown (dial-out is then shown as needing the setting). */
  pstnDialOutEnabled?: boolean | undefined;
}

/** Whether the role has a row: `yes`, `no`, or `remoteOnly` as in the table, with `roleCan` deciding. */
export type RoleRowVerdict = 'yes' | 'no' | 'remoteOnly';

/** The verdict of one table row for one role, asking {@link roleCan} with the room's settings. */
export function roleRowVerdict(
  role: RoomRole,
  row: CapabilityRowKey,
  context: RoleSummaryContext = {},
): RoleRowVerdict {
  const entry = ROLE_CAPABILITY_TABLE.find((r) => r.key === row);
  const capability = entry?.capabilities[0];
  if (!entry || !capability) return 'no';
  if (!roleCan(role, capability, context)) return 'no';
  return entry.cells[role] === 'remoteOnly' ? 'remoteOnly' : 'yes';
}

/** One line of a detailed can/can't list. */
export interface RoleCapabilityLine {
  /** The table row. */
  readonly key: CapabilityRowKey;
  /** The text shown, from `strings.organisers.capabilityTable.rows` (with a qualifier when partial or conditional). */
  readonly text: string;
}

/** What a role can and cannot do, worded for the picker. */
export interface RoleSummary {
  /** One line, e.g. "Can: speak & video, share screen · Can't: manage others". */
  readonly line: string;
  /** Every table row the role has, in table order. */
  readonly can: readonly RoleCapabilityLine[];
  /** Every table row the role lacks, in table order. */
  readonly cannot: readonly RoleCapabilityLine[];
}

/**
 * Words what a role can and cannot do: a one-line summary over {@link ROLE_SUMMARY_GROUPS} and the full lists over
 * every row of `ROLE_CAPABILITY_TABLE`.
 *
 * @example
 * ```ts
 * summarizeRole('Consumer', EN_STRINGS).line; // "Can: watch & listen · Can’t: speak & video, share screen, manage others"
 * ```
 */
export function summarizeRole(role: RoomRole, strings: RoomsKitStrings, context: RoleSummaryContext = {}): RoleSummary {
  const texts = strings.rolePicker;
  const groupCan: string[] = [];
  const groupCannot: string[] = [];
  for (const group of ROLE_SUMMARY_GROUPS) {
    const verdicts = group.rows.map((row) => roleRowVerdict(role, row, context));
    const name = texts.summaryGroups[group.key];
    if (verdicts.every((v) => v === 'no')) groupCannot.push(name);
    else if (verdicts.every((v) => v === 'yes')) groupCan.push(name);
    else groupCan.push(formatString(texts.partly, { group: name }));
  }
  if (groupCan.length === 0 && FALLBACK_GROUP.rows.every((row) => roleRowVerdict(role, row, context) !== 'no')) {
    groupCan.push(texts.summaryGroups[FALLBACK_GROUP.key]);
  }
  const halves: string[] = [];
  if (groupCan.length > 0) halves.push(formatString(texts.summaryCan, { list: groupCan.join(texts.listSeparator) }));
  if (groupCannot.length > 0) {
    halves.push(formatString(texts.summaryCannot, { list: groupCannot.join(texts.listSeparator) }));
  }

  const can: RoleCapabilityLine[] = [];
  const cannot: RoleCapabilityLine[] = [];
  for (const row of ROLE_CAPABILITY_TABLE) {
    const label = strings.organisers.capabilityTable.rows[row.key];
    const verdict = roleRowVerdict(role, row.key, context);
    if (verdict === 'no') {
      cannot.push({ key: row.key, text: label });
    } else if (verdict === 'remoteOnly') {
      can.push({ key: row.key, text: formatString(texts.remoteOnly, { capability: label }) });
    } else if (row.requires === 'pstnDialOutEnabled' && context.pstnDialOutEnabled === undefined) {
      // The room's setting is unknown here, so the role's right is stated with its condition.
      can.push({ key: row.key, text: formatString(texts.needsRoomSetting, { capability: label }) });
    } else {
      can.push({ key: row.key, text: label });
    }
  }
  return { line: halves.join(texts.summarySeparator), can, cannot };
}
