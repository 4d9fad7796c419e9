import type { CapabilityCell, CapabilityRowKey, RoomCapability, RoomRole } from '../core/roles';
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
 * ships English and German complete. Placeholders are written `{name}`.
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
    /** Shown while the device has no network. */
    offline: string;
  };
  /** Each role's name and one-line description. */
  roles: Record<RoomRole, { name: string; description: string }>;
  /** A short phrase for each capability. */
  capabilities: Record<RoomCapability, string>;
  /** The role→capability table as shown in docs and "what you can do" lists. */
  capabilityTable: {
    caption: string;
    capabilityHeader: string;
    rows: Record<CapabilityRowKey, string>;
    cells: Record<CapabilityCell, string>;
    /** Footnote for dial-out, which also needs the room's setting. */
    requiresPstnDialOut: string;
  };
  /** Validity window messages and statuses. */
  validity: {
    issues: Record<ValidityIssueCode, string>;
    status: Record<ValidityStatus, string>;
  };
  /** Messages for identifier problems. */
  identifiers: Record<IdentifierIssueCode, string>;
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
