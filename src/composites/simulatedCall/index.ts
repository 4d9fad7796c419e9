/**
 * The simulated room call: a complete `CallAdapter` with no network, for stories, tests and demos.
 */
export {
  createSimulatedCallAdapter,
  type SimulatedCallAdapter,
  type SimulatedCallAdapterOptions,
  type SimulatedCallEnd,
  type SimulatedCallOperation,
  type SimulatedCallStep,
  type SimulatedParticipantInput,
  type SimulatedScheduler,
} from './createSimulatedCallAdapter';
export {
  changedCapabilities,
  SDK_CAPABILITY_NAMES,
  simulatedCapabilities,
  type SimulatedCallRole,
  type SimulatedCapabilitiesOptions,
} from './capabilities';
