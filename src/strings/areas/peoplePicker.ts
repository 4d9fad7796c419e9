/** What PeoplePicker says about an identifier of a kind that cannot join a room. */
export interface PeoplePickerIdentifierKindStrings {
  /** A phone number (`4:+1…` or `+1…`). */
  phoneNumber: string;
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
  /** Announced when exactly one person is found. */
  resultCountOne: string;
  /** Announced when several people are found; {count} is their number. */
  resultCountOther: string;
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
}

/** English strings of PeoplePicker. */
export const PEOPLE_PICKER_EN: PeoplePickerStrings = {
  label: 'Add people',
  placeholder: 'Search by name or paste an ID',
  searching: 'Searching…',
  noMatches: 'No one matches “{query}”.',
  resultCountOne: '1 person found',
  resultCountOther: '{count} people found',
  alreadyInvited: 'Already invited',
  notInDirectory: 'Not in the directory · {id}',
  added: '{name} added',
  identifierKinds: {
    phoneNumber: 'This is a phone number.',
    microsoftTeamsUser: 'This is a Microsoft Teams user.',
    microsoftTeamsApp: 'This is a Microsoft Teams app.',
    teamsExtensionUser: 'This is a Teams extension user.',
  },
  invalidEntryOne: '“{entry}” cannot be invited. {reason}',
  invalidEntryOther: '{count} entries cannot be invited, such as “{entry}”. {reason}',
  pastedShowing: 'Showing {shown} of {count} pasted IDs. Add these to see the rest.',
};

/** German strings of PeoplePicker. */
export const PEOPLE_PICKER_DE: PeoplePickerStrings = {
  label: 'Personen hinzufügen',
  placeholder: 'Namen suchen oder ID einfügen',
  searching: 'Suche läuft…',
  noMatches: 'Niemand passt zu „{query}“.',
  resultCountOne: '1 Person gefunden',
  resultCountOther: '{count} Personen gefunden',
  alreadyInvited: 'Bereits eingeladen',
  notInDirectory: 'Nicht im Verzeichnis · {id}',
  added: '{name} hinzugefügt',
  identifierKinds: {
    phoneNumber: 'Das ist eine Telefonnummer.',
    microsoftTeamsUser: 'Das ist ein Microsoft Teams-Benutzer.',
    microsoftTeamsApp: 'Das ist eine Microsoft Teams-App.',
    teamsExtensionUser: 'Das ist ein Teams-Erweiterungsbenutzer.',
  },
  invalidEntryOne: '„{entry}“ kann nicht eingeladen werden. {reason}',
  invalidEntryOther: '{count} Einträge können nicht eingeladen werden, z. B. „{entry}“. {reason}',
  pastedShowing:
    '{shown} von {count} eingefügten IDs werden angezeigt. Fügen Sie diese hinzu, um die übrigen zu sehen.',
};
