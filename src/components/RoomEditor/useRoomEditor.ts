import { useCallback, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { collectAll } from '../../adapter/paging';
import { saveRosterPlan } from '../../adapter/saveRosterPlan';
import type { CreateRoomInput, Room, RoomJoinPolicy, RoomParticipant, UpdateRoomInput } from '../../adapter/types';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { ROOM_DETAIL_LIMITS, validateRoomDetails, type RoomDetailIssue } from '../../core/roomDetails';
import { isDefiniteCreateFailure, isEmptyPatch, roomPatch, type RoomEditableFields } from '../../core/rooms';
import { applyRosterChanges, diffRoster, planRosterSave, type RosterSavePlan } from '../../core/roster';
import { canonicalTimeZone, defaultSchedule, type ScheduleIssue } from '../../core/schedule';
import { validateValidity, type RoomValidity } from '../../core/validity';
import { useControllableState } from '../../hooks/useControllableState';
import { useMutation } from '../../hooks/useMutation';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useRoomsAdapter, useRoomsKit } from '../../provider/RoomsKitProvider';
import type { ValidityChangeMeta } from '../ValidityScheduler';
import type {
  RoomEditorConflict,
  RoomEditorDetailField,
  RoomEditorDetails,
  RoomEditorFieldErrors,
  RoomEditorLoadStatus,
  RoomEditorNotice,
  RoomEditorProps,
  RoomEditorState,
  RoomEditorValues,
} from './RoomEditor.types';
import { useRoomEditorLiveUpdates } from './useRoomEditorLiveUpdates';
import {
  changedFields,
  mergedValues,
  TEXT_DETAILS,
  valuesOf,
  type Baseline,
  type ConflictRecord,
  type TextDetail,
} from './roomEditorValues';

/** A count appears under a detail once its text reaches this share of the limit. */
const COUNT_FROM = 0.8;

/** One create or save, with what it sent, so its answer can be judged against the form at the time. */
type SaveRequest =
  | { kind: 'create'; input: CreateRoomInput; key: string; sent: RoomEditorValues }
  | {
      kind: 'edit';
      roomId: string;
      patch: UpdateRoomInput;
      plan: RosterSavePlan;
      /** The version the changes were made against (where the backend keeps versions). */
      ifMatch: string | undefined;
      /** Steps that had landed before a later one failed. */
      landed: number;
    };

const NO_FIELD_ERRORS: RoomEditorFieldErrors = {
  validity: undefined,
  participants: undefined,
  joinPolicy: undefined,
  pstnDialOutEnabled: undefined,
  subject: undefined,
  timeZone: undefined,
  description: undefined,
  reference: undefined,
};

/** A detail as it is sent: trimmed, and left out when empty. */
function sentDetail(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
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
  const detailsKept = adapter.features.details;
  const conflictRef = useRef<HTMLDivElement>(null);

  // A room this editor created is edited from then on, so pressing the button again can never make a second room.
  const [createdRoomId, setCreatedRoomId] = useState<string | undefined>(undefined);
  const roomId = roomIdProp ?? createdRoomId;
  const mode = roomId === undefined ? 'create' : 'edit';

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
    value: valuesProp,
    defaultValue: initialValues,
    onChange: onValuesChange,
  });
  // The zone the window is shown and typed in: the editor holds it, so an edited room reopens in its own zone.
  const fallbackZone = canonicalTimeZone(defaultTimeZone ?? kit.timeZone);
  const [zone, setZone] = useControllableState<string>({
    value: timeZone,
    defaultValue: fallbackZone,
    onChange: onTimeZoneChange,
  });
  const setValuesRef = useRef(setValues);
  const setZoneRef = useRef(setZone);
  const fallbackZoneRef = useRef(fallbackZone);
  useEffect(() => {
    setValuesRef.current = setValues;
    setZoneRef.current = setZone;
    fallbackZoneRef.current = fallbackZone;
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
    | {
        roomId: string | undefined;
        status: 'notFound' | 'deleted';
        error: RoomsError | undefined;
        subject?: string | undefined;
      }
    | undefined
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
  const [moreOpen, setMoreOpen] = useState(() => Boolean(defaultValues?.description || defaultValues?.reference));
  const [conflict, setConflict] = useState<ConflictRecord | undefined>(undefined);
  const [conflictFocus, setConflictFocus] = useState(0);

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
        const zoneOfRoom = room.timeZone ?? fallbackZoneRef.current;
        const loaded = { room, participants, zone: zoneOfRoom };
        setBaseline(loaded);
        setZoneRef.current(zoneOfRoom);
        setValuesRef.current(valuesOf(loaded, 'inviteOnly'));
        if (room.description || room.reference) setMoreOpen(true);
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
  const patch = useMemo(() => {
    if (!baseline) return {};
    const { room } = baseline;
    const before: RoomEditableFields = {
      validFrom: room.validFrom,
      validUntil: room.validUntil,
      pstnDialOutEnabled: room.pstnDialOutEnabled,
      ...(room.joinPolicy === undefined ? {} : { joinPolicy: room.joinPolicy }),
    };
    const after: RoomEditableFields = {
      validFrom: values.validity.validFrom,
      validUntil: values.validity.validUntil,
      pstnDialOutEnabled: values.pstnDialOutEnabled,
      ...(joinPolicies ? { joinPolicy: values.joinPolicy } : {}),
    };
    if (detailsKept) {
      // The zone counts as changed only when the user picked another one than the form opened in.
      Object.assign(before, {
        subject: room.subject,
        description: room.description,
        reference: room.reference,
        timeZone: baseline.zone,
      });
      // A host that controls `values` without the details leaves them as they are; only '' clears one.
      Object.assign(after, {
        subject: values.subject ?? room.subject,
        description: values.description ?? room.description,
        reference: values.reference ?? room.reference,
        timeZone: zone,
      });
    }
    return roomPatch(before, after);
  }, [baseline, values, joinPolicies, detailsKept, zone]);
  const rosterPlan = useMemo(
    () => (baseline ? planRosterSave(diffRoster(baseline.participants, values.participants)) : undefined),
    [baseline, values.participants],
  );
  const rosterDirty = rosterPlan !== undefined && (rosterPlan.upserts.length > 0 || rosterPlan.removals.length > 0);
  const dirty = mode === 'create' || !isEmptyPatch(patch) || rosterDirty;

  // ---- Errors from the backend, placed by target ----------------------------------------------------------------
  const placeError = useCallback(
    (error: RoomsError): boolean => {
      // The service's own words are English whatever the page's language: the field says it in the kit's words.
      const reason = kit.strings.errors[error.code];
      const message = kit.format(strings.serverRejected, { message: reason });
      switch (error.target) {
        case 'validFrom':
        case 'validUntil':
          setFieldErrors((e) => ({ ...e, validity: { [error.target as 'validFrom' | 'validUntil']: message } }));
          return true;
        case 'participants':
          setFieldErrors((e) => ({
            ...e,
            participants: kit.format(strings.participantsRejected, { message: reason }),
          }));
          return true;
        case 'joinPolicy':
          setFieldErrors((e) => ({ ...e, joinPolicy: message }));
          return true;
        case 'pstnDialOutEnabled':
          setFieldErrors((e) => ({ ...e, pstnDialOutEnabled: message }));
          return true;
        case 'subject':
          setFieldErrors((e) => ({ ...e, subject: message }));
          return true;
        case 'description':
        case 'reference': {
          const field = error.target;
          setFieldErrors((e) => ({ ...e, [field]: message }));
          setMoreOpen(true);
          return true;
        }
        case 'timeZone':
          setFieldErrors((e) => ({
            ...e,
            timeZone: kit.format(strings.timeZoneRejected, { message: reason }),
          }));
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

  // ---- Someone else saved first ---------------------------------------------------------------------------------
  // What the form held when the refusal came back; read there, since the answer arrives after later renders.
  const latest = useRef({ baseline, values, patch });
  useEffect(() => {
    latest.current = { baseline, values, patch };
  });
  const conflictRead = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => conflictRead.current?.abort(), []);

  /**
   * Reads the room as it now is and who changed it. The form keeps every change the user made and takes the other
   * person's values only where the user changed nothing; the baseline becomes the newer version, so "Keep mine and
   * save" sends the user's changes against it.
   */
  const readConflict = useCallback(
    async (id: string) => {
      conflictRead.current?.abort();
      const controller = new AbortController();
      conflictRead.current = controller;
      const { signal } = controller;
      setNotice(undefined);
      setConflict({ room: undefined, by: undefined, changed: [] });
      setConflictFocus((n) => n + 1);
      try {
        const theirs = await adapter.getRoom(id, { signal });
        let by: string | undefined;
        if (theirs.updatedBy !== undefined) {
          by = await adapter.resolvePeople([theirs.updatedBy], { signal }).then(
            (people) => people.find((person) => person.id === theirs.updatedBy)?.displayName,
            () => undefined,
          );
        }
        if (signal.aborted) return;
        const { baseline: mine, values: current, patch: mineChanges } = latest.current;
        if (!mine) return;
        const theirValues = valuesOf({ room: theirs, participants: mine.participants }, current.joinPolicy);
        const theirZone = theirs.timeZone ?? mine.zone;
        setBaseline({ ...mine, room: theirs, zone: theirZone });
        setValuesRef.current(mergedValues(theirValues, current, mineChanges));
        if (mineChanges.timeZone === undefined) setZoneRef.current(theirZone);
        setConflict({ room: theirs, by, changed: changedFields(mine.room, theirs) });
      } catch (thrown) {
        if (signal.aborted) return;
        const error = toRoomsError(thrown);
        setConflict(undefined);
        if (error.code === 'notFound') {
          setGone({ roomId: id, status: 'notFound', error });
          return;
        }
        setNotice({ intent: 'error', title: strings.saveFailed, text: reasonOf(error), createAnother: false });
        setFocusRequest((n) => n + 1);
      }
    },
    [adapter, strings, reasonOf],
  );

  const saveMutation = useMutation(
    async (signal, request: SaveRequest): Promise<Room> => {
      if (request.kind === 'create') {
        return adapter.createRoom(request.input, { signal, idempotencyKey: request.key });
      }
      const { roomId: id, patch: roomChanges, plan } = request;
      let room = baseline?.room;
      // Each step that lands becomes the new baseline at once, so a retry after a later failure sends only the rest.
      if (!isEmptyPatch(roomChanges)) {
        const updated = await adapter.updateRoom(id, roomChanges, {
          signal,
          ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
        });
        room = updated;
        request.landed += 1;
        commitBaseline((current) => ({ ...current, room: updated }));
      }
      // The roster is saved as RosterEditor saves it (upserts, then removals); each step that lands is kept.
      await saveRosterPlan(adapter, id, plan, {
        signal,
        onStep: (step) => {
          if (step.phase !== 'landed') return;
          request.landed += 1;
          const changes = step.kind === 'upsert' ? { upserts: plan.upserts } : { removals: plan.removals };
          commitBaseline((current) => ({
            ...current,
            participants: applyRosterChanges(current.participants, changes),
          }));
        },
      });
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
          setBaseline({ room, participants: sent.participants, zone: room.timeZone ?? zone });
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
              text: room.subject
                ? kit.format(strings.createdNamed, { subject: room.subject })
                : kit.format(strings.created, { roomId: room.id }),
              createAnother: false,
            });
          }
        } else {
          setConflict(undefined);
          // The zone saved is the one the form now opens the room in.
          setBaseline((current) => (current ? { ...current, zone: room.timeZone ?? current.zone } : current));
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
        } else if (error.code === 'conflict' && error.target === 'version' && request.landed === 0) {
          void readConflict(request.roomId);
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

  const blockingIssues = useCallback((): readonly unknown[] => {
    const windowSent = mode === 'create' || patch.validFrom !== undefined || patch.validUntil !== undefined;
    if (!windowSent) return [...schedulerIssues.filter((issue) => issue.code === 'invalidDate'), ...detailIssues];
    return [...validateValidity(values.validity, { now: kit.now() }), ...schedulerIssues, ...detailIssues];
  }, [mode, patch, schedulerIssues, values.validity, kit, detailIssues]);

  // ---- Changes made elsewhere ----------------------------------------------------------------------------------
  const [announcement, setAnnouncement] = useState('');
  const live = useRoomEditorLiveUpdates({
    adapter,
    roomId: mode === 'edit' ? roomId : undefined,
    ready: load.status === 'ready',
    busy: saveMutation.status === 'pending',
    baseline,
    values,
    patch,
    zone,
    setBaseline: commitBaseline,
    setValues,
    setZone,
    setConflict,
    announce: setAnnouncement,
    updatedText: strings.updatedElsewhere,
  });

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
      if (detailsKept) {
        input.timeZone = zone;
        for (const field of TEXT_DETAILS) {
          const text = sentDetail(sent[field]);
          if (text !== undefined) input[field] = text;
        }
      }
      void saveMutation.run({ kind: 'create', input, key, sent });
    },
    [values, joinPolicies, saveMutation, detailsKept, zone],
  );

  const submit = useCallback(() => {
    if (readOnly || live.deletedElsewhere || saveMutation.status === 'pending') return;
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
    const ifMatch = detailsKept ? baseline?.room.version : undefined;
    void saveMutation.run({ kind: 'edit', roomId, patch, plan: rosterPlan, ifMatch, landed: 0 });
  }, [
    readOnly,
    live.deletedElsewhere,
    saveMutation,
    blockingIssues,
    strings,
    mode,
    startCreate,
    roomId,
    rosterPlan,
    dirty,
    patch,
    detailsKept,
    baseline,
  ]);

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
  // A conflict takes focus to its message, where both ways on are the next two Tab stops.
  useEffect(() => {
    if (conflictFocus > 0) conflictRef.current?.focus();
  }, [conflictFocus]);

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

  const onDetailChange = useCallback(
    (field: TextDetail, text: string) => {
      setFieldErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
      edited();
      setValues({ ...values, [field]: text });
    },
    [edited, setValues, values],
  );
  const onZoneChange = useCallback(
    (next: string) => {
      setFieldErrors((e) => (e.timeZone ? { ...e, timeZone: undefined } : e));
      edited();
      setZone(next);
    },
    [edited, setZone],
  );

  // ---- Delete ---------------------------------------------------------------------------------------------------
  const deleteMutation = useMutation((signal, room: Room) => adapter.deleteRoom(room.id, { signal }), {
    onSuccess: (_result, room) => {
      setGone({ roomId: room.id, status: 'deleted', error: undefined, subject: room.subject });
      onDeleted?.(room);
    },
    onError: (error, room) => {
      if (error.code === 'notFound') {
        // Already gone: what the user asked for has happened.
        setGone({ roomId: room.id, status: 'deleted', error: undefined, subject: room.subject });
        onDeleted?.(room);
        return;
      }
      setNotice({ intent: 'error', title: strings.deleteFailed, text: reasonOf(error), createAnother: false });
      setFocusRequest((n) => n + 1);
    },
  });

  const savedRoom = baseline?.room;
  const savedSubject = savedRoom?.subject;
  const savedWindow = savedRoom ? kit.formatDateTimeRange(savedRoom.validFrom, savedRoom.validUntil) : '';
  const deleteDialog = savedSubject
    ? {
        title: kit.format(strings.deleteTitleNamed, { subject: savedSubject }),
        body: kit.format(strings.deleteBodyNamed, { subject: savedSubject, window: savedWindow }),
      }
    : {
        title: kit.format(strings.deleteTitle, { roomId: roomId ?? '' }),
        body: savedRoom ? kit.format(strings.deleteBody, { roomId: savedRoom.id, window: savedWindow }) : '',
      };

  const saving = saveMutation.status === 'pending';
  // The editor's own delete says so itself once it lands, with the room's name.
  const deletedElsewhere = live.deletedElsewhere && deleteMutation.status !== 'pending';
  const submitText =
    mode === 'create' ? (saving ? strings.creating : strings.create) : saving ? strings.saving : strings.save;

  let goneText: string | undefined;
  if (load.status === 'notFound' || deletedElsewhere) goneText = kit.format(strings.notFound, { roomId: roomId ?? '' });
  if (load.status === 'deleted') {
    const subject = gone?.subject;
    goneText = subject
      ? kit.format(strings.deletedNamed, { subject })
      : kit.format(strings.deleted, { roomId: roomId ?? '' });
  }

  // ---- The details on the form ----------------------------------------------------------------------------------
  const detailField = (field: TextDetail): RoomEditorDetailField => {
    const value = values[field] ?? '';
    const limit = ROOM_DETAIL_LIMITS[field];
    const issue = detailIssues.find((i) => i.field === field);
    const length = value.trim().length;
    return {
      value,
      onChange: (text) => onDetailChange(field, text),
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

  // ---- The conflict message -------------------------------------------------------------------------------------
  let conflictView: RoomEditorConflict | undefined;
  if (conflict) {
    const theirs = conflict.room;
    let text: string | undefined;
    if (theirs) {
      const names = conflict.changed.map((field) => strings.changedFields[field]);
      const changes =
        names.length === 0
          ? strings.changesUnknown
          : new Intl.ListFormat(kit.locale, { type: 'conjunction', style: 'long' }).format(names);
      const name = conflict.by ?? strings.someoneElse;
      // The room's time says when its fields changed, not its roster.
      const timed = conflict.changed.some((field) => field !== 'participants');
      text = conflict.live
        ? kit.format(strings.conflictTextLive, { name, changes })
        : theirs.updatedAt && timed
          ? kit.format(strings.conflictText, { name, changes, time: whenText(theirs.updatedAt, kit) })
          : kit.format(strings.conflictTextNoTime, { name, changes });
    }
    conflictView = {
      title: strings.conflictTitle,
      text,
      keptText: strings.conflictKept,
      checking: theirs === undefined,
      live: conflict.live === true,
      reload: () => {
        const current = latest.current.baseline;
        if (!theirs || !current) return;
        setValues(valuesOf({ room: theirs, participants: current.participants }, values.joinPolicy));
        if (conflict.live && current.room !== theirs) {
          // Heard, not read after a refused save: the form's saved version moves to theirs only now.
          const theirZone = theirs.timeZone ?? current.zone;
          setBaseline({ ...current, room: theirs, zone: theirZone });
          setZone(theirZone);
        } else setZone(current.zone);
        setFieldErrors(NO_FIELD_ERRORS);
        setConflict(undefined);
        setMoreOpen(Boolean(theirs.description || theirs.reference));
      },
      keepMine: () => {
        if (!theirs) return;
        setConflict(undefined);
        if (conflict.live) {
          // Heard while editing, nothing sent: their values where the user changed nothing, the user's elsewhere,
          // against their version, for the user to save when ready.
          const { baseline: current, values: mine, patch: mineChanges } = latest.current;
          if (!current || current.room === theirs) return;
          const theirZone = theirs.timeZone ?? current.zone;
          setBaseline({ ...current, room: theirs, zone: theirZone });
          setValues(
            mergedValues(
              valuesOf({ room: theirs, participants: current.participants }, mine.joinPolicy),
              mine,
              mineChanges,
            ),
          );
          if (mineChanges.timeZone === undefined) setZone(theirZone);
          return;
        }
        if (!dirty) {
          // Their version already holds everything the user changed.
          setNotice({ intent: 'success', title: undefined, text: strings.saved, createAnother: false });
          return;
        }
        submit();
      },
    };
  }
  const headingSubject = savedRoom?.subject;

  return {
    root: { ...rest, ref },
    className,
    strings,
    common: kit.strings.common,
    mode,
    roomId,
    title:
      mode === 'create'
        ? strings.createTitle
        : headingSubject
          ? kit.format(strings.editTitleNamed, { subject: headingSubject })
          : kit.format(strings.editTitle, { roomId: roomId ?? '' }),
    headingId,
    loadStatus: load.status,
    loadErrorText: load.error ? reasonOf(load.error) : undefined,
    goneText,
    retryLoad: () => setLoadAttempt((n) => n + 1),
    readOnly,
    online,
    adapter,
    values,
    timeZone: zone,
    onTimeZoneChange: onZoneChange,
    onValidityChange,
    onDialOutChange,
    showJoinPolicy: joinPolicies,
    onJoinPolicyChange,
    onParticipantsChange,
    fieldErrors,
    notice,
    details,
    conflict: conflictView,
    conflictRef,
    dismissNotice: () => setNotice(undefined),
    noticeRef,
    saving,
    dirty,
    submitText,
    submit,
    createAnother,
    canCancel: onCancel !== undefined,
    cancel: () => onCancel?.(),
    canDelete: mode === 'edit' && !readOnly && !deletedElsewhere && savedRoom !== undefined,
    deletedElsewhere,
    locked: readOnly || deletedElsewhere,
    announcement,
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

/** When someone else saved: the time alone today, the date and time otherwise (in the viewer's zone). */
function whenText(at: Date, kit: ReturnType<typeof useRoomsKit>): string {
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: kit.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(d);
  if (day(at) === day(kit.now())) {
    return new Intl.DateTimeFormat(kit.locale, { timeStyle: 'short', timeZone: kit.timeZone }).format(at);
  }
  return kit.formatDateTime(at, { showZone: false });
}
