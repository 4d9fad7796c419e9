import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { RoomListClasses, RoomListState } from './RoomList.types';
import { columnRootStyle } from '../shared/componentRoot.styles';

/**
 * Static class names of {@link RoomList}'s slots, for hosts that style the list from their own CSS. States are
 * exposed as attributes: `data-load-status` on the root, `data-status="scheduled|open|ended"`, `data-room-id` and
 * `data-in-call` (while a call is on) on rows, `data-dial-out` on the dial-out cell.
 */
export const roomListClassNames = {
  root: 'rk-RoomList',
  header: 'rk-RoomList__header',
  title: 'rk-RoomList__title',
  toolbar: 'rk-RoomList__toolbar',
  statusGroup: 'rk-RoomList__statusGroup',
  scroller: 'rk-RoomList__scroller',
  table: 'rk-RoomList__table',
  headerCell: 'rk-RoomList__headerCell',
  row: 'rk-RoomList__row',
  idCell: 'rk-RoomList__idCell',
  roomName: 'rk-RoomList__roomName',
  roomLink: 'rk-RoomList__roomLink',
  headerRow: 'rk-RoomList__headerRow',
  search: 'rk-RoomList__search',
  text: 'rk-RoomList__text',
  people: 'rk-RoomList__people',
  idLine: 'rk-RoomList__idLine',
  idText: 'rk-RoomList__idText',
  viewerWindow: 'rk-RoomList__viewerWindow',
  searchStatus: 'rk-RoomList__searchStatus',
  actionsCell: 'rk-RoomList__actionsCell',
  spacer: 'rk-RoomList__spacer',
  placeholder: 'rk-RoomList__placeholder',
  footer: 'rk-RoomList__footer',
  statusCell: 'rk-RoomList__statusCell',
  callBadge: 'rk-RoomList__callBadge',
  visuallyHidden: 'rk-RoomList__visuallyHidden',
} as const satisfies Record<keyof RoomListClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';
/** A list too narrow for six columns (a phone, a side panel): each room becomes a card of stacked lines. */
const NARROW = '@container (max-width: 640px)';

const useStyles = makeStyles({
  root: columnRootStyle,
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: '0px',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
  },
  statusGroup: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    '& > span': {
      ...typographyStyles.body1,
      marginInlineEnd: tokens.spacingHorizontalXS,
    },
    // Fluent's buttons are at least 96 px wide: in a narrow list the three statuses would take two lines.
    [NARROW]: { '& > button': { minWidth: '0px' } },
  },
  scroller: {
    // A bounded box is what lets 1,000 rooms render only the rows in view.
    maxHeight: '70vh',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    [REDUCED_MOTION]: { scrollBehavior: 'auto' },
  },
  table: {
    tableLayout: 'auto',
  },
  headerCell: {
    position: 'sticky',
    top: '0px',
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...typographyStyles.body1Strong,
    whiteSpace: 'nowrap',
    [FORCED_COLORS]: { backgroundColor: 'Canvas' },
  },
  row: {
    [NARROW]: {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr) auto',
      columnGap: tokens.spacingHorizontalS,
      alignItems: 'start',
      paddingBlock: tokens.spacingVerticalXS,
      '& > td': { display: 'block', minWidth: '0px', height: 'auto' },
      '& > td[data-column="status"]': { gridColumn: '1 / -1', gridRow: '2', paddingBlock: '0px' },
      '& > td[data-column="window"]': { gridColumn: '1 / -1', gridRow: '3' },
      '& > td[data-column="created"], & > td[data-column="dialOut"]': { display: 'none' },
    },
  },
  headerRow: {
    [NARROW]: visuallyHiddenStyle,
  },
  text: {
    // Aligned by the page's direction, not by the line's own.
    textAlign: 'match-parent',
  },
  search: {
    flexBasis: '20rem',
    flexShrink: 1,
    minWidth: '12rem',
    maxWidth: '100%',
  },
  idCell: {
    minWidth: '200px',
    paddingBlock: tokens.spacingVerticalS,
    [NARROW]: { gridColumn: '1', gridRow: '1' },
  },
  roomName: {
    ...typographyStyles.body1Strong,
    overflowWrap: 'anywhere',
    '&[data-untitled]': {
      ...typographyStyles.body1,
      fontStyle: 'italic',
      color: tokens.colorNeutralForeground3,
    },
    // "No title" stays muted when it is a link too: a link's blue would make it the loudest name in the list.
    '&[data-untitled] .fui-Link': { color: tokens.colorNeutralForeground3 },
    '&[data-untitled] .fui-Link:hover': { color: tokens.colorNeutralForeground2 },
  },
  roomLink: {
    // The title reads as the row's name: its weight and style (italic "No title"), not a link's.
    fontWeight: 'inherit',
    fontStyle: 'inherit',
    textAlign: 'start',
  },
  people: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    // The line keeps its height while the names load, so rows do not jump when they arrive.
    minHeight: typographyStyles.caption1.lineHeight,
    textAlign: 'match-parent',
    '& > .fui-SkeletonItem': { display: 'inline-block', verticalAlign: 'middle', width: '12em', maxWidth: '100%' },
  },
  idLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground2,
  },
  idText: {
    ...typographyStyles.caption1,
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'nowrap',
  },
  viewerWindow: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  searchStatus: {
    alignSelf: 'center',
  },
  actionsCell: {
    width: '48px',
    [NARROW]: { gridColumn: '2', gridRow: '1', width: 'auto' },
  },
  spacer: {
    '& > td': { padding: '0px', border: '0px' },
  },
  placeholder: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    '& > p': { margin: '0px' },
    [FORCED_COLORS]: { border: `${tokens.strokeWidthThin} dashed CanvasText` },
  },
  footer: {
    ...typographyStyles.caption1,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
  statusCell: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  callBadge: {
    whiteSpace: 'nowrap',
    [FORCED_COLORS]: { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link RoomList}: one class string per slot, each starting with the slot's static class name and ending
 * with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes follow.
 *
 * @example
 * ```tsx
 * const classes = useRoomListStyles(state);
 * return renderRoomList(state, classes);
 * ```
 */
export function useRoomListStyles(state: RoomListState): RoomListClasses {
  const styles = useStyles();
  return {
    root: mergeClasses(roomListClassNames.root, styles.root, state.className),
    header: mergeClasses(roomListClassNames.header, styles.header),
    title: mergeClasses(roomListClassNames.title, styles.title),
    toolbar: mergeClasses(roomListClassNames.toolbar, styles.toolbar),
    statusGroup: mergeClasses(roomListClassNames.statusGroup, styles.statusGroup),
    scroller: mergeClasses(roomListClassNames.scroller, styles.scroller),
    table: mergeClasses(roomListClassNames.table, styles.table),
    headerCell: mergeClasses(roomListClassNames.headerCell, styles.headerCell),
    row: mergeClasses(roomListClassNames.row, styles.row),
    idCell: mergeClasses(roomListClassNames.idCell, styles.idCell),
    roomName: mergeClasses(roomListClassNames.roomName, styles.roomName),
    roomLink: mergeClasses(roomListClassNames.roomLink, styles.roomLink),
    headerRow: mergeClasses(roomListClassNames.headerRow, styles.headerRow),
    search: mergeClasses(roomListClassNames.search, styles.search),
    text: mergeClasses(roomListClassNames.text, styles.text),
    people: mergeClasses(roomListClassNames.people, styles.people),
    idLine: mergeClasses(roomListClassNames.idLine, styles.idLine),
    idText: mergeClasses(roomListClassNames.idText, styles.idText),
    viewerWindow: mergeClasses(roomListClassNames.viewerWindow, styles.viewerWindow),
    searchStatus: mergeClasses(roomListClassNames.searchStatus, styles.searchStatus),
    actionsCell: mergeClasses(roomListClassNames.actionsCell, styles.actionsCell),
    spacer: mergeClasses(roomListClassNames.spacer, styles.spacer),
    placeholder: mergeClasses(roomListClassNames.placeholder, styles.placeholder),
    footer: mergeClasses(roomListClassNames.footer, styles.footer),
    statusCell: mergeClasses(roomListClassNames.statusCell, styles.statusCell),
    callBadge: mergeClasses(roomListClassNames.callBadge, styles.callBadge),
    visuallyHidden: mergeClasses(roomListClassNames.visuallyHidden, styles.visuallyHidden),
  };
}
