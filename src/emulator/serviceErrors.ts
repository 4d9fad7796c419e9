/**
 * The Rooms and Identity services' wire format: API versions, the error body and its header, dates as the service
 * writes them. Shared by the emulator's routes so every answer has the same shape as the real service's.
 */

/** The Rooms API version the emulator speaks (the one `@azure/communication-rooms` 1.2 sends). */
export const ROOMS_API_VERSION = '2025-03-13';

/** The Identity API version the emulator speaks (the one `@azure/communication-identity` 1.3 sends). */
export const IDENTITY_API_VERSION = '2023-10-01';

/** One entry of a service error's `details`. */
export interface ServiceErrorDetail {
  /** The service's code, e.g. `BadArgument`. */
  code: string;
  /** What is wrong. */
  message: string;
  /** The field, in the service's PascalCase (e.g. `ValidUntil`). */
  target?: string;
}

/** The body of every error answer: `{ error: { code, message, target?, details? } }`. */
export interface ServiceErrorBody {
  error: {
    code: string;
    message: string;
    target?: string;
    details?: ServiceErrorDetail[];
  };
}

/** Options of {@link EmulatorError}. */
export interface EmulatorErrorOptions {
  /** The field the error names, PascalCase. */
  target?: string;
  /** Finer-grained problems. */
  details?: ServiceErrorDetail[];
}

/** An error answer of the emulated service: status, service code and message, serialised by {@link errorBody}. */
export class EmulatorError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** The service's error code, also sent as `x-ms-error-code`. */
  readonly code: string;
  /** The field the error names. */
  readonly target: string | undefined;
  /** Finer-grained problems. */
  readonly details: readonly ServiceErrorDetail[];

  constructor(status: number, code: string, message: string, options: EmulatorErrorOptions = {}) {
    super(message);
    this.name = 'EmulatorError';
    this.status = status;
    this.code = code;
    this.target = options.target;
    this.details = options.details ?? [];
  }
}

/** The service's error body for an {@link EmulatorError}. */
export function errorBody(error: EmulatorError): ServiceErrorBody {
  const body: ServiceErrorBody = { error: { code: error.code, message: error.message } };
  if (error.target !== undefined) body.error.target = error.target;
  if (error.details.length > 0) body.error.details = error.details.map((d) => ({ ...d }));
  return body;
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
  return new EmulatorError(400, 'BadRequest', MALFORMED_REQUEST_MESSAGE, { details: [...details] });
}

/** `validUntil` → `ValidUntil`, the service's spelling of field names in error targets. */
export function pascalCase(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}
