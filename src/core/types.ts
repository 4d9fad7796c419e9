/**
 * The kit's domain types: rooms, participants, people and room events as plain data. Instants are `Date`s (UTC);
 * participants are named by their raw communication identifier (`8:acs:…`). Every layer above `src/core` speaks
 * these; the `RoomsAdapter` contract in `src/adapter` adds calls over them.
 */
import type { RoomRole } from './roles';

/** Who may join a room call. Only backends that report `features.joinPolicy` honour it. */
export type RoomJoinPolicy = 'inviteOnly' | 'communicationServiceUsers';

/** A room, as the service describes it. */
export interface Room {
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
export interface CreateRoomInput {
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

/** The fields of a room that can change; absent fields are left as they are (merge semantics). */
export interface UpdateRoomInput {
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

/** A change to a room that a backend pushes to subscribers. */
export type RoomEvent =
  | { type: 'roomUpdated'; roomId: string; room: Room }
  | { type: 'roomDeleted'; roomId: string }
  | {
      type: 'participantsChanged';
      roomId: string;
      /** Participants added or whose role changed. */
      upserted: RoomParticipant[];
      /** Ids of participants removed. */
      removed: string[];
    };
