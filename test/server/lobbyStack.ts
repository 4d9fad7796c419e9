/**
 * What the lobby and moderation tests share: the whole stack with a signed-in user per request (the `x-test-user`
 * header, which the test host's `currentUser` reads, and `x-participant` for the caller's scope), a clinic of two
 * rooms, the lobby's and moderation's routes as each person calls them, and a call control that records what it is
 * asked to do.
 */
import type { IncomingMessage } from 'node:http';
import type { CallActor, CallControlAction, RoomCallControl } from '../../src/core/moderation';
import { scopeFromHeaders, SECRET } from './events/helpers';
import { startStack, userId, type Stack, type StackOptions } from './stack';

/** Dr. Okafor, the presenter of the clinic's room. */
export const PRESENTER = userId(1);
/** A patient already invited, as an Attendee. */
export const ATTENDEE = userId(2);
/** A listener, invited as a Consumer. */
export const CONSUMER = userId(4);
/** The presenter of another room, who holds no role on this one. */
export const OTHER_PRESENTER = userId(3);
/** Someone signed in who is on no roster. */
export const STRANGER = userId(9);

/** The signed-in user of a test request. */
export function signedInFromHeader(request: IncomingMessage): string | undefined {
  const user = request.headers['x-test-user'];
  return typeof user === 'string' ? user : undefined;
}

/** One call's outcome. */
export interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string; target?: string; details?: unknown[] } };
}

/** A call control that records every action and answers that it changed one person. */
export function recordingCallControl(): RoomCallControl & {
  calls: Array<{ roomId: string; action: CallControlAction; by: CallActor }>;
} {
  const calls: Array<{ roomId: string; action: CallControlAction; by: CallActor }> = [];
  return {
    calls,
    control(roomId, action, by) {
      calls.push({ roomId, action, by });
      return Promise.resolve({ affected: 1 });
    },
  };
}

/** A stack whose handler knows the signed-in user, scopes by `x-participant`, and has a webhook. */
export async function lobbyStack(
  handler: StackOptions['handler'] = {},
  options: Omit<StackOptions, 'handler'> = {},
): Promise<Stack> {
  return startStack({
    ...options,
    handler: (emulator) => ({
      syncIntervalMs: false,
      currentUser: signedInFromHeader,
      scope: scopeFromHeaders,
      eventGrid: { secret: SECRET, resourceName: 'contoso-clinic' },
      ...(typeof handler === 'function' ? handler(emulator) : handler),
    }),
  });
}

/** The routes as `user` calls them (nobody signed in when `undefined`). */
export function as(stack: Stack, user: string | undefined) {
  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (user !== undefined) {
      headers['x-test-user'] = user;
      headers['x-participant'] = user;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Answer['body']) };
  }
  const room = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`;
  const request = (roomId: string, requestId: string) => `${room(roomId)}/requests/${encodeURIComponent(requestId)}`;
  return {
    call,
    knock: (roomId: string, displayName: string, message?: string) =>
      call('POST', `${room(roomId)}/requests`, message === undefined ? { displayName } : { displayName, message }),
    list: (roomId: string) => call('GET', `${room(roomId)}/requests`),
    get: (roomId: string, requestId: string) => call('GET', request(roomId, requestId)),
    cancel: (roomId: string, requestId: string) => call('POST', `${request(roomId, requestId)}:cancel`, {}),
    admit: (roomId: string, requestId: string, role?: string) =>
      call('POST', `${request(roomId, requestId)}:admit`, role === undefined ? {} : { role }),
    decline: (roomId: string, requestId: string, reason?: string) =>
      call('POST', `${request(roomId, requestId)}:decline`, reason === undefined ? {} : { reason }),
    moderate: (roomId: string, action: Record<string, unknown>) =>
      call('POST', `${room(roomId)}/call:moderate`, action),
    join: (roomId: string) => call('POST', `${room(roomId)}/join`, {}),
    /** The roster as raw id → role. */
    async roster(roomId: string): Promise<Record<string, string>> {
      const answer = await call('GET', `${room(roomId)}/participants?pageSize=100`);
      const value = answer.body.value as Array<{ rawId: string; role: string }>;
      return Object.fromEntries(value.map((p) => [p.rawId, p.role]));
    },
    setRole: (roomId: string, who: string, role: string) =>
      call('PATCH', `${room(roomId)}/participants`, { participants: { [who]: { role } } }),
  };
}

/** The clinic: Dr. Okafor's room (a presenter, an attendee, a listener) and another presenter's room. */
export async function clinic(stack: Stack, extra: Record<string, string> = {}) {
  const create = async (participants: Record<string, string>) => {
    const answer = await as(stack, undefined).call('POST', '/rooms', {
      subject: 'Consultation',
      participants: Object.fromEntries(Object.entries(participants).map(([id, role]) => [id, { role }])),
    });
    if (answer.status !== 201) throw new Error(`create: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.id as string;
  };
  const roomId = await create({ [PRESENTER]: 'Presenter', [ATTENDEE]: 'Attendee', [CONSUMER]: 'Consumer', ...extra });
  const otherRoomId = await create({ [OTHER_PRESENTER]: 'Presenter' });
  return { roomId, otherRoomId };
}
