import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { WaitingRoomClasses, WaitingRoomState } from './WaitingRoom.types';

/**
 * Static class names of {@link WaitingRoom}'s slots, for hosts that style it from their own CSS. Its state is the
 * root's `data-phase` (`form|sending|loading|waiting|admitted|declined|expired|cancelled|closed|failed|unsupported`),
 * with `data-offline` while the device is offline.
 */
export const waitingRoomClassNames = {
  root: 'rk-WaitingRoom',
  title: 'rk-WaitingRoom__title',
  lines: 'rk-WaitingRoom__lines',
  line: 'rk-WaitingRoom__line',
  form: 'rk-WaitingRoom__form',
  actions: 'rk-WaitingRoom__actions',
  can: 'rk-WaitingRoom__can',
  canHeading: 'rk-WaitingRoom__canHeading',
  canList: 'rk-WaitingRoom__canList',
  status: 'rk-WaitingRoom__status',
  visuallyHidden: 'rk-WaitingRoom__visuallyHidden',
} as const satisfies Record<keyof WaitingRoomClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '36rem',
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: '0px',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
    ':focus:not(:focus-visible)': { outlineStyle: 'none' },
    [FORCED_COLORS]: { ':focus-visible': { outlineColor: 'Highlight' } },
  },
  lines: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  line: {
    ...typographyStyles.body1,
    margin: '0px',
    overflowWrap: 'anywhere',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  can: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    [FORCED_COLORS]: { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  canHeading: {
    ...typographyStyles.body1Strong,
    margin: '0px',
  },
  canList: {
    ...typographyStyles.body1,
    margin: '0px',
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
  status: {
    alignSelf: 'flex-start',
  },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link WaitingRoom}: one class string per slot, each starting with its static class name, the host's
 * `className` last on the root. Fluent tokens and logical properties only.
 *
 * @example
 * ```tsx
 * const classes = useWaitingRoomStyles(state);
 * return renderWaitingRoom(state, classes);
 * ```
 */
export function useWaitingRoomStyles(state: WaitingRoomState): WaitingRoomClasses {
  const styles = useStyles();
  const classes = {} as Record<keyof WaitingRoomClasses, string>;
  for (const slot of Object.keys(waitingRoomClassNames) as Array<keyof WaitingRoomClasses>) {
    classes[slot] = mergeClasses(waitingRoomClassNames[slot], styles[slot]);
  }
  classes.root = mergeClasses(waitingRoomClassNames.root, styles.root, state.className);
  return classes;
}
