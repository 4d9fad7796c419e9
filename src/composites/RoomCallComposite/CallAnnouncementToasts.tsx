import { Toast, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { RoomCallAnnouncement } from './RoomCallModeration.types';

/** Props of {@link CallAnnouncementToasts}. */
export interface CallAnnouncementToastsProps {
  /** What the local user was told, newest last; each new one shows once. */
  announcements: readonly RoomCallAnnouncement[];
  /** How long a toast stays, in milliseconds. @default 8000 */
  timeout?: number;
}

// The composite's own live region reads every announcement; the toaster's would read each one a second time.
const SILENT = (): void => undefined;

/**
 * Shows each announcement to the local user ("You were muted by Dr. Amara Okafor.") as a Fluent toast, for the people
 * who look rather than listen. Screen readers hear the same sentence from the composite's live region.
 *
 * @example
 * ```tsx
 * <CallAnnouncementToasts announcements={state.announcements} />
 * ```
 */
export function CallAnnouncementToasts(props: CallAnnouncementToastsProps): JSX.Element | null {
  // Fluent's toaster brings its focus guards into the page; a call nobody has told anything yet needs none.
  return props.announcements.length === 0 ? null : <AnnouncementToaster {...props} />;
}

function AnnouncementToaster(props: CallAnnouncementToastsProps): JSX.Element {
  const { announcements, timeout = 8000 } = props;
  const toasterId = useId('rk-call-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const shown = useRef(0);
  useEffect(() => {
    for (const announcement of announcements) {
      if (announcement.id <= shown.current) continue;
      shown.current = announcement.id;
      dispatchToast(
        <Toast data-announcement={announcement.id}>
          <ToastTitle>{announcement.text}</ToastTitle>
        </Toast>,
        { intent: 'info', timeout, toastId: `${toasterId}-${announcement.id}` },
      );
    }
  }, [announcements, dispatchToast, timeout, toasterId]);
  return <Toaster toasterId={toasterId} announce={SILENT} position="top-end" />;
}
