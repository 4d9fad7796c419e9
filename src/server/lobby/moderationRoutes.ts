/**
 * Call moderation, served by the handler at `POST /rooms/{id}/call:moderate` with a `CallModerationAction` as the body.
 * Each action is allowed by the capability core's `MODERATION_CAPABILITY` names for it, of the signed-in user's role
 * on that room's roster (`moderationAllowed`): a presenter of another room holds no role on this one, so is refused
 * like anyone else. What happens in the call (muting, removing, lowering hands, spotlighting, ending it) is done by the
 * host's `RoomCallControl`; inviting to speak and returning to listener are roster role changes with a kept way back
 * (`speakerGrants`); ending for everyone with `closeRoom` also ends the room's window now and closes its lobby.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  moderationAllowed,
  readCallModerationAction,
  type CallControlAction,
  type CallModerationAction,
} from '../../core/moderation';
import { readJsonBody, sendJson, ServiceError } from '../../node/http';
import { serviceFields, type ServiceRoomFields } from '../roomAnswers';
import type { RoomRecord } from '../records/types';
import { failWith } from '../schemas';
import { isUnknownRoomError } from '../sdkErrors';
import { callControlError, forbiddenError, type RoomLobbyHost } from './lobbyHost';
import type { LobbyRoutes } from './lobbyRoutes';
import type { SpeakerGrants } from './speakerGrants';

/** A moderation body is one small action. */
const MODERATION_BODY_LIMIT = 4 * 1024;
/** How far ahead a closed room's window ends: the service refuses an end in the past, and a minute is soon. */
const CLOSE_AFTER_MS = 60_000;

/** What the handler calls. */
export interface ModerationRoutes {
  /** Serves `POST /rooms/{id}/call:moderate`; `authorize` has allowed `call:moderate` already. */
  serve(request: IncomingMessage, response: ServerResponse, roomId: string, signal: AbortSignal): Promise<void>;
}

/** Options of {@link createModerationRoutes}. */
export interface ModerationRoutesOptions {
  /** The handler. */
  host: RoomLobbyHost;
  /** The lobby routes, to close a room's lobby. */
  lobby: LobbyRoutes;
  /** The speaker grants. */
  grants: SpeakerGrants;
}

function noCall(): ServiceError {
  return new ServiceError(503, 'ServiceUnavailable', 'This server cannot reach the room’s call.');
}

/** Makes the moderation route of one handler. */
export function createModerationRoutes(options: ModerationRoutesOptions): ModerationRoutes {
  const { host, lobby, grants } = options;
  const bodyLimit = Math.min(host.bodyLimit, MODERATION_BODY_LIMIT);

  async function control(roomId: string, action: CallControlAction, by: { userId: string; displayName?: string }) {
    const callControl = host.callControl;
    if (!callControl) throw noCall();
    try {
      return await callControl.control(roomId, action, by);
    } catch (error) {
      throw callControlError(error);
    }
  }

  /**
   * Ends the room's window a minute from now (sooner if it ended sooner), through the store's hold on the record as
   * every window change is, then closes its lobby. Answers the moment the room closed.
   */
  async function closeRoom(record: RoomRecord, by: string, signal: AbortSignal): Promise<Date> {
    const { roomId } = record;
    const now = new Date();
    const until = new Date(now.getTime() + CLOSE_AFTER_MS);
    let live: ServiceRoomFields | undefined;
    let gone = false;
    const updated = await host.records.update(roomId, async (current) => {
      if (!current) {
        gone = true;
        return { keep: true };
      }
      if (current.validUntil.getTime() <= until.getTime()) return { keep: true };
      const validFrom = current.validFrom.getTime() > now.getTime() ? now : undefined;
      try {
        live = serviceFields(
          await host.rooms.updateRoom(roomId, { validFrom, validUntil: until, abortSignal: signal }),
        );
      } catch (error) {
        if (!isUnknownRoomError(error)) throw error;
        gone = true;
        return { keep: true };
      }
      return {
        write: {
          validFrom: live.validFrom,
          validUntil: live.validUntil,
          pstnDialOutEnabled: live.pstnDialOutEnabled,
          updatedBy: by,
          updatedAt: now,
        },
      };
    });
    if (gone || !updated) throw new ServiceError(400, 'BadRequest', 'Invalid room ID.');
    if (live) await host.publishUpdated(updated, live);
    return (await lobby.close(updated, now)) ?? now;
  }

  async function moderate(
    record: RoomRecord,
    action: CallModerationAction,
    by: { userId: string; displayName?: string },
    signal: AbortSignal,
  ): Promise<Record<string, unknown>> {
    const { roomId } = record;
    switch (action.type) {
      case 'inviteToSpeak': {
        const change = await grants.invite(record, action.userId, action.role, by.userId, signal);
        return { affected: change.changed ? 1 : 0, ...(change.role ? { role: change.role } : {}) };
      }
      case 'returnToListener': {
        const change = await grants.giveBack(record, action.userId, signal);
        return { affected: change.changed ? 1 : 0, ...(change.role ? { role: change.role } : {}) };
      }
      case 'endForEveryone': {
        if (!host.callControl) throw noCall();
        // The room closes before the call ends, so nobody who is put out can come straight back in.
        const closedAt = action.closeRoom ? await closeRoom(record, by.userId, signal) : undefined;
        const result = await control(roomId, { type: 'endCall' }, by);
        return { affected: result.affected, ...(closedAt ? { closedAt: closedAt.toISOString() } : {}) };
      }
      default: {
        const result = await control(roomId, action, by);
        return { affected: result.affected };
      }
    }
  }

  return {
    async serve(request, response, roomId, signal) {
      const userId = await host.signedInUser(request);
      if (userId === undefined) throw forbiddenError('userId');
      const read = readCallModerationAction(await readJsonBody(request, { limit: bodyLimit }));
      if (!read.ok) failWith(read.message, read.target);
      const record = await host.roomRecord(roomId);
      if (!moderationAllowed(await host.roleIn(roomId, userId, signal), read.action.type)) throw forbiddenError();
      const displayName = await host.displayNameOf(userId);
      const by = { userId, ...(displayName !== undefined ? { displayName } : {}) };
      sendJson(response, 200, await moderate(record, read.action, by, signal));
    },
  };
}
