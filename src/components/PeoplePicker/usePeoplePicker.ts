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
import { parseParticipantId } from '../../core/identifiers';
import { useDebouncedSearch } from '../../hooks/useDebouncedSearch';
import { useRoomsAdapter, useRoomsKit } from '../../provider/RoomsKitProvider';
import type { RoomsKitStrings } from '../../strings';
import type {
  PeoplePickerMessage,
  PeoplePickerOptionState,
  PeoplePickerProps,
  PeoplePickerState,
} from './PeoplePicker.types';
import {
  classifyPeopleInput,
  pastedLinesToText,
  withoutPickedId,
  type ClassifiedPeopleInput,
  type InvalidPeopleEntry,
} from './classifyPeopleInput';

const NO_IDS: readonly string[] = [];
/** Separates the ids of a list look-up in the debounced query (no raw id contains a space). */
const ID_LIST_SEPARATOR = ' ';

/** Why an entry cannot be invited: the kind of identifier it is, then the rule. */
function reasonFor(entry: InvalidPeopleEntry, strings: RoomsKitStrings): string {
  const kindText = entry.identifierKind ? strings.peoplePicker.identifierKinds[entry.identifierKind] : undefined;
  const rule = strings.identifiers[entry.code];
  return kindText ? `${kindText} ${rule}` : rule;
}

/** The ids to look up for the text: none for names and bad input, the pasted ones (at most `limit`) otherwise. */
function idsToResolve(input: ClassifiedPeopleInput, limit: number): string[] {
  if (input.kind === 'id') return [input.rawId];
  if (input.kind === 'ids') return input.rawIds.slice(0, limit);
  return [];
}

/**
 * State of {@link PeoplePicker}: the typed text, the debounced directory search (stale answers dropped), pasted
 * identifiers (one, or a list picked one by one) and the pick. Contains no JSX or styling.
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
    excludeIds = NO_IDS,
    debounceMs = 250,
    limit = 8,
    label,
    placeholder,
    disabled = false,
    className,
  } = props;
  const adapter = useRoomsAdapter(adapterProp);
  const { strings, format, locale } = useRoomsKit();
  const texts = strings.peoplePicker;
  const statusId = `rk-people-picker-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-status`;
  const inputRef = useRef<HTMLInputElement>(null);

  const [inputValue, setInputValue] = useState('');
  const [openRequested, setOpenRequested] = useState(false);
  const [announcement, setAnnouncement] = useState<string | undefined>(undefined);

  const input = useMemo(() => classifyPeopleInput(inputValue), [inputValue]);
  const pastedIds = useMemo(() => idsToResolve(input, limit), [input, limit]);
  const lookupQuery = input.kind === 'name' ? input.query : pastedIds.join(ID_LIST_SEPARATOR);

  const lookup = useCallback(
    async (query: string, signal: AbortSignal): Promise<Person[]> => {
      const ids = query.split(ID_LIST_SEPARATOR);
      if (!ids.every((id) => parseParticipantId(id).ok)) return adapter.searchPeople(query, { signal, limit });
      // A valid identifier can be added whether or not the directory knows it: failing to name it is no error.
      try {
        return await adapter.resolvePeople(ids, { signal });
      } catch (error) {
        if (signal.aborted) throw error;
        return [];
      }
    },
    [adapter, limit],
  );
  const search = useDebouncedSearch(lookupQuery, lookup, { debounceMs });

  const excluded = useMemo(() => new Set(excludeIds), [excludeIds]);

  const options = useMemo((): PeoplePickerOptionState[] => {
    const decorate = (person: Person, fromRawId: boolean, resolving: boolean): PeoplePickerOptionState => {
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
      };
    };
    let listed: PeoplePickerOptionState[];
    if (pastedIds.length > 0) {
      // Pasted ids are listed at once; their names fill in when the directory answers.
      const answered = search.fresh ? search.result : undefined;
      listed = pastedIds.map((id) => {
        const known = answered?.find((p) => p.id === id);
        if (known) {
          const option = decorate(known, true, false);
          return { ...option, tertiaryText: option.tertiaryText ?? known.id };
        }
        const option = decorate({ id, displayName: id }, true, answered === undefined);
        return { ...option, secondaryText: format(texts.notInDirectory, { id }) };
      });
    } else if (input.kind !== 'name' || search.status === 'failed' || !search.result) {
      return [];
    } else if (search.resultQuery !== undefined && search.resultQuery.split(ID_LIST_SEPARATOR).every(isId)) {
      // The last answer named pasted ids, not people matching this text.
      return [];
    } else {
      // While a new query loads, the previous query's people stay listed, so the list does not flicker.
      listed = search.result.map((person) => decorate(person, false, false));
    }
    // People already invited go last, so the first option, which Fluent makes active, is one that can be picked.
    return [...listed.filter((o) => !o.excluded), ...listed.filter((o) => o.excluded)];
  }, [pastedIds, input.kind, search.fresh, search.result, search.resultQuery, search.status, excluded, texts, format]);

  const busy = search.status === 'loading';

  let message: PeoplePickerMessage | undefined;
  if (input.kind === 'invalidId') {
    message = { kind: 'invalidId', text: reasonFor(input, strings) };
  } else if (input.kind === 'ids' && input.invalid[0]) {
    const first = input.invalid[0];
    const template = input.invalid.length === 1 ? texts.invalidEntryOne : texts.invalidEntryOther;
    message = {
      kind: 'invalidId',
      text: format(template, { entry: first.input, count: input.invalid.length, reason: reasonFor(first, strings) }),
    };
  } else if (search.status === 'failed' && search.error) {
    message = { kind: 'searchFailed', text: strings.errors[search.error.code], error: search.error };
  }

  let statusText: string | undefined;
  if (input.kind === 'name' && busy) statusText = texts.searching;
  else if (input.kind === 'name' && search.fresh && options.length === 0) {
    statusText = format(texts.noMatches, { query: input.query });
  } else if (input.kind === 'ids' && input.rawIds.length > pastedIds.length) {
    statusText = format(texts.pastedShowing, { shown: pastedIds.length, count: input.rawIds.length });
  }

  const countAnnouncement = useMemo(() => {
    if (input.kind !== 'name' || !search.fresh || options.length === 0) return undefined;
    const plural = new Intl.PluralRules(locale).select(options.length);
    return plural === 'one' ? texts.resultCountOne : format(texts.resultCountOther, { count: options.length });
  }, [input.kind, search.fresh, options.length, locale, texts, format]);

  const pending = useRef(new Set<AbortController>());
  useEffect(() => {
    const controllers = pending.current;
    return () => controllers.forEach((c) => c.abort());
  }, []);

  const finishPick = useCallback(
    (person: Person) => {
      onSelect(person);
      setAnnouncement(format(texts.added, { name: person.displayName }));
    },
    [onSelect, format, texts],
  );

  const pick = useCallback(
    (value: string) => {
      const option = options.find((o) => o.value === value);
      if (!option || option.excluded || disabled) return;
      // From a pasted list only the picked id goes: the rest stays for the next pick, with any bad entries.
      const rest = input.kind === 'ids' ? withoutPickedId(inputValue, option.value) : '';
      setInputValue(rest);
      setOpenRequested(rest !== '');
      inputRef.current?.focus();
      if (!option.resolving) {
        finishPick(option.person);
        return;
      }
      // The user confirmed a pasted id before its look-up answered: ask once more, and fall back to the id itself.
      const controller = new AbortController();
      pending.current.add(controller);
      adapter
        .resolvePeople([option.value], { signal: controller.signal })
        .then(
          (found) => found.find((p) => p.id === option.value),
          () => undefined,
        )
        .then((known) => {
          if (!controller.signal.aborted) finishPick(known ?? option.person);
        })
        .finally(() => pending.current.delete(controller));
    },
    [options, disabled, input.kind, inputValue, adapter, finishPick],
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

  const stale = input.kind === 'name' && !search.fresh;
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Enter' && stale) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [stale],
  );

  const ariaLabel = props['aria-label'];
  const visibleLabel = label ?? (ariaLabel ? undefined : texts.label);

  return {
    ref,
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

function isId(text: string): boolean {
  return parseParticipantId(text).ok;
}
