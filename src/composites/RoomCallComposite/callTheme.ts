import { useContext, useMemo } from 'react';
import type { BrandVariants, Theme } from '@fluentui/react-components';
import { ThemeContext_unstable as ThemeContext } from '@fluentui/react-shared-contexts';
import { createV8Theme } from '@fluentui/react-migration-v8-v9';
import { darkTheme as callDarkTheme, type CallCompositeProps, type CallingTheme } from '@azure/communication-react';

/** The Fluent v8 theme communication-react's `CallComposite` takes. */
export type CallFluentTheme = NonNullable<CallCompositeProps['fluentTheme']>;

type BrandStep = keyof BrandVariants;
type ColorToken = {
  [K in keyof Theme]: Theme[K] extends string ? (K extends `color${string}` ? K : never) : never;
}[keyof Theme];

const STEPS: readonly BrandStep[] = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160];

/**
 * Where Fluent's own theme factories (`createLightTheme`, `createDarkTheme`) put each step of the brand ramp among a
 * theme's colour tokens. A v9 theme carries its tokens, not its ramp; this reads the ramp back from them, so a custom
 * brand comes through as well as the built-in ones.
 */
const LIGHT_STEPS: Partial<Record<BrandStep, ColorToken>> = {
  30: 'colorBrandForeground2Pressed',
  40: 'colorBrandBackgroundPressed',
  50: 'colorBrandForegroundOnLightPressed',
  60: 'colorBrandBackgroundSelected',
  70: 'colorBrandBackgroundHover',
  80: 'colorBrandBackground',
  100: 'colorBrandForegroundInverted',
  110: 'colorBrandForegroundInvertedHover',
  120: 'colorBrandStroke2Hover',
  130: 'colorBrandBackground2Pressed',
  140: 'colorBrandStroke2',
  150: 'colorBrandBackground2Hover',
  160: 'colorBrandBackground2',
};
const DARK_STEPS: Partial<Record<BrandStep, ColorToken>> = {
  10: 'colorBrandBackground2Pressed',
  20: 'colorBrandBackground2',
  30: 'colorBrandStroke2Pressed',
  40: 'colorBrandBackgroundPressed',
  50: 'colorBrandStroke2',
  60: 'colorBrandBackgroundSelected',
  70: 'colorBrandBackground',
  80: 'colorBrandBackgroundHover',
  90: 'colorCompoundBrandBackgroundPressed',
  100: 'colorBrandForeground1',
  110: 'colorBrandForeground2',
  130: 'colorBrandForeground2Hover',
  140: 'colorBrandBackgroundInvertedPressed',
  150: 'colorBrandBackgroundInvertedSelected',
  160: 'colorBrandForeground2Pressed',
};

/** The brand ramp a v9 theme was made from, read back from its tokens; a step no token carries takes its nearest. */
export function brandVariantsOf(theme: Theme, dark: boolean): BrandVariants {
  const places = dark ? DARK_STEPS : LIGHT_STEPS;
  const known = STEPS.filter((step) => places[step] !== undefined && theme[places[step]]);
  const ramp = {} as Record<BrandStep, string>;
  for (const step of STEPS) {
    const nearest = known.reduce((best, k) => (Math.abs(k - step) < Math.abs(best - step) ? k : best), known[0] ?? 80);
    const token = places[nearest];
    ramp[step] = (token && theme[token]) || theme.colorBrandBackground;
  }
  return ramp;
}

/** Relative luminance of a `#rgb`/`#rrggbb` colour, 0 (black) to 1 (white); undefined for anything else. */
function luminance(color: string): number | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Whether a v9 theme is dark (dark and high-contrast themes are): its main background is darker than mid grey. */
export function isDarkTheme(theme: Theme): boolean {
  return (luminance(theme.colorNeutralBackground1) ?? 1) < 0.18;
}

const converted = new WeakMap<Theme, CallFluentTheme>();

/**
 * communication-react's Fluent v8 theme for a Fluent v9 theme, through Fluent's own mapping
 * (`createV8Theme` of `@fluentui/react-migration-v8-v9`). Dark themes take communication-react's dark call colours (the
 * hang-up red, the raised-hand gold), meant for a dark page.
 */
export function callThemeFor(theme: Theme): CallFluentTheme {
  const known = converted.get(theme);
  if (known) return known;
  const dark = isDarkTheme(theme);
  const v8 = createV8Theme(brandVariantsOf(theme, dark), theme, dark);
  // communication-react falls back to its light call colours; a dark page takes those of its dark theme.
  const callTheme: CallFluentTheme & Partial<CallingTheme> = dark
    ? { ...v8, callingPalette: callDarkTheme.callingPalette }
    : v8;
  converted.set(theme, callTheme);
  return callTheme;
}

/**
 * The host's Fluent v9 theme (the nearest `FluentProvider`'s) as communication-react's v8 theme, or undefined outside
 * any `FluentProvider`, where communication-react keeps its own light theme.
 */
export function useCallTheme(): CallFluentTheme | undefined {
  const theme = useContext(ThemeContext) as Theme | undefined;
  return useMemo(() => (theme && theme.colorNeutralBackground1 ? callThemeFor(theme) : undefined), [theme]);
}
