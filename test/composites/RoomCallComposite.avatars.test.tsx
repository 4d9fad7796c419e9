// @vitest-environment jsdom
import '../setup/callComposite';
import { render, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { RoomCallComposite } from '../../src/call';
import { CONSULT_NOW as NOW, joinConsult } from '../setup/consultCall';
import { RoomsKitProvider } from '../../src/provider';

async function callIn(dir: 'ltr' | 'rtl') {
  const { rooms, roomId, userId, call } = await joinConsult();
  const view = render(
    <FluentProvider theme={webLightTheme} dir={dir}>
      <RoomsKitProvider adapter={rooms} now={() => NOW} locale="en-US" timeZone="UTC" dir={dir}>
        <div style={{ height: 600 }}>
          <RoomCallComposite callAdapter={call} roomId={roomId} localUserId={userId} />
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
