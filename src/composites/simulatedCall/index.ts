/**
 * The simulated room call: a complete `CallAdapter` with no network, for stories, tests and demos, in which everyone
 * who joins one room is in the same call (in-process, or across tabs through the local Rooms service).
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
export {
  createSharedCallHub,
  sharedCallHubFor,
  type SharedCallConnection,
  type SharedCallConnectionRefusal,
  type SharedCallHub,
  type SharedCallHubOptions,
  type SharedCallSendResult,
  type SharedCallUpdate,
} from './sharedCallHub';
export {
  connectLocalServiceCall,
  type LocalServiceCallConnection,
  type LocalServiceCallOptions,
  type LocalServiceCallStatus,
} from './connectLocalServiceCall';
