/**
 * The rules for a room's details (title, zone, notes, host reference), one place for every backend and editor: limits,
 * normalisation and the messages a user reads. Also how a room search matches, so the in-memory backend and the
 * server's record stores find the same rooms. Pure; no React.
 */
import { foldForSearch } from './people';
import { isValidTimeZone } from './schedule';
import type { RoomDetails, RoomParticipant, UpdateRoomInput } from './types';

/** The longest each detail may be, in characters (UTF-16 code units, as `String.length` counts). */
export const ROOM_DETAIL_LIMITS = Object.freeze({ subject: 200, description: 2000, reference: 200 });

/** The names of a room's details. */
export type RoomDetailField = keyof RoomDetails;

/** The details' names, in the order an editor shows them. */
export const ROOM_DETAIL_FIELDS: readonly RoomDetailField[] = ['subject', 'timeZone', 'description', 'reference'];

/** One problem with a room's details. */
export interface RoomDetailIssue {
  /** The detail it belongs to (also the `target` of the matching `RoomsError`). */
  field: RoomDetailField;
  /** What is wrong: empty title, too long, a control character, a zone nobody knows, or not text at all. */
  code: 'empty' | 'tooLong' | 'controlCharacter' | 'unknownTimeZone' | 'notText';
  /** The message a user reads (English; editors show their own strings by `code`). */
  message: string;
  /** For `tooLong`: the limit. */
  limit?: number;
}

const FIELD_NAMES: Readonly<Record<RoomDetailField, string>> = {
  subject: 'title',
  timeZone: 'time zone',
  description: 'notes',
  reference: 'reference',
};

// Tabs and line breaks belong in notes; every other control character is a paste accident that renders as nothing.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f]/;
// IANA names (`Europe/Berlin`, `America/Argentina/Buenos_Aires`, `UTC`, `Etc/GMT+5`); not bare offsets like `+05:30`,
// which say nothing about daylight-saving time.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Whether `zone` is an IANA zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export function isKnownTimeZone(zone: string): boolean {
  return ZONE_NAME.test(zone) && isValidTimeZone(zone);
}

/**
 * A detail as it is stored: surrounding white space trimmed; `undefined` when the value is absent. A `null` (clear)
 * stays `null`; an empty title is kept as `''` so {@link validateRoomDetails} can say so.
 */
export function normalizeRoomDetail(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * The problems with the details of a create or an update; an empty list means they can be saved. Absent fields and
 * `null` (clear) are fine; a title that is empty after trimming is not.
 *
 * @example
 * ```ts
 * validateRoomDetails({ subject: '  ', timeZone: 'Mars/Olympus' });
 * // [{ field: 'subject', code: 'empty', … }, { field: 'timeZone', code: 'unknownTimeZone', … }]
 * ```
 */
export function validateRoomDetails(details: Partial<Record<RoomDetailField, unknown>>): RoomDetailIssue[] {
  const issues: RoomDetailIssue[] = [];
  for (const field of ROOM_DETAIL_FIELDS) {
    const raw = details[field];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') {
      issues.push({ field, code: 'notText', message: `The ${FIELD_NAMES[field]} must be text.` });
      continue;
    }
    const value = raw.trim();
    if (field === 'timeZone') {
      if (!isKnownTimeZone(value)) {
        issues.push({
          field,
          code: 'unknownTimeZone',
          message: `"${value.slice(0, 64)}" is not a time zone. Use an IANA name such as Europe/Berlin.`,
        });
      }
      continue;
    }
    if (field === 'subject' && value === '') {
      issues.push({ field, code: 'empty', message: 'Give the room a title, or leave the title out.' });
      continue;
    }
    const limit = ROOM_DETAIL_LIMITS[field];
    if (value.length > limit) {
      issues.push({
        field,
        code: 'tooLong',
        limit,
        message: `Keep the ${FIELD_NAMES[field]} to ${limit} characters; this one has ${value.length}.`,
      });
      continue;
    }
    if ((field === 'description' ? CONTROL : SINGLE_LINE_CONTROL).test(value)) {
      issues.push({
        field,
        code: 'controlCharacter',
        message: `The ${FIELD_NAMES[field]} contains a control character; type it again or paste it as plain text.`,
      });
    }
  }
  return issues;
}

/**
 * The details of `patch` applied to `current` with merge semantics: absent fields stay, `null` clears, strings are
 * trimmed, and text that is empty once trimmed clears too, like `null`. Does not validate; call
 * {@link validateRoomDetails} first.
 */
export function mergeRoomDetails(current: RoomDetails, patch: UpdateRoomInput | RoomDetails): RoomDetails {
  const next: RoomDetails = { ...current };
  for (const field of ROOM_DETAIL_FIELDS) {
    const value = (patch as Partial<Record<RoomDetailField, string | null>>)[field];
    if (value === undefined) continue;
    const text = value === null ? '' : value.trim();
    if (text === '') delete next[field];
    else next[field] = text;
  }
  return next;
}

/** Whether `patch` names any detail (so a backend must write its record). */
export function patchTouchesDetails(patch: UpdateRoomInput): boolean {
  return ROOM_DETAIL_FIELDS.some((field) => patch[field] !== undefined);
}

/** A room search, as a backend runs it: the folded text, and the ids of directory people whose name matched it. */
export interface RoomSearch {
  /** {@link foldForSearch} of what the user typed; never empty. */
  text: string;
  /** People whose name matched the text; a room with one of them on its roster matches. */
  participantIds: ReadonlySet<string>;
}

/** What a room search looks at. */
export interface RoomSearchable {
  /** The room's id. */
  id: string;
  /** Its title. */
  subject?: string | undefined;
  /** The host's reference. */
  reference?: string | undefined;
}

/**
 * Prepares what the user typed for {@link roomMatchesSearch}; `undefined` when there is nothing to search for (an
 * empty search lists every room).
 */
export function roomSearchText(query: string | undefined): string | undefined {
  if (query === undefined) return undefined;
  const text = foldForSearch(query).trim();
  return text === '' ? undefined : text;
}

/**
 * Whether a room matches a search: its title or reference contains the text, its id contains it (spaces ignored, as
 * ids are read aloud in groups), or someone whose name matched is on its roster (`rosterIds`).
 */
export function roomMatchesSearch(room: RoomSearchable, rosterIds: Iterable<string>, search: RoomSearch): boolean {
  const { text } = search;
  if (room.subject !== undefined && foldForSearch(room.subject).includes(text)) return true;
  if (room.reference !== undefined && foldForSearch(room.reference).includes(text)) return true;
  const compact = text.replace(/\s+/g, '');
  if (compact !== '' && room.id.toLowerCase().includes(compact)) return true;
  if (search.participantIds.size === 0) return false;
  for (const id of rosterIds) if (search.participantIds.has(id)) return true;
  return false;
}

/** How many people a room's roster preview names ("with Priya Raman, Dr. Amara Okafor +2"). */
export const ROSTER_PREVIEW_SIZE = 4;

/**
 * The first people of a roster given in invitation order, as lists preview it: presenters first (the people others
 * look for), then everyone else, each in invitation order; at most {@link ROSTER_PREVIEW_SIZE}. Reads no further than
 * it needs to once enough presenters are found.
 */
export function rosterPreviewOf(roster: Iterable<RoomParticipant>): RoomParticipant[] {
  const presenters: RoomParticipant[] = [];
  const others: RoomParticipant[] = [];
  for (const { id, role } of roster) {
    if (role === 'Presenter') {
      presenters.push({ id, role });
      if (presenters.length === ROSTER_PREVIEW_SIZE) break;
    } else if (others.length < ROSTER_PREVIEW_SIZE) others.push({ id, role });
  }
  return [...presenters, ...others].slice(0, ROSTER_PREVIEW_SIZE);
}
