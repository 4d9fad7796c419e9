/**
 * Moderating a room call on the in-memory backend: the actor's roster role decides ({@link moderationAllowed}),
 * "invite to speak" is a roster role change kept as a {@link SpeakerGrant} so it can be given back, and what happens
 * inside the call goes to the {@link RoomCallControl} attached to the room (the in-process shared call attaches one).
 */
import { isRoomsError, RoomsError } from '../../core/errors';
import {
  grantsEndedBy,
  moderationAllowed,
  restoredRole,
  speakingRoleFor,
  type CallActor,
  type CallControlAction,
  type CallModerationAction,
  type CallModerationResult,
  type RoomCallControl,
  type SpeakerGrant,
} from '../../core/moderation';
import { isRoomRole, type RoomRole } from '../../core/roles';
import type { RoomCallEvent } from '../../core/types';

/** How long after "end for everyone" with `closeRoom` the room's window ends: the service wants an end still ahead. */
export const CLOSE_ROOM_AFTER_MS = 60_000;

/** What moderation needs from the backend that runs it. */
export interface InMemoryModerationHost {
  /** The backend's clock. */
  now(): Date;
  /** Checks that a room exists. @throws {@link RoomsError} `notFound`. */
  getRoom(roomId: string): unknown;
  /** A person's role on a room's roster. */
  roleOf(roomId: string, userId: string): RoomRole | undefined;
  /** A person's name in the directory. */
  nameOf(userId: string): string | undefined;
  /** Gives someone on the roster a role, telling subscribers. */
  setRole(roomId: string, userId: string, role: RoomRole): void;
  /** Ends the room's window at `validUntil` and closes its lobby. */
  closeRoom(roomId: string, validUntil: Date): void;
}

/** The moderation of one in-memory backend. */
export interface InMemoryModeration {
  /** Moderates a room's call as `actor`. */
  moderate(actor: string | undefined, roomId: string, action: CallModerationAction): Promise<CallModerationResult>;
  /** Attaches the call control of a room; returns a function that detaches it. */
  attach(roomId: string, control: RoomCallControl): () => void;
  /** Gives back the roles of the grants a call event ends. */
  heard(event: RoomCallEvent): void;
  /** Drops what is kept for a deleted room. */
  forget(roomId: string): void;
}

function notInCall(message: string): RoomsError {
  return new RoomsError('conflict', message, { target: 'userId' });
}

/** Makes the moderation of one in-memory backend. */
export function createInMemoryModeration(host: InMemoryModerationHost): InMemoryModeration {
  const controls = new Map<string, RoomCallControl>();
  let grants: SpeakerGrant[] = [];

  async function control(roomId: string, action: CallControlAction, by: CallActor): Promise<number> {
    const attached = controls.get(roomId);
    if (!attached) {
      throw new RoomsError('unavailable', 'The room’s call cannot be reached to carry this out.', {
        target: 'roomId',
      });
    }
    try {
      return (await attached.control(roomId, action, by)).affected;
    } catch (error) {
      if (isRoomsError(error)) throw error;
      throw new RoomsError('unavailable', 'The room’s call could not carry this out.', { cause: error });
    }
  }

  function giveBack(ended: readonly SpeakerGrant[]): void {
    if (ended.length === 0) return;
    const endedSet = new Set(ended);
    grants = grants.filter((g) => !endedSet.has(g));
    for (const grant of ended) {
      const role = restoredRole(grant, host.roleOf(grant.roomId, grant.userId));
      if (role !== undefined) host.setRole(grant.roomId, grant.userId, role);
    }
  }

  function grantOf(roomId: string, userId: string): SpeakerGrant | undefined {
    return grants.find((g) => g.roomId === roomId && g.userId === userId);
  }

  function inviteToSpeak(
    roomId: string,
    by: string,
    action: Extract<CallModerationAction, { type: 'inviteToSpeak' }>,
  ): CallModerationResult {
    const current = host.roleOf(roomId, action.userId);
    if (current === undefined) throw notInCall('That person is not on the room’s roster.');
    if (action.role !== undefined && !isRoomRole(action.role)) {
      throw new RoomsError('validation', 'Choose one of the room roles.', { target: 'role' });
    }
    const role = action.role ?? speakingRoleFor(current);
    if (role === undefined) throw notInCall('That person may speak already.');
    if (role === current) return { affected: 0, role };
    const held = grantOf(roomId, action.userId);
    // Invited again (to share a screen too): "return to listener" still gives back the role they had first.
    const previousRole = held && restoredRole(held, current) !== undefined ? held.previousRole : current;
    grants = grants.filter((g) => g !== held);
    grants.push({
      roomId,
      userId: action.userId,
      previousRole,
      grantedRole: role,
      grantedBy: by,
      grantedAt: host.now(),
    });
    host.setRole(roomId, action.userId, role);
    return { affected: 1, role };
  }

  function returnToListener(roomId: string, userId: string): CallModerationResult {
    const grant = grantOf(roomId, userId);
    if (!grant) throw notInCall('That person was not invited to speak.');
    grants = grants.filter((g) => g !== grant);
    const current = host.roleOf(roomId, userId);
    const role = restoredRole(grant, current);
    // Someone changed their role since the invitation: that change stands.
    if (role === undefined) return { affected: 0, ...(current !== undefined ? { role: current } : {}) };
    host.setRole(roomId, userId, role);
    return { affected: 1, role };
  }

  return {
    async moderate(actor, roomId, action) {
      if (actor === undefined) throw new RoomsError('forbidden', 'Sign in to moderate the call.', { target: 'userId' });
      host.getRoom(roomId);
      if (!moderationAllowed(host.roleOf(roomId, actor), action.type)) {
        throw new RoomsError('forbidden', 'Your role in this room does not allow this.', { target: 'roomId' });
      }
      const name = host.nameOf(actor);
      const by: CallActor = name === undefined ? { userId: actor } : { userId: actor, displayName: name };
      switch (action.type) {
        case 'inviteToSpeak':
          return inviteToSpeak(roomId, actor, action);
        case 'returnToListener':
          return returnToListener(roomId, action.userId);
        case 'endForEveryone': {
          // Without a call attached there is nobody to end the call for; closing the room is the backend's own.
          const affected =
            controls.has(roomId) || !action.closeRoom ? await control(roomId, { type: 'endCall' }, by) : 0;
          giveBack(grants.filter((g) => g.roomId === roomId));
          if (!action.closeRoom) return { affected };
          const closedAt = new Date(host.now().getTime() + CLOSE_ROOM_AFTER_MS);
          host.closeRoom(roomId, closedAt);
          return { affected, closedAt };
        }
        default:
          return { affected: await control(roomId, action, by) };
      }
    },

    attach(roomId, attached) {
      controls.set(roomId, attached);
      return () => {
        if (controls.get(roomId) === attached) controls.delete(roomId);
      };
    },

    heard(event) {
      giveBack(grantsEndedBy(grants, event));
    },

    forget(roomId) {
      grants = grants.filter((g) => g.roomId !== roomId);
      controls.delete(roomId);
    },
  };
}
