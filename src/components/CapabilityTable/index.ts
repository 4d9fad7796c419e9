export { CapabilityTable } from './CapabilityTable';
export { useCapabilityTable } from './useCapabilityTable';
export { useCapabilityTableStyles, capabilityTableClassNames } from './useCapabilityTableStyles.styles';
export { renderCapabilityTable } from './renderCapabilityTable';
export type {
  CapabilityTableProps,
  CapabilityTableSize,
  CapabilityTableState,
  CapabilityTableClasses,
  CapabilityTableColumnState,
  CapabilityTableRowState,
  CapabilityTableCellState,
  CapabilityTableFootnoteState,
} from './CapabilityTable.types';
