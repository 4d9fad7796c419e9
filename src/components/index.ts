export * from './CapabilityTable';
