// @vitest-environment jsdom
import '../setup/callComposite';
import { act, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomCallComposite } from '../../src/call';
import { CONSULT_NOW as NOW, joinConsult } from '../setup/consultCall';
import { RoomsKitProvider } from '../../src/provider';

const globals = globalThis as { AudioContext?: unknown };

/** Every context the page opens, as a browser keeps them: closing a closed one is refused. */
const opened: PageAudioContext[] = [];
class PageAudioContext {
  state: 'running' | 'closed' = 'running';
  constructor() {
    opened.push(this);
  }
  close(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new Error('Cannot close a closed AudioContext.'));
    this.state = 'closed';
    return Promise.resolve();
  }
  resume(): Promise<void> {
    return Promise.resolve();
  }
}

let before: unknown;
beforeEach(() => {
  before = globals.AudioContext;
  globals.AudioContext = PageAudioContext;
  opened.length = 0;
});
afterEach(() => {
  globals.AudioContext = before;
  vi.restoreAllMocks();
});

async function joinedCall() {
  const { rooms, roomId, userId, call } = await joinConsult();
  // A new set of host options each time: communication-react's composite renders again with each.
  const tree = (turn: number) => (
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <RoomsKitProvider adapter={rooms} now={() => NOW} locale="en-US" timeZone="UTC">
          <div style={{ height: 600 }}>
            <RoomCallComposite
              callAdapter={call}
              roomId={roomId}
              localUserId={userId}
              callCompositeProps={{ options: { callControls: { moreButton: turn % 2 === 0 } } }}
            />
          </div>
        </RoomsKitProvider>
      </FluentProvider>
    </StrictMode>
  );
  return { call, tree };
}

describe('the call’s audio context', () => {
  it('is one per call however often it renders, closed once when the call goes', async () => {
    const error = vi.spyOn(console, 'error');
    const { call, tree } = await joinedCall();
    const view = render(tree(0));
    await screen.findByRole('button', { name: /Leave/ });
    for (const turn of [1, 2, 3]) view.rerender(tree(turn));
    // The page's own class is back in place once the call has rendered: nothing else on the page meets the kit's.
    expect(globals.AudioContext).toBe(PageAudioContext);
    expect(opened.filter((context) => context.state === 'running')).toHaveLength(1);
    view.unmount();
    call.dispose();
    await act(async () => {
      await Promise.resolve();
    });
    expect(opened.every((context) => context.state === 'closed')).toBe(true);
    expect(opened.length).toBeLessThanOrEqual(2);
    const complaints = error.mock.calls.map((args) => args.map(String).join(' '));
    expect(complaints.filter((text) => /AudioContext/.test(text))).toEqual([]);
  });

  it('leaves the page’s AudioContext alone outside the call', async () => {
    const { call, tree } = await joinedCall();
    const view = render(tree(0));
    const own = new (globals.AudioContext as typeof PageAudioContext)();
    expect(own).toBeInstanceOf(PageAudioContext);
    expect(opened.filter((context) => context === own)).toHaveLength(1);
    view.unmount();
    call.dispose();
    expect(own.state).toBe('running');
  });
});
