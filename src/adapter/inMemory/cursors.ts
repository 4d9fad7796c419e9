/**
 * Opaque list cursors of the in-memory backend. A cursor names the adapter instance and the list it belongs to, so a
 * cursor from another list or another backend is refused instead of silently paging the wrong data.
 */

/** Encodes UTF-8 text as URL-safe base64 without padding, in browsers and Node alike. */
export function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes {@link encodeBase64Url}'s output; `undefined` when the text is not valid base64 or UTF-8. */
export function decodeBase64Url(text: string): string | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where a page starts. */
export interface CursorPosition {
  /**
   * The sequence number of the last item already returned. Positions are by sequence rather than by offset so that
   * deleting an item between two pages neither skips nor repeats another one.
   */
  after: number;
  /** Non-empty pages returned since the last empty one, for the simulated empty pages. */
  sinceEmpty: number;
}

interface CursorBody {
  v: 1;
  /** Adapter instance. */
  i: string;
  /** List key. */
  l: string;
  a: number;
  e: number;
}

/** Makes the cursor of `list` at `position` for the adapter instance `instance`. */
export function encodeCursor(instance: string, list: string, position: CursorPosition): string {
  const body: CursorBody = { v: 1, i: instance, l: list, a: position.after, e: position.sinceEmpty };
  return encodeBase64Url(JSON.stringify(body));
}

/** Reads a cursor; `undefined` when it is garbage or was issued for another list or adapter instance. */
export function decodeCursor(instance: string, list: string, cursor: string): CursorPosition | undefined {
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
  if (v !== 1 || i !== instance || l !== list) return undefined;
  if (typeof a !== 'number' || !Number.isInteger(a) || typeof e !== 'number' || !Number.isInteger(e) || e < 0) {
    return undefined;
  }
  return { after: a, sinceEmpty: e };
}
