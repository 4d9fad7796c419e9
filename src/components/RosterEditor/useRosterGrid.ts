import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useElementWidth } from '../../hooks/useElementWidth';
import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';

/**
 * The controls of a row that take part in the roving tab stop and in left/right moves: the checkbox, the name cell,
 * the role picker's combobox and the row's action button. Named one by one because a Fluent Dropdown also holds a
 * hidden clear button that must stay out of the Tab order.
 */
export const FOCUSABLE = '[data-col] input, [role="rowheader"], [role="combobox"], [data-col="actions"] button';

/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 3;
const ROW_HEIGHT = { small: 44, medium: 56 } as const;
/** Rows with the role under the name: a line of name and details, then the role picker. */
const STACKED_ROW_HEIGHT = { small: 72, medium: 88 } as const;
/** Below this width (CSS pixels) of the grid, a name beside the role picker would be cut to a letter or two. */
const STACK_BELOW = 480;

/** Options of {@link useRosterGrid}. */
export interface UseRosterGridOptions {
  /** The ids shown, one per row. */
  shown: readonly string[];
  /** The editor's size: the rows' height. */
  size: 'small' | 'medium';
  /** A read-only grid keeps name and role side by side (it has no checkbox or action to make room for). */
  readOnly: boolean;
  /** Height of the viewport, in pixels. */
  listHeight: number;
  /** Writing direction: left and right swap in right-to-left. */
  dir: 'ltr' | 'rtl';
}

/** What {@link useRosterGrid} returns. */
export interface RosterGrid {
  /** The scrolling element. */
  scrollRef: RefObject<HTMLDivElement>;
  /** The virtualizer of the rows. */
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The row holding the grid's one tab stop. */
  activeIndex: number;
  /** Arrow keys, Page Up/Down, Home/End (with Ctrl: first and last row). */
  onGridKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** Moves the tab stop to the row that received focus. */
  onRowFocus: (index: number) => void;
  /** Focuses a row's control after the next render (e.g. when the focused row goes away). */
  focusLater: (index: number, column: string) => void;
  /** Height of one row, in pixels. */
  rowHeight: number;
  /** Whether each row has its role under the name (a grid under 480 px wide). */
  stacked: boolean;
  /** Gives the grid element, whose width decides {@link RosterGrid.stacked}. */
  measureRef: (element: HTMLElement | null) => void;
  /** Scrolls a row into view once the render that shows it is on screen (a person just added). */
  revealLater: (id: string) => void;
  /** Does `act` to a row that then goes away, the focus staying in the same place of the list. */
  keepFocus: (id: string, act: (id: string) => void) => void;
}

/**
 * The roster's virtual grid: only the rows in view (and a few more) are in the page, the row holding the tab stop
 * always among them; one tab stop for the whole grid (roving), arrow keys between rows and between a row's controls.
 */
export function useRosterGrid(options: UseRosterGridOptions): RosterGrid {
  const { shown, size, readOnly, listHeight, dir } = options;
  const count = shown.length;
  const [gridWidth, measureRef] = useElementWidth();
  const stacked = !readOnly && gridWidth !== undefined && gridWidth < STACK_BELOW;
  const rowHeight = (stacked ? STACKED_ROW_HEIGHT : ROW_HEIGHT)[size];
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndexState, setActiveIndex] = useState(0);
  const activeIndex = Math.max(0, Math.min(activeIndexState, count - 1));
  const pendingFocus = useRef<{ index: number; column: string } | undefined>(undefined);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The row holding the tab stop stays in the page, so Tab always finds the grid.
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  // The virtualizer's functions are read fresh every render here, never memoised, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    rangeExtractor,
    // Rows are keyed by their place (see renderRosterGrid), and every row is as tall as the next: the default key
    // keeps the virtualizer from walking every row again when only roles or the filter changed.
    initialRect: { width: 0, height: listHeight },
    // A list with no layout yet (hidden tab, test DOM) still shows a viewport's worth of rows.
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height: listHeight }),
      ),
  });

  // The virtualizer keeps the sizes it estimated: a new row height (the rows stack on a narrow grid) places every row
  // again, before the browser paints them on top of each other.
  const placedAt = useRef(rowHeight);
  useLayoutEffect(() => {
    if (placedAt.current === rowHeight) return;
    placedAt.current = rowHeight;
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  // Roving tab stop: only the active row's controls are in the Tab order, so Tab moves past a 10,000-row grid in
  // one step. Set on the DOM because the row's controls (Fluent's and the kit's pickers) take no tabIndex prop.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    for (const row of scroller.querySelectorAll<HTMLElement>('[data-row-index]')) {
      const tabIndex = Number(row.dataset.rowIndex) === activeIndex ? '0' : '-1';
      for (const el of row.querySelectorAll<HTMLElement>(FOCUSABLE)) {
        if (el.getAttribute('tabindex') !== tabIndex) el.setAttribute('tabindex', tabIndex);
      }
    }
    const target = pendingFocus.current;
    if (!target) return;
    const row = scroller.querySelector<HTMLElement>(`[data-row-index="${target.index}"]`);
    if (!row) return;
    pendingFocus.current = undefined;
    const cell = row.querySelector<HTMLElement>(`[data-col="${target.column}"]`) ?? row;
    const focusable = cell.matches(FOCUSABLE)
      ? cell
      : (cell.querySelector<HTMLElement>(FOCUSABLE) ?? row.querySelector<HTMLElement>(FOCUSABLE));
    focusable?.focus();
  });

  const focusLater = useCallback((index: number, column: string) => {
    pendingFocus.current = { index, column };
  }, []);

  const moveTo = useCallback(
    (index: number, column: string) => {
      const next = Math.max(0, Math.min(index, count - 1));
      setActiveIndex(next);
      pendingFocus.current = { index: next, column };
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [count, virtualizer],
  );

  const onGridKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      const row = target.closest<HTMLElement>('[data-row-index]');
      if (!row || event.altKey) return;
      // An open dropdown owns the arrow keys.
      if (target.getAttribute('aria-expanded') === 'true') return;
      const index = Number(row.dataset.rowIndex);
      const column = target.closest<HTMLElement>('[data-col]')?.dataset.col ?? 'name';
      const popupOwner = target.getAttribute('role') === 'combobox' || target.hasAttribute('aria-haspopup');
      const pageRows = Math.max(1, Math.floor(listHeight / rowHeight) - 1);
      let next: number | undefined;
      switch (event.key) {
        case 'ArrowDown':
          if (popupOwner && !event.ctrlKey) return;
          next = index + 1;
          break;
        case 'ArrowUp':
          if (popupOwner && !event.ctrlKey) return;
          next = index - 1;
          break;
        case 'PageDown':
          next = index + pageRows;
          break;
        case 'PageUp':
          next = index - pageRows;
          break;
        case 'Home':
        case 'End': {
          if (event.ctrlKey) {
            next = event.key === 'Home' ? 0 : count - 1;
            break;
          }
          const controls = [...row.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const el = event.key === 'Home' ? controls[0] : controls[controls.length - 1];
          if (!el) return;
          event.preventDefault();
          el.focus();
          return;
        }
        case 'ArrowLeft':
        case 'ArrowRight': {
          const controls = [...row.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const at = controls.findIndex((el) => el === target || el.contains(target));
          const forward = (event.key === 'ArrowRight') === (dir !== 'rtl');
          const el = controls[at + (forward ? 1 : -1)];
          if (at < 0 || !el) return;
          event.preventDefault();
          el.focus();
          return;
        }
        default:
          return;
      }
      event.preventDefault();
      if (next < 0 || next >= count || next === index) return;
      moveTo(next, column);
    },
    [dir, listHeight, rowHeight, count, moveTo],
  );

  const onRowFocus = useCallback((index: number) => setActiveIndex(index), []);

  const revealTarget = useRef<string | undefined>(undefined);
  useEffect(() => {
    const target = revealTarget.current;
    if (target === undefined) return;
    revealTarget.current = undefined;
    const index = shown.indexOf(target);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  });
  const revealLater = useCallback((id: string) => {
    revealTarget.current = id;
  }, []);
  const keepFocus = (id: string, act: (id: string) => void) => {
    const index = shown.indexOf(id);
    act(id);
    if (index >= 0) focusLater(index, 'actions');
  };

  return {
    ...{ scrollRef, virtualizer, activeIndex, onGridKeyDown, onRowFocus, focusLater },
    ...{ rowHeight, stacked, measureRef, revealLater, keepFocus },
  };
}
