/**
 * acs-rooms-kit: management components, core rules and adapters for Azure Communication Services Rooms.
 *
 * This entry never reaches `@azure/communication-react` or `@azure/communication-calling`; the room call lives in
 * `acs-rooms-kit/call`.
 */
export * from './core';
export * from './adapter';
export * from './strings';
export * from './provider';
export * from './hooks';
export * from './components';
