import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { RoomsAdapter } from '../adapter/types';
import { RoomsError } from '../core/errors';
import {
  formatInstant,
  formatInstantRange,
  formatMessage,
  viewerTimeZone,
  type FormatInstantOptions,
} from '../core/format';
import {
  mergeStrings,
  stringsForLocale,
  type DeepPartial,
  type RoomsKitStringOverrides,
  type RoomsKitStrings,
} from '../strings';
import { useKitStaticStyles } from './useKitStaticStyles.styles';

/** What every component of the kit reads from {@link RoomsKitProvider}. */
export interface RoomsKitContextValue {
  /** The backend, when the host gave one. */
  adapter: RoomsAdapter | undefined;
  /** The kit's clock: the current instant. */
  now: () => Date;
  /** BCP 47 locale for text and dates. */
  locale: string;
  /** The viewer's IANA time zone, used when showing instants. */
  timeZone: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** Every user-visible string, with the host's overrides applied. */
  strings: RoomsKitStrings;
  /** Fills `{placeholders}` in a string, and ICU plurals (`{count, plural, one {…} other {…}}`) in the locale's forms. */
  format: (template: string, values?: Readonly<Record<string, string | number>>) => string;
  /** Formats an instant in the viewer's locale and zone, zone shown. */
  formatDateTime: (date: Date, options?: Partial<FormatInstantOptions>) => string;
  /** Formats a window in the viewer's locale and zone, zone shown. */
  formatDateTimeRange: (from: Date, until: Date, options?: Partial<FormatInstantOptions>) => string;
}

/** Props of {@link RoomsKitProvider}. */
export interface RoomsKitProviderProps {
  /** The backend every component talks to, unless a component is given its own. */
  adapter?: RoomsAdapter;
  /** The clock. Tests and stories pass a fixed one. @default () => new Date() */
  now?: () => Date;
  /** BCP 47 locale; picks the built-in strings (English, German, French, Arabic) and formats dates. @default navigator's language or 'en-US' */
  locale?: string;
  /** IANA time zone for showing instants. @default the viewer's zone */
  timeZone?: string;
  /** Writing direction. @default 'ltr' */
  dir?: 'ltr' | 'rtl';
  /** Replaces any of the strings; everything not given keeps the locale's default. */
  strings?: RoomsKitStringOverrides;
  /** The components of the kit, and anything else. */
  children?: ReactNode;
}

const defaultNow = (): Date => new Date();

function defaultLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-US';
}

function createValue(props: Omit<RoomsKitProviderProps, 'children'>): RoomsKitContextValue {
  const locale = props.locale ?? defaultLocale();
  const timeZone = props.timeZone ?? viewerTimeZone();
  const strings = mergeStrings(stringsForLocale(locale), props.strings);
  return {
    adapter: props.adapter,
    now: props.now ?? defaultNow,
    locale,
    timeZone,
    dir: props.dir ?? 'ltr',
    strings,
    format: (template, values) => formatMessage(locale, template, values),
    formatDateTime: (date, options) => formatInstant(date, { locale, timeZone, ...options }),
    formatDateTimeRange: (from, until, options) => formatInstantRange(from, until, { locale, timeZone, ...options }),
  };
}

const RoomsKitContext = createContext<RoomsKitContextValue | undefined>(undefined);

/**
 * Gives every component of the kit its backend, clock, locale, time zone and strings.
 *
 * @example
 * ```tsx
 * <FluentProvider theme={webLightTheme}>
 *   <RoomsKitProvider adapter={createInMemoryRoomsAdapter()} locale="de-DE" strings={{ common: { save: 'Sichern' } }}>
 *     <RoomList />
 *   </RoomsKitProvider>
 * </FluentProvider>
 * ```
 */
export function RoomsKitProvider(props: RoomsKitProviderProps): JSX.Element {
  const { adapter, now, locale, timeZone, dir, strings, children } = props;
  const value = useMemo(
    () => createValue({ adapter, now, locale, timeZone, dir, strings }),
    [adapter, now, locale, timeZone, dir, strings],
  );
  return <RoomsKitContext.Provider value={value}>{children}</RoomsKitContext.Provider>;
}

let fallback: RoomsKitContextValue | undefined;

/**
 * The kit's context. Outside a {@link RoomsKitProvider} it gives English strings, the real clock and the viewer's
 * locale and zone, so a component also works on its own.
 */
export function useRoomsKit(overrides?: RoomsKitStringOverrides): RoomsKitContextValue {
  useKitStaticStyles();
  const context = useContext(RoomsKitContext) ?? (fallback ??= createValue({}));
  return useMemo(
    () => (overrides ? { ...context, strings: mergeStrings(context.strings, overrides) } : context),
    [context, overrides],
  );
}

/**
 * The kit's context for one component, with the component's own `strings` prop laid over its area of the strings
 * (`useComponentKit('rosterEditor', props.strings)`). Every component takes such a prop, typed
 * `DeepPartial<TheAreaStrings>`, on top of what the provider gives; what it does not name keeps the provider's text.
 *
 * @example
 * ```ts
 * const kit = useComponentKit('roomList', props.strings);
 * kit.strings.roomList.title; // the prop's title, else the provider's
 * ```
 */
export function useComponentKit<K extends keyof RoomsKitStrings>(
  area: K,
  strings: DeepPartial<RoomsKitStrings[K]> | undefined,
): RoomsKitContextValue {
  const overrides = useMemo(
    () => (strings ? ({ [area]: strings } as RoomsKitStringOverrides) : undefined),
    [area, strings],
  );
  return useRoomsKit(overrides);
}

/**
 * The adapter a component should use: its own prop first, then the provider's. Throws a `RoomsError` that says how
 * to fix it when there is neither.
 */
export function useRoomsAdapter(own?: RoomsAdapter): RoomsAdapter {
  const { adapter } = useRoomsKit();
  const chosen = own ?? adapter;
  if (!chosen) {
    throw new RoomsError(
      'unknown',
      'No RoomsAdapter: pass `adapter` to the component or wrap it in <RoomsKitProvider adapter={…}>.',
    );
  }
  return chosen;
}
