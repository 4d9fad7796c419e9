/**
 * Room details through the whole stack (HTTP adapter → handler → record store, local Rooms service): they round
 * trip, bad ones are refused with the in-memory backend's words and make nothing, every answer carries a version and
 * an ETag, and a save made against an old version is refused as a conflict and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpRoomsAdapter } from '../../src/adapter/http';
import { collectAll } from '../../src/adapter/paging';
import { validateRoomDetails } from '../../src/core/roomDetails';
import { isRoomsError, type RoomsError } from '../../src/core/errors';
import { BASE_PATH, startStack, userId, type Stack } from './stack';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const DOCTOR = userId(1);
const NURSE = userId(2);

/** A stack whose signed-in user is named by the `x-test-user` header each adapter sends. */
async function started(): Promise<Stack> {
  stack = await startStack({
    handler: { currentUser: (request) => request.headers['x-test-user'] as string | undefined },
    adapter: { headers: { 'x-test-user': DOCTOR } },
  });
  return stack;
}

function adapterAs(s: Stack, user: string) {
  return createHttpRoomsAdapter({ baseUrl: s.baseUrl, retryDelayMs: 1, headers: { 'x-test-user': user } });
}

async function rejection(promise: Promise<unknown>): Promise<RoomsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isRoomsError(error), 'the call rejects with a RoomsError').toBe(true);
  return error as RoomsError;
}

async function serviceRoomIds(s: Stack): Promise<string[]> {
  const ids: string[] = [];
  for await (const room of s.handler.roomsClient.listRooms()) ids.push(room.id);
  return ids;
}

const HOUR = 3_600_000;
const tomorrow = (hours: number) => new Date(Math.floor(Date.now() / 1000) * 1000 + 24 * HOUR + hours * HOUR);

describe('room details through the HTTP adapter', () => {
  it('keeps title, zone, notes and reference, names the organiser, and clears a detail given as null', async () => {
    const s = await started();
    const created = await s.adapter.createRoom({
      subject: '  Follow-up: Priya Raman ',
      timeZone: 'Europe/Berlin',
      description: 'Bring the latest blood results.\nFasting is not needed.',
      reference: 'APPT-2026-0142',
      validFrom: tomorrow(0),
      validUntil: tomorrow(0.5),
    });
    expect(created).toMatchObject({
      subject: 'Follow-up: Priya Raman',
      timeZone: 'Europe/Berlin',
      description: 'Bring the latest blood results.\nFasting is not needed.',
      reference: 'APPT-2026-0142',
      organizerId: DOCTOR,
      updatedBy: DOCTOR,
      version: '1',
    });
    expect(await s.adapter.getRoom(created.id)).toEqual(created);
    const [listed] = (await s.adapter.listRooms()).items;
    expect(listed).toMatchObject({ subject: 'Follow-up: Priya Raman', timeZone: 'Europe/Berlin', version: '1' });

    const nurse = adapterAs(s, NURSE);
    const renamed = await nurse.updateRoom(created.id, { subject: 'Follow-up: Priya R.', description: null });
    expect(renamed).toMatchObject({ subject: 'Follow-up: Priya R.', updatedBy: NURSE, organizerId: DOCTOR });
    expect(renamed.description).toBeUndefined();
    expect(renamed.version).not.toBe(created.version);
    expect(renamed.updatedAt!.getTime()).toBeGreaterThanOrEqual(created.updatedAt!.getTime());
    // The window and the rest of the details stay as they were.
    expect(renamed).toMatchObject({
      timeZone: 'Europe/Berlin',
      reference: 'APPT-2026-0142',
      validFrom: created.validFrom,
      validUntil: created.validUntil,
    });
    expect(await s.adapter.getRoom(created.id)).toEqual(renamed);
  });

  it('takes the organiser from the signed-in user, never from the body', async () => {
    const s = await started();
    for (const field of ['organizerId', 'tenantId', 'version', 'updatedBy']) {
      const answer = await fetch(`${s.baseUrl}/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-user': NURSE },
        body: JSON.stringify({ subject: 'Mine now', [field]: DOCTOR }),
      });
      expect(answer.status, field).toBe(400);
      expect(await answer.json()).toMatchObject({ error: { target: field } });
    }
    expect(await serviceRoomIds(s)).toEqual([]);
    expect((await adapterAs(s, NURSE).createRoom({ subject: 'Mine' })).organizerId).toBe(NURSE);
  });

  it('answers every room with its version as ETag', async () => {
    const s = await started();
    const room = await s.adapter.createRoom({ subject: 'Physiotherapy review' });
    const answer = await fetch(`${s.baseUrl}/rooms/${room.id}`);
    expect(answer.headers.get('etag')).toBe(`"${room.version}"`);
    expect(((await answer.json()) as { version: string }).version).toBe(room.version);
  });

  it.each([
    ['an empty title', { subject: '' }, 'subject'],
    ['a 500-character title', { subject: 'x'.repeat(500) }, 'subject'],
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  ])(
    'refuses a create with %s (validation, its field), with the in-memory backend’s words, and makes nothing',
    async (_label, details, target) => {
      const s = await started();
      const error = await rejection(s.adapter.createRoom(details));
      expect(error).toMatchObject({ code: 'validation', target });
      expect(error.message).toBe(validateRoomDetails(details)[0]?.message);
      expect(await serviceRoomIds(s)).toEqual([]);
      expect((await s.adapter.listRooms()).items).toEqual([]);
    },
  );

  it.each([
    ['an empty title', { subject: '  ' }, 'subject'],
    ['a 500-character title', { subject: 'x'.repeat(500) }, 'subject'],
    ['an unknown zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
  ])('refuses an update with %s (validation, its field) and changes nothing', async (_label, details, target) => {
    const s = await started();
    const room = await s.adapter.createRoom({ subject: 'Physiotherapy review', timeZone: 'Asia/Kolkata' });
    const error = await rejection(s.adapter.updateRoom(room.id, { ...details, validUntil: tomorrow(3) }));
    expect(error).toMatchObject({ code: 'validation', target });
    expect(await s.adapter.getRoom(room.id)).toEqual(room);
  });
});

describe('two people editing one room', () => {
  it('refuses the second save made against the old version (conflict, version) and changes nothing', async () => {
    const s = await started();
    const doctor = adapterAs(s, DOCTOR);
    const nurse = adapterAs(s, NURSE);
    const room = await doctor.createRoom({ subject: 'Consultation', validFrom: tomorrow(0), validUntil: tomorrow(1) });
    const seenByNurse = await nurse.getRoom(room.id);

    const saved = await doctor.updateRoom(room.id, { subject: 'Consultation: results' }, { ifMatch: room.version });
    const error = await rejection(
      nurse.updateRoom(
        room.id,
        { subject: 'Consultation (moved)', validUntil: tomorrow(2) },
        { ifMatch: seenByNurse.version },
      ),
    );
    expect(error).toMatchObject({ code: 'conflict', target: 'version', status: 412 });
    expect(error.message).toMatch(/changed this room/);

    // Neither the title nor the window moved: the service was not asked.
    expect(await nurse.getRoom(room.id)).toEqual(saved);
    expect((await s.handler.roomsClient.getRoom(room.id)).validUntil).toEqual(room.validUntil);
    // With the current version, the nurse's save goes through.
    const again = await nurse.updateRoom(room.id, { subject: 'Consultation (moved)' }, { ifMatch: saved.version });
    expect(again).toMatchObject({ subject: 'Consultation (moved)', updatedBy: NURSE });
  });

  it('lets exactly one of two saves made at once against the same version through', async () => {
    const s = await started();
    const room = await s.adapter.createRoom({ subject: 'Consultation' });
    const results = await Promise.allSettled(
      [DOCTOR, NURSE].map((who) =>
        adapterAs(s, who).updateRoom(room.id, { subject: `Saved by ${who}` }, { ifMatch: room.version }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as RoomsError).code)).toEqual(['conflict']);
    expect((await s.adapter.getRoom(room.id)).subject).toBe(
      (won[0] as PromiseFulfilledResult<{ subject?: string }>).value.subject,
    );
  });

  it('answers If-Match on a delete too: an old version deletes nothing', async () => {
    const s = await started();
    const room = await s.adapter.createRoom({ subject: 'Consultation' });
    await s.adapter.updateRoom(room.id, { subject: 'Consultation: results' });
    const refused = await fetch(`${s.origin}${BASE_PATH}/rooms/${room.id}`, {
      method: 'DELETE',
      headers: { 'if-match': `"${room.version}"` },
    });
    expect(refused.status).toBe(412);
    expect(await refused.json()).toMatchObject({ error: { code: 'PreconditionFailed', target: 'version' } });
    expect((await collectAll((o) => s.adapter.listRooms(o))).map((r) => r.id)).toEqual([room.id]);
  });
});
