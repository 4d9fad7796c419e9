import { useCallback, useEffect, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import type { CreateKey } from './useCreateKey';
import { collectAll } from '../../adapter/paging';
import { saveRosterPlan } from '../../adapter/saveRosterPlan';
import type { CreateRoomInput, Room, RoomsAdapter, UpdateRoomInput } from '../../adapter/types';
import { toRoomsError, type RoomsError } from '../../core/errors';
import { isDefiniteCreateFailure, isEmptyPatch } from '../../core/rooms';
import { applyRosterChanges, diffRoster, planRosterSave, type RosterSavePlan } from '../../core/roster';
import { validateValidity } from '../../core/validity';
import { useMutation } from '../../hooks/useMutation';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomEditorMode, RoomEditorNotice, RoomEditorProps, RoomEditorValues } from './RoomEditor.types';
import { NO_FIELD_ERRORS, placedError } from './roomEditorErrors';
import {
  changedFields,
  formPatch,
  mergedValues,
  TEXT_DETAILS,
  valuesOf,
  type Baseline,
  type ConflictRecord,
} from './roomEditorValues';
import { sentDetail, type RoomEditorForm } from './useRoomEditorForm';
import type { RoomEditorGone } from './useRoomEditorLoad';

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

/** Options of {@link useRoomEditorSave}. */
export interface UseRoomEditorSaveOptions extends Pick<RoomEditorProps, 'onSaved' | 'readOnly'> {
  kit: RoomsKitContextValue;
  adapter: RoomsAdapter;
  mode: RoomEditorMode;
  roomId: string | undefined;
  /** Whether the browser is online (a failure offline says so). */
  online: boolean;
  /** Whether the room was deleted elsewhere (nothing is sent then); read when the user submits. */
  deletedElsewhere: { readonly current: boolean };
  /** The room as last read or saved. */
  baseline: Baseline | undefined;
  setBaseline: Dispatch<SetStateAction<Baseline | undefined>>;
  form: RoomEditorForm;
  key: CreateKey;
  detailsKept: boolean;
  joinPolicies: boolean;
  setCreatedRoomId: (roomId: string | undefined) => void;
  setNotice: Dispatch<SetStateAction<RoomEditorNotice | undefined>>;
  /** Asks for focus on the first refused field, or the message. */
  requestFocus: () => void;
  setGone: (gone: RoomEditorGone) => void;
  setConflict: Dispatch<SetStateAction<ConflictRecord | undefined>>;
  /** Asks for focus on the conflict message. */
  requestConflictFocus: () => void;
}

/** What {@link useRoomEditorSave} gives the editor. */
export interface RoomEditorSave {
  /** What changed on the room since the baseline (edit mode). */
  readonly patch: UpdateRoomInput;
  /** Whether there is anything to save (always in create mode). */
  readonly dirty: boolean;
  /** Whether a create or save is running. */
  readonly saving: boolean;
  /** Creates or saves, after checking the rules. */
  readonly submit: () => void;
  /** Makes another room on purpose, with a fresh key and the values on screen. */
  readonly createAnother: () => void;
  /** A failure in the viewer's words ("You are offline" when it is so). */
  readonly reasonOf: (error: RoomsError) => string;
  /** What the form held at the last render, for answers that arrive after later renders. */
  readonly latest: {
    readonly current: { baseline: Baseline | undefined; values: RoomEditorValues; patch: UpdateRoomInput };
  };
}

/**
 * Creating and saving a room: one create with the participants and an idempotency key, or a save of only what changed
 * (the room's fields with `ifMatch`, then the roster as `saveRosterPlan` saves it, each landed step kept). A save
 * refused because someone else saved first reads their version and keeps the user's changes over it.
 *
 * @example
 * ```ts
 * const save = useRoomEditorSave({ kit, adapter, mode, roomId, baseline, form, key, ... });
 * save.submit();
 * ```
 */
export function useRoomEditorSave(options: UseRoomEditorSaveOptions): RoomEditorSave {
  const { kit, adapter, mode, roomId, online, baseline, setBaseline, form, key, detailsKept, joinPolicies } = options;
  const { setCreatedRoomId, setNotice, requestFocus, setGone, setConflict, requestConflictFocus, onSaved } = options;
  const strings = kit.strings.roomEditor;
  const { values, timeZone: zone } = form.state;
  const { setValues, setZone, setFieldErrors, setMoreOpen } = form;

  // ---- What changed (edit mode) ----
  const patch = useMemo(
    () => formPatch(baseline, values, zone, { joinPolicies, detailsKept }),
    [baseline, values, joinPolicies, detailsKept, zone],
  );
  const rosterPlan = useMemo(
    () => (baseline ? planRosterSave(diffRoster(baseline.participants, values.participants)) : undefined),
    [baseline, values.participants],
  );
  const rosterDirty = rosterPlan !== undefined && (rosterPlan.upserts.length > 0 || rosterPlan.removals.length > 0);
  const dirty = mode === 'create' || !isEmptyPatch(patch) || rosterDirty;

  const placeError = useCallback(
    (error: RoomsError): boolean => {
      const placed = placedError(error, kit);
      if (!placed) return false;
      setFieldErrors((e) => ({ ...e, [placed.field]: placed.message }));
      if (placed.field === 'description' || placed.field === 'reference') setMoreOpen(true);
      return true;
    },
    [kit, setFieldErrors, setMoreOpen],
  );
  const reasonOf = useCallback(
    (error: RoomsError): string =>
      !online && error.code === 'network' ? kit.strings.common.offline : kit.strings.errors[error.code],
    [online, kit],
  );
  const commitBaseline = useCallback(
    (update: (current: Baseline) => Baseline) => setBaseline((current) => (current ? update(current) : current)),
    [setBaseline],
  );

  // ---- Someone else saved first ----
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
      requestConflictFocus();
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
        setValues(mergedValues(theirValues, current, mineChanges));
        if (mineChanges.timeZone === undefined) setZone(theirZone);
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
        requestFocus();
      }
    },
    [
      adapter,
      strings,
      reasonOf,
      setNotice,
      setConflict,
      requestConflictFocus,
      requestFocus,
      setGone,
      setBaseline,
      setValues,
      setZone,
    ],
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
          key.retire();
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
            void collectAll((o) => adapter.listParticipants(room.id, o)).then(
              (participants) => commitBaseline((current) => ({ ...current, participants })),
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
          commitBaseline((current) => ({ ...current, zone: room.timeZone ?? current.zone }));
          setNotice({ intent: 'success', title: undefined, text: strings.saved, createAnother: false });
        }
        onSaved?.(room);
      },
      onError: (error, request) => {
        if (request.kind === 'create') {
          key.failed(isDefiniteCreateFailure(error));
          if (error.code === 'conflict' && error.target === 'idempotencyKey') {
            setNotice({ intent: 'warning', title: undefined, text: strings.earlierAttempt, createAnother: true });
            requestFocus();
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
        requestFocus();
      },
    },
  );

  /** The problems that block sending: the service's rules on a window that will be sent, and unreadable input. */
  const { schedulerIssues, detailIssues } = form;
  const blockingIssues = useCallback((): readonly unknown[] => {
    const windowSent = mode === 'create' || patch.validFrom !== undefined || patch.validUntil !== undefined;
    if (!windowSent) return [...schedulerIssues.filter((issue) => issue.code === 'invalidDate'), ...detailIssues];
    return [...validateValidity(values.validity, { now: kit.now() }), ...schedulerIssues, ...detailIssues];
  }, [mode, patch, schedulerIssues, values.validity, kit, detailIssues]);

  const startCreate = useCallback(
    (idempotencyKey: string) => {
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
      void saveMutation.run({ kind: 'create', input, key: idempotencyKey, sent });
    },
    [values, joinPolicies, saveMutation, detailsKept, zone],
  );

  const { readOnly = false, deletedElsewhere } = options;
  const submit = useCallback(() => {
    if (readOnly || deletedElsewhere.current || saveMutation.status === 'pending') return;
    if (blockingIssues().length > 0) {
      setNotice({ intent: 'error', title: undefined, text: strings.fixFields, createAnother: false });
      requestFocus();
      return;
    }
    if (mode === 'create') {
      startCreate(key.take());
      return;
    }
    if (!roomId || !rosterPlan || !dirty) return;
    const ifMatch = detailsKept ? baseline?.room.version : undefined;
    void saveMutation.run({ kind: 'edit', roomId, patch, plan: rosterPlan, ifMatch, landed: 0 });
  }, [
    readOnly,
    deletedElsewhere,
    saveMutation,
    blockingIssues,
    setNotice,
    requestFocus,
    strings,
    mode,
    key,
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
    setNotice(undefined);
    startCreate(key.renew());
  }, [setCreatedRoomId, setBaseline, key, setNotice, startCreate]);

  return {
    patch,
    dirty,
    saving: saveMutation.status === 'pending',
    submit,
    createAnother,
    reasonOf,
    latest,
  };
}
