import { forwardRef } from 'react';
import type { CapabilityTableProps } from './CapabilityTable.types';
import { renderCapabilityTable } from './renderCapabilityTable';
import { useCapabilityTable } from './useCapabilityTable';
import { useCapabilityTableStyles } from './useCapabilityTableStyles.styles';

/**
 * Shows what each room role may do in a call: the role→capability table of the Rooms documentation, rendered from
 * `ROLE_CAPABILITY_TABLE` so it cannot drift from the kit's own checks. Every verdict is written out (Yes / No /
 * Remote only) with an icon beside it; the texts come from `RoomsKitProvider`.
 *
 * @example
 * ```tsx
 * <FluentProvider theme={webLightTheme}>
 *   <RoomsKitProvider locale="en-US">
 *     <CapabilityTable roles={['Presenter', 'Consumer']} highlightRole="Consumer" size="small" />
 *   </RoomsKitProvider>
 * </FluentProvider>
 * ```
 */
export const CapabilityTable = forwardRef<HTMLDivElement, CapabilityTableProps>(function CapabilityTable(props, ref) {
  const state = useCapabilityTable(props, ref);
  const classes = useCapabilityTableStyles(state);
  return renderCapabilityTable(state, classes);
});
