import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Options for {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; when not `undefined`, the component shows it and only reports changes. */
  value: T | undefined;
  /** The starting value when uncontrolled. */
  defaultValue: T;
  /** Called with every change the user makes, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
  /** The component's name, for the development warning when it switches between controlled and uncontrolled. */
  name?: string;
}

/** What the setter of {@link useControllableState} takes: the next value, or a function of the current one. */
export type ControllableStateUpdate<T> = T | ((current: T) => T);

// On the server there is no layout phase; React warns about useLayoutEffect there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

function isDevelopment(): boolean {
  // Bundlers replace process.env.NODE_ENV; a page without a bundler has no `process`, and is treated as production.
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
}

function isUpdater<T>(update: ControllableStateUpdate<T>): update is (current: T) => T {
  return typeof update === 'function';
}

/**
 * One value that a component edits, held either by its parent (`value` + `onChange`) or by itself (`defaultValue`),
 * the way Radix's and React Stately's `useControllableState` work:
 * - the setter is stable (the same function on every render), so it can go into effects and memoised children;
 * - it takes the next value or a function of the current one, and several functional updates in one event compose,
 *   controlled or not;
 * - `onChange` hears only real changes (`Object.is`);
 * - in development, switching between controlled and uncontrolled logs one warning, as React's inputs do.
 *
 * @example
 * ```ts
 * const [role, setRole] = useControllableState({ value: props.value, defaultValue: props.defaultValue ?? DEFAULT_ROLE, onChange: props.onChange, name: 'RolePicker' });
 * setRole((current) => (current === 'Consumer' ? 'Attendee' : current));
 * ```
 */
export function useControllableState<T>(
  options: UseControllableStateOptions<T>,
): [T, (update: ControllableStateUpdate<T>) => void] {
  const { value, defaultValue, onChange, name = 'A component' } = options;
  const [inner, setInner] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : inner;

  // What the setter starts from: the rendered value, moved on by each update made before the next render, so that
  // two functional updates in one event compose. Every render starts again from what is shown.
  const latest = useRef({ current, controlled, onChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { current, controlled, onChange };
  });

  const wasControlled = useRef(controlled);
  useEffect(() => {
    if (isDevelopment() && wasControlled.current !== controlled) {
      console.warn(
        `${name} is changing from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
          controlled ? 'controlled' : 'uncontrolled'
        }. Decide between a controlled value (value and onChange) and an uncontrolled one (defaultValue) for the ` +
          'lifetime of the component.',
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);

  const set = useCallback((update: ControllableStateUpdate<T>) => {
    const state = latest.current;
    const next = isUpdater(update) ? update(state.current) : update;
    if (Object.is(next, state.current)) return;
    state.current = next;
    if (!state.controlled) setInner(next);
    state.onChange?.(next);
  }, []);
  return [current, set];
}
