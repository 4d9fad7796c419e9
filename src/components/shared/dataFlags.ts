/**
 * The kit's one convention for `data-*` attributes on its elements, for host CSS and tests:
 * - a yes/no flag is present and empty when on, absent when off: `data-dirty=""`, selected by `[data-dirty]`
 *   (the way Radix and React Aria mark `data-disabled`);
 * - a state with more than two values carries the value: `data-status="failed"`, `data-pending="decline"`,
 *   `data-conflict="removed"`;
 * - names are kebab-case English words, and `readonly` is written as HTML writes it (`data-readonly`).
 */

/** A yes/no `data-*` flag: `''` (present) when on, `undefined` (absent) when off. */
export function dataFlag(on: boolean | undefined): '' | undefined {
  return on ? '' : undefined;
}
