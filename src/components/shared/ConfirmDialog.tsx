import type { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useConfirmDialogStyles } from './useConfirmDialogStyles.styles';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** Whether the dialog is shown. */
  open: boolean;
  /** What is about to happen, as a question or a title. */
  title: ReactNode;
  /** What it affects, named (e.g. the room and its window). */
  body: ReactNode;
  /** The confirming button's text. */
  confirmLabel: string;
  /** The cancelling button's text. */
  cancelLabel: string;
  /** Called when the user confirms. */
  onConfirm: () => void;
  /** Called when the user cancels, by button, Escape or outside click. */
  onCancel: () => void;
}

/**
 * The kit's confirmation for destructive actions: a Fluent alert dialog whose confirm button comes first, in the
 * danger colours (`data-danger`), and whose every way out (Cancel, Escape) cancels. Shared so every delete in the kit
 * asks the same way.
 *
 * Render it where it stays mounted while it closes (control it with `open`), not inside what the confirmed action
 * replaces: unmounted while open or fading out, its focus trap never gives the rest of the page back to assistive
 * technology, which stays `aria-hidden`.
 */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const { open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel } = props;
  const classes = useConfirmDialogStyles();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" className={classes.confirm} data-danger="" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>{cancelLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
