import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  RaisedHandQueue,
  type InvitedSpeaker,
  type RaisedHand,
  type RaisedHandQueueProps,
} from '../../src/components/RaisedHandQueue';
import { RoomsError } from '../../src/core/errors';
import { speakingRoleFor } from '../../src/core/moderation';
import { fill, stringsOf } from '../shared/storyText';
import { createGate } from '../shared/gate';

/**
 * The raised-hand queue of a clinic's group session, as the presenter sees it in the call's people panel: hands in
 * the order they went up, how long each has waited, and the people invited to speak. The queue is fed by the call;
 * here a small host keeps it and applies each action when its handler settles.
 */
const NOW = new Date('2026-12-02T09:20:00Z');
const minutesAgo = (m: number): Date => new Date(NOW.getTime() - m * 60_000);

const HANDS: RaisedHand[] = [
  { userId: '8:acs:clinic_yasmin', displayName: 'Yasmin Haddad', raisedAt: minutesAgo(12), role: 'Consumer' },
  { userId: '8:acs:clinic_ahmed', displayName: 'Ahmed Hassan', raisedAt: minutesAgo(4), role: 'Attendee' },
  { userId: '8:acs:clinic_sofia', displayName: 'Sofía Ramírez', raisedAt: minutesAgo(0.5), role: 'Collaborator' },
];
const SPEAKERS: InvitedSpeaker[] = [
  { userId: '8:acs:clinic_emeka', displayName: 'Emeka Nwosu', role: 'Attendee', previousRole: 'Consumer' },
];

/** A host that holds the queue and changes it once a handler's promise settles, as the call would. */
function LiveQueue(props: RaisedHandQueueProps) {
  const { onLowerHand, onLowerAllHands, onInviteToSpeak, onReturnToListener } = props;
  const [hands, setHands] = useState(props.hands);
  const [speakers, setSpeakers] = useState(props.speakers ?? []);
  return (
    <div style={{ maxWidth: 520 }}>
      <RaisedHandQueue
        {...props}
        hands={hands}
        speakers={speakers}
        onLowerHand={
          onLowerHand &&
          (async (userId) => {
            await onLowerHand(userId);
            setHands((h) => h.filter((x) => x.userId !== userId));
          })
        }
        onLowerAllHands={
          onLowerAllHands &&
          (async () => {
            await onLowerAllHands();
            setHands([]);
          })
        }
        onInviteToSpeak={
          onInviteToSpeak &&
          (async (userId) => {
            await onInviteToSpeak(userId);
            const hand = hands.find((h) => h.userId === userId);
            setHands((h) => h.filter((x) => x.userId !== userId));
            const role = hand?.role && speakingRoleFor(hand.role);
            if (hand?.role && role) {
              const previousRole = hand.role;
              setSpeakers((s) => [...s, { userId, displayName: hand.displayName, role, previousRole }]);
            }
          })
        }
        onReturnToListener={
          onReturnToListener &&
          (async (userId) => {
            await onReturnToListener(userId);
            setSpeakers((s) => s.filter((x) => x.userId !== userId));
          })
        }
      />
    </div>
  );
}

const meta = {
  title: 'Rooms/RaisedHandQueue',
  component: RaisedHandQueue,
  tags: ['autodocs'],
  args: {
    hands: HANDS,
    speakers: SPEAKERS,
    viewerRole: 'Presenter',
    onLowerHand: fn(async () => undefined),
    onLowerAllHands: fn(async () => undefined),
    onInviteToSpeak: fn(async () => undefined),
    onReturnToListener: fn(async () => undefined),
  },
  parameters: { roomsKit: { now: () => NOW, timeZone: 'Europe/Berlin' } },
  render: (args) => <LiveQueue {...args} />,
} satisfies Meta<typeof RaisedHandQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowOf = (canvasElement: HTMLElement, userId: string): HTMLElement => {
  const row = canvasElement.querySelector<HTMLElement>(`li[data-user-id="${userId}"]`);
  if (!row) throw new Error(`no row for ${userId}`);
  return row;
};

/**
 * Three hands up, first raised first, each with its place and wait; one person already speaks. The presenter invites
 * the first listener to speak by keyboard: she moves to Speaking now, and the page says so.
 */
export const Queue: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.raisedHandQueue;
    const canvas = within(canvasElement);
    const hands = canvas.getByRole('region', { name: fill(globals, s.heading, { count: 3 }) });
    const items = within(hands).getAllByRole('listitem');
    await expect(items.map((i) => i.getAttribute('data-user-id'))).toEqual(HANDS.map((h) => h.userId));
    await expect(items[0]).toHaveTextContent(fill(globals, s.position, { position: 1 }));
    await expect(items[0]).toHaveTextContent('Yasmin Haddad');
    await expect(
      within(items[0]!).getByText(fill(globals, s.becomes, { role: strings.organisers.roles.Attendee.name })),
    ).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('8:acs:');

    const invite = within(items[0]!).getByRole('button', {
      name: fill(globals, s.inviteLabel, { name: 'Yasmin Haddad' }),
    });
    invite.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onInviteToSpeak).toHaveBeenCalledWith('8:acs:clinic_yasmin');
    const speaking = await canvas.findByRole('region', { name: fill(globals, s.speakingHeading, { count: 2 }) });
    await expect(within(speaking).getByText('Yasmin Haddad')).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        fill(globals, s.announce.inviteToSpeak, {
          name: 'Yasmin Haddad',
          role: strings.organisers.roles.Attendee.name,
        }),
      ),
    );
  },
};

/** Someone who can already speak and share: Invite to speak is off, and says why to the keyboard too. */
export const AlreadySpeaks: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.raisedHandQueue;
    const row = rowOf(canvasElement, '8:acs:clinic_sofia');
    const invite = within(row).getByRole('button', { name: fill(globals, s.inviteLabel, { name: 'Sofía Ramírez' }) });
    await expect(invite).toHaveAttribute('aria-disabled', 'true');
    await expect(invite).toHaveAccessibleDescription(fill(globals, s.alreadySpeaks, { name: 'Sofía Ramírez' }));
    await userEvent.tab();
    invite.focus();
    await waitFor(() =>
      expect(within(canvasElement.ownerDocument.body).getByRole('tooltip')).toHaveTextContent(
        fill(globals, s.alreadySpeaks, { name: 'Sofía Ramírez' }),
      ),
    );
  },
};

/** An Attendee watching the queue: every control is off, each saying which capability it takes. */
export const ViewerCannotModerate: Story = {
  args: { viewerRole: 'Attendee' },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.raisedHandQueue;
    const canvas = within(canvasElement);
    const lower = canvas.getByRole('button', { name: fill(globals, s.lowerLabel, { name: 'Ahmed Hassan' }) });
    await expect(lower).toHaveAttribute('aria-disabled', 'true');
    await expect(lower).toHaveAccessibleDescription(s.cannotLower);
    await expect(canvas.getByRole('button', { name: s.lowerAll })).toHaveAccessibleDescription(s.cannotLower);
    await expect(
      canvas.getByRole('button', { name: fill(globals, s.returnLabel, { name: 'Emeka Nwosu' }) }),
    ).toHaveAccessibleDescription(s.cannotReturn);
  },
};

const slowLower = createGate();

/** The call is slow to lower a hand: the row shows it is working, and the hand goes once the call is done. */
export const Pending: Story = {
  args: { onLowerHand: fn(slowLower.hold(async () => undefined)) },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.raisedHandQueue;
    const row = rowOf(canvasElement, '8:acs:clinic_ahmed');
    await userEvent.click(
      within(row).getByRole('button', { name: fill(globals, s.lowerLabel, { name: 'Ahmed Hassan' }) }),
    );
    await waitFor(() => expect(row).toHaveAttribute('data-pending'));
    await expect(row).toHaveTextContent(s.pending);
    slowLower.release();
    await waitFor(() => expect(canvasElement.querySelector('li[data-user-id="8:acs:clinic_ahmed"]')).toBeNull());
    await waitFor(() =>
      expect(within(canvasElement).getByRole('status')).toHaveTextContent(
        fill(globals, s.announce.lowerHand, { name: 'Ahmed Hassan' }),
      ),
    );
  },
};

/** The call cannot be reached: the hand stays, with a message in its row. */
export const Failing: Story = {
  args: {
    onLowerHand: fn(async () => {
      throw new RoomsError('network', 'The call could not be reached.');
    }),
  },
  play: async ({ canvasElement, globals }) => {
    const strings = stringsOf(globals);
    const s = strings.lobby.raisedHandQueue;
    const row = rowOf(canvasElement, '8:acs:clinic_yasmin');
    await userEvent.click(
      within(row).getByRole('button', { name: fill(globals, s.lowerLabel, { name: 'Yasmin Haddad' }) }),
    );
    await expect(
      await within(row).findByText(
        fill(globals, s.failed.lowerHand, { name: 'Yasmin Haddad', error: strings.errors.network }),
      ),
    ).toBeVisible();
    await expect(row).toHaveAttribute('data-failed');
  },
};

/** Lower all hands empties the queue. */
export const LowerAll: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const s = stringsOf(globals).lobby.raisedHandQueue;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: s.lowerAll }));
    await expect(args.onLowerAllHands).toHaveBeenCalledTimes(1);
    await expect(await canvas.findByText(s.empty)).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(s.announce.lowerAllHands);
  },
};

/** Nobody has a hand up and nobody was invited to speak. */
export const Empty: Story = {
  args: { hands: [], speakers: [] },
  play: async ({ canvasElement, globals }) => {
    const s = stringsOf(globals).lobby.raisedHandQueue;
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: fill(globals, s.heading, { count: 0 }) })).toHaveTextContent(
      s.empty,
    );
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
  },
};
