import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { collectAll } from '../../adapter/paging';
import type { CreateRoomInput, Room, RoomJoinPolicy, RoomParticipant, UpdateRoomInput } from '../../adapter/types';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { isDefiniteCreateFailure, isEmptyPatch, roomPatch } from '../../core/rooms';
import { applyRosterChanges, diffRoster, planRosterSave, type RosterSavePlan } from '../../core/roster';
import { defaultSchedule, type ScheduleIssue } from '../../core/schedule';
import { validateValidity, type RoomValidity } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import { useMutation } from '../../hooks/useMutation';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useRoomsAdapter, useRoomsKit } from '../../provider/RoomsKitProvider';
import type { ValidityChangeMeta } from '../ValidityScheduler';
import type {
  RoomEditorFieldErrors,
  RoomEditorLoadStatus,
  RoomEditorNotice,
  RoomEditorProps,
  RoomEditorState,
  RoomEditorValues,
} from './RoomEditor.types';

/** The room and roster as the backend holds them, which edits are compared with. */
interface Baseline {
  room: Room;
  participants: RoomParticipant[];
}

/** One create or save, with what it sent, so its answer can be judged against the form at the time. */
type SaveRequest =
  | { kind: 'create'; input: CreateRoomInput; key: string; sent: RoomEditorValues }
  | {
      kind: 'edit';
      roomId: string;
      patch: UpdateRoomInput;
      plan: RosterSavePlan;
      /** Steps that had landed before a later one failed. */
      landed: number;
    };

const NO_FIELD_ERRORS: RoomEditorFieldErrors = {
  validity: undefined,
  participants: undefined,
  joinPolicy: undefined,
  pstnDialOutEnabled: undefined,
};

function valuesOf(baseline: Baseline, fallbackPolicy: RoomJoinPolicy): RoomEditorValues {
  return {
    validity: { validFrom: baseline.room.validFrom, validUntil: baseline.room.validUntil },
    pstnDialOutEnabled: baseline.room.pstnDialOutEnabled,
    joinPolicy: baseline.room.joinPolicy ?? fallbackPolicy,
    participants: baseline.participants,
  };
}

function newKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * State of {@link RoomEditor}: loads the edited room and roster, holds the form, validates the window as the service
 * does, and creates (one request, participants included, with an idempotency key) or saves (only what changed). No
 * JSX or styling.
 *
 * The idempotency key: one key per room the user means to create, made at the first Create and kept across retries.
 * It is replaced only (1) after a create succeeded, or (2) when the user changes the form after a failure that proves
 * no room was made (`validation`, `forbidden`, … see `isDefiniteCreateFailure`), because a backend may remember a
 * refused request under its key. After a failure that may have come after the room was made (`network`, `unavailable`,
 * a lost answer), the key is kept even when the form changes: sending a new key then could make a second room. If
 * the backend then says the key already made a room with other values, the editor says so and offers a deliberate
 * "create another room"; if it replays the earlier room, the editor switches to editing that room and keeps the
 * user's newer values as unsaved changes.
 *
 * @example
 * ```tsx
 * const state = useRoomEditor({ roomId, onSaved }, ref);
 * state.submit();
 * ```
 */
export function useRoomEditor(props: RoomEditorProps, ref: Ref<HTMLDivElement>): RoomEditorState {
  const {
    adapter: adapterProp,
    roomId: roomIdProp,
    values: valuesProp,
    defaultValues,
    onValuesChange,
    timeZone,
    defaultTimeZone,
    onTimeZoneChange,
    onSaved,
    onCancel,
    onDeleted,
    readOnly = false,
    className,
    ...rest
  } = props;
  const kit = useRoomsKit();
  const adapter = useRoomsAdapter(adapterProp);
  const strings = kit.strings.roomEditor;
  const online = useOnlineStatus();
  const headingId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const joinPolicies = adapter.features.joinPolicy;

  // A room this editor created is edited from then on, so pressing the button again can never make a second room.
  const [createdRoomId, setCreatedRoomId] = useState<string | undefined>(undefined);
  const roomId = roomIdProp ?? createdRoomId;
  const mode = roomId === undefined ? 'create' : 'edit';

  const [initialValues] = useState<RoomEditorValues>(() => ({
    validity: defaultValues?.validity ?? defaultSchedule(kit.now(), timeZone ?? defaultTimeZone ?? kit.timeZone),
    pstnDialOutEnabled: defaultValues?.pstnDialOutEnabled ?? false,
    joinPolicy: defaultValues?.joinPolicy ?? 'inviteOnly',
    participants: defaultValues?.participants ?? [],
  }));
  const [values, setValues] = useControllableState({
    value: valuesProp,
    defaultValue: initialValues,
    onChange: onValuesChange,
  });
  const setValuesRef = useRef(setValues);
  useEffect(() => {
    setValuesRef.current = setValues;
  });

  const [baseline, setBaseline] = useState<Baseline | undefined>(undefined);
  const [loadAttempt, setLoadAttempt] = useState(0);
  // A load result belongs to one room and attempt; anything else on screen is still loading.
  const loadKey = roomIdProp === undefined ? undefined : `${roomIdProp}#${loadAttempt}`;
  const [loadResult, setLoadResult] = useState<
    { key: string; status: 'ready' | 'failed' | 'notFound'; error: RoomsError | undefined } | undefined
  >(undefined);
  // Set when the room disappears while editing (a save or delete found it gone) or was deleted here.
  const [gone, setGone] = useState<
    { roomId: string | undefined; status: 'notFound' | 'deleted'; error: RoomsError | undefined } | undefined
  >(undefined);
  const load: { status: RoomEditorLoadStatus; error: RoomsError | undefined } =
    (gone?.roomId === roomId ? gone : undefined) ??
    (loadKey === undefined
      ? { status: 'ready', error: undefined }
      : loadResult?.key === loadKey
        ? { status: loadResult.status, error: loadResult.error }
        : { status: 'loading', error: undefined });
  const [fieldErrors, setFieldErrors] = useState<RoomEditorFieldErrors>(NO_FIELD_ERRORS);
  const [notice, setNotice] = useState<RoomEditorNotice | undefined>(undefined);
  const [schedulerIssues, setSchedulerIssues] = useState<readonly ScheduleIssue[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [deleteOpen, setDeleteOpen] = useState(false);

  // ---- Loading the edited room ----------------------------------------------------------------------------------
  useEffect(() => {
    if (roomIdProp === undefined || loadKey === undefined) return;
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([
      adapter.getRoom(roomIdProp, { signal }),
      collectAll((options) => adapter.listParticipants(roomIdProp, options), { signal }),
    ]).then(
      ([room, participants]) => {
        if (signal.aborted) return;
        const loaded = { room, participants };
        setBaseline(loaded);
        setValuesRef.current(valuesOf(loaded, 'inviteOnly'));
        setLoadResult({ key: loadKey, status: 'ready', error: undefined });
      },
      (thrown: unknown) => {
        if (signal.aborted) return;
        const error = toRoomsError(thrown);
        setLoadResult({ key: loadKey, status: error.code === 'notFound' ? 'notFound' : 'failed', error });
      },
    );
    return () => controller.abort();
  }, [adapter, roomIdProp, loadKey]);

  // ---- The idempotency key (see the TSDoc above) ----------------------------------------------------------------
  const keyRef = useRef<string | undefined>(undefined);
  const keyReplaceableOnEdit = useRef(false);

  /** Every change the user makes goes through here: it clears stale success and may retire the key. */
  const edited = useCallback(() => {
    setNotice((current) => (current?.intent === 'success' ? undefined : current));
    if (keyReplaceableOnEdit.current) {
      keyRef.current = undefined;
      keyReplaceableOnEdit.current = false;
    }
  }, []);

  // ---- What changed (edit mode) ---------------------------------------------------------------------------------
  const patch = useMemo(
    () =>
      baseline
        ? roomPatch(baseline.room, {
            validFrom: values.validity.validFrom,
            validUntil: values.validity.validUntil,
            pstnDialOutEnabled: values.pstnDialOutEnabled,
            joinPolicy: joinPolicies ? values.joinPolicy : undefined,
          })
        : {},
    [baseline, values.validity, values.pstnDialOutEnabled, values.joinPolicy, joinPolicies],
  );
  const rosterPlan = useMemo(
    () => (baseline ? planRosterSave(diffRoster(baseline.participants, values.participants)) : undefined),
    [baseline, values.participants],
  );
  const rosterDirty = rosterPlan !== undefined && (rosterPlan.upserts.length > 0 || rosterPlan.removals.length > 0);
  const dirty = mode === 'create' || !isEmptyPatch(patch) || rosterDirty;

  // ---- Errors from the backend, placed by target ----------------------------------------------------------------
  const placeError = useCallback(
    (error: RoomsError): boolean => {
      const message = kit.format(strings.serverRejected, { message: error.message });
      switch (error.target) {
        case 'validFrom':
        case 'validUntil':
          setFieldErrors((e) => ({ ...e, validity: { [error.target as 'validFrom' | 'validUntil']: message } }));
          return true;
        case 'participants':
          setFieldErrors((e) => ({
            ...e,
            participants: kit.format(strings.participantsRejected, { message: error.message }),
          }));
          return true;
        case 'joinPolicy':
          setFieldErrors((e) => ({ ...e, joinPolicy: message }));
          return true;
        case 'pstnDialOutEnabled':
          setFieldErrors((e) => ({ ...e, pstnDialOutEnabled: message }));
          return true;
        default:
          return false;
      }
    },
    [kit, strings],
  );

  const reasonOf = useCallback(
    (error: RoomsError): string =>
      !online && error.code === 'network' ? kit.strings.common.offline : kit.strings.errors[error.code],
    [online, kit],
  );

  // ---- Create and save ------------------------------------------------------------------------------------------
  const commitBaseline = useCallback((update: (current: Baseline) => Baseline) => {
    setBaseline((current) => (current ? update(current) : current));
  }, []);

  const saveMutation = useMutation(
    async (signal, request: SaveRequest): Promise<Room> => {
      if (request.kind === 'create') {
        return adapter.createRoom(request.input, { signal, idempotencyKey: request.key });
      }
      const { roomId: id, patch: roomChanges, plan } = request;
      let room = baseline?.room;
      // Each step that lands becomes the new baseline at once, so a retry after a later failure sends only the rest.
      if (!isEmptyPatch(roomChanges)) {
        const updated = await adapter.updateRoom(id, roomChanges, { signal });
        room = updated;
        request.landed += 1;
        commitBaseline((current) => ({ ...current, room: updated }));
      }
      if (plan.removals.length > 0) {
        await adapter.removeParticipants(id, plan.removals, { signal });
        request.landed += 1;
        commitBaseline((current) => ({
          ...current,
          participants: applyRosterChanges(current.participants, { removals: plan.removals }),
        }));
      }
      if (plan.upserts.length > 0) {
        await adapter.upsertParticipants(id, plan.upserts, { signal });
        request.landed += 1;
        commitBaseline((current) => ({
          ...current,
          participants: applyRosterChanges(current.participants, { upserts: plan.upserts }),
        }));
      }
      return room ?? adapter.getRoom(id, { signal });
    },
    {
      onSuccess: (room, request) => {
        setFieldErrors(NO_FIELD_ERRORS);
        if (request.kind === 'create') {
          keyRef.current = undefined;
          keyReplaceableOnEdit.current = false;
          const { sent } = request;
          // A backend that replays an earlier attempt's room answers with that attempt's values.
          const replayed =
            room.validFrom.getTime() !== sent.validity.validFrom.getTime() ||
            room.validUntil.getTime() !== sent.validity.validUntil.getTime() ||
            room.pstnDialOutEnabled !== sent.pstnDialOutEnabled;
          setBaseline({ room, participants: sent.participants });
          setCreatedRoomId(room.id);
          if (replayed) {
            setNotice({ intent: 'warning', title: undefined, text: strings.replayed, createAnother: false });
            void collectAll((options) => adapter.listParticipants(room.id, options)).then(
              (participants) => setBaseline((current) => (current ? { ...current, participants } : current)),
              () => undefined,
            );
          } else {
            setNotice({
              intent: 'success',
              title: undefined,
              text: kit.format(strings.created, { roomId: room.id }),
              createAnother: false,
            });
          }
        } else {
          setNotice({ intent: 'success', title: undefined, text: strings.saved, createAnother: false });
        }
        onSaved?.(room);
      },
      onError: (error, request) => {
        if (request.kind === 'create') {
          keyReplaceableOnEdit.current = isDefiniteCreateFailure(error);
          if (error.code === 'conflict' && error.target === 'idempotencyKey') {
            setNotice({ intent: 'warning', title: undefined, text: strings.earlierAttempt, createAnother: true });
            setFocusRequest((n) => n + 1);
            return;
          }
        } else if (error.code === 'notFound') {
          setGone({ roomId, status: 'notFound', error });
          return;
        }
        const placed = placeError(error);
        const title = request.kind === 'create' ? strings.createFailed : strings.saveFailed;
        let text = placed ? kit.strings.errors.validation : reasonOf(error);
        if (request.kind === 'create' && !isDefiniteCreateFailure(error)) text = `${text} ${strings.retryIsSafe}`;
        if (request.kind === 'edit' && request.landed > 0) text = `${text} ${strings.partlySaved}`;
        setNotice({ intent: 'error', title, text, createAnother: false });
        setFocusRequest((n) => n + 1);
      },
    },
  );

  /** The problems that block sending: the service's rules on a window that will be sent, and unreadable input. */
  const blockingIssues = useCallback((): readonly ScheduleIssue[] => {
    const windowSent = mode === 'create' || patch.validFrom !== undefined || patch.validUntil !== undefined;
    if (!windowSent) return schedulerIssues.filter((issue) => issue.code === 'invalidDate');
    return [...validateValidity(values.validity, { now: kit.now() }), ...schedulerIssues];
  }, [mode, patch, schedulerIssues, values.validity, kit]);

  const startCreate = useCallback(
    (key: string) => {
      const sent = values;
      const input: CreateRoomInput = {
        validFrom: sent.validity.validFrom,
        validUntil: sent.validity.validUntil,
        pstnDialOutEnabled: sent.pstnDialOutEnabled,
        participants: sent.participants.map(({ id, role }) => ({ id, role })),
        ...(joinPolicies ? { joinPolicy: sent.joinPolicy } : {}),
      };
      void saveMutation.run({ kind: 'create', input, key, sent });
    },
    [values, joinPolicies, saveMutation],
  );

  const submit = useCallback(() => {
    if (readOnly || saveMutation.status === 'pending') return;
    if (blockingIssues().length > 0) {
      setNotice({ intent: 'error', title: undefined, text: strings.fixFields, createAnother: false });
      setFocusRequest((n) => n + 1);
      return;
    }
    if (mode === 'create') {
      keyRef.current ??= newKey();
      startCreate(keyRef.current);
      return;
    }
    if (!roomId || !rosterPlan || !dirty) return;
    void saveMutation.run({ kind: 'edit', roomId, patch, plan: rosterPlan, landed: 0 });
  }, [readOnly, saveMutation, blockingIssues, strings, mode, startCreate, roomId, rosterPlan, dirty, patch]);

  const createAnother = useCallback(() => {
    // The user asked for another room on purpose: a fresh key, in create mode, with the values on screen.
    setCreatedRoomId(undefined);
    setBaseline(undefined);
    keyRef.current = newKey();
    keyReplaceableOnEdit.current = false;
    setNotice(undefined);
    startCreate(keyRef.current);
  }, [startCreate]);

  // After a failure, focus goes to the first field the backend or the rules refused, or else to the message.
  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? noticeRef.current)?.focus();
  }, [focusRequest]);

  // ---- Field changes --------------------------------------------------------------------------------------------
  const onValidityChange = useCallback(
    (validity: RoomValidity, meta: ValidityChangeMeta) => {
      setSchedulerIssues(meta.issues);
      setFieldErrors((e) => (e.validity ? { ...e, validity: undefined } : e));
      edited();
      setValues({ ...values, validity });
    },
    [edited, setValues, values],
  );
  const onDialOutChange = useCallback(
    (enabled: boolean) => {
      setFieldErrors((e) => (e.pstnDialOutEnabled ? { ...e, pstnDialOutEnabled: undefined } : e));
      edited();
      setValues({ ...values, pstnDialOutEnabled: enabled });
    },
    [edited, setValues, values],
  );
  const onJoinPolicyChange = useCallback(
    (policy: RoomJoinPolicy) => {
      setFieldErrors((e) => (e.joinPolicy ? { ...e, joinPolicy: undefined } : e));
      edited();
      setValues({ ...values, joinPolicy: policy });
    },
    [edited, setValues, values],
  );
  const onParticipantsChange = useCallback(
    (participants: RoomParticipant[]) => {
      setFieldErrors((e) => (e.participants ? { ...e, participants: undefined } : e));
      edited();
      setValues({ ...values, participants });
    },
    [edited, setValues, values],
  );

  // ---- Delete ---------------------------------------------------------------------------------------------------
  const deleteMutation = useMutation((signal, room: Room) => adapter.deleteRoom(room.id, { signal }), {
    onSuccess: (_result, room) => {
      setGone({ roomId: room.id, status: 'deleted', error: undefined });
      onDeleted?.(room);
    },
    onError: (error, room) => {
      if (error.code === 'notFound') {
        // Already gone: what the user asked for has happened.
        setGone({ roomId: room.id, status: 'deleted', error: undefined });
        onDeleted?.(room);
        return;
      }
      setNotice({ intent: 'error', title: strings.deleteFailed, text: reasonOf(error), createAnother: false });
      setFocusRequest((n) => n + 1);
    },
  });

  const savedRoom = baseline?.room;
  const deleteDialog = {
    title: kit.format(strings.deleteTitle, { roomId: roomId ?? '' }),
    body: savedRoom
      ? kit.format(strings.deleteBody, {
          roomId: savedRoom.id,
          window: kit.formatDateTimeRange(savedRoom.validFrom, savedRoom.validUntil),
        })
      : '',
  };

  const saving = saveMutation.status === 'pending';
  const submitText =
    mode === 'create' ? (saving ? strings.creating : strings.create) : saving ? strings.saving : strings.save;

  let goneText: string | undefined;
  if (load.status === 'notFound') goneText = kit.format(strings.notFound, { roomId: roomId ?? '' });
  if (load.status === 'deleted') goneText = kit.format(strings.deleted, { roomId: roomId ?? '' });

  return {
    root: { ...rest, ref },
    className,
    strings,
    common: kit.strings.common,
    mode,
    roomId,
    title: mode === 'create' ? strings.createTitle : kit.format(strings.editTitle, { roomId: roomId ?? '' }),
    headingId,
    loadStatus: load.status,
    loadErrorText: load.error ? reasonOf(load.error) : undefined,
    goneText,
    retryLoad: () => setLoadAttempt((n) => n + 1),
    readOnly,
    online,
    adapter,
    values,
    timeZoneProps: {
      ...(timeZone === undefined ? {} : { timeZone }),
      ...(defaultTimeZone === undefined ? {} : { defaultTimeZone }),
      ...(onTimeZoneChange === undefined ? {} : { onTimeZoneChange }),
    },
    onValidityChange,
    onDialOutChange,
    showJoinPolicy: joinPolicies,
    onJoinPolicyChange,
    onParticipantsChange,
    fieldErrors,
    notice,
    dismissNotice: () => setNotice(undefined),
    noticeRef,
    saving,
    dirty,
    submitText,
    submit,
    createAnother,
    canCancel: onCancel !== undefined,
    cancel: () => onCancel?.(),
    canDelete: mode === 'edit' && !readOnly && savedRoom !== undefined,
    askDelete: () => setDeleteOpen(true),
    deleteOpen,
    deleteDialog,
    confirmDelete: () => {
      setDeleteOpen(false);
      if (savedRoom) void deleteMutation.run(savedRoom);
    },
    cancelDelete: () => setDeleteOpen(false),
    deleting: deleteMutation.status === 'pending',
    formRef,
  };
}
