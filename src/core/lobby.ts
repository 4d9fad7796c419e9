/**
 * Knock to join: someone who holds a room's link but is not on its roster asks to join, and a person whose role
 * may invite people ({@link LOBBY_CAPABILITY}) admits them with a role or declines. The Rooms service has no lobby,
 * so the kit keeps one: this is its whole rule set, pure data and one reducer, run by the in-memory backend and by
 * the server's lobby store alike.
 *
 * Flooding is bounded by the rules themselves: a person has at most one pending request per room (asking again while
 * one is pending answers that one), a declined person may ask again only after a pause, and a room holds at most
 * {@link LobbyPolicy.maxPending} pending requests. Requests expire.
 */
import { z } from 'zod';
import { isRoomRole, roleCan, ROOM_ROLES, type RoomCapability, type RoomRole } from './roles';

/** Where a request to join stands. */
export type JoinRequestStatus =
  /** Waiting for a presenter. */
  | 'pending'
  /** Let in: the person is on the roster with `role`. */
  | 'admitted'
  /** Turned down, with the presenter's `reason` when they gave one. */
  | 'declined'
  /** Nobody answered before `expiresAt`. */
  | 'expired'
  /** The person stopped asking. */
  | 'cancelled'
  /** The room closed (its window ended, it was ended for everyone, or it was deleted) while they waited. */
  | 'closed';

/** One person's request to join a room. */
export interface JoinRequest {
  /** The request's id. */
  readonly id: string;
  /** The room asked for. */
  readonly roomId: string;
  /** Who asks: the signed-in user's raw communication identifier (`8:acs:…`), decided by the backend. */
  readonly userId: string;
  /** The name they give. */
  readonly displayName: string;
  /** What they write to the presenter, if anything. */
  readonly message?: string;
  /** Where it stands. */
  readonly status: JoinRequestStatus;
  /** Its place among the room's requests: the lowest pending one was asked first. */
  readonly order: number;
  /** When they asked. */
  readonly requestedAt: Date;
  /** When a pending request expires. */
  readonly expiresAt: Date;
  /** When it was admitted, declined, cancelled, expired or closed. */
  readonly decidedAt?: Date;
  /** Who admitted or declined it. */
  readonly decidedBy?: string;
  /** That person's name, as the request's author is told it ("Dr. Okafor admitted you"). */
  readonly decidedByName?: string;
  /** The role they were admitted with. */
  readonly role?: RoomRole;
  /** Why it was declined, when the presenter said. */
  readonly reason?: string;
  /** A declined person may ask again from this moment. */
  readonly askAgainAt?: Date;
}

/** The lobby of one room: its pending requests and the decided ones their authors may still read. */
export interface LobbyState {
  /** The room. */
  readonly roomId: string;
  /** Requests, in the order they were made. */
  readonly requests: readonly JoinRequest[];
  /** The order the next request gets. */
  readonly nextOrder: number;
  /** When the room was closed for knocking (ended for everyone); absent while it is open. */
  readonly closedAt?: Date;
  /** Increases with every change. */
  readonly version: number;
}

/** The limits of a lobby. */
export interface LobbyPolicy {
  /** How long a request waits before it expires. @default 600000 (10 minutes) */
  readonly requestTtlMs: number;
  /** Most pending requests a room holds; more are refused with `unavailable`. @default 500 */
  readonly maxPending: number;
  /** How long a declined person waits before asking again. @default 60000 */
  readonly askAgainAfterMs: number;
  /** Decided requests kept for their authors to read; the oldest go first. @default 1000 */
  readonly maxDecidedKept: number;
}

/** The limits the kit uses unless told otherwise. */
export const DEFAULT_LOBBY_POLICY: LobbyPolicy = {
  requestTtlMs: 10 * 60_000,
  maxPending: 500,
  askAgainAfterMs: 60_000,
  maxDecidedKept: 1000,
};

/** Longest name a request keeps. */
export const MAX_JOIN_REQUEST_NAME = 256;
/** Longest message to the presenter. */
export const MAX_JOIN_REQUEST_MESSAGE = 500;
/** Longest reason for a decline. */
export const MAX_DECLINE_REASON = 500;

/**
 * The capability that lets someone admit and decline requests: inviting people into the room call is what the
 * documentation's table gives Presenters.
 */
export const LOBBY_CAPABILITY: RoomCapability = 'inviteParticipant';

/** Whether a roster role may admit and decline requests to join. */
export function roleCanAdmit(role: RoomRole | undefined): boolean {
  return role !== undefined && roleCan(role, LOBBY_CAPABILITY);
}

/** What changes a lobby. */
export type LobbyAction =
  /** `userId` asks to join. `requestId` is the id the new request gets (made by whoever runs the lobby). */
  | { type: 'request'; requestId: string; userId: string; displayName: string; message?: string }
  /** The author stops asking. */
  | { type: 'cancel'; requestId: string; userId: string }
  /** Someone allowed to admit lets the author in with `role`. */
  | { type: 'admit'; requestId: string; by: string; byName?: string; role: RoomRole }
  /** Someone allowed to admit turns the request down. */
  | { type: 'decline'; requestId: string; by: string; byName?: string; reason?: string }
  /** Marks every pending request whose time is up as expired. */
  | { type: 'expire' }
  /** The room closed: every pending request is closed, and new ones are refused until `reopen`. */
  | { type: 'close' }
  /** The room may be knocked on again (its window was moved). */
  | { type: 'reopen' };

/** Why a lobby action was refused. */
export interface LobbyRefusal {
  /**
   * `validation`: the input is wrong (`target` names the field); `notFound`: no such request; `conflict`: it clashes
   * with where the request stands (decided already, expired, the room closed, asked again too soon);
   * `forbidden`: someone else's request; `unavailable`: the room's lobby is full.
   */
  readonly code: 'validation' | 'notFound' | 'conflict' | 'forbidden' | 'unavailable';
  /** A sentence for a person. */
  readonly message: string;
  /** The field at fault: `displayName`, `message`, `role`, `reason`, `requestId` or `room`. */
  readonly target?: string;
  /** For a refused `request` after a decline: when they may ask again. */
  readonly askAgainAt?: Date;
}

/** The outcome of one lobby action. */
export type LobbyOutcome =
  | {
      readonly ok: true;
      /** The state after it (the same object when nothing changed). */
      readonly state: LobbyState;
      /** Whether anything changed. */
      readonly changed: boolean;
      /** The request the action concerned: for `request`, the new one or the one already pending. */
      readonly request?: JoinRequest;
      /** Every request whose status changed, so their authors can be told. */
      readonly updated: readonly JoinRequest[];
    }
  | { readonly ok: false; readonly state: LobbyState; readonly refusal: LobbyRefusal };

/** What a lobby action needs from whoever runs it. */
export interface LobbyContext {
  /** When it happens. */
  readonly at: Date;
  /** The limits; missing ones are {@link DEFAULT_LOBBY_POLICY}'s. */
  readonly policy?: Partial<LobbyPolicy>;
}

/** The lobby of a room nobody has knocked on. */
export function emptyLobby(roomId: string): LobbyState {
  return { roomId, requests: [], nextOrder: 1, version: 0 };
}

/** The pending requests at `at` (expired ones left out), first asked first. */
export function pendingJoinRequests(state: LobbyState, at: Date): JoinRequest[] {
  return state.requests
    .filter((r) => r.status === 'pending' && r.expiresAt.getTime() > at.getTime())
    .sort((a, b) => a.order - b.order);
}

/** A request by id. */
export function joinRequestById(state: LobbyState, requestId: string): JoinRequest | undefined {
  return state.requests.find((r) => r.id === requestId);
}

/** The latest request of a user, whatever its status. */
export function latestJoinRequestOf(state: LobbyState, userId: string): JoinRequest | undefined {
  let latest: JoinRequest | undefined;
  for (const r of state.requests) if (r.userId === userId && (!latest || r.order > latest.order)) latest = r;
  return latest;
}

function policyOf(context: LobbyContext): LobbyPolicy {
  return { ...DEFAULT_LOBBY_POLICY, ...context.policy };
}

function refuse(state: LobbyState, refusal: LobbyRefusal): LobbyOutcome {
  return { ok: false, state, refusal };
}

function clean(text: string | undefined): string | undefined {
  // Control characters are dropped: a name or message is shown to another person as plain text.
  // eslint-disable-next-line no-control-regex
  const trimmed = text?.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

/** Expires what is due and drops the oldest decided requests beyond the policy's limit. */
function settle(requests: JoinRequest[], at: Date, policy: LobbyPolicy, updated: JoinRequest[]): JoinRequest[] {
  let next = requests.map((r) => {
    if (r.status !== 'pending' || r.expiresAt.getTime() > at.getTime()) return r;
    const expired: JoinRequest = { ...r, status: 'expired', decidedAt: r.expiresAt };
    updated.push(expired);
    return expired;
  });
  const decided = next.filter((r) => r.status !== 'pending');
  if (decided.length > policy.maxDecidedKept) {
    const drop = new Set(
      decided
        .sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0))
        .slice(0, decided.length - policy.maxDecidedKept)
        .map((r) => r.id),
    );
    next = next.filter((r) => !drop.has(r.id));
  }
  return next;
}

function finish(
  state: LobbyState,
  requests: JoinRequest[],
  updated: JoinRequest[],
  extra: { request?: JoinRequest; nextOrder?: number; closedAt?: Date | null } = {},
): LobbyOutcome {
  const closedAt = extra.closedAt === undefined ? state.closedAt : (extra.closedAt ?? undefined);
  const nextOrder = extra.nextOrder ?? state.nextOrder;
  const changed =
    updated.length > 0 ||
    requests.length !== state.requests.length ||
    nextOrder !== state.nextOrder ||
    closedAt !== state.closedAt;
  const request = extra.request;
  if (!changed) return { ok: true, state, changed: false, updated: [], ...(request ? { request } : {}) };
  const next: LobbyState = {
    roomId: state.roomId,
    requests,
    nextOrder,
    ...(closedAt ? { closedAt } : {}),
    version: state.version + 1,
  };
  return { ok: true, state: next, changed: true, updated, ...(request ? { request } : {}) };
}

function decide(
  state: LobbyState,
  action: Extract<LobbyAction, { type: 'admit' | 'decline' | 'cancel' }>,
  context: LobbyContext,
): LobbyOutcome {
  const policy = policyOf(context);
  const updated: JoinRequest[] = [];
  const requests = settle([...state.requests], context.at, policy, updated);
  const current = requests.find((r) => r.id === action.requestId);
  if (!current) {
    return refuse(state, { code: 'notFound', target: 'requestId', message: 'There is no such request to join.' });
  }
  if (action.type === 'cancel' && current.userId !== action.userId) {
    return refuse(state, {
      code: 'forbidden',
      target: 'requestId',
      message: 'Only its author can withdraw a request.',
    });
  }
  if (current.status !== 'pending') {
    // The same decision heard again (a retried request) is not an error.
    const same =
      (action.type === 'admit' && current.status === 'admitted' && current.role === action.role) ||
      (action.type === 'decline' && current.status === 'declined') ||
      (action.type === 'cancel' && current.status === 'cancelled');
    if (same) return finish(state, requests, updated, { request: current });
    return refuse(state, {
      code: 'conflict',
      target: 'requestId',
      message:
        current.status === 'expired'
          ? 'This request has expired.'
          : current.status === 'closed'
            ? 'The room has closed.'
            : current.status === 'cancelled'
              ? 'This request was withdrawn.'
              : 'This request has been answered already.',
    });
  }
  let next: JoinRequest;
  const by = action.type === 'cancel' ? {} : decidedByOf(action);
  if (action.type === 'admit') {
    if (!isRoomRole(action.role)) {
      return refuse(state, { code: 'validation', target: 'role', message: 'Choose one of the room roles.' });
    }
    next = { ...current, status: 'admitted', decidedAt: context.at, ...by, role: action.role };
  } else if (action.type === 'decline') {
    const reason = clean(action.reason);
    if (reason !== undefined && reason.length > MAX_DECLINE_REASON) {
      return refuse(state, {
        code: 'validation',
        target: 'reason',
        message: `A reason can be at most ${MAX_DECLINE_REASON} characters long.`,
      });
    }
    next = {
      ...current,
      status: 'declined',
      decidedAt: context.at,
      ...by,
      ...(reason !== undefined ? { reason } : {}),
      askAgainAt: new Date(context.at.getTime() + policy.askAgainAfterMs),
    };
  } else {
    next = { ...current, status: 'cancelled', decidedAt: context.at };
  }
  updated.push(next);
  return finish(
    state,
    requests.map((r) => (r.id === next.id ? next : r)),
    updated,
    { request: next },
  );
}

function decidedByOf(action: { by: string; byName?: string }): Pick<JoinRequest, 'decidedBy' | 'decidedByName'> {
  const name = clean(action.byName);
  return {
    decidedBy: action.by,
    ...(name !== undefined ? { decidedByName: name.slice(0, MAX_JOIN_REQUEST_NAME) } : {}),
  };
}

function request(
  state: LobbyState,
  action: Extract<LobbyAction, { type: 'request' }>,
  context: LobbyContext,
): LobbyOutcome {
  const policy = policyOf(context);
  const displayName = clean(action.displayName);
  if (displayName === undefined) {
    return refuse(state, { code: 'validation', target: 'displayName', message: 'Enter your name.' });
  }
  if (displayName.length > MAX_JOIN_REQUEST_NAME) {
    return refuse(state, {
      code: 'validation',
      target: 'displayName',
      message: `A name can be at most ${MAX_JOIN_REQUEST_NAME} characters long.`,
    });
  }
  const message = clean(action.message);
  if (message !== undefined && message.length > MAX_JOIN_REQUEST_MESSAGE) {
    return refuse(state, {
      code: 'validation',
      target: 'message',
      message: `A message can be at most ${MAX_JOIN_REQUEST_MESSAGE} characters long.`,
    });
  }
  if (state.closedAt !== undefined) {
    return refuse(state, { code: 'conflict', target: 'room', message: 'This room has closed.' });
  }
  const updated: JoinRequest[] = [];
  const requests = settle([...state.requests], context.at, policy, updated);
  const pending = requests.filter((r) => r.status === 'pending');
  const own = pending.find((r) => r.userId === action.userId);
  // Asking again while a request is pending answers that request: one person holds one place in the queue.
  if (own) return finish(state, requests, updated, { request: own });
  let latest: JoinRequest | undefined;
  for (const r of requests) if (r.userId === action.userId && (!latest || r.order > latest.order)) latest = r;
  if (latest?.status === 'declined' && latest.askAgainAt && latest.askAgainAt.getTime() > context.at.getTime()) {
    return refuse(state, {
      code: 'conflict',
      target: 'requestId',
      message: 'Your request was declined. You can ask again in a moment.',
      askAgainAt: latest.askAgainAt,
    });
  }
  if (pending.length >= policy.maxPending) {
    return refuse(state, {
      code: 'unavailable',
      target: 'room',
      message: 'Too many people are waiting to join this room. Try again in a few minutes.',
    });
  }
  if (joinRequestById(state, action.requestId)) {
    return refuse(state, { code: 'conflict', target: 'requestId', message: 'That request id is already in use.' });
  }
  const created: JoinRequest = {
    id: action.requestId,
    roomId: state.roomId,
    userId: action.userId,
    displayName,
    ...(message !== undefined ? { message } : {}),
    status: 'pending',
    order: state.nextOrder,
    requestedAt: context.at,
    expiresAt: new Date(context.at.getTime() + policy.requestTtlMs),
  };
  updated.push(created);
  return finish(state, [...requests, created], updated, { request: created, nextOrder: state.nextOrder + 1 });
}

/**
 * Applies one action to a room's lobby. The given state is never changed; a refused action answers it as it was,
 * with the reason. Who may admit is not decided here: the backend checks the actor's roster role with
 * {@link roleCanAdmit} first.
 *
 * @example
 * ```ts
 * const at = new Date();
 * let lobby = emptyLobby('r1');
 * lobby = applyLobbyAction(lobby, { type: 'request', requestId: 'q1', userId: sam, displayName: 'Sam' }, { at }).state;
 * applyLobbyAction(lobby, { type: 'request', requestId: 'q2', userId: sam, displayName: 'Sam' }, { at });
 * // { ok: true, changed: false, request: { id: 'q1', … } }: one pending request per person
 * applyLobbyAction(lobby, { type: 'admit', requestId: 'q1', by: okafor, role: 'Attendee' }, { at });
 * ```
 */
export function applyLobbyAction(state: LobbyState, action: LobbyAction, context: LobbyContext): LobbyOutcome {
  switch (action.type) {
    case 'request':
      return request(state, action, context);
    case 'admit':
    case 'decline':
    case 'cancel':
      return decide(state, action, context);
    case 'expire': {
      const updated: JoinRequest[] = [];
      const requests = settle([...state.requests], context.at, policyOf(context), updated);
      return finish(state, requests, updated);
    }
    case 'close': {
      const updated: JoinRequest[] = [];
      const requests = settle([...state.requests], context.at, policyOf(context), updated).map((r) => {
        if (r.status !== 'pending') return r;
        const closed: JoinRequest = { ...r, status: 'closed', decidedAt: context.at };
        updated.push(closed);
        return closed;
      });
      return finish(state, requests, updated, { closedAt: state.closedAt ?? context.at });
    }
    case 'reopen':
      return finish(state, [...state.requests], [], { closedAt: null });
  }
}

// ---- Wire form (JSON) ----------------------------------------------------------------------------------------------

const iso = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'not an ISO date');
const roleSchema = z.enum(ROOM_ROLES as [RoomRole, ...RoomRole[]]);
const idSchema = z.string().trim().min(1).max(512);

const requestSchema = z.object({
  id: idSchema,
  roomId: idSchema,
  userId: idSchema,
  displayName: z.string().max(MAX_JOIN_REQUEST_NAME),
  message: z.string().max(MAX_JOIN_REQUEST_MESSAGE).optional(),
  status: z.enum(['pending', 'admitted', 'declined', 'expired', 'cancelled', 'closed']),
  order: z.number().int(),
  requestedAt: iso,
  expiresAt: iso,
  decidedAt: iso.optional(),
  decidedBy: idSchema.optional(),
  decidedByName: z.string().max(MAX_JOIN_REQUEST_NAME).optional(),
  role: roleSchema.optional(),
  reason: z.string().max(MAX_DECLINE_REASON).optional(),
  askAgainAt: iso.optional(),
});

/** A request to join as JSON: instants as ISO strings. */
export type JoinRequestJson = z.infer<typeof requestSchema>;

const DATE_FIELDS = ['requestedAt', 'expiresAt', 'decidedAt', 'askAgainAt'] as const;

/** Writes a request as JSON. */
export function joinRequestToJson(request: JoinRequest): JoinRequestJson {
  const json: Record<string, unknown> = { ...request };
  for (const field of DATE_FIELDS) {
    const value = request[field];
    if (value !== undefined) json[field] = value.toISOString();
  }
  return json as JoinRequestJson;
}

/**
 * Reads a request written by {@link joinRequestToJson}.
 * @throws `Error` saying what does not fit when it is not one.
 */
export function readJoinRequest(json: unknown): JoinRequest {
  const parsed = requestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`not a request to join: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  const { requestedAt, expiresAt, decidedAt, askAgainAt, ...rest } = parsed.data;
  return {
    ...rest,
    requestedAt: new Date(requestedAt),
    expiresAt: new Date(expiresAt),
    ...(decidedAt !== undefined ? { decidedAt: new Date(decidedAt) } : {}),
    ...(askAgainAt !== undefined ? { askAgainAt: new Date(askAgainAt) } : {}),
  };
}

const stateSchema = z.object({
  roomId: idSchema,
  requests: z.array(z.unknown()),
  nextOrder: z.number().int(),
  closedAt: iso.optional(),
  version: z.number().int().nonnegative(),
});

/** Writes a lobby as JSON (how the server's store keeps it). */
export function lobbyStateToJson(state: LobbyState): Record<string, unknown> {
  return {
    roomId: state.roomId,
    requests: state.requests.map(joinRequestToJson),
    nextOrder: state.nextOrder,
    ...(state.closedAt ? { closedAt: state.closedAt.toISOString() } : {}),
    version: state.version,
  };
}

/**
 * Reads a lobby written by {@link lobbyStateToJson}.
 * @throws `Error` when it is not one.
 */
export function readLobbyState(json: unknown): LobbyState {
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) throw new Error(`not a lobby: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  const { closedAt, requests, ...rest } = parsed.data;
  return { ...rest, requests: requests.map(readJoinRequest), ...(closedAt ? { closedAt: new Date(closedAt) } : {}) };
}
