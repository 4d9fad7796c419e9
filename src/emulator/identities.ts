/**
 * The Identity service's part of the emulated resource: communication users and their access tokens. Like the
 * Rooms model, every write is planned first (checked, the change described) and applied after it was saved.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { parseParticipantId } from '../core/identifiers';
import { requireObject } from './roomsWire';
import { badArguments, EmulatorError, invalidIdentifier } from './serviceErrors';

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

/** What checking an access token found: whose it is, or why it is not accepted. */
export type AccessTokenCheck =
  { ok: true; userId: string; scopes: string[]; expiresOn: Date } | { ok: false; reason: string };

/** A change to the identities. */
export type IdentityChange =
  | { type: 'identityCreated'; id: string; createdAt: number }
  | { type: 'tokensRevoked'; id: string; at: number }
  | { type: 'identityDeleted'; id: string };

const snapshotSchema = z.strictObject({
  resourceId: z.string().min(1),
  identities: z.array(
    z.strictObject({ id: z.string().min(1), createdAt: z.number(), tokensValidAfter: z.number().optional() }),
  ),
});

/** The identities as plain JSON. */
export type IdentitiesSnapshot = z.infer<typeof snapshotSchema>;

interface StoredIdentity {
  id: string;
  createdAt: number;
  /** Tokens issued before this instant are revoked. */
  tokensValidAfter?: number;
}

const TOKEN_SCOPES = ['chat', 'voip', 'chat.join', 'chat.join.limited', 'voip.join'] as const;
const MIN_TOKEN_MINUTES = 60;
const MAX_TOKEN_MINUTES = 1440;

/** The identities of one emulated resource. */
export interface Identities {
  /** The resource's id (the middle part of its users' raw ids). */
  readonly resourceId: string;
  /** `POST /identities`: the change to save, and the answer (with a token when `createTokenWithScopes` is given). */
  planCreate(body: unknown): { change: IdentityChange; answer: IdentityWire };
  /** `POST /identities/{id}/:issueAccessToken`: changes nothing. */
  issueAccessToken(identityId: string, body: unknown): AccessTokenWire;
  /**
   * Checks an access token this resource issued: its signature (the resource key), its expiry on the service's clock,
   * that its user still exists and its tokens were not revoked since, and that it may join calls (`voip` or
   * `voip.join`).
   */
  verifyAccessToken(token: string): AccessTokenCheck;
  /** `POST /identities/{id}/:revokeAccessTokens`. */
  planRevoke(identityId: string): IdentityChange;
  /** `DELETE /identities/{id}`. */
  planDelete(identityId: string): IdentityChange;
  /** Makes a planned or saved change. */
  apply(change: IdentityChange): void;
  snapshot(): IdentitiesSnapshot;
}

/**
 * Makes the identities, empty or from a snapshot they wrote.
 * @throws `Error` saying what does not fit when the snapshot is not one they wrote.
 */
export function createIdentities(options: { now: () => Date; tokenKey: () => string }, from?: unknown): Identities {
  const identities = new Map<string, StoredIdentity>();
  let resourceId: string = randomUUID();
  if (from !== undefined) {
    const parsed = snapshotSchema.safeParse(from);
    if (!parsed.success) {
      throw new Error(`the saved identities are not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
    }
    resourceId = parsed.data.resourceId;
    for (const identity of parsed.data.identities) {
      if (identities.has(identity.id)) throw new Error(`the saved identity ${identity.id} appears twice`);
      identities.set(identity.id, { ...identity });
    }
  }

  function requireIdentity(identityId: string): StoredIdentity {
    const parsed = parseParticipantId(identityId);
    if (!parsed.ok) throw invalidIdentifier();
    const identity = identities.get(parsed.rawId);
    if (!identity) throw new EmulatorError(404, 'IdentityNotFound', 'The identity does not exist or was deleted.');
    return identity;
  }

  function issueToken(identityId: string, scopes: readonly string[], minutes: number): AccessTokenWire {
    const issuedAt = options.now().getTime();
    const expiresOn = new Date(issuedAt + minutes * 60_000);
    // A JWT in the shape ACS issues, so AzureCommunicationTokenCredential can read its expiry; signed with the
    // resource key, though nothing but this emulator could check it.
    const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = part({ alg: 'HS256', typ: 'JWT', kid: 'rooms-emulator' });
    const payload = part({
      skypeid: identityId.replace(/^8:/, ''),
      scp: 1792,
      csi: Math.floor(issuedAt / 1000),
      exp: Math.floor(expiresOn.getTime() / 1000),
      rgn: 'local',
      acsScope: scopes.join(','),
      resourceId,
      resourceLocation: 'local',
      iat: Math.floor(issuedAt / 1000),
    });
    const signature = createHmac('sha256', Buffer.from(options.tokenKey(), 'base64'))
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

    planCreate(rawBody) {
      const body = requireObject(rawBody);
      const id = `8:acs:${resourceId}_${randomUUID()}`;
      const change: IdentityChange = { type: 'identityCreated', id, createdAt: options.now().getTime() };
      if (body.createTokenWithScopes === undefined || body.createTokenWithScopes === null) {
        return { change, answer: { identity: { id } } };
      }
      const request = readTokenRequest(body.createTokenWithScopes, body.expiresInMinutes);
      return { change, answer: { identity: { id }, accessToken: issueToken(id, request.scopes, request.minutes) } };
    },

    issueAccessToken(identityId, rawBody) {
      const identity = requireIdentity(identityId);
      const body = requireObject(rawBody);
      const request = readTokenRequest(body.scopes, body.expiresInMinutes);
      return issueToken(identity.id, request.scopes, request.minutes);
    },

    verifyAccessToken(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return { ok: false, reason: 'the token is not a JWT' };
      const [header = '', payload = '', signature = ''] = parts;
      const expected = createHmac('sha256', Buffer.from(options.tokenKey(), 'base64'))
        .update(`${header}.${payload}`)
        .digest();
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'the token was not signed by this resource' };
      }
      let claims: Record<string, unknown>;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      } catch {
        return { ok: false, reason: 'the token cannot be read' };
      }
      if (claims.resourceId !== resourceId || typeof claims.skypeid !== 'string') {
        return { ok: false, reason: 'the token is not for this resource' };
      }
      const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : Number.NaN;
      if (!(exp > options.now().getTime())) return { ok: false, reason: 'the token has expired' };
      const userId = `8:${claims.skypeid}`;
      const identity = identities.get(userId);
      if (!identity) return { ok: false, reason: 'the token’s user does not exist' };
      const issuedAt = typeof claims.iat === 'number' ? claims.iat * 1000 : Number.NaN;
      // `iat` has whole seconds: a token of the revocation's own second counts as issued after it.
      if (
        identity.tokensValidAfter !== undefined &&
        !(issuedAt >= Math.floor(identity.tokensValidAfter / 1000) * 1000)
      ) {
        return { ok: false, reason: 'the token was revoked' };
      }
      const scopes = typeof claims.acsScope === 'string' ? claims.acsScope.split(',') : [];
      if (!scopes.includes('voip') && !scopes.includes('voip.join')) {
        return { ok: false, reason: 'the token may not join calls (no voip scope)' };
      }
      return { ok: true, userId, scopes, expiresOn: new Date(exp) };
    },

    planRevoke(identityId) {
      return { type: 'tokensRevoked', id: requireIdentity(identityId).id, at: options.now().getTime() };
    },

    planDelete(identityId) {
      return { type: 'identityDeleted', id: requireIdentity(identityId).id };
    },

    apply(change) {
      switch (change.type) {
        case 'identityCreated':
          if (identities.has(change.id)) throw new Error(`the identity ${change.id} already exists`);
          identities.set(change.id, { id: change.id, createdAt: change.createdAt });
          return;
        case 'tokensRevoked': {
          const identity = identities.get(change.id);
          if (!identity) throw new Error(`the identity ${change.id} does not exist`);
          identity.tokensValidAfter = change.at;
          return;
        }
        case 'identityDeleted':
          if (!identities.delete(change.id)) throw new Error(`the identity ${change.id} does not exist`);
          return;
      }
    },

    snapshot() {
      return { resourceId, identities: [...identities.values()].map((identity) => ({ ...identity })) };
    },
  };
}
