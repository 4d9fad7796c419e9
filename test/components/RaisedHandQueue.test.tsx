// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RaisedHandQueue, type InvitedSpeaker, type RaisedHand } from '../../src/components/RaisedHandQueue';
import { RoomsError } from '../../src/core/errors';
import { RoomsKitProvider } from '../../src/provider';
import { EN_STRINGS } from '../../src/strings';

const S = EN_STRINGS.lobby.raisedHandQueue;
const T0 = new Date('2026-12-02T09:00:00Z');
const minutes = (m: number): Date => new Date(T0.getTime() + m * 60_000);

const HANDS: RaisedHand[] = [
  { userId: '8:acs:r1_sam', displayName: 'Sam Patel', raisedAt: minutes(0), role: 'Consumer' },
  { userId: '8:acs:r1_noor', displayName: 'Noor Aziz', raisedAt: minutes(3), role: 'Attendee' },
  { userId: '8:acs:r1_lena', displayName: 'Lena Fischer', raisedAt: minutes(6), role: 'Collaborator' },
];
const SPEAKERS: InvitedSpeaker[] = [
  { userId: '8:acs:r1_kofi', displayName: 'Kofi Mensah', role: 'Attendee', previousRole: 'Consumer' },
];

function renderWith(ui: ReactElement, now: () => Date = () => minutes(7)) {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <RoomsKitProvider locale="en-US" timeZone="UTC" now={now}>
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

/** A promise the test settles. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('RaisedHandQueue', () => {
  it('lists hands in queue order with their place and how long each has waited, by name', async () => {
    const { container } = renderWith(<RaisedHandQueue hands={HANDS} viewerRole="Presenter" />);
    const section = screen.getByRole('region', { name: 'Raised hands (3)' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByText(/Sam|Noor|Lena/).textContent)).toEqual([
      'Sam Patel',
      'Noor Aziz',
      'Lena Fischer',
    ]);
    expect(items[0]).toHaveTextContent('Position 1');
    expect(items[0]).toHaveTextContent('Waiting 7 min');
    expect(items[2]).toHaveTextContent('Waiting 1 min');
    expect(container).not.toHaveTextContent('8:acs:');
    await expectNoAxeViolations(container);
  });

  it('updates waiting times once a minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let t = minutes(7);
      renderWith(<RaisedHandQueue hands={HANDS.slice(0, 1)} />, () => t);
      expect(rowOf('Sam Patel')).toHaveTextContent('Waiting 7 min');
      t = minutes(9);
      act(() => vi.advanceTimersByTime(60_000));
      expect(rowOf('Sam Patel')).toHaveTextContent('Waiting 9 min');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lowers one hand and invites a listener to speak, showing each row pending and announcing the outcome', async () => {
    const lower = deferred();
    const onLowerHand = vi.fn(() => lower.promise);
    const onInviteToSpeak = vi.fn(() => Promise.resolve());
    const { user } = renderWith(
      <RaisedHandQueue
        hands={HANDS}
        viewerRole="Presenter"
        onLowerHand={onLowerHand}
        onInviteToSpeak={onInviteToSpeak}
        onLowerAllHands={() => undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Lower the hand of Noor Aziz' }));
    expect(onLowerHand).toHaveBeenCalledWith('8:acs:r1_noor');
    expect(rowOf('Noor Aziz')).toHaveAttribute('data-pending');
    expect(rowOf('Noor Aziz')).toHaveTextContent(S.pending);
    await act(async () => lower.resolve());
    await waitFor(() => expect(rowOf('Noor Aziz')).not.toHaveAttribute('data-pending'));
    expect(screen.getByRole('status')).toHaveTextContent('The hand of Noor Aziz was lowered.');

    expect(within(rowOf('Sam Patel')).getByText('Becomes Attendee')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Invite to speak: Sam Patel' }));
    expect(onInviteToSpeak).toHaveBeenCalledWith('8:acs:r1_sam');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sam Patel can speak now, as Attendee.'));
  });

  it('keeps Invite to speak off, with the reason, for someone who can already speak and share', async () => {
    const onInviteToSpeak = vi.fn();
    const { user } = renderWith(
      <RaisedHandQueue hands={HANDS} viewerRole="Presenter" onInviteToSpeak={onInviteToSpeak} />,
    );
    const invite = screen.getByRole('button', { name: 'Invite to speak: Lena Fischer' });
    expect(invite).toHaveAttribute('aria-disabled', 'true');
    expect(invite).toHaveAccessibleDescription('Lena Fischer can already speak and share.');
    invite.focus();
    await user.keyboard('{Enter}');
    expect(onInviteToSpeak).not.toHaveBeenCalled();
  });

  it('turns every control off for a viewer whose role lacks the capability, saying why', async () => {
    const { container } = renderWith(
      <RaisedHandQueue
        hands={HANDS}
        speakers={SPEAKERS}
        viewerRole="Attendee"
        onLowerHand={vi.fn()}
        onLowerAllHands={vi.fn()}
        onInviteToSpeak={vi.fn()}
        onReturnToListener={vi.fn()}
      />,
    );
    const lower = screen.getByRole('button', { name: 'Lower the hand of Sam Patel' });
    expect(lower).toHaveAttribute('aria-disabled', 'true');
    expect(lower).toHaveAccessibleDescription(S.cannotLower);
    expect(screen.getByRole('button', { name: S.lowerAll })).toHaveAccessibleDescription(S.cannotLower);
    expect(screen.getByRole('button', { name: 'Invite to speak: Sam Patel' })).toHaveAccessibleDescription(
      S.cannotInvite,
    );
    expect(screen.getByRole('button', { name: 'Return to listener: Kofi Mensah' })).toHaveAccessibleDescription(
      S.cannotReturn,
    );
    await expectNoAxeViolations(container);
  });

  it('shows who speaks now and returns them to listener; a rejected action leaves a message in its row', async () => {
    const onReturnToListener = vi.fn(() => Promise.reject(new RoomsError('network', 'down')));
    const onLowerAllHands = vi.fn(() => Promise.resolve());
    const { user } = renderWith(
      <RaisedHandQueue
        hands={HANDS}
        speakers={SPEAKERS}
        viewerRole="Presenter"
        onReturnToListener={onReturnToListener}
        onLowerAllHands={onLowerAllHands}
      />,
    );
    const speaking = screen.getByRole('region', { name: 'Speaking now (1)' });
    expect(within(speaking).getByText('Kofi Mensah')).toBeInTheDocument();
    expect(speaking).toHaveTextContent('Attendee for this call, Consumer before');
    await user.click(within(speaking).getByRole('button', { name: 'Return to listener: Kofi Mensah' }));
    expect(onReturnToListener).toHaveBeenCalledWith('8:acs:r1_kofi');
    expect(
      await within(speaking).findByText(`Couldn’t return Kofi Mensah to listener. ${EN_STRINGS.errors.network}`),
    ).toBeInTheDocument();
    expect(rowOf('Kofi Mensah')).toHaveAttribute('data-failed');

    await user.click(screen.getByRole('button', { name: S.lowerAll }));
    expect(onLowerAllHands).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All hands were lowered.'));
  });

  it('says so when no hand is up', () => {
    renderWith(<RaisedHandQueue hands={[]} viewerRole="Presenter" onLowerAllHands={vi.fn()} />);
    expect(screen.getByRole('region', { name: 'Raised hands (0)' })).toHaveTextContent(S.empty);
    expect(screen.queryByRole('button', { name: S.lowerAll })).not.toBeInTheDocument();
  });
});
