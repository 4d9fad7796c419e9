/**
 * The kit's Node HTTP toolkit, shared by the request handler (`src/server`) and the local Rooms service
 * (`src/emulator`): service-shaped errors, JSON answers, bounded body reading, strict JSON parsing, routing and
 * answers for requests Node itself refuses. Node only; it depends on nothing of the kit but itself.
 */
export { answerClientError, clientErrorAnswer } from './clientError';
export { headerValue } from './headerValue';
export {
  DEFAULT_MAX_JSON_DEPTH,
  isJsonMediaType,
  jsonNestsDeeperThan,
  parseJsonBody,
  type ParseJsonBodyOptions,
} from './parseJsonBody';
export { bodyTooLarge, readBody, type ReadBodyOptions } from './readBody';
export { readJsonBody, type ReadJsonBodyOptions } from './readJsonBody';
export {
  createRouter,
  type RouteDefinition,
  type RouteMatch,
  type RouteParamNames,
  type Router,
  type RouterOptions,
} from './router';
export { sendError, sendJson } from './sendJson';
export { ServiceError, type ServiceErrorBody, type ServiceErrorDetail, type ServiceErrorOptions } from './serviceError';
