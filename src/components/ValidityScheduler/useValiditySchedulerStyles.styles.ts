import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { ValiditySchedulerClasses, ValiditySchedulerState } from './ValidityScheduler.types';

/**
 * Static class names of {@link ValidityScheduler}'s slots, for hosts that style it from their own CSS. States are
 * attributes: `data-status="scheduled|open|ended"` and `data-readonly` on the root, `data-preset` on the root
 * (the duration preset, `custom` when the end is typed), `data-starts-now` (present) when the start follows the clock.
 */
export const validitySchedulerClassNames = {
  root: 'rk-ValidityScheduler',
  label: 'rk-ValidityScheduler__label',
  row: 'rk-ValidityScheduler__row',
  field: 'rk-ValidityScheduler__field',
  zoneField: 'rk-ValidityScheduler__zoneField',
  startsNow: 'rk-ValidityScheduler__startsNow',
  notice: 'rk-ValidityScheduler__notice',
  summary: 'rk-ValidityScheduler__summary',
  status: 'rk-ValidityScheduler__status',
  readOnlyList: 'rk-ValidityScheduler__readOnlyList',
} as const satisfies Record<keyof ValiditySchedulerClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
// Nothing here moves (no transitions or animations), so reduced motion needs no rule.

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    margin: '0px',
    padding: '0px',
    border: 'none',
    color: tokens.colorNeutralForeground1,
  },
  label: {
    ...typographyStyles.subtitle2,
    padding: '0px',
    marginBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  field: {
    minWidth: '160px',
    flex: '1 1 160px',
    maxWidth: '280px',
    // Fluent's Combobox and Dropdown want 250px of their own; in a narrow form they must fit the field instead.
    '& .fui-Combobox, & .fui-Dropdown, & .fui-Input': { minWidth: '0px', maxWidth: '100%', boxSizing: 'border-box' },
    '& .fui-Combobox__input': { minWidth: '0px', width: '100%' },
  },
  zoneField: {
    minWidth: '240px',
    flex: '1 1 240px',
    maxWidth: '420px',
  },
  startsNow: {
    // Level with the inputs beside it, below their labels, whatever messages grow under them.
    alignSelf: 'flex-start',
    marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})`,
  },
  notice: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  summary: {
    ...typographyStyles.body1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: '0px',
    color: tokens.colorNeutralForeground2,
    // No window while the end is before the start: the summary reads as the problem it is.
    '&[data-invalid]': { color: tokens.colorPaletteRedForeground1 },
  },
  status: {
    flexShrink: 0,
    // Badges are drawn with background colour, which forced colours drop; a border keeps the shape visible.
    [FORCED_COLORS]: {
      border: `${tokens.strokeWidthThin} solid CanvasText`,
    },
  },
  readOnlyList: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: '0px',
    '& dt': { ...typographyStyles.body1Strong },
    '& dd': { ...typographyStyles.body1, margin: '0px' },
  },
});

/**
 * Styles of {@link ValidityScheduler}: one class string per slot, each starting with the slot's static class name and
 * ending with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes follow.
 *
 * @example
 * ```tsx
 * const classes = useValiditySchedulerStyles(state);
 * return renderValidityScheduler(state, classes);
 * ```
 */
export function useValiditySchedulerStyles(state: ValiditySchedulerState): ValiditySchedulerClasses {
  const styles = useStyles();
  return {
    root: mergeClasses(validitySchedulerClassNames.root, styles.root, state.className),
    label: mergeClasses(validitySchedulerClassNames.label, styles.label),
    row: mergeClasses(validitySchedulerClassNames.row, styles.row),
    field: mergeClasses(validitySchedulerClassNames.field, styles.field),
    zoneField: mergeClasses(validitySchedulerClassNames.field, validitySchedulerClassNames.zoneField, styles.zoneField),
    startsNow: mergeClasses(validitySchedulerClassNames.startsNow, styles.startsNow),
    notice: mergeClasses(validitySchedulerClassNames.notice, styles.notice),
    summary: mergeClasses(validitySchedulerClassNames.summary, styles.summary),
    status: mergeClasses(validitySchedulerClassNames.status, styles.status),
    readOnlyList: mergeClasses(validitySchedulerClassNames.readOnlyList, styles.readOnlyList),
  };
}
