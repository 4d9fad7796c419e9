import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { RaisedHandQueueClasses, RaisedHandQueueState } from './RaisedHandQueue.types';

/**
 * Static class names of {@link RaisedHandQueue}'s slots, for hosts that style it from their own CSS. States are
 * attributes: `data-pending` on a row while its action runs, `data-failed` when it failed, `data-user-id` on each row,
 * `data-section` (`hands|speakers`) on the two sections.
 */
export const raisedHandQueueClassNames = {
  root: 'rk-RaisedHandQueue',
  header: 'rk-RaisedHandQueue__header',
  heading: 'rk-RaisedHandQueue__heading',
  list: 'rk-RaisedHandQueue__list',
  row: 'rk-RaisedHandQueue__row',
  position: 'rk-RaisedHandQueue__position',
  person: 'rk-RaisedHandQueue__person',
  name: 'rk-RaisedHandQueue__name',
  meta: 'rk-RaisedHandQueue__meta',
  actions: 'rk-RaisedHandQueue__actions',
  reason: 'rk-RaisedHandQueue__reason',
  error: 'rk-RaisedHandQueue__error',
  empty: 'rk-RaisedHandQueue__empty',
  visuallyHidden: 'rk-RaisedHandQueue__visuallyHidden',
} as const satisfies Record<keyof RaisedHandQueueClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: '0px',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: '0px',
    padding: '0px',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    transitionProperty: 'opacity',
    transitionDuration: tokens.durationNormal,
    '&[data-pending]': { opacity: 0.7 },
    '&[data-failed]': {
      borderInlineStartWidth: tokens.strokeWidthThicker,
      borderInlineStartColor: tokens.colorPaletteRedBorder2,
    },
    [FORCED_COLORS]: {
      ...shorthands.borderColor('CanvasText'),
      '&[data-pending]': { opacity: 1, ...shorthands.borderStyle('dashed') },
    },
    [REDUCED_MOTION]: { transitionDuration: '0.01ms' },
  },
  position: {
    ...typographyStyles.body1Strong,
    minWidth: '2ch',
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
  person: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  name: {
    ...typographyStyles.body1Strong,
    overflowWrap: 'anywhere',
  },
  meta: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    gridColumnStart: '2',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  reason: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  error: {
    gridColumnStart: '1',
    gridColumnEnd: '-1',
  },
  empty: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    margin: '0px',
  },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link RaisedHandQueue}: one class string per slot, each starting with its static class name, the host's
 * `className` last on the root. Fluent tokens and logical properties only, so themes and right-to-left follow.
 *
 * @example
 * ```tsx
 * const classes = useRaisedHandQueueStyles(state);
 * return renderRaisedHandQueue(state, classes);
 * ```
 */
export function useRaisedHandQueueStyles(state: RaisedHandQueueState): RaisedHandQueueClasses {
  const styles = useStyles();
  const classes = {} as Record<keyof RaisedHandQueueClasses, string>;
  for (const slot of Object.keys(raisedHandQueueClassNames) as Array<keyof RaisedHandQueueClasses>) {
    classes[slot] = mergeClasses(raisedHandQueueClassNames[slot], styles[slot]);
  }
  classes.root = mergeClasses(raisedHandQueueClassNames.root, styles.root, state.className);
  return classes;
}
