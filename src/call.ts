/**
 * acs-rooms-kit/call: the role-aware room call. The only entry that loads `@azure/communication-react`.
 */
export { roleCan, roleCapabilities, RoomCapability, type RoomRole } from './core/roles';
