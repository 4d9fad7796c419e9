/**
 * What the handler accepts, as zod schemas, and the translation of zod's findings into the service's 400 shape with
 * a `target` the UI can put next to a field. Participant ids are read by `parseParticipantId` from `src/core`, the
 * same rule the UI applies, so a browser that validated an id never sees the server refuse it.
 */
import { z } from 'zod';
import { parseParticipantId } from '../core/identifiers';
import { ROOM_ROLES, type RoomRole } from '../core/roles';
import { ROOM_DETAIL_FIELDS, validateRoomDetails, type RoomDetailField } from '../core/roomDetails';
import { ServiceError, type ServiceErrorDetail } from '../node/http';

const roleSchema = z.enum(ROOM_ROLES as [RoomRole, ...RoomRole[]], {
  error: `The role must be one of ${ROOM_ROLES.join(', ')}.`,
});

const instant = (field: string) =>
  z.iso
    .datetime({ offset: true, error: `${field} must be an ISO 8601 date and time, e.g. 2025-06-02T09:00:00Z.` })
    .transform((text) => new Date(text));

// Ids are checked on the raw JSON object: a parsed record would silently drop a key such as `__proto__`, and a
// dropped participant must be an error, never a quiet no-op.
const participantIds = <T extends z.ZodType>(record: T) =>
  z.preprocess((raw, context) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    for (const id of Object.keys(raw)) {
      const parsed = parseParticipantId(id);
      if (!parsed.ok || parsed.rawId !== id) {
        context.addIssue({
          code: 'custom',
          path: [id],
          message: parsed.ok ? 'Remove the spaces around the identifier.' : parsed.message,
        });
      }
    }
    return raw;
  }, record);

/** A detail as it arrives: text, `null` (clear), or something the rules refuse with their own words. */
const detail = z.unknown().optional();

/** The details of a create or update, judged by core's `validateRoomDetails` (the in-memory backend's words). */
const details = {
  subject: detail,
  timeZone: detail,
  description: detail,
  reference: detail,
};

/**
 * The details of a body, trimmed: text stays, `null` and text that is empty once trimmed become `null` (clear). An
 * empty title is refused before this (by `validateRoomDetails`), so it never reaches here.
 */
export type DetailChanges = Partial<Record<RoomDetailField, string | null>>;

function checkDetails(body: Partial<Record<RoomDetailField, unknown>>, context: z.RefinementCtx): void {
  for (const issue of validateRoomDetails(body)) {
    context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  }
}

function detailChanges<T extends Partial<Record<RoomDetailField, unknown>>>(
  body: T,
): Omit<T, RoomDetailField> & { details: DetailChanges } {
  const rest: Record<string, unknown> = { ...body };
  const changes: DetailChanges = {};
  for (const field of ROOM_DETAIL_FIELDS) {
    const value = body[field];
    delete rest[field];
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value.trim() : '';
    changes[field] = text === '' ? null : text;
  }
  return { ...(rest as Omit<T, RoomDetailField>), details: changes };
}

/** `POST {base}/rooms`. */
export const createRoomBody = z
  .strictObject({
    validFrom: instant('validFrom').optional(),
    validUntil: instant('validUntil').optional(),
    pstnDialOutEnabled: z.boolean({ error: 'pstnDialOutEnabled must be true or false.' }).optional(),
    participants: participantIds(z.record(z.string(), z.strictObject({ role: roleSchema.optional() }))).optional(),
    ...details,
  })
  .superRefine(checkDetails)
  .transform(detailChanges);

/** `PATCH {base}/rooms/{id}` (merge-patch; a detail set to `null` is cleared). */
export const updateRoomBody = z
  .strictObject({
    validFrom: instant('validFrom').optional(),
    validUntil: instant('validUntil').optional(),
    pstnDialOutEnabled: z.boolean({ error: 'pstnDialOutEnabled must be true or false.' }).optional(),
    ...details,
  })
  .superRefine(checkDetails)
  .transform(detailChanges);

/** `PATCH {base}/rooms/{id}/participants` (merge-patch: a role upserts, `null` removes). */
export const updateParticipantsBody = z.strictObject({
  participants: participantIds(z.record(z.string(), z.strictObject({ role: roleSchema.optional() }).nullable())),
});

/** Most ids one `people:resolve` request may name (the adapter sends larger sets in batches). */
export const MAX_RESOLVE_IDS = 1000;

/** `POST {base}/people:resolve`. */
export const resolvePeopleBody = z.strictObject({
  ids: z
    .array(z.string(), { error: 'ids must be a list of identifiers.' })
    .max(MAX_RESOLVE_IDS, { error: `Resolve at most ${MAX_RESOLVE_IDS} ids per request.` }),
});

/** `POST {base}/rooms/{id}/join`: whom to join as; absent means the signed-in user (the handler's `currentUser`). */
export const joinBody = z.strictObject({
  userId: z
    .string({ error: 'Name the user to join as (userId).' })
    .superRefine((id, context) => {
      const parsed = parseParticipantId(id);
      if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
    })
    .optional(),
});

/** `?pageSize=` of a list: a whole number of at least 1 (larger than the server's limit is cut to the limit). */
export const pageSizeParam = z.coerce
  .number({ error: 'pageSize must be a whole number of at least 1.' })
  .int({ error: 'pageSize must be a whole number of at least 1.' })
  .min(1, { error: 'pageSize must be a whole number of at least 1.' });

/** `?limit=` of a search. */
export const limitParam = z.coerce
  .number({ error: 'limit must be a whole number of at least 0.' })
  .int({ error: 'limit must be a whole number of at least 0.' })
  .min(0, { error: 'limit must be a whole number of at least 0.' });

/** Longest `?search=` text (people and rooms). */
export const MAX_QUERY_LENGTH = 200;

// Nested paths name the field first (`participants`), then the entry (the raw id), so the top-level target is the
// field the UI shows the error next to and each detail names the row.
function detailOf(issue: z.core.$ZodIssue): ServiceErrorDetail & { field: string } {
  const [field, entry] = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const where = field === undefined ? '' : ` in ${field}`;
    return {
      code: 'BadArgument',
      message: `Unknown field "${key}"${where}.`,
      target: field ?? key,
      field: field ?? key,
    };
  }
  const detail: ServiceErrorDetail & { field: string } = {
    code: 'BadArgument',
    message: issue.message,
    field: field ?? 'body',
  };
  detail.target = entry ?? field ?? 'body';
  return detail;
}

/**
 * Parses `value` with `schema`, or throws the service's 400: message and top-level target from the first problem,
 * one detail per problem.
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map(detailOf);
  const first = details[0];
  return failWith(first?.message ?? 'The request is not valid.', first?.field, details);
}

/** Throws the service-shaped 400 for one field. */
export function failWith(
  message: string,
  target: string | undefined,
  details: Array<ServiceErrorDetail & { field?: string }> = [],
): never {
  throw new ServiceError(400, 'BadRequest', message, {
    target,
    details: details.map(({ code, message: text, target: where }) =>
      where === undefined ? { code, message: text } : { code, message: text, target: where },
    ),
  });
}

/** Parses one query parameter with `schema`, or throws the service-shaped 400 naming it. */
export function validateQuery<T extends z.ZodType>(schema: T, text: string, name: string): z.output<T> {
  const result = schema.safeParse(text);
  if (result.success) return result.data;
  return failWith(result.error.issues[0]?.message ?? `${name} is not valid.`, name);
}

/** `POST {base}/rooms/{id}/requests`: the name and message of someone knocking (core's lobby rules judge both). */
export const joinRequestBody = z.strictObject({
  displayName: z.string({ error: 'Enter your name (displayName).' }),
  message: z.string({ error: 'The message must be text.' }).optional(),
});

/** `POST {base}/rooms/{id}/requests/{requestId}:admit`: the role they join with (Attendee when absent). */
export const admitJoinRequestBody = z.strictObject({ role: roleSchema.optional() });

/** `POST {base}/rooms/{id}/requests/{requestId}:decline`: why, as the person who asked is told. */
export const declineJoinRequestBody = z.strictObject({
  reason: z.string({ error: 'The reason must be text.' }).optional(),
});
