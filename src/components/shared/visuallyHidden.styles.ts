import type { GriffelStyle } from '@fluentui/react-components';

/**
 * Text that assistive technology reads and the page does not show (a badge's full sentence, a row's hidden label): one
 * recipe for every component, spread into a slot of its `makeStyles`.
 *
 * @example
 * ```ts
 * const useStyles = makeStyles({ visuallyHidden: visuallyHiddenStyle });
 * ```
 */
export const visuallyHiddenStyle: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: '0px',
  overflow: 'hidden',
  clip: 'rect(0px, 0px, 0px, 0px)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: '0px',
};
