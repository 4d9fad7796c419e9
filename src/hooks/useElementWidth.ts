import { useCallback, useEffect, useState } from 'react';

/**
 * The width of an element in CSS pixels as it changes, through a `ResizeObserver`: `undefined` until the element is
 * laid out (and wherever there is no `ResizeObserver` or it never reports, as in jsdom). Also gives the element.
 *
 * @example
 * ```tsx
 * const [width, ref] = useElementWidth();
 * return <div ref={ref}>{width !== undefined && width < 600 ? 'narrow' : 'wide'}</div>;
 * ```
 */
export function useElementWidth(): [number | undefined, (element: HTMLElement | null) => void, HTMLElement | null] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      // Whole pixels: sub-pixel jitter while a neighbour animates is no reason to lay the call out again.
      if (box && box.width > 0) setWidth(Math.round(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback((next: HTMLElement | null) => setElement(next), []);
  return [width, ref, element];
}
