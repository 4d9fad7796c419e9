import { ROLE_PICKER_DE } from './areas/rolePicker';
import { PEOPLE_PICKER_DE } from './areas/peoplePicker';
import { ROSTER_EDITOR_DE } from './areas/rosterEditor';
import { VALIDITY_SCHEDULER_DE } from './areas/validityScheduler';
import { ROOM_EDITOR_DE } from './areas/roomEditor';
import { ROOM_LIST_DE } from './areas/roomList';
import { ROOM_CALL_DE } from './areas/roomCall';
import { ROOM_ACTIVITY_DE } from './areas/roomActivity';
import { LOBBY_DE } from './areas/lobby';
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
    offline: 'Sie sind offline. Änderungen sind wieder möglich, sobald die Verbindung zurück ist.',
  },
  roles: {
    Presenter: {
      name: 'Moderator',
      description: 'Leitet den Anruf: spricht, teilt Inhalte und verwaltet Teilnehmende.',
    },
    Collaborator: {
      name: 'Mitwirkender',
      description: 'Spricht, zeigt Video und teilt Inhalte, verwaltet aber niemanden.',
    },
    Attendee: {
      name: 'Teilnehmer',
      description: 'Spricht und zeigt Video; kann nichts teilen und niemanden verwalten.',
    },
    Consumer: { name: 'Zuschauer', description: 'Sieht und hört nur zu: kein Mikrofon, keine Kamera, kein Teilen.' },
  },
  capabilities: {
    turnVideoOn: 'Kamera ein- und ausschalten',
    unmuteMic: 'Mikrofon stumm- und wieder einschalten',
    switchCamera: 'Zwischen Kameras wechseln',
    chooseMicrophone: 'Mikrofon auswählen',
    muteOthers: 'Andere stummschalten',
    inviteParticipant: 'Raumteilnehmende in den Anruf einladen',
    removeParticipant: 'Teilnehmende entfernen',
    shareScreen: 'Bildschirm, App oder Browser-Tab teilen',
    pstnDialOut: 'Eine Telefonnummer anrufen',
    startCaptions: 'Untertitel starten',
    changeCaptionLanguage: 'Untertitelsprache ändern',
    viewActiveSpeaker: 'Sehen, wer spricht',
    chooseSpeaker: 'Lautsprecher auswählen',
    viewSharedScreen: 'Geteilte Bildschirme sehen',
    viewParticipantState: 'Status der Teilnehmenden sehen',
    viewCallState: 'Status des Anrufs sehen',
    viewMutedState: 'Sehen, wer stummgeschaltet ist',
    viewLeaveReason: 'Sehen, warum jemand gegangen ist',
    renderRemoteVideo: 'Video der anderen sehen',
    manageDevices: 'Kamera und Mikrofon auswählen und nutzen',
    manageSpeakers: 'Lautsprecher auswählen und nutzen',
    multiViewRemoteVideo: 'Video der anderen an mehreren Stellen zeigen',
    multiViewLocalVideo: 'Eigene Kamera an mehreren Stellen zeigen',
  },
  capabilityTable: {
    caption: 'Was jede Raumrolle in einem Anruf tun kann',
    capabilityHeader: 'Funktion',
    rows: {
      audioVideo: 'Video ein/aus, Mikrofon stumm/an, Kamera wechseln, Mikrofon wählen',
      muteOthers: 'Andere Teilnehmende stummschalten',
      inviteParticipant: 'Raumteilnehmende in den Anruf einladen',
      removeParticipant: 'Teilnehmende entfernen',
      shareScreen: 'Bildschirm, Anwendung oder Browser-Tab teilen',
      pstnDialOut: 'Eine Telefonnummer anrufen',
      captions: 'Untertitel starten, Untertitelsprache ändern',
      callView:
        'Aktiven Sprecher sehen, Lautsprecher wählen, geteilte Bildschirme, Teilnehmer- und Anrufstatus, Stummschaltung, Grund des Verlassens sehen, entferntes Video anzeigen',
      devices: 'Geräteberechtigung anfragen; Kamera und Mikrofon auflisten, wählen und abfragen',
      speakers: 'Lautsprecher auflisten, wählen und abfragen',
      multiView: 'Video an mehreren Stellen anzeigen, Skalierung einstellen',
    },
    cells: { yes: 'Ja', no: 'Nein', remoteOnly: 'Nur entfernt' },
    requiresPstnDialOut: 'Nur wenn der Raum Anrufe nach außen erlaubt.',
  },
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
