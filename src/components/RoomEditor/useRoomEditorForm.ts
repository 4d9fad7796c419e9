import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { RoomJoinPolicy, RoomParticipant } from '../../adapter/types';
import { ROOM_DETAIL_LIMITS, validateRoomDetails, type RoomDetailIssue } from '../../core/roomDetails';
import { canonicalTimeZone, defaultSchedule, type ScheduleIssue } from '../../core/schedule';
import type { RoomValidity } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { ValidityChangeMeta } from '../ValidityScheduler';
import type {
  RoomEditorDetailField,
  RoomEditorDetails,
  RoomEditorFieldErrors,
  RoomEditorFormState,
  RoomEditorProps,
  RoomEditorValues,
} from './RoomEditor.types';
import { NO_FIELD_ERRORS, type RoomEditorErrorField } from './roomEditorErrors';
import type { TextDetail } from './roomEditorValues';

/** A count appears under a detail once its text reaches this share of the limit. */
const COUNT_FROM = 0.8;

/** A detail as it is sent: trimmed, and left out when empty. */
export function sentDetail(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Options of {@link useRoomEditorForm}. */
export interface UseRoomEditorFormOptions extends Pick<
  RoomEditorProps,
  'values' | 'defaultValues' | 'onValuesChange' | 'timeZone' | 'defaultTimeZone' | 'onTimeZoneChange'
> {
  /** The kit's context: strings, formatting, the clock and the viewer's zone. */
  kit: RoomsKitContextValue;
  /** Whether the backend keeps the title, notes and reference (`features.details`). */
  detailsKept: boolean;
  /** Whether the backend keeps a join policy (`features.joinPolicy`). */
  joinPolicies: boolean;
  /** Called on every change the user makes (it clears a stale success and may retire the idempotency key). */
  edited: () => void;
}

/** What {@link useRoomEditorForm} gives the editor. */
export interface RoomEditorForm {
  /** The form's state as rendered, without its element (the editor holds that). */
  readonly state: Omit<RoomEditorFormState, 'formRef' | 'showJoinPolicy'>;
  /** Replaces the values (a loaded room, a merge with a newer version). */
  readonly setValues: (values: RoomEditorValues) => void;
  /** Replaces the zone the window is shown in. */
  readonly setZone: (zone: string) => void;
  /** The zone a room without one is shown in. */
  readonly fallbackZone: string;
  /** Sets the field messages. */
  readonly setFieldErrors: Dispatch<SetStateAction<RoomEditorFieldErrors>>;
  /** Opens or closes the notes and reference. */
  readonly setMoreOpen: (open: boolean) => void;
  /** What the scheduler says cannot be read or kept (an impossible date, a DST gap). */
  readonly schedulerIssues: readonly ScheduleIssue[];
  /** What the rules say of the details as typed. */
  readonly detailIssues: readonly RoomDetailIssue[];
}

/**
 * The editor's form: its values and zone (each controlled or not), a handler per field that clears the field's
 * message and reports the edit, the rules on the details as the user types, and each detail's counter.
 *
 * @example
 * ```ts
 * const form = useRoomEditorForm({ ...props, kit, detailsKept, joinPolicies, edited });
 * form.state.onDialOutChange(true);
 * ```
 */
export function useRoomEditorForm(options: UseRoomEditorFormOptions): RoomEditorForm {
  const { kit, detailsKept, edited, defaultValues, timeZone, defaultTimeZone } = options;
  const strings = kit.strings.roomEditor;
  const [initialValues] = useState<RoomEditorValues>(() => ({
    validity: defaultValues?.validity ?? defaultSchedule(kit.now(), timeZone ?? defaultTimeZone ?? kit.timeZone),
    pstnDialOutEnabled: defaultValues?.pstnDialOutEnabled ?? false,
    joinPolicy: defaultValues?.joinPolicy ?? 'inviteOnly',
    participants: defaultValues?.participants ?? [],
    subject: defaultValues?.subject ?? '',
    description: defaultValues?.description ?? '',
    reference: defaultValues?.reference ?? '',
  }));
  const [values, setValues] = useControllableState({
    value: options.values,
    defaultValue: initialValues,
    onChange: options.onValuesChange,
  });
  // The zone the window is shown and typed in: the editor holds it, so an edited room reopens in its own zone.
  const fallbackZone = canonicalTimeZone(defaultTimeZone ?? kit.timeZone);
  const [zone, setZone] = useControllableState<string>({
    value: timeZone,
    defaultValue: fallbackZone,
    onChange: options.onTimeZoneChange,
  });
  const [fieldErrors, setFieldErrors] = useState<RoomEditorFieldErrors>(NO_FIELD_ERRORS);
  const [schedulerIssues, setSchedulerIssues] = useState<readonly ScheduleIssue[]>([]);
  const [moreOpen, setMoreOpen] = useState(() => Boolean(defaultValues?.description || defaultValues?.reference));

  // Every field's change: its message goes, the edit is reported, the value is taken.
  const change = useCallback(
    (field: RoomEditorErrorField, next: Partial<RoomEditorValues>) => {
      setFieldErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
      edited();
      setValues({ ...values, ...next });
    },
    [edited, setValues, values],
  );
  const onValidityChange = useCallback(
    (validity: RoomValidity, meta: ValidityChangeMeta) => {
      setSchedulerIssues(meta.issues);
      change('validity', { validity });
    },
    [change],
  );
  const onDialOutChange = useCallback(
    (enabled: boolean) => change('pstnDialOutEnabled', { pstnDialOutEnabled: enabled }),
    [change],
  );
  const onJoinPolicyChange = useCallback(
    (policy: RoomJoinPolicy) => change('joinPolicy', { joinPolicy: policy }),
    [change],
  );
  const onParticipantsChange = useCallback(
    (participants: RoomParticipant[]) => change('participants', { participants }),
    [change],
  );
  const onTimeZoneChange = useCallback(
    (next: string) => {
      setFieldErrors((e) => (e.timeZone ? { ...e, timeZone: undefined } : e));
      edited();
      setZone(next);
    },
    [edited, setZone],
  );

  // The rules on the details, checked as the user types (they depend on nothing but the text).
  const detailIssues = useMemo(
    (): readonly RoomDetailIssue[] =>
      detailsKept
        ? validateRoomDetails({
            subject: sentDetail(values.subject),
            description: sentDetail(values.description),
            reference: sentDetail(values.reference),
          })
        : [],
    [detailsKept, values.subject, values.description, values.reference],
  );
  const detailField = (field: TextDetail): RoomEditorDetailField => {
    const value = values[field] ?? '';
    const limit = ROOM_DETAIL_LIMITS[field];
    const issue = detailIssues.find((i) => i.field === field);
    const length = value.trim().length;
    return {
      value,
      onChange: (text) => change(field, { [field]: text }),
      message: issue
        ? kit.format(strings.detailIssues[issue.code], { limit, count: length, zone: '' })
        : fieldErrors[field],
      count: length >= limit * COUNT_FROM ? kit.format(strings.characterCount, { count: length, limit }) : undefined,
      limit,
    };
  };
  const details: RoomEditorDetails | undefined = detailsKept
    ? {
        subject: detailField('subject'),
        description: detailField('description'),
        reference: detailField('reference'),
        moreOpen,
        setMoreOpen,
      }
    : undefined;

  return {
    state: {
      values,
      timeZone: zone,
      onTimeZoneChange,
      onValidityChange,
      onDialOutChange,
      onJoinPolicyChange,
      onParticipantsChange,
      fieldErrors,
      details,
    },
    setValues,
    setZone,
    fallbackZone,
    setFieldErrors,
    setMoreOpen,
    schedulerIssues,
    detailIssues,
  };
}
