/**
 * Helpers of the RoomsAdapter contract suite. They talk to the `RoomsAdapter` interface only, never to an
 * implementation, so the suite runs unchanged against every backend.
 */
import { expect } from 'vitest';
import { isRoomsError, type RoomsError, type RoomsErrorCode } from '../../src/core/errors';
import { collectAll } from '../../src/adapter/paging';
import type { ListOptions, Page, Room, RoomParticipant, RoomsAdapter } from '../../src/adapter/types';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** The service's longest validity window. */
export const MAX_WINDOW_MS = 180 * DAY_MS;
/**
 * How far a server-stamped instant may sit from the test's reading of the backend's clock. Minutes, because real time
 * passes between the reading and the request on a real stack.
 */
export const CLOCK_TOLERANCE_MS = 2 * MINUTE_MS;

/**
 * Asserts that `promise` rejects with a {@link RoomsError} of `code` (and `target`, when given) carrying a non-empty
 * message, and returns the error for further checks.
 */
export async function expectRoomsError(
  promise: Promise<unknown>,
  code: RoomsErrorCode,
  target?: string,
): Promise<RoomsError> {
  await expect(promise, 'expected the call to reject with a RoomsError').rejects.toSatisfy(isRoomsError);
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as RoomsError;
  if (target === undefined) {
    expect(error.code, `RoomsError code (message: ${error.message})`).toBe(code);
  } else {
    expect({ code: error.code, target: error.target }, `RoomsError (message: ${error.message})`).toEqual({
      code,
      target,
    });
  }
  expect(typeof error.message).toBe('string');
  expect(error.message.trim().length).toBeGreaterThan(0);
  return error;
}

/** Whole seconds, so instants survive any wire format and storage precision unchanged. */
export function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** A clock-relative instant builder: `at(30 * MINUTE_MS)` is half an hour after the backend's now. */
export function instantsFrom(now: Date): (offsetMs: number) => Date {
  const base = wholeSecond(now.getTime());
  return (offsetMs) => new Date(base + offsetMs);
}

/** Asserts the shape every room answer has: all five fields, of the right types. */
export function expectRoomShape(room: Room): void {
  expect(typeof room.id).toBe('string');
  expect(room.id.length).toBeGreaterThan(0);
  for (const field of ['createdAt', 'validFrom', 'validUntil'] as const) {
    expect(room[field], field).toBeInstanceOf(Date);
    expect(Number.isNaN(room[field].getTime()), `${field} is a valid date`).toBe(false);
  }
  expect(typeof room.pstnDialOutEnabled).toBe('boolean');
}

/**
 * A room without what a backend keeps about its changes (`version`, `updatedAt`, `updatedBy`) and without a list's
 * `rosterPreview`: what must stay as it was when another field changes, or match between a list item and a read.
 */
export function withoutBookkeeping(room: Room): Room {
  const { version: _version, updatedAt: _updatedAt, updatedBy: _updatedBy, rosterPreview: _preview, ...rest } = room;
  return rest;
}

/** A list item without its `rosterPreview`, to compare with what `createRoom` or `getRoom` answered. */
export function withoutPreview(room: Room): Room {
  const { rosterPreview: _preview, ...rest } = room;
  return rest;
}

/** Asserts `actual` is within `toleranceMs` of the range [`earliest`, `latest`]. */
export function expectInstantNear(actual: Date, earliest: Date, latest: Date, toleranceMs = CLOCK_TOLERANCE_MS): void {
  expect(actual.getTime()).toBeGreaterThanOrEqual(earliest.getTime() - toleranceMs);
  expect(actual.getTime()).toBeLessThanOrEqual(latest.getTime() + toleranceMs);
}

/** Every room of the backend, across pages. */
export function listAllRooms(adapter: RoomsAdapter, pageSize?: number): Promise<Room[]> {
  return collectAll((o) => adapter.listRooms(o), pageSize === undefined ? {} : { pageSize });
}

/** Every participant of a room, across pages, sorted by id so rosters compare regardless of the backend's order. */
export async function listRoster(adapter: RoomsAdapter, roomId: string, pageSize?: number): Promise<RoomParticipant[]> {
  const all = await collectAll((o) => adapter.listParticipants(roomId, o), pageSize === undefined ? {} : { pageSize });
  return sortById(all);
}

/** Copies and sorts items by id. */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Result of {@link readPagesManually}. */
export interface ManualPaging<T> {
  /** Every item in the order read. */
  items: T[];
  /** The size of each page read, including empty ones. */
  pageSizes: number[];
}

/**
 * Follows `nextCursor` by hand (the loop a UI writes), with a bound so a backend that never ends a list fails the test
 * instead of hanging it.
 */
export async function readPagesManually<T>(
  list: (options: ListOptions) => Promise<Page<T>>,
  pageSize: number,
  maxPages = 200,
): Promise<ManualPaging<T>> {
  const items: T[] = [];
  const pageSizes: number[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<T> = await list(cursor === undefined ? { pageSize } : { pageSize, cursor });
    expect(Array.isArray(page.items)).toBe(true);
    items.push(...page.items);
    pageSizes.push(page.items.length);
    if (page.nextCursor !== undefined) {
      expect(typeof page.nextCursor).toBe('string');
      expect(page.nextCursor, 'a cursor must move the list on').not.toBe(cursor);
    }
    cursor = page.nextCursor;
    expect(pageSizes.length, 'the list should end').toBeLessThanOrEqual(maxPages);
  } while (cursor !== undefined);
  return { items, pageSizes };
}

/** The id of a room that existed and no longer does: unknown to the backend, yet of a format it issues. */
export async function goneRoomId(adapter: RoomsAdapter): Promise<string> {
  const room = await adapter.createRoom({});
  await adapter.deleteRoom(room.id);
  return room.id;
}

/** A fresh idempotency key (a UUID, as the service's `Repeatability-Request-ID` requires). */
export function freshKey(): string {
  return globalThis.crypto.randomUUID();
}

/** A well-formed communication user id that no backend has issued, for directory misses. */
export function strangerId(): string {
  return `8:acs:00000000-0000-0000-0000-000000000000_contract-stranger-${globalThis.crypto.randomUUID()}`;
}

/** Text that is no communication identifier at all. */
export const MALFORMED_ID = 'not-a-communication-identifier';

/** Identifiers of valid kinds that the service refuses as room participants (only communication users may be). */
export const NON_USER_IDS: ReadonlyArray<readonly [kind: string, rawId: string]> = [
  ['phone number', '4:+15551234567'],
  ['Microsoft Teams user', '8:orgid:00000000-0000-0000-0000-000000000001'],
  ['Microsoft Teams app', '28:orgid:00000000-0000-0000-0000-000000000002'],
];
