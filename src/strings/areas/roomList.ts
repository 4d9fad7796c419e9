/** Strings of RoomList. Placeholders are written {name}. */
export interface RoomListStrings {
  /** The list's heading and the table's accessible name: "Rooms". */
  title: string;
  /** The button that starts creating a room (shown when the host passes `onCreate`). */
  newRoom: string;
  /** Label of the search box. */
  filterTextLabel: string;
  /** Placeholder of the search box, saying what it searches. */
  filterTextPlaceholder: string;
  /** Shown while the backend searches. */
  searching: string;
  /** Title of the message when the backend's search failed; the kit's message for the error follows it. */
  searchFailed: string;
  /** Shown when a search finds no room: "No rooms match “{query}”". */
  noSearchMatches: string;
  /** Label of the group of status filter buttons. */
  statusFilterLabel: string;
  /** The status filter button that shows only rooms with a call going on. */
  inCallFilter: string;
  /** A row's badge while a call is on: "In a call · {count}". */
  inCallBadge: string;
  /** What assistive technology reads for the badge: "In a call with {count} people" (an ICU plural of `count`). */
  inCall: string;
  /** New rooms the search may not place yet: "{count} new rooms may match this search." (an ICU plural of `count`) */
  newRooms: string;
  /** The button that asks the search again. */
  refreshSearch: string;
  /** Label of the sort order select. */
  sortLabel: string;
  /** The sort orders the select offers. */
  sortOptions: {
    startAscending: string;
    startDescending: string;
    endAscending: string;
    endDescending: string;
    createdAscending: string;
    createdDescending: string;
    statusAscending: string;
    statusDescending: string;
  };
  /** Column headers. */
  columns: {
    id: string;
    status: string;
    window: string;
    created: string;
    dialOut: string;
    actions: string;
  };
  /** Dial-out cell when the room allows calling phone numbers. */
  dialOutOn: string;
  /** Dial-out cell when it does not. */
  dialOutOff: string;
  /** A room without a title, in place of one (muted). */
  untitled: string;
  /** How sentences name a room with a title: "“{subject}”". */
  roomName: string;
  /** How sentences name a room without a title: "room {roomId}". */
  untitledRoomName: string;
  /** The room's id, shown under its title: "ID {roomId}". */
  roomId: string;
  /** Accessible name of the copy button next to the id: "Copy room id {roomId}". */
  copyIdButton: string;
  /** Accessible name of the link on a titled room: "Open {room}" ({room} from `roomName`). */
  openRoom: string;
  /** Accessible name of the link on a room without a title; starts with the visible text: "No title, open room {roomId}". */
  openUntitledRoom: string;
  /** Accessible name of a row's action menu button: "Actions for {room}". */
  actionsButton: string;
  /** The people line, names only: "with {names}". */
  peopleWith: string;
  /** The people line when more are invited than named: "with {names} +{count}". */
  peopleWithMore: string;
  /**
   * The people line when people are invited whose names the directory does not know: "with {count} people" (an ICU
   * plural of `count`).
   */
  peopleCount: string;
  /** The people line of a room nobody is invited to yet. */
  noPeople: string;
  /** A window in the room's zone: "{window} {zone} time" ({zone} is a city such as Berlin). */
  windowInZone: string;
  /** The same window on the viewer's clock, when that shows other times: "{window} your time". */
  windowInViewerZone: string;
  /** The row menu's items. */
  actions: {
    open: string;
    edit: string;
    copyId: string;
    delete: string;
  };
  /** Toast after the id was copied. */
  copied: string;
  /** Message when the clipboard refused; shows the id so it can be copied by hand. */
  copyFailed: string;
  /** Delete confirmation title naming the room: "Delete {room}?". */
  deleteTitle: string;
  /** Delete confirmation text naming the room and its window. */
  deleteBody: string;
  /** The confirmation dialog's delete button. */
  deleteConfirm: string;
  /** Toast after a room was deleted, naming it. */
  deleted: string;
  /** Message after a delete failed and the room was put back; `{reason}` is the kit's message for the error. */
  deleteFailed: string;
  /** Shown while the first page loads. */
  loading: string;
  /** Shown while later pages load. */
  loadingMore: string;
  /** Title of the message when the list could not be loaded. */
  loadFailed: string;
  /** Shown when the backend has no rooms. */
  empty: string;
  /** Hint under the empty message. */
  emptyHint: string;
  /** Shown when the filters hide every room. */
  noMatches: string;
  /** Button that clears the status and text filters. */
  clearFilters: string;
  /** How many rooms the table shows: "{shown} of {total} rooms". */
  summary: string;
}

/** English strings of RoomList. */
export const ROOM_LIST_EN: RoomListStrings = {
  title: 'Rooms',
  newRoom: 'New room',
  filterTextLabel: 'Search rooms',
  filterTextPlaceholder: 'Search by title, person or id',
  searching: 'Searching…',
  searchFailed: 'The search failed.',
  noSearchMatches: 'No rooms match “{query}”',
  statusFilterLabel: 'Filter by status',
  inCallFilter: 'In a call',
  inCallBadge: 'In a call · {count}',
  inCall: '{count, plural, one {In a call with # person} other {In a call with # people}}',
  newRooms: '{count, plural, one {A new room may match this search.} other {# new rooms may match this search.}}',
  refreshSearch: 'Refresh',
  sortLabel: 'Sort by',
  sortOptions: {
    startAscending: 'Start, earliest first',
    startDescending: 'Start, latest first',
    endAscending: 'End, earliest first',
    endDescending: 'End, latest first',
    createdAscending: 'Created, oldest first',
    createdDescending: 'Created, newest first',
    statusAscending: 'Status, open first',
    statusDescending: 'Status, ended first',
  },
  columns: {
    id: 'Room',
    status: 'Status',
    window: 'Time window',
    created: 'Created',
    dialOut: 'Phone dial-out',
    actions: 'Actions',
  },
  dialOutOn: 'Allowed',
  dialOutOff: 'Off',
  untitled: 'No title',
  roomName: '“{subject}”',
  untitledRoomName: 'room {roomId}',
  roomId: 'ID {roomId}',
  copyIdButton: 'Copy room id {roomId}',
  openRoom: 'Open {room}',
  openUntitledRoom: 'No title, open room {roomId}',
  actionsButton: 'Actions for {room}',
  peopleWith: 'with {names}',
  peopleWithMore: 'with {names} +{count}',
  peopleCount: '{count, plural, one {with # person} other {with # people}}',
  noPeople: 'No one invited yet',
  windowInZone: '{window} {zone} time',
  windowInViewerZone: '{window} your time',
  actions: {
    open: 'Open',
    edit: 'Edit',
    copyId: 'Copy room id',
    delete: 'Delete',
  },
  copied: 'Room id {roomId} copied.',
  copyFailed: 'The clipboard is not available. Select the id and copy it yourself: {roomId}',
  deleteTitle: 'Delete {room}?',
  deleteBody:
    'This deletes {room} and its list of participants. It is scheduled for {window}. Nobody will be able to join it. This cannot be undone.',
  deleteConfirm: 'Delete room',
  deleted: 'Deleted {room}.',
  deleteFailed: '{room} was not deleted. {reason}',
  loading: 'Loading rooms…',
  loadingMore: 'Loading more rooms… {count} so far',
  loadFailed: 'The rooms could not be loaded.',
  empty: 'There are no rooms yet.',
  emptyHint: 'Rooms you create appear here.',
  noMatches: 'No rooms match these filters.',
  clearFilters: 'Clear filters',
  summary: '{shown} of {total} rooms',
};

/** German strings of RoomList. */
export const ROOM_LIST_DE: RoomListStrings = {
  title: 'Räume',
  newRoom: 'Neuer Raum',
  filterTextLabel: 'Räume suchen',
  filterTextPlaceholder: 'Nach Titel, Person oder ID suchen',
  searching: 'Suche läuft…',
  searchFailed: 'Die Suche ist fehlgeschlagen.',
  noSearchMatches: 'Keine Räume passen zu „{query}“',
  statusFilterLabel: 'Nach Status filtern',
  inCallFilter: 'Im Anruf',
  inCallBadge: 'Im Anruf · {count}',
  inCall: '{count, plural, one {Im Anruf mit # Person} other {Im Anruf mit # Personen}}',
  newRooms:
    '{count, plural, one {Ein neuer Raum passt vielleicht zu dieser Suche.} other {# neue Räume passen vielleicht zu dieser Suche.}}',
  refreshSearch: 'Aktualisieren',
  sortLabel: 'Sortieren nach',
  sortOptions: {
    startAscending: 'Beginn, früheste zuerst',
    startDescending: 'Beginn, späteste zuerst',
    endAscending: 'Ende, früheste zuerst',
    endDescending: 'Ende, späteste zuerst',
    createdAscending: 'Erstellt, älteste zuerst',
    createdDescending: 'Erstellt, neueste zuerst',
    statusAscending: 'Status, offene zuerst',
    statusDescending: 'Status, beendete zuerst',
  },
  columns: {
    id: 'Raum',
    status: 'Status',
    window: 'Zeitfenster',
    created: 'Erstellt',
    dialOut: 'Anrufe nach außen',
    actions: 'Aktionen',
  },
  dialOutOn: 'Erlaubt',
  dialOutOff: 'Aus',
  untitled: 'Ohne Titel',
  roomName: '„{subject}“',
  untitledRoomName: 'Raum {roomId}',
  roomId: 'ID {roomId}',
  copyIdButton: 'Raum-ID {roomId} kopieren',
  openRoom: '{room} öffnen',
  openUntitledRoom: 'Ohne Titel, Raum {roomId} öffnen',
  actionsButton: 'Aktionen für {room}',
  peopleWith: 'mit {names}',
  peopleWithMore: 'mit {names} +{count}',
  peopleCount: '{count, plural, one {mit # Person} other {mit # Personen}}',
  noPeople: 'Noch niemand eingeladen',
  windowInZone: '{window} (Ortszeit {zone})',
  windowInViewerZone: '{window} (Ihre Zeit)',
  actions: {
    open: 'Öffnen',
    edit: 'Bearbeiten',
    copyId: 'Raum-ID kopieren',
    delete: 'Löschen',
  },
  copied: 'Raum-ID {roomId} kopiert.',
  copyFailed: 'Die Zwischenablage ist nicht verfügbar. Markieren und kopieren Sie die ID selbst: {roomId}',
  deleteTitle: '{room} löschen?',
  deleteBody:
    '{room} und die Teilnehmerliste werden gelöscht. Geplant ist: {window}. Niemand kann mehr beitreten. Dies kann nicht rückgängig gemacht werden.',
  deleteConfirm: 'Raum löschen',
  deleted: '{room} gelöscht.',
  deleteFailed: '{room} wurde nicht gelöscht. {reason}',
  loading: 'Räume werden geladen…',
  loadingMore: 'Weitere Räume werden geladen… bisher {count}',
  loadFailed: 'Die Räume konnten nicht geladen werden.',
  empty: 'Es gibt noch keine Räume.',
  emptyHint: 'Räume, die Sie erstellen, erscheinen hier.',
  noMatches: 'Keine Räume passen zu diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  summary: '{shown} von {total} Räumen',
};
