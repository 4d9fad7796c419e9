import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { RoomRole } from '../../core/roles';
import type { RoomActivityClasses, RoomActivityState } from './RoomActivity.types';
import { columnRootStyle } from '../shared/componentRoot.styles';

/**
 * Static class names of {@link RoomActivity}'s slots, for hosts that style it from their own CSS. States are exposed
 * as attributes: `data-load-status` and `data-phase` (`none|live|ended`) on the root, `data-status`
 * (`inCall|notJoined|left|noShow`) on sections and people, `data-role`, `data-late` and `data-invited` on people,
 * `data-role` and `data-open` on timeline bars.
 */
export const roomActivityClassNames = {
  root: 'rk-RoomActivity',
  header: 'rk-RoomActivity__header',
  title: 'rk-RoomActivity__title',
  meta: 'rk-RoomActivity__meta',
  callLine: 'rk-RoomActivity__callLine',
  counts: 'rk-RoomActivity__counts',
  callPicker: 'rk-RoomActivity__callPicker',
  message: 'rk-RoomActivity__message',
  joinRequests: 'rk-RoomActivity__joinRequests',
  tabs: 'rk-RoomActivity__tabs',
  panel: 'rk-RoomActivity__panel',
  board: 'rk-RoomActivity__board',
  section: 'rk-RoomActivity__section',
  sectionHeading: 'rk-RoomActivity__sectionHeading',
  roleCounts: 'rk-RoomActivity__roleCounts',
  people: 'rk-RoomActivity__people',
  person: 'rk-RoomActivity__person',
  personName: 'rk-RoomActivity__personName',
  personId: 'rk-RoomActivity__personId',
  badges: 'rk-RoomActivity__badges',
  details: 'rk-RoomActivity__details',
  empty: 'rk-RoomActivity__empty',
  toolbar: 'rk-RoomActivity__toolbar',
  tableScroller: 'rk-RoomActivity__tableScroller',
  table: 'rk-RoomActivity__table',
  cellName: 'rk-RoomActivity__cellName',
  timeline: 'rk-RoomActivity__timeline',
  timelineTitle: 'rk-RoomActivity__timelineTitle',
  timelineSvg: 'rk-RoomActivity__timelineSvg',
  timelineLabel: 'rk-RoomActivity__timelineLabel',
  timelineTrack: 'rk-RoomActivity__timelineTrack',
  timelineBar: 'rk-RoomActivity__timelineBar',
  timelineAxis: 'rk-RoomActivity__timelineAxis',
  timelineTick: 'rk-RoomActivity__timelineTick',
  legend: 'rk-RoomActivity__legend',
  legendItem: 'rk-RoomActivity__legendItem',
  swatch: 'rk-RoomActivity__swatch',
  patternPresenter: 'rk-RoomActivity__patternPresenter',
  patternCollaborator: 'rk-RoomActivity__patternCollaborator',
  patternAttendee: 'rk-RoomActivity__patternAttendee',
  patternConsumer: 'rk-RoomActivity__patternConsumer',
  patternUnknown: 'rk-RoomActivity__patternUnknown',
  patternMark: 'rk-RoomActivity__patternMark',
  patternConsumerMark: 'rk-RoomActivity__patternConsumerMark',
  visuallyHidden: 'rk-RoomActivity__visuallyHidden',
} as const satisfies Record<keyof RoomActivityClasses, string>;

/**
 * Each role's colour on the timeline: palette tokens that keep 3:1 against the background in light and dark themes.
 * Colour is never the only cue: each role also has its own pattern (solid, stripes, dots, outline) and every bar is
 * labelled with the role's name.
 */
export const ROLE_TIMELINE_COLORS: Readonly<Record<RoomRole | 'unknown', string>> = {
  Presenter: tokens.colorPaletteBlueBorderActive,
  Collaborator: tokens.colorPalettePurpleBorderActive,
  Attendee: tokens.colorPaletteDarkOrangeBorderActive,
  Consumer: tokens.colorPaletteTealBorderActive,
  unknown: tokens.colorNeutralForeground3,
};

const FORCED_COLORS = '@media (forced-colors: active)';
const NARROW = '@container (max-width: 520px)';

const useStyles = makeStyles({
  root: columnRootStyle,
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: '0px',
  },
  meta: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  callLine: {
    ...typographyStyles.body1,
    margin: '0px',
  },
  counts: {
    ...typographyStyles.body1Strong,
    margin: '0px',
  },
  callPicker: {
    marginInlineStart: 'auto',
    minWidth: '220px',
    maxWidth: '100%',
    [NARROW]: { marginInlineStart: '0px', width: '100%' },
  },
  message: {},
  joinRequests: {},
  tabs: {},
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  board: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  sectionHeading: {
    ...typographyStyles.subtitle2,
    margin: '0px',
  },
  roleCounts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: '0px',
    padding: '0px',
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  people: {
    // One column in a board of several sections; cards side by side when a section has the width (before a call).
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingVerticalS,
    listStyleType: 'none',
    margin: '0px',
    padding: '0px',
  },
  person: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    '&[data-late]': {
      borderInlineStartWidth: tokens.strokeWidthThicker,
      borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2,
    },
  },
  personName: {
    ...typographyStyles.body1Strong,
    overflowWrap: 'anywhere',
  },
  personId: {
    ...typographyStyles.caption1,
    // The raw id is secondary: one line, whole in its tooltip and for screen readers. Ids of one resource share
    // their start and differ at their end, so the line is cut at its start (a right-to-left box around the
    // left-to-right id, see renderRoomActivity), keeping the part that tells two people apart.
    display: 'block',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    // The box is `dir="rtl"` in the markup (styles would be mirrored on right-to-left pages); `end` is then its left.
    textAlign: 'end',
    color: tokens.colorNeutralForeground3,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  details: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: '0px',
  },
  empty: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    margin: '0px',
  },
  toolbar: {
    display: 'flex',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalS,
  },
  tableScroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  table: {
    minWidth: '640px',
    tableLayout: 'auto',
  },
  cellName: {
    display: 'flex',
    flexDirection: 'column',
    // The id under the name is cut to this width rather than widening the table.
    maxWidth: '36ch',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  timeline: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  timelineTitle: {
    ...typographyStyles.subtitle2,
    margin: '0px',
  },
  timelineSvg: {
    display: 'block',
    width: '100%',
    overflow: 'visible',
    fontFamily: tokens.fontFamilyBase,
  },
  timelineLabel: {
    fill: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    [FORCED_COLORS]: { fill: 'CanvasText' },
  },
  timelineTrack: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
    strokeDasharray: '2 3',
    [FORCED_COLORS]: { stroke: 'GrayText' },
  },
  timelineBar: {
    '&[data-role="Consumer"]': {
      stroke: ROLE_TIMELINE_COLORS.Consumer,
      strokeWidth: 2,
    },
    [FORCED_COLORS]: { stroke: 'CanvasText', strokeWidth: 1 },
  },
  timelineAxis: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
    [FORCED_COLORS]: { stroke: 'CanvasText' },
  },
  timelineTick: {
    fill: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    [FORCED_COLORS]: { fill: 'CanvasText' },
    // Too narrow for every time under the axis: every other one is left out (the tick marks stay).
    [NARROW]: { '&[data-minor]': { display: 'none' } },
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: '0px',
    padding: '0px',
    ...typographyStyles.caption1,
  },
  legendItem: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  swatch: {
    flexShrink: 0,
  },
  // The timeline's SVG patterns, one per role; forced colours draw them in the system's text colour.
  patternPresenter: { fill: ROLE_TIMELINE_COLORS.Presenter, [FORCED_COLORS]: { fill: 'CanvasText' } },
  patternCollaborator: { fill: ROLE_TIMELINE_COLORS.Collaborator, [FORCED_COLORS]: { fill: 'CanvasText' } },
  patternAttendee: { fill: ROLE_TIMELINE_COLORS.Attendee, [FORCED_COLORS]: { fill: 'CanvasText' } },
  patternConsumer: { fill: tokens.colorNeutralBackground1, [FORCED_COLORS]: { fill: 'Canvas' } },
  patternUnknown: { fill: ROLE_TIMELINE_COLORS.unknown, [FORCED_COLORS]: { fill: 'CanvasText' } },
  patternMark: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralBackground1,
    [FORCED_COLORS]: { fill: 'Canvas', stroke: 'Canvas' },
  },
  patternConsumerMark: { fill: ROLE_TIMELINE_COLORS.Consumer, [FORCED_COLORS]: { fill: 'CanvasText' } },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link RoomActivity}: one class string per slot, each starting with the slot's static class name, the
 * host's `className` last on the root. Fluent tokens only, so light, dark and high-contrast themes follow; forced
 * colours keep the timeline readable through its patterns.
 *
 * @example
 * ```tsx
 * const classes = useRoomActivityStyles(state);
 * return renderRoomActivity(state, classes);
 * ```
 */
export function useRoomActivityStyles(state: RoomActivityState): RoomActivityClasses {
  const styles = useStyles();
  const classes = {} as Record<keyof RoomActivityClasses, string>;
  for (const slot of Object.keys(roomActivityClassNames) as Array<keyof RoomActivityClasses>) {
    classes[slot] = mergeClasses(roomActivityClassNames[slot], styles[slot]);
  }
  classes.root = mergeClasses(roomActivityClassNames.root, styles.root, state.className);
  return classes;
}
