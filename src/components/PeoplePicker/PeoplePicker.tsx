import { forwardRef } from 'react';
import type { PeoplePickerProps } from './PeoplePicker.types';
import { renderPeoplePicker } from './renderPeoplePicker';
import { usePeoplePicker } from './usePeoplePicker';
import { usePeoplePickerStyles } from './usePeoplePickerStyles.styles';

/**
 * Finds people in the host's directory as the user types, or takes a pasted raw identifier, and reports each pick.
 * The search goes through the adapter's `searchPeople` (debounced, stale requests cancelled, an older answer never
 * replacing a newer one); a pasted `8:acs:…` id is checked with `parseParticipantId` and named with
 * `resolvePeople` when the directory knows it. A pasted list of names or ids (commas, semicolons or one per line) is
 * read entry by entry: "Add all" adds everyone found at once (`onSelectMany`), and what was not found stays in the
 * box, named. After a pick the input clears and keeps focus for the next person.
 *
 * @example
 * ```tsx
 * <PeoplePicker excludeIds={roster.map((p) => p.id)} onSelect={(person) => addToRoster(person)} />
 * ```
 */
export const PeoplePicker = forwardRef<HTMLDivElement, PeoplePickerProps>(function PeoplePicker(props, ref) {
  const state = usePeoplePicker(props, ref);
  const classes = usePeoplePickerStyles(state);
  return renderPeoplePicker(state, classes);
});
