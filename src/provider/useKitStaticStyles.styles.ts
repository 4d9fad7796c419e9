import { makeStaticStyles } from '@fluentui/react-components';

/**
 * Page-wide rules every component of the kit needs, inserted once per Griffel renderer by the first component that
 * renders (through {@link useRoomsKit}).
 *
 * Tabster, Fluent's focus manager, puts `<i data-tabster-dummy tabindex="0" aria-hidden="true">` guards inside and
 * around menus, dialogs, toasts and tab lists: they take focus only to pass it on at once. Drawn 1 px wide, axe (and
 * so any checker) reads them as hidden content a pointer or Tab can land on (`aria-hidden-focus`, microsoft/tabster#288).
 * With no size and no pointer events they are what axe recognises as focus sentinels; Tab still reaches them and
 * tabster still passes focus on.
 */
export const useKitStaticStyles = makeStaticStyles({
  'i[data-tabster-dummy]': {
    width: '0px !important',
    height: '0px !important',
    pointerEvents: 'none',
  },
});
