/**
 * acs-rooms-kit/emulator: a local Rooms and Identity service for development, demos and tests (bin `rooms-emulator`).
 */
export { MAX_VALIDITY_DAYS, validateValidity } from './core/validity';
export * from './emulator/index';
