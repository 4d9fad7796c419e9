// @vitest-environment jsdom
import '../setup/callComposite';
import { act, render, renderHook } from '@testing-library/react';
import {
  FluentProvider,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomCallComposite } from '../../src/call';
import { brandVariantsOf, isDarkTheme, useCallTheme } from '../../src/composites/RoomCallComposite/callTheme';
import { createSeededRoomsAdapter } from '../../src/testing';
import { CONSULT_NOW as NOW, joinConsult } from '../setup/consultCall';
import { RoomsKitProvider } from '../../src/provider';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the call follows the host’s Fluent v9 theme', () => {
  it.each([
    ['web light', webLightTheme, false],
    ['web dark', webDarkTheme, true],
    ['Teams', teamsLightTheme, false],
    ['high contrast', teamsHighContrastTheme, true],
  ])('maps %s to communication-react’s theme, with the page’s background and brand', (_name, theme, dark) => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <FluentProvider theme={theme}>{children}</FluentProvider>
    );
    const { result } = renderHook(() => useCallTheme(), { wrapper });
    const callTheme = result.current;
    expect(isDarkTheme(theme)).toBe(dark);
    expect(callTheme?.semanticColors?.bodyBackground).toBe(theme.colorNeutralBackground1);
    expect(callTheme?.semanticColors?.bodyText).toBe(theme.colorNeutralForeground1);
    expect(callTheme?.semanticColors?.primaryButtonBackground).toBe(theme.colorBrandBackground);
    expect(callTheme?.isInverted).toBe(dark);
    // The accent communication-react draws with (the speaker's outline, the share button) is the page's brand.
    expect(callTheme?.palette?.themePrimary).toBe(brandVariantsOf(theme, dark)[dark ? 90 : 80]);
  });

  it('gives communication-react its own theme outside any FluentProvider', () => {
    const { result } = renderHook(() => useCallTheme());
    expect(result.current).toBeUndefined();
  });

  it('reads back the brand ramp the web themes were made from', () => {
    // webLightTheme's brand background is the ramp's step 80, its pressed state step 40.
    expect(brandVariantsOf(webLightTheme, false)[80]).toBe(webLightTheme.colorBrandBackground);
    expect(brandVariantsOf(webLightTheme, false)[40]).toBe(webLightTheme.colorBrandBackgroundPressed);
    expect(brandVariantsOf(webDarkTheme, true)[100]).toBe(webDarkTheme.colorBrandForeground1);
  });
});

describe('the icons communication-react needs', () => {
  it('are registered once: two joins log no missing or re-registered icon, and every icon shows', async () => {
    const warn = vi.spyOn(console, 'warn');
    // Fluent reports re-registered icons two seconds later; fake timers let the test read that report at once.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rooms = createSeededRoomsAdapter({ now: () => NOW, seed: 1 });
    const join = async () => {
      const { call, roomId, userId } = await joinConsult(rooms);
      const tree = (className: string) => (
        <FluentProvider theme={webDarkTheme}>
          <RoomsKitProvider adapter={rooms} now={() => NOW} locale="en-US" timeZone="UTC">
            <div style={{ height: 600 }}>
              <RoomCallComposite
                callAdapter={call}
                roomId={roomId}
                localUserId={userId}
                defaultPeoplePanelOpen
                className={className}
              />
            </div>
          </RoomsKitProvider>
        </FluentProvider>
      );
      const view = render(tree('first'));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(50);
      });
      const icons = [...view.container.querySelectorAll('[data-icon-name]')];
      expect(icons.length).toBeGreaterThan(0);
      // Each of Fluent v8's icons has something to draw.
      expect(icons.filter((icon) => icon.childElementCount === 0).map((i) => i.getAttribute('data-icon-name'))).toEqual(
        [],
      );
      return { view, call, tree };
    };
    const first = await join();
    first.view.unmount();
    first.call.dispose();
    const second = await join();
    // A re-render of the call (a role change, a new prop) registers communication-react's icons again.
    second.view.rerender(second.tree('again'));
    second.view.unmount();
    second.call.dispose();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500);
    });
    const messages = warn.mock.calls.map((args) => String(args[0]));
    expect(messages.filter((m) => /was used but not registered|re-registered/.test(m))).toEqual([]);
  });
});
