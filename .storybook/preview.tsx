import { useSyncExternalStore, type ReactNode } from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
// addon-a11y imports axe when the first story is checked, from the dev server, inside that story's 10 s. Imported
// here, it loads with the set-up, and the addon's import finds it in place.
import 'axe-core';
import {
  FluentProvider,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { RoomsKitProvider, type RoomsKitProviderProps } from '../src/provider';

// The test runner can force globals on every story (see vitest.config.ts); Storybook itself leaves this undefined.
declare const __RK_STORY_GLOBALS__: Record<string, string> | undefined;
const forcedGlobals = typeof __RK_STORY_GLOBALS__ === 'undefined' ? {} : __RK_STORY_GLOBALS__;

const themes: Record<string, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
  teams: teamsLightTheme,
};

/**
 * A clock a play function moves: `current()` is the kit's `now` for this moment, a new function after every move, and
 * `subscribe` hears each move. The provider gets the new `now`, and hooks that follow the clock re-read it at once,
 * so a jump shows without waiting for their next tick.
 */
export interface StoryClock {
  /** The `now` of this moment. */
  current(): () => Date;
  /** Hears every move; returns a function that stops listening. */
  subscribe(listener: () => void): () => void;
}

/** What a story may set for the kit's provider through `parameters.roomsKit`. */
export type RoomsKitStoryParameters = Omit<RoomsKitProviderProps, 'children' | 'dir' | 'locale'> & {
  /** A clock the story moves; replaces `now`. */
  clock?: StoryClock;
};

const NO_CLOCK = (): (() => void) => () => undefined;

function StoryKit({
  kit: { clock, ...kit },
  locale,
  dir,
  children,
}: {
  kit: RoomsKitStoryParameters;
  locale: string;
  dir: 'ltr' | 'rtl';
  children: ReactNode;
}) {
  const now = useSyncExternalStore(clock?.subscribe ?? NO_CLOCK, () => clock?.current() ?? kit.now);
  return (
    <RoomsKitProvider {...kit} now={now} locale={locale} dir={dir}>
      {children}
    </RoomsKitProvider>
  );
}

const withKit: Decorator = (Story, context) => {
  const theme = themes[String(context.globals.theme)] ?? webLightTheme;
  const locale = typeof context.globals.locale === 'string' ? context.globals.locale : 'en-US';
  // Arabic is written right to left whatever the direction toolbar says.
  const dir = context.globals.direction === 'rtl' || locale.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
  const kit = (context.parameters.roomsKit ?? {}) as RoomsKitStoryParameters;
  return (
    // A story fills the canvas with its theme's background; on a docs page each story takes only its own height.
    <FluentProvider
      theme={theme}
      dir={dir}
      style={{ padding: 16, boxSizing: 'border-box', minHeight: context.viewMode === 'docs' ? undefined : '100vh' }}
    >
      <StoryKit kit={kit} locale={locale} dir={dir}>
        <Story />
      </StoryKit>
    </FluentProvider>
  );
};

/**
 * A play's `findBy…` or `waitFor` ends as soon as what it waits for is on screen; Testing Library's default gives up
 * after one second, which a busy two-core machine can spend on one render. The only bound is the story's budget as a
 * test (10 s, in vitest.config.ts): load makes a play slower, never red, and what never appears still fails it.
 */
configure({ asyncUtilTimeout: 8_000 });

/**
 * Runs after each play and before its axe check (addon-a11y's check is the last step). Storybook pauses CSS animations
 * for tests, but Fluent's motion (dialogs, toasts, the people panel) runs on Web Animations and keeps playing: a toast
 * still fading in has colours halfway to transparent, which is not the page a user looks at. This waits until nothing
 * is moving, looking again every frame: an animation that is paused or cancelled meanwhile (a panel closed while it
 * opened) never settles its `finished` promise, and counts as stopped rather than waited for.
 */
async function motionSettled(): Promise<void> {
  const moving = () =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
  for (let running = moving(); running.length > 0; running = moving()) {
    await Promise.race([
      Promise.allSettled(running.map((a) => a.finished)),
      new Promise((resolve) => requestAnimationFrame(resolve)),
    ]);
  }
}

const preview: Preview = {
  decorators: [withKit],
  afterEach: motionSettled,
  tags: ['autodocs', 'test'],
  globalTypes: {
    theme: {
      description: 'Fluent theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'highContrast', title: 'High contrast' },
          { value: 'teams', title: 'Teams' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of strings and dates',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'fr-FR', title: 'Français' },
          { value: 'ar', title: 'العربية (right to left)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en-US', ...forcedGlobals },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is checked with axe when it runs as a test; a violation fails it.
    a11y: { test: 'error' },
  },
};

export default preview;
