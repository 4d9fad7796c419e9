/** Strings of RoomList. Placeholders are written {name}. */
export interface RoomListStrings {
  /** The list's heading and the table's accessible name: "Rooms". */
  title: string;
  /** The button that starts creating a room (shown when the host passes `onCreate`). */
  newRoom: string;
  /** Label of the text filter. */
  filterTextLabel: string;
  /** Placeholder of the text filter. */
  filterTextPlaceholder: string;
  /** Label of the group of status filter buttons. */
  statusFilterLabel: string;
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
  /** Accessible name of the link on a room id: "Open room {roomId}". */
  openRoom: string;
  /** Accessible name of a row's action menu button: "Actions for room {roomId}". */
  actionsButton: string;
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
  /** Delete confirmation title. */
  deleteTitle: string;
  /** Delete confirmation text naming the room and its window. */
  deleteBody: string;
  /** The confirmation dialog's delete button. */
  deleteConfirm: string;
  /** Toast after a room was deleted. */
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
  filterTextLabel: 'Find a room by id',
  filterTextPlaceholder: 'Room id',
  statusFilterLabel: 'Filter by status',
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
  openRoom: 'Open room {roomId}',
  actionsButton: 'Actions for room {roomId}',
  actions: {
    open: 'Open',
    edit: 'Edit',
    copyId: 'Copy room id',
    delete: 'Delete',
  },
  copied: 'Room id {roomId} copied.',
  copyFailed: 'The clipboard is not available. Select the id and copy it yourself: {roomId}',
  deleteTitle: 'Delete room {roomId}?',
  deleteBody:
    'The room {roomId} ({window}) and its participant list will be deleted. Nobody will be able to join it. This cannot be undone.',
  deleteConfirm: 'Delete room',
  deleted: 'Room {roomId} deleted.',
  deleteFailed: 'Room {roomId} was not deleted. {reason}',
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
  filterTextLabel: 'Raum nach ID suchen',
  filterTextPlaceholder: 'Raum-ID',
  statusFilterLabel: 'Nach Status filtern',
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
  openRoom: 'Raum {roomId} öffnen',
  actionsButton: 'Aktionen für Raum {roomId}',
  actions: {
    open: 'Öffnen',
    edit: 'Bearbeiten',
    copyId: 'Raum-ID kopieren',
    delete: 'Löschen',
  },
  copied: 'Raum-ID {roomId} kopiert.',
  copyFailed: 'Die Zwischenablage ist nicht verfügbar. Markieren und kopieren Sie die ID selbst: {roomId}',
  deleteTitle: 'Raum {roomId} löschen?',
  deleteBody:
    'Der Raum {roomId} ({window}) und seine Teilnehmerliste werden gelöscht. Niemand kann ihm mehr beitreten. Dies kann nicht rückgängig gemacht werden.',
  deleteConfirm: 'Raum löschen',
  deleted: 'Raum {roomId} gelöscht.',
  deleteFailed: 'Raum {roomId} wurde nicht gelöscht. {reason}',
  loading: 'Räume werden geladen…',
  loadingMore: 'Weitere Räume werden geladen… bisher {count}',
  loadFailed: 'Die Räume konnten nicht geladen werden.',
  empty: 'Es gibt noch keine Räume.',
  emptyHint: 'Räume, die Sie erstellen, erscheinen hier.',
  noMatches: 'Keine Räume passen zu diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  summary: '{shown} von {total} Räumen',
};
