/**
 * The handler's list cursors. A participants cursor says where in the service's paging a list continues: the
 * `nextLink` of the service page it is in (none for the first page), how far into that page, and the last item
 * already returned. A rooms cursor says after which record of the record store the list continues; its list name
 * binds it to the caller's scope and search, so it cannot be replayed by another caller or for another search.
 *
 * Cursors are signed with a secret the browser never sees. The link inside is handed to the official SDK, which
 * would send a signed request to any URL: an unsigned cursor would let a caller point this server at any host.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Where a list continues. */
export interface CursorPosition {
  /** The list: `rooms` or `participants:<roomId>`. */
  list: string;
  /** The service page to read; absent for the first one. */
  link?: string;
  /** How many items of that page were already returned. */
  offset: number;
  /** The id of the last item returned, to find the place again if the page has changed. */
  lastId?: string;
  /** For lists read from the record store: the last record returned, in the store's order. */
  after?: { createdAt: number; roomId: string };
}

interface CursorBody {
  v: 1;
  l: string;
  k?: string;
  o: number;
  a?: string;
  p?: [number, string];
}

/** Encodes and checks signed cursors. */
export interface CursorCodec {
  encode(position: CursorPosition): string;
  /** The position, or `undefined` when the cursor is not one this server issued for `list`. */
  decode(cursor: string, list: string): CursorPosition | undefined;
}

/** Makes a cursor codec keyed by `secret`. */
export function createCursorCodec(secret: Uint8Array): CursorCodec {
  const sign = (text: string): Buffer => createHmac('sha256', secret).update(text).digest().subarray(0, 18);
  return {
    encode(position) {
      const body: CursorBody = { v: 1, l: position.list, o: position.offset };
      if (position.link !== undefined) body.k = position.link;
      if (position.lastId !== undefined) body.a = position.lastId;
      if (position.after !== undefined) body.p = [position.after.createdAt, position.after.roomId];
      const text = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
      return `${text}.${sign(text).toString('base64url')}`;
    },
    decode(cursor, list) {
      const dot = cursor.lastIndexOf('.');
      if (dot <= 0) return undefined;
      const text = cursor.slice(0, dot);
      const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
      const expected = sign(text);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      let body: Partial<CursorBody>;
      try {
        body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<CursorBody>;
      } catch {
        return undefined;
      }
      if (body.v !== 1 || body.l !== list || typeof body.o !== 'number' || !Number.isInteger(body.o) || body.o < 0) {
        return undefined;
      }
      const position: CursorPosition = { list, offset: body.o };
      if (typeof body.k === 'string') position.link = body.k;
      if (typeof body.a === 'string') position.lastId = body.a;
      if (Array.isArray(body.p)) {
        const [createdAt, roomId] = body.p as unknown[];
        if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || typeof roomId !== 'string')
          return undefined;
        position.after = { createdAt, roomId };
      }
      return position;
    },
  };
}
