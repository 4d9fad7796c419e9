/**
 * `GET /rooms/{id}/join`: a page opened from a join link asks whether the signed-in person may join before asking to
 * join, so someone not on the list is offered knocking without a refused request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRoomsAdapter } from '../../src/adapter/http';
import { as, ATTENDEE, clinic, CONSUMER, lobbyStack, STRANGER } from './lobbyStack';
import type { Stack } from './stack';

let stack: Stack;
let roomId: string;

beforeAll(async () => {
  stack = await lobbyStack();
  ({ roomId } = await clinic(stack));
});
afterAll(async () => {
  await stack.close();
});

describe('the join standing', () => {
  it('answers a roster member with their role, and issues no token', async () => {
    const answer = await as(stack, CONSUMER).call('GET', `/rooms/${roomId}/join`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ roomId, userId: CONSUMER, invited: true, role: 'Consumer' });
  });

  it('answers, rather than refuses, someone outside the roster and every scope of the room', async () => {
    const answer = await as(stack, STRANGER).call('GET', `/rooms/${roomId}/join`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ roomId, userId: STRANGER, invited: false });
    // Joining is still refused for them: the standing changes nothing.
    expect((await as(stack, STRANGER).join(roomId)).status).not.toBe(200);
  });

  it('needs someone signed in, and a room that exists', async () => {
    const nobody = await as(stack, undefined).call('GET', `/rooms/${roomId}/join`);
    expect(nobody.status).toBe(400);
    expect(nobody.body.error?.target).toBe('userId');
    const unknown = await as(stack, ATTENDEE).call('GET', '/rooms/99999999999999999/join');
    expect(unknown.status).toBe(400);
  });

  it('reaches the browser through the HTTP adapter as a role or none', async () => {
    const adapterAs = (user: string) =>
      createHttpRoomsAdapter({
        baseUrl: stack.baseUrl,
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: { ...Object.fromEntries(new Headers(init?.headers)), 'x-test-user': user },
          }),
      });
    await expect(adapterAs(ATTENDEE).getJoinStanding(roomId)).resolves.toEqual({
      roomId,
      userId: ATTENDEE,
      role: 'Attendee',
    });
    await expect(adapterAs(STRANGER).getJoinStanding(roomId)).resolves.toEqual({
      roomId,
      userId: STRANGER,
      role: undefined,
    });
  });
});
