import { useCallback, useState } from 'react';

/** Options for {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; when not `undefined`, the component shows it and only reports changes. */
  value: T | undefined;
  /** The starting value when uncontrolled. */
  defaultValue: T;
  /** Called with every change the user makes, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * One value that a component edits, held either by its parent (`value` + `onChange`) or by itself
 * (`defaultValue`), the way Radix's `useControllableState` works. The kit uses it for every edited value.
 *
 * @example
 * ```ts
 * const [role, setRole] = useControllableState({ value: props.value, defaultValue: props.defaultValue ?? DEFAULT_ROLE, onChange: props.onChange });
 * ```
 */
export function useControllableState<T>(options: UseControllableStateOptions<T>): [T, (next: T) => void] {
  const { value, defaultValue, onChange } = options;
  const [inner, setInner] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : inner;
  const set = useCallback(
    (next: T) => {
      if (Object.is(next, current)) return;
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, current, onChange],
  );
  return [current, set];
}
