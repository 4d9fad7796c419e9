/**
 * The kit's words as a story's locale shows them, for plays that must pass in every locale the stories run in
 * (English, German, French, Arabic): strings, templates filled with their plurals, and text as Testing Library reads
 * it.
 */
import { formatMessage } from '../../src/core/format';
import { stringsForLocale, type RoomsKitStrings } from '../../src/strings';

/** A story's `globals`, as Storybook passes them to a play function. */
export type StoryGlobals = Record<string, unknown>;

/** The story's locale (the toolbar's or the test project's), English when none is set. */
export function localeOf(globals: StoryGlobals): string {
  return typeof globals.locale === 'string' ? globals.locale : 'en-US';
}

/** The kit's strings in the story's locale. */
export function stringsOf(globals: StoryGlobals): RoomsKitStrings {
  return stringsForLocale(localeOf(globals));
}

/** A template filled as the kit fills it in the story's locale, ICU plurals included. */
export function fill(
  globals: StoryGlobals,
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return formatMessage(localeOf(globals), template, values);
}

/**
 * {@link fill}, with its spaces as Testing Library reads a page's text: French no-break spaces (before ":" and in
 * numbers) and runs of white space become one plain space.
 */
export function asText(
  globals: StoryGlobals,
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return plainText(fill(globals, template, values));
}

/** A text as Testing Library reads a page's: no-break spaces and runs of white space become one plain space. */
export function plainText(text: string): string {
  return text.replace(/\s+/g, ' ');
}
