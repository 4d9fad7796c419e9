// @vitest-environment jsdom
import '../setup/callComposite';
import { render, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { RoomCallComposite } from '../../src/call';
import { createSeededRoomsAdapter, createSimulatedCallAdapter, defaultPerson, DEMO_ROOM_IDS } from '../../src/testing';
import { RoomsKitProvider } from '../../src/provider';

const NOW = new Date('2025-06-02T09:00:00Z');

async function callIn(dir: 'ltr' | 'rtl') {
  const rooms = createSeededRoomsAdapter({ now: () => NOW, seed: 1 });
  const userId = defaultPerson('José Álvarez').id;
  const call = createSimulatedCallAdapter({
    userId,
    roomsAdapter: rooms,
    roomId: DEMO_ROOM_IDS.openConsult,
    startOn: 'call',
    participants: [{ id: defaultPerson('Ahmed Hassan').id }],
    now: () => NOW,
  });
  await call.ready;
  const view = render(
    <FluentProvider theme={webLightTheme} dir={dir}>
      <RoomsKitProvider adapter={rooms} now={() => NOW} locale="en-US" timeZone="UTC" dir={dir}>
        <div style={{ height: 600 }}>
          <RoomCallComposite callAdapter={call} roomId={DEMO_ROOM_IDS.openConsult} localUserId={userId} />
        </div>
      </RoomsKitProvider>
    </FluentProvider>,
  );
  return { view, call };
}

/** The initials each avatar in the call draws. */
const initialsIn = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('.ms-Persona-initials')].map((el) => el.textContent ?? '');

describe('avatars in the call', () => {
  it.each(['ltr', 'rtl'] as const)('show a Latin name’s initials in its own order (%s)', async (dir) => {
    const { view, call } = await callIn(dir);
    // Ahmed Hassan's tile: "AH" on either page, never "HA".
    await waitFor(() => expect(initialsIn(view.container)).toContain('AH'));
    expect(initialsIn(view.container)).not.toContain('HA');
    view.unmount();
    call.dispose();
  });
});
