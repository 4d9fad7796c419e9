/**
 * Hand-made requests to the local Rooms service, signed as the official SDKs sign them (or deliberately not), for
 * the wire details the SDKs hide: status codes, headers, exact bodies.
 */
import { signRequest, type RoomsEmulator } from '../../src/emulator';

/** What {@link signedFetch} sends. */
export interface SignedFetchOptions {
  body?: unknown;
  /** Raw body text, sent as it is (takes precedence over `body`). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Sign with this key instead of the emulator's. */
  accessKey?: string;
  /** Sign with this instant instead of now. */
  date?: Date;
  /** Send no signature at all. */
  unsigned?: boolean;
  /** Change the body after signing. */
  tamperBody?: string;
}

/** A parsed answer. */
export interface SignedAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Sends `method path` to the emulator (path includes the query), signed unless told otherwise. */
export async function signedFetch(
  emulator: RoomsEmulator,
  method: string,
  path: string,
  options: SignedFetchOptions = {},
): Promise<SignedAnswer> {
  const url = new URL(path, emulator.url).toString();
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  if (!options.unsigned) {
    Object.assign(
      headers,
      signRequest({ method, url, body, accessKey: options.accessKey ?? emulator.accessKey, date: options.date }),
    );
  }
  const response = await fetch(url, { method, headers, body: options.tamperBody ?? body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** `?api-version=` of the Rooms API. */
export const ROOMS = 'api-version=2025-03-13';
/** `?api-version=` of the Identity API. */
export const IDENTITY = 'api-version=2023-10-01';
