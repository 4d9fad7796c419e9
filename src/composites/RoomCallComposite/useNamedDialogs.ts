import { useEffect } from 'react';

const UNNAMED = '[role="dialog"]:not([aria-label]):not([aria-labelledby])';

/**
 * Names every unnamed dialog inside an element, now and as they appear. communication-react's phone layout keeps a
 * modeless picture-in-picture window (the local and the speaking person's video beside its side pane) open as a
 * `role="dialog"` without a name, and takes no option to name it; a screen reader would announce "dialog" and
 * nothing more. Only dialogs without a name of their own are touched.
 *
 * @example
 * ```ts
 * useNamedDialogs(callElement, strings.roomCall.pictureInPicture);
 * ```
 */
export function useNamedDialogs(element: HTMLElement | null, name: string): void {
  useEffect(() => {
    if (!element) return undefined;
    const nameAll = (): void => {
      for (const dialog of element.querySelectorAll<HTMLElement>(UNNAMED)) dialog.setAttribute('aria-label', name);
    };
    nameAll();
    if (typeof MutationObserver === 'undefined') return undefined;
    const observer = new MutationObserver(nameAll);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [element, name]);
}
