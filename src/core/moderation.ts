/**
 * Moderating a room call: muting, removing, lowering hands, spotlighting, inviting a listener to speak and ending the
 * call for everyone. Each action is allowed by a capability of the actor's roster role, never by the role's name;
 * the backend (the server's handler, the in-memory backend) checks it with {@link moderationAllowed} and then has the
 * call carry it out through a {@link RoomCallControl}.
 *
 * "Invite to speak" is a role change for this call: the listener gets a role that may speak, and the role they had
 * is kept in a {@link SpeakerGrant}, so "return to listener" restores it exactly, as does the end of the call or the
 * departure of the presenter who invited them ({@link grantsEndedBy}).
 */
import { z } from 'zod';
import { roleCan, ROOM_ROLES, type RoomCapability, type RoomRole } from './roles';
import type { RoomCallEvent } from './types';

/** A moderation action on a room call, as a presenter asks for it. */
export type CallModerationAction =
  /** Mutes one person. */
  | { type: 'mute'; userId: string }
  /** Mutes everyone but the actor. */
  | { type: 'muteAll' }
  /** Takes one person out of the call (they stay on the roster). */
  | { type: 'remove'; userId: string }
  /** Lowers one person's raised hand. */
  | { type: 'lowerHand'; userId: string }
  /** Lowers every raised hand. */
  | { type: 'lowerAllHands' }
  /** Puts one person on everyone's main stage, or takes them off it. */
  | { type: 'spotlight'; userId: string; on: boolean }
  /** Lets a listener speak for this call: `role`, or the next role that may ({@link speakingRoleFor}). */
  | { type: 'inviteToSpeak'; userId: string; role?: RoomRole }
  /** Gives back the role someone had before they were invited to speak. */
  | { type: 'returnToListener'; userId: string }
  /** Ends the call for everyone in it; with `closeRoom`, the room's window ends now so nobody can join again. */
  | { type: 'endForEveryone'; closeRoom: boolean };

/** The kinds of {@link CallModerationAction}. */
export type CallModerationType = CallModerationAction['type'];

/**
 * The capability each action needs. The documentation's table names muting others, removing and inviting; the
 * actions it has no row for take the row they belong with: lowering a hand ends someone's turn to speak (muting),
 * spotlighting and ending the call decide who is in the call (removing), and inviting to speak is an invitation.
 */
export const MODERATION_CAPABILITY: Readonly<Record<CallModerationType, RoomCapability>> = {
  mute: 'muteOthers',
  muteAll: 'muteOthers',
  lowerHand: 'muteOthers',
  lowerAllHands: 'muteOthers',
  remove: 'removeParticipant',
  spotlight: 'removeParticipant',
  endForEveryone: 'removeParticipant',
  inviteToSpeak: 'inviteParticipant',
  returnToListener: 'inviteParticipant',
};

/** Whether a roster role may take a moderation action. */
export function moderationAllowed(role: RoomRole | undefined, type: CallModerationType): boolean {
  return role !== undefined && roleCan(role, MODERATION_CAPABILITY[type]);
}

/**
 * The role a listener is given to speak: a Consumer becomes an Attendee (microphone and camera), an Attendee a
 * Collaborator (who may also share a screen). `undefined` for roles that may speak and share already.
 */
export function speakingRoleFor(role: RoomRole): RoomRole | undefined {
  if (!roleCan(role, 'unmuteMic')) return ROOM_ROLES.find((r) => roleCan(r, 'unmuteMic') && !roleCan(r, 'shareScreen'));
  if (!roleCan(role, 'shareScreen'))
    return ROOM_ROLES.find((r) => roleCan(r, 'shareScreen') && !roleCan(r, 'muteOthers'));
  return undefined;
}

/** A role given for one call by "invite to speak", and the role to give back. */
export interface SpeakerGrant {
  /** The room. */
  readonly roomId: string;
  /** Who was invited to speak. */
  readonly userId: string;
  /** Their role before. */
  readonly previousRole: RoomRole;
  /** The role they were given. */
  readonly grantedRole: RoomRole;
  /** The presenter who invited them. */
  readonly grantedBy: string;
  /** When. */
  readonly grantedAt: Date;
}

/**
 * The grants a call event ends: all of the room's when its call ends; when someone leaves the call, the grant they
 * hold and the grants of the people they invited. The caller gives each back with {@link restoredRole}.
 */
export function grantsEndedBy(grants: readonly SpeakerGrant[], event: RoomCallEvent): SpeakerGrant[] {
  const ofRoom = grants.filter((g) => g.roomId === event.roomId);
  if (event.type === 'callEnded') return ofRoom;
  if (event.type !== 'participantLeft') return [];
  return ofRoom.filter((g) => g.userId === event.userId || g.grantedBy === event.userId);
}

/**
 * The role to give back for a grant, given the person's roster role now: the role they had, or `undefined` when
 * someone else has changed their role since (an organiser's change is not undone) or they left the roster.
 */
export function restoredRole(grant: SpeakerGrant, currentRole: RoomRole | undefined): RoomRole | undefined {
  return currentRole === grant.grantedRole ? grant.previousRole : undefined;
}

/**
 * What the call itself carries out. The backend has checked the actor's capability; the call service does the
 * rest: its members are muted, removed, lowered or spotlit, and each is told who did it.
 */
export type CallControlAction =
  | { type: 'mute'; userId: string }
  | { type: 'muteAll' }
  | { type: 'remove'; userId: string }
  | { type: 'lowerHand'; userId: string }
  | { type: 'lowerAllHands' }
  | { type: 'spotlight'; userId: string; on: boolean }
  | { type: 'endCall' };

/** Who takes a moderation action, as the people it affects are told. */
export interface CallActor {
  /** Their raw communication identifier. */
  readonly userId: string;
  /** Their name. */
  readonly displayName?: string;
}

/** What a call control answers. */
export interface CallControlResult {
  /** How many people in the call the action changed (0 when nobody was in it or nothing needed changing). */
  readonly affected: number;
}

/**
 * How a backend has a room call carry out moderation: the local Rooms service's call, the in-process simulated call,
 * or a host's own (Call Automation on Azure). Implementations throw a `RoomsError` when the call cannot be reached.
 */
export interface RoomCallControl {
  /** Carries out one action on the room's call, already authorised, on behalf of `by`. */
  control(
    roomId: string,
    action: CallControlAction,
    by: CallActor,
    options?: { signal?: AbortSignal },
  ): Promise<CallControlResult>;
}

/** What a moderation request answers. */
export interface CallModerationResult {
  /** How many people it changed in the call. */
  readonly affected: number;
  /** For `inviteToSpeak` and `returnToListener`: the person's role now. */
  readonly role?: RoomRole;
  /** For `endForEveryone` with `closeRoom`: the room's window now ends here. */
  readonly closedAt?: Date;
}

// ---- Wire form (JSON) ----------------------------------------------------------------------------------------------

const id = z.string().trim().min(1).max(512);
const role = z.enum(ROOM_ROLES as [RoomRole, ...RoomRole[]]);

const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('mute'), userId: id }),
  z.strictObject({ type: z.literal('muteAll') }),
  z.strictObject({ type: z.literal('remove'), userId: id }),
  z.strictObject({ type: z.literal('lowerHand'), userId: id }),
  z.strictObject({ type: z.literal('lowerAllHands') }),
  z.strictObject({ type: z.literal('spotlight'), userId: id, on: z.boolean() }),
  z.strictObject({ type: z.literal('inviteToSpeak'), userId: id, role: role.optional() }),
  z.strictObject({ type: z.literal('returnToListener'), userId: id }),
  z.strictObject({ type: z.literal('endForEveryone'), closeRoom: z.boolean() }),
]);

/** Reads a moderation action from JSON, or says (in one sentence, with the field at fault) why it is not one. */
export function readCallModerationAction(
  json: unknown,
): { ok: true; action: CallModerationAction } | { ok: false; message: string; target?: string } {
  const parsed = actionSchema.safeParse(json);
  if (parsed.success) return { ok: true, action: parsed.data as CallModerationAction };
  const issue = parsed.error.issues[0];
  const target = issue?.path.map(String).join('.') || undefined;
  return {
    ok: false,
    message: `The moderation action is not valid${target ? ` (${target})` : ''}: ${issue?.message ?? 'unknown problem'}.`,
    ...(target ? { target } : {}),
  };
}

const controlSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('mute'), userId: id }),
  z.strictObject({ type: z.literal('muteAll') }),
  z.strictObject({ type: z.literal('remove'), userId: id }),
  z.strictObject({ type: z.literal('lowerHand'), userId: id }),
  z.strictObject({ type: z.literal('lowerAllHands') }),
  z.strictObject({ type: z.literal('spotlight'), userId: id, on: z.boolean() }),
  z.strictObject({ type: z.literal('endCall') }),
]);

/** Reads a call control action from JSON (the local Rooms service's control endpoint), or `undefined`. */
export function readCallControlAction(json: unknown): CallControlAction | undefined {
  const parsed = controlSchema.safeParse(json);
  return parsed.success ? (parsed.data as CallControlAction) : undefined;
}
