import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

/** Windows high contrast and other forced-colour modes. */
export const FORCED_COLORS = '@media (forced-colors: active)';

/**
 * Styles of the RosterEditor's "paste or drop a list" panel and its per-row report; merged into the editor's
 * classes by `useRosterEditorStyles`. Fluent tokens only; forced colours use system colours.
 */
export const useRosterBulkStyles = makeStyles({
  bulk: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dropZone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    '&[data-dragging]': {
      ...shorthands.borderColor(tokens.colorBrandStroke1),
      backgroundColor: tokens.colorBrandBackground2,
    },
    [FORCED_COLORS]: { '&[data-dragging]': { ...shorthands.borderColor('Highlight') } },
  },
  report: {
    overflowY: 'auto',
    position: 'relative',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  reportRow: {
    ...typographyStyles.caption1,
    position: 'absolute',
    top: '0px',
    left: '0px',
    width: '100%',
    boxSizing: 'border-box',
    display: 'grid',
    gridTemplateColumns: '4rem minmax(0, 2fr) 7rem minmax(0, 2fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    '& > *': { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
    '&[data-status="added"] > :last-child': { color: tokens.colorPaletteGreenForeground1 },
    '&[data-status]:not([data-status="added"]) > :last-child': { color: tokens.colorPaletteRedForeground1 },
    [FORCED_COLORS]: { '&[data-status]:not([data-status="added"]) > :last-child': { color: 'CanvasText' } },
  },
  reportHeader: {
    position: 'static',
    fontWeight: tokens.fontWeightSemibold,
    minHeight: '32px',
    ...shorthands.border('0px', 'none', 'transparent'),
  },
});
