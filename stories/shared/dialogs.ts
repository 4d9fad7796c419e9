/**
 * Waits for a Fluent dialog to be open, or gone, the way a user meets it. Every story is checked with axe right after
 * its play, so a play must end on a settled page, and must not act on a dialog that is still opening.
 *
 * Opening and closing take several steps, some on timers: the surface mounts and fades in, Fluent moves focus into
 * it, and its focus trap (Tabster's modalizer) hides the rest of the page from assistive technology; on close, the
 * surface fades out and unmounts and the trap then gives the page back. A click during the opening, or an axe run just
 * after the surface left, can meet the page half-hidden (`aria-hidden-focus` on the story's own content).
 */
import { expect, waitFor, within } from 'storybook/test';

/** Which dialog: its accessible name, when the page could show more than one. */
interface DialogQuery {
  name?: string | RegExp;
}

/** The dialogs a story can open: Fluent's `Dialog` (`dialog`, or `alertdialog` for confirmations). */
export type DialogRole = 'dialog' | 'alertdialog';

/** Resolves when the element's own finite animations (and its siblings', such as the backdrop) have finished. */
async function animationsFinished(element: HTMLElement): Promise<void> {
  const scope = element.parentElement ?? element;
  const running = scope
    .getAnimations({ subtree: true })
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.allSettled(running.map((animation) => animation.finished));
}

/**
 * The dialog, once it is open: shown, done fading in, focus inside it, and the story's content behind it hidden from
 * assistive technology by the focus trap, as for a screen reader user.
 */
export async function openedDialog(
  canvasElement: HTMLElement,
  role: DialogRole,
  query: DialogQuery = {},
): Promise<HTMLElement> {
  const dialog = await within(canvasElement.ownerDocument.body).findByRole(role, query);
  await waitFor(() => expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement));
  await waitFor(() => expect(canvasElement.closest('[aria-hidden="true"]')).not.toBeNull());
  await animationsFinished(dialog);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Resolves once no dialog is on the page and the story's content is back in the accessibility tree. */
export async function dialogsClosed(canvasElement: HTMLElement): Promise<void> {
  const body = canvasElement.ownerDocument.body;
  await waitFor(() => expect(body.querySelector('[role="dialog"], [role="alertdialog"]')).toBeNull());
  await waitFor(() => expect(canvasElement.closest('[aria-hidden="true"]')).toBeNull());
}
