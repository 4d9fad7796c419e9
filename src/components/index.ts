export * from './CapabilityTable';
export * from './RolePicker';
export * from './RoomList';
export * from './ValidityScheduler';
export * from './PeoplePicker';
export * from './RosterEditor';
export * from './RoomEditor';
export * from './RoomActivity';
