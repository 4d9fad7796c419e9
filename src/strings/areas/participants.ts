import type { CapabilityRowKey, RoomRole } from '../../core/roles';

/** How a role is named to the person who has it, in the call and the waiting room. */
export interface ParticipantRoleStrings {
  /** The role's name as a label, the same word organisers use so both sides name it alike: "Consumer". */
  name: string;
  /** The role inside a sentence, after "You're now" or "admitted you as": "a Consumer". */
  inSentence: string;
  /** What the role lets you do, in one sentence addressed to you. */
  description: string;
}

/**
 * The words participants (patients, pupils, clients) read about their own role: the waiting room, the call's
 * "What you can do" and its role notices. Plain words, addressed to the reader; organisers read
 * {@link OrganiserStrings} instead.
 */
export interface ParticipantStrings {
  /** Each role as the person who has it would name it. */
  roles: Record<RoomRole, ParticipantRoleStrings>;
  /** What you can do, one line per row of the role table ("Turn your camera and microphone on and off"). */
  canDo: Record<CapabilityRowKey, string>;
  /** Added to a line you may do only in part: "(others' video only)". */
  partly: string;
  /** Shown when the role is not known yet. */
  unknownRole: string;
}

/** English participant vocabulary. */
export const PARTICIPANTS_EN: ParticipantStrings = {
  roles: {
    Presenter: {
      name: 'Presenter',
      inSentence: 'a Presenter',
      description: 'You can speak, show your video and share your screen, and you decide who is in the call.',
    },
    Collaborator: {
      name: 'Collaborator',
      inSentence: 'a Collaborator',
      description: 'You can speak, show your video and share your screen.',
    },
    Attendee: {
      name: 'Attendee',
      inSentence: 'an Attendee',
      description: 'You can speak and show your video.',
    },
    Consumer: {
      name: 'Consumer',
      inSentence: 'a Consumer',
      description: 'You can watch and listen. Your microphone and camera stay off.',
    },
  },
  canDo: {
    audioVideo: 'Turn your camera and microphone on and off',
    muteOthers: 'Mute others',
    inviteParticipant: 'Bring people on the list into the call',
    removeParticipant: 'Remove people from the call',
    shareScreen: 'Share your screen',
    pstnDialOut: 'Call a phone number',
    captions: 'Turn on captions',
    callView: 'See and hear everyone in the call',
    devices: 'Choose your camera and microphone',
    speakers: 'Choose your speaker',
    multiView: 'See video in more than one place',
  },
  partly: '(others’ video only)',
  unknownRole: 'Not known yet',
};

/** German participant vocabulary. */
export const PARTICIPANTS_DE: ParticipantStrings = {
  roles: {
    Presenter: {
      name: 'Moderator',
      inSentence: 'Moderator:in',
      description: 'Sie können sprechen, Ihr Video zeigen und Ihren Bildschirm teilen und entscheiden, wer dabei ist.',
    },
    Collaborator: {
      name: 'Mitwirkender',
      inSentence: 'Mitwirkende:r',
      description: 'Sie können sprechen, Ihr Video zeigen und Ihren Bildschirm teilen.',
    },
    Attendee: {
      name: 'Teilnehmer',
      inSentence: 'Teilnehmer:in',
      description: 'Sie können sprechen und Ihr Video zeigen.',
    },
    Consumer: {
      name: 'Zuschauer',
      inSentence: 'Zuschauer:in',
      description: 'Sie können zusehen und zuhören. Mikrofon und Kamera bleiben aus.',
    },
  },
  canDo: {
    audioVideo: 'Kamera und Mikrofon ein- und ausschalten',
    muteOthers: 'Andere stummschalten',
    inviteParticipant: 'Personen von der Liste in den Anruf holen',
    removeParticipant: 'Personen aus dem Anruf entfernen',
    shareScreen: 'Ihren Bildschirm teilen',
    pstnDialOut: 'Eine Telefonnummer anrufen',
    captions: 'Untertitel einschalten',
    callView: 'Alle im Anruf sehen und hören',
    devices: 'Kamera und Mikrofon wählen',
    speakers: 'Lautsprecher wählen',
    multiView: 'Video an mehreren Stellen sehen',
  },
  partly: '(nur das Video anderer)',
  unknownRole: 'Noch nicht bekannt',
};
