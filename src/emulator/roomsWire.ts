/**
 * The Rooms service's wire format around the shared Rooms model: JSON bodies as the service reads them become the
 * model's input, the model's rooms become the JSON the service writes, and the model's refusals become the service's
 * error answers (status, code, message, `details` with PascalCase targets).
 */
import { isRoomsError, type RoomsError } from '../core/errors';
import type { RoomRole } from '../core/roles';
import type { CreateRoomInput, Room, RoomParticipantInput, UpdateRoomInput } from '../core/types';
import {
  badArguments,
  EmulatorError,
  invalidIdentifier,
  invalidRoomId,
  pascalCase,
  type ServiceErrorDetail,
} from './serviceErrors';

/** A room as the service writes it. */
export interface RoomWire {
  id: string;
  createdAt: string;
  validFrom: string;
  validUntil: string;
  pstnDialOutEnabled: boolean;
}

/** A participant as the service writes it. */
export interface ParticipantWire {
  rawId: string;
  role: RoomRole;
}

/** A list page as the service writes it. */
export interface CollectionWire<T> {
  value: T[];
  nextLink?: string;
}

/** The service's JSON for a room. */
export function roomWire(room: Room): RoomWire {
  return {
    id: room.id,
    createdAt: room.createdAt.toISOString(),
    validFrom: room.validFrom.toISOString(),
    validUntil: room.validUntil.toISOString(),
    pstnDialOutEnabled: room.pstnDialOutEnabled,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A request body as an object; an absent body is an empty one. */
export function requireObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!isPlainObject(body))
    throw badArguments([{ code: 'BadArgument', message: 'The request body must be a JSON object.' }]);
  return body;
}

/** Reads an optional date field; `undefined` when absent, a detail when present and not an ISO 8601 instant. */
function readInstant(
  body: Record<string, unknown>,
  field: 'validFrom' | 'validUntil',
  details: ServiceErrorDetail[],
): Date | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    details.push({
      code: 'BadArgument',
      message: `The value of ${field} is not a valid date and time.`,
      target: pascalCase(field),
    });
    return undefined;
  }
  return new Date(ms);
}

function readDialOut(body: Record<string, unknown>, details: ServiceErrorDetail[]): boolean | undefined {
  const value = body.pstnDialOutEnabled;
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    details.push({
      code: 'BadArgument',
      message: 'pstnDialOutEnabled must be true or false.',
      target: 'PstnDialOutEnabled',
    });
    return undefined;
  }
  return value;
}

/** The service keeps only the window and the dial-out flag; details are the kit's, never on this wire. */
function readWindow(
  body: Record<string, unknown>,
): Pick<UpdateRoomInput, 'validFrom' | 'validUntil' | 'pstnDialOutEnabled'> {
  const details: ServiceErrorDetail[] = [];
  const validFrom = readInstant(body, 'validFrom', details);
  const validUntil = readInstant(body, 'validUntil', details);
  const pstnDialOutEnabled = readDialOut(body, details);
  if (details.length > 0) throw badArguments(details);
  const input: UpdateRoomInput = {};
  if (validFrom !== undefined) input.validFrom = validFrom;
  if (validUntil !== undefined) input.validUntil = validUntil;
  if (pstnDialOutEnabled !== undefined) input.pstnDialOutEnabled = pstnDialOutEnabled;
  return input;
}

/** What a `{ "<rawId>": { role } | null }` map asks for. */
export interface RosterRequest {
  upserts: RoomParticipantInput[];
  removals: string[];
}

/**
 * Reads a participants map. Only its shape is checked here; identifiers and roles are the model's rules. The
 * service reads keys literally, so a key with spaces around it is not the participant it looks like.
 */
export function readRoster(value: unknown, allowRemoval: boolean): RosterRequest {
  const request: RosterRequest = { upserts: [], removals: [] };
  if (value === undefined || value === null) return request;
  if (!isPlainObject(value)) {
    throw badArguments([
      { code: 'BadArgument', message: 'participants must be an object keyed by raw id.', target: 'Participants' },
    ]);
  }
  for (const [rawId, entry] of Object.entries(value)) {
    if (rawId.trim() !== rawId) throw invalidIdentifier();
    if (entry === null) {
      if (!allowRemoval) throw invalidIdentifier(`The participant ${rawId} has no properties.`);
      request.removals.push(rawId);
      continue;
    }
    if (!isPlainObject(entry)) {
      throw badArguments([
        { code: 'BadArgument', message: `The participant ${rawId} must be an object.`, target: 'Participants' },
      ]);
    }
    request.upserts.push(entry.role === undefined ? { id: rawId } : { id: rawId, role: entry.role as RoomRole });
  }
  return request;
}

/** `POST /rooms`: the model's create input. */
export function readCreateBody(rawBody: unknown): CreateRoomInput {
  const body = requireObject(rawBody);
  const input: CreateRoomInput = readWindow(body);
  const roster = readRoster(body.participants, false);
  if (roster.upserts.length > 0) input.participants = roster.upserts;
  return input;
}

/** `PATCH /rooms/{id}`: the model's patch. */
export function readUpdateBody(rawBody: unknown): UpdateRoomInput {
  return readWindow(requireObject(rawBody));
}

/** `PATCH /rooms/{id}/participants`: upserts and removals. */
export function readParticipantsBody(rawBody: unknown): RosterRequest {
  return readRoster(requireObject(rawBody).participants, true);
}

/** The service's answer to something the model refused. */
export function serviceErrorOf(error: RoomsError): EmulatorError {
  switch (error.code) {
    case 'notFound':
      return invalidRoomId();
    case 'conflict':
      return new EmulatorError(
        409,
        'Conflict',
        'This Repeatability-Request-ID was already used for a different request.',
        {
          target: 'Repeatability-Request-ID',
        },
      );
    case 'validation': {
      if (error.target === 'participants') {
        const first = error.details[0];
        if (first?.code === 'invalidRole') {
          return badArguments([{ code: 'BadArgument', message: first.message, target: 'Role' }]);
        }
        return invalidIdentifier(first?.code === 'notCommunicationUser' ? first.message : undefined);
      }
      const details = error.details.length > 0 ? error.details : [{ code: 'BadArgument', message: error.message }];
      return badArguments(
        details.map((detail) => ({
          code: 'BadArgument',
          message: detail.message,
          target: pascalCase(detail.target ?? error.target ?? ''),
        })),
      );
    }
    default:
      return new EmulatorError(500, 'InternalServerError', 'The service could not handle the request.');
  }
}

/** Runs a model call and answers its refusals in the service's words. */
export function asService<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (isRoomsError(error)) throw serviceErrorOf(error);
    throw error;
  }
}
