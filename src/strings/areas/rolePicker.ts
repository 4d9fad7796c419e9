/** Short names of the groups of capabilities that a role summary ("Can: … · Can't: …") is made of. */
export interface RolePickerSummaryGroupStrings {
  /** Shown only when a role can do none of the other groups: it can still watch and listen. */
  watchAndListen: string;
  /** Microphone and camera. */
  audioVideo: string;
  /** Screen, app or tab sharing. */
  shareScreen: string;
  /** Muting, inviting and removing other participants. */
  manageOthers: string;
}

/** Strings of RolePicker. Placeholders are written {name}. */
export interface RolePickerStrings {
  /** Role */
  label: string;
  /** Heading of the detailed list of what a role can do: Can */
  canHeading: string;
  /** Heading of the detailed list of what a role cannot do: Can't */
  cannotHeading: string;
  /** The "can" half of a one-line summary; {list} is the joined group names. */
  summaryCan: string;
  /** The "cannot" half of a one-line summary; {list} is the joined group names. */
  summaryCannot: string;
  /** Between the two halves of a one-line summary. */
  summarySeparator: string;
  /** Between items of a list in a summary. */
  listSeparator: string;
  /** A group the role can do only in part; {group} is its name. */
  partly: string;
  /** A capability the role has for remote streams only; {capability} is the row's text. */
  remoteOnly: string;
  /** A capability that also needs the room's setting; {capability} is the row's text. */
  needsRoomSetting: string;
  /** Names of the summary groups. */
  summaryGroups: RolePickerSummaryGroupStrings;
  /** Shown before the reason a role cannot be chosen; {reason} is the host's text. */
  unavailable: string;
  /** Name of the button that shows a read-only role's description; {role} is the role's name. */
  aboutRole: string;
}

/** English strings of RolePicker. */
export const ROLE_PICKER_EN: RolePickerStrings = {
  label: 'Role',
  canHeading: 'Can',
  cannotHeading: 'Can’t',
  summaryCan: 'Can: {list}',
  summaryCannot: 'Can’t: {list}',
  summarySeparator: ' · ',
  listSeparator: ', ',
  partly: '{group} (partly)',
  remoteOnly: '{capability} (remote video only)',
  needsRoomSetting: '{capability} (when the room allows it)',
  summaryGroups: {
    watchAndListen: 'watch & listen',
    audioVideo: 'speak & video',
    shareScreen: 'share screen',
    manageOthers: 'manage others',
  },
  unavailable: 'Unavailable: {reason}',
  aboutRole: 'About the {role} role',
};

/** German strings of RolePicker. */
export const ROLE_PICKER_DE: RolePickerStrings = {
  label: 'Rolle',
  canHeading: 'Kann',
  cannotHeading: 'Kann nicht',
  summaryCan: 'Kann: {list}',
  summaryCannot: 'Kann nicht: {list}',
  summarySeparator: ' · ',
  listSeparator: ', ',
  partly: '{group} (teilweise)',
  remoteOnly: '{capability} (nur Video anderer)',
  needsRoomSetting: '{capability} (wenn der Raum es erlaubt)',
  summaryGroups: {
    watchAndListen: 'sehen & hören',
    audioVideo: 'sprechen & Video',
    shareScreen: 'Bildschirm teilen',
    manageOthers: 'andere verwalten',
  },
  unavailable: 'Nicht verfügbar: {reason}',
  aboutRole: 'Über die Rolle {role}',
};
