import { makeStyles, mergeClasses, personaClassNames, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { PeoplePickerClasses, PeoplePickerState } from './PeoplePicker.types';

/**
 * Static class names of {@link PeoplePicker}'s slots, for hosts that style the picker from their own CSS. States are
 * exposed as attributes: `data-busy` and `data-input-kind` (`empty`, `name`, `id`, `invalidId`, `ids`, `list`) on the root,
 * `data-excluded` and `data-raw-id` on options.
 */
export const peoplePickerClassNames = {
  root: 'rk-PeoplePicker',
  field: 'rk-PeoplePicker__field',
  combobox: 'rk-PeoplePicker__combobox',
  listbox: 'rk-PeoplePicker__listbox',
  option: 'rk-PeoplePicker__option',
  persona: 'rk-PeoplePicker__persona',
  status: 'rk-PeoplePicker__status',
  visuallyHidden: 'rk-PeoplePicker__visuallyHidden',
  retryButton: 'rk-PeoplePicker__retryButton',
} as const satisfies Record<keyof PeoplePickerClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
// Nothing here animates beyond Fluent's own Spinner, which honours reduced motion itself.

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  field: {
    minWidth: 0,
  },
  combobox: {
    minWidth: '16rem',
    width: '100%',
  },
  listbox: {
    maxHeight: '22rem',
  },
  option: {
    // Persona colours its own lines, so the dimming of someone already invited has to reach each of them.
    [`&[data-excluded] .${personaClassNames.primaryText}, &[data-excluded] .${personaClassNames.secondaryText}`]: {
      color: tokens.colorNeutralForegroundDisabled,
    },
    [`&[data-excluded] .${personaClassNames.tertiaryText}`]: {
      color: tokens.colorNeutralForeground2,
      fontWeight: tokens.fontWeightSemibold,
    },
    [`&[data-excluded] .${personaClassNames.avatar}`]: {
      opacity: 0.6,
    },
    [FORCED_COLORS]: {
      [`&[data-excluded] .${personaClassNames.primaryText}, &[data-excluded] .${personaClassNames.secondaryText}`]: {
        color: 'GrayText',
      },
    },
  },
  persona: {
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  status: {
    ...typographyStyles.caption1,
    minHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  visuallyHidden: visuallyHiddenStyle,
  retryButton: {
    marginLeft: tokens.spacingHorizontalS,
    verticalAlign: 'baseline',
  },
});

/**
 * Styles of {@link PeoplePicker}: one class string per slot, each starting with the slot's static class name and
 * ending with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes follow.
 *
 * @example
 * ```tsx
 * const classes = usePeoplePickerStyles(state);
 * return renderPeoplePicker(state, classes);
 * ```
 */
export function usePeoplePickerStyles(state: PeoplePickerState): PeoplePickerClasses {
  const styles = useStyles();
  return {
    root: mergeClasses(peoplePickerClassNames.root, styles.root, state.className),
    field: mergeClasses(peoplePickerClassNames.field, styles.field),
    combobox: mergeClasses(peoplePickerClassNames.combobox, styles.combobox),
    listbox: mergeClasses(peoplePickerClassNames.listbox, styles.listbox),
    option: mergeClasses(peoplePickerClassNames.option, styles.option),
    persona: mergeClasses(peoplePickerClassNames.persona, styles.persona),
    status: mergeClasses(peoplePickerClassNames.status, styles.status),
    visuallyHidden: mergeClasses(peoplePickerClassNames.visuallyHidden, styles.visuallyHidden),
    retryButton: mergeClasses(peoplePickerClassNames.retryButton, styles.retryButton),
  };
}
