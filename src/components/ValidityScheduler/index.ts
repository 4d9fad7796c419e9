export { ValidityScheduler } from './ValidityScheduler';
export { useValidityScheduler } from './useValidityScheduler';
export { useValiditySchedulerStyles, validitySchedulerClassNames } from './useValiditySchedulerStyles.styles';
export { renderValidityScheduler } from './renderValidityScheduler';
export type {
  ValidityValue,
  ValidityChangeMeta,
  ValiditySchedulerProps,
  ValiditySchedulerState,
  ValiditySchedulerClasses,
  ValiditySchedulerMessage,
  ValiditySchedulerDstNotice,
  ValiditySchedulerZoneOption,
  ValiditySchedulerPresetOption,
  ValiditySchedulerDateField,
  ValiditySchedulerTimeField,
  ValiditySchedulerPickers,
} from './ValidityScheduler.types';
