import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { JoinRequestListClasses, JoinRequestListState } from './JoinRequestList.types';

/**
 * Static class names of {@link JoinRequestList}'s slots, for hosts that style it from their own CSS. States are
 * attributes: `data-status` (`loading|ready|failed`) on the root, `data-request-id` on each row, `data-pending`
 * (`admit|decline`) while a row's action runs and `data-failed` when it failed.
 */
export const joinRequestListClassNames = {
  root: 'rk-JoinRequestList',
  heading: 'rk-JoinRequestList__heading',
  scroller: 'rk-JoinRequestList__scroller',
  list: 'rk-JoinRequestList__list',
  row: 'rk-JoinRequestList__row',
  person: 'rk-JoinRequestList__person',
  name: 'rk-JoinRequestList__name',
  meta: 'rk-JoinRequestList__meta',
  message: 'rk-JoinRequestList__message',
  actions: 'rk-JoinRequestList__actions',
  rolePicker: 'rk-JoinRequestList__rolePicker',
  error: 'rk-JoinRequestList__error',
  empty: 'rk-JoinRequestList__empty',
  dialogContent: 'rk-JoinRequestList__dialogContent',
  visuallyHidden: 'rk-JoinRequestList__visuallyHidden',
} as const satisfies Record<keyof JoinRequestListClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: '0px',
  },
  scroller: {
    // A hundred people at the door scroll inside the list, so what follows it stays in view.
    maxHeight: '28rem',
    overflowY: 'auto',
    overscrollBehavior: 'contain',
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
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground1,
    transitionProperty: 'opacity',
    transitionDuration: tokens.durationNormal,
    '&[data-pending]': { opacity: 0.75 },
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
  person: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    flexBasis: '14rem',
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
  message: {
    ...typographyStyles.body1,
    margin: '0px',
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-line',
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  rolePicker: {},
  error: {
    flexBasis: '100%',
  },
  empty: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    margin: '0px',
  },
  dialogContent: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link JoinRequestList}: one class string per slot, each starting with its static class name, the host's
 * `className` last on the root. Fluent tokens and logical properties only.
 *
 * @example
 * ```tsx
 * const classes = useJoinRequestListStyles(state);
 * return renderJoinRequestList(state, classes);
 * ```
 */
export function useJoinRequestListStyles(state: JoinRequestListState): JoinRequestListClasses {
  const styles = useStyles();
  const classes = {} as Record<keyof JoinRequestListClasses, string>;
  for (const slot of Object.keys(joinRequestListClassNames) as Array<keyof JoinRequestListClasses>) {
    classes[slot] = mergeClasses(joinRequestListClassNames[slot], styles[slot]);
  }
  classes.root = mergeClasses(joinRequestListClassNames.root, styles.root, state.className);
  return classes;
}
