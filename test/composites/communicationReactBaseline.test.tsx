// @vitest-environment jsdom
import '../setup/callComposite';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CallComposite } from '@azure/communication-react';
import { describe, expect, it } from 'vitest';
import { createSimulatedCallAdapter, makeUserId, type SimulatedCallRole } from '../../src/testing';

/**
 * What communication-react 1.34's CallComposite does on its own, per role, in a room call, with the kit's simulated
 * call and no kit around it. These are the facts RoomCallComposite corrects; when an upgrade changes them, this test
 * says so, and the kit's corrections can be revisited.
 */

type State = 'enabled' | 'disabled' | 'hidden';
type Row = Record<'microphone' | 'camera' | 'screenShare' | 'raiseHand' | 'removeParticipant' | 'muteOthers', State>;

function stateOf(uiId: string): State {
  const element = document.querySelector<HTMLElement>(`[data-ui-id="${uiId}"]`);
  if (!element) return 'hidden';
  return element.getAttribute('aria-disabled') === 'true' || (element as HTMLButtonElement).disabled
    ? 'disabled'
    : 'enabled';
}

async function bareComposite(role: SimulatedCallRole, reportCapabilities = true): Promise<Row> {
  const call = createSimulatedCallAdapter({
    userId: makeUserId(1, 9),
    role,
    startOn: 'call',
    reportCapabilities,
    participants: [
      { id: makeUserId(2, 9), displayName: 'Ada', role: 'Attendee', isSpeaking: true },
      { id: makeUserId(3, 9), displayName: 'Ben', role: 'Attendee' },
    ],
  });
  const view = render(
    <div style={{ height: 600 }}>
      <CallComposite adapter={call} />
    </div>,
  );
  const row: Partial<Row> = {
    microphone: stateOf('call-composite-microphone-button'),
    camera: stateOf('call-composite-camera-button'),
    screenShare: stateOf('call-composite-screenshare-button'),
    raiseHand: stateOf('call-composite-raisehand-button'),
  };
  await userEvent.click(screen.getByRole('button', { name: /^People$/ }));
  await waitFor(() => expect(document.querySelectorAll('[data-ui-id="participant-item"]').length).toBeGreaterThan(1));
  row.removeParticipant = document.querySelector('[data-ui-id="participant-list-remove-participant-button"]')
    ? 'enabled'
    : 'hidden';
  row.muteOthers = document.querySelector('[data-ui-id="participant-item-mute-participant"]') ? 'enabled' : 'hidden';
  view.unmount();
  call.dispose();
  return row as Row;
}

describe('communication-react 1.34 on its own in a room call', () => {
  // One render of the whole composite per role, each its own test.
  it.each<[SimulatedCallRole, Partial<Row>]>([
    [
      'Presenter',
      {
        microphone: 'enabled',
        camera: 'enabled',
        screenShare: 'enabled',
        raiseHand: 'enabled',
        removeParticipant: 'enabled',
        muteOthers: 'enabled',
      },
    ],
    // Collaborator is never named in its source: it passes every "not Consumer / not Attendee" check.
    [
      'Collaborator',
      {
        microphone: 'enabled',
        camera: 'enabled',
        screenShare: 'enabled',
        raiseHand: 'enabled',
        removeParticipant: 'hidden',
        muteOthers: 'hidden',
      },
    ],
    ['Attendee', { screenShare: 'disabled', removeParticipant: 'hidden' }],
    ['Consumer', { microphone: 'disabled', camera: 'disabled', screenShare: 'disabled', raiseHand: 'hidden' }],
  ])('gives a %s the documentation’s row when the call reports capabilities', async (role, row) => {
    expect(await bareComposite(role)).toMatchObject(row);
  });

  it('falls short for an Unknown role: removing and muting others are offered', async () => {
    expect(await bareComposite('Unknown')).toEqual({
      microphone: 'disabled',
      camera: 'disabled',
      screenShare: 'disabled',
      raiseHand: 'hidden',
      removeParticipant: 'enabled',
      muteOthers: 'enabled',
    });
  });

  it('falls short for a Presenter when the call reports no capabilities: no muting of others', async () => {
    expect(await bareComposite('Presenter', false)).toMatchObject({
      removeParticipant: 'enabled',
      muteOthers: 'hidden',
    });
  });
});
