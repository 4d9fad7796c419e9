/**
 * acs-rooms-kit/server: Node-side pieces. Connection strings and access keys belong here, never in a browser bundle.
 */
export { RoomsError, roomsErrorFromResponse, toRoomsError } from './core/errors';
export type { Person, RoomsAdapter } from './adapter/types';
export * from './server/index';
