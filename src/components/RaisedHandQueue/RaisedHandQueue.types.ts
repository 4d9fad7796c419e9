import type { HTMLAttributes, Ref } from 'react';
import type { RoomRole } from '../../core/roles';
import type { RaisedHandQueueStrings } from '../../strings/areas/lobby';
import type { DeepPartial } from '../../strings';

/** One raised hand, as the call reports it. */
export interface RaisedHand {
  /** The person's raw communication identifier (never shown; names are). */
  readonly userId: string;
  /** Their name. */
  readonly displayName: string;
  /** When the hand went up. */
  readonly raisedAt: Date;
  /** Their roster role, when known: decides whether "Invite to speak" can help them. */
  readonly role?: RoomRole;
}

/** Someone invited to speak for this call, and the role they go back to. */
export interface InvitedSpeaker {
  /** The person's raw communication identifier. */
  readonly userId: string;
  /** Their name. */
  readonly displayName: string;
  /** The role they have for this call. */
  readonly role: RoomRole;
  /** The role "Return to listener" gives back. */
  readonly previousRole: RoomRole;
}

/** The actions of {@link RaisedHandQueue}, by the moderation action each one asks for. */
export type RaisedHandAction = 'lowerHand' | 'lowerAllHands' | 'inviteToSpeak' | 'returnToListener';

/**
 * Props of {@link RaisedHandQueue}. The call feeds it: the raised hands in queue order, the people invited to speak,
 * the viewer's roster role and a handler per action. A handler may return a promise: its row shows it pending until
 * it settles, and a message when it rejects. Any other `div` attribute is passed to the root element.
 */
export interface RaisedHandQueueProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Raised hands, first raised first. */
  hands: readonly RaisedHand[];
  /** People invited to speak in this call. @default [] */
  speakers?: readonly InvitedSpeaker[];
  /**
   * The viewer's roster role: each control is on only when `moderationAllowed(viewerRole, action)` says so.
   * @default undefined (every control off, with the reason)
   */
  viewerRole?: RoomRole;
  /** Lowers one hand. @default undefined (the control is off) */
  onLowerHand?: (userId: string) => void | Promise<unknown>;
  /** Lowers every hand. @default undefined (the control is off) */
  onLowerAllHands?: () => void | Promise<unknown>;
  /** Lets someone speak for this call. @default undefined (the control is off) */
  onInviteToSpeak?: (userId: string) => void | Promise<unknown>;
  /** Gives a speaker their previous role back. @default undefined (the control is off) */
  onReturnToListener?: (userId: string) => void | Promise<unknown>;
  /** The clock for how long hands have waited. @default the `RoomsKitProvider`'s `now` */
  now?: () => Date;
  /**
   * Replaces any of the component's strings (nested ones key by key), laid over the provider's `lobby.raisedHandQueue`.
   * @default the provider's `lobby.raisedHandQueue`
   */
  strings?: DeepPartial<RaisedHandQueueStrings>;
  /** Heading level of the two sections' headings. @default 3 */
  headingLevel?: 2 | 3 | 4;
}

/** One control of a row, with whether it can be used and why not. */
export interface RaisedHandControlState {
  /** Whether it can be used now. */
  readonly enabled: boolean;
  /** Why it can't, when it can't. */
  readonly reason: string | undefined;
  /** Whether its action is running. */
  readonly pending: boolean;
  /** Its visible text. */
  readonly text: string;
  /** Its accessible name. */
  readonly label: string;
  /** Runs it. */
  readonly run: () => void;
}

/** One raised hand, with its texts made. */
export interface RaisedHandRowState {
  /** The person. */
  readonly userId: string;
  /** Their name. */
  readonly name: string;
  /** Their place, from 1. */
  readonly position: number;
  /** "Position 1", for screen readers. */
  readonly positionText: string;
  /** "Waiting 3 min". */
  readonly waitedText: string;
  /** Their role's name, when known. */
  readonly roleText: string | undefined;
  /** "Becomes Attendee", when inviting would help. */
  readonly becomesText: string | undefined;
  /** Lower. */
  readonly lower: RaisedHandControlState;
  /** Invite to speak. */
  readonly invite: RaisedHandControlState;
  /** What failed for this row. */
  readonly error: string | undefined;
  /** Whether any action of the row runs. */
  readonly pending: boolean;
}

/** One person invited to speak. */
export interface InvitedSpeakerRowState {
  /** The person. */
  readonly userId: string;
  /** Their name. */
  readonly name: string;
  /** "Attendee for this call, Consumer before". */
  readonly rolesText: string;
  /** Return to listener. */
  readonly returnControl: RaisedHandControlState;
  /** What failed for this row. */
  readonly error: string | undefined;
  /** Whether its action runs. */
  readonly pending: boolean;
}

/** Everything {@link renderRaisedHandQueue} needs; produced by {@link useRaisedHandQueue}. */
export interface RaisedHandQueueState {
  /** Attributes for the root element. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** The strings in use. */
  readonly strings: RaisedHandQueueStrings;
  /** The heading element. */
  readonly headingTag: 'h2' | 'h3' | 'h4';
  /** DOM ids of the headings. */
  readonly ids: { readonly heading: string; readonly speakingHeading: string };
  /** "Raised hands (3)". */
  readonly heading: string;
  /** The queue. */
  readonly rows: readonly RaisedHandRowState[];
  /** Lower all hands. */
  readonly lowerAll: RaisedHandControlState;
  /** What failed for "Lower all hands". */
  readonly lowerAllError: string | undefined;
  /** "Speaking now (1)". */
  readonly speakingHeading: string;
  /** The speakers. */
  readonly speakers: readonly InvitedSpeakerRowState[];
  /** What the live region says. */
  readonly announcement: string;
}

/** Class names for each slot of {@link RaisedHandQueue}. */
export interface RaisedHandQueueClasses {
  readonly root: string;
  readonly header: string;
  readonly heading: string;
  readonly list: string;
  readonly row: string;
  readonly position: string;
  readonly person: string;
  readonly name: string;
  readonly meta: string;
  readonly actions: string;
  readonly reason: string;
  readonly error: string;
  readonly empty: string;
  readonly visuallyHidden: string;
}
