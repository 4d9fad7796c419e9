/**
 * What PeoplePicker says about an identifier of a kind that cannot join a room. A phone number has one message for
 * every field of the kit: `identifiers.phoneNumber`.
 */
export interface PeoplePickerIdentifierKindStrings {
  /** A Microsoft Teams user (`8:orgid:…`). */
  microsoftTeamsUser: string;
  /** A Microsoft Teams app (`28:…`). */
  microsoftTeamsApp: string;
  /** A Teams extension user. */
  teamsExtensionUser: string;
}

/** Strings of PeoplePicker. Placeholders are written {name}. */
export interface PeoplePickerStrings {
  /** Add people */
  label: string;
  /** Shown in the empty input. */
  placeholder: string;
  /** While a search or look-up is under way. */
  searching: string;
  /** When the directory finds no one; {query} is the typed text. */
  noMatches: string;
  /** Announced when the search found people: "{count} people found" (an ICU plural of `count`). */
  resultCount: string;
  /** Second line of someone who is already on the roster (the option cannot be chosen). */
  alreadyInvited: string;
  /** Second line of a pasted identifier the directory does not know; {id} is the identifier. */
  notInDirectory: string;
  /** Announced after a person was picked; {name} is their name. */
  added: string;
  /** Put before the identifier rules when a pasted identifier is of a kind that cannot join. */
  identifierKinds: PeoplePickerIdentifierKindStrings;
  /** One entry of a pasted list cannot be invited; {entry} is it, {reason} why. */
  invalidEntryOne: string;
  /** Several entries of a pasted list cannot be invited; {count} of them, {entry} the first, {reason} why it fails. */
  invalidEntryOther: string;
  /** A pasted list holds more people than are listed at once; {shown} listed, {count} in all. */
  pastedShowing: string;
  /** A pasted list of names holds more entries than are looked up at once; {shown} looked up, {count} in all. */
  listShowing: string;
  /** First option of a pasted list: adds everyone listed who can be added; {count} of them. */
  addAll: string;
  /** Announced after several people of a pasted list were added at once; {count} of them. */
  addedMany: string;
  /** One entry of a pasted list, quoted, as listed in the messages below; {entry} is the entry. */
  listEntry: string;
  /** Entries of a pasted list that match no one in the directory; {entries} lists them, quoted. */
  listNotFound: string;
  /** Entries of a pasted list that match several people; {entries} lists them, quoted. */
  listAmbiguous: string;
}

/** English strings of PeoplePicker. */
export const PEOPLE_PICKER_EN: PeoplePickerStrings = {
  label: 'Add people',
  placeholder: 'Search by name or paste an ID',
  searching: 'Searching…',
  noMatches: 'No one matches “{query}”.',
  resultCount: '{count, plural, one {# person found} other {# people found}}',
  alreadyInvited: 'Already invited',
  notInDirectory: 'Not in the directory · {id}',
  added: '{name} added',
  identifierKinds: {
    microsoftTeamsUser: 'This is a Microsoft Teams user.',
    microsoftTeamsApp: 'This is a Microsoft Teams app.',
    teamsExtensionUser: 'This is a Teams extension user.',
  },
  invalidEntryOne: '“{entry}”: {reason}',
  invalidEntryOther: '{count} entries are not added, such as “{entry}”: {reason}',
  pastedShowing: 'Showing {shown} of {count} pasted IDs. Add these to see the rest.',
  listShowing: 'Looked up {shown} of {count} pasted entries. Add these to look up the rest.',
  addAll: 'Add all {count} listed',
  addedMany: '{count} people added',
  listEntry: '“{entry}”',
  listNotFound: 'No one in the directory matches {entries}. These stay in the box.',
  listAmbiguous: 'Several people match {entries}: type more of the name.',
};

/** German strings of PeoplePicker. */
export const PEOPLE_PICKER_DE: PeoplePickerStrings = {
  label: 'Personen hinzufügen',
  placeholder: 'Namen suchen oder ID einfügen',
  searching: 'Suche läuft…',
  noMatches: 'Niemand passt zu „{query}“.',
  resultCount: '{count, plural, one {# Person gefunden} other {# Personen gefunden}}',
  alreadyInvited: 'Bereits eingeladen',
  notInDirectory: 'Nicht im Verzeichnis · {id}',
  added: '{name} hinzugefügt',
  identifierKinds: {
    microsoftTeamsUser: 'Das ist ein Microsoft Teams-Benutzer.',
    microsoftTeamsApp: 'Das ist eine Microsoft Teams-App.',
    teamsExtensionUser: 'Das ist ein Teams-Erweiterungsbenutzer.',
  },
  invalidEntryOne: '„{entry}“: {reason}',
  invalidEntryOther: '{count} Einträge werden nicht hinzugefügt, z. B. „{entry}“: {reason}',
  pastedShowing:
    '{shown} von {count} eingefügten IDs werden angezeigt. Fügen Sie diese hinzu, um die übrigen zu sehen.',
  listShowing:
    '{shown} von {count} eingefügten Einträgen nachgeschlagen. Fügen Sie diese hinzu, um die übrigen nachzuschlagen.',
  addAll: 'Alle {count} aufgeführten hinzufügen',
  addedMany: '{count} Personen hinzugefügt',
  listEntry: '„{entry}“',
  listNotFound: 'Niemand im Verzeichnis passt zu {entries}. Diese Einträge bleiben im Feld.',
  listAmbiguous: 'Mehrere Personen passen zu {entries}: Geben Sie mehr vom Namen ein.',
};
