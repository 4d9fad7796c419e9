/**
 * Knock to join and call moderation on the server: the lobby store contract and its memory implementation (the
 * PostgreSQL one comes with `createPostgresRoomRecordStore`), and the routes the handler mounts.
 */
export type { RoomLobbyStore } from './lobbyStore';
export { createMemoryRoomLobbyStore } from './memoryLobbyStore';
export type { LobbyRoomsAction } from './lobbyHost';
