import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { visuallyHiddenStyle } from '../shared/visuallyHidden.styles';
import type { RoomEditorClasses, RoomEditorState } from './RoomEditor.types';

/**
 * Static class names of {@link RoomEditor}'s slots, for hosts that style the editor from their own CSS. States are
 * exposed as attributes on the root: `data-mode="create|edit"`, `data-status` (loading, failed, notFound, deleted,
 * ready), `data-saving`, `data-dirty`, `data-readonly`, `data-deleted-elsewhere`; `data-invalid` on the roster area when the backend refused it.
 */
export const roomEditorClassNames = {
  root: 'rk-RoomEditor',
  title: 'rk-RoomEditor__title',
  fields: 'rk-RoomEditor__fields',
  subject: 'rk-RoomEditor__subject',
  more: 'rk-RoomEditor__more',
  details: 'rk-RoomEditor__details',
  counter: 'rk-RoomEditor__counter',
  settings: 'rk-RoomEditor__settings',
  roster: 'rk-RoomEditor__roster',
  actions: 'rk-RoomEditor__actions',
  hint: 'rk-RoomEditor__hint',
  deleteButton: 'rk-RoomEditor__deleteButton',
  placeholder: 'rk-RoomEditor__placeholder',
  visuallyHidden: 'rk-RoomEditor__visuallyHidden',
} as const satisfies Record<keyof RoomEditorClasses, string>;

const FORCED_COLORS = '@media (forced-colors: active)';
// Nothing in the editor itself moves; the controls it embeds handle reduced motion themselves.

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: '0px',
  },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  // Text fields as wide as their text is likely to be, not as the page: a title fits in 40em.
  subject: { maxWidth: '40em' },
  more: {
    maxWidth: '40em',
    // Flush with the fields above and below instead of Fluent's indented header and panel.
    '& .fui-AccordionHeader__button': { paddingInlineStart: '0px' },
    '& .fui-AccordionPanel': { marginInline: '0px' },
  },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalS,
  },
  counter: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    '& [data-count]': { fontVariantNumeric: 'tabular-nums', marginInlineStart: 'auto' },
  },
  settings: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXXL,
    alignItems: 'flex-start',
  },
  roster: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Griffel flips left and right for right-to-left pages.
    '&[data-invalid]': {
      paddingLeft: tokens.spacingHorizontalS,
      borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    },
    [FORCED_COLORS]: {
      '&[data-invalid]': { borderLeft: `${tokens.strokeWidthThick} solid Mark` },
    },
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  deleteButton: {
    marginInlineStart: 'auto',
    color: tokens.colorPaletteRedForeground1,
    [FORCED_COLORS]: { color: 'ButtonText' },
  },
  placeholder: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} 0px`,
  },
  visuallyHidden: visuallyHiddenStyle,
});

/**
 * Styles of {@link RoomEditor}: one class string per slot, each starting with the slot's static class name and ending
 * with the host's `className` on the root. Fluent tokens only, so light, dark and high-contrast themes follow.
 *
 * @example
 * ```tsx
 * const classes = useRoomEditorStyles(state);
 * return renderRoomEditor(state, classes);
 * ```
 */
export function useRoomEditorStyles(state: RoomEditorState): RoomEditorClasses {
  const styles = useStyles();
  return {
    root: mergeClasses(roomEditorClassNames.root, styles.root, state.className),
    title: mergeClasses(roomEditorClassNames.title, styles.title),
    fields: mergeClasses(roomEditorClassNames.fields, styles.fields),
    subject: mergeClasses(roomEditorClassNames.subject, styles.subject),
    more: mergeClasses(roomEditorClassNames.more, styles.more),
    details: mergeClasses(roomEditorClassNames.details, styles.details),
    counter: mergeClasses(roomEditorClassNames.counter, styles.counter),
    settings: mergeClasses(roomEditorClassNames.settings, styles.settings),
    roster: mergeClasses(roomEditorClassNames.roster, styles.roster),
    actions: mergeClasses(roomEditorClassNames.actions, styles.actions),
    hint: mergeClasses(roomEditorClassNames.hint, styles.hint),
    deleteButton: mergeClasses(roomEditorClassNames.deleteButton, styles.deleteButton),
    placeholder: mergeClasses(roomEditorClassNames.placeholder, styles.placeholder),
    visuallyHidden: mergeClasses(roomEditorClassNames.visuallyHidden, styles.visuallyHidden),
  };
}
