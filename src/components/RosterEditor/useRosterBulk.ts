import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { RoomParticipant } from '../../adapter/types';
import { parseBulkRosterAsync, type BulkRosterResult, type BulkRosterRow } from '../../core/roster';
import type { RoomRole } from '../../core/roles';
import type { RoomsKitStrings } from '../../strings';
import type { RosterBulkState, RosterFormat, RosterReportState } from './rosterEditorState.types';

/** Largest file accepted, in megabytes: far more than a 50,000-row list needs. */
export const BULK_FILE_MAX_MB = 10;

const TEXT_FILE = /\.(csv|txt|tsv)$/i;
const REPORT_ROW_HEIGHT = 36;
const REPORT_HEIGHT = 240;
const REPORT_OVERSCAN = 4;

/** Options of {@link useRosterBulk}. */
export interface UseRosterBulkOptions {
  /** The kit's strings, and how they are filled (plurals included). */
  strings: RoomsKitStrings;
  format: RosterFormat;
  /** Ids on the roster now, for duplicates. */
  rosterIds: ReadonlySet<string>;
  /** Role of rows that name none. */
  defaultRole: RoomRole;
  /** Most rows read. */
  maxRows: number | undefined;
  /** Adds the valid participants; returns how many were added. */
  add: (participants: RoomParticipant[]) => number;
}

/** What {@link useRosterBulk} returns. */
export interface RosterBulk {
  /** The panel's state. */
  state: RosterBulkState;
  /** The panel's handlers. */
  actions: {
    setOpen: (open: boolean) => void;
    onTextChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
    check: () => void;
    apply: () => void;
    setProblemsOnly: (on: boolean) => void;
    onFileChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
  /** The report's virtual list. */
  report: RosterReportState;
}

/**
 * The "paste or drop a list" panel: text, file reading, checking with {@link parseBulkRosterAsync} (in slices, so a
 * long list shows "Checking…" rather than a frozen page), the per-row report, and applying only the valid rows.
 * After applying, the rows with problems stay in the box so they can be fixed; nothing valid waits on them.
 */
export function useRosterBulk(options: UseRosterBulkOptions): RosterBulk {
  const { strings, format, rosterIds, defaultRole, maxRows, add } = options;
  const s = strings.rosterEditor;
  const [open, setOpenState] = useState(false);
  const [text, setText] = useState('');
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<BulkRosterResult | undefined>(undefined);
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [message, setMessage] = useState<RosterBulkState['message']>(undefined);
  const [dragging, setDragging] = useState(false);
  const reading = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => reading.current?.abort(), []);

  const roleAliases = useMemo(() => {
    const aliases: Record<string, RoomRole> = {};
    for (const [role, { name }] of Object.entries(strings.organisers.roles) as Array<[RoomRole, { name: string }]>) {
      aliases[name] = role;
    }
    return aliases;
  }, [strings.organisers.roles]);

  const runCheck = useCallback(
    (source: string) => {
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      setChecking(true);
      setMessage(undefined);
      // Read in slices with a pause between them: a 50,000-line list shows "Checking…" instead of freezing the page.
      parseBulkRosterAsync(source, {
        existing: rosterIds,
        defaultRole,
        maxRows,
        roleAliases,
        signal: controller.signal,
      }).then(
        (next) => {
          if (controller.signal.aborted) return;
          setResult(next);
          setProblemsOnly(next.counts.added < next.rows.length && next.rows.length > 20);
          setChecking(false);
          if (next.truncated) {
            setMessage({
              intent: 'warning',
              text: format(s.bulkTruncated, {
                total: next.truncated.totalRows,
                read: next.truncated.readRows,
              }),
            });
          } else if (next.rows.length > 0 && next.counts.added === 0) {
            setMessage({ intent: 'warning', text: s.bulkNothingValid });
          }
        },
        () => {
          // Only a newer check or unmounting stops a read; the newer check owns the state.
        },
      );
    },
    [rosterIds, defaultRole, maxRows, roleAliases, format, s.bulkTruncated, s.bulkNothingValid],
  );

  const readFile = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      if (!TEXT_FILE.test(file.name) && !file.type.startsWith('text/')) {
        setMessage({ intent: 'error', text: format(s.bulkFileType, { name: file.name }) });
        return;
      }
      if (file.size > BULK_FILE_MAX_MB * 1024 * 1024) {
        setMessage({
          intent: 'error',
          text: format(s.bulkFileTooLarge, { name: file.name, size: BULK_FILE_MAX_MB }),
        });
        return;
      }
      file.text().then(
        (content) => {
          setText(content);
          setResult(undefined);
          runCheck(content);
        },
        () => setMessage({ intent: 'error', text: s.bulkFileUnreadable }),
      );
    },
    [runCheck, format, s.bulkFileType, s.bulkFileTooLarge, s.bulkFileUnreadable],
  );

  const apply = useCallback(() => {
    if (!result) return;
    // The roster may have changed since the check: whoever is on it now is not added twice.
    const fresh = result.participants.filter((p) => !rosterIds.has(p.id));
    const added = fresh.length > 0 ? add(fresh) : 0;
    const fixable = result.rows.filter((row) => row.status !== 'added' && row.status !== 'duplicate');
    const lines = text.split(/\r?\n/);
    setText(fixable.map((row) => lines[row.line - 1] ?? row.id).join('\n'));
    setResult(undefined);
    setProblemsOnly(false);
    setMessage({
      intent: fixable.length > 0 ? 'warning' : 'success',
      text: format(s.bulkApplied, { count: added, problems: fixable.length }),
    });
  }, [result, rosterIds, add, text, format, s.bulkApplied]);

  const verdictOf = useCallback(
    (row: BulkRosterRow): string => {
      switch (row.status) {
        case 'added':
          return s.bulkAdded;
        case 'invalidIdentifier':
          return s.bulkInvalidIdentifier;
        case 'notCommunicationUser':
          // The same words as the people picker's for a phone number: one rule, one message, in every field.
          return row.identifierKind === 'phoneNumber' ? strings.identifiers.phoneNumber : s.bulkNotCommunicationUser;
        case 'unknownRole':
          return format(s.bulkUnknownRole, { role: row.roleText ?? '' });
        case 'duplicate':
          return row.duplicateOf === 'list'
            ? format(s.bulkDuplicateList, { line: row.firstLine ?? '' })
            : s.bulkDuplicateRoster;
      }
    },
    [s, format, strings.identifiers.phoneNumber],
  );

  const reportRows = useMemo(
    () => (result ? (problemsOnly ? result.rows.filter((row) => row.status !== 'added') : result.rows) : []),
    [result, problemsOnly],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // As in useRosterGrid: the virtualizer is read fresh every render, never memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: reportRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => REPORT_ROW_HEIGHT,
    overscan: REPORT_OVERSCAN,
    initialRect: { width: 0, height: REPORT_HEIGHT },
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height: REPORT_HEIGHT }),
      ),
  });
  const report: RosterReportState = {
    scrollRef,
    rows: virtualizer.getVirtualItems().flatMap((item) => {
      const row = reportRows[item.index];
      return row ? [{ item, row }] : [];
    }),
    totalHeight: virtualizer.getTotalSize(),
    rowHeight: REPORT_ROW_HEIGHT,
    // The border's two pixels keep a short report from scrolling.
    height: Math.min(REPORT_HEIGHT, reportRows.length * REPORT_ROW_HEIGHT + 2),
    verdictOf,
  };

  return {
    state: { open, text, checking, result, reportRows, problemsOnly, message, dragging },
    report,
    actions: {
      setOpen: (next) => {
        setOpenState(next);
        if (!next) setMessage(undefined);
      },
      onTextChange: (event) => {
        reading.current?.abort();
        setChecking(false);
        setText(event.target.value);
        // The report belongs to the text that was checked; an edited text must be checked again.
        setResult(undefined);
        setMessage(undefined);
      },
      check: () => runCheck(text),
      apply,
      setProblemsOnly,
      onFileChange: (event) => {
        readFile(event.target.files?.[0]);
        // The same file chosen again must fire `change` again.
        event.target.value = '';
      },
      onDragOver: (event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (event) => {
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (!file) return;
        event.preventDefault();
        readFile(file);
      },
    },
  };
}
