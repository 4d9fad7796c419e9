import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import { useMemo } from 'react';
import type { RosterEditorClasses } from './RosterEditor.types';
import type { RosterEditorState } from './rosterEditorState.types';
import { FORCED_COLORS, useRosterBulkStyles } from './useRosterBulkStyles.styles';
import { columnRootStyle } from '../shared/componentRoot.styles';

/**
 * Static class names of {@link RosterEditor}'s slots, for hosts that style the roster from their own CSS. States are
 * attributes: on the root `data-mode`, `data-save-mode`, `data-status`, `data-readonly`, `data-offline`,
 * `data-dirty`, `data-deleted`; on rows `data-role`, `data-change="added|removed|roleChanged"`, `data-pending`,
 * `data-failed`, `data-selected`, `data-conflict="changed|removed"`; on bulk report rows `data-status`.
 */
export const rosterEditorClassNames = {
  root: 'rk-RosterEditor',
  title: 'rk-RosterEditor__title',
  header: 'rk-RosterEditor__header',
  notice: 'rk-RosterEditor__notice',
  unlabeled: 'rk-RosterEditor__unlabeled',
  toolbar: 'rk-RosterEditor__toolbar',
  addGroup: 'rk-RosterEditor__addGroup',
  filterGroup: 'rk-RosterEditor__filterGroup',
  counts: 'rk-RosterEditor__counts',
  count: 'rk-RosterEditor__count',
  actionBar: 'rk-RosterEditor__actionBar',
  grid: 'rk-RosterEditor__grid',
  headerRow: 'rk-RosterEditor__headerRow',
  scroller: 'rk-RosterEditor__scroller',
  sizer: 'rk-RosterEditor__sizer',
  row: 'rk-RosterEditor__row',
  cell: 'rk-RosterEditor__cell',
  nameCell: 'rk-RosterEditor__nameCell',
  name: 'rk-RosterEditor__name',
  secondary: 'rk-RosterEditor__secondary',
  rawId: 'rk-RosterEditor__rawId',
  badge: 'rk-RosterEditor__badge',
  empty: 'rk-RosterEditor__empty',
  loading: 'rk-RosterEditor__loading',
  bulk: 'rk-RosterEditor__bulk',
  dropZone: 'rk-RosterEditor__dropZone',
  report: 'rk-RosterEditor__report',
  reportRow: 'rk-RosterEditor__reportRow',
  reportHeader: 'rk-RosterEditor__reportHeader',
  visuallyHidden: 'rk-RosterEditor__visuallyHidden',
} as const satisfies Record<keyof RosterEditorClasses, string>;

const REDUCED_MOTION = '@media (prefers-reduced-motion: reduce)';

// Selection, name, role, actions. The role column fits the compact picker's longest role name.
const GRID_COLUMNS = '3rem minmax(0, 1fr) minmax(9rem, 12rem) 3rem';
const GRID_COLUMNS_READ_ONLY = 'minmax(0, 1fr) minmax(9rem, 12rem)';
/** A roster in a narrow panel (a phone, beside a call): the fixed columns give the names what they can spare. */
const NARROW = '@container (max-width: 480px)';
const GRID_COLUMNS_READ_ONLY_NARROW = 'minmax(0, 1fr) 8rem';
/**
 * An editable roster too narrow for name and role side by side (the editor measures its grid and marks it): the role
 * goes under the name, and the name has the row's width between the checkbox and the row's action.
 */
const STACKED = '&[data-stacked]';
const STACKED_LAYOUT = {
  gridTemplateColumns: '2.5rem minmax(0, 1fr) 2.5rem',
  gridTemplateAreas: '"select name actions" "select role actions"',
  alignContent: 'center',
  rowGap: tokens.spacingVerticalXXS,
  '& > [data-col="select"]': { ...shorthands.gridArea('select') },
  '& > [data-col="name"]': { ...shorthands.gridArea('name') },
  '& > [data-col="role"]': { ...shorthands.gridArea('role') },
  '& > [data-col="actions"]': { ...shorthands.gridArea('actions') },
};

const useStyles = makeStyles({
  root: columnRootStyle,
  title: {
    ...typographyStyles.subtitle2,
    margin: '0px',
  },
  // Tops aligned, not bottoms: the people picker keeps a status line under its input ("Searching…"), so aligning
  // bottoms would lift its input above the others. Controls without a label above them step down by a label's height.
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  addGroup: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  filterGroup: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  unlabeled: {
    // A Fluent Field's label above its control: one line of body text, its padding above and below, and the gap.
    marginTop: `calc(${tokens.lineHeightBase300} + 3 * ${tokens.spacingVerticalXXS})`,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  headerBound: {
    // A bound editor saves and says so here: as tall as a one-line message, so the notice moves nothing below.
    minHeight: '36px',
  },
  notice: {
    flexGrow: 0,
    flexShrink: 1,
    minWidth: 0,
    maxWidth: '100%',
  },
  counts: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: 'none',
    margin: '0px',
    padding: '0px',
    color: tokens.colorNeutralForeground2,
  },
  count: {
    '&[data-over-limit]': {
      color: tokens.colorPaletteDarkOrangeForeground1,
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  actionBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    [FORCED_COLORS]: { ...shorthands.border(tokens.strokeWidthThin, 'solid', 'CanvasText') },
  },
  grid: {
    display: 'flex',
    flexDirection: 'column',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  headerRow: {
    ...typographyStyles.body1Strong,
    display: 'grid',
    gridTemplateColumns: GRID_COLUMNS,
    [STACKED]: STACKED_LAYOUT,
    alignItems: 'center',
    minHeight: '40px',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  readOnlyColumns: {
    gridTemplateColumns: GRID_COLUMNS_READ_ONLY,
    [NARROW]: { gridTemplateColumns: GRID_COLUMNS_READ_ONLY_NARROW },
  },
  scroller: {
    // The list lays out and paints on its own: a row change does not make the browser look at the page around it.
    contain: 'strict',
    overflowY: 'auto',
    overflowX: 'hidden',
    position: 'relative',
    // The list scrolls on its own; the page behind it does not take over at the ends.
    overscrollBehavior: 'contain',
  },
  sizer: {
    position: 'relative',
    width: '100%',
  },
  row: {
    contain: 'layout style',
    position: 'absolute',
    top: '0px',
    left: '0px',
    width: '100%',
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: GRID_COLUMNS,
    [STACKED]: STACKED_LAYOUT,
    alignItems: 'center',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-within': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
    '&[data-selected]': { backgroundColor: tokens.colorNeutralBackground1Selected },
    '&[data-change="added"]': {
      boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorPaletteGreenBorderActive}`,
    },
    '&[data-change="roleChanged"]': {
      boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorPaletteMarigoldBorderActive}`,
    },
    '&[data-change="removed"]': {
      boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorPaletteRedBorderActive}`,
      color: tokens.colorNeutralForeground3,
    },
    '&[data-failed]': { backgroundColor: tokens.colorPaletteRedBackground1 },
    '&[data-conflict]': {
      boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorPaletteDarkOrangeBorderActive}`,
    },
    '&[data-pending]': { opacity: 0.7 },
    [FORCED_COLORS]: {
      '&[data-change]': { borderLeft: `${tokens.strokeWidthThicker} solid Highlight`, boxShadow: 'none' },
      '&[data-failed]': { borderLeft: `${tokens.strokeWidthThicker} solid Mark`, boxShadow: 'none' },
      '&[data-conflict]': { borderLeft: `${tokens.strokeWidthThicker} solid Mark`, boxShadow: 'none' },
      ':focus-within': { outlineColor: 'Highlight' },
    },
  },
  cell: {
    display: 'flex',
    alignItems: 'center',
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  nameCell: {
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'center',
    overflow: 'hidden',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  name: {
    ...typographyStyles.body1,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    '[data-change="removed"] &': { textDecorationLine: 'line-through' },
    '& > [data-name-text]': { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  },
  secondary: {
    ...typographyStyles.caption1,
    maxWidth: '100%',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground3,
    '&[data-conflict-text]': {
      color: tokens.colorPaletteDarkOrangeForeground1,
      fontWeight: tokens.fontWeightSemibold,
    },
    [FORCED_COLORS]: { '&[data-conflict-text]': { color: 'CanvasText' } },
  },
  rawId: {
    ...typographyStyles.caption2,
    fontFamily: tokens.fontFamilyMonospace,
    maxWidth: '100%',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground3,
  },
  badge: {
    flexShrink: 0,
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    ...shorthands.border(tokens.strokeWidthThin, 'dashed', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  loading: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  visuallyHidden: visuallyHiddenStyle,
  // Rows are moved with transforms only; with reduced motion nothing animates, so there is nothing to turn off but
  // the smooth scrolling a host's CSS may add.
  reducedMotion: {
    [REDUCED_MOTION]: { scrollBehavior: 'auto' },
  },
});

/**
 * Styles of {@link RosterEditor}: one class string per slot, each starting with the slot's static class name and
 * ending with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes
 * follow; forced colours draw row marks with system colours.
 *
 * @example
 * ```tsx
 * const classes = useRosterEditorStyles(state);
 * return renderRosterEditor(state, classes);
 * ```
 */
export function useRosterEditorStyles(state: RosterEditorState): RosterEditorClasses {
  const styles = useStyles();
  const bulkStyles = useRosterBulkStyles();
  const { className, readOnly, mode } = state;
  // One object per theme and settings: the editor's memoised parts (rows, toolbar) compare it by identity.
  return useMemo(() => {
    const columns = readOnly && styles.readOnlyColumns;
    return {
      root: mergeClasses(rosterEditorClassNames.root, styles.root, styles.reducedMotion, className),
      title: mergeClasses(rosterEditorClassNames.title, styles.title),
      header: mergeClasses(rosterEditorClassNames.header, styles.header, mode === 'bound' && styles.headerBound),
      notice: mergeClasses(rosterEditorClassNames.notice, styles.notice),
      unlabeled: mergeClasses(rosterEditorClassNames.unlabeled, styles.unlabeled),
      toolbar: mergeClasses(rosterEditorClassNames.toolbar, styles.toolbar),
      addGroup: mergeClasses(rosterEditorClassNames.addGroup, styles.addGroup),
      filterGroup: mergeClasses(rosterEditorClassNames.filterGroup, styles.filterGroup),
      counts: mergeClasses(rosterEditorClassNames.counts, styles.counts),
      count: mergeClasses(rosterEditorClassNames.count, styles.count),
      actionBar: mergeClasses(rosterEditorClassNames.actionBar, styles.actionBar),
      grid: mergeClasses(rosterEditorClassNames.grid, styles.grid),
      headerRow: mergeClasses(rosterEditorClassNames.headerRow, styles.headerRow, columns),
      scroller: mergeClasses(rosterEditorClassNames.scroller, styles.scroller, styles.reducedMotion),
      sizer: mergeClasses(rosterEditorClassNames.sizer, styles.sizer),
      row: mergeClasses(rosterEditorClassNames.row, styles.row, columns),
      cell: mergeClasses(rosterEditorClassNames.cell, styles.cell),
      nameCell: mergeClasses(
        rosterEditorClassNames.cell,
        rosterEditorClassNames.nameCell,
        styles.cell,
        styles.nameCell,
      ),
      name: mergeClasses(rosterEditorClassNames.name, styles.name),
      secondary: mergeClasses(rosterEditorClassNames.secondary, styles.secondary),
      rawId: mergeClasses(rosterEditorClassNames.rawId, styles.rawId),
      badge: mergeClasses(rosterEditorClassNames.badge, styles.badge),
      empty: mergeClasses(rosterEditorClassNames.empty, styles.empty),
      loading: mergeClasses(rosterEditorClassNames.loading, styles.loading),
      bulk: mergeClasses(rosterEditorClassNames.bulk, bulkStyles.bulk),
      dropZone: mergeClasses(rosterEditorClassNames.dropZone, bulkStyles.dropZone),
      report: mergeClasses(rosterEditorClassNames.report, bulkStyles.report),
      reportRow: mergeClasses(rosterEditorClassNames.reportRow, bulkStyles.reportRow),
      reportHeader: mergeClasses(rosterEditorClassNames.reportHeader, bulkStyles.reportRow, bulkStyles.reportHeader),
      visuallyHidden: mergeClasses(rosterEditorClassNames.visuallyHidden, styles.visuallyHidden),
    };
  }, [styles, bulkStyles, className, readOnly, mode]);
}
