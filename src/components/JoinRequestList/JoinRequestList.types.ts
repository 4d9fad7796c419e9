import type { HTMLAttributes, Ref } from 'react';
import type { RoomsAdapter } from '../../adapter/types';
import type { JoinRequest } from '../../core/lobby';
import type { RoomRole } from '../../core/roles';
import type { DeepPartial } from '../../strings';
import type { JoinRequestListStrings } from '../../strings/areas/lobby';

/**
 * Props of {@link JoinRequestList}. It reads the room's pending requests to join through the adapter and follows the
 * backend's events; it renders nothing when the backend has no lobby or the viewer may not see the requests. Any
 * other `div` attribute is passed to the root element.
 */
export interface JoinRequestListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The backend. @default the `RoomsKitProvider`'s adapter */
  adapter?: RoomsAdapter;
  /** The room whose requests are shown. */
  roomId: string;
  /** The role each request's picker starts at. @default 'Attendee' */
  defaultRole?: RoomRole;
  /** Called with the admitted request once the backend has let them in. @default undefined */
  onAdmitted?: (request: JoinRequest) => void;
  /** Called with the declined request once the backend has turned it down. @default undefined */
  onDeclined?: (request: JoinRequest) => void;
  /**
   * The heading: `true` for the kit's ("Asking to join (2)"), a string of your own, or `false` for none (the list is
   * then named by `strings.label`).
   * @default true
   */
  heading?: boolean | string;
  /** Heading level. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** Renders nothing while nobody is waiting (or it is not known yet), instead of saying so. @default false */
  hideWhenEmpty?: boolean;
  /**
   * Replaces any of the component's strings (`announce` too, key by key), laid over the provider's
   * `lobby.joinRequestList`.
   * @default the provider's `lobby.joinRequestList`
   */
  strings?: DeepPartial<JoinRequestListStrings>;
}

/**
 * Where the list's data stands, in the kit's load words (`refreshing` keeps the list shown while it is read again),
 * and `forbidden` and `unsupported`, which render nothing.
 */
export type JoinRequestListStatus = 'loading' | 'refreshing' | 'ready' | 'failed' | 'forbidden' | 'unsupported';

/** What a row is busy with. */
export type JoinRequestRowPending = 'admit' | 'decline';

/** One request, with its texts made. */
export interface JoinRequestRowState {
  /** The request. */
  readonly request: JoinRequest;
  /** DOM id of the name, for the row's controls. */
  readonly nameId: string;
  /** "Waiting 3 min". */
  readonly waitedText: string;
  /** "Asked at 09:03". */
  readonly askedText: string;
  /** The role chosen in its picker. */
  readonly role: RoomRole;
  /** Chooses another role. */
  readonly setRole: (role: RoomRole) => void;
  /** The picker's accessible name. */
  readonly roleLabel: string;
  /** The admit button's accessible name: "Admit Sam Patel as an Attendee". */
  readonly admitLabel: string;
  /** The decline button's accessible name. */
  readonly declineLabel: string;
  /** What the row is busy with. */
  readonly pending: JoinRequestRowPending | undefined;
  /** "Admitting…" or "Declining…", while busy. */
  readonly pendingText: string | undefined;
  /** Why the last action failed. */
  readonly error: string | undefined;
  /** Admits with the chosen role. */
  readonly admit: () => void;
  /** Opens the decline dialog. */
  readonly openDecline: () => void;
}

/** The decline dialog. */
export interface JoinRequestDeclineDialogState {
  /** Whether it is shown. */
  readonly open: boolean;
  /** "Decline Sam Patel?". */
  readonly title: string;
  /** What the person is told. */
  readonly body: string;
  /** The reason typed. */
  readonly reason: string;
  /** Changes it. */
  readonly setReason: (reason: string) => void;
  /** "12 of 500 characters". */
  readonly counter: string;
  /** What is wrong with the reason. */
  readonly reasonError: string | undefined;
  /** Why the decline failed otherwise. */
  readonly error: string | undefined;
  /** Whether the decline is on its way. */
  readonly pending: boolean;
  /** Declines. */
  readonly confirm: () => void;
  /** Closes without declining. */
  readonly cancel: () => void;
}

/** Everything {@link renderJoinRequestList} needs; produced by {@link useJoinRequestList}. */
export interface JoinRequestListState {
  /** Attributes for the root element. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** The strings in use. */
  readonly strings: JoinRequestListStrings;
  /** The kit's "Cancel". */
  readonly cancelText: string;
  /** The kit's "Retry". */
  readonly retryText: string;
  /** The kit's "Dismiss". */
  readonly dismissText: string;
  /** Renders nothing (no lobby, not allowed, or empty with `hideWhenEmpty`). */
  readonly hidden: boolean;
  /** Where the data stands. */
  readonly status: JoinRequestListStatus;
  /** The kit's message for the load failure. */
  readonly errorText: string | undefined;
  /** Reads the requests again. */
  readonly retry: () => void;
  /** The heading text; `undefined` for none. */
  readonly heading: string | undefined;
  /** The heading element. */
  readonly headingTag: 'h2' | 'h3' | 'h4';
  /** DOM id of the heading. */
  readonly headingId: string;
  /** The rows, first asked first. */
  readonly rows: readonly JoinRequestRowState[];
  /** Failures of requests no longer listed (answered elsewhere). */
  readonly notices: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  /** Dismisses a notice. */
  readonly dismissNotice: (id: string) => void;
  /** The decline dialog. */
  readonly declineDialog: JoinRequestDeclineDialogState;
  /** What the live region says. */
  readonly announcement: string;
}

/** Class names for each slot of {@link JoinRequestList}. */
export interface JoinRequestListClasses {
  readonly root: string;
  readonly heading: string;
  readonly scroller: string;
  readonly list: string;
  readonly row: string;
  readonly person: string;
  readonly name: string;
  readonly meta: string;
  readonly message: string;
  readonly actions: string;
  readonly rolePicker: string;
  readonly error: string;
  readonly empty: string;
  readonly dialogContent: string;
  readonly visuallyHidden: string;
}
