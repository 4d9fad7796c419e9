/**
 * The kit's domain types: rooms, participants, people and room events as plain data. Instants are `Date`s (UTC);
 * participants are named by their raw communication identifier (`8:acs:…`). Every layer above `src/core` speaks
 * these; the `RoomsAdapter` contract in `src/adapter` adds calls over them.
 */
import type { JoinRequest } from './lobby';
import type { RoomRole } from './roles';

/** Who may join a room call. Only backends that report `features.joinPolicy` honour it. */
export type RoomJoinPolicy = 'inviteOnly' | 'communicationServiceUsers';

/**
 * What people know a room by, which the Rooms service itself does not keep: the kit's backends keep these next to
 * the room (the server in its `RoomRecordStore`). Every field is optional; a room made elsewhere (another tool, the
 * portal) has none until someone gives them. Limits and messages: `validateRoomDetails` in `src/core/roomDetails`.
 */
export interface RoomDetails {
  /** The title people see ("Follow-up: Priya Raman"); absent shows as "No title". At most 200 characters. */
  subject?: string;
  /** The IANA zone the organiser scheduled in (`Europe/Berlin`); editors reopen in it. */
  timeZone?: string;
  /** Notes for the people in the room. At most 2,000 characters. */
  description?: string;
  /** The host's own reference, such as its appointment id. At most 200 characters. */
  reference?: string;
}

/** The first people of a room's roster, for lists ("with Priya Raman, Dr. Amara Okafor +2"). */
export interface RoomRosterPreview {
  /** How many participants the room has. */
  total: number;
  /** The first few, presenters first, then in the order they were invited. */
  participants: RoomParticipant[];
}

/** A room, as the service describes it, with the details the kit keeps beside it. */
export interface Room extends RoomDetails {
  /** Server-generated id. */
  id: string;
  /** When the room was created. */
  createdAt: Date;
  /** When the room opens. */
  validFrom: Date;
  /** When the room closes. */
  validUntil: Date;
  /** Whether participants may dial out to phone numbers. */
  pstnDialOutEnabled: boolean;
  /** Who may join; present only when the backend supports join policies. */
  joinPolicy?: RoomJoinPolicy;
  /** The raw id of the user who made the room, where the backend knows who is signed in. */
  organizerId?: string;
  /**
   * Changes with every change to the room or its details. Pass it as `ifMatch` to `updateRoom`, so a save made over
   * someone else's newer change is refused (`conflict`) instead of undoing it. Absent where the backend keeps none.
   */
  version?: string;
  /** When the room or its details last changed through the kit. */
  updatedAt?: Date;
  /** The raw id of whoever made that change, where the backend knows who is signed in. */
  updatedBy?: string;
  /** The first people of its roster; given by `listRooms` where the backend keeps a roster index. */
  rosterPreview?: RoomRosterPreview;
  /** The call going on in the room now, where the backend hears call activity (`features.activity`). */
  call?: RoomCallSummary;
}

/** A participant invited to a room. */
export interface RoomParticipant {
  /** Raw communication identifier (`8:acs:…`). */
  id: string;
  /** The participant's role. */
  role: RoomRole;
}

/** A participant to add or update; a missing role means {@link DEFAULT_ROLE}. */
export interface RoomParticipantInput {
  /** Raw communication identifier (`8:acs:…`). */
  id: string;
  /** The role to give. @default 'Attendee' */
  role?: RoomRole;
}

/** What a new room is made with; every field is optional, as in the service. */
export interface CreateRoomInput extends RoomDetails {
  /** When the room opens. @default now */
  validFrom?: Date;
  /** When the room closes. @default validFrom + 180 days */
  validUntil?: Date;
  /** @default false */
  pstnDialOutEnabled?: boolean;
  /** @default 'inviteOnly' (only where `features.joinPolicy`) */
  joinPolicy?: RoomJoinPolicy;
  /** Participants invited from the start. */
  participants?: readonly RoomParticipantInput[];
}

/**
 * The fields of a room that can change; absent fields are left as they are (merge semantics). A detail set to `null`
 * is cleared.
 */
export interface UpdateRoomInput {
  /** New title; `null` clears it ("No title"). */
  subject?: string | null;
  /** New zone; `null` clears it. */
  timeZone?: string | null;
  /** New notes; `null` clears them. */
  description?: string | null;
  /** New host reference; `null` clears it. */
  reference?: string | null;
  /** New opening instant. */
  validFrom?: Date;
  /** New closing instant. */
  validUntil?: Date;
  /** New dial-out setting. */
  pstnDialOutEnabled?: boolean;
  /** New join policy (only where `features.joinPolicy`). */
  joinPolicy?: RoomJoinPolicy;
}

/** One page of a list. An empty page can still have a `nextCursor`: keep following it until it is absent. */
export interface Page<T> {
  /** The page's items. */
  items: T[];
  /** Pass as `cursor` to read the next page; absent on the last page. */
  nextCursor?: string;
}

/** A person in the host's directory, so the UI shows names rather than raw ids. */
export interface Person {
  /** Raw communication identifier (`8:acs:…`). */
  id: string;
  /** The name to show. */
  displayName: string;
  /** A second line: job title, email, department… */
  secondaryText?: string;
}

/** What a participant needs to join a room call. */
export interface RoomJoinInfo {
  /** The room to join. */
  roomId: string;
  /** The joining user's raw id. */
  userId: string;
  /** Their role in the room. */
  role: RoomRole;
  /** A VoIP access token for the calling SDK. */
  token: string;
  /** When the token expires. */
  expiresOn: Date;
  /** The name to show in the call. */
  displayName?: string;
}

/**
 * Whether a user may join a room's call, without issuing anything: their role on the roster, or none. A page opened
 * from a join link asks this first, so someone not on the list is offered to knock without a refused request.
 */
export interface RoomJoinStanding {
  /** The room. */
  roomId: string;
  /** The user asked about (the signed-in user, where the backend knows who is signed in). */
  userId: string;
  /** Their role on the roster; `undefined` when they are not on it and would have to knock. */
  role: RoomRole | undefined;
}

/** A room call going on now, as lists show it ("In a call · 3"). */
export interface RoomCallSummary {
  /** The call's id (the service's server call id where it is known). */
  callId: string;
  /** When the call started. */
  startedAt: Date;
  /** How many people are in it now. */
  participantCount: number;
}

/** The call facts every call event carries. */
interface RoomCallEventBase {
  roomId: string;
  /** The call's id (the service's server call id where it is known). */
  callId: string;
  /** When it happened. */
  at: Date;
}

/** Someone who joined or left a room call. */
export interface RoomCallEventMember {
  /** Their raw communication identifier (`8:acs:…`). */
  userId: string;
  /** The name the call showed. */
  displayName?: string;
  /** Their role in the call, where the service reported it. */
  role?: RoomRole;
  /**
   * The id of this one stay in the call: someone who drops out and rejoins comes back with a new one, so a leave is
   * matched to its join even when the two arrive out of order.
   */
  participantId?: string;
}

/**
 * A change to a room that a backend pushes to subscribers: the room and its roster (made through the kit), and the
 * call activity in it (reported by the call service). `resync` says changes may have been missed (a gap too old to
 * replay): whoever shows the room reloads it.
 */
export type RoomEvent =
  | { type: 'roomCreated'; roomId: string; room: Room }
  | { type: 'roomUpdated'; roomId: string; room: Room }
  | { type: 'roomDeleted'; roomId: string }
  | {
      type: 'participantsChanged';
      roomId: string;
      /** Participants added or whose role changed. */
      upserted: RoomParticipant[];
      /** Ids of participants removed. */
      removed: string[];
    }
  | (RoomCallEventBase & {
      type: 'callStarted';
      /** Who started it, where known. */
      startedBy?: string;
    })
  | (RoomCallEventBase & {
      type: 'callEnded';
      /** Who ended it, where known. */
      endedBy?: string;
      /** How long the call lasted, as the service measured it. */
      durationSeconds?: number;
    })
  | (RoomCallEventBase & RoomCallEventMember & { type: 'participantJoined' })
  | (RoomCallEventBase & RoomCallEventMember & { type: 'participantLeft' })
  | {
      type: 'lobbyChanged';
      roomId: string;
      /** How many requests to join are pending now. Carries no names: everyone who may see the room hears it. */
      pendingCount: number;
    }
  | {
      type: 'joinRequestUpdated';
      roomId: string;
      /** The request as it stands now; heard by its author and by those who may see every request of the room. */
      request: JoinRequest;
    }
  | {
      type: 'resync';
      /** The room whose changes may have been missed; absent when it may be any room. */
      roomId?: string;
    };

/** The kinds of {@link RoomEvent} that report call activity. */
export type RoomCallEvent = Extract<
  RoomEvent,
  { type: 'callStarted' | 'callEnded' | 'participantJoined' | 'participantLeft' }
>;

/** Whether an event reports call activity. */
export function isRoomCallEvent(event: RoomEvent): event is RoomCallEvent {
  return (
    event.type === 'callStarted' ||
    event.type === 'callEnded' ||
    event.type === 'participantJoined' ||
    event.type === 'participantLeft'
  );
}
