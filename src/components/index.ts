export * from './CapabilityTable';
export * from './RolePicker';
export * from './PeoplePicker';
export * from './ValidityScheduler';
export * from './RosterEditor';
