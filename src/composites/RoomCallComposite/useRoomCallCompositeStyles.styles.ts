import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../../components/shared/visuallyHidden.styles';
import type { RoomCallCompositeClasses, RoomCallCompositeState } from './RoomCallComposite.types';

/**
 * Static class names of {@link RoomCallComposite}'s slots, for hosts that style it from their own CSS. States are
 * attributes: `data-phase` and `data-role` on the root, `data-control` on each restriction, `data-joined`,
 * `data-invited` and `data-role` on each person of the people panel.
 */
export const roomCallCompositeClassNames = {
  root: 'rk-RoomCallComposite',
  roleBar: 'rk-RoomCallComposite__roleBar',
  callTitle: 'rk-RoomCallComposite__callTitle',
  roleBadge: 'rk-RoomCallComposite__roleBadge',
  roleBarActions: 'rk-RoomCallComposite__roleBarActions',
  notices: 'rk-RoomCallComposite__notices',
  body: 'rk-RoomCallComposite__body',
  call: 'rk-RoomCallComposite__call',
  stageMessage: 'rk-RoomCallComposite__stageMessage',
  restrictions: 'rk-RoomCallComposite__restrictions',
  restriction: 'rk-RoomCallComposite__restriction',
  capabilities: 'rk-RoomCallComposite__capabilities',
  capabilityColumns: 'rk-RoomCallComposite__capabilityColumns',
  capabilityList: 'rk-RoomCallComposite__capabilityList',
  screen: 'rk-RoomCallComposite__screen',
  screenIcon: 'rk-RoomCallComposite__screenIcon',
  countdown: 'rk-RoomCallComposite__countdown',
  panel: 'rk-RoomCallComposite__panel',
  panelHeader: 'rk-RoomCallComposite__panelHeader',
  panelColumns: 'rk-RoomCallComposite__panelColumns',
  panelColumn: 'rk-RoomCallComposite__panelColumn',
  personList: 'rk-RoomCallComposite__personList',
  person: 'rk-RoomCallComposite__person',
  personMain: 'rk-RoomCallComposite__personMain',
  personMeta: 'rk-RoomCallComposite__personMeta',
  personActions: 'rk-RoomCallComposite__personActions',
  confirm: 'rk-RoomCallComposite__confirm',
  moderationBar: 'rk-RoomCallComposite__moderationBar',
  dangerButton: 'rk-RoomCallComposite__dangerButton',
  panelSection: 'rk-RoomCallComposite__panelSection',
  deviceFields: 'rk-RoomCallComposite__deviceFields',
  visuallyHidden: 'rk-RoomCallComposite__visuallyHidden',
} as const satisfies Record<keyof RoomCallCompositeClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';
/** Too narrow for the call (30rem) and the people panel (16rem) side by side: the panel goes under the call. */
const STACKED = '@container (max-width: 46rem)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: '0px',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    containerType: 'inline-size',
  },
  roleBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  callTitle: {
    margin: '0px',
    minWidth: '0px',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  roleBadge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    ...typographyStyles.body1Strong,
  },
  roleBarActions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginInlineStart: 'auto',
  },
  notices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalXS,
    ':empty': { display: 'none' },
  },
  body: {
    display: 'flex',
    flex: '1 1 auto',
    minHeight: '0px',
    [STACKED]: { flexDirection: 'column' },
  },
  call: {
    position: 'relative',
    flex: '1 1 auto',
    // communication-react's desktop layout needs 30rem; the people panel gives way first.
    minWidth: 'min(30rem, 100%)',
    minHeight: '0px',
    [STACKED]: { minWidth: '0px', minHeight: '18rem' },
  },
  stageMessage: {
    position: 'absolute',
    insetInline: '0px',
    top: '0px',
    // Clear of communication-react's control bar (4.5rem high) so neither covers the other.
    bottom: '5rem',
    // Above communication-react's stage, which paints its own background over everything placed before it.
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    margin: '0px',
    paddingInline: tokens.spacingHorizontalXXL,
    textAlign: 'center',
    ...typographyStyles.body2,
    color: tokens.colorNeutralForeground2,
  },
  restrictions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: '0px',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    listStyleType: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  restriction: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  capabilities: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  capabilityColumns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  capabilityList: {
    margin: '0px',
    paddingInlineStart: tokens.spacingHorizontalL,
    ...typographyStyles.body1,
  },
  screen: {
    flex: '1 1 auto',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    textAlign: 'center',
  },
  screenIcon: {
    fontSize: '48px',
    color: tokens.colorBrandForeground1,
    [FORCED_COLORS]: { color: 'CanvasText' },
  },
  countdown: {
    ...typographyStyles.title2,
    fontVariantNumeric: 'tabular-nums',
  },
  panel: {
    flex: '0 1 32rem',
    minWidth: '16rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
    [STACKED]: {
      flex: '0 1 auto',
      minWidth: '0px',
      maxHeight: '50%',
      borderInlineStartWidth: '0px',
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  panelHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  panelColumns: {
    display: 'grid',
    // Invited and joined side by side where the panel is wide enough, one above the other where it is not.
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  panelColumn: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: '0px',
  },
  personList: {
    margin: '0px',
    padding: '0px',
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  person: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    transitionProperty: 'opacity',
    transitionDuration: tokens.durationFast,
    '&[data-pending]': { opacity: 0.6 },
    [REDUCED_MOTION]: { transitionDuration: '0.01ms' },
    // Forced colours ignore opacity on text; a dashed border still shows a pending row.
    [FORCED_COLORS]: { '&[data-pending]': { borderTopStyle: 'dashed', borderBottomStyle: 'dashed' } },
  },
  personMain: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flex: '1 1 10rem',
    minWidth: '0px',
  },
  personMeta: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '0px',
    ...typographyStyles.body1,
    '& > span:last-child': { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  },
  personActions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  confirm: {
    flex: '1 1 100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  moderationBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  deviceFields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Fluent v9 has no danger appearance: the status tokens keep the red readable in light, dark and high contrast.
  dangerButton: {
    '&:not([aria-disabled="true"]):not(:disabled)': {
      backgroundColor: tokens.colorStatusDangerBackground3,
      color: tokens.colorNeutralForegroundOnBrand,
      borderTopColor: tokens.colorStatusDangerBackground3,
      borderRightColor: tokens.colorStatusDangerBackground3,
      borderBottomColor: tokens.colorStatusDangerBackground3,
      borderLeftColor: tokens.colorStatusDangerBackground3,
      ':hover': {
        backgroundColor: tokens.colorStatusDangerBackground3Hover,
        color: tokens.colorNeutralForegroundOnBrand,
      },
      ':active': {
        backgroundColor: tokens.colorStatusDangerBackground3Pressed,
        color: tokens.colorNeutralForegroundOnBrand,
      },
      '& .fui-Button__icon': { color: tokens.colorNeutralForegroundOnBrand },
    },
    [FORCED_COLORS]: { forcedColorAdjust: 'auto' },
  },
  panelSection: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link RoomCallComposite}: one class string per slot, each starting with the slot's static class name.
 * Fluent tokens only, so light, dark and high-contrast themes follow; forced colours keep borders visible and reduced
 * motion drops the only transition.
 *
 * @example
 * ```tsx
 * const classes = useRoomCallCompositeStyles(state);
 * return renderRoomCallComposite(state, classes);
 * ```
 */
export function useRoomCallCompositeStyles(state: RoomCallCompositeState): RoomCallCompositeClasses {
  const styles = useStyles();
  const c = roomCallCompositeClassNames;
  return {
    root: mergeClasses(c.root, styles.root, state.className),
    roleBar: mergeClasses(c.roleBar, styles.roleBar),
    callTitle: mergeClasses(c.callTitle, styles.callTitle),
    roleBadge: mergeClasses(c.roleBadge, styles.roleBadge),
    roleBarActions: mergeClasses(c.roleBarActions, styles.roleBarActions),
    notices: mergeClasses(c.notices, styles.notices),
    body: mergeClasses(c.body, styles.body),
    call: mergeClasses(c.call, styles.call),
    stageMessage: mergeClasses(c.stageMessage, styles.stageMessage),
    restrictions: mergeClasses(c.restrictions, styles.restrictions),
    restriction: mergeClasses(c.restriction, styles.restriction),
    capabilities: mergeClasses(c.capabilities, styles.capabilities),
    capabilityColumns: mergeClasses(c.capabilityColumns, styles.capabilityColumns),
    capabilityList: mergeClasses(c.capabilityList, styles.capabilityList),
    screen: mergeClasses(c.screen, styles.screen),
    screenIcon: mergeClasses(c.screenIcon, styles.screenIcon),
    countdown: mergeClasses(c.countdown, styles.countdown),
    panel: mergeClasses(c.panel, styles.panel),
    panelHeader: mergeClasses(c.panelHeader, styles.panelHeader),
    panelColumns: mergeClasses(c.panelColumns, styles.panelColumns),
    panelColumn: mergeClasses(c.panelColumn, styles.panelColumn),
    personList: mergeClasses(c.personList, styles.personList),
    person: mergeClasses(c.person, styles.person),
    personMain: mergeClasses(c.personMain, styles.personMain),
    personMeta: mergeClasses(c.personMeta, styles.personMeta),
    personActions: mergeClasses(c.personActions, styles.personActions),
    confirm: mergeClasses(c.confirm, styles.confirm),
    moderationBar: mergeClasses(c.moderationBar, styles.moderationBar),
    dangerButton: mergeClasses(c.dangerButton, styles.dangerButton),
    panelSection: mergeClasses(c.panelSection, styles.panelSection),
    deviceFields: mergeClasses(c.deviceFields, styles.deviceFields),
    visuallyHidden: mergeClasses(c.visuallyHidden, styles.visuallyHidden),
  };
}
