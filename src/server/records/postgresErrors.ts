/**
 * PostgreSQL failures in words a host can act on and that name no host or password: the record store's and the
 * event log's errors (`RoomRecordStoreError` `unavailable`).
 */
import { RoomRecordStoreError } from './types';

/** Why a database request failed: connection failures, by Node's and PostgreSQL's codes, in words that name no host or password. */
export function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string') {
    if (code === 'ECONNREFUSED') return 'the connection was refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the database host name does not resolve';
    if (code === 'ETIMEDOUT') return 'the connection timed out';
    if (code === 'ECONNRESET' || code === 'EPIPE') return 'the connection was lost';
    if (code.startsWith('08')) return 'the connection was lost';
    if (code.startsWith('28')) return 'the database refused the login';
    if (code === '3D000') return 'the database does not exist';
    if (code.startsWith('57P')) return 'the database server is shutting down or starting';
    if (code.startsWith('53')) return 'the database server is out of resources';
    if (/^[0-9A-Z]{5}$/.test(code)) return `the database refused the request (${code}: ${message})`;
    return `the connection failed (${code})`;
  }
  if (/timeout/i.test(message))
    return 'no connection in time (the database is unreachable, or every connection is busy)';
  if (/terminat|ended|closed/i.test(message)) return 'the connection was lost';
  return 'the database could not be used';
}

/** A failure as the `unavailable` error, saying what was being done; a store error already made passes as it is. */
export function unavailable(error: unknown, doing: string, what = 'room records'): RoomRecordStoreError {
  if (error instanceof RoomRecordStoreError) return error;
  return new RoomRecordStoreError('unavailable', `The ${what} database failed while ${doing}: ${reasonOf(error)}.`, {
    cause: error,
  });
}
