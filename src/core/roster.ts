/**
 * A room's roster as plain data: diffs between two rosters, the fewest adapter calls that save a diff, bulk parsing of
 * pasted or dropped identifier lists, and the sorting, filtering and counting a roster editor needs. Pure; no React.
 */
import { foldForSearch } from './people';
import Papa from 'papaparse';
import type { RoomParticipant, RoomParticipantInput } from './types';
import { parseParticipantId, readParticipantEntry, type ParsedParticipantId } from './identifiers';
import {
  DEFAULT_ROLE,
  INTERACTIVE_PARTICIPANT_LIMIT,
  isInteractiveRole,
  parseRoomRole,
  ROOM_ROLES,
  type RoomRole,
} from './roles';

// ---------------------------------------------------------------------------------------------------------------------
// Diffing and saving

/** A participant whose role differs between two rosters. */
export interface RosterRoleChange {
  /** Raw communication identifier. */
  id: string;
  /** The role before. */
  from: RoomRole;
  /** The role after. */
  to: RoomRole;
}

/** What changed between two rosters. Each list keeps the order of the roster it comes from. */
export interface RosterDiff {
  /** Participants in `after` but not in `before`. */
  added: RoomParticipant[];
  /** Participants in `before` but not in `after` (with the role they had). */
  removed: RoomParticipant[];
  /** Participants in both whose role changed. */
  roleChanged: RosterRoleChange[];
}

/** The adapter calls that save a {@link RosterDiff}: at most one upsert and one removal. */
export interface RosterSavePlan {
  /** Everyone added or whose role changed, for one `upsertParticipants` call (empty: no call). */
  upserts: RoomParticipantInput[];
  /** Ids of everyone removed, for one `removeParticipants` call (empty: no call). */
  removals: string[];
}

/**
 * Compares two rosters by participant id. A repeated id counts once, with its last role, as the service treats a
 * repeated key.
 *
 * @example
 * ```ts
 * const { added, removed, roleChanged } = diffRoster(saved, draft);
 * ```
 */
export function diffRoster(before: readonly RoomParticipant[], after: readonly RoomParticipant[]): RosterDiff {
  if (before === after) return { added: [], removed: [], roleChanged: [] };
  const aligned = diffAligned(before, after);
  if (aligned) return aligned;
  const beforeRoles = roleMap(before);
  const afterRoles = roleMap(after);
  const added: RoomParticipant[] = [];
  const roleChanged: RosterRoleChange[] = [];
  for (const [id, role] of afterRoles) {
    const was = beforeRoles.get(id);
    if (was === undefined) added.push({ id, role });
    else if (was !== role) roleChanged.push({ id, from: was, to: role });
  }
  const removed: RoomParticipant[] = [];
  for (const [id, role] of beforeRoles) if (!afterRoles.has(id)) removed.push({ id, role });
  return { added, removed, roleChanged };
}

// Beyond this many role changes the map-based diff is as quick, and the aligned path's re-scan would not be.
const ALIGNED_MAX_CHANGES = 64;

/**
 * The diff of two rosters that list the same ids in the same order (what a role change leaves), found without
 * building maps: a 10,000-row roster is compared in well under a millisecond. `undefined` when the lists are not
 * aligned like that.
 */
function diffAligned(before: readonly RoomParticipant[], after: readonly RoomParticipant[]): RosterDiff | undefined {
  if (before.length !== after.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) {
    const b = before[i] as RoomParticipant;
    const a = after[i] as RoomParticipant;
    // A row left as it was is the same object: no ids to compare.
    if (b === a) continue;
    if (b.id !== a.id) return undefined;
    if (b.role !== a.role) {
      changed.push(i);
      if (changed.length > ALIGNED_MAX_CHANGES) return undefined;
    }
  }
  const roleChanged: RosterRoleChange[] = [];
  for (const i of changed) {
    const { id, role: from } = before[i] as RoomParticipant;
    // A repeated id counts with its last role: only its last place in the (identical) id sequence decides.
    let last = true;
    for (let j = i + 1; j < after.length && last; j++) if ((after[j] as RoomParticipant).id === id) last = false;
    if (last) roleChanged.push({ id, from, to: (after[i] as RoomParticipant).role });
  }
  return { added: [], removed: [], roleChanged };
}

function roleMap(participants: readonly RoomParticipant[]): Map<string, RoomRole> {
  const map = new Map<string, RoomRole>();
  for (const participant of participants) map.set(participant.id, participant.role);
  return map;
}

/** How many changes a diff holds (each added, removed and re-roled participant counts once). */
export function rosterDiffSize(diff: RosterDiff): number {
  return diff.added.length + diff.removed.length + diff.roleChanged.length;
}

/** True when a diff changes nothing. */
export function isRosterDiffEmpty(diff: RosterDiff): boolean {
  return rosterDiffSize(diff) === 0;
}

/**
 * Turns a diff into the fewest adapter calls: the service's participant upsert both adds and changes roles, so adds
 * and role changes travel together, and removals go in one second call.
 *
 * @example
 * ```ts
 * const { upserts, removals } = planRosterSave(diffRoster(saved, draft));
 * if (upserts.length) await adapter.upsertParticipants(roomId, upserts, { signal });
 * if (removals.length) await adapter.removeParticipants(roomId, removals, { signal });
 * ```
 */
export function planRosterSave(diff: RosterDiff): RosterSavePlan {
  return {
    upserts: [
      ...diff.added.map(({ id, role }) => ({ id, role })),
      ...diff.roleChanged.map(({ id, to }) => ({ id, role: to })),
    ],
    removals: diff.removed.map(({ id }) => id),
  };
}

/**
 * Where each participant sits in a roster (id to index), for reading or changing a few rows of a long roster without
 * walking it: comparing one id with 100,000 others costs milliseconds, since ids share a long prefix. Built by the
 * editor once per change of who is on the roster; `undefined` when an id is repeated, so the scans decide then.
 */
export type RosterPlaces = ReadonlyMap<string, number>;

/**
 * The places of a roster's ids ({@link RosterPlaces}), or `undefined` when an id is repeated.
 *
 * @example
 * ```ts
 * const places = rosterPlaces(roster.map((p) => p.id));
 * ```
 */
export function rosterPlaces(ids: readonly string[]): RosterPlaces | undefined {
  const places = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) places.set(ids[i] as string, i);
  return places.size === ids.length ? places : undefined;
}

/**
 * The index of `id` in `roster` when `places` knows it and it still sits there; `undefined` otherwise (the roster
 * may be another one than `places` was made for, so a caller that needs certainty looks further).
 */
export function placeOf(
  roster: readonly RoomParticipant[],
  id: string,
  places: RosterPlaces | undefined,
): number | undefined {
  const at = places?.get(id);
  return at !== undefined && roster[at]?.id === id ? at : undefined;
}

/**
 * Applies upserts and removals to a roster the way the service does: known ids change role in place, new ids go to
 * the end, removing an absent id is a no-op. Returns a new array; unchanged participants keep their objects. With
 * `places` ({@link RosterPlaces}), a role change finds its row there instead of walking the roster.
 */
export function applyRosterChanges(
  roster: readonly RoomParticipant[],
  changes: { upserts?: readonly RoomParticipantInput[]; removals?: readonly string[] },
  places?: RosterPlaces,
): RoomParticipant[] {
  const upserts = new Map<string, RoomRole>();
  for (const input of changes.upserts ?? []) upserts.set(input.id, input.role ?? DEFAULT_ROLE);
  const removals = new Set(changes.removals ?? []);
  if (removals.size === 0) {
    // Role changes and additions only (a role change in a 10,000-row roster, say): a copy changed in place.
    const next = roster.slice();
    // Rows whose place is known change there; only the others (new ids, another roster) are looked for.
    for (const [id, role] of upserts) {
      const at = placeOf(next, id, places);
      if (at === undefined) continue;
      upserts.delete(id);
      if (role !== (next[at] as RoomParticipant).role) next[at] = { id, role };
    }
    for (let i = 0; i < next.length && upserts.size > 0; i++) {
      const participant = next[i] as RoomParticipant;
      const role = upserts.get(participant.id);
      if (role === undefined) continue;
      upserts.delete(participant.id);
      if (role !== participant.role) next[i] = { id: participant.id, role };
    }
    for (const [id, role] of upserts) next.push({ id, role });
    return next;
  }
  const next: RoomParticipant[] = [];
  for (const participant of roster) {
    if (removals.has(participant.id)) continue;
    const role = upserts.get(participant.id);
    if (role !== undefined) {
      upserts.delete(participant.id);
      next.push(role === participant.role ? participant : { id: participant.id, role });
    } else next.push(participant);
  }
  for (const [id, role] of upserts) if (!removals.has(id)) next.push({ id, role });
  return next;
}

// ---------------------------------------------------------------------------------------------------------------------
// Bulk parsing

/** What became of one row of a bulk list. */
export type BulkRowStatus = 'added' | 'invalidIdentifier' | 'notCommunicationUser' | 'duplicate' | 'unknownRole';

/** Every {@link BulkRowStatus}, good first, in the order a report lists them. */
export const BULK_ROW_STATUSES: readonly BulkRowStatus[] = [
  'added',
  'invalidIdentifier',
  'notCommunicationUser',
  'duplicate',
  'unknownRole',
];

/** One non-empty row of a bulk list and its verdict. */
export interface BulkRosterRow {
  /** The 1-based line of the text where the row starts (a header counts; blank lines count). */
  line: number;
  /** The identifier as written (trimmed). */
  id: string;
  /** The role as written (trimmed), when the row had one. */
  roleText?: string;
  /** The role the participant gets (the row's, or the default); present for `added` and `duplicate` rows. */
  role?: RoomRole;
  /** What happens to the row: only `added` rows are applied. */
  status: BulkRowStatus;
  /** For `duplicate`: whether the id is already on the roster or appeared earlier in the same list. */
  duplicateOf?: 'roster' | 'list';
  /** For a `duplicate` of the list: the line where the id first appeared. */
  firstLine?: number;
  /**
   * For `notCommunicationUser`: the kind of identifier the row holds (`phoneNumber` also for a bare `+1…` number), so
   * the verdict can say what it is.
   */
  identifierKind?: Extract<ParsedParticipantId, { ok: false }>['kind'];
}

/** Options of {@link parseBulkRoster}. */
export interface ParseBulkRosterOptions {
  /** Ids already on the roster; rows naming one are reported as duplicates. @default an empty set */
  existing?: ReadonlySet<string>;
  /** The role of rows that name none. @default 'Attendee' */
  defaultRole?: RoomRole;
  /**
   * Most rows read. Rows after it are not read, and the result says how many rows there were; a host that accepts
   * larger lists raises it. @default {@link BULK_ROSTER_MAX_ROWS}
   */
  maxRows?: number;
  /**
   * Other words accepted for a role besides the service's names, e.g. the viewer's language
   * (`{ Zuschauer: 'Consumer' }`); compared in any case. @default none
   */
  roleAliases?: Readonly<Record<string, RoomRole>>;
}

/** The result of {@link parseBulkRoster}. */
export interface BulkRosterResult {
  /** The participants to add: every `added` row, in list order. */
  participants: RoomParticipant[];
  /** Every non-empty, non-header row read, in list order. */
  rows: BulkRosterRow[];
  /** How many rows have each status. */
  counts: Record<BulkRowStatus, number>;
  /** Whether the first row was taken as a header (and skipped). */
  header: boolean;
  /** The field separator used (`,`, `;`, tab, or `undefined` for one id per line). */
  delimiter: ',' | ';' | '\t' | undefined;
  /** Present when the list had more than `maxRows` rows: how many there were, and how many were read. */
  truncated?: { totalRows: number; readRows: number };
}

/**
 * The default cap of {@link parseBulkRoster}: a 50,000-row list is checked in about 0.2 s on a 2-core machine (see
 * bench/roster), so larger lists are refused rather than freezing the page.
 */
export const BULK_ROSTER_MAX_ROWS = 50_000;

const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

// Column names a spreadsheet export may carry; compared lower-cased with spaces, dashes and underscores removed.
const ID_HEADERS = new Set([
  'id',
  'rawid',
  'identifier',
  'communicationuserid',
  'communicationidentifier',
  'acsid',
  'user',
  'userid',
  'participant',
  'participantid',
  'mri',
  'kennung',
  'benutzer',
  'teilnehmer',
  'teilnehmerin',
  'teilnehmende',
]);
const ROLE_HEADERS = new Set(['role', 'roomrole', 'rolle']);

function headerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/**
 * Picks the separator used on most of the first lines, ignoring quoted text. Papa Parse's own guess needs every row
 * to have the same number of fields, which a hand-typed list where only some rows name a role does not.
 */
function guessDelimiter(text: string): Delimiter | undefined {
  const votes: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let lines = 0;
  let inQuotes = false;
  let seen = new Set<Delimiter>();
  for (let i = 0; i < text.length && lines < 200; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) seen.add(ch);
    else if (!inQuotes && ch === '\n') {
      seen.forEach((d) => votes[d]++);
      seen = new Set();
      lines++;
    }
  }
  seen.forEach((d) => votes[d]++);
  let best: Delimiter | undefined;
  for (const d of DELIMITERS) if (votes[d] > 0 && (best === undefined || votes[d] > votes[best])) best = d;
  return best;
}

/**
 * The separator one row uses, outside quotes: the first of comma, semicolon and tab it holds, or `undefined`. A list
 * typed by hand may mix them (most rows `id,role`, one `id;role`), and the hint promises each one separates a role.
 */
function rowDelimiter(row: string): Delimiter | undefined {
  let inQuotes = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) return ch;
  }
  return undefined;
}

function emptyCounts(): Record<BulkRowStatus, number> {
  return { added: 0, invalidIdentifier: 0, notCommunicationUser: 0, duplicate: 0, unknownRole: 0 };
}

/**
 * Reads a pasted or dropped list of participants: CSV or plain text, one identifier per line, optionally followed by
 * a role (`id,role`, `id;role` or tab-separated), with or without a header row, fields optionally quoted. Every row
 * gets a verdict with its line number, and every valid row is kept however many others are bad.
 *
 * Roles are read in any case (`presenter`, `PRESENTER`). A header row may name the columns in either order
 * (`role,id`). A row whose id is already on the roster or earlier in the list is a duplicate. For very long lists in
 * a page, {@link parseBulkRosterAsync} gives the same result without holding the main thread.
 *
 * @example
 * ```ts
 * const result = parseBulkRoster(text, { existing: new Set(roster.map((p) => p.id)), defaultRole: 'Attendee' });
 * result.counts.added; // rows that will be added
 * result.rows.filter((r) => r.status !== 'added'); // what to show the user, by line
 * ```
 */
export function parseBulkRoster(text: string, options: ParseBulkRosterOptions = {}): BulkRosterResult {
  const reader = createBulkReader(text, options);
  reader.read(reader.source, 1);
  return reader.finish();
}

/** Options of {@link parseBulkRosterAsync}. */
export interface ParseBulkRosterAsyncOptions extends ParseBulkRosterOptions {
  /** Lines read between two pauses. @default 5000 */
  chunkLines?: number;
  /** Stops reading; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each chunk with the lines read so far, e.g. for a progress bar. */
  onProgress?: (linesRead: number) => void;
}

/**
 * {@link parseBulkRoster} in slices of a few thousand lines, giving the page a turn between slices, so checking a
 * 50,000-line paste never freezes the page. The result is the same as the synchronous one.
 *
 * @example
 * ```ts
 * const result = await parseBulkRosterAsync(text, { existing, signal: controller.signal });
 * ```
 */
export async function parseBulkRosterAsync(
  text: string,
  options: ParseBulkRosterAsyncOptions = {},
): Promise<BulkRosterResult> {
  const reader = createBulkReader(text, options);
  const chunkLines = Math.max(1, options.chunkLines ?? 5000);
  const { source } = reader;
  let start = 0;
  let line = 1;
  while (start < source.length && !reader.full()) {
    options.signal?.throwIfAborted();
    const end = sliceEnd(source, start, chunkLines);
    reader.read(source.slice(start, end), line);
    for (let i = start; i < end; i++) if (source.charCodeAt(i) === 10) line++;
    start = end;
    // A last line without a line break is read too.
    const partial = start === source.length && source.length > 0 && source.charCodeAt(start - 1) !== 10 ? 1 : 0;
    options.onProgress?.(line - 1 + partial);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  options.signal?.throwIfAborted();
  if (start < source.length) reader.countRest(source.slice(start));
  return reader.finish();
}

/** Where a slice of about `lines` lines starting at `start` ends: after a line break that is not inside quotes. */
function sliceEnd(source: string, start: number, lines: number): number {
  let seen = 0;
  let inQuotes = false;
  for (let i = start; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 34) inQuotes = !inQuotes;
    else if (code === 10 && !inQuotes && ++seen >= lines) return i + 1;
  }
  return source.length;
}

/** The state of one bulk read: slices are fed in order, each with the line number it starts at. */
function createBulkReader(text: string, options: ParseBulkRosterOptions) {
  const existing = options.existing ?? new Set<string>();
  const defaultRole = options.defaultRole ?? DEFAULT_ROLE;
  const maxRows = options.maxRows ?? BULK_ROSTER_MAX_ROWS;
  // A file saved by Excel starts with a byte-order mark, which would otherwise stick to the first id.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = guessDelimiter(source);
  const aliases = new Map<string, RoomRole>();
  for (const [word, role] of Object.entries(options.roleAliases ?? {})) aliases.set(word.trim().toLowerCase(), role);
  const readRole = (value: string): RoomRole | undefined =>
    parseRoomRole(value) ?? aliases.get(value.trim().toLowerCase());

  const rows: BulkRosterRow[] = [];
  const participants: RoomParticipant[] = [];
  const counts = emptyCounts();
  const firstLineOf = new Map<string, number>();
  let header = false;
  let idColumn = 0;
  let roleColumn = 1;
  let seenRows = 0;
  // Rows past `maxRows`, counted but not checked.
  let skipped = 0;

  function handle(fields: string[], rowLine: number): void {
    seenRows++;
    if (seenRows === 1 && isHeaderRow(fields)) {
      header = true;
      const idIndex = fields.findIndex((f) => ID_HEADERS.has(headerKey(f)));
      const roleIndex = fields.findIndex((f) => ROLE_HEADERS.has(headerKey(f)));
      if (idIndex >= 0) idColumn = idIndex;
      roleColumn = roleIndex >= 0 ? roleIndex : idColumn === 0 ? 1 : 0;
      return;
    }
    if (rows.length >= maxRows) {
      skipped++;
      return;
    }
    const id = fields[idColumn] ?? '';
    const roleText = fields[roleColumn] ?? '';
    const row: BulkRosterRow = { line: rowLine, id, status: 'added' };
    if (roleText !== '') row.roleText = roleText;
    rows.push(row);

    const parsed = readParticipantEntry(id);
    if (!parsed.ok) {
      if (parsed.code === 'notCommunicationUser') {
        row.status = 'notCommunicationUser';
        if (parsed.kind !== undefined) row.identifierKind = parsed.kind;
      } else row.status = 'invalidIdentifier';
    } else {
      row.id = parsed.rawId;
      const role = roleText === '' ? defaultRole : readRole(roleText);
      if (role === undefined) row.status = 'unknownRole';
      else {
        row.role = role;
        const first = firstLineOf.get(parsed.rawId);
        if (existing.has(parsed.rawId)) {
          row.status = 'duplicate';
          row.duplicateOf = 'roster';
        } else if (first !== undefined) {
          row.status = 'duplicate';
          row.duplicateOf = 'list';
          row.firstLine = first;
        } else {
          firstLineOf.set(parsed.rawId, rowLine);
          participants.push({ id: parsed.rawId, role });
        }
      }
    }
    counts[row.status]++;
  }

  return {
    source,
    full: () => rows.length >= maxRows,
    /** Reads one slice of whole rows; `firstLine` is the line number of its first character. */
    read(slice: string, firstLine: number): void {
      // Line numbers come from Papa Parse's cursor: a row starts at the first non-blank character after the
      // previous row's end, so blank lines and quoted line breaks are counted as a text editor shows them.
      let position = 0;
      let line = firstLine;
      Papa.parse<string[]>(slice, {
        delimiter: delimiter ?? ',',
        skipEmptyLines: 'greedy',
        step(result) {
          while (position < slice.length && /\s/.test(slice[position] ?? '')) {
            if (slice[position] === '\n') line++;
            position++;
          }
          const rowLine = line;
          const rowStart = position;
          const end = result.meta.cursor;
          for (; position < end; position++) if (slice[position] === '\n') line++;
          let data = result.data;
          // A row that does not use the list's separator is split at its own one (`hello world;Attendee` in a
          // comma-separated list): Papa Parse reads a whole text with one separator.
          const own = data.length === 1 ? rowDelimiter(slice.slice(rowStart, end)) : undefined;
          if (own !== undefined && own !== delimiter) {
            data =
              Papa.parse<string[]>(slice.slice(rowStart, end).replace(/\r?\n$/, ''), { delimiter: own }).data[0] ??
              data;
          }
          const fields = data.map((field) => field.trim());
          if (fields.some((field) => field !== '')) handle(fields, rowLine);
        },
      });
    },
    /** Counts the non-blank lines left once `maxRows` rows were read, without checking them. */
    countRest(rest: string): void {
      for (const text of rest.split('\n')) if (text.trim() !== '') skipped++;
    },
    finish(): BulkRosterResult {
      const result: BulkRosterResult = { participants, rows, counts, header, delimiter };
      if (skipped > 0) result.truncated = { totalRows: rows.length + skipped, readRows: rows.length };
      return result;
    },
  };
}

function isHeaderRow(fields: readonly string[]): boolean {
  const [first = '', second = ''] = fields;
  if (parseParticipantId(first).ok) return false;
  return (
    fields.some((f) => ID_HEADERS.has(headerKey(f))) ||
    (ROLE_HEADERS.has(headerKey(second)) && parseRoomRole(second) === undefined)
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Counting, filtering and sorting

/** How many participants hold each role. */
export function countRoles(participants: readonly RoomParticipant[]): Record<RoomRole, number> {
  const counts = { Presenter: 0, Collaborator: 0, Attendee: 0, Consumer: 0 } satisfies Record<RoomRole, number>;
  for (const participant of participants) counts[participant.role]++;
  return counts;
}

/** How many participants hold an interactive role (everyone but Consumers), which the service limits per call. */
export function interactiveCount(participants: readonly RoomParticipant[]): number {
  let count = 0;
  for (const participant of participants) if (isInteractiveRole(participant.role)) count++;
  return count;
}

/** The same as {@link interactiveCount}, from per-role counts the caller already has. */
export function interactiveCountOf(counts: Readonly<Record<RoomRole, number>>): number {
  return ROOM_ROLES.reduce((sum, role) => sum + (isInteractiveRole(role) ? counts[role] : 0), 0);
}

/**
 * Whether a roster passes the service's limit of interactive participants in one call.
 * @param limit @default {@link INTERACTIVE_PARTICIPANT_LIMIT} (350)
 */
export function exceedsInteractiveLimit(
  participants: readonly RoomParticipant[],
  limit: number = INTERACTIVE_PARTICIPANT_LIMIT,
): boolean {
  return interactiveCount(participants) > limit;
}

/**
 * Lower-cases a text and strips accents, so a filter for "jose" finds "José" and "lukasz" finds "Łukasz": the same
 * folding the people search uses.
 */
export const foldRosterText: (text: string) => string = foldForSearch;

/** What a roster row is filtered by. */
export interface RosterFilter {
  /** Text to find in the name, secondary text or id (accents and case ignored). @default '' */
  text?: string;
  /** Only this role. @default undefined (every role) */
  role?: RoomRole;
}

/** Options of {@link filterRoster}. */
export interface RosterTextOptions {
  /** The name shown for a participant, when known (e.g. from the directory). */
  nameOf?: (id: string) => string | undefined;
  /** Extra text to search, e.g. the directory's secondary text. */
  extraTextOf?: (id: string) => string | undefined;
  /**
   * The participant's {@link rosterSearchText}, when the caller keeps it (an editor that filters on every keystroke
   * folds each name once). Used instead of `nameOf` and `extraTextOf`.
   */
  searchTextOf?: (id: string) => string;
  /** The participants' search texts in the participants' order, when the caller keeps them so; used before all. */
  searchTexts?: readonly string[];
}

/**
 * Builds the text a filter searches for a participant: name, secondary text and id, folded. Compute it once per
 * participant and reuse it for every keystroke.
 */
export function rosterSearchText(id: string, name?: string, extra?: string): string {
  // Folded part by part, so the accent-free fast path applies to each part on its own.
  return `${foldRosterText(name ?? '')}\u0000${foldRosterText(extra ?? '')}\u0000${id.toLowerCase()}`;
}

/** The folded words of a filter text; a participant matches when its search text holds every one. */
export function rosterFilterWords(filterText: string): string[] {
  return foldRosterText(filterText).split(/\s+/).filter(Boolean);
}

/** Whether a participant's precomputed {@link rosterSearchText} matches a filter text (every word must occur). */
export function matchesRosterText(searchText: string, filterText: string | readonly string[]): boolean {
  const words = typeof filterText === 'string' ? rosterFilterWords(filterText) : filterText;
  // A plain loop: this runs once per participant on every keystroke.
  for (const word of words) if (!searchText.includes(word)) return false;
  return true;
}

/**
 * The test a {@link RosterFilter} makes of one participant, from its search text and role: what
 * {@link filterRoster} applies to each, for a caller that keeps its rows in another shape (ids in a sorted order,
 * say). `undefined` when the filter keeps everyone.
 */
export function rosterMatcher(filter: RosterFilter): ((searchText: string, role: RoomRole) => boolean) | undefined {
  const words = rosterFilterWords(filter.text ?? '');
  const { role: only } = filter;
  if (words.length === 0 && only === undefined) return undefined;
  return (searchText, role) => (only === undefined || role === only) && matchesRosterText(searchText, words);
}

/**
 * The participants that match a filter, in their order. With neither text nor role, the same array comes back, so
 * a caller's memoised work keyed on it is kept.
 *
 * @example
 * ```ts
 * filterRoster(roster, { text: 'ana', role: 'Presenter' }, { nameOf: (id) => people.get(id)?.displayName });
 * ```
 */
export function filterRoster<T extends RoomParticipant>(
  participants: readonly T[],
  filter: RosterFilter,
  options: RosterTextOptions = {},
): readonly T[] {
  const matches = rosterMatcher(filter);
  if (!matches) return participants;
  const { nameOf, extraTextOf, searchTextOf, searchTexts } = options;
  const textOf = searchTextOf ?? ((id: string) => rosterSearchText(id, nameOf?.(id), extraTextOf?.(id)));
  return participants.filter((p, index) => matches(searchTexts?.[index] ?? textOf(p.id), p.role));
}

/** What a roster can be sorted by. */
export type RosterSortKey = 'name' | 'role';

/** A sort order of a roster. */
export interface RosterSort {
  /** The column. */
  by: RosterSortKey;
  /** The direction. @default 'ascending' */
  direction?: 'ascending' | 'descending';
}

/**
 * Ranks every id by its name in the locale's collation, once, so later sorts compare numbers instead of collating
 * strings again. Each distinct name is collated once (people with the same name share a rank and keep their order).
 * Ids without a name rank after every named one, by id.
 */
export function rankByName(
  ids: Iterable<string>,
  nameOf: (id: string) => string | undefined,
  locale?: string,
): Map<string, number> {
  const byName = new Map<string, string[]>();
  const unnamed: string[] = [];
  for (const id of ids) {
    const name = nameOf(id);
    if (name === undefined || name === '') {
      unnamed.push(id);
      continue;
    }
    const list = byName.get(name);
    if (list) list.push(id);
    else byName.set(name, [id]);
  }
  // Default collator options: measurably faster than `sensitivity`/`numeric` variants, and right for names.
  const collator = new Intl.Collator(locale);
  const names = [...byName.keys()].sort(collator.compare);
  const ranks = new Map<string, number>();
  names.forEach((name, rank) => byName.get(name)?.forEach((id) => ranks.set(id, rank)));
  unnamed.sort().forEach((id, index) => ranks.set(id, names.length + index));
  return ranks;
}

/**
 * Sorts participants by name (through ranks from {@link rankByName}) or by role (most capable first, then by name;
 * descending reverses the roles, names stay A–Z). Returns a new array; stable for equal keys.
 */
export function sortRoster<T extends RoomParticipant>(
  participants: readonly T[],
  sort: RosterSort,
  ranks: ReadonlyMap<string, number>,
): T[] {
  const count = participants.length;
  const descending = sort.direction === 'descending';
  // Ranks are small integers, so a counting sort puts 10,000 rows in order in one pass, with no comparisons.
  const span = ranks.size + 1;
  const roleCount = ROOM_ROLES.length;
  const keys = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const participant = participants[i] as T;
    const rank = Math.min(ranks.get(participant.id) ?? span - 1, span - 1);
    if (sort.by === 'role') {
      const role = ROLE_ORDER[participant.role];
      keys[i] = (descending ? roleCount - 1 - role : role) * span + rank;
    } else keys[i] = descending ? span - 1 - rank : rank;
  }
  const buckets = new Uint32Array((sort.by === 'role' ? roleCount * span : span) + 1);
  for (let i = 0; i < count; i++) (buckets[(keys[i] as number) + 1] as number)++;
  for (let b = 1; b < buckets.length; b++) buckets[b] = (buckets[b] as number) + (buckets[b - 1] as number);
  const sorted = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const key = keys[i] as number;
    sorted[buckets[key] as number] = participants[i] as T;
    buckets[key] = (buckets[key] as number) + 1;
  }
  return sorted;
}

const ROLE_ORDER: Readonly<Record<RoomRole, number>> = Object.fromEntries(
  ROOM_ROLES.map((role, index) => [role, index]),
) as Record<RoomRole, number>;
