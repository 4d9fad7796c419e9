/**
 * The in-memory `RoomLobbyStore`: one process keeps every lobby and grant in maps. The memory record store's `lobby`
 * (the demo and tests); other servers do not see it, and it is lost when the process ends.
 */
import { applyLobbyAction, emptyLobby, type LobbyState } from '../../core/lobby';
import type { SpeakerGrant } from '../../core/moderation';
import type { RoomLobbyStore } from './lobbyStore';

function copyGrant(grant: SpeakerGrant): SpeakerGrant {
  return { ...grant, grantedAt: new Date(grant.grantedAt) };
}

/**
 * Makes a `RoomLobbyStore` that keeps lobbies in this process's memory. Lobby states are immutable values (core's
 * reducer never changes one), so handing them out needs no copies; each action runs to its end before the next.
 *
 * @example
 * ```ts
 * const lobby = createMemoryRoomLobbyStore();
 * const handler = createRoomsRequestHandler({ connectionString, authorize, currentUser, lobby });
 * ```
 */
export function createMemoryRoomLobbyStore(): RoomLobbyStore {
  const lobbies = new Map<string, LobbyState>();
  /** Room → user → grant, in the order they were made. */
  const grants = new Map<string, Map<string, SpeakerGrant>>();

  return {
    read(roomId) {
      return Promise.resolve(lobbies.get(roomId) ?? emptyLobby(roomId));
    },

    apply(roomId, action, context) {
      const outcome = applyLobbyAction(lobbies.get(roomId) ?? emptyLobby(roomId), action, context);
      if (outcome.ok && outcome.changed) lobbies.set(roomId, outcome.state);
      return Promise.resolve(outcome);
    },

    grants(roomId) {
      return Promise.resolve([...(grants.get(roomId)?.values() ?? [])].map(copyGrant));
    },

    putGrant(grant) {
      let room = grants.get(grant.roomId);
      if (!room) grants.set(grant.roomId, (room = new Map()));
      room.delete(grant.userId);
      room.set(grant.userId, copyGrant(grant));
      return Promise.resolve();
    },

    takeGrants(roomId, userIds) {
      const room = grants.get(roomId);
      const taken: SpeakerGrant[] = [];
      for (const userId of new Set(userIds)) {
        const grant = room?.get(userId);
        if (!grant) continue;
        room?.delete(userId);
        taken.push(grant);
      }
      if (room?.size === 0) grants.delete(roomId);
      return Promise.resolve(taken);
    },

    forget(roomId) {
      lobbies.delete(roomId);
      grants.delete(roomId);
      return Promise.resolve();
    },

    close() {
      return Promise.resolve();
    },
  };
}
