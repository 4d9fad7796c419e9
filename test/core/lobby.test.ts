import { describe, expect, it } from 'vitest';
import {
  applyLobbyAction,
  emptyLobby,
  joinRequestToJson,
  latestJoinRequestOf,
  lobbyStateToJson,
  pendingJoinRequests,
  readJoinRequest,
  readLobbyState,
  roleCanAdmit,
  type LobbyAction,
  type LobbyContext,
  type LobbyOutcome,
  type LobbyState,
} from '../../src/core/lobby';

const T0 = new Date('2026-12-02T17:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number): LobbyContext => ({ at: new Date(T0.getTime() + minutes * MINUTE) });

function ok(outcome: LobbyOutcome): Extract<LobbyOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`);
  return outcome;
}

function run(state: LobbyState, actions: LobbyAction[], context: LobbyContext = at(0)): LobbyState {
  return actions.reduce((s, action) => ok(applyLobbyAction(s, action, context)).state, state);
}

const knock = (requestId: string, userId: string, displayName = userId): LobbyAction => ({
  type: 'request',
  requestId,
  userId,
  displayName,
});

describe('the lobby’s rules', () => {
  it('lets presenters admit and nobody else, by capability', () => {
    expect(roleCanAdmit('Presenter')).toBe(true);
    for (const role of ['Attendee', 'Consumer', 'Collaborator'] as const) expect(roleCanAdmit(role)).toBe(false);
    expect(roleCanAdmit(undefined)).toBe(false);
  });

  it('keeps one pending request however often one person asks', () => {
    let lobby = emptyLobby('r1');
    lobby = run(lobby, [knock('q1', 'sam')]);
    for (let i = 0; i < 1000; i++) {
      const outcome = ok(applyLobbyAction(lobby, knock(`flood-${i}`, 'sam'), at(i / 1000)));
      expect(outcome.changed).toBe(false);
      expect(outcome.request?.id).toBe('q1');
      lobby = outcome.state;
    }
    expect(pendingJoinRequests(lobby, at(1).at).map((r) => r.id)).toEqual(['q1']);
  });

  it('lists many people knocking at once in the order they asked', () => {
    const lobby = run(
      emptyLobby('r1'),
      Array.from({ length: 100 }, (_, i) => knock(`q${i}`, `user-${i}`)),
    );
    expect(pendingJoinRequests(lobby, at(0).at).map((r) => r.userId)).toEqual(
      Array.from({ length: 100 }, (_, i) => `user-${i}`),
    );
  });

  it('admits with a role and who admitted, and a retried admit changes nothing', () => {
    const lobby = run(emptyLobby('r1'), [knock('q1', 'sam')]);
    const admit: LobbyAction = {
      type: 'admit',
      requestId: 'q1',
      by: 'okafor',
      byName: ' Dr. Okafor ',
      role: 'Consumer',
    };
    const admitted = ok(applyLobbyAction(lobby, admit, at(1)));
    expect(admitted.request).toMatchObject({
      status: 'admitted',
      role: 'Consumer',
      decidedBy: 'okafor',
      decidedByName: 'Dr. Okafor',
    });
    expect(admitted.updated).toHaveLength(1);
    expect(ok(applyLobbyAction(admitted.state, admit, at(2))).changed).toBe(false);
    const other = applyLobbyAction(admitted.state, { ...admit, role: 'Presenter' }, at(2));
    expect(!other.ok && other.refusal.code).toBe('conflict');
    const bad = applyLobbyAction(lobby, { ...admit, role: 'Boss' as never }, at(1));
    expect(!bad.ok && bad.refusal).toMatchObject({ code: 'validation', target: 'role' });
  });

  it('makes a declined person wait before asking again, then takes a new request', () => {
    let lobby = run(emptyLobby('r1'), [knock('q1', 'sam')]);
    lobby = run(lobby, [{ type: 'decline', requestId: 'q1', by: 'okafor', reason: 'Book a slot' }], at(1));
    expect(latestJoinRequestOf(lobby, 'sam')).toMatchObject({ status: 'declined', reason: 'Book a slot' });
    const tooSoon = applyLobbyAction(lobby, knock('q2', 'sam'), at(1.5));
    expect(!tooSoon.ok && tooSoon.refusal).toMatchObject({
      code: 'conflict',
      target: 'requestId',
      askAgainAt: at(2).at,
    });
    const later = ok(applyLobbyAction(lobby, knock('q2', 'sam'), at(2)));
    expect(later.request).toMatchObject({ id: 'q2', status: 'pending' });
  });

  it('refuses more pending requests than the room holds', () => {
    const policy = { maxPending: 2 };
    const lobby = run(emptyLobby('r1'), [knock('a', 'a'), knock('b', 'b')], { ...at(0), policy });
    const third = applyLobbyAction(lobby, knock('c', 'c'), { ...at(0), policy });
    expect(!third.ok && third.refusal).toMatchObject({ code: 'unavailable', target: 'room' });
  });

  it('expires unanswered requests, which can then no longer be admitted', () => {
    const lobby = run(emptyLobby('r1'), [knock('q1', 'sam')]);
    expect(pendingJoinRequests(lobby, at(10).at)).toEqual([]);
    const expired = ok(applyLobbyAction(lobby, { type: 'expire' }, at(10)));
    expect(expired.updated).toEqual([expect.objectContaining({ id: 'q1', status: 'expired' })]);
    const admit = applyLobbyAction(
      expired.state,
      { type: 'admit', requestId: 'q1', by: 'o', role: 'Attendee' },
      at(11),
    );
    expect(!admit.ok && admit.refusal.code).toBe('conflict');
    // An expired request no longer holds the person's place: they may ask again.
    expect(ok(applyLobbyAction(expired.state, knock('q2', 'sam'), at(11))).request?.status).toBe('pending');
  });

  it('closes every pending request when the room closes and refuses new ones until it reopens', () => {
    const lobby = run(emptyLobby('r1'), [knock('q1', 'sam'), knock('q2', 'lee')]);
    const closed = ok(applyLobbyAction(lobby, { type: 'close' }, at(1)));
    expect(closed.updated.map((r) => r.status)).toEqual(['closed', 'closed']);
    expect(closed.state.closedAt).toEqual(at(1).at);
    const refused = applyLobbyAction(closed.state, knock('q3', 'kim'), at(2));
    expect(!refused.ok && refused.refusal).toMatchObject({ code: 'conflict', target: 'room' });
    const reopened = run(closed.state, [{ type: 'reopen' }], at(3));
    expect(ok(applyLobbyAction(reopened, knock('q3', 'kim'), at(3))).request?.status).toBe('pending');
  });

  it('lets only the author withdraw a request', () => {
    const lobby = run(emptyLobby('r1'), [knock('q1', 'sam')]);
    const stranger = applyLobbyAction(lobby, { type: 'cancel', requestId: 'q1', userId: 'lee' }, at(1));
    expect(!stranger.ok && stranger.refusal.code).toBe('forbidden');
    expect(ok(applyLobbyAction(lobby, { type: 'cancel', requestId: 'q1', userId: 'sam' }, at(1))).request?.status).toBe(
      'cancelled',
    );
  });

  it('checks names and messages and drops control characters', () => {
    const blank = applyLobbyAction(emptyLobby('r1'), knock('q1', 'sam', '   '), at(0));
    expect(!blank.ok && blank.refusal).toMatchObject({ code: 'validation', target: 'displayName' });
    const long = applyLobbyAction(
      emptyLobby('r1'),
      { ...knock('q1', 'sam', 'Sam'), message: 'x'.repeat(501) } as LobbyAction,
      at(0),
    );
    expect(!long.ok && long.refusal.target).toBe('message');
    const clean = ok(applyLobbyAction(emptyLobby('r1'), knock('q1', 'sam', 'Sam\u0007 Patel'), at(0)));
    expect(clean.request?.displayName).toBe('Sam  Patel');
  });

  it('round-trips requests and lobbies through JSON', () => {
    const lobby = run(emptyLobby('r1'), [knock('q1', 'sam'), { type: 'decline', requestId: 'q1', by: 'o' }], at(0));
    expect(readLobbyState(JSON.parse(JSON.stringify(lobbyStateToJson(lobby))))).toEqual(lobby);
    const request = lobby.requests[0];
    if (!request) throw new Error('no request');
    expect(readJoinRequest(JSON.parse(JSON.stringify(joinRequestToJson(request))))).toEqual(request);
    expect(() => readJoinRequest({ id: 'q1' })).toThrow(/not a request/);
  });
});
