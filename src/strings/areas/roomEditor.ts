/** Strings of RoomEditor. Placeholders are written {name}. */
export interface RoomEditorStrings {
  /** Heading while creating: "New room". */
  createTitle: string;
  /** Heading while editing: "Room {roomId}". */
  editTitle: string;
  /** Label of the dial-out switch. */
  dialOutLabel: string;
  /** Hint under the dial-out switch. */
  dialOutHint: string;
  /** The switch's text when dial-out is allowed. */
  dialOutOn: string;
  /** The switch's text when it is not. */
  dialOutOff: string;
  /** Label of the join policy radio group. */
  joinPolicyLabel: string;
  /** The join policies. */
  joinPolicies: {
    inviteOnly: string;
    communicationServiceUsers: string;
  };
  /** The create button. */
  create: string;
  /** The create button while the request is under way. */
  creating: string;
  /** The save button (edit). */
  save: string;
  /** The save button while saving. */
  saving: string;
  /** The button that opens the delete confirmation. */
  deleteRoom: string;
  /** Delete confirmation title. */
  deleteTitle: string;
  /** Delete confirmation text naming the room and its window. */
  deleteBody: string;
  /** The confirmation's delete button. */
  deleteConfirm: string;
  /** Shown after the room was deleted. */
  deleted: string;
  /** Title of the message when deleting failed. */
  deleteFailed: string;
  /** Shown while the room loads. */
  loading: string;
  /** Title of the message when the room could not be loaded. */
  loadFailed: string;
  /** Title of the not-found state. */
  notFoundTitle: string;
  /** Text of the not-found state. */
  notFound: string;
  /** Title of the message when a create failed. */
  createFailed: string;
  /** Title of the message when a save failed. */
  saveFailed: string;
  /** After a failure the request may have been made: the same Create is safe to press again. */
  retryIsSafe: string;
  /** Shown under Save while nothing has changed. */
  noChanges: string;
  /** Shown when Save is pressed while a field still has a problem. */
  fixFields: string;
  /** A field the service refused: "The service did not accept this: {message}". */
  serverRejected: string;
  /** The roster the service refused. */
  participantsRejected: string;
  /** After a create: "Room {roomId} created." */
  created: string;
  /** After a save. */
  saved: string;
  /** When some changes were saved before a later request failed. */
  partlySaved: string;
  /**
   * The idempotency key was used by an earlier attempt with other values: that attempt may have made the room.
   */
  earlierAttempt: string;
  /** Button that deliberately makes a new room after {@link RoomEditorStrings.earlierAttempt}. */
  createAnother: string;
  /** The service answered a retried create with the room an earlier attempt made, with the values of then. */
  replayed: string;
  /** Shown when the viewer may not change the room. */
  readOnlyNotice: string;
}

/** English strings of RoomEditor. */
export const ROOM_EDITOR_EN: RoomEditorStrings = {
  createTitle: 'New room',
  editTitle: 'Room {roomId}',
  dialOutLabel: 'Phone dial-out',
  dialOutHint: 'Presenters can call phone numbers from the room call.',
  dialOutOn: 'Allowed',
  dialOutOff: 'Not allowed',
  joinPolicyLabel: 'Who can join',
  joinPolicies: {
    inviteOnly: 'Only the people invited below',
    communicationServiceUsers: 'Anyone with an account on this service',
  },
  create: 'Create room',
  creating: 'Creating…',
  save: 'Save changes',
  saving: 'Saving…',
  deleteRoom: 'Delete room',
  deleteTitle: 'Delete room {roomId}?',
  deleteBody:
    'The room {roomId} ({window}) and its participant list will be deleted. Nobody will be able to join it. This cannot be undone.',
  deleteConfirm: 'Delete room',
  deleted: 'Room {roomId} was deleted.',
  deleteFailed: 'The room was not deleted.',
  loading: 'Loading the room…',
  loadFailed: 'The room could not be loaded.',
  notFoundTitle: 'Room not found',
  notFound: 'The room {roomId} no longer exists. Someone may have deleted it.',
  createFailed: 'The room was not created.',
  saveFailed: 'The changes were not saved.',
  retryIsSafe: 'Your entries are kept. Creating again is safe: it will never make a second room.',
  noChanges: 'Nothing has changed yet.',
  fixFields: 'Check the highlighted fields first.',
  serverRejected: 'The service did not accept this: {message}',
  participantsRejected: 'The service did not accept the participants: {message}',
  created: 'Room {roomId} created.',
  saved: 'Changes saved.',
  partlySaved: 'Some changes were saved; the rest are still shown as unsaved.',
  earlierAttempt:
    'An earlier attempt with different values may already have created this room. Check the room list before creating another.',
  createAnother: 'Create another room anyway',
  replayed:
    'An earlier attempt had already created this room with the values you entered then. Your later changes are not saved yet: save them now.',
  readOnlyNotice: 'You can see this room but not change it.',
};

/** German strings of RoomEditor. */
export const ROOM_EDITOR_DE: RoomEditorStrings = {
  createTitle: 'Neuer Raum',
  editTitle: 'Raum {roomId}',
  dialOutLabel: 'Anrufe nach außen',
  dialOutHint: 'Moderatoren können aus dem Raumanruf Telefonnummern anrufen.',
  dialOutOn: 'Erlaubt',
  dialOutOff: 'Nicht erlaubt',
  joinPolicyLabel: 'Wer beitreten darf',
  joinPolicies: {
    inviteOnly: 'Nur die unten eingeladenen Personen',
    communicationServiceUsers: 'Alle mit einem Konto bei diesem Dienst',
  },
  create: 'Raum erstellen',
  creating: 'Wird erstellt…',
  save: 'Änderungen speichern',
  saving: 'Wird gespeichert…',
  deleteRoom: 'Raum löschen',
  deleteTitle: 'Raum {roomId} löschen?',
  deleteBody:
    'Der Raum {roomId} ({window}) und seine Teilnehmerliste werden gelöscht. Niemand kann ihm mehr beitreten. Dies kann nicht rückgängig gemacht werden.',
  deleteConfirm: 'Raum löschen',
  deleted: 'Der Raum {roomId} wurde gelöscht.',
  deleteFailed: 'Der Raum wurde nicht gelöscht.',
  loading: 'Raum wird geladen…',
  loadFailed: 'Der Raum konnte nicht geladen werden.',
  notFoundTitle: 'Raum nicht gefunden',
  notFound: 'Den Raum {roomId} gibt es nicht mehr. Vielleicht hat ihn jemand gelöscht.',
  createFailed: 'Der Raum wurde nicht erstellt.',
  saveFailed: 'Die Änderungen wurden nicht gespeichert.',
  retryIsSafe: 'Ihre Eingaben bleiben erhalten. Erneutes Erstellen ist sicher: Es entsteht nie ein zweiter Raum.',
  noChanges: 'Noch nichts geändert.',
  fixFields: 'Prüfen Sie zuerst die markierten Felder.',
  serverRejected: 'Der Dienst hat dies nicht angenommen: {message}',
  participantsRejected: 'Der Dienst hat die Teilnehmenden nicht angenommen: {message}',
  created: 'Raum {roomId} erstellt.',
  saved: 'Änderungen gespeichert.',
  partlySaved: 'Ein Teil der Änderungen wurde gespeichert; der Rest wird weiter als ungespeichert angezeigt.',
  earlierAttempt:
    'Ein früherer Versuch mit anderen Werten hat diesen Raum vielleicht schon erstellt. Prüfen Sie die Raumliste, bevor Sie einen weiteren erstellen.',
  createAnother: 'Trotzdem einen weiteren Raum erstellen',
  replayed:
    'Ein früherer Versuch hatte diesen Raum bereits mit den damals eingegebenen Werten erstellt. Ihre späteren Änderungen sind noch nicht gespeichert: Speichern Sie sie jetzt.',
  readOnlyNotice: 'Sie können diesen Raum ansehen, aber nicht ändern.',
};
