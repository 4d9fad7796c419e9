/**
 * The emulated resource's state and the service's rules over it: rooms with their rosters, identities, and the
 * repeatability records of idempotent creates. Every operation takes and returns the wire format (JSON bodies as the
 * service reads and writes them) and throws {@link EmulatorError} exactly where the service answers an error; the
 * validity and identifier rules come from `src/core`, so the kit's client-side checks and the emulator agree.
 *
 * Operations validate everything before changing anything, so a refused request leaves the state as it was.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { parseParticipantId } from '../core/identifiers';
import { DEFAULT_ROLE, isRoomRole, type RoomRole } from '../core/roles';
import { defaultValidity, validateValidity } from '../core/validity';
import { ROOMS_API_VERSION } from './apiVersions';
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

/** An access token as the Identity service writes it. */
export interface AccessTokenWire {
  token: string;
  expiresOn: string;
}

/** The Identity service's answer to a create. */
export interface IdentityWire {
  identity: { id: string };
  accessToken?: AccessTokenWire;
}

/** Repeatability headers of a create, as received. */
export interface RepeatabilityHeaders {
  requestId?: string;
  firstSent?: string;
}

/** What a create answered, and whether it was a replay of an earlier one. */
export interface CreateOutcome {
  room: RoomWire;
  replayed: boolean;
}

/** Options of {@link createEmulatorStore}. */
export interface EmulatorStoreOptions {
  /** The service's clock. */
  now: () => Date;
  /** Largest page of a list. */
  pageSize: number;
  /** After this many non-empty pages, one empty page that still carries a `nextLink`. @default never */
  emptyPageEvery?: number;
  /** Signs access tokens (the resource's access key, base64). */
  tokenKey: string;
}

const TOKEN_SCOPES = ['chat', 'voip', 'chat.join', 'chat.join.limited', 'voip.join'] as const;
const MIN_TOKEN_MINUTES = 60;
const MAX_TOKEN_MINUTES = 1440;
/** Repeatability records kept; the oldest go first. The service keeps them for a bounded time too. */
const MAX_REPEATABILITY_RECORDS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// --- persisted state -------------------------------------------------------------------------------------------

const snapshotSchema = z.object({
  resourceId: z.string().min(1),
  roomSeq: z.number().int().nonnegative(),
  participantSeq: z.number().int().nonnegative(),
  rooms: z.array(
    z.object({
      seq: z.number().int(),
      id: z.string().min(1),
      createdAt: z.number(),
      validFrom: z.number(),
      validUntil: z.number(),
      pstnDialOutEnabled: z.boolean(),
      participants: z.array(
        z.tuple([z.string(), z.enum(['Presenter', 'Attendee', 'Consumer', 'Collaborator']), z.number().int()]),
      ),
    }),
  ),
  identities: z.array(
    z.object({ id: z.string().min(1), createdAt: z.number(), tokensValidAfter: z.number().optional() }),
  ),
  repeatability: z.array(z.object({ requestId: z.string(), fingerprint: z.string(), room: z.unknown() })),
});

/** The store's state as plain JSON, for the data file. */
export type EmulatorStoreSnapshot = z.infer<typeof snapshotSchema>;

interface StoredRoom {
  seq: number;
  id: string;
  createdAt: number;
  validFrom: number;
  validUntil: number;
  pstnDialOutEnabled: boolean;
  participants: Map<string, { role: RoomRole; seq: number }>;
}

interface StoredIdentity {
  id: string;
  createdAt: number;
  /** Tokens issued before this instant are revoked. */
  tokensValidAfter?: number;
}

// --- helpers ---------------------------------------------------------------------------------------------------

function base64Url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function roomWire(room: StoredRoom): RoomWire {
  return {
    id: room.id,
    createdAt: new Date(room.createdAt).toISOString(),
    validFrom: new Date(room.validFrom).toISOString(),
    validUntil: new Date(room.validUntil).toISOString(),
    pstnDialOutEnabled: room.pstnDialOutEnabled,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireObject(body: unknown): Record<string, unknown> {
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

function checkWindow(validFrom: Date, validUntil: Date, now: Date): ServiceErrorDetail[] {
  return validateValidity({ validFrom, validUntil }, { now }).map((issue) => ({
    code: 'BadArgument',
    message: issue.message,
    target: pascalCase(issue.target),
  }));
}

/** A participant map entry after reading: a role to give, or `null` to remove. */
type RosterChange = Map<string, RoomRole | null>;

/** Reads `{ "<rawId>": { role } | null }`; all-or-nothing, the service's words for a bad identifier. */
function readRoster(value: unknown, allowRemoval: boolean): RosterChange {
  const changes: RosterChange = new Map();
  if (value === undefined || value === null) return changes;
  if (!isPlainObject(value)) {
    throw badArguments([
      { code: 'BadArgument', message: 'participants must be an object keyed by raw id.', target: 'Participants' },
    ]);
  }
  for (const [rawId, entry] of Object.entries(value)) {
    const parsed = parseParticipantId(rawId);
    if (!parsed.ok || parsed.rawId !== rawId) {
      throw invalidIdentifier(
        parsed.ok || parsed.code === 'malformed' || parsed.code === 'empty' ? undefined : parsed.message,
      );
    }
    if (entry === null) {
      if (!allowRemoval) throw invalidIdentifier(`The participant ${rawId} has no properties.`);
      changes.set(rawId, null);
      continue;
    }
    if (!isPlainObject(entry)) {
      throw badArguments([
        { code: 'BadArgument', message: `The participant ${rawId} must be an object.`, target: 'Participants' },
      ]);
    }
    const role = entry.role ?? DEFAULT_ROLE;
    if (!isRoomRole(role)) {
      throw badArguments([
        { code: 'BadArgument', message: `"${String(role)}" is not a participant role.`, target: 'Role' },
      ]);
    }
    changes.set(rawId, role);
  }
  return changes;
}

function fingerprintOf(body: Record<string, unknown>): string {
  const participants = isPlainObject(body.participants)
    ? Object.entries(body.participants)
        .map(([id, entry]) => [id, isPlainObject(entry) ? String(entry.role ?? DEFAULT_ROLE) : null] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    : [];
  const instant = (value: unknown): number | null =>
    typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : null;
  return JSON.stringify([
    instant(body.validFrom),
    instant(body.validUntil),
    body.pstnDialOutEnabled ?? false,
    participants,
  ]);
}

function newRoomId(taken: (id: string) => boolean): string {
  for (;;) {
    // 17 digits without a leading zero: the shape of the service's room ids (e.g. 99117812428622880).
    const bytes = randomBytes(17);
    let id = String(1 + (bytes[0]! % 9));
    for (let i = 1; i < 17; i++) id += String(bytes[i]! % 10);
    if (!taken(id)) return id;
  }
}

interface SkipToken {
  /** The list the token belongs to. */
  l: string;
  /** Sequence number of the last item returned. */
  a: number;
  /** Non-empty pages since the last empty one. */
  e: number;
}

// base64url uses only unreserved characters, so `URLSearchParams` re-serialises the link byte for byte and the SDK's
// signature over the re-serialised query matches what it sends.
function encodeSkipToken(token: SkipToken): string {
  return base64Url(Buffer.from(JSON.stringify(token), 'utf8'));
}

function decodeSkipToken(text: string, list: string): SkipToken {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !isPlainObject(parsed) ||
    parsed.l !== list ||
    typeof parsed.a !== 'number' ||
    !Number.isInteger(parsed.a) ||
    typeof parsed.e !== 'number' ||
    !Number.isInteger(parsed.e)
  ) {
    throw new EmulatorError(400, 'BadRequest', 'The skip token is not valid for this list.', { target: 'SkipToken' });
  }
  return { l: list, a: parsed.a, e: parsed.e };
}

// --- the store ---------------------------------------------------------------------------------------------------

/** The emulated resource: rooms, rosters, identities. */
export interface EmulatorStore {
  /** The resource's id (the middle part of its users' raw ids). */
  readonly resourceId: string;
  /** `POST /rooms`: a new room, or the first answer again for a repeated `Repeatability-Request-ID`. */
  createRoom(body: unknown, repeatability: RepeatabilityHeaders): CreateOutcome;
  /** `GET /rooms/{id}`. */
  getRoom(roomId: string): RoomWire;
  /** `PATCH /rooms/{id}` (merge-patch). */
  updateRoom(roomId: string, body: unknown): RoomWire;
  /** `DELETE /rooms/{id}`. */
  deleteRoom(roomId: string): void;
  /** `GET /rooms`, one page; `origin` prefixes the `nextLink`. */
  listRooms(skipToken: string | undefined, origin: string): CollectionWire<RoomWire>;
  /** `GET /rooms/{id}/participants`, one page. */
  listParticipants(roomId: string, skipToken: string | undefined, origin: string): CollectionWire<ParticipantWire>;
  /** `PATCH /rooms/{id}/participants` (merge-patch: a role upserts, `null` removes). */
  updateParticipants(roomId: string, body: unknown): void;
  /** `POST /identities`, with a token when `createTokenWithScopes` is given. */
  createIdentity(body: unknown): IdentityWire;
  /** `POST /identities/{id}/:issueAccessToken`. */
  issueAccessToken(identityId: string, body: unknown): AccessTokenWire;
  /** `POST /identities/{id}/:revokeAccessTokens`. */
  revokeAccessTokens(identityId: string): void;
  /** `DELETE /identities/{id}`. */
  deleteIdentity(identityId: string): void;
  /** The state as plain JSON. */
  snapshot(): EmulatorStoreSnapshot;
}

/**
 * Makes the emulated resource's state, empty or from a snapshot.
 * @throws `Error` when the snapshot is not one this version wrote.
 */
export function createEmulatorStore(options: EmulatorStoreOptions, from?: unknown): EmulatorStore {
  const rooms = new Map<string, StoredRoom>();
  const identities = new Map<string, StoredIdentity>();
  const repeatability = new Map<string, { fingerprint: string; room: RoomWire }>();
  let resourceId: string = randomUUID();
  let roomSeq = 0;
  let participantSeq = 0;

  if (from !== undefined) {
    const parsed = snapshotSchema.safeParse(from);
    if (!parsed.success) {
      throw new Error(`The data file is not an emulator snapshot: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
    }
    const data = parsed.data;
    resourceId = data.resourceId;
    roomSeq = data.roomSeq;
    participantSeq = data.participantSeq;
    for (const room of data.rooms) {
      rooms.set(room.id, {
        ...room,
        participants: new Map(room.participants.map(([id, role, seq]) => [id, { role, seq }])),
      });
    }
    for (const identity of data.identities) identities.set(identity.id, { ...identity });
    for (const record of data.repeatability) {
      repeatability.set(record.requestId, { fingerprint: record.fingerprint, room: record.room as RoomWire });
    }
  }

  const now = (): Date => options.now();
  const emptyPageEvery =
    options.emptyPageEvery !== undefined && options.emptyPageEvery >= 1
      ? Math.floor(options.emptyPageEvery)
      : undefined;

  function requireRoom(roomId: string): StoredRoom {
    const room = rooms.get(roomId);
    if (!room) throw invalidRoomId();
    return room;
  }

  function page<S, T>(
    list: string,
    path: string,
    origin: string,
    source: Iterable<S>,
    seqOf: (item: S) => number,
    toWire: (item: S) => T,
    skipToken: string | undefined,
  ): CollectionWire<T> {
    const position = skipToken === undefined ? { l: list, a: -1, e: 0 } : decodeSkipToken(skipToken, list);
    const link = (token: SkipToken): string =>
      `${origin}${path}?api-version=${ROOMS_API_VERSION}&skipToken=${encodeSkipToken(token)}`;
    const value: T[] = [];
    let last = position.a;
    for (const item of source) {
      const seq = seqOf(item);
      if (seq <= position.a) continue;
      if (value.length === options.pageSize) return { value, nextLink: link({ l: list, a: last, e: position.e + 1 }) };
      // Reached only while an item remains, so the empty page is never the last one.
      if (emptyPageEvery !== undefined && position.e >= emptyPageEvery) {
        return { value: [], nextLink: link({ l: list, a: position.a, e: 0 }) };
      }
      value.push(toWire(item));
      last = seq;
    }
    return { value };
  }

  function requireUserId(identityId: string): string {
    const parsed = parseParticipantId(identityId);
    if (!parsed.ok) throw invalidIdentifier();
    return parsed.rawId;
  }

  function requireIdentity(identityId: string): StoredIdentity {
    const identity = identities.get(requireUserId(identityId));
    if (!identity) throw new EmulatorError(404, 'IdentityNotFound', 'The identity does not exist or was deleted.');
    return identity;
  }

  function issueToken(identity: StoredIdentity, scopes: readonly string[], minutes: number): AccessTokenWire {
    const issuedAt = now().getTime();
    const expiresOn = new Date(issuedAt + minutes * 60_000);
    // A JWT in the shape ACS issues, so AzureCommunicationTokenCredential can read its expiry; signed with the
    // resource key, though nothing but this emulator could check it.
    const header = base64Url(Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'rooms-emulator' })));
    const payload = base64Url(
      Buffer.from(
        JSON.stringify({
          skypeid: identity.id.replace(/^8:/, ''),
          scp: 1792,
          csi: Math.floor(issuedAt / 1000),
          exp: Math.floor(expiresOn.getTime() / 1000),
          rgn: 'local',
          acsScope: scopes.join(','),
          resourceId,
          resourceLocation: 'local',
          iat: Math.floor(issuedAt / 1000),
        }),
      ),
    );
    const signature = createHmac('sha256', Buffer.from(options.tokenKey, 'base64'))
      .update(`${header}.${payload}`)
      .digest('base64url');
    return { token: `${header}.${payload}.${signature}`, expiresOn: expiresOn.toISOString() };
  }

  function readTokenRequest(value: unknown, minutesValue: unknown): { scopes: string[]; minutes: number } {
    if (!Array.isArray(value) || value.length === 0) {
      throw badArguments([{ code: 'BadArgument', message: 'scopes must name at least one scope.', target: 'Scopes' }]);
    }
    for (const scope of value) {
      if (typeof scope !== 'string' || !(TOKEN_SCOPES as readonly string[]).includes(scope)) {
        throw badArguments([
          {
            code: 'BadArgument',
            message: `"${String(scope)}" is not a token scope (${TOKEN_SCOPES.join(', ')}).`,
            target: 'Scopes',
          },
        ]);
      }
    }
    let minutes = MAX_TOKEN_MINUTES;
    if (minutesValue !== undefined && minutesValue !== null) {
      if (
        typeof minutesValue !== 'number' ||
        !Number.isInteger(minutesValue) ||
        minutesValue < MIN_TOKEN_MINUTES ||
        minutesValue > MAX_TOKEN_MINUTES
      ) {
        throw badArguments([
          {
            code: 'BadArgument',
            message: `expiresInMinutes must be a whole number from ${MIN_TOKEN_MINUTES} to ${MAX_TOKEN_MINUTES}.`,
            target: 'ExpiresInMinutes',
          },
        ]);
      }
      minutes = minutesValue;
    }
    return { scopes: value as string[], minutes };
  }

  return {
    get resourceId() {
      return resourceId;
    },

    createRoom(rawBody, headers) {
      const body = requireObject(rawBody);
      const requestId = headers.requestId?.trim();
      if (requestId !== undefined && !UUID.test(requestId)) {
        throw new EmulatorError(400, 'BadRequest', 'Repeatability-Request-ID must be a UUID.', {
          target: 'Repeatability-Request-ID',
        });
      }
      if (headers.firstSent !== undefined && Number.isNaN(Date.parse(headers.firstSent))) {
        throw new EmulatorError(400, 'BadRequest', 'Repeatability-First-Sent must be an HTTP date.', {
          target: 'Repeatability-First-Sent',
        });
      }
      const fingerprint = fingerprintOf(body);
      if (requestId !== undefined) {
        const previous = repeatability.get(requestId.toLowerCase());
        if (previous) {
          if (previous.fingerprint !== fingerprint) {
            throw new EmulatorError(
              409,
              'Conflict',
              'This Repeatability-Request-ID was already used for a different request.',
              {
                target: 'Repeatability-Request-ID',
              },
            );
          }
          return { room: { ...previous.room }, replayed: true };
        }
      }

      const at = now();
      const details: ServiceErrorDetail[] = [];
      const givenFrom = readInstant(body, 'validFrom', details);
      const givenUntil = readInstant(body, 'validUntil', details);
      const dialOut = readDialOut(body, details);
      if (details.length > 0) throw badArguments(details);
      const validFrom = givenFrom ?? at;
      const validUntil = givenUntil ?? defaultValidity(validFrom).validUntil;
      const windowIssues = checkWindow(validFrom, validUntil, at);
      if (windowIssues.length > 0) throw badArguments(windowIssues);
      const roster = readRoster(body.participants, false);

      const room: StoredRoom = {
        seq: ++roomSeq,
        id: newRoomId((id) => rooms.has(id)),
        createdAt: at.getTime(),
        validFrom: validFrom.getTime(),
        validUntil: validUntil.getTime(),
        pstnDialOutEnabled: dialOut ?? false,
        participants: new Map(),
      };
      for (const [id, role] of roster) room.participants.set(id, { role: role ?? DEFAULT_ROLE, seq: ++participantSeq });
      rooms.set(room.id, room);
      const wire = roomWire(room);
      if (requestId !== undefined) {
        repeatability.set(requestId.toLowerCase(), { fingerprint, room: { ...wire } });
        if (repeatability.size > MAX_REPEATABILITY_RECORDS) {
          const oldest = repeatability.keys().next();
          if (!oldest.done) repeatability.delete(oldest.value);
        }
      }
      return { room: wire, replayed: false };
    },

    getRoom(roomId) {
      return roomWire(requireRoom(roomId));
    },

    updateRoom(roomId, rawBody) {
      const room = requireRoom(roomId);
      const body = requireObject(rawBody);
      const details: ServiceErrorDetail[] = [];
      const givenFrom = readInstant(body, 'validFrom', details);
      const givenUntil = readInstant(body, 'validUntil', details);
      const dialOut = readDialOut(body, details);
      if (details.length > 0) throw badArguments(details);
      // Only a patch that moves the window re-checks it, against the merged start and end, so switching dial-out on
      // a room that has ended still works.
      if (givenFrom !== undefined || givenUntil !== undefined) {
        const validFrom = givenFrom ?? new Date(room.validFrom);
        const validUntil = givenUntil ?? new Date(room.validUntil);
        const issues = checkWindow(validFrom, validUntil, now());
        if (issues.length > 0) throw badArguments(issues);
        room.validFrom = validFrom.getTime();
        room.validUntil = validUntil.getTime();
      }
      if (dialOut !== undefined) room.pstnDialOutEnabled = dialOut;
      return roomWire(room);
    },

    deleteRoom(roomId) {
      requireRoom(roomId);
      rooms.delete(roomId);
    },

    listRooms(skipToken, origin) {
      return page('rooms', '/rooms', origin, rooms.values(), (r) => r.seq, roomWire, skipToken);
    },

    listParticipants(roomId, skipToken, origin) {
      const room = requireRoom(roomId);
      return page(
        `participants:${roomId}`,
        `/rooms/${encodeURIComponent(roomId)}/participants`,
        origin,
        room.participants.entries(),
        ([, p]) => p.seq,
        ([rawId, p]): ParticipantWire => ({ rawId, role: p.role }),
        skipToken,
      );
    },

    updateParticipants(roomId, rawBody) {
      const room = requireRoom(roomId);
      const body = requireObject(rawBody);
      const changes = readRoster(body.participants, true);
      for (const [id, role] of changes) {
        if (role === null) {
          room.participants.delete(id);
          continue;
        }
        const existing = room.participants.get(id);
        // A role change keeps the participant's place in the list; only newcomers go to the end.
        if (existing) existing.role = role;
        else room.participants.set(id, { role, seq: ++participantSeq });
      }
    },

    createIdentity(rawBody) {
      const body = requireObject(rawBody);
      const identity: StoredIdentity = { id: `8:acs:${resourceId}_${randomUUID()}`, createdAt: now().getTime() };
      let accessToken: AccessTokenWire | undefined;
      if (body.createTokenWithScopes !== undefined && body.createTokenWithScopes !== null) {
        const request = readTokenRequest(body.createTokenWithScopes, body.expiresInMinutes);
        accessToken = issueToken(identity, request.scopes, request.minutes);
      }
      identities.set(identity.id, identity);
      return accessToken === undefined
        ? { identity: { id: identity.id } }
        : { identity: { id: identity.id }, accessToken };
    },

    issueAccessToken(identityId, rawBody) {
      const identity = requireIdentity(identityId);
      const body = requireObject(rawBody);
      const request = readTokenRequest(body.scopes, body.expiresInMinutes);
      return issueToken(identity, request.scopes, request.minutes);
    },

    revokeAccessTokens(identityId) {
      requireIdentity(identityId).tokensValidAfter = now().getTime();
    },

    deleteIdentity(identityId) {
      const identity = requireIdentity(identityId);
      identities.delete(identity.id);
    },

    snapshot() {
      return {
        resourceId,
        roomSeq,
        participantSeq,
        rooms: [...rooms.values()].map((room) => ({
          seq: room.seq,
          id: room.id,
          createdAt: room.createdAt,
          validFrom: room.validFrom,
          validUntil: room.validUntil,
          pstnDialOutEnabled: room.pstnDialOutEnabled,
          participants: [...room.participants].map(([id, p]) => [id, p.role, p.seq] as [string, RoomRole, number]),
        })),
        identities: [...identities.values()].map((identity) => ({ ...identity })),
        repeatability: [...repeatability].map(([requestId, record]) => ({ requestId, ...record })),
      };
    },
  };
}
