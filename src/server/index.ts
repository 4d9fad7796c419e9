/**
 * The Node side of the kit: the request handler that serves the kit's HTTP contract over the official SDKs.
 */
export {
  createRoomsRequestHandler,
  type AuthorizeDetails,
  type RoomsAction,
  type RoomsAuthorize,
  type RoomsCurrentUser,
  type RoomsRequestHandler,
  type RoomsRequestHandlerOptions,
  type RosterCacheOptions,
} from './createRoomsRequestHandler';
export type { RoomsPeopleDirectory } from './directory';
