import type { OrganiserStrings } from './areas/organisers';
import type { ParticipantStrings } from './areas/participants';
import type { ValidityIssueCode, ValidityStatus } from '../core/validity';
import type { RoomsErrorCode } from '../core/errors';
import type { IdentifierIssueCode } from '../core/identifiers';
import type { RolePickerStrings } from './areas/rolePicker';
import type { PeoplePickerStrings } from './areas/peoplePicker';
import type { RosterEditorStrings } from './areas/rosterEditor';
import type { ValiditySchedulerStrings } from './areas/validityScheduler';
import type { RoomEditorStrings } from './areas/roomEditor';
import type { RoomListStrings } from './areas/roomList';
import type { RoomCallStrings } from './areas/roomCall';
import type { RoomActivityStrings } from './areas/roomActivity';
import type { LobbyStrings } from './areas/lobby';

/**
 * Every user-visible text of the kit. Hosts replace any of it through `RoomsKitProvider`'s `strings` prop; the kit
 * ships English, German, French and Arabic complete. Placeholders are written `{name}`.
 */
export interface RoomsKitStrings {
  /** Words used across components. */
  common: {
    loading: string;
    retry: string;
    cancel: string;
    save: string;
    close: string;
    undo: string;
    dismiss: string;
    /** The clear button of every search box, and the offer to clear a search that found nothing. */
    clearSearch: string;
    /** Shown while the device has no network. */
    offline: string;
  };
  /** The words organisers read about roles and capabilities (pickers, roster, capability table). */
  organisers: OrganiserStrings;
  /** The words participants read about their own role (waiting room, the call's "What you can do"). */
  participants: ParticipantStrings;
  /** Validity window messages and statuses. */
  validity: {
    issues: Record<ValidityIssueCode, string>;
    status: Record<ValidityStatus, string>;
  };
  /** Messages for identifier problems, in every field where people enter identifiers. */
  identifiers: Record<IdentifierIssueCode, string> & {
    /** A phone number (`+1…` or `4:+1…`) was entered: it cannot join a room. */
    phoneNumber: string;
  };
  /** A human message for each kind of backend failure. */
  errors: Record<RoomsErrorCode, string>;
  /** RolePicker. */
  rolePicker: RolePickerStrings;
  /** PeoplePicker. */
  peoplePicker: PeoplePickerStrings;
  /** RosterEditor. */
  rosterEditor: RosterEditorStrings;
  /** ValidityScheduler. */
  validityScheduler: ValiditySchedulerStrings;
  /** RoomEditor. */
  roomEditor: RoomEditorStrings;
  /** RoomList. */
  roomList: RoomListStrings;
  /** RoomCall. */
  roomCall: RoomCallStrings;
  /** RoomActivity. */
  roomActivity: RoomActivityStrings;
  /** WaitingRoom, JoinRequestList and RaisedHandQueue. */
  lobby: LobbyStrings;
}

/** Makes every property of a strings object optional, recursively, for host overrides. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/** Partial strings a host passes to replace some of the defaults. */
export type RoomsKitStringOverrides = DeepPartial<RoomsKitStrings>;
