/** Strings of RosterEditor. Placeholders are written {name}. */
export interface RosterEditorStrings {
  /** Participants */
  title: string;
}

/** English strings of RosterEditor. */
export const ROSTER_EDITOR_EN: RosterEditorStrings = {
  title: 'Participants',
};

/** German strings of RosterEditor. */
export const ROSTER_EDITOR_DE: RosterEditorStrings = {
  title: 'Teilnehmende',
};
