import type { HTMLAttributes, Ref, RefObject } from 'react';
import type { RoomsAdapter } from '../../adapter/types';
import type { JoinRequest } from '../../core/lobby';
import type { WaitingRoomStrings } from '../../strings/areas/lobby';
import type { DeepPartial } from '../../strings';

/**
 * Props of {@link WaitingRoom}. It asks to join through the adapter as the signed-in user, then follows the request's
 * `joinRequestUpdated` events until a presenter answers. Any other `div` attribute is passed to the root element.
 */
export interface WaitingRoomProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The backend. @default the `RoomsKitProvider`'s adapter */
  adapter?: RoomsAdapter;
  /** The room asked for. */
  roomId: string;
  /** The room's title, as the host knows it (people who are not invited may not read the room). @default undefined */
  roomTitle?: string;
  /** The name the form starts with (the signed-in user's). @default '' */
  defaultDisplayName?: string;
  /** A request made earlier (kept by the host across a reload), to follow instead of asking again. @default undefined */
  requestId?: string;
  /**
   * Called once when a presenter has let them in, with the request (its `role` says as what): the host moves them to
   * the call. @default undefined
   */
  onAdmitted?: (request: JoinRequest) => void;
  /** Called with the request each time it changes (made, answered, withdrawn, expired). @default undefined */
  onRequestChange?: (request: JoinRequest) => void;
  /**
   * Replaces any of the component's strings (nested ones key by key), laid over the provider's `lobby.waitingRoom`.
   * @default the provider's `lobby.waitingRoom`
   */
  strings?: DeepPartial<WaitingRoomStrings>;
  /** Heading level. @default 2 */
  headingLevel?: 1 | 2 | 3;
}

/** What the screen shows. */
export type WaitingRoomPhase =
  /** The backend takes no requests to join. */
  | 'unsupported'
  /** The form: name, message, Ask to join. */
  | 'form'
  /** The request is on its way. */
  | 'sending'
  /** A request made earlier is being read. */
  | 'loading'
  /** Waiting for a presenter. */
  | 'waiting'
  /** Let in. */
  | 'admitted'
  /** Turned down. */
  | 'declined'
  /** Nobody answered in time. */
  | 'expired'
  /** They withdrew it. */
  | 'cancelled'
  /** The room has closed. */
  | 'closed'
  /** Sending, reading or withdrawing failed. */
  | 'failed';

/** Everything {@link renderWaitingRoom} needs; produced by {@link useWaitingRoom}. */
export interface WaitingRoomState {
  /** Attributes for the root element. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** The strings in use. */
  readonly strings: WaitingRoomStrings;
  /** What the screen shows. */
  readonly phase: WaitingRoomPhase;
  /** The heading element. */
  readonly headingTag: 'h1' | 'h2' | 'h3';
  /** The title of the screen ("Ask to join …", "Waiting for a presenter", …). */
  readonly title: string;
  /** The title's element, which takes focus when a new phase replaces the focused control. */
  readonly titleRef: RefObject<HTMLHeadingElement>;
  /** DOM ids. */
  readonly ids: { readonly title: string; readonly name: string; readonly message: string };
  /** Whether the device is offline (actions wait for the connection). */
  readonly offline: boolean;
  /** The form. */
  readonly form: {
    readonly name: string;
    readonly setName: (name: string) => void;
    readonly nameError: string | undefined;
    readonly message: string;
    readonly setMessage: (message: string) => void;
    readonly messageError: string | undefined;
    readonly counter: string;
    readonly maxName: number;
    readonly maxMessage: number;
    readonly submit: () => void;
  };
  /** The request followed, once there is one. */
  readonly request: JoinRequest | undefined;
  /** The lines under the title. */
  readonly lines: readonly string[];
  /** What the admitted role may do, by the capability descriptions. */
  readonly can: { readonly heading: string; readonly items: readonly string[] } | undefined;
  /** Withdraw request, while waiting. */
  readonly withdraw: { readonly run: () => void; readonly pending: boolean; readonly text: string };
  /** Ask again, after a decline, expiry or withdrawal; off until the backend allows it. */
  readonly askAgain: { readonly run: () => void; readonly enabled: boolean; readonly text: string } | undefined;
  /** What failed: its title, the kit's message for it, and Try again. */
  readonly failure: { readonly title: string; readonly message: string; readonly retry: () => void } | undefined;
  /** The retry button's text. */
  readonly tryAgainText: string;
  /** What the live region says. */
  readonly announcement: string;
}

/** Class names for each slot of {@link WaitingRoom}. */
export interface WaitingRoomClasses {
  readonly root: string;
  readonly title: string;
  readonly lines: string;
  readonly line: string;
  readonly form: string;
  readonly actions: string;
  readonly can: string;
  readonly canHeading: string;
  readonly canList: string;
  readonly status: string;
  readonly visuallyHidden: string;
}
