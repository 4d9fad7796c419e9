import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { Person } from '../../adapter/types';
import { useDebouncedSearch } from '../../hooks/useDebouncedSearch';
import { useComponentKit, useRoomsAdapter } from '../../provider/RoomsKitProvider';
import type {
  PeoplePickerMessage,
  PeoplePickerOptionState,
  PeoplePickerProps,
  PeoplePickerState,
} from './PeoplePicker.types';
import {
  chooseMatch,
  idsToResolve,
  isLookupOfPasted,
  listEntries,
  lookUpPeople,
  lookupQueryOf,
  PEOPLE_PICKER_ADD_ALL,
  reasonFor,
} from './peoplePickerLookup';
import { classifyPeopleInput, pastedLinesToText, withoutEntries } from './classifyPeopleInput';

const NO_IDS: readonly string[] = [];

/**
 * State of {@link PeoplePicker}: the typed text, the debounced directory search (stale answers dropped), pasted
 * identifiers and lists of names (each entry looked up; everyone found added in turn or all at once) and the pick.
 * Contains no JSX or styling.
 *
 * @example
 * ```tsx
 * const state = usePeoplePicker({ onSelect: addPerson, excludeIds: rosterIds }, ref);
 * state.options.map((o) => o.primaryText);
 * ```
 */
export function usePeoplePicker(props: PeoplePickerProps, ref: Ref<HTMLDivElement>): PeoplePickerState {
  const {
    adapter: adapterProp,
    onSelect,
    onSelectMany,
    excludeIds = NO_IDS,
    debounceMs = 250,
    limit = 8,
    label,
    placeholder,
    disabled = false,
    className,
    strings: stringsProp,
    'aria-label': ariaLabel,
    ...rest
  } = props;
  const adapter = useRoomsAdapter(adapterProp);
  const { strings, format, locale } = useComponentKit('peoplePicker', stringsProp);
  const texts = strings.peoplePicker;
  const statusId = `rk-people-picker-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-status`;
  const inputRef = useRef<HTMLInputElement>(null);

  const [inputValue, setInputValue] = useState('');
  const [openRequested, setOpenRequested] = useState(false);
  const [announcement, setAnnouncement] = useState<string | undefined>(undefined);

  const input = useMemo(() => classifyPeopleInput(inputValue), [inputValue]);
  const pastedIds = useMemo(() => idsToResolve(input, limit), [input, limit]);
  const entries = useMemo(() => listEntries(input, limit), [input, limit]);
  const lookupQuery = lookupQueryOf(input, entries, pastedIds);

  const lookup = useCallback(
    (query: string, signal: AbortSignal) => lookUpPeople(adapter, query, { signal, limit }),
    [adapter, limit],
  );
  const search = useDebouncedSearch(lookupQuery, lookup, { debounceMs });

  const excluded = useMemo(() => new Set(excludeIds), [excludeIds]);

  const { options, notFound, ambiguous } = useMemo(() => {
    const decorate = (
      person: Person,
      fromRawId: boolean,
      resolving: boolean,
      entry?: string,
    ): PeoplePickerOptionState => {
      const isExcluded = excluded.has(person.id);
      return {
        value: person.id,
        person,
        primaryText: person.displayName,
        secondaryText: person.secondaryText,
        tertiaryText: isExcluded ? texts.alreadyInvited : undefined,
        excluded: isExcluded,
        fromRawId,
        resolving,
        entry,
      };
    };
    const missing: string[] = [];
    const several: string[] = [];
    const answered = search.fresh ? search.result : undefined;
    const fromId = (id: string): PeoplePickerOptionState => {
      const known = answered?.people.find((p) => p.id === id);
      if (known) {
        const option = decorate(known, true, false, id);
        return { ...option, tertiaryText: option.tertiaryText ?? known.id };
      }
      const option = decorate({ id, displayName: id }, true, answered === undefined, id);
      return { ...option, secondaryText: format(texts.notInDirectory, { id }) };
    };
    let listed: PeoplePickerOptionState[];
    if (entries.length > 0) {
      // Pasted ids are listed at once; names once the directory has answered for each of them.
      listed = [];
      for (const entry of entries) {
        if (entry.kind === 'id') listed.push(fromId(entry.rawId));
        else if (answered) {
          const match = chooseMatch(entry.query, answered.matches?.get(entry.query));
          if (match === 'notFound') missing.push(entry.input);
          else if (match === 'ambiguous') several.push(entry.input);
          else if (!listed.some((o) => o.value === match.id)) listed.push(decorate(match, false, false, entry.input));
        }
      }
    } else if (pastedIds.length > 0) {
      listed = pastedIds.map(fromId);
    } else if (input.kind !== 'name' || search.status === 'failed' || !search.result) {
      return { options: [], notFound: missing, ambiguous: several };
    } else if (search.resultQuery !== undefined && isLookupOfPasted(search.resultQuery)) {
      // The last answer named pasted ids, not people matching this text.
      return { options: [], notFound: missing, ambiguous: several };
    } else {
      // While a new query loads, the previous query's people stay listed, so the list does not flicker.
      listed = search.result.people.map((person) => decorate(person, false, false));
    }
    // People already invited go last, so the first option, which Fluent makes active, is one that can be picked.
    return {
      options: [...listed.filter((o) => !o.excluded), ...listed.filter((o) => o.excluded)],
      notFound: missing,
      ambiguous: several,
    };
  }, [
    entries,
    pastedIds,
    input.kind,
    search.fresh,
    search.result,
    search.resultQuery,
    search.status,
    excluded,
    texts,
    format,
  ]);

  const isListInput = input.kind === 'ids' || input.kind === 'list';
  const pickable = useMemo(() => options.filter((o) => !o.excluded), [options]);
  const addAll =
    isListInput && pickable.length >= 2
      ? { value: PEOPLE_PICKER_ADD_ALL, text: format(texts.addAll, { count: pickable.length }) }
      : undefined;

  const busy = search.status === 'loading';

  const quoteList = useCallback(
    (items: readonly string[]) =>
      new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        items.map((entry) => format(texts.listEntry, { entry })),
      ),
    [locale, format, texts.listEntry],
  );

  let message: PeoplePickerMessage | undefined;
  if (input.kind === 'invalidId') {
    message = { kind: 'invalidId', text: reasonFor(input, strings) };
  } else if (isListInput && (input.invalid.length > 0 || notFound.length > 0 || ambiguous.length > 0)) {
    // Everything of a pasted list that is not added is named, and stays in the box: nothing pasted is lost.
    const parts: string[] = [];
    const first = input.invalid[0];
    if (first) {
      const template = input.invalid.length === 1 ? texts.invalidEntryOne : texts.invalidEntryOther;
      parts.push(
        format(template, { entry: first.input, count: input.invalid.length, reason: reasonFor(first, strings) }),
      );
    }
    if (notFound.length > 0) parts.push(format(texts.listNotFound, { entries: quoteList(notFound) }));
    if (ambiguous.length > 0) parts.push(format(texts.listAmbiguous, { entries: quoteList(ambiguous) }));
    message = { kind: first ? 'invalidId' : 'unresolved', text: parts.join(' ') };
  } else if (search.status === 'failed' && search.error) {
    message = { kind: 'searchFailed', text: strings.errors[search.error.code], error: search.error };
  }

  let statusText: string | undefined;
  if ((input.kind === 'name' || input.kind === 'list') && busy) statusText = texts.searching;
  else if (input.kind === 'name' && search.fresh && options.length === 0) {
    statusText = format(texts.noMatches, { query: input.query });
  } else if (input.kind === 'ids' && input.rawIds.length > pastedIds.length) {
    statusText = format(texts.pastedShowing, { shown: pastedIds.length, count: input.rawIds.length });
  } else if (input.kind === 'list' && input.entries.length > entries.length) {
    statusText = format(texts.listShowing, { shown: entries.length, count: input.entries.length });
  }

  const countAnnouncement = useMemo(() => {
    if (input.kind !== 'name' || !search.fresh || options.length === 0) return undefined;
    return format(texts.resultCount, { count: options.length });
  }, [input.kind, search.fresh, options.length, texts, format]);

  const pending = useRef(new Set<AbortController>());
  useEffect(() => {
    const controllers = pending.current;
    return () => controllers.forEach((c) => c.abort());
  }, []);

  const finishPick = useCallback(
    (people: readonly Person[]) => {
      const [only] = people;
      if (!only) return;
      if (people.length === 1) onSelect(only);
      else if (onSelectMany) onSelectMany([...people]);
      else people.forEach((person) => onSelect(person));
      setAnnouncement(
        people.length === 1
          ? format(texts.added, { name: only.displayName })
          : format(texts.addedMany, { count: people.length }),
      );
    },
    [onSelect, onSelectMany, format, texts],
  );

  const pick = useCallback(
    (value: string) => {
      if (disabled) return;
      const chosen =
        value === PEOPLE_PICKER_ADD_ALL ? pickable : options.filter((o) => o.value === value && !o.excluded);
      if (chosen.length === 0) return;
      // From a pasted list only the added entries go: the rest stays for the next pick, with any bad entries.
      const rest = isListInput ? withoutEntries(inputValue, new Set(chosen.map((o) => o.entry ?? o.value))) : '';
      setInputValue(rest);
      setOpenRequested(rest !== '');
      inputRef.current?.focus();
      const unnamed = chosen.filter((o) => o.resolving).map((o) => o.value);
      if (unnamed.length === 0) {
        finishPick(chosen.map((o) => o.person));
        return;
      }
      // The user confirmed pasted ids before their look-up answered: ask once more, and fall back to the ids.
      const controller = new AbortController();
      pending.current.add(controller);
      adapter
        .resolvePeople(unnamed, { signal: controller.signal })
        .then(
          (found) => found,
          () => [] as Person[],
        )
        .then((found) => {
          if (controller.signal.aborted) return;
          finishPick(chosen.map((o) => (o.resolving ? (found.find((p) => p.id === o.value) ?? o.person) : o.person)));
        })
        .finally(() => pending.current.delete(controller));
    },
    [options, pickable, disabled, isListInput, inputValue, adapter, finishPick],
  );

  const onInputChange = useCallback((event: ChangeEvent<HTMLInputElement>) => {
    setInputValue(event.target.value);
    setOpenRequested(true);
    // The "added" announcement has been heard; it must not be read again with the next results.
    setAnnouncement(undefined);
  }, []);

  const onPaste = useCallback((event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    // A one-line paste is left to the browser; several lines would be run together by a text input.
    if (!/[\r\n\t]/.test(pasted)) return;
    event.preventDefault();
    const field = event.currentTarget;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    setInputValue(field.value.slice(0, start) + pastedLinesToText(pasted) + field.value.slice(end));
    setOpenRequested(true);
    setAnnouncement(undefined);
  }, []);

  const onOpenChange = useCallback((open: boolean) => setOpenRequested(open), []);

  // A list's names are still being looked up too: Enter would add only part of it.
  const stale = (input.kind === 'name' || input.kind === 'list') && !search.fresh;
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Enter' && stale) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [stale],
  );

  const visibleLabel = label ?? (ariaLabel ? undefined : texts.label);

  return {
    root: { ...rest, ref },
    inputRef,
    className,
    label: visibleLabel,
    ariaLabel: visibleLabel ? undefined : ariaLabel,
    placeholder: placeholder ?? texts.placeholder,
    disabled,
    inputValue,
    inputKind: input.kind,
    open: openRequested && options.length > 0 && !disabled,
    options,
    addAll,
    busy,
    statusText,
    announcement: announcement ?? countAnnouncement,
    message,
    retryLabel: strings.common.retry,
    statusId,
    retry: search.retry,
    pick,
    onInputChange,
    onPaste,
    onOpenChange,
    onKeyDownCapture,
  };
}

export { PEOPLE_PICKER_ADD_ALL } from './peoplePickerLookup';
