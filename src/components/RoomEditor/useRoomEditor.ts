import { useCallback, useEffect, useId, useRef, useState, type Ref } from 'react';
import { useOnlineStatus } from '../../hooks/useOnlineStatus';
import { useComponentKit, useRoomsAdapter } from '../../provider/RoomsKitProvider';
import type { RoomEditorNotice, RoomEditorProps, RoomEditorState } from './RoomEditor.types';
import { roomEditorConflictView } from './roomEditorConflict';
import { valuesOf, type Baseline, type ConflictRecord } from './roomEditorValues';
import { useRoomEditorDelete } from './useRoomEditorDelete';
import { useRoomEditorForm } from './useRoomEditorForm';
import { useRoomEditorLiveUpdates } from './useRoomEditorLiveUpdates';
import { useRoomEditorLoad } from './useRoomEditorLoad';
import { useCreateKey } from './useCreateKey';
import { useRoomEditorSave } from './useRoomEditorSave';

/**
 * State of {@link RoomEditor}: loads the edited room and roster, holds the form, validates the window as the service
 * does, and creates (one request, participants included, with an idempotency key) or saves (only what changed). No
 * JSX or styling. It is made of the editor's parts: the form (`useRoomEditorForm`), loading, saving, following changes
 * made elsewhere, the conflict message and deleting.
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
 * state.save.submit();
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
    strings: stringsProp,
    ...rest
  } = props;
  const kit = useComponentKit('roomEditor', stringsProp);
  const adapter = useRoomsAdapter(adapterProp);
  const strings = kit.strings.roomEditor;
  const online = useOnlineStatus();
  const headingId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const joinPolicies = adapter.features.joinPolicy;
  const detailsKept = adapter.features.details;

  // A room this editor created is edited from then on, so pressing the button again can never make a second room.
  const [createdRoomId, setCreatedRoomId] = useState<string | undefined>(undefined);
  const roomId = roomIdProp ?? createdRoomId;
  const mode = roomId === undefined ? 'create' : 'edit';

  const [notice, setNotice] = useState<RoomEditorNotice | undefined>(undefined);
  const [baseline, setBaseline] = useState<Baseline | undefined>(undefined);
  const [conflict, setConflict] = useState<ConflictRecord | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  // After a failure, focus goes to the first field refused, or else to the message; a conflict, to its message.
  const [focusRequest, setFocusRequest] = useState(0);
  const [conflictFocus, setConflictFocus] = useState(0);
  const requestFocus = useCallback(() => setFocusRequest((n) => n + 1), []);
  const requestConflictFocus = useCallback(() => setConflictFocus((n) => n + 1), []);

  const key = useCreateKey(setNotice);
  const form = useRoomEditorForm({
    kit,
    detailsKept,
    joinPolicies,
    edited: key.edited,
    values: valuesProp,
    defaultValues,
    onValuesChange,
    timeZone,
    defaultTimeZone,
    onTimeZoneChange,
  });
  const { setValues, setZone, setMoreOpen } = form;
  const load = useRoomEditorLoad({
    adapter,
    roomIdProp,
    roomId,
    fallbackZone: form.fallbackZone,
    onLoaded: (loaded) => {
      setBaseline(loaded);
      setZone(loaded.zone);
      setValues(valuesOf(loaded, 'inviteOnly'));
      if (loaded.room.description || loaded.room.reference) setMoreOpen(true);
    },
  });

  const deletedElsewhereRef = useRef(false);
  const save = useRoomEditorSave({
    kit,
    adapter,
    mode,
    roomId,
    online,
    readOnly,
    deletedElsewhere: deletedElsewhereRef,
    baseline,
    setBaseline,
    form,
    key,
    detailsKept,
    joinPolicies,
    setCreatedRoomId,
    setNotice,
    requestFocus,
    setGone: load.setGone,
    setConflict,
    requestConflictFocus,
    onSaved,
  });
  const { values, timeZone: zone } = form.state;
  const commitBaseline = useCallback(
    (update: (current: Baseline) => Baseline) => setBaseline((current) => (current ? update(current) : current)),
    [],
  );
  const live = useRoomEditorLiveUpdates({
    adapter,
    roomId: mode === 'edit' ? roomId : undefined,
    ready: load.status === 'ready',
    busy: save.saving,
    baseline,
    values,
    patch: save.patch,
    zone,
    setBaseline: commitBaseline,
    setValues,
    setZone,
    setConflict,
    announce: setAnnouncement,
    updatedText: strings.updatedElsewhere,
  });
  const savedRoom = baseline?.room;
  const deletion = useRoomEditorDelete({
    kit,
    adapter,
    roomId,
    savedRoom,
    allowed: mode === 'edit' && !readOnly,
    setGone: load.setGone,
    setNotice,
    requestFocus,
    reasonOf: save.reasonOf,
    onDeleted,
  });
  // The editor's own delete says so itself once it lands, with the room's name.
  const deletedElsewhere = live.deletedElsewhere && !deletion.deleting;
  useEffect(() => {
    deletedElsewhereRef.current = deletedElsewhere;
  });

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? noticeRef.current)?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (conflictFocus > 0) conflictRef.current?.focus();
  }, [conflictFocus]);

  let goneText: string | undefined;
  if (load.status === 'notFound' || deletedElsewhere) goneText = kit.format(strings.notFound, { roomId: roomId ?? '' });
  if (load.status === 'deleted') {
    const subject = load.gone?.subject;
    goneText = subject
      ? kit.format(strings.deletedNamed, { subject })
      : kit.format(strings.deleted, { roomId: roomId ?? '' });
  }
  const headingSubject = savedRoom?.subject;
  const { saving } = save;

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
    adapter,
    readOnly,
    deletedElsewhere,
    locked: readOnly || deletedElsewhere,
    online,
    announcement,
    load: {
      status: load.status,
      errorText: load.error ? save.reasonOf(load.error) : undefined,
      goneText,
      retry: load.retry,
    },
    form: { ...form.state, showJoinPolicy: joinPolicies, formRef },
    notice: { current: notice, dismiss: () => setNotice(undefined), ref: noticeRef, createAnother: save.createAnother },
    conflict: {
      view:
        conflict &&
        roomEditorConflictView(conflict, {
          kit,
          values,
          dirty: save.dirty,
          latest: save.latest,
          setValues,
          setZone,
          setBaseline,
          setFieldErrors: form.setFieldErrors,
          setConflict,
          setMoreOpen,
          setNotice,
          submit: save.submit,
        }),
      ref: conflictRef,
    },
    save: {
      saving,
      dirty: save.dirty,
      text: mode === 'create' ? (saving ? strings.creating : strings.create) : saving ? strings.saving : strings.save,
      submit: save.submit,
    },
    cancel: onCancel && (() => onCancel()),
    deletion: { ...deletion, allowed: deletion.allowed && !deletedElsewhere },
  };
}
