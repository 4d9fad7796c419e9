/** Strings of RosterEditor. Placeholders are written {name}. */
export interface RosterEditorStrings {
  /** Heading and accessible name of the roster: "Participants". */
  title: string;
  /** Heading with the count: "Participants ({count})". */
  titleWithCount: string;

  // Loading and failures
  /** While pages load: "Loading participants… {count} so far". */
  loadingProgress: string;
  /** The roster could not be read. */
  loadFailed: string;
  /** A change could not be saved: "{message}". */
  saveFailed: string;
  /** Next to a failed row. */
  rowFailed: string;
  /** Offline, with unsaved edits kept. */
  offlineWithChanges: string;
  /** Offline, read-only or without edits. */
  offlineNoChanges: string;

  // Empty states
  /** No participants at all. */
  empty: string;
  /** Hint under the empty message when the user may add people. */
  emptyHint: string;
  /** No participant matches the filters. */
  noMatches: string;
  /** Clears the filters. */
  clearFilters: string;

  // Toolbar
  /** Label of the people search that adds a participant. */
  addPersonLabel: string;
  /** Placeholder of the people search. */
  addPersonPlaceholder: string;
  /** Label of the role new participants get. */
  addAsRole: string;
  /** Opens the bulk import. */
  bulkOpen: string;
  /** Label of the filter box. */
  filterLabel: string;
  /** Placeholder of the filter box. */
  filterPlaceholder: string;
  /** Label of the role filter. */
  roleFilterLabel: string;
  /** The role filter's "every role" option. */
  allRoles: string;
  /** A role filter option: "{role} ({count})". */
  roleOption: string;
  /** Label of the switch that shows raw ids. */
  showIds: string;

  // Counts and limit
  /** Accessible name of the per-role counts. */
  countsLabel: string;
  /** One role's count: "{role}: {count}". */
  roleCount: string;
  /** Interactive participants: "Interactive: {count} of {limit}". */
  interactiveCount: string;
  /** Title of the over-limit warning. */
  interactiveLimitTitle: string;
  /** The warning: "{count} participants can speak… at most {limit}… {consumerRole}". */
  interactiveLimitBody: string;
  /** Shown when some rows are visible: "Showing {shown} of {total}". */
  showing: string;

  // Grid
  /** Header of the selection column (visually hidden). */
  selectColumn: string;
  /** Header of the name column. */
  nameColumn: string;
  /** Header of the role column. */
  roleColumn: string;
  /** Header of the actions column (visually hidden). */
  actionsColumn: string;
  /** Checkbox that selects every shown row. */
  selectAllShown: string;
  /** Checkbox of a row: "Select {name}". */
  selectRow: string;
  /** Role picker of a row: "Role of {name}". */
  roleOf: string;
  /** Remove button of a row: "Remove {name}". */
  removeRow: string;
  /** Restore button of a removed row (staged): "Restore {name}". */
  restoreRow: string;
  /** Secondary text for an id the directory does not know. */
  unknownPerson: string;
  /** Row badge, staged: added. */
  changeAdded: string;
  /** Row badge, staged: removed. */
  changeRemoved: string;
  /** Row badge, staged: role changed, "was {role}". */
  changeRoleChanged: string;
  /** Row badge while a change is being saved. */
  pending: string;
  /** How to move around the list with the keyboard (the grid's description). */
  keyboardHint: string;

  // Selection
  /** "{count} selected". */
  selectedCount: string;
  /** Label of the bulk role picker. */
  changeRoleOfSelected: string;
  /** Removes every selected participant. */
  removeSelected: string;
  /** Clears the selection. */
  clearSelection: string;

  // Staged draft
  /** "{count} unsaved changes". */
  unsavedChanges: string;
  /** Opens the review dialog. */
  reviewChanges: string;
  /** Drops the draft. */
  discardChanges: string;
  /** Saves the draft (also the dialog's primary button). */
  saveChanges: string;
  /** While saving. */
  saving: string;
  /** Title of the review dialog. */
  reviewTitle: string;
  /** Summary in the review dialog. */
  reviewSummary: string;
  /** Section: "Added ({count})". */
  reviewAdded: string;
  /** Section: "Removed ({count})". */
  reviewRemoved: string;
  /** Section: "Role changed ({count})". */
  reviewRoleChanged: string;
  /** One role change: "{name}: {from} → {to}". */
  reviewRoleChange: string;
  /** One added or removed person: "{name} ({role})". */
  reviewPerson: string;
  /** A long section's tail: "and {count} more". */
  reviewMore: string;
  /** How many adapter calls Save makes: "Saving sends {count, plural, one {# request} other {# requests}}…". */
  reviewRequests: string;

  // Immediate mode notices
  /** "{name} added as {role}.", the role in a sentence ("an Attendee"). */
  addedOne: string;
  /** "{count} participants added." */
  addedMany: string;
  /** "{name} removed." */
  removedOne: string;
  /** "{count} participants removed." */
  removedMany: string;
  /** "{name} is now {role}.", the role as `organisers.roles[role].inSentence` ("an Attendee"). */
  roleChangedOne: string;
  /** "Role changed to {role} for {count} participants." */
  roleChangedMany: string;
  /** Saved a staged draft: "Changes saved." */
  saved: string;
  /** Undo done: "Change undone." */
  undone: string;
  /** A change was rolled back: "{what} was not saved: {message}". */
  rolledBack: string;

  // Bulk import
  /** Title of the bulk panel. */
  bulkTitle: string;
  /** Explanation of the accepted formats. */
  bulkHelp: string;
  /** Label of the text area. */
  bulkTextLabel: string;
  /** Drop zone text. */
  bulkDrop: string;
  /** Button that picks a file. */
  bulkChooseFile: string;
  /** Checks the list. */
  bulkCheck: string;
  /** While checking a long list. */
  bulkChecking: string;
  /** Applies the valid rows: "Add {count} valid". */
  bulkApply: string;
  /** Closes the panel. */
  bulkClose: string;
  /** A file that is not text: "{name} is not a .csv or .txt file." */
  bulkFileType: string;
  /** A file that is too big: "{name} is larger than {size} MB." */
  bulkFileTooLarge: string;
  /** A file that could not be read. */
  bulkFileUnreadable: string;
  /** The list was capped: "Only the first {read} of {total} rows were checked…". */
  bulkTruncated: string;
  /** Summary: "{added} ready to add, {problems} with problems." */
  bulkSummary: string;
  /** Accessible name of the report table. */
  bulkReportLabel: string;
  /** Switch: show only rows with problems. */
  bulkProblemsOnly: string;
  /** Report column: line. */
  bulkLine: string;
  /** Report column: identifier. */
  bulkIdentifier: string;
  /** Report column: role. */
  bulkRole: string;
  /** Report column: result. */
  bulkResult: string;
  /** Verdict: will be added. */
  bulkAdded: string;
  /** Verdict: not an identifier. */
  bulkInvalidIdentifier: string;
  /** Verdict: a phone number, Teams user… */
  bulkNotCommunicationUser: string;
  /** Verdict: already on the roster. */
  bulkDuplicateRoster: string;
  /** Verdict: repeats an earlier line: "Repeats line {line}". */
  bulkDuplicateList: string;
  /** Verdict: "Unknown role “{role}”". */
  bulkUnknownRole: string;
  /** After applying: "{count} added. The {problems} rows with problems are left in the box to fix." */
  bulkApplied: string;
  /** Nothing valid in the list. */
  bulkNothingValid: string;
  // Changes made elsewhere
  /** Told politely when a row followed a change made elsewhere: "{name} is now {role} (changed elsewhere)", the role in a sentence. */
  liveRoleChanged: string;
  /** "{name} was added as {role} elsewhere.", the role in a sentence ("an Attendee"). */
  liveAdded: string;
  /** "{name} was removed elsewhere." */
  liveRemoved: string;
  /** Several rows followed at once: "{count} changes were made elsewhere." */
  liveMany: string;
  /** On a row being edited that changed elsewhere: "Changed elsewhere: now {role}". */
  conflictChanged: string;
  /** On a row being edited that was removed elsewhere. */
  conflictRemoved: string;
  /** Accessible name of the row's menu that settles it: "Resolve the change to {name}". */
  conflictResolve: string;
  /** Menu item: "Take theirs ({value})". */
  conflictTakeTheirs: string;
  /** Menu item: "Keep mine ({value})". */
  conflictKeepMine: string;
  /** The `{value}` of someone not on the roster: "removed". */
  conflictValueRemoved: string;
  /** Above the roster: "{name} was changed elsewhere while you were editing: now {role}.", the role in a sentence. */
  conflictOne: string;
  /** "{name} was removed elsewhere while you were editing." */
  conflictOneRemoved: string;
  /** "{count} participants you are editing were changed elsewhere." */
  conflictMany: string;
  /** The message's button for one row: "Take theirs". */
  conflictTakeTheirsShort: string;
  /** The message's button for one row: "Keep mine". */
  conflictKeepMineShort: string;
  /** The message's button for several rows: "Take theirs for all". */
  conflictTakeAllTheirs: string;
  /** The message's button for several rows: "Keep mine for all". */
  conflictKeepAllMine: string;
  /** Told after taking theirs: "{name}: their change taken." */
  conflictTookTheirs: string;
  /** "{count} rows: their changes taken." */
  conflictTookTheirsMany: string;
  /** Told after keeping mine: "{name}: your change kept." */
  conflictKeptMine: string;
  /** "{count} rows: your changes kept." */
  conflictKeptMineMany: string;
  /** Title when the room was deleted elsewhere. */
  deletedTitle: string;
  /** Body when the room was deleted elsewhere. */
  deletedBody: string;
  /** Added when unsaved changes were lost with it: "Your {count} unsaved changes could not be saved." */
  deletedUnsaved: string;
  /** Changes made elsewhere could not be read again. */
  liveReloadFailed: string;
}

/** English strings of RosterEditor. */
export const ROSTER_EDITOR_EN: RosterEditorStrings = {
  title: 'Participants',
  titleWithCount: 'Participants ({count})',

  loadingProgress: 'Loading participants… {count} so far',
  loadFailed: 'The participants could not be loaded.',
  saveFailed: 'Changes could not be saved: {message} Your changes are kept.',
  rowFailed: 'Not saved',
  offlineWithChanges:
    'You are offline. {count, plural, one {Your # unsaved change is kept and can be saved} other {Your # unsaved changes are kept and can be saved}} when you are back online.',
  offlineNoChanges: 'You are offline. Changes can be saved again when the connection returns.',

  empty: 'No one is invited to this room yet.',
  emptyHint: 'Find people by name above, or paste a list of identifiers.',
  noMatches: 'No participant matches these filters.',
  clearFilters: 'Clear filters',

  addPersonLabel: 'Add a person',
  addPersonPlaceholder: 'Type a name or paste an identifier',
  addAsRole: 'Add as',
  bulkOpen: 'Paste or drop a list',
  filterLabel: 'Filter participants',
  filterPlaceholder: 'Filter by name or ID',
  roleFilterLabel: 'Role',
  allRoles: 'All roles',
  roleOption: '{role} ({count})',
  showIds: 'Show IDs',

  countsLabel: 'Participants per role',
  roleCount: '{role}: {count}',
  interactiveCount: 'Interactive: {count} of {limit}',
  interactiveLimitTitle: 'Too many interactive participants',
  interactiveLimitBody:
    '{count, plural, one {# participant may} other {# participants may}} speak and show video, but a room call admits at most {limit}. Give some of them the {consumerRole} role, which watches and listens only.',
  showing: 'Showing {shown} of {total}',

  selectColumn: 'Selection',
  nameColumn: 'Name',
  roleColumn: 'Role',
  actionsColumn: 'Actions',
  selectAllShown: 'Select all shown participants',
  selectRow: 'Select {name}',
  roleOf: 'Role of {name}',
  removeRow: 'Remove {name}',
  restoreRow: 'Restore {name}',
  unknownPerson: 'Not in the directory',
  changeAdded: 'New',
  changeRemoved: 'Removed',
  changeRoleChanged: 'Was {role}',
  pending: 'Saving…',
  keyboardHint:
    'Use the up and down arrow keys to move between participants, left and right to move between controls, Home and End for the first and last.',

  selectedCount: '{count} selected',
  changeRoleOfSelected: 'Change role of selected',
  removeSelected: 'Remove selected',
  clearSelection: 'Clear selection',

  unsavedChanges: '{count, plural, one {# unsaved change} other {# unsaved changes}}',
  reviewChanges: 'Review changes',
  discardChanges: 'Discard changes',
  saveChanges: 'Save changes',
  saving: 'Saving…',
  reviewTitle: 'Review changes',
  reviewSummary: 'These changes will be saved to the room.',
  reviewAdded: 'Added ({count})',
  reviewRemoved: 'Removed ({count})',
  reviewRoleChanged: 'Role changed ({count})',
  reviewRoleChange: '{name}: {from} → {to}',
  reviewPerson: '{name} ({role})',
  reviewMore: 'and {count} more',
  reviewRequests: 'Saving sends {count, plural, one {# request} other {# requests}} to the service.',

  addedOne: '{name} added as {role}.',
  addedMany: '{count, plural, one {# participant added.} other {# participants added.}}',
  removedOne: '{name} removed.',
  removedMany: '{count, plural, one {# participant removed.} other {# participants removed.}}',
  roleChangedOne: '{name} is now {role}.',
  roleChangedMany: 'Role changed to {role} for {count, plural, one {# participant} other {# participants}}.',
  saved: 'Changes saved.',
  undone: 'Change undone.',
  rolledBack: 'Not saved, so the roster is back as it was: {message}',

  bulkTitle: 'Add a list of participants',
  bulkHelp:
    'One identifier per line, optionally followed by a role, separated by a comma, semicolon or tab (for example 8:acs:…,Presenter). A header row is fine.',
  bulkTextLabel: 'Identifiers and roles',
  bulkDrop: 'Drop a .csv or .txt file here, or',
  bulkChooseFile: 'Choose a file',
  bulkCheck: 'Check list',
  bulkChecking: 'Checking the list…',
  bulkApply: 'Add {count} valid',
  bulkClose: 'Close list',
  bulkFileType: '{name} is not a .csv or .txt file.',
  bulkFileTooLarge: '{name} is larger than {size} MB. Split it into smaller files.',
  bulkFileUnreadable: 'The file could not be read.',
  bulkTruncated:
    'The list has {total, plural, one {# row} other {# rows}}; only the first {read} were checked. Add the rest in another list after these.',
  bulkSummary: '{added} ready to add, {problems} with problems.',
  bulkReportLabel: 'Check results by line',
  bulkProblemsOnly: 'Show only rows with problems',
  bulkLine: 'Line',
  bulkIdentifier: 'Identifier',
  bulkRole: 'Role',
  bulkResult: 'Result',
  bulkAdded: 'Ready to add',
  bulkInvalidIdentifier: 'Not a valid identifier',
  bulkNotCommunicationUser: 'Not a communication user: only ACS users can join a room',
  bulkDuplicateRoster: 'Already on the roster',
  bulkDuplicateList: 'Repeats line {line}',
  bulkUnknownRole: 'Unknown role “{role}”',
  bulkApplied:
    '{count} added. {problems, plural, =0 {No row had problems.} one {The # row with problems is left in the box to fix.} other {The # rows with problems are left in the box to fix.}}',
  bulkNothingValid: 'No row can be added. Fix the rows listed below and check again.',
  liveRoleChanged: '{name} is now {role} (changed elsewhere).',
  liveAdded: '{name} was added as {role} elsewhere.',
  liveRemoved: '{name} was removed elsewhere.',
  liveMany: '{count, plural, one {# change was made elsewhere.} other {# changes were made elsewhere.}}',
  conflictChanged: 'Changed elsewhere: now {role}',
  conflictRemoved: 'Removed elsewhere',
  conflictResolve: 'Resolve the change to {name}',
  conflictTakeTheirs: 'Take theirs ({value})',
  conflictKeepMine: 'Keep mine ({value})',
  conflictValueRemoved: 'removed',
  conflictOne: '{name} was changed elsewhere while you were editing: now {role}.',
  conflictOneRemoved: '{name} was removed elsewhere while you were editing.',
  conflictMany:
    '{count, plural, one {# participant you are editing was changed elsewhere.} other {# participants you are editing were changed elsewhere.}}',
  conflictTakeTheirsShort: 'Take theirs',
  conflictKeepMineShort: 'Keep mine',
  conflictTakeAllTheirs: 'Take theirs for all',
  conflictKeepAllMine: 'Keep mine for all',
  conflictTookTheirs: '{name}: their change taken.',
  conflictTookTheirsMany:
    '{count, plural, one {# participant: their change taken.} other {# participants: their changes taken.}}',
  conflictKeptMine: '{name}: your change kept.',
  conflictKeptMineMany:
    '{count, plural, one {# participant: your change kept.} other {# participants: your changes kept.}}',
  deletedTitle: 'This room was deleted.',
  deletedBody: 'It was deleted elsewhere, so its participants can no longer be changed.',
  deletedUnsaved:
    '{count, plural, one {Your # unsaved change could not be saved.} other {Your # unsaved changes could not be saved.}}',
  liveReloadFailed: 'Changes made elsewhere could not be read, so this list may be out of date.',
};

/** German strings of RosterEditor. */
export const ROSTER_EDITOR_DE: RosterEditorStrings = {
  title: 'Teilnehmende',
  titleWithCount: 'Teilnehmende ({count})',

  loadingProgress: 'Teilnehmende werden geladen… bisher {count}',
  loadFailed: 'Die Teilnehmenden konnten nicht geladen werden.',
  saveFailed: 'Die Änderungen konnten nicht gespeichert werden: {message} Ihre Änderungen bleiben erhalten.',
  rowFailed: 'Nicht gespeichert',
  offlineWithChanges:
    'Sie sind offline. {count, plural, one {Ihre # ungespeicherte Änderung bleibt erhalten und kann gespeichert werden} other {Ihre # ungespeicherten Änderungen bleiben erhalten und können gespeichert werden}}, sobald Sie wieder online sind.',
  offlineNoChanges: 'Sie sind offline. Änderungen können wieder gespeichert werden, sobald die Verbindung zurück ist.',

  empty: 'Zu diesem Raum ist noch niemand eingeladen.',
  emptyHint: 'Suchen Sie oben Personen nach Namen oder fügen Sie eine Liste von Kennungen ein.',
  noMatches: 'Keine Teilnehmenden entsprechen diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',

  addPersonLabel: 'Person hinzufügen',
  addPersonPlaceholder: 'Namen eingeben oder Kennung einfügen',
  addAsRole: 'Hinzufügen als',
  bulkOpen: 'Liste einfügen oder ablegen',
  filterLabel: 'Teilnehmende filtern',
  filterPlaceholder: 'Nach Name oder ID filtern',
  roleFilterLabel: 'Rolle',
  allRoles: 'Alle Rollen',
  roleOption: '{role} ({count})',
  showIds: 'IDs anzeigen',

  countsLabel: 'Teilnehmende je Rolle',
  roleCount: '{role}: {count}',
  interactiveCount: 'Interaktiv: {count} von {limit}',
  interactiveLimitTitle: 'Zu viele interaktive Teilnehmende',
  interactiveLimitBody:
    '{count, plural, one {# teilnehmende Person darf} other {# Teilnehmende dürfen}} sprechen und Video zeigen, ein Raumanruf lässt aber höchstens {limit} zu. Geben Sie einigen die Rolle {consumerRole}, die nur sieht und hört.',
  showing: '{shown} von {total} angezeigt',

  selectColumn: 'Auswahl',
  nameColumn: 'Name',
  roleColumn: 'Rolle',
  actionsColumn: 'Aktionen',
  selectAllShown: 'Alle angezeigten Teilnehmenden auswählen',
  selectRow: '{name} auswählen',
  roleOf: 'Rolle von {name}',
  removeRow: '{name} entfernen',
  restoreRow: '{name} wiederherstellen',
  unknownPerson: 'Nicht im Verzeichnis',
  changeAdded: 'Neu',
  changeRemoved: 'Entfernt',
  changeRoleChanged: 'War {role}',
  pending: 'Wird gespeichert…',
  keyboardHint:
    'Mit den Pfeiltasten nach oben und unten wechseln Sie zwischen Teilnehmenden, mit links und rechts zwischen Bedienelementen, mit Pos1 und Ende zum ersten und letzten Eintrag.',

  selectedCount: '{count} ausgewählt',
  changeRoleOfSelected: 'Rolle der Auswahl ändern',
  removeSelected: 'Auswahl entfernen',
  clearSelection: 'Auswahl aufheben',

  unsavedChanges: '{count, plural, one {# ungespeicherte Änderung} other {# ungespeicherte Änderungen}}',
  reviewChanges: 'Änderungen prüfen',
  discardChanges: 'Änderungen verwerfen',
  saveChanges: 'Änderungen speichern',
  saving: 'Wird gespeichert…',
  reviewTitle: 'Änderungen prüfen',
  reviewSummary: 'Diese Änderungen werden im Raum gespeichert.',
  reviewAdded: 'Hinzugefügt ({count})',
  reviewRemoved: 'Entfernt ({count})',
  reviewRoleChanged: 'Rolle geändert ({count})',
  reviewRoleChange: '{name}: {from} → {to}',
  reviewPerson: '{name} ({role})',
  reviewMore: 'und {count} weitere',
  reviewRequests:
    'Beim Speichern {count, plural, one {wird # Anfrage} other {werden # Anfragen}} an den Dienst gesendet.',

  addedOne: '{name} als {role} hinzugefügt.',
  addedMany: '{count, plural, one {# teilnehmende Person hinzugefügt.} other {# Teilnehmende hinzugefügt.}}',
  removedOne: '{name} entfernt.',
  removedMany: '{count, plural, one {# teilnehmende Person entfernt.} other {# Teilnehmende entfernt.}}',
  roleChangedOne: '{name} ist jetzt {role}.',
  roleChangedMany: 'Rolle für {count, plural, one {# teilnehmende Person} other {# Teilnehmende}} auf {role} geändert.',
  saved: 'Änderungen gespeichert.',
  undone: 'Änderung rückgängig gemacht.',
  rolledBack: 'Nicht gespeichert, die Liste ist wieder wie vorher: {message}',

  bulkTitle: 'Eine Liste von Teilnehmenden hinzufügen',
  bulkHelp:
    'Eine Kennung pro Zeile, optional gefolgt von einer Rolle, getrennt durch Komma, Semikolon oder Tabulator (zum Beispiel 8:acs:…,Presenter). Eine Kopfzeile ist erlaubt.',
  bulkTextLabel: 'Kennungen und Rollen',
  bulkDrop: 'Legen Sie hier eine .csv- oder .txt-Datei ab, oder',
  bulkChooseFile: 'Datei auswählen',
  bulkCheck: 'Liste prüfen',
  bulkChecking: 'Die Liste wird geprüft…',
  bulkApply: '{count} gültige hinzufügen',
  bulkClose: 'Liste schließen',
  bulkFileType: '{name} ist keine .csv- oder .txt-Datei.',
  bulkFileTooLarge: '{name} ist größer als {size} MB. Teilen Sie sie in kleinere Dateien auf.',
  bulkFileUnreadable: 'Die Datei konnte nicht gelesen werden.',
  bulkTruncated:
    'Die Liste hat {total, plural, one {# Zeile} other {# Zeilen}}; nur die ersten {read} wurden geprüft. Fügen Sie den Rest danach in einer weiteren Liste hinzu.',
  bulkSummary: '{added} bereit zum Hinzufügen, {problems} mit Problemen.',
  bulkReportLabel: 'Prüfergebnis je Zeile',
  bulkProblemsOnly: 'Nur Zeilen mit Problemen anzeigen',
  bulkLine: 'Zeile',
  bulkIdentifier: 'Kennung',
  bulkRole: 'Rolle',
  bulkResult: 'Ergebnis',
  bulkAdded: 'Bereit zum Hinzufügen',
  bulkInvalidIdentifier: 'Keine gültige Kennung',
  bulkNotCommunicationUser: 'Kein Kommunikationsbenutzer: Nur ACS-Benutzer können einem Raum beitreten',
  bulkDuplicateRoster: 'Bereits in der Liste',
  bulkDuplicateList: 'Wiederholt Zeile {line}',
  bulkUnknownRole: 'Unbekannte Rolle „{role}“',
  bulkApplied:
    '{count} hinzugefügt. {problems, plural, =0 {Keine Zeile hatte Probleme.} one {Die # Zeile mit Problemen bleibt zum Korrigieren im Eingabefeld.} other {Die # Zeilen mit Problemen bleiben zum Korrigieren im Eingabefeld.}}',
  bulkNothingValid:
    'Keine Zeile kann hinzugefügt werden. Korrigieren Sie die unten aufgeführten Zeilen und prüfen Sie erneut.',
  liveRoleChanged: '{name} ist jetzt {role} (anderswo geändert).',
  liveAdded: '{name} wurde anderswo als {role} hinzugefügt.',
  liveRemoved: '{name} wurde anderswo entfernt.',
  liveMany:
    '{count, plural, one {# Änderung wurde anderswo vorgenommen.} other {# Änderungen wurden anderswo vorgenommen.}}',
  conflictChanged: 'Anderswo geändert: jetzt {role}',
  conflictRemoved: 'Anderswo entfernt',
  conflictResolve: 'Änderung an {name} klären',
  conflictTakeTheirs: 'Deren übernehmen ({value})',
  conflictKeepMine: 'Meine behalten ({value})',
  conflictValueRemoved: 'entfernt',
  conflictOne: '{name} wurde anderswo geändert, während Sie bearbeitet haben: jetzt {role}.',
  conflictOneRemoved: '{name} wurde anderswo entfernt, während Sie bearbeitet haben.',
  conflictMany:
    '{count, plural, one {# teilnehmende Person, die Sie bearbeiten, wurde anderswo geändert.} other {# Teilnehmende, die Sie bearbeiten, wurden anderswo geändert.}}',
  conflictTakeTheirsShort: 'Deren übernehmen',
  conflictKeepMineShort: 'Meine behalten',
  conflictTakeAllTheirs: 'Überall deren übernehmen',
  conflictKeepAllMine: 'Überall meine behalten',
  conflictTookTheirs: '{name}: deren Änderung übernommen.',
  conflictTookTheirsMany:
    '{count, plural, one {# teilnehmende Person: deren Änderung übernommen.} other {# Teilnehmende: deren Änderungen übernommen.}}',
  conflictKeptMine: '{name}: Ihre Änderung behalten.',
  conflictKeptMineMany:
    '{count, plural, one {# teilnehmende Person: Ihre Änderung behalten.} other {# Teilnehmende: Ihre Änderungen behalten.}}',
  deletedTitle: 'Dieser Raum wurde gelöscht.',
  deletedBody: 'Er wurde anderswo gelöscht, daher können seine Teilnehmenden nicht mehr geändert werden.',
  deletedUnsaved:
    '{count, plural, one {Ihre # nicht gespeicherte Änderung konnte nicht gespeichert werden.} other {Ihre # nicht gespeicherten Änderungen konnten nicht gespeichert werden.}}',
  liveReloadFailed:
    'Anderswo vorgenommene Änderungen konnten nicht gelesen werden, daher ist diese Liste vielleicht nicht aktuell.',
};
