export * from './roles';
export * from './descriptions';
export * from './validity';
export * from './identifiers';
export * from './errors';
export * from './format';
export * from './schedule';
export * from './roster';
