import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { CapabilityTableClasses, CapabilityTableState } from './CapabilityTable.types';

/**
 * Static class names of {@link CapabilityTable}'s slots, for hosts that style the table from their own CSS. States
 * are exposed as attributes: `data-highlighted` on the marked column's cells, `data-cell="yes|no|remoteOnly"` on
 * role cells, `data-row` on rows and `data-size` on the root.
 */
export const capabilityTableClassNames = {
  root: 'rk-CapabilityTable',
  table: 'rk-CapabilityTable__table',
  caption: 'rk-CapabilityTable__caption',
  capabilityHeader: 'rk-CapabilityTable__capabilityHeader',
  roleHeader: 'rk-CapabilityTable__roleHeader',
  roleHeaderContent: 'rk-CapabilityTable__roleHeaderContent',
  rowHeader: 'rk-CapabilityTable__rowHeader',
  cell: 'rk-CapabilityTable__cell',
  cellContent: 'rk-CapabilityTable__cellContent',
  icon: 'rk-CapabilityTable__icon',
  marker: 'rk-CapabilityTable__marker',
  footnotes: 'rk-CapabilityTable__footnotes',
  footnote: 'rk-CapabilityTable__footnote',
} as const satisfies Record<keyof CapabilityTableClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
const HIGHLIGHTED = '&[data-highlighted]';
// The table draws nothing that moves (no transitions or animations), so reduced motion needs no rule here.

const useStyles = makeStyles({
  root: {
    display: 'block',
    maxWidth: '100%',
    color: tokens.colorNeutralForeground1,
  },
  table: {
    // Fluent's fixed layout gives every column the same width; the long row labels need the room.
    tableLayout: 'auto',
  },
  caption: {
    ...typographyStyles.subtitle2,
    captionSide: 'top',
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
  // Visually hidden yet still the table's accessible name.
  captionHidden: visuallyHiddenStyle,
  capabilityHeader: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
  },
  roleHeader: {
    ...typographyStyles.body1Strong,
    textAlign: 'center',
    [HIGHLIGHTED]: {
      backgroundColor: tokens.colorBrandBackground2,
      color: tokens.colorBrandForeground2,
      borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    },
    // Forced colours drop backgrounds, so the marked column is drawn with system-colour borders instead.
    [FORCED_COLORS]: {
      [HIGHLIGHTED]: {
        borderTop: `${tokens.strokeWidthThick} solid Highlight`,
        borderLeft: `${tokens.strokeWidthThick} solid Highlight`,
        borderRight: `${tokens.strokeWidthThick} solid Highlight`,
      },
    },
  },
  roleHeaderContent: {
    justifyContent: 'center',
  },
  rowHeader: {
    ...typographyStyles.body1,
    textAlign: 'start',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    textAlign: 'center',
    whiteSpace: 'nowrap',
    [HIGHLIGHTED]: {
      backgroundColor: tokens.colorBrandBackground2,
    },
    [FORCED_COLORS]: {
      [HIGHLIGHTED]: {
        borderLeft: `${tokens.strokeWidthThick} solid Highlight`,
        borderRight: `${tokens.strokeWidthThick} solid Highlight`,
      },
    },
    // The icon repeats the text; its colour is a hint only, so "No" stays neutral rather than alarming.
    [`&[data-cell="yes"] .${capabilityTableClassNames.icon}`]: { color: tokens.colorPaletteGreenForeground1 },
    [`&[data-cell="no"] .${capabilityTableClassNames.icon}`]: { color: tokens.colorNeutralForeground3 },
    [`&[data-cell="remoteOnly"] .${capabilityTableClassNames.icon}`]: { color: tokens.colorBrandForeground1 },
  },
  cellContent: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  icon: {
    flexShrink: 0,
    [FORCED_COLORS]: {
      color: 'CanvasText',
    },
  },
  marker: {
    marginLeft: tokens.spacingHorizontalXXS,
    verticalAlign: 'super',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  footnotes: {
    marginTop: tokens.spacingVerticalS,
  },
  footnote: {
    ...typographyStyles.caption1,
    margin: '0px',
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * Styles of {@link CapabilityTable}: one class string per slot, each starting with the slot's static class name and
 * ending with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes follow.
 *
 * @example
 * ```tsx
 * const classes = useCapabilityTableStyles(state);
 * return renderCapabilityTable(state, classes);
 * ```
 */
export function useCapabilityTableStyles(state: CapabilityTableState): CapabilityTableClasses {
  const styles = useStyles();
  return {
    root: mergeClasses(capabilityTableClassNames.root, styles.root, state.className),
    table: mergeClasses(capabilityTableClassNames.table, styles.table),
    caption: mergeClasses(capabilityTableClassNames.caption, styles.caption, state.hideCaption && styles.captionHidden),
    capabilityHeader: mergeClasses(capabilityTableClassNames.capabilityHeader, styles.capabilityHeader),
    roleHeader: mergeClasses(capabilityTableClassNames.roleHeader, styles.roleHeader),
    roleHeaderContent: mergeClasses(capabilityTableClassNames.roleHeaderContent, styles.roleHeaderContent),
    rowHeader: mergeClasses(capabilityTableClassNames.rowHeader, styles.rowHeader),
    cell: mergeClasses(capabilityTableClassNames.cell, styles.cell),
    cellContent: mergeClasses(capabilityTableClassNames.cellContent, styles.cellContent),
    icon: mergeClasses(capabilityTableClassNames.icon, styles.icon),
    marker: mergeClasses(capabilityTableClassNames.marker, styles.marker),
    footnotes: mergeClasses(capabilityTableClassNames.footnotes, styles.footnotes),
    footnote: mergeClasses(capabilityTableClassNames.footnote, styles.footnote),
  };
}
