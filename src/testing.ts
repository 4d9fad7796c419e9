/**
 * acs-rooms-kit/testing: backends and fixtures for stories, tests and demos, and the simulated room call that
 * everyone who joins one room shares (in-process, or across tabs through the local Rooms service).
 */
export * from './adapter/inMemory';
export * from './composites/simulatedCall';
export * from './core/sharedCall';
