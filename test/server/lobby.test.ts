/**
 * Knock to join through the whole stack (local Rooms service → handler → HTTP), with a signed-in user per request:
 * one pending request per person however often they knock, a crowd knocking at once kept in order, each request
 * visible only to its author and the room's presenters, admissions that land on the roster (or leave the request
 * waiting when the roster write fails), and who hears what on the event stream.
 */
import { RoomsClient } from '@azure/communication-rooms';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStream, ofType, type EventStream } from './events/sse';
import { as, ATTENDEE, clinic, CONSUMER, lobbyStack, OTHER_PRESENTER, PRESENTER, STRANGER } from './lobbyStack';
import { userId, type Stack } from './stack';

const stacks: Stack[] = [];
const streams: EventStream[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  for (const stack of stacks.splice(0)) await stack.close();
});

async function started(...args: Parameters<typeof lobbyStack>): Promise<Stack> {
  const stack = await lobbyStack(...args);
  stacks.push(stack);
  return stack;
}

const KNOCKER = userId(10);

describe('knocking on a room', () => {
  it('leaves one pending request after a thousand knocks from one person, some of them at once', async () => {
    const stack = await started();
    const { roomId } = await clinic(stack);
    const sam = as(stack, KNOCKER);
    const first = await sam.knock(roomId, 'Sam Patel', 'Running late, sorry');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      roomId,
      userId: KNOCKER,
      displayName: 'Sam Patel',
      status: 'pending',
      order: 1,
    });
    const ids = new Set<unknown>();
    for (let round = 0; round < 111; round++) {
      const answers = await Promise.all(Array.from({ length: 9 }, () => sam.knock(roomId, 'Sam Patel')));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        ids.add(answer.body.id);
      }
    }
    expect([...ids]).toEqual([first.body.id]);
    const pending = await as(stack, PRESENTER).list(roomId);
    expect(pending.status).toBe(200);
    expect((pending.body.value as unknown[]).length).toBe(1);
  }, 10_000);

  it('shows a hundred people knocking at once in the pending list, each once, first asked first', async () => {
    const stack = await started();
    const { roomId } = await clinic(stack);
    const people = Array.from({ length: 100 }, (_, i) => userId(100 + i));
    const answers = await Promise.all(people.map((person, i) => as(stack, person).knock(roomId, `Patient ${i}`)));
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201));
    const pending = (await as(stack, PRESENTER).list(roomId)).body.value as Array<{ userId: string; order: number }>;
    expect(pending).toHaveLength(100);
    expect(new Set(pending.map((r) => r.userId))).toEqual(new Set(people));
    const orders = pending.map((r) => r.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(100);
    // Each knocker was answered with the place the list shows them in.
    for (const answer of answers) {
      expect(pending.find((r) => r.userId === answer.body.userId)?.order).toBe(answer.body.order);
    }
  });

  it('refuses knocks by nobody, on unknown rooms, by people on the roster, and too soon after a decline', async () => {
    const stack = await started();
    const { roomId } = await clinic(stack);
    const nobody = await as(stack, undefined).knock(roomId, 'Anonymous');
    expect(nobody.status).toBe(403);
    const unknown = await as(stack, KNOCKER).knock('99999999999999999', 'Sam');
    expect(unknown).toMatchObject({ status: 400, body: { error: { message: 'Invalid room ID.' } } });
    const member = await as(stack, ATTENDEE).knock(roomId, 'Already invited');
    expect(member).toMatchObject({ status: 409, body: { error: { target: 'room' } } });
    const nameless = await as(stack, KNOCKER).knock(roomId, '   ');
    expect(nameless).toMatchObject({
      status: 400,
      body: { error: { target: 'displayName', message: 'Enter your name.' } },
    });

    const asked = await as(stack, KNOCKER).knock(roomId, 'Sam');
    const declined = await as(stack, PRESENTER).decline(roomId, asked.body.id as string, 'Please book a new slot.');
    expect(declined.body).toMatchObject({
      status: 'declined',
      reason: 'Please book a new slot.',
      decidedBy: PRESENTER,
    });
    const again = await as(stack, KNOCKER).knock(roomId, 'Sam');
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe('Your request was declined. You can ask again in a moment.');
    expect(again.body.error?.details).toContainEqual({
      code: 'AskAgainAt',
      message: declined.body.askAgainAt,
      target: 'askAgainAt',
    });
  });

  it('answers 503 when the lobby is full', async () => {
    const stack = await started({ lobbyPolicy: { maxPending: 2 } });
    const { roomId } = await clinic(stack);
    expect((await as(stack, userId(20)).knock(roomId, 'One')).status).toBe(201);
    expect((await as(stack, userId(21)).knock(roomId, 'Two')).status).toBe(201);
    const third = await as(stack, userId(22)).knock(roomId, 'Three');
    expect(third.status).toBe(503);
  });
});

describe('who may see and answer a request', () => {
  it('lets the author read and withdraw their own request and tells anyone else it does not exist', async () => {
    const stack = await started();
    const { roomId } = await clinic(stack);
    const made = await as(stack, KNOCKER).knock(roomId, 'Sam Patel', 'I have the referral');
    const id = made.body.id as string;
    expect((await as(stack, KNOCKER).get(roomId, id)).body).toMatchObject({ id, message: 'I have the referral' });
    expect((await as(stack, PRESENTER).get(roomId, id)).status).toBe(200);
    for (const other of [ATTENDEE, CONSUMER, STRANGER, OTHER_PRESENTER]) {
      expect((await as(stack, other).get(roomId, id)).status, other).toBe(404);
      expect((await as(stack, other).cancel(roomId, id)).status, other).toBe(404);
    }
    expect((await as(stack, PRESENTER).cancel(roomId, id)).status).toBe(403);
    const withdrawn = await as(stack, KNOCKER).cancel(roomId, id);
    expect(withdrawn.body).toMatchObject({ id, status: 'cancelled' });
    expect((await as(stack, PRESENTER).list(roomId)).body.value).toEqual([]);
  });

  it('admits with the chosen role onto the roster, so the author can join at once', async () => {
    const stack = await started();
    const patient = await stack.handler.createUser('Priya Raman');
    const { roomId } = await clinic(stack);
    const made = await as(stack, patient.id).knock(roomId, 'Priya Raman');
    // Not on the roster, the room is not in their scope yet: it is answered as an unknown one.
    expect((await as(stack, patient.id).join(roomId)).status).toBe(400);
    const admitted = await as(stack, PRESENTER).admit(roomId, made.body.id as string, 'Consumer');
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({ status: 'admitted', role: 'Consumer', decidedBy: PRESENTER });
    expect((await as(stack, PRESENTER).roster(roomId))[patient.id]).toBe('Consumer');
    const joined = await as(stack, patient.id).join(roomId);
    expect(joined).toMatchObject({ status: 200, body: { userId: patient.id, role: 'Consumer' } });
    // Heard again (a retry), it stands; another role is refused.
    expect((await as(stack, PRESENTER).admit(roomId, made.body.id as string, 'Consumer')).status).toBe(200);
    expect((await as(stack, PRESENTER).admit(roomId, made.body.id as string, 'Presenter')).status).toBe(409);
    const second = await as(stack, KNOCKER).knock(roomId, 'Sam');
    const byDefault = await as(stack, PRESENTER).admit(roomId, second.body.id as string);
    expect(byDefault.body).toMatchObject({ status: 'admitted', role: 'Attendee' });
  });

  it('leaves the request pending and answers the failure when the roster write fails', async () => {
    let failRosterWrites = false;
    const failing: PipelinePolicy = {
      name: 'failRosterWrites',
      sendRequest: (request, next) => {
        if (failRosterWrites && request.method === 'PATCH' && new URL(request.url).pathname.endsWith('/participants')) {
          return Promise.reject(Object.assign(new Error('The service is busy.'), { statusCode: 503 }));
        }
        return next(request);
      },
    };
    const stack = await started((emulator) => ({
      roomsClient: new RoomsClient(emulator.connectionString, {
        allowInsecureConnection: true,
        retryOptions: { maxRetries: 0 },
        additionalPolicies: [{ policy: failing, position: 'perCall' }],
      }),
    }));
    const { roomId } = await clinic(stack);
    const made = await as(stack, KNOCKER).knock(roomId, 'Sam');
    failRosterWrites = true;
    const admitted = await as(stack, PRESENTER).admit(roomId, made.body.id as string);
    expect(admitted.status).toBeGreaterThanOrEqual(500);
    failRosterWrites = false;
    expect((await as(stack, PRESENTER).list(roomId)).body.value).toMatchObject([
      { id: made.body.id, status: 'pending' },
    ]);
    expect((await as(stack, PRESENTER).roster(roomId))[KNOCKER]).toBeUndefined();
    expect((await as(stack, PRESENTER).admit(roomId, made.body.id as string)).body).toMatchObject({
      status: 'admitted',
    });
  });
});

describe('the lobby on the event stream', () => {
  it('tells the author about their request and nobody else on the roster, and everyone how many wait', async () => {
    const stack = await started();
    const { roomId } = await clinic(stack);
    const open = async (who: string) => {
      const stream = await openEventStream(`${stack.baseUrl}/events`, { headers: { 'x-participant': who } });
      streams.push(stream);
      return stream;
    };
    const [author, attendee, presenter] = await Promise.all([open(KNOCKER), open(ATTENDEE), open(PRESENTER)]);
    const made = await as(stack, KNOCKER).knock(roomId, 'Sam Patel', 'Running late');
    await author.until((m) => ofType(m, 'joinRequestUpdated').length === 1);
    for (const stream of [attendee, presenter]) {
      await stream.until((m) => ofType(m, 'lobbyChanged').length === 1);
    }
    expect(ofType(attendee.messages, 'lobbyChanged')[0]?.data).toEqual({
      type: 'lobbyChanged',
      roomId,
      pendingCount: 1,
    });

    await as(stack, PRESENTER).admit(roomId, made.body.id as string, 'Attendee');
    const heard = await author.until((m) => ofType(m, 'joinRequestUpdated').length === 2);
    expect(ofType(heard, 'joinRequestUpdated')[1]?.data).toMatchObject({
      type: 'joinRequestUpdated',
      roomId,
      request: { id: made.body.id, status: 'admitted', role: 'Attendee', decidedBy: PRESENTER },
    });
    // The admission's events go out together, the request's before the count: once the roster has heard the
    // count, it would have heard the request too.
    for (const stream of [attendee, presenter]) {
      await stream.until((m) => ofType(m, 'lobbyChanged').length === 2);
      expect(ofType(stream.messages, 'joinRequestUpdated')).toEqual([]);
      expect(JSON.stringify(stream.messages)).not.toContain('Running late');
    }
    expect(ofType(attendee.messages, 'lobbyChanged')[1]?.data).toMatchObject({ pendingCount: 0 });
    // Admitted, the author is on the roster: they hear the room's events from now on.
    await author.until((m) => ofType(m, 'participantsChanged').length === 1);
  });
});
