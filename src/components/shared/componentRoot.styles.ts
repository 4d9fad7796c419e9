import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * The root of a component that lays out a column of parts and changes its own layout with its width (a container
 * for `@container` queries): one recipe, spread into the `root` slot of its `makeStyles`.
 *
 * @example
 * ```ts
 * const useStyles = makeStyles({ root: { ...columnRootStyle, gap: tokens.spacingVerticalL } });
 * ```
 */
export const columnRootStyle: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
  minWidth: 0,
  color: tokens.colorNeutralForeground1,
  containerType: 'inline-size',
};
