/**
 * Opaque list cursors: where the next page of a list starts, encoded as URL-safe text. A cursor names the backend
 * (`scope`) and the list it belongs to, so a cursor from another list or another backend is refused instead of
 * silently paging the wrong data. Browser-safe: the in-memory backend and the local Rooms service share it.
 */

/** Encodes UTF-8 text as URL-safe base64 without padding, in browsers and Node alike. */
export function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes {@link encodeBase64Url}'s output; `undefined` when the text is not valid base64url or UTF-8. */
export function decodeBase64Url(text: string): string | undefined {
  // `atob` skips characters it does not know in some engines; refuse them first so a cursor has one spelling.
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where a page starts. */
export interface ListPosition {
  /**
   * The sequence number of the last item already returned. Positions are by sequence rather than by offset so that
   * deleting an item between two pages neither skips nor repeats another one.
   */
  after: number;
  /** Non-empty pages returned since the last empty one, for backends that answer empty pages now and then. */
  sinceEmpty: number;
}

/** The first page's position. */
export const FIRST_POSITION: Readonly<ListPosition> = Object.freeze({ after: -1, sinceEmpty: 0 });

interface CursorBody {
  v: 1;
  /** Backend instance. */
  i: string;
  /** List key. */
  l: string;
  a: number;
  e: number;
}

/** Makes the cursor of `list` at `position` for the backend `scope`. */
export function encodeListCursor(scope: string, list: string, position: ListPosition): string {
  const body: CursorBody = { v: 1, i: scope, l: list, a: position.after, e: position.sinceEmpty };
  return encodeBase64Url(JSON.stringify(body));
}

/** Reads a cursor; `undefined` when it is garbage or was issued for another list or backend. */
export function decodeListCursor(scope: string, list: string, cursor: string): ListPosition | undefined {
  const text = decodeBase64Url(cursor);
  if (text === undefined) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { v, i, l, a, e } = body as Partial<Record<keyof CursorBody, unknown>>;
  if (v !== 1 || i !== scope || l !== list) return undefined;
  if (typeof a !== 'number' || !Number.isInteger(a) || a < -1 || typeof e !== 'number' || !Number.isInteger(e)) {
    return undefined;
  }
  if (e < 0) return undefined;
  return { after: a, sinceEmpty: e };
}
