/**
 * Tells what a person typed or pasted into PeoplePicker: nothing, a name to search for, a raw identifier (valid or
 * not), or a list of them. Pure, no React.
 */
import { isPhoneNumberText, readParticipantEntry, type IdentifierIssueCode } from '../../core/identifiers';
import type { PeoplePickerIdentifierKindStrings } from '../../strings/areas/peoplePicker';

/** The kinds of identifier that name someone who cannot join a room. */
export type CannotJoinKind = 'phoneNumber' | keyof PeoplePickerIdentifierKindStrings;

/** A text that is not an identifier of someone who can join a room, and why. */
export interface InvalidPeopleEntry {
  /** The text, trimmed. */
  input: string;
  /** Why it cannot be a participant. */
  code: IdentifierIssueCode;
  /** The kind of identifier it is, when it is one that cannot join a room (e.g. a phone number). */
  identifierKind: CannotJoinKind | undefined;
}

/** One entry of a pasted list: an identifier, or a name to find in the directory. */
export type PeopleListEntry =
  | {
      /** A valid identifier. */
      kind: 'id';
      /** The entry as written, trimmed. */
      input: string;
      /** The identifier. */
      rawId: string;
    }
  | {
      /** A name (or part of one) to look up. */
      kind: 'name';
      /** The entry as written, trimmed. */
      input: string;
      /** The text to search for. */
      query: string;
    };

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
    }
  | {
      /** Several entries at once, names among them (`Priya Raman; Grace Kim`): each is looked up on its own. */
      kind: 'list';
      /** The names and valid identifiers, each once, in the order given. */
      entries: PeopleListEntry[];
      /** The identifiers that cannot join, in the order given. */
      invalid: InvalidPeopleEntry[];
    };

// Raw ids start with a numeric prefix and a colon (`8:acs:…`, `4:+1…`, `28:…`); names never do.
const RAW_ID_PREFIX = /^\d+:/;

const CANNOT_JOIN_KINDS: ReadonlySet<string> = new Set([
  'phoneNumber',
  'microsoftTeamsUser',
  'microsoftTeamsApp',
  'teamsExtensionUser',
]);

function isCannotJoinKind(kind: string | undefined): kind is CannotJoinKind {
  return kind !== undefined && CANNOT_JOIN_KINDS.has(kind);
}

/** Entries of a pasted list: one per line, or separated by commas or semicolons; spaces only when there are none. */
const LIST_SEPARATORS = /[,;\r\n\t]+/;
// Names never hold these, so they always separate entries; a comma may belong to a name ("Okafor, Amara").
const HARD_SEPARATORS = /[;\r\n\t]/;
const SPACES = /\s+/;

function splitEntries(text: string): string[] {
  const separator = LIST_SEPARATORS.test(text) ? LIST_SEPARATORS : SPACES;
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function looksLikeIdentifier(token: string): boolean {
  return RAW_ID_PREFIX.test(token) || isPhoneNumberText(token);
}

/**
 * Whether the entries of a text are a list rather than one name: identifiers alone, or entries split by a semicolon,
 * a line break or a tab, or three or more comma-separated entries, or comma-separated entries that are each an
 * identifier or a name of several words (`Priya Raman, Grace Kim`). Two single words around a comma are one name
 * written family name first (`Okafor, Amara`).
 */
function isList(text: string, tokens: readonly string[]): boolean {
  if (tokens.length < 2) return false;
  if (tokens.every(looksLikeIdentifier)) return true;
  if (!LIST_SEPARATORS.test(text)) return false;
  if (HARD_SEPARATORS.test(text) || tokens.length >= 3) return true;
  return tokens.every((token) => looksLikeIdentifier(token) || SPACES.test(token));
}

type SingleInput = Exclude<ClassifiedPeopleInput, { kind: 'ids' | 'list' | 'empty' }>;

function classifySingle(trimmed: string): SingleInput {
  if (!looksLikeIdentifier(trimmed)) return { kind: 'name', query: trimmed };
  const parsed = readParticipantEntry(trimmed);
  if (parsed.ok) return { kind: 'id', rawId: parsed.rawId };
  return {
    kind: 'invalidId',
    input: trimmed,
    code: parsed.code,
    identifierKind: isCannotJoinKind(parsed.kind) ? parsed.kind : undefined,
  };
}

/**
 * Classifies PeoplePicker's text. Identifiers are read with `readParticipantEntry`, the rule every field of the kit
 * uses: a bare phone number is the phone identifier it stands for, so the person is told why it cannot be invited
 * rather than that it is malformed. A pasted list (one entry per line, or separated by semicolons or commas; ids also
 * by spaces) is read entry by entry, names and identifiers alike.
 *
 * @example
 * ```ts
 * classifyPeopleInput('+1 555 0100'); // { kind: 'invalidId', code: 'notCommunicationUser', identifierKind: 'phoneNumber', … }
 * classifyPeopleInput('amara');       // { kind: 'name', query: 'amara' }
 * classifyPeopleInput('8:acs:r_a, 8:acs:r_b'); // { kind: 'ids', rawIds: ['8:acs:r_a', '8:acs:r_b'], invalid: [] }
 * classifyPeopleInput('Priya Raman; Grace Kim'); // { kind: 'list', entries: [{ kind: 'name', … }, …], invalid: [] }
 * ```
 */
export function classifyPeopleInput(text: string): ClassifiedPeopleInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const tokens = splitEntries(trimmed);
  if (!isList(trimmed, tokens)) {
    return classifySingle(tokens.length === 1 && tokens[0] !== undefined ? tokens[0] : trimmed);
  }
  const entries: PeopleListEntry[] = [];
  const invalid: InvalidPeopleEntry[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const single = classifySingle(token);
    if (single.kind === 'id') {
      if (!seen.has(`id:${single.rawId}`)) entries.push({ kind: 'id', input: token, rawId: single.rawId });
      seen.add(`id:${single.rawId}`);
    } else if (single.kind === 'name') {
      const key = `name:${single.query.toLowerCase()}`;
      if (!seen.has(key)) entries.push({ kind: 'name', input: token, query: single.query });
      seen.add(key);
    } else {
      invalid.push({ input: single.input, code: single.code, identifierKind: single.identifierKind });
    }
  }
  if (entries.every((entry) => entry.kind === 'id')) {
    return { kind: 'ids', rawIds: entries.map((entry) => (entry.kind === 'id' ? entry.rawId : '')), invalid };
  }
  return { kind: 'list', entries, invalid };
}

/**
 * The text left in PeoplePicker once some entries of a pasted list were added: every other entry, valid or not, so
 * nothing the user pasted is lost. Entries are kept apart by semicolons when the text had any, by commas otherwise.
 */
export function withoutEntries(text: string, added: ReadonlySet<string>): string {
  const separator = HARD_SEPARATORS.test(text) ? '; ' : ', ';
  return splitEntries(text)
    .filter((entry) => !added.has(entry))
    .join(separator);
}

/**
 * The text left in PeoplePicker after `rawId` was picked from a pasted list: every other entry, valid or not, so
 * nothing the user pasted is lost.
 */
export function withoutPickedId(text: string, rawId: string): string {
  return withoutEntries(text, new Set([rawId]));
}

/**
 * Turns a multi-line paste into one line a text input can hold (browsers would run the lines together). Lines of
 * identifiers are joined by commas; lines with names by semicolons, which no name holds, so they stay entries.
 */
export function pastedLinesToText(pasted: string): string {
  const lines = pasted
    .split(/[\r\n\t]+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const identifiersOnly = lines.every(
    (line) => looksLikeIdentifier(line) || splitEntries(line).every(looksLikeIdentifier),
  );
  return lines.join(identifiersOnly ? ', ' : '; ');
}
