/**
 * The RoomsAdapter contract: the only door between the kit's UI and a host's backend.
 *
 * Every method is async, accepts an `AbortSignal`, and throws only {@link RoomsError}. The data it carries are the
 * domain types of `src/core/types`.
 */
import type {
  CreateRoomInput,
  Page,
  Person,
  Room,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinStanding,
  RoomParticipant,
  RoomParticipantInput,
  UpdateRoomInput,
} from '../core/types';
import type { RoomCallActivity } from '../core/callActivity';
import type { JoinRequest } from '../core/lobby';
import type { CallModerationAction, CallModerationResult } from '../core/moderation';
import type { RoomRole } from '../core/roles';

export type {
  CreateRoomInput,
  Page,
  Person,
  Room,
  RoomDetails,
  RoomCallEvent,
  RoomCallEventMember,
  RoomCallSummary,
  RoomEvent,
  RoomJoinInfo,
  RoomJoinPolicy,
  RoomJoinStanding,
  RoomParticipant,
  RoomRosterPreview,
  RoomParticipantInput,
  UpdateRoomInput,
} from '../core/types';

/** Options every adapter call accepts. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with a `RoomsError` of code `aborted`. */
  signal?: AbortSignal;
}

/** Options of a call that creates a room. */
export interface CreateRoomOptions extends CallOptions {
  /**
   * Makes the create repeatable: a second call with the same key returns the room the first one made instead of
   * making another. Send a fresh key per room the user means to create, and the same key when retrying.
   */
  idempotencyKey?: string;
}

/** Options of a paged list call. */
export interface ListOptions extends CallOptions {
  /** The `nextCursor` of the previous page; absent for the first page. */
  cursor?: string;
  /** Largest number of items wanted; the backend may return fewer (even zero) and still have more. */
  pageSize?: number;
}

/** Options of {@link RoomsAdapter.listRooms}. */
export interface ListRoomsOptions extends ListOptions {
  /**
   * Only rooms whose title, reference or id contains this text, or with someone of that name on the roster (accents
   * and case ignored); empty lists every room. A cursor belongs to the search it came from. Only where
   * `features.search`; other backends refuse it with `validation` (target `search`).
   */
  search?: string;
}

/** Options of {@link RoomsAdapter.updateRoom}. */
export interface UpdateRoomOptions extends CallOptions {
  /**
   * The `version` of the room the change was made against: when the room has changed since, nothing is applied and
   * the call rejects with `conflict` (target `version`). Absent overwrites whatever is there.
   */
  ifMatch?: string;
}

/** Options of a directory search. */
export interface SearchPeopleOptions extends CallOptions {
  /** Largest number of people wanted. @default 20 */
  limit?: number;
}

/** Options of {@link RoomsAdapter.getJoinInfo}. */
export interface JoinInfoOptions extends CallOptions {
  /** Whom to join as; backends that know the signed-in user may ignore it. */
  userId?: string;
}

/** What a backend supports beyond the core operations. */
export interface RoomsAdapterFeatures {
  /** The backend stores and enforces a join policy per room. */
  joinPolicy: boolean;
  /**
   * `subscribe` and `subscribeRooms` deliver room events: changes made elsewhere (another tab, another person, another
   * server) reach this page.
   */
  events: boolean;
  /**
   * The backend hears call activity: `getRoomActivity` answers, rooms carry `call` while a call is on, and
   * subscribers hear `callStarted`, `callEnded`, `participantJoined` and `participantLeft`.
   */
  activity: boolean;
  /** `getJoinInfo` issues join tokens. */
  joinInfo: boolean;
  /** Rooms carry their details (`subject`, `timeZone`, …) and a `version` that `updateRoom` checks. */
  details: boolean;
  /** `listRooms` takes a `search`. */
  search: boolean;
  /**
   * Knock to join: `requestToJoin`, `getJoinRequest`, `cancelJoinRequest`, `listJoinRequests`, `admitJoinRequest`
   * and `declineJoinRequest` answer, and subscribers hear `lobbyChanged` and `joinRequestUpdated`.
   */
  lobby: boolean;
  /** `moderateCall` answers: mute, remove, lower hands, spotlight, invite to speak and end for everyone. */
  moderation: boolean;
}

/** What someone who knocks tells the presenter. */
export interface JoinRequestInput {
  /** The name they give. */
  displayName: string;
  /** A message to the presenter. */
  message?: string;
}

/** Options of {@link RoomsAdapter.admitJoinRequest}. */
export interface AdmitJoinRequestInput {
  /** The role they join with. @default 'Attendee' */
  role?: RoomRole;
}

/** Options of {@link RoomsAdapter.declineJoinRequest}. */
export interface DeclineJoinRequestInput {
  /** Why, as the person who asked is told it. */
  reason?: string;
}

/**
 * The contract between the kit's components and a host's backend. Implementations: `createInMemoryRoomsAdapter`
 * (embedded default) and `createHttpRoomsAdapter` (the host's server).
 */
export interface RoomsAdapter {
  /** What this backend supports beyond the core operations. */
  readonly features: RoomsAdapterFeatures;

  /**
   * Creates a room, with its participants and details, in one request.
   * @throws {@link RoomsError} `validation` (target `validFrom`, `validUntil`, `participants`, `subject`, `timeZone`,
   * `description` or `reference`), `network`, `unavailable`, `aborted`.
   */
  createRoom(input: CreateRoomInput, options?: CreateRoomOptions): Promise<Room>;

  /**
   * Reads a room.
   * @throws {@link RoomsError} `notFound` (target `roomId`) for an unknown room, `network`, `unavailable`, `aborted`.
   */
  getRoom(roomId: string, options?: CallOptions): Promise<Room>;

  /**
   * Changes the given fields of a room and returns it as it now is.
   * @throws {@link RoomsError} `notFound`, `validation` (target `validFrom`, `validUntil` or a detail's name),
   * `conflict` (target `version`) when `ifMatch` is not the room's version any more, `network`, `unavailable`,
   * `aborted`.
   */
  updateRoom(roomId: string, patch: UpdateRoomInput, options?: UpdateRoomOptions): Promise<Room>;

  /**
   * Deletes a room.
   * @throws {@link RoomsError} `notFound`, `network`, `unavailable`, `aborted`.
   */
  deleteRoom(roomId: string, options?: CallOptions): Promise<void>;

  /**
   * Reads one page of the rooms the caller may see, oldest first.
   * @throws {@link RoomsError} `validation` for a cursor it did not issue (or one from another search), `network`,
   * `unavailable`, `aborted`.
   */
  listRooms(options?: ListRoomsOptions): Promise<Page<Room>>;

  /**
   * Reads one page of a room's participants.
   * @throws {@link RoomsError} `notFound`, `validation` for a foreign cursor, `network`, `unavailable`, `aborted`.
   */
  listParticipants(roomId: string, options?: ListOptions): Promise<Page<RoomParticipant>>;

  /**
   * Adds participants and changes roles (merge: participants not named are untouched). All or nothing: when one
   * identifier is invalid, nothing is applied.
   * @throws {@link RoomsError} `notFound`, `validation` (target `participants`), `network`, `unavailable`, `aborted`.
   */
  upsertParticipants(
    roomId: string,
    participants: readonly RoomParticipantInput[],
    options?: CallOptions,
  ): Promise<void>;

  /**
   * Removes participants. Removing someone who is not in the room is not an error.
   * @throws {@link RoomsError} `notFound`, `validation` (target `participants`), `network`, `unavailable`, `aborted`.
   */
  removeParticipants(roomId: string, participantIds: readonly string[], options?: CallOptions): Promise<void>;

  /**
   * Finds people in the host's directory by name (or id); best matches first.
   * @throws {@link RoomsError} `network`, `unavailable`, `aborted`.
   */
  searchPeople(query: string, options?: SearchPeopleOptions): Promise<Person[]>;

  /**
   * Looks up people by id. Ids the directory does not know are left out of the answer.
   * @throws {@link RoomsError} `network`, `unavailable`, `aborted`.
   */
  resolvePeople(ids: readonly string[], options?: CallOptions): Promise<Person[]>;

  /**
   * Issues what a roster member needs to join the room call (only where `features.joinInfo`).
   * @throws {@link RoomsError} `notFound`, `forbidden` for someone not on the roster, `network`, `unavailable`, `aborted`.
   */
  getJoinInfo?(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinInfo>;

  /**
   * Says whether a user may join the room call, issuing nothing: their role, or `role: undefined` when they are not
   * on the roster and would knock (where `features.joinInfo`). Unlike `getJoinInfo` it answers, rather than refuses,
   * for someone not on the list.
   * @throws {@link RoomsError} `notFound`, `validation` (no user named where the backend does not know who is signed
   * in), `forbidden` when the caller may not ask, `network`, `unavailable`, `aborted`.
   */
  getJoinStanding?(roomId: string, options?: JoinInfoOptions): Promise<RoomJoinStanding>;

  /**
   * Reads the call activity of a room: its recent calls, who was in each and when (only where `features.activity`).
   * @throws {@link RoomsError} `notFound`, `network`, `unavailable`, `aborted`.
   */
  getRoomActivity?(roomId: string, options?: CallOptions): Promise<RoomCallActivity>;

  /**
   * Asks to join a room as the signed-in user, who is not on its roster (only where `features.lobby`). Asking again
   * while a request is pending answers that request.
   * @throws {@link RoomsError} `notFound` for an unknown room, `validation` (target `displayName` or `message`),
   * `conflict` (target `room`) when the room has closed or the user is on the roster already, (target `requestId`)
   * when a declined user asks again too soon (`details` say when), `forbidden` when nobody is signed in,
   * `unavailable` when the room's lobby is full, `network`, `aborted`.
   */
  requestToJoin?(roomId: string, input: JoinRequestInput, options?: CallOptions): Promise<JoinRequest>;

  /**
   * Reads a request to join: its author's own, or any of the room's for someone who may admit.
   * @throws {@link RoomsError} `notFound` (target `requestId`), `network`, `unavailable`, `aborted`.
   */
  getJoinRequest?(roomId: string, requestId: string, options?: CallOptions): Promise<JoinRequest>;

  /**
   * Withdraws the signed-in user's own request.
   * @throws {@link RoomsError} `notFound`, `conflict` when it was answered already, `network`, `aborted`.
   */
  cancelJoinRequest?(roomId: string, requestId: string, options?: CallOptions): Promise<JoinRequest>;

  /**
   * The pending requests to join a room, first asked first, for someone whose roster role may admit.
   * @throws {@link RoomsError} `notFound`, `forbidden` for anyone else, `network`, `unavailable`, `aborted`.
   */
  listJoinRequests?(roomId: string, options?: CallOptions): Promise<JoinRequest[]>;

  /**
   * Admits a request: its author is added to the roster with the role and may join at once.
   * @throws {@link RoomsError} `forbidden` unless the signed-in user's roster role may invite (`inviteParticipant`),
   * `notFound`, `conflict` when it was answered, withdrawn or expired, `validation` (target `role`), `network`,
   * `unavailable`, `aborted`.
   */
  admitJoinRequest?(
    roomId: string,
    requestId: string,
    input?: AdmitJoinRequestInput,
    options?: CallOptions,
  ): Promise<JoinRequest>;

  /**
   * Declines a request, with a reason its author is told.
   * @throws {@link RoomsError} as {@link RoomsAdapter.admitJoinRequest}, `validation` (target `reason`).
   */
  declineJoinRequest?(
    roomId: string,
    requestId: string,
    input?: DeclineJoinRequestInput,
    options?: CallOptions,
  ): Promise<JoinRequest>;

  /**
   * Moderates the room's call as the signed-in user (only where `features.moderation`): allowed by the capability
   * `MODERATION_CAPABILITY` names for the action, of their role on the room's roster.
   * @throws {@link RoomsError} `forbidden` when their role does not allow it, `notFound` for an unknown room,
   * `conflict` (target `userId`) when the person is not in the call or was not invited to speak, `validation`,
   * `network`, `unavailable`, `aborted`.
   */
  moderateCall?(roomId: string, action: CallModerationAction, options?: CallOptions): Promise<CallModerationResult>;

  /**
   * Listens to changes of a room (only where `features.events`): `roomUpdated`, `roomDeleted`,
   * `participantsChanged`, the call events where `features.activity`, and `resync` when changes may have been missed
   * (reload what is shown). Returns a function that stops listening.
   */
  subscribe?(roomId: string, listener: (event: RoomEvent) => void): () => void;

  /**
   * Listens to changes of every room the caller may see (only where `features.events`), `roomCreated` included: what
   * a list of rooms follows. A `resync` without a `roomId` means any room may have changed. Returns a function that
   * stops listening.
   */
  subscribeRooms?(listener: (event: RoomEvent) => void): () => void;
}
