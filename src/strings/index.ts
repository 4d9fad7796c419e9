import { AR_STRINGS } from './ar';
import { DE_STRINGS } from './de';
import { EN_STRINGS } from './en';
import { FR_STRINGS } from './fr';
import type { RoomsKitStringOverrides, RoomsKitStrings } from './types';

export { EN_STRINGS } from './en';
export { DE_STRINGS } from './de';
export { FR_STRINGS } from './fr';
export { AR_STRINGS } from './ar';
export type { RoomsKitStrings, RoomsKitStringOverrides, DeepPartial } from './types';

/** The locales the kit ships complete, by language subtag. */
export const BUILT_IN_STRINGS: Readonly<Record<string, RoomsKitStrings>> = {
  en: EN_STRINGS,
  de: DE_STRINGS,
  fr: FR_STRINGS,
  ar: AR_STRINGS,
};

/** The built-in strings for a BCP 47 locale (`de-AT` → German, `ar-EG` → Arabic), English when the language is not shipped. */
export function stringsForLocale(locale: string): RoomsKitStrings {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return BUILT_IN_STRINGS[language] ?? EN_STRINGS;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lays a host's partial strings over a complete set; only string leaves that exist in the base are taken. */
export function mergeStrings(base: RoomsKitStrings, overrides: RoomsKitStringOverrides | undefined): RoomsKitStrings {
  if (!overrides) return base;
  const merge = (b: Record<string, unknown>, o: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...b };
    for (const [key, value] of Object.entries(o)) {
      const current = b[key];
      if (isObject(current) && isObject(value)) out[key] = merge(current, value);
      else if (typeof current === 'string' && typeof value === 'string') out[key] = value;
    }
    return out;
  };
  return merge(
    base as unknown as Record<string, unknown>,
    overrides as unknown as Record<string, unknown>,
  ) as unknown as RoomsKitStrings;
}
