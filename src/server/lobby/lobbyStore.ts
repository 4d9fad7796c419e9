/**
 * The `RoomLobbyStore` contract: where the server keeps what knocking and "invite to speak" need and the Rooms service
 * does not have — each room's lobby (its requests to join, run by core's `applyLobbyAction`) and the speaker grants
 * that say which role to give back. Every server behind one load balancer shares one store, so a request made
 * through one is admitted through another, and a grant made on one is given back by whichever hears the call end.
 *
 * Implementations: `createMemoryRoomLobbyStore` (one process; the memory record store's `lobby`) and the PostgreSQL
 * store of `createPostgresRoomRecordStore` (its `lobby`: one row per room, changed under a row lock).
 */
import type { LobbyAction, LobbyContext, LobbyOutcome, LobbyState } from '../../core/lobby';
import type { SpeakerGrant } from '../../core/moderation';

/**
 * Keeps lobbies and speaker grants. Every method rejects with `RoomRecordStoreError` `unavailable` when the storage
 * fails; a rejected write changed nothing, and a write resolves only once it is durable.
 */
export interface RoomLobbyStore {
  /** A room's lobby as it stands: an empty one for a room nobody has knocked on. */
  read(roomId: string): Promise<LobbyState>;
  /**
   * Applies one action to a room's lobby with core's reducer, holding the lobby against every other writer of the
   * same store (on every server) from the read to the write, and resolves with the reducer's outcome once the new
   * state is kept. A refused action writes nothing.
   */
  apply(roomId: string, action: LobbyAction, context: LobbyContext): Promise<LobbyOutcome>;
  /** The speaker grants of a room, oldest first. */
  grants(roomId: string): Promise<SpeakerGrant[]>;
  /** Keeps a grant, replacing the one the same person held in the room. */
  putGrant(grant: SpeakerGrant): Promise<void>;
  /**
   * Removes the grants these people hold in the room and answers the ones that were there: of two servers ending one
   * grant at once, only one gets it back, so a role is given back once.
   */
  takeGrants(roomId: string, userIds: readonly string[]): Promise<SpeakerGrant[]>;
  /** Drops a room's lobby and grants (the room is gone). */
  forget(roomId: string): Promise<void>;
  /** Releases what the store holds; it is not used afterwards. */
  close(): Promise<void>;
}
