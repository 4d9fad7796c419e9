import type { Dispatch, SetStateAction } from 'react';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { RoomEditorConflict, RoomEditorFieldErrors, RoomEditorNotice, RoomEditorValues } from './RoomEditor.types';
import { NO_FIELD_ERRORS } from './roomEditorErrors';
import { mergedValues, valuesOf, type Baseline, type ConflictRecord } from './roomEditorValues';
import type { RoomEditorSave } from './useRoomEditorSave';

/** What {@link roomEditorConflictView} acts on. */
export interface RoomEditorConflictContext {
  kit: RoomsKitContextValue;
  /** The form's values now. */
  values: RoomEditorValues;
  /** Whether the form holds changes to save. */
  dirty: boolean;
  /** What the form held at the last render. */
  latest: RoomEditorSave['latest'];
  setValues: (values: RoomEditorValues) => void;
  setZone: (zone: string) => void;
  setBaseline: Dispatch<SetStateAction<Baseline | undefined>>;
  setFieldErrors: (errors: RoomEditorFieldErrors) => void;
  setConflict: Dispatch<SetStateAction<ConflictRecord | undefined>>;
  setMoreOpen: (open: boolean) => void;
  setNotice: Dispatch<SetStateAction<RoomEditorNotice | undefined>>;
  /** Saves the form. */
  submit: () => void;
}

/** When someone else saved: the time alone today, the date and time otherwise (in the viewer's zone). */
function whenText(at: Date, kit: RoomsKitContextValue): string {
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

/** The message's sentence: who changed what, and when (a change heard says "just now"). */
function conflictText(conflict: ConflictRecord, kit: RoomsKitContextValue): string | undefined {
  const strings = kit.strings.roomEditor;
  const theirs = conflict.room;
  if (!theirs) return undefined;
  const names = conflict.changed.map((field) => strings.changedFields[field]);
  const changes =
    names.length === 0
      ? strings.changesUnknown
      : new Intl.ListFormat(kit.locale, { type: 'conjunction', style: 'long' }).format(names);
  const name = conflict.by ?? strings.someoneElse;
  // The room's time says when its fields changed, not its roster.
  const timed = conflict.changed.some((field) => field !== 'participants');
  if (conflict.live) return kit.format(strings.conflictTextLive, { name, changes });
  return theirs.updatedAt && timed
    ? kit.format(strings.conflictText, { name, changes, time: whenText(theirs.updatedAt, kit) })
    : kit.format(strings.conflictTextNoTime, { name, changes });
}

/**
 * The conflict message when someone else saved first, with its two ways on: "Reload their version" (the user's
 * changes go) and "Keep mine" (saved against their version after a refused save; kept on the form, over their
 * values, for a change heard while editing).
 *
 * @example
 * ```ts
 * const view = conflict && roomEditorConflictView(conflict, { kit, values, dirty, latest, ...setters, submit });
 * ```
 */
export function roomEditorConflictView(
  conflict: ConflictRecord,
  context: RoomEditorConflictContext,
): RoomEditorConflict {
  const { kit, values, dirty, latest, setValues, setZone, setBaseline, setConflict, setNotice } = context;
  const strings = kit.strings.roomEditor;
  const theirs = conflict.room;
  return {
    title: strings.conflictTitle,
    text: conflictText(conflict, kit),
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
      context.setFieldErrors(NO_FIELD_ERRORS);
      setConflict(undefined);
      context.setMoreOpen(Boolean(theirs.description || theirs.reference));
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
      context.submit();
    },
  };
}
