import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Static class names of {@link ConfirmDialog}'s slots, for hosts that style it from their own CSS. */
export const confirmDialogClassNames = {
  confirm: 'rk-ConfirmDialog__confirm',
} as const;

const FORCED_COLORS = '@media (forced-colors: active)';

// Fluent v9 has no danger appearance: its guidance is a primary button recoloured with the status danger tokens, so
// the red follows light, dark and high-contrast themes. Only colours change: Fluent's own focus indicator (an outline
// drawn around the button on keyboard focus) stays as it is.
const useStyles = makeStyles({
  confirm: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      backgroundColor: tokens.colorStatusDangerBackground3Hover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ':hover:active': {
      backgroundColor: tokens.colorStatusDangerBackground3Pressed,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    [FORCED_COLORS]: {
      // The system's colours, as Fluent's primary button uses them; red is not a forced colour.
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      ':hover': { backgroundColor: 'HighlightText', color: 'Highlight' },
      ':hover:active': { backgroundColor: 'HighlightText', color: 'Highlight' },
    },
  },
});

/** Class names of {@link ConfirmDialog}: the confirming button in the danger colours. */
export function useConfirmDialogStyles(): { confirm: string } {
  const styles = useStyles();
  return { confirm: mergeClasses(confirmDialogClassNames.confirm, styles.confirm) };
}
