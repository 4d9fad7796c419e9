/**
 * acs-rooms-kit/testing: backends and fixtures for stories, tests and demos.
 */
export * from './adapter/inMemory';
export * from './composites/simulatedCall';
