/**
 * The local Rooms service's call, moderated from a server: a {@link RoomCallControl} that posts each action to the
 * service's control route, signed with the resource's access key as the official SDKs sign their requests, so a
 * host's server (or the kit's request handler) can mute, remove, lower hands, spotlight and end the call for everyone
 * in the demo as it would through Call Automation on Azure.
 */
import { RoomsError, roomsErrorFromResponse, toRoomsError } from '../core/errors';
import type { CallActor, CallControlAction, CallControlResult, RoomCallControl } from '../core/moderation';
import { signRequest } from './hmac';

/** Options of {@link createLocalServiceCallControl}. */
export interface LocalServiceCallControlOptions {
  /** The local resource's connection string, `endpoint=http://127.0.0.1:PORT/;accesskey=…` (`RoomsEmulator.connectionString`). */
  connectionString: string;
  /** The fetch to send with. @default globalThis.fetch */
  fetch?: typeof fetch;
}

const CONNECTION_STRING = /endpoint=(.*?);accesskey=(.*)/i;

function affectedOf(json: unknown): number {
  const affected = (json as { affected?: unknown } | undefined)?.affected;
  return typeof affected === 'number' && Number.isInteger(affected) && affected >= 0 ? affected : 0;
}

/**
 * Makes the call control of the local Rooms service's shared call: each action is a signed
 * `POST /calling/rooms/{roomId}/control` with `{ action, by }`, and the members hear it, with who did it.
 *
 * @example
 * ```ts
 * const emulator = await createRoomsEmulator();
 * const callControl = createLocalServiceCallControl({ connectionString: emulator.connectionString });
 * await callControl.control(roomId, { type: 'muteAll' }, { userId: okafor, displayName: 'Dr. Okafor' });
 * // { affected: 2 }: everyone else in the call is muted and told "muted by Dr. Okafor"
 * ```
 * @throws `TypeError` when the connection string does not name an endpoint and an access key.
 */
export function createLocalServiceCallControl(options: LocalServiceCallControlOptions): RoomCallControl {
  const match = CONNECTION_STRING.exec(options.connectionString);
  if (!match?.[1] || !match[2]) {
    throw new TypeError('The connection string must look like endpoint=http://…;accesskey=….');
  }
  const endpoint = match[1].endsWith('/') ? match[1] : `${match[1]}/`;
  const accessKey = match[2].trim();
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);

  return {
    async control(
      roomId: string,
      action: CallControlAction,
      by: CallActor,
      callOptions: { signal?: AbortSignal } = {},
    ): Promise<CallControlResult> {
      const url = new URL(`calling/rooms/${encodeURIComponent(roomId)}/control`, endpoint).toString();
      const body = JSON.stringify({ action, by });
      let response: Response;
      try {
        response = await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signRequest({ method: 'POST', url, body, accessKey }) },
          body,
          ...(callOptions.signal ? { signal: callOptions.signal } : {}),
        });
      } catch (error) {
        if (callOptions.signal?.aborted)
          throw new RoomsError('aborted', 'The request was cancelled.', { cause: error });
        const wrapped = toRoomsError(error);
        // Anything fetch throws on its way out is the service not being there.
        throw wrapped.code === 'unknown'
          ? new RoomsError('network', 'The local Rooms service could not be reached.', { cause: error })
          : wrapped;
      }
      const text = await response.text().catch(() => '');
      let json: unknown;
      try {
        json = text === '' ? undefined : JSON.parse(text);
      } catch {
        json = undefined;
      }
      if (!response.ok) throw roomsErrorFromResponse(response.status, json);
      return { affected: affectedOf(json) };
    },
  };
}
