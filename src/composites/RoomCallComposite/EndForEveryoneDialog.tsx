import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { RoomsKitStrings } from '../../strings';
import type { RoomCallEndDialogState } from './RoomCallModeration.types';

/** Props of {@link EndForEveryoneDialog}. */
export interface EndForEveryoneDialogProps {
  /** The dialog's state, from `useCallModeration`. */
  dialog: RoomCallEndDialogState;
  /** The kit's strings. */
  strings: RoomsKitStrings;
  /** Class of the confirming button (the danger style). @default undefined */
  confirmClassName?: string;
}

/**
 * The confirmation of "End for everyone": an alert dialog that says everyone leaves, with "Also close the room now so
 * nobody can join again". Cancel, Escape and the checkbox change nothing until the user confirms. Render it where it
 * stays mounted while it closes: the end screen that follows replaces the call, not the dialog.
 *
 * @example
 * ```tsx
 * <EndForEveryoneDialog dialog={state.moderation.endDialog} strings={strings} />
 * ```
 */
export function EndForEveryoneDialog(props: EndForEveryoneDialogProps): JSX.Element | null {
  // Fluent's dialog brings its focus guards into the page even while closed: it comes the first time it opens and
  // then stays, so it can close in place.
  const [wanted, setWanted] = useState(props.dialog.open);
  if (props.dialog.open && !wanted) setWanted(true);
  return wanted ? <EndDialog {...props} /> : null;
}

function EndDialog(props: EndForEveryoneDialogProps): JSX.Element {
  const { dialog, strings, confirmClassName } = props;
  const s = strings.roomCall.moderation;
  const hintId = useId();
  return (
    <Dialog
      open={dialog.open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) dialog.cancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.endDialogTitle}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {s.endDialogBody}
            </Text>
            <Checkbox
              checked={dialog.closeRoom}
              onChange={(_, data) => dialog.setCloseRoom(data.checked === true)}
              label={s.endDialogCloseRoom}
              aria-describedby={hintId}
            />
            <Text id={hintId} as="p" size={200} block>
              {s.endDialogCloseRoomHint}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" className={confirmClassName} onClick={dialog.confirm}>
              {s.endDialogConfirm}
            </Button>
            <Button onClick={dialog.cancel}>{strings.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
