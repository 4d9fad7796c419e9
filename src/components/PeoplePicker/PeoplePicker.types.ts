import type { ChangeEvent, ClipboardEvent, HTMLAttributes, KeyboardEvent, Ref, RefObject } from 'react';
import type { Person, RoomsAdapter } from '../../adapter/types';
import type { RoomsError } from '../../core/errors';
import type { DeepPartial } from '../../strings';
import type { PeoplePickerStrings } from '../../strings/areas/peoplePicker';

/**
 * Props of {@link PeoplePicker}. Any other `div` attribute (`id`, `style`, `data-*`, `aria-describedby`) is passed to
 * the root element; `aria-label` names the search field. Texts come from `RoomsKitProvider`'s strings
 * (`peoplePicker`, `errors`, `identifiers`), so hosts translate or replace them there or in `strings`.
 */
export interface PeoplePickerProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onSelect' | 'placeholder' | 'className' | 'aria-label'
> {
  /**
   * The backend whose directory is searched.
   * @default the `RoomsKitProvider`'s adapter
   */
  adapter?: RoomsAdapter;
  /**
   * Called when the user picks a person, or confirms a valid pasted raw identifier (then `displayName` is the id
   * itself unless `resolvePeople` knows it). The input then clears and keeps focus for the next person.
   */
  onSelect: (person: Person) => void;
  /**
   * Called instead of `onSelect` when several people of a pasted list are added at once ("Add all"), so the host can
   * add them in one change.
   * @default undefined (then `onSelect` is called for each, in order)
   */
  onSelectMany?: (people: Person[]) => void;
  /**
   * People already on the roster: they are shown as "Already invited" and cannot be picked.
   * @default []
   */
  excludeIds?: readonly string[];
  /**
   * How long typing must pause before the directory is searched, in milliseconds.
   * @default 250
   */
  debounceMs?: number;
  /**
   * Largest number of people asked of the directory per search.
   * @default 8
   */
  limit?: number;
  /**
   * Visible label.
   * @default strings.peoplePicker.label, unless `aria-label` is given (then no visible label)
   */
  label?: string;
  /**
   * Placeholder of the empty input.
   * @default strings.peoplePicker.placeholder
   */
  placeholder?: string;
  /**
   * Disables the input.
   * @default false
   */
  disabled?: boolean;
  /**
   * Extra class name for the root element, merged after the kit's own classes.
   * @default undefined
   */
  className?: string;
  /**
   * This picker's own texts, laid over the provider's `peoplePicker` strings; what it leaves out keeps the provider's
   * text. Counts are ICU plurals: `'{count, plural, one {# person found} other {# people found}}'`.
   * @default undefined
   */
  strings?: DeepPartial<PeoplePickerStrings>;
  /**
   * Accessible name when there is no visible label.
   * @default undefined
   */
  'aria-label'?: string;
}

/**
 * Where a {@link PeoplePicker}'s text stands: nothing typed, a name to search, a pasted identifier (valid or not), or
 * a pasted list of identifiers (`ids`) or of names and identifiers (`list`).
 */
export type PeoplePickerInputKind = 'empty' | 'name' | 'id' | 'invalidId' | 'ids' | 'list';

/** One option of the list. */
export interface PeoplePickerOptionState {
  /** The option's value: the person's raw id. */
  readonly value: string;
  /** The person a pick reports (for an unresolved pasted id, `displayName` is the id). */
  readonly person: Person;
  /** First line. */
  readonly primaryText: string;
  /** Second line: the directory's secondary text, or "Not in the directory · id" for an unknown pasted id. */
  readonly secondaryText: string | undefined;
  /** Third line: "Already invited" for excluded people, or the raw id of a resolved pasted id. */
  readonly tertiaryText: string | undefined;
  /** Whether the person is already on the roster and cannot be picked. */
  readonly excluded: boolean;
  /** Whether the option comes from a pasted identifier rather than a search. */
  readonly fromRawId: boolean;
  /** Whether the name of a pasted identifier is still being looked up. */
  readonly resolving: boolean;
  /** The entry of a pasted list the option stands for, as written; `undefined` for a search result. */
  readonly entry: string | undefined;
}

/** A message shown under the input, in Fluent's validation slot. */
export interface PeoplePickerMessage {
  /**
   * `invalidId`: a pasted identifier (or entries of a pasted list) cannot join a room; `unresolved`: names of a pasted
   * list match no one or several people; `searchFailed`: the backend failed.
   */
  readonly kind: 'invalidId' | 'unresolved' | 'searchFailed';
  /** The text shown. */
  readonly text: string;
  /** The backend's error, for `searchFailed`. */
  readonly error?: RoomsError;
}

/** Everything {@link renderPeoplePicker} needs; produced by {@link usePeoplePicker}. */
export interface PeoplePickerState {
  /** Attributes for the root element (the host's extra `div` props) and its ref. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** Ref of the input, which keeps focus after a pick. */
  readonly inputRef: RefObject<HTMLInputElement>;
  /** The host's `className`, merged by the styles hook. */
  readonly className: string | undefined;
  /** Visible label, when shown. */
  readonly label: string | undefined;
  /** Accessible name when there is no visible label. */
  readonly ariaLabel: string | undefined;
  /** Placeholder of the empty input. */
  readonly placeholder: string;
  /** Whether the input is disabled. */
  readonly disabled: boolean;
  /** The typed text, kept as typed (also after a failure). */
  readonly inputValue: string;
  /** What the text is. */
  readonly inputKind: PeoplePickerInputKind;
  /** Whether the list is open. */
  readonly open: boolean;
  /** The options to show, in order. */
  readonly options: readonly PeoplePickerOptionState[];
  /** The first option of a pasted list with two or more people to add: adds them all at once. */
  readonly addAll: { readonly value: string; readonly text: string } | undefined;
  /** Whether a search or look-up is under way. */
  readonly busy: boolean;
  /** Visible status: searching, no matches, or how many of a long pasted list are shown. */
  readonly statusText: string | undefined;
  /** Text for screen readers only: the number found, or who was just added. */
  readonly announcement: string | undefined;
  /** An error under the input (bad identifier, failed search). */
  readonly message: PeoplePickerMessage | undefined;
  /** Label of the retry button shown with a failed search. */
  readonly retryLabel: string;
  /** Id of the status element, which describes the input. */
  readonly statusId: string;
  /** Runs the failed search again. */
  readonly retry: () => void;
  /** Picks the option with this value (ignored for excluded people). */
  readonly pick: (value: string) => void;
  /** Handles typing and pasting. */
  readonly onInputChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Keeps a multi-line paste (a column of ids) as one readable line instead of the lines run together. */
  readonly onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  /** Follows the list's open state as Fluent asks to change it. */
  readonly onOpenChange: (open: boolean) => void;
  /** Holds Enter back while the list still shows an older query's people, so a stale result is never picked. */
  readonly onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => void;
}

/** Class names for each slot of {@link PeoplePicker}, static and Griffel-generated merged. */
export interface PeoplePickerClasses {
  /** The outer element; carries `data-status` and `data-input-kind`. */
  readonly root: string;
  /** The Fluent `Field`. */
  readonly field: string;
  /** The Fluent `Combobox`. */
  readonly combobox: string;
  /** Its list. */
  readonly listbox: string;
  /** Each option; carries `data-excluded` and `data-raw-id`. */
  readonly option: string;
  /** The Fluent `Persona` inside an option. */
  readonly persona: string;
  /** The status line under the input. */
  readonly status: string;
  /** Screen-reader-only text. */
  readonly visuallyHidden: string;
  /** The retry button in the error message. */
  readonly retryButton: string;
}
