/**
 * "Invite to speak" on the server: a listener is given a role that may speak, for this call, and the role they had is
 * kept as a `SpeakerGrant` in the lobby store (durable, shared by every handler on one database), so it comes back
 * exactly — by "return to listener", when the call ends, or when they or the presenter who invited them leave it.
 * An organiser's change made in between is never undone: a role is given back only to someone who still holds the
 * granted one (core's `restoredRole`).
 */
import { grantsEndedBy, restoredRole, speakingRoleFor, type SpeakerGrant } from '../../core/moderation';
import { roleCan, type RoomRole } from '../../core/roles';
import type { RoomCallEvent } from '../../core/types';
import { ServiceError } from '../../node/http';
import type { RoomRecord } from '../records/types';
import type { RoomLobbyHost } from './lobbyHost';

/** What a grant change answers: the person's role now, and whether it changed. */
export interface SpeakerRoleChange {
  /** Their roster role now (`undefined` when they are no longer on the roster). */
  role: RoomRole | undefined;
  /** Whether this changed it. */
  changed: boolean;
}

/** The speaker grants of one handler. */
export interface SpeakerGrants {
  /** Gives `userId` a role that may speak (`role`, or the next one up), keeping the role to give back. */
  invite(
    record: RoomRecord,
    userId: string,
    role: RoomRole | undefined,
    by: string,
    signal: AbortSignal,
  ): Promise<SpeakerRoleChange>;
  /** Gives back the role `userId` had before they were invited to speak. */
  giveBack(record: RoomRecord, userId: string, signal: AbortSignal): Promise<SpeakerRoleChange>;
  /**
   * Gives back the roles the call events end (the call ended; a grantee or the presenter who invited them left).
   * Rejects when a role could not be given back, with that grant kept, so a redelivery of the events tries again.
   */
  endedBy(events: readonly RoomCallEvent[]): Promise<void>;
}

function notInvited(): ServiceError {
  return new ServiceError(409, 'Conflict', 'This person was not invited to speak.', { target: 'userId' });
}

/** Makes the speaker grants of one handler. */
export function createSpeakerGrants(host: RoomLobbyHost): SpeakerGrants {
  const { lobby } = host;

  /** Gives back the roles of grants already taken from the store; puts them back when the roster write fails. */
  async function restore(record: RoomRecord, taken: readonly SpeakerGrant[], signal: AbortSignal) {
    const roles: Array<[string, RoomRole]> = [];
    for (const grant of taken) {
      const back = restoredRole(grant, await host.roleIn(record.roomId, grant.userId, signal));
      if (back !== undefined) roles.push([grant.userId, back]);
    }
    if (roles.length === 0) return roles;
    try {
      await host.upsertRoles(record.roomId, roles, record, signal);
    } catch (error) {
      for (const grant of taken) await lobby.putGrant(grant);
      throw error;
    }
    return roles;
  }

  return {
    async invite(record, userId, requested, by, signal) {
      const { roomId } = record;
      const current = await host.roleIn(roomId, userId, signal);
      if (current === undefined) {
        throw new ServiceError(409, 'Conflict', 'This person is not on the room’s roster.', { target: 'userId' });
      }
      const next = speakingRoleFor(current);
      if (next === undefined) {
        throw new ServiceError(409, 'Conflict', 'This person can speak and share already.', { target: 'userId' });
      }
      const role = requested ?? next;
      // A role for speaking, not for running the room: inviting someone to speak never makes them a moderator.
      if (role === current || !roleCan(role, 'unmuteMic') || roleCan(role, 'muteOthers')) {
        throw new ServiceError(400, 'BadRequest', 'Choose a role that lets them speak and is not their role now.', {
          target: 'role',
        });
      }
      const earlier = (await lobby.grants(roomId)).find((grant) => grant.userId === userId);
      // Invited again while still holding the first grant (Consumer → Attendee → Collaborator): the way back is
      // still to the role they had before the first.
      const previousRole =
        earlier !== undefined && restoredRole(earlier, current) !== undefined ? earlier.previousRole : current;
      const grant: SpeakerGrant = {
        roomId,
        userId,
        previousRole,
        grantedRole: role,
        grantedBy: by,
        grantedAt: new Date(),
      };
      // The grant is kept before the role changes: a role given without its way back could not be returned.
      await lobby.putGrant(grant);
      try {
        await host.upsertRoles(roomId, [[userId, role]], record, signal);
      } catch (error) {
        if (earlier) await lobby.putGrant(earlier);
        else await lobby.takeGrants(roomId, [userId]);
        throw error;
      }
      return { role, changed: true };
    },

    async giveBack(record, userId, signal) {
      const taken = await lobby.takeGrants(record.roomId, [userId]);
      if (taken.length === 0) throw notInvited();
      const [restored] = await restore(record, taken, signal);
      if (restored) return { role: restored[1], changed: true };
      return { role: await host.roleIn(record.roomId, userId, signal), changed: false };
    },

    async endedBy(events) {
      const signal = new AbortController().signal;
      // One read of the grants per room however many call events a delivery carries (most rooms have none).
      const byRoom = new Map<string, RoomCallEvent[]>();
      for (const event of events) {
        if (event.type !== 'callEnded' && event.type !== 'participantLeft') continue;
        byRoom.set(event.roomId, [...(byRoom.get(event.roomId) ?? []), event]);
      }
      for (const [roomId, roomEvents] of byRoom) {
        const grants = await lobby.grants(roomId);
        if (grants.length === 0) continue;
        const ended = new Set(roomEvents.flatMap((event) => grantsEndedBy(grants, event).map((grant) => grant.userId)));
        if (ended.size === 0) continue;
        const record = await host.records.get(roomId);
        if (!record) continue;
        await restore(record, await lobby.takeGrants(roomId, [...ended]), signal);
      }
    },
  };
}
