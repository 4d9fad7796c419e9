import { ROLE_PICKER_FR } from './fr/rolePicker';
import { PEOPLE_PICKER_FR } from './fr/peoplePicker';
import { ROSTER_EDITOR_FR } from './fr/rosterEditor';
import { VALIDITY_SCHEDULER_FR } from './fr/validityScheduler';
import { ROOM_EDITOR_FR } from './fr/roomEditor';
import { ROOM_LIST_FR } from './fr/roomList';
import { ROOM_CALL_FR } from './fr/roomCall';
import { ROOM_ACTIVITY_FR } from './fr/roomActivity';
import { LOBBY_FR } from './fr/lobby';
import { ORGANISERS_FR } from './fr/organisers';
import { PARTICIPANTS_FR } from './fr/participants';
import type { RoomsKitStrings } from './types';

/** The kit's French strings, complete. */
export const FR_STRINGS: RoomsKitStrings = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    cancel: 'Annuler',
    save: 'Enregistrer',
    close: 'Fermer',
    undo: 'Annuler la modification',
    dismiss: 'Masquer',
    clearSearch: 'Effacer la recherche',
    offline: 'Vous êtes hors ligne. Les modifications seront de nouveau possibles au retour de la connexion.',
  },
  organisers: ORGANISERS_FR,
  participants: PARTICIPANTS_FR,
  validity: {
    issues: {
      invalidDate: 'Saisissez une date et une heure valides.',
      untilNotAfterFrom: 'La fin doit être après le début.',
      untilInPast: 'La fin est dans le passé. Choisissez une heure future.',
      windowTooLong:
        'Une salle peut être ouverte au plus {maxDays, plural, one {# jour} many {# de jours} other {# jours}}.',
    },
    status: { scheduled: 'Planifiée', open: 'Ouverte', ended: 'Terminée' },
  },
  identifiers: {
    empty: 'Saisissez un identifiant.',
    malformed: 'Ce n’est pas un identifiant de communication valide.',
    notCommunicationUser: 'Seuls les utilisateurs d’Azure Communication Services peuvent être invités dans une salle.',
    phoneNumber: 'Les numéros de téléphone ne peuvent pas être invités ; invitez plutôt le compte de la personne.',
  },
  errors: {
    validation: 'Certaines valeurs n’ont pas été acceptées. Vérifiez les champs signalés.',
    notFound: 'Cette salle n’existe plus.',
    forbidden: 'Vous n’êtes pas autorisé à faire cela.',
    conflict: 'Quelqu’un d’autre a modifié ceci en même temps. Rechargez et réessayez.',
    network: 'Le service est injoignable. Vérifiez votre connexion et réessayez.',
    unavailable: 'Le service est occupé ou indisponible. Réessayez dans un instant.',
    aborted: 'La demande a été annulée.',
    unknown: 'Un problème est survenu. Réessayez.',
  },
  rolePicker: ROLE_PICKER_FR,
  peoplePicker: PEOPLE_PICKER_FR,
  rosterEditor: ROSTER_EDITOR_FR,
  validityScheduler: VALIDITY_SCHEDULER_FR,
  roomEditor: ROOM_EDITOR_FR,
  roomList: ROOM_LIST_FR,
  roomCall: ROOM_CALL_FR,
  roomActivity: ROOM_ACTIVITY_FR,
  lobby: LOBBY_FR,
};
