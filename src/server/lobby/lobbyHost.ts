/**
 * What the lobby and moderation routes need from the request handler that mounts them: its authorisation, the
 * signed-in user, its rooms and their records, the roster as its index knows it, and its one path for roster writes
 * (the Rooms service, the roster index, the record store's index and `participantsChanged`, in that order). The
 * routes hold the rules; the handler holds the plumbing, so neither has to know the other's insides.
 */
import type { IncomingMessage } from 'node:http';
import type { RoomsClient } from '@azure/communication-rooms';
import { isRoomsError, type RoomsError } from '../../core/errors';
import type { LobbyPolicy, LobbyRefusal } from '../../core/lobby';
import type { RoomCallControl } from '../../core/moderation';
import type { RoomRole } from '../../core/roles';
import { ServiceError } from '../../node/http';
import type { RoomEventEntry } from '../events/eventLog';
import type { RoomRecord, RoomRecordStore } from '../records/types';
import type { ServiceRoomFields } from '../roomAnswers';
import type { RoomLobbyStore } from './lobbyStore';

/** The `authorize` actions of the lobby and moderation routes. */
export type LobbyRoomsAction = 'lobby:request' | 'lobby:read' | 'lobby:decide' | 'call:moderate';

/** The handler, as the lobby and moderation routes use it. */
export interface RoomLobbyHost {
  /** Where lobbies and speaker grants are kept. */
  readonly lobby: RoomLobbyStore;
  /** The lobby's limits (core's defaults where absent). */
  readonly policy: Partial<LobbyPolicy>;
  /** How moderation reaches the room's call; absent when the host gave none. */
  readonly callControl: RoomCallControl | undefined;
  /** The handler's Rooms client. */
  readonly rooms: RoomsClient;
  /** The handler's record store. */
  readonly records: RoomRecordStore;
  /** The handler's largest request body. */
  readonly bodyLimit: number;
  /** The signed-in user, or `undefined`; a failing session lookup refuses the request. */
  signedInUser(request: IncomingMessage): Promise<string | undefined>;
  /**
   * The record of a room that exists, whoever asks; else 400 as for an unknown room. The lobby's and moderation's
   * routes are not limited by scope: holding a room's link is what lets one knock, and what a caller may do there
   * is decided by their role on its roster.
   */
  roomRecord(roomId: string): Promise<RoomRecord>;
  /** The role of `userId` on the room's roster, or `undefined` when they are not on it. */
  roleIn(roomId: string, userId: string, signal: AbortSignal): Promise<RoomRole | undefined>;
  /**
   * Gives people roles on the roster (adding those not on it) the way `PATCH /participants` does, telling the
   * room's audience as the room was (`before`). Rejects when the service refused; nothing was told then.
   */
  upsertRoles(
    roomId: string,
    roles: ReadonlyArray<readonly [string, RoomRole]>,
    before: RoomRecord,
    signal: AbortSignal,
  ): Promise<void>;
  /** Takes people off the roster the same way. */
  removeFromRoster(roomId: string, userIds: readonly string[], before: RoomRecord, signal: AbortSignal): Promise<void>;
  /** A person's name from the directory. */
  displayNameOf(userId: string): Promise<string | undefined>;
  /** Publishes events of writes that landed; never rejects. */
  publish(entries: readonly RoomEventEntry[]): Promise<void>;
  /** Tells the room's audience that the room changed (`roomUpdated`). */
  publishUpdated(record: RoomRecord, live: ServiceRoomFields | undefined): Promise<void>;
  /** Hears failures nobody else hears. */
  onError(error: unknown, request: IncomingMessage | undefined): void;
}

/** 403 in the contract's words. */
export function forbiddenError(target?: string): ServiceError {
  return new ServiceError(403, 'Forbidden', 'You are not allowed to do this.', { target });
}

/** 404 for a request to join the caller may not see, or that does not exist. */
export function requestNotFound(): ServiceError {
  return new ServiceError(404, 'NotFound', 'There is no such request to join.', { target: 'requestId' });
}

/** 409 for a room that has closed (its window ended, or it was ended for everyone). */
export function roomClosed(): ServiceError {
  return new ServiceError(409, 'Conflict', 'This room has closed.', { target: 'room' });
}

const REFUSAL_STATUS: Record<LobbyRefusal['code'], [number, string]> = {
  validation: [400, 'BadRequest'],
  notFound: [404, 'NotFound'],
  forbidden: [403, 'Forbidden'],
  conflict: [409, 'Conflict'],
  unavailable: [503, 'ServiceUnavailable'],
};

/**
 * A refusal of core's lobby reducer as the contract's error. A decline's pause is a second detail (`AskAgainAt`, its
 * message the ISO instant) after the sentence, so clients that show the first detail still show the sentence.
 */
export function refusalError(refusal: LobbyRefusal): ServiceError {
  const [status, code] = REFUSAL_STATUS[refusal.code];
  const details =
    refusal.askAgainAt === undefined
      ? []
      : [
          { code: 'Declined', message: refusal.message, ...(refusal.target ? { target: refusal.target } : {}) },
          { code: 'AskAgainAt', message: refusal.askAgainAt.toISOString(), target: 'askAgainAt' },
        ];
  return new ServiceError(status, code, refusal.message, { target: refusal.target, details });
}

const ROOMS_ERROR_STATUS: Record<RoomsError['code'], [number, string]> = {
  validation: [400, 'BadRequest'],
  notFound: [404, 'NotFound'],
  forbidden: [403, 'Forbidden'],
  conflict: [409, 'Conflict'],
  network: [503, 'ServiceUnavailable'],
  unavailable: [503, 'ServiceUnavailable'],
  aborted: [503, 'ServiceUnavailable'],
  unknown: [500, 'InternalServerError'],
};

/**
 * A call control's failure as the contract's error, its code and words kept; anything else (an `unknown` one
 * included) is left to the handler, which answers a 500 that reveals nothing.
 */
export function callControlError(error: unknown): unknown {
  if (!isRoomsError(error) || error.code === 'unknown') return error;
  const [status, code] = ROOMS_ERROR_STATUS[error.code];
  return new ServiceError(status, error.serviceCode ?? code, error.message, {
    target: error.target,
    details: error.details.map((detail) => ({ ...detail })),
  });
}
