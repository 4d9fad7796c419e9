import type { ParticipantStrings } from '../areas/participants';

/** French participant vocabulary. */
export const PARTICIPANTS_FR: ParticipantStrings = {
  roles: {
    Presenter: {
      name: 'Présentateur',
      inSentence: 'présentateur',
      description:
        'Vous pouvez parler, montrer votre vidéo et partager votre écran, et vous décidez qui participe à l’appel.',
    },
    Collaborator: {
      name: 'Collaborateur',
      inSentence: 'collaborateur',
      description: 'Vous pouvez parler, montrer votre vidéo et partager votre écran.',
    },
    Attendee: {
      name: 'Participant',
      inSentence: 'participant',
      description: 'Vous pouvez parler et montrer votre vidéo.',
    },
    Consumer: {
      name: 'Spectateur',
      inSentence: 'spectateur',
      description: 'Vous pouvez regarder et écouter. Votre micro et votre caméra restent désactivés.',
    },
  },
  canDo: {
    audioVideo: 'Activer et désactiver votre caméra et votre micro',
    muteOthers: 'Couper le micro des autres',
    inviteParticipant: 'Faire entrer dans l’appel les personnes de la liste',
    removeParticipant: 'Retirer des personnes de l’appel',
    shareScreen: 'Partager votre écran',
    pstnDialOut: 'Appeler un numéro de téléphone',
    captions: 'Activer les sous-titres',
    callView: 'Voir et entendre tout le monde dans l’appel',
    devices: 'Choisir votre caméra et votre micro',
    speakers: 'Choisir votre haut-parleur',
    multiView: 'Voir la vidéo à plusieurs endroits',
  },
  partly: '(vidéo des autres seulement)',
  unknownRole: 'Pas encore connu',
};
