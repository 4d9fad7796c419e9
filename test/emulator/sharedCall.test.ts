/**
 * The local Rooms service's shared room call: two browsers' simulated calls through a real emulator are one call,
 * only people on the roster with a token the service issued get in, the roster's roles hold live, and the call's
 * events reach an Event Grid webhook after its handshake.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectLocalServiceCall,
  createSimulatedCallAdapter,
  type LocalServiceCallConnection,
  type SimulatedCallAdapter,
} from '../../src/composites/simulatedCall';
import { createRoomsEmulator, runRoomsEmulatorCli, type RoomsEmulator } from '../../src/emulator';
import { IDENTITY, ROOMS, signedFetch } from './signedFetch';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulatorWith(options: Parameters<typeof createRoomsEmulator>[0] = {}): Promise<RoomsEmulator> {
  const emulator = await createRoomsEmulator({ callPresenceGraceMs: 0, onError: () => undefined, ...options });
  cleanups.push(() => emulator.close());
  return emulator;
}

async function userWithToken(emulator: RoomsEmulator): Promise<{ id: string; token: string }> {
  const answer = await signedFetch(emulator, 'POST', `/identities?${IDENTITY}`, {
    body: { createTokenWithScopes: ['voip'] },
  });
  const created = answer.json as { identity: { id: string }; accessToken: { token: string } };
  return { id: created.identity.id, token: created.accessToken.token };
}

async function roomWith(emulator: RoomsEmulator, participants: Record<string, string>): Promise<string> {
  const body = { participants: Object.fromEntries(Object.entries(participants).map(([id, role]) => [id, { role }])) };
  const answer = await signedFetch(emulator, 'POST', `/rooms?${ROOMS}`, { body });
  expect(answer.status).toBe(201);
  return (answer.json as { id: string }).id;
}

async function setRole(emulator: RoomsEmulator, roomId: string, userId: string, role: string | null) {
  const answer = await signedFetch(emulator, 'PATCH', `/rooms/${roomId}/participants?${ROOMS}`, {
    body: { participants: { [userId]: role === null ? null : { role } } },
    headers: { 'content-type': 'application/merge-patch+json' },
  });
  expect(answer.status).toBe(200);
}

function connect(emulator: RoomsEmulator, roomId: string, token: string): LocalServiceCallConnection {
  const connection = connectLocalServiceCall({ baseUrl: emulator.url, roomId, token, retryDelayMs: 50 });
  cleanups.push(() => connection.close());
  return connection;
}

function join(
  emulator: RoomsEmulator,
  roomId: string,
  user: { id: string; token: string },
  role: 'Presenter' | 'Attendee',
): { call: SimulatedCallAdapter; connection: LocalServiceCallConnection } {
  const connection = connect(emulator, roomId, user.token);
  const call = createSimulatedCallAdapter({ userId: user.id, role, startOn: 'call', sharedCall: connection });
  cleanups.push(() => call.dispose());
  return { call, connection };
}

/** Resolves once `check` holds for the adapter's state, checked on every change. */
function until(call: SimulatedCallAdapter, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = (): void => {
      if (!check()) return;
      call.offStateChange(look);
      resolve();
    };
    call.onStateChange(look);
    look();
  });
}

const remote = (call: SimulatedCallAdapter, id: string) => call.getState().call?.remoteParticipants[id];

function heard(call: SimulatedCallAdapter, name: 'participantsLeft'): unknown[] {
  const seen: unknown[] = [];
  call.on(name, (payload) => seen.push(payload));
  return seen;
}

/** A tiny Event Grid webhook: answers the handshake, keeps every delivery in order. */
async function webhook(): Promise<{
  url: string;
  deliveries: Array<{ type: string | undefined; body: unknown[] }>;
  received: (count: number) => Promise<void>;
}> {
  const deliveries: Array<{ type: string | undefined; body: unknown[] }> = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const events = () => deliveries.filter((d) => d.type === 'Notification').flatMap((d) => d.body).length;
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Array<{ data?: { validationCode?: string } }>;
      const type = request.headers['aeg-event-type'] as string | undefined;
      deliveries.push({ type, body });
      response.setHeader('content-type', 'application/json');
      response.end(
        type === 'SubscriptionValidation' ? JSON.stringify({ validationResponse: body[0]?.data?.validationCode }) : '',
      );
      for (const w of waiting.splice(0)) {
        if (events() >= w.count) w.resolve();
        else waiting.push(w);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/rooms/eventgrid?secret=s3cret`,
    deliveries,
    received: (count) =>
      new Promise((resolve) => {
        if (events() >= count) resolve();
        else waiting.push({ count, resolve });
      }),
  };
}

describe('the local service’s shared call', () => {
  it('puts two browsers’ calls of one room in one call: presence, mute, hand, screen share and leaving', async () => {
    const emulator = await emulatorWith();
    const [ada, ben] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter', [ben.id]: 'Attendee' });

    const host = join(emulator, roomId, ada, 'Presenter').call;
    const guest = join(emulator, roomId, ben, 'Attendee').call;
    await until(host, () => remote(host, ben.id) !== undefined);
    await until(guest, () => remote(guest, ada.id)?.role === 'Presenter');
    expect(guest.getState().call?.id).toBe(host.getState().call?.id);

    await guest.unmute();
    await until(host, () => remote(host, ben.id)?.isMuted === false);
    await guest.raiseHand();
    await until(host, () => remote(host, ben.id)?.raisedHand !== undefined);
    await host.startScreenShare();
    await until(guest, () =>
      Object.values(remote(guest, ada.id)?.videoStreams ?? {}).some((s) => s.mediaStreamType === 'ScreenSharing'),
    );
    // A Presenter mutes the guest: the guest's own call follows.
    await host.muteParticipant(ben.id);
    await until(guest, () => guest.getState().call?.isMuted === true);

    await guest.leaveCall();
    await until(host, () => remote(host, ben.id) === undefined);
    expect(host.getState().call?.remoteParticipantsEnded[ben.id]).toBeDefined();
  });

  it('takes the role from its own roster, live: a new Consumer is muted and cannot unmute', async () => {
    const emulator = await emulatorWith();
    const [ada, ben] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter', [ben.id]: 'Attendee' });
    const host = join(emulator, roomId, ada, 'Presenter').call;
    // The guest claims to be a Presenter; the service's roster says Attendee, and that is what the call holds.
    const guest = join(emulator, roomId, ben, 'Presenter').call;
    await until(guest, () => guest.getState().call?.role === 'Attendee');
    await guest.unmute();
    await until(host, () => remote(host, ben.id)?.isMuted === false);

    await setRole(emulator, roomId, ben.id, 'Consumer');
    await until(guest, () => guest.getState().call?.role === 'Consumer' && guest.getState().call?.isMuted === true);
    await until(host, () => remote(host, ben.id)?.role === 'Consumer');
    expect(guest.getState().call?.capabilitiesFeature?.capabilities.unmuteMic.isPresent).toBe(false);
    await guest.unmute();
    expect(guest.getState().call?.isMuted).toBe(true);

    // Taken off the roster, they are out of the call.
    await setRole(emulator, roomId, ben.id, null);
    await until(guest, () => guest.getState().page === 'removedFromCall');
    await until(host, () => remote(host, ben.id) === undefined);
  });

  it('reconnects a dropped stream and keeps the stay, hearing what happened meanwhile', async () => {
    const emulator = await emulatorWith({ callPresenceGraceMs: 60_000 });
    const [ada, ben] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter', [ben.id]: 'Attendee' });
    const streams: string[] = [];
    const drops: Array<() => void> = [];
    // A fetch whose event streams the test can cut, as a dropped network would.
    const cuttable: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/stream') || !response.body) return response;
      streams.push(url);
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          drops.push(() => {
            controller.error(new Error('network dropped'));
            void reader.cancel();
          });
        },
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const host = join(emulator, roomId, ada, 'Presenter').call;
    const connection = connectLocalServiceCall({
      baseUrl: emulator.url,
      roomId,
      token: ben.token,
      retryDelayMs: 20,
      fetch: cuttable,
    });
    cleanups.push(() => connection.close());
    const guest = createSimulatedCallAdapter({
      userId: ben.id,
      role: 'Attendee',
      startOn: 'call',
      sharedCall: connection,
    });
    cleanups.push(() => guest.dispose());
    await until(host, () => remote(host, ben.id) !== undefined);
    const left = heard(host, 'participantsLeft');

    drops[0]?.();
    await host.raiseHand();
    await until(guest, () => remote(guest, ada.id)?.raisedHand !== undefined);
    expect(streams).toHaveLength(2);
    expect(new URL(streams[1] ?? '').searchParams.get('connectionId')).toBeTruthy();
    expect(left).toEqual([]);
    await guest.unmute();
    await until(host, () => remote(host, ben.id)?.isMuted === false);
    expect(guest.getState().page).toBe('call');
  });

  it('ends the stay of a tab whose stream closes without leaving', async () => {
    const emulator = await emulatorWith();
    const [ada, ben] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter', [ben.id]: 'Attendee' });
    const host = join(emulator, roomId, ada, 'Presenter').call;
    const { connection } = join(emulator, roomId, ben, 'Attendee');
    await until(host, () => remote(host, ben.id) !== undefined);
    connection.close();
    await until(host, () => remote(host, ben.id) === undefined);
  });

  it('refuses someone not on the roster, a forged token and a missing one, and says so', async () => {
    const emulator = await emulatorWith();
    const [ada, stranger] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter' });
    const stream = `${emulator.url}calling/rooms/${roomId}/stream`;

    const notInvited = await fetch(stream, { headers: { authorization: `Bearer ${stranger.token}` } });
    expect(notInvited.status).toBe(403);
    expect(notInvited.headers.get('access-control-allow-origin')).toBe('*');
    expect(await notInvited.json()).toEqual({
      error: { code: 'Forbidden', message: 'This user is not on the room’s roster.' },
    });

    // The same claims signed with another key, and a token whose claims were changed after signing.
    const [header, payload, signature] = ada.token.split('.') as [string, string, string];
    const otherSignature = Buffer.from(signature, 'base64url').reverse().toString('base64url');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const tampered = Buffer.from(JSON.stringify({ ...claims, skypeid: stranger.id.slice(2) })).toString('base64url');
    for (const forged of [`${header}.${payload}.${otherSignature}`, `${header}.${tampered}.${signature}`]) {
      const answer = await fetch(stream, { headers: { authorization: `Bearer ${forged}` } });
      expect(answer.status).toBe(401);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(/not signed/);
    }
    const missing = await fetch(stream);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');

    // A browser's preflight is answered for any origin.
    const preflight = await fetch(stream, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);

    // The simulated call of someone not invited ends as the service refuses them.
    const call = createSimulatedCallAdapter({
      userId: stranger.id,
      role: 'Attendee',
      startOn: 'call',
      sharedCall: connect(emulator, roomId, stranger.token),
    });
    cleanups.push(() => call.dispose());
    await until(call, () => call.getState().page === 'leftCall');
    expect(call.getState().endedCall?.callEndReason).toEqual({ code: 403, subCode: 5828 });
  });

  it('refuses an action on someone else’s stay and a malformed one', async () => {
    const emulator = await emulatorWith();
    const [ada, ben] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter', [ben.id]: 'Attendee' });
    const host = join(emulator, roomId, ada, 'Presenter');
    await until(host.call, () => host.connection.state?.members.length === 1);
    const adaStay = host.connection.state?.members[0]?.participantId ?? '';
    const actions = `${emulator.url}calling/rooms/${roomId}/actions`;
    const post = (body: unknown) =>
      fetch(actions, {
        method: 'POST',
        headers: { authorization: `Bearer ${ben.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const hijack = await post({ action: { type: 'setMuted', participantId: adaStay, muted: false } });
    expect(hijack.status).toBe(403);
    const malformed = await post({ action: { type: 'setRole', userId: ben.id, role: 'Presenter' } });
    expect(malformed.status).toBe(400);
    expect(host.connection.state?.members[0]?.muted).toBe(true);
  });

  it('posts the call’s events to the Event Grid webhook, after the handshake, in the service’s schema', async () => {
    const hook = await webhook();
    const emulator = await emulatorWith({ eventGridWebhook: { url: hook.url, topicName: 'clinic' } });
    const [ada, ben] = [await userWithToken(emulator), await userWithToken(emulator)];
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter', [ben.id]: 'Attendee' });
    const host = join(emulator, roomId, ada, 'Presenter').call;
    const guest = join(emulator, roomId, ben, 'Attendee').call;
    await until(host, () => remote(host, ben.id) !== undefined);
    await guest.leaveCall();
    await until(host, () => remote(host, ben.id) === undefined);
    await host.leaveCall();

    await hook.received(6);
    expect(hook.deliveries[0]?.type).toBe('SubscriptionValidation');
    const events = hook.deliveries.filter((d) => d.type === 'Notification').flatMap((d) => d.body) as Array<{
      eventType: string;
      topic: string;
      data: { room?: { id: string }; serverCallId?: string; participantId?: string };
    }>;
    expect(events.map((e) => e.eventType)).toEqual([
      'Microsoft.Communication.CallStarted',
      'Microsoft.Communication.CallParticipantAdded',
      'Microsoft.Communication.CallParticipantAdded',
      'Microsoft.Communication.CallParticipantRemoved',
      'Microsoft.Communication.CallParticipantRemoved',
      'Microsoft.Communication.CallEnded',
    ]);
    expect(events.every((e) => e.data.room?.id === roomId)).toBe(true);
    expect(events[0]?.topic).toMatch(/\/communicationServices\/clinic$/);
    expect(new Set(events.map((e) => e.data.serverCallId)).size).toBe(1);
  });

  it('takes the webhook on the command line, and refuses a topic without one or a webhook that is no URL', async () => {
    const lines: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const exitCode = process.exitCode;
    cleanups.push(() => {
      process.exitCode = exitCode;
    });
    expect(await runRoomsEmulatorCli(['--port', '0', '--event-grid-topic', 'clinic'], output)).toBeUndefined();
    expect(lines.pop()).toBe('rooms-emulator: --event-grid-topic needs --event-grid-webhook.');
    expect(await runRoomsEmulatorCli(['--port', '0', '--event-grid-webhook', 'eventgrid'], output)).toBeUndefined();
    expect(lines.pop()).toMatch(/--event-grid-webhook must be an http\(s\) URL/);
    expect(process.exitCode).toBe(2);
    process.exitCode = exitCode;

    const hook = await webhook();
    const args = ['--port', '0', '--event-grid-webhook', hook.url, '--event-grid-topic', 'clinic'];
    const emulator = await runRoomsEmulatorCli(args, output);
    if (!emulator) throw new Error(lines.join('\n'));
    cleanups.push(() => emulator.close());
    const ada = await userWithToken(emulator);
    const roomId = await roomWith(emulator, { [ada.id]: 'Presenter' });
    const host = join(emulator, roomId, ada, 'Presenter').call;
    await until(host, () => host.getState().call !== undefined);
    await hook.received(2);
    expect(hook.deliveries[0]?.type).toBe('SubscriptionValidation');
  });
});
