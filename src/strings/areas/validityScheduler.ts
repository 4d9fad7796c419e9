/** Strings of ValidityScheduler. Placeholders are written {name}. */
export interface ValiditySchedulerStrings {
  /** Starts */
  startLabel: string;
}

/** English strings of ValidityScheduler. */
export const VALIDITY_SCHEDULER_EN: ValiditySchedulerStrings = {
  startLabel: 'Starts',
};

/** German strings of ValidityScheduler. */
export const VALIDITY_SCHEDULER_DE: ValiditySchedulerStrings = {
  startLabel: 'Beginnt',
};
