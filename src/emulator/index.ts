/**
 * The local Rooms and Identity service: factory, command line, and the signing helpers other clients can use.
 */
export {
  createRoomsEmulator,
  DEFAULT_EVENT_GRID_TOPIC_NAME,
  localEventGridTopic,
  type RoomsEmulator,
  type RoomsEmulatorOptions,
} from './createRoomsEmulator';
export { DEFAULT_CLI_PORT, runRoomsEmulatorCli, type CliOutput } from './cli';
export { createLocalServiceCallControl, type LocalServiceCallControlOptions } from './localServiceCallControl';
export {
  canonicalPathAndQuery,
  contentHash,
  signRequest,
  verifyContentHash,
  verifyRequestSignature,
  verifySignedHeaders,
  type RequestToSign,
  type RequestToVerify,
  type SignatureCheck,
  type SignedHeadersToVerify,
} from './hmac';
export { IDENTITY_API_VERSION, ROOMS_API_VERSION } from './apiVersions';
export type { ServiceErrorBody, ServiceErrorDetail } from './serviceErrors';
export { DataFileError, nodeDataFileSystem, type DataFileHandle, type DataFileSystem } from './journal';
export {
  createEventGridPublisher,
  EventGridDeliveryError,
  eventGridEventOf,
  eventGridIdentifierOf,
  subscriptionValidationEventOf,
  type EventGridCallContext,
  type EventGridCallParticipant,
  type EventGridCommunicationIdentifier,
  type EventGridEvent,
  type EventGridPublisher,
  type EventGridPublisherOptions,
} from './eventGridPublisher';
