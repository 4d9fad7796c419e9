/**
 * The Rooms and Identity services' error answers, as the local service gives them: the toolkit's service-shaped
 * error under the emulator's name, and the answers the real service is recorded giving (an unknown room is a 400
 * `Invalid room ID.`, field problems are `BadArgument` details with PascalCase targets under one wrapper message).
 */
import { ServiceError, type ServiceErrorDetail, type ServiceErrorOptions } from '../node/http';

export type { ServiceErrorBody, ServiceErrorDetail } from '../node/http';

/** An error answer of the emulated service: status, service code and message, target and details. */
export class EmulatorError extends ServiceError {
  constructor(status: number, code: string, message: string, options: ServiceErrorOptions = {}) {
    super(status, code, message, options);
    this.name = 'EmulatorError';
  }
}

/** The wrapper message the service puts around field-level `BadArgument` details. */
export const MALFORMED_REQUEST_MESSAGE = 'The request could not be understood by the server due to malformed syntax.';

/** The service's answer to an unknown or malformed room id, on every room route: 400, not 404. */
export function invalidRoomId(): EmulatorError {
  return new EmulatorError(400, 'BadRequest', 'Invalid room ID.');
}

/** The service's answer to a participant id it cannot read. */
export function invalidIdentifier(message = 'Invalid format for communication identifier.'): EmulatorError {
  return new EmulatorError(400, 'BadRequest', message);
}

/** A 400 with the service's wrapper and one `BadArgument` detail per problem. */
export function badArguments(details: readonly ServiceErrorDetail[]): EmulatorError {
  return new EmulatorError(400, 'BadRequest', MALFORMED_REQUEST_MESSAGE, { details });
}

/** `validUntil` → `ValidUntil`, the service's spelling of field names in error targets. */
export function pascalCase(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}
