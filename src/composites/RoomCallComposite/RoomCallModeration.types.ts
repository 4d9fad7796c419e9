import type { RoomsAdapter } from '../../adapter/types';
import type { CallModerationType } from '../../core/moderation';
import type { RoomRole } from '../../core/roles';

/** One moderation action as the people panel offers it: on one person, or on the whole call. */
export interface RoomCallModerationItem {
  /** Stable key of the control: the action's type, or `spotlight` / `speak` for the ones that toggle. */
  readonly key: string;
  /** The action it takes now (`spotlight` takes `on` from the person's state; `speak` is invite or return). */
  readonly type: CallModerationType;
  /** The control's text. */
  readonly label: string;
  /** Whether it can be used now. */
  readonly enabled: boolean;
  /** Why it can't be used, one sentence; `undefined` while it can. */
  readonly reason: string | undefined;
  /** Whether this action is waiting for the backend. */
  readonly pending: boolean;
  /** For the toggles: whether the person is spotlit now, or invited to speak. */
  readonly on?: boolean;
  /** Takes the action; does nothing while it is not enabled. */
  readonly run: () => void;
}

/** A raised hand, as the queue shows it. */
export interface RoomCallRaisedHand {
  /** Raw id. */
  readonly userId: string;
  /** Their name. */
  readonly displayName: string;
  /** When the panel first saw it go up. */
  readonly raisedAt: Date;
  /** Their role in the call, when known. */
  readonly role?: RoomRole;
}

/** Someone invited to speak in this call, and the role "return to listener" gives back. */
export interface RoomCallSpeaker {
  /** Raw id. */
  readonly userId: string;
  /** Their name. */
  readonly displayName: string;
  /** The role they were given. */
  readonly role: RoomRole;
  /** The role they had before. */
  readonly previousRole: RoomRole;
}

/** The "End for everyone" confirmation. */
export interface RoomCallEndDialogState {
  /** Whether it is shown. */
  readonly open: boolean;
  /** Whether the room closes too. */
  readonly closeRoom: boolean;
  /** Ticks or clears "Also close the room". */
  readonly setCloseRoom: (closeRoom: boolean) => void;
  /** Ends the call for everyone (and closes the room when ticked). */
  readonly confirm: () => void;
  /** Closes the dialog without doing anything. */
  readonly cancel: () => void;
}

/** How the local user's call ended, when a moderation action ended it: the end screen to show instead of the call. */
export interface RoomCallModerationEnd {
  /** Why. */
  readonly kind: 'endedForEveryone' | 'removed';
  /** The screen's title: "Dr. Amara Okafor ended the call for everyone". */
  readonly title: string;
  /** The line under it. */
  readonly body: string;
}

/** One announcement to the local user about something done to them ("You were muted by Dr. Amara Okafor."). */
export interface RoomCallAnnouncement {
  /** Stable key. */
  readonly id: number;
  /** The sentence. */
  readonly text: string;
}

/** State of the call's moderation in the people panel. */
export interface RoomCallModerationState {
  /** The local user's roster role, which the backend authorises moderation by. */
  readonly moderatorRole: RoomRole | undefined;
  /** Whether the backend takes moderation actions (`features.moderation`). */
  readonly supported: boolean;
  /** The actions on one person in the call, in menu order (empty for the local user). */
  readonly itemsFor: (userId: string) => readonly RoomCallModerationItem[];
  /** The actions on the whole call. */
  readonly callItems: {
    readonly muteAll: RoomCallModerationItem;
    readonly lowerAllHands: RoomCallModerationItem;
    readonly endForEveryone: RoomCallModerationItem;
  };
  /** Raised hands, first raised first. */
  readonly hands: readonly RoomCallRaisedHand[];
  /** Who was invited to speak in this call and is still in it. */
  readonly speakers: readonly RoomCallSpeaker[];
  /**
   * Lowers one hand. This and the three below are the hand queue's: each settles when the backend answered and
   * rejects, with a `RoomsError`, when it refused, so the queue shows the outcome on the row.
   */
  readonly lowerHand: (userId: string) => Promise<void>;
  /** Lowers every hand. */
  readonly lowerAllHands: () => Promise<void>;
  /** Lets a listener speak. */
  readonly inviteToSpeak: (userId: string) => Promise<void>;
  /** Gives back the role someone had before they were invited to speak. */
  readonly returnToListener: (userId: string) => Promise<void>;
  /** The "End for everyone" confirmation. */
  readonly endDialog: RoomCallEndDialogState;
  /** Whether the requests to join are shown (`features.lobby`, and the local role may admit). */
  readonly showJoinRequests: boolean;
  /** The backend, for the requests to join. */
  readonly roomsAdapter: RoomsAdapter | undefined;
  /** The room, for the requests to join. */
  readonly roomId: string | undefined;
  /** Set once the local user ended the call for everyone: `closed` when the room closed too. */
  readonly endedByMe: { readonly closed: boolean } | undefined;
  /** The last failure, worded for the user. */
  readonly error: string | undefined;
  /** Clears it. */
  readonly dismissError: () => void;
  /** The last success, for the live region. */
  readonly status: string | undefined;
}
