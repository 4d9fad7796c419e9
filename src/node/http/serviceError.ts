/**
 * The error answer of an Azure-style REST service: an HTTP status, a service code (also sent as `x-ms-error-code`),
 * a message, the field it names and finer-grained details, serialised as
 * `{ "error": { "code", "message", "target"?, "details"? } }`. The kit's request handler and its local Rooms service
 * both answer every failure in this one shape, so a client reads the two the same way.
 */

/** One entry of an error's `details`. */
export interface ServiceErrorDetail {
  /** The service's code, e.g. `BadArgument`. */
  code: string;
  /** What is wrong. */
  message: string;
  /** The field or row the problem is about. */
  target?: string;
}

/** The body of every error answer. */
export interface ServiceErrorBody {
  error: {
    code: string;
    message: string;
    target?: string;
    details?: ServiceErrorDetail[];
  };
}

/** Options of {@link ServiceError}. */
export interface ServiceErrorOptions {
  /** The field the error names. */
  target?: string;
  /** Finer-grained problems. */
  details?: readonly ServiceErrorDetail[];
  /** Extra response headers (`Allow` on a 405, `Retry-After`…). */
  headers?: Readonly<Record<string, string>>;
}

/** An error answer: thrown anywhere below a route, answered by {@link sendError}. */
export class ServiceError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** The service code, also sent as `x-ms-error-code`. */
  readonly code: string;
  /** The field the error names. */
  readonly target: string | undefined;
  /** Finer-grained problems. */
  readonly details: readonly ServiceErrorDetail[];
  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, options: ServiceErrorOptions = {}) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
    this.code = code;
    this.target = options.target;
    this.details = options.details ? options.details.map((detail) => ({ ...detail })) : [];
    this.headers = { ...options.headers };
  }

  /** The JSON body of this answer; `target` and `details` only when there are any, as the service writes it. */
  toBody(): ServiceErrorBody {
    const error: ServiceErrorBody['error'] = { code: this.code, message: this.message };
    if (this.target !== undefined) error.target = this.target;
    if (this.details.length > 0) error.details = this.details.map((detail) => ({ ...detail }));
    return { error };
  }
}
