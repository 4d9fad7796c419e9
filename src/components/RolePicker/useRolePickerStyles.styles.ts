import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { RolePickerClasses, RolePickerState } from './RolePicker.types';

/**
 * Static class names of {@link RolePicker}'s slots, for hosts that style the picker from their own CSS. States are
 * exposed as attributes: `data-role` (the chosen role) and `data-variant` on the root, `data-readonly` when read-only,
 * `data-role`, `data-selected` and `data-disabled` on each card.
 */
export const rolePickerClassNames = {
  root: 'rk-RolePicker',
  dropdown: 'rk-RolePicker__dropdown',
  listbox: 'rk-RolePicker__listbox',
  option: 'rk-RolePicker__option',
  optionText: 'rk-RolePicker__optionText',
  optionName: 'rk-RolePicker__optionName',
  optionSummary: 'rk-RolePicker__optionSummary',
  optionReason: 'rk-RolePicker__optionReason',
  radioGroup: 'rk-RolePicker__radioGroup',
  card: 'rk-RolePicker__card',
  radio: 'rk-RolePicker__radio',
  description: 'rk-RolePicker__description',
  details: 'rk-RolePicker__details',
  detailsColumn: 'rk-RolePicker__detailsColumn',
  detailsHeading: 'rk-RolePicker__detailsHeading',
  detailsList: 'rk-RolePicker__detailsList',
  readOnlyLabel: 'rk-RolePicker__readOnlyLabel',
  readOnlyValue: 'rk-RolePicker__readOnlyValue',
  popover: 'rk-RolePicker__popover',
} as const satisfies Record<keyof RolePickerClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';
const SELECTED = '&[data-selected]';
const DISABLED = '&[data-disabled]';

const useStyles = makeStyles({
  root: {
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  compactRoot: {
    display: 'inline-block',
  },
  dropdown: {
    minWidth: '10rem',
  },
  listbox: {
    // Options carry a summary line: give them room beyond the button's width, which suits a table cell.
    minWidth: '18rem',
    maxWidth: 'min(28rem, 90vw)',
  },
  option: {
    alignItems: 'flex-start',
  },
  optionText: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  optionName: {
    ...typographyStyles.body1Strong,
  },
  optionSummary: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  optionReason: {
    ...typographyStyles.caption1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    [FORCED_COLORS]: { color: 'CanvasText' },
  },
  radioGroup: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    transitionProperty: 'border-color, background-color',
    transitionDuration: tokens.durationFaster,
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
    },
    // Fluent greys an unchecked radio's label; on a card the role's name is the heading and stays in full colour.
    [`&:not([data-disabled]) .${rolePickerClassNames.optionName}`]: {
      color: tokens.colorNeutralForeground1,
    },
    [SELECTED]: {
      backgroundColor: tokens.colorBrandBackground2,
      ...shorthands.borderColor(tokens.colorBrandStroke1),
      boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorBrandStroke1}`,
    },
    [DISABLED]: {
      cursor: 'not-allowed',
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    },
    ':focus-within': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
    // Forced colours drop backgrounds and shadows: the chosen card keeps a thick system-colour border instead.
    [FORCED_COLORS]: {
      [SELECTED]: { ...shorthands.border(tokens.strokeWidthThickest, 'solid', 'Highlight') },
      [DISABLED]: { ...shorthands.borderColor('GrayText'), color: 'GrayText' },
    },
    [REDUCED_MOTION]: { transitionDuration: '0.01ms' },
  },
  radio: {
    // The card's padding already spaces the radio; keep its label aligned with the text under it.
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
  description: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  details: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  detailsColumn: {
    minWidth: 0,
  },
  detailsHeading: {
    ...typographyStyles.caption1Strong,
    margin: 0,
  },
  detailsList: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  readOnlyRoot: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  readOnlyLabel: {
    ...typographyStyles.body1Strong,
    marginRight: tokens.spacingHorizontalXS,
  },
  readOnlyValue: {
    ...typographyStyles.body1,
  },
  popover: {
    maxWidth: '20rem',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/**
 * Styles of {@link RolePicker}: one class string per slot, each starting with the slot's static class name and ending
 * with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes follow.
 *
 * @example
 * ```tsx
 * const classes = useRolePickerStyles(state);
 * return renderRolePicker(state, classes);
 * ```
 */
export function useRolePickerStyles(state: RolePickerState): RolePickerClasses {
  const styles = useStyles();
  return {
    root: mergeClasses(
      rolePickerClassNames.root,
      styles.root,
      state.readOnly ? styles.readOnlyRoot : state.variant === 'compact' && styles.compactRoot,
      state.className,
    ),
    dropdown: mergeClasses(rolePickerClassNames.dropdown, styles.dropdown),
    listbox: mergeClasses(rolePickerClassNames.listbox, styles.listbox),
    option: mergeClasses(rolePickerClassNames.option, styles.option),
    optionText: mergeClasses(rolePickerClassNames.optionText, styles.optionText),
    optionName: mergeClasses(rolePickerClassNames.optionName, styles.optionName),
    optionSummary: mergeClasses(rolePickerClassNames.optionSummary, styles.optionSummary),
    optionReason: mergeClasses(rolePickerClassNames.optionReason, styles.optionReason),
    radioGroup: mergeClasses(rolePickerClassNames.radioGroup, styles.radioGroup),
    card: mergeClasses(rolePickerClassNames.card, styles.card),
    radio: mergeClasses(rolePickerClassNames.radio, styles.radio),
    description: mergeClasses(rolePickerClassNames.description, styles.description),
    details: mergeClasses(rolePickerClassNames.details, styles.details),
    detailsColumn: mergeClasses(rolePickerClassNames.detailsColumn, styles.detailsColumn),
    detailsHeading: mergeClasses(rolePickerClassNames.detailsHeading, styles.detailsHeading),
    detailsList: mergeClasses(rolePickerClassNames.detailsList, styles.detailsList),
    readOnlyLabel: mergeClasses(rolePickerClassNames.readOnlyLabel, styles.readOnlyLabel),
    readOnlyValue: mergeClasses(rolePickerClassNames.readOnlyValue, styles.readOnlyValue),
    popover: mergeClasses(rolePickerClassNames.popover, styles.popover),
  };
}
