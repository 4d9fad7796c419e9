import { ROLE_PICKER_DE } from './areas/rolePicker';
import { PEOPLE_PICKER_DE } from './areas/peoplePicker';
import { ROSTER_EDITOR_DE } from './areas/rosterEditor';
import { VALIDITY_SCHEDULER_DE } from './areas/validityScheduler';
import { ROOM_EDITOR_DE } from './areas/roomEditor';
import { ROOM_LIST_DE } from './areas/roomList';
import { ROOM_CALL_DE } from './areas/roomCall';
import { ROOM_ACTIVITY_DE } from './areas/roomActivity';
import { LOBBY_DE } from './areas/lobby';
import { ORGANISERS_DE } from './areas/organisers';
import { PARTICIPANTS_DE } from './areas/participants';
import type { RoomsKitStrings } from './types';

/** The kit's German strings, complete, proving no text is hard-coded. */
export const DE_STRINGS: RoomsKitStrings = {
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    cancel: 'Abbrechen',
    save: 'Speichern',
    close: 'Schließen',
    undo: 'Rückgängig',
    dismiss: 'Ausblenden',
    clearSearch: 'Suche löschen',
    offline: 'Sie sind offline. Änderungen sind wieder möglich, sobald die Verbindung zurück ist.',
  },
  organisers: ORGANISERS_DE,
  participants: PARTICIPANTS_DE,
  validity: {
    issues: {
      invalidDate: 'Geben Sie ein gültiges Datum und eine gültige Uhrzeit ein.',
      untilNotAfterFrom: 'Das Ende muss nach dem Beginn liegen.',
      untilInPast: 'Das Ende liegt in der Vergangenheit. Wählen Sie einen Zeitpunkt in der Zukunft.',
      windowTooLong: 'Ein Raum kann höchstens {maxDays} Tage geöffnet sein.',
    },
    status: { scheduled: 'Geplant', open: 'Geöffnet', ended: 'Beendet' },
  },
  identifiers: {
    empty: 'Geben Sie eine Kennung ein.',
    malformed: 'Dies ist keine gültige Kommunikationskennung.',
    notCommunicationUser: 'Nur Benutzer von Azure Communication Services können in einen Raum eingeladen werden.',
    phoneNumber: 'Telefonnummern können nicht eingeladen werden; laden Sie stattdessen das Konto der Person ein.',
  },
  errors: {
    validation: 'Einige Werte wurden nicht akzeptiert. Prüfen Sie die markierten Felder.',
    notFound: 'Dieser Raum existiert nicht mehr.',
    forbidden: 'Sie dürfen das nicht tun.',
    conflict: 'Jemand anderes hat dies gleichzeitig geändert. Laden Sie neu und versuchen Sie es erneut.',
    network: 'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unavailable: 'Der Dienst ist ausgelastet oder nicht verfügbar. Versuchen Sie es gleich noch einmal.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
  rolePicker: ROLE_PICKER_DE,
  peoplePicker: PEOPLE_PICKER_DE,
  rosterEditor: ROSTER_EDITOR_DE,
  validityScheduler: VALIDITY_SCHEDULER_DE,
  roomEditor: ROOM_EDITOR_DE,
  roomList: ROOM_LIST_DE,
  roomCall: ROOM_CALL_DE,
  roomActivity: ROOM_ACTIVITY_DE,
  lobby: LOBBY_DE,
};
