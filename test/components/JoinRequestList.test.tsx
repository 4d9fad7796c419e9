// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryRoomsAdapter, makeUserId, type InMemoryRoomsAdapter } from '../../src/adapter/inMemory';
import type { RoomsAdapter } from '../../src/adapter/types';
import { JoinRequestList } from '../../src/components/JoinRequestList';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const S = EN_STRINGS.lobby.joinRequestList;
const ROOM = '26785744039220182';
const T0 = new Date('2026-12-02T08:00:00Z');
const DOCTOR = makeUserId(0, 12);
const PATIENT = makeUserId(1, 12);
const knocker = (i: number): string => makeUserId(100 + i, 12);

function backend(now: () => Date, currentUser = DOCTOR): InMemoryRoomsAdapter {
  return createInMemoryRoomsAdapter({
    now,
    currentUser,
    people: [
      { id: DOCTOR, displayName: 'Dr. Amara Okafor' },
      { id: PATIENT, displayName: 'Priya Raman' },
    ],
    rooms: [
      {
        room: { id: ROOM, validFrom: T0, validUntil: new Date(T0.getTime() + 3_600_000) },
        participants: [
          { id: DOCTOR, role: 'Presenter' },
          { id: PATIENT, role: 'Attendee' },
        ],
      },
    ],
  });
}

function renderWith(ui: ReactElement, now: () => Date) {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="Europe/Berlin" now={now}>
        {ui}
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { ...result, user };
}

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const rowOf = (name: string): HTMLElement => {
  const row = screen.getByText(name).closest('li');
  if (!row) throw new Error(`${name} has no row`);
  return row;
};
const listCalls = (adapter: InMemoryRoomsAdapter): number =>
  adapter.calls.filter((c) => c.operation === 'listJoinRequests').length;

describe('JoinRequestList', () => {
  it('lists requests first asked first, with name, message and wait, and follows new ones as they knock', async () => {
    let t = T0;
    const now = () => t;
    const adapter = backend(now);
    adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel', message: 'I am the patient’s son.' });
    t = new Date(T0.getTime() + 3 * 60_000);
    adapter.knockAs(ROOM, knocker(2), { displayName: 'Lena Fischer' });
    t = new Date(T0.getTime() + 5 * 60_000);
    const { container } = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} />, now);

    const region = await screen.findByRole('region', { name: 'Asking to join (2)' });
    const items = within(region).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Sam Patel');
    expect(items[0]).toHaveTextContent('I am the patient’s son.');
    expect(items[0]).toHaveTextContent('Waiting 5 min');
    expect(items[1]).toHaveTextContent('Lena Fischer');
    expect(items[1]).toHaveTextContent('Waiting 2 min');
    expect(container).not.toHaveTextContent('8:acs:');
    await expectNoAxeViolations(container);

    act(() => void adapter.knockAs(ROOM, knocker(3), { displayName: 'Kofi Mensah' }));
    expect(await screen.findByRole('region', { name: 'Asking to join (3)' })).toBeInTheDocument();
    expect(within(region).getAllByRole('listitem')[2]).toHaveTextContent('Kofi Mensah');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Kofi Mensah is asking to join'));
  });

  it('admits with the role chosen in the row, announces it and tells the host', async () => {
    const now = () => T0;
    const adapter = backend(now);
    const request = adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel' });
    const onAdmitted = vi.fn();
    const { user } = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} onAdmitted={onAdmitted} />, now);
    await screen.findByText('Sam Patel');
    // The picker starts at Attendee and shows what each role may do.
    const picker = screen.getByRole('combobox', { name: 'Role for Sam Patel' });
    expect(picker).toHaveTextContent(EN_STRINGS.organisers.roles.Attendee.name);
    await user.click(picker);
    await user.click(await screen.findByRole('option', { name: /Consumer/ }));
    await user.click(screen.getByRole('button', { name: 'Admit Sam Patel as a Consumer' }));

    await waitFor(() => expect(onAdmitted).toHaveBeenCalledTimes(1));
    expect(onAdmitted.mock.calls[0]?.[0]).toMatchObject({ id: request.id, status: 'admitted', role: 'Consumer' });
    expect(await screen.findByText(S.empty)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sam Patel admitted as a Consumer');
    const roster = await adapter.listParticipants(ROOM);
    expect(roster.items).toContainEqual({ id: knocker(1), role: 'Consumer' });
  });

  it('declines with a reason through a dialog, showing the row pending until the backend answers', async () => {
    const now = () => T0;
    const adapter = backend(now);
    adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel' });
    const onDeclined = vi.fn();
    let release!: () => void;
    const held: RoomsAdapter = {
      ...adapter,
      features: adapter.features,
      listJoinRequests: adapter.listJoinRequests.bind(adapter),
      subscribe: adapter.subscribe.bind(adapter),
      declineJoinRequest: async (...args) => {
        await new Promise<void>((resolve) => (release = resolve));
        return adapter.declineJoinRequest(...args);
      },
    };
    const { user } = renderWith(<JoinRequestList adapter={held} roomId={ROOM} onDeclined={onDeclined} />, now);
    await user.click(await screen.findByRole('button', { name: 'Decline Sam Patel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline Sam Patel?' });
    await user.type(
      await within(dialog).findByRole('textbox', { name: S.reasonLabel }),
      'Please use your own invitation.',
    );
    expect(dialog).toHaveTextContent('31 of 500 characters');
    await user.click(within(dialog).getByRole('button', { name: S.declineConfirm }));
    await waitFor(() => expect(rowOf('Sam Patel')).toHaveAttribute('data-pending', 'decline'));
    expect(within(dialog).getByRole('button', { name: S.declining })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => release());
    await waitFor(() => expect(onDeclined).toHaveBeenCalledTimes(1));
    expect(onDeclined.mock.calls[0]?.[0]).toMatchObject({
      status: 'declined',
      reason: 'Please use your own invitation.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The dialog's focus trap gives the page back to assistive technology once it has gone.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sam Patel declined'));
    expect(screen.queryByText('Sam Patel')).not.toBeInTheDocument();
  });

  it('leaves a row as it was, with a message, when admitting fails', async () => {
    const now = () => T0;
    const adapter = backend(now);
    adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel' });
    const { user } = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} />, now);
    await screen.findByText('Sam Patel');
    adapter.faults.failNext('unavailable', { operation: 'admitJoinRequest' });
    await user.click(screen.getByRole('button', { name: 'Admit Sam Patel as an Attendee' }));
    expect(
      await within(rowOf('Sam Patel')).findByText(`Couldn’t admit Sam Patel. ${EN_STRINGS.errors.unavailable}`),
    ).toBeInTheDocument();
    expect(rowOf('Sam Patel')).not.toHaveAttribute('data-pending');
    // It works the second time.
    await user.click(screen.getByRole('button', { name: 'Admit Sam Patel as an Attendee' }));
    expect(await screen.findByText(S.empty)).toBeInTheDocument();
  });

  it('says what became of a request answered elsewhere meanwhile', async () => {
    const now = () => T0;
    const adapter = backend(now);
    const request = adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel' });
    const stale: RoomsAdapter = { ...adapter, features: adapter.features, subscribe: undefined };
    stale.listJoinRequests = adapter.listJoinRequests.bind(adapter);
    stale.admitJoinRequest = adapter.admitJoinRequest.bind(adapter);
    const { user } = renderWith(<JoinRequestList adapter={stale} roomId={ROOM} />, now);
    await screen.findByText('Sam Patel');
    adapter.declineAs(ROOM, request.id, DOCTOR);
    await user.click(screen.getByRole('button', { name: 'Admit Sam Patel as an Attendee' }));
    expect(await screen.findByText(`Couldn’t admit Sam Patel. ${S.answeredElsewhere}`)).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('makes one read, not a hundred, when a hundred people knock at once, and lists them all in order', async () => {
    const now = () => T0;
    const adapter = backend(now);
    renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} />, now);
    await screen.findByText(S.empty);
    const before = listCalls(adapter);
    act(() => {
      for (let i = 0; i < 100; i++) adapter.knockAs(ROOM, knocker(i), { displayName: `Guest ${i + 1}` });
    });
    const region = await screen.findByRole('region', { name: 'Asking to join (100)' });
    const names = within(region)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('[dir="auto"]')?.textContent);
    expect(names).toEqual(Array.from({ length: 100 }, (_, i) => `Guest ${i + 1}`));
    expect(listCalls(adapter) - before).toBeLessThanOrEqual(1);
  });

  it('reads again on a resync', async () => {
    const now = () => T0;
    const adapter = backend(now);
    const listeners = new Set<(e: Parameters<Parameters<RoomsAdapter['subscribe'] & object>[1]>[0]) => void>();
    const wrapped: RoomsAdapter = {
      ...adapter,
      features: adapter.features,
      listJoinRequests: adapter.listJoinRequests.bind(adapter),
      subscribe: (roomId, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    renderWith(<JoinRequestList adapter={wrapped} roomId={ROOM} />, now);
    await screen.findByText(S.empty);
    adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel' });
    expect(screen.queryByText('Sam Patel')).not.toBeInTheDocument();
    act(() => listeners.forEach((l) => l({ type: 'resync', roomId: ROOM })));
    expect(await screen.findByText('Sam Patel')).toBeInTheDocument();
  });

  it('renders nothing for someone who may not admit, and nothing without a lobby', async () => {
    const now = () => T0;
    const adapter = backend(now, PATIENT);
    const { container } = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} />, now);
    await waitFor(() => expect(listCalls(adapter)).toBe(1));
    await waitFor(() => expect(container.querySelector('.rk-JoinRequestList')).toBeNull());
    const none = { ...adapter, features: { ...adapter.features, lobby: false } };
    const second = renderWith(<JoinRequestList adapter={none} roomId={ROOM} />, now);
    expect(second.container.querySelector('.rk-JoinRequestList')).toBeNull();
  });

  it('asks once for someone who may not admit, however many knock; made a Presenter, they see who waits', async () => {
    const now = () => T0;
    const adapter = backend(now, PATIENT);
    const { container } = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} />, now);
    await waitFor(() => expect(listCalls(adapter)).toBe(1));
    await waitFor(() => expect(container.querySelector('.rk-JoinRequestList')).toBeNull());
    // Each knock is a lobby event; none of them makes the refused list readable, so none is asked for again.
    adapter.knockAs(ROOM, knocker(1), { displayName: 'Sam Patel' });
    adapter.knockAs(ROOM, knocker(2), { displayName: 'Lena Fischer' });
    await act(async () => {
      await Promise.resolve();
    });
    expect(listCalls(adapter)).toBe(1);
    // A change of the roster may give them a role that admits people: the list is read again, and shows.
    await act(() => adapter.upsertParticipants(ROOM, [{ id: PATIENT, role: 'Presenter' }]));
    expect(await screen.findByText('Sam Patel')).toBeInTheDocument();
    expect(screen.getByText('Lena Fischer')).toBeInTheDocument();
    expect(listCalls(adapter)).toBe(2);
  });

  it('says nobody is waiting, or renders nothing with hideWhenEmpty; a failing backend offers Retry', async () => {
    const now = () => T0;
    const adapter = backend(now);
    const { user, unmount } = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} />, now);
    expect(await screen.findByText(S.empty)).toBeInTheDocument();
    unmount();
    const hidden = renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} hideWhenEmpty />, now);
    await waitFor(() => expect(listCalls(adapter)).toBe(2));
    expect(hidden.container.querySelector('.rk-JoinRequestList')).toBeNull();
    hidden.unmount();

    adapter.faults.failNext('network', { operation: 'listJoinRequests' });
    renderWith(<JoinRequestList adapter={adapter} roomId={ROOM} heading="People at the door" />, now);
    expect(await screen.findByText(S.loadFailed)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: EN_STRINGS.common.retry }));
    expect(await screen.findByRole('region', { name: 'People at the door' })).toHaveTextContent(S.empty);
  });
});
