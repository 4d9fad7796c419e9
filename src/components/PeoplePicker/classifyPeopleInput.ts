/**
 * Tells what a person typed or pasted into PeoplePicker: nothing, a name to search for, or a raw identifier (valid or
 * not). Pure, no React.
 */
import { parseParticipantId, type IdentifierIssueCode } from '../../core/identifiers';
import type { PeoplePickerIdentifierKindStrings } from '../../strings/areas/peoplePicker';

/** A text that is not an identifier of someone who can join a room, and why. */
export interface InvalidPeopleEntry {
  /** The text, trimmed. */
  input: string;
  /** Why it cannot be a participant. */
  code: IdentifierIssueCode;
  /** The kind of identifier it is, when it is one that cannot join a room (e.g. a phone number). */
  identifierKind: keyof PeoplePickerIdentifierKindStrings | undefined;
}

/** What the text in PeoplePicker is. */
export type ClassifiedPeopleInput =
  | { kind: 'empty' }
  | { kind: 'name'; query: string }
  | { kind: 'id'; rawId: string }
  | ({ kind: 'invalidId' } & InvalidPeopleEntry)
  | {
      /** Several identifiers at once (a pasted column or list): each valid one can be picked in turn. */
      kind: 'ids';
      /** The valid ones, each once, in the order given. */
      rawIds: string[];
      /** The others, in the order given. */
      invalid: InvalidPeopleEntry[];
    };

// Raw ids start with a numeric prefix and a colon (`8:acs:…`, `4:+1…`, `28:…`); names never do.
const RAW_ID_PREFIX = /^\d+:/;
// A phone number as people paste it: an optional +, then digits with spaces, dots, dashes or brackets.
const PHONE_LIKE = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 6;

const CANNOT_JOIN_KINDS: ReadonlySet<string> = new Set([
  'phoneNumber',
  'microsoftTeamsUser',
  'microsoftTeamsApp',
  'teamsExtensionUser',
]);

function isCannotJoinKind(kind: string | undefined): kind is keyof PeoplePickerIdentifierKindStrings {
  return kind !== undefined && CANNOT_JOIN_KINDS.has(kind);
}

/** Entries of a pasted list: one per line, or separated by commas or semicolons; spaces only when there are none. */
const LIST_SEPARATORS = /[,;\r\n\t]+/;
const SPACES = /\s+/;

function splitEntries(text: string): string[] {
  const separator = LIST_SEPARATORS.test(text) ? LIST_SEPARATORS : SPACES;
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function looksLikeIdentifier(token: string): boolean {
  return RAW_ID_PREFIX.test(token) || isPhoneLike(token);
}

function isPhoneLike(text: string): boolean {
  return PHONE_LIKE.test(text) && text.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;
}

type SingleInput = Exclude<ClassifiedPeopleInput, { kind: 'ids' | 'empty' }>;

function classifySingle(trimmed: string): SingleInput {
  const phoneLike = isPhoneLike(trimmed);
  if (!RAW_ID_PREFIX.test(trimmed) && !phoneLike) return { kind: 'name', query: trimmed };
  const digits = trimmed.replace(/\D/g, '');
  const candidate = phoneLike ? `4:${trimmed.startsWith('+') ? '+' : ''}${digits}` : trimmed;
  const parsed = parseParticipantId(candidate);
  if (parsed.ok) return { kind: 'id', rawId: parsed.rawId };
  return {
    kind: 'invalidId',
    input: trimmed,
    code: parsed.code,
    identifierKind: isCannotJoinKind(parsed.kind) ? parsed.kind : undefined,
  };
}

/**
 * Classifies PeoplePicker's text. Identifiers are checked with `parseParticipantId`; a bare phone number is read as
 * the phone identifier it stands for, so the person is told why it cannot be invited rather than that it is
 * malformed. A text made only of identifiers (one per line, or separated by commas, semicolons or spaces) is a list.
 *
 * @example
 * ```ts
 * classifyPeopleInput('+1 555 0100'); // { kind: 'invalidId', code: 'notCommunicationUser', identifierKind: 'phoneNumber', … }
 * classifyPeopleInput('amara');       // { kind: 'name', query: 'amara' }
 * classifyPeopleInput('8:acs:r_a, 8:acs:r_b'); // { kind: 'ids', rawIds: ['8:acs:r_a', '8:acs:r_b'], invalid: [] }
 * ```
 */
export function classifyPeopleInput(text: string): ClassifiedPeopleInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const tokens = splitEntries(trimmed);
  // Names have spaces and commas too: only a text made of identifiers alone is read as a list.
  if (tokens.length < 2 || !tokens.every(looksLikeIdentifier)) {
    return classifySingle(tokens.length === 1 && tokens[0] !== undefined ? tokens[0] : trimmed);
  }
  const rawIds: string[] = [];
  const invalid: InvalidPeopleEntry[] = [];
  for (const token of tokens) {
    const single = classifySingle(token);
    if (single.kind === 'id') {
      if (!rawIds.includes(single.rawId)) rawIds.push(single.rawId);
    } else if (single.kind === 'invalidId') {
      invalid.push({ input: single.input, code: single.code, identifierKind: single.identifierKind });
    }
  }
  return { kind: 'ids', rawIds, invalid };
}

/**
 * The text left in PeoplePicker after `rawId` was picked from a pasted list: every other entry, valid or not, so
 * nothing the user pasted is lost.
 */
export function withoutPickedId(text: string, rawId: string): string {
  return splitEntries(text)
    .filter((entry) => entry !== rawId)
    .join(', ');
}

/** Turns a multi-line paste into one line a text input can hold (browsers would run the lines together). */
export function pastedLinesToText(pasted: string): string {
  return pasted
    .split(/[\r\n\t]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(', ');
}
