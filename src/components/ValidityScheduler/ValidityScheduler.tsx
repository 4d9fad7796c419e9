import { forwardRef } from 'react';
import type { ValiditySchedulerProps } from './ValidityScheduler.types';
import { renderValidityScheduler } from './renderValidityScheduler';
import { useValidityScheduler } from './useValidityScheduler';
import { useValiditySchedulerStyles } from './useValiditySchedulerStyles.styles';

/**
 * Edits a room's validity window the way one sets a calendar appointment: start date and time, an end as a duration
 * or a date and time, "starts now", and the time zone the times are read in. Values leave it as absolute instants.
 * It checks the window as the Rooms service does (end after start, end in the future, at most 180 days) and says
 * what is wrong next to the field, explains daylight-saving adjustments, and shows a summary with a live status.
 *
 * @example
 * ```tsx
 * const [window, setWindow] = useState<ValidityValue>();
 * <RoomsKitProvider locale="en-GB">
 *   <ValidityScheduler
 *     value={window}
 *     onChange={(next, { issues }) => { setWindow(next); setCanSave(issues.length === 0); }}
 *     defaultTimeZone="Europe/Paris"
 *   />
 * </RoomsKitProvider>
 * ```
 */
export const ValidityScheduler = forwardRef<HTMLDivElement, ValiditySchedulerProps>(
  function ValidityScheduler(props, ref) {
    const state = useValidityScheduler(props, ref);
    const classes = useValiditySchedulerStyles(state);
    return renderValidityScheduler(state, classes);
  },
);
