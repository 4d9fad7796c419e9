import type { CapabilityCell, CapabilityRowKey, RoomCapability, RoomRole } from '../../core/roles';

/** How a role is named to the people who schedule rooms and set roles (organisers, clinic staff). */
export interface OrganiserRoleStrings {
  /** The role's name as a label: "Collaborator". */
  name: string;
  /** The role inside a sentence, after "is now": "a Collaborator" (German: "Mitwirkende:r"). */
  inSentence: string;
  /** One line on what someone with this role may do. */
  description: string;
}

/**
 * The words organisers read about roles and what they allow: role pickers, the roster, the capability table, and
 * what a presenter is told in the call. Participants read {@link ParticipantStrings} instead.
 */
export interface OrganiserStrings {
  /** Each role's name, its form inside a sentence, and a one-line description. */
  roles: Record<RoomRole, OrganiserRoleStrings>;
  /** A short phrase for each capability, as something the person may do ("Share their screen"). */
  capabilities: Record<RoomCapability, string>;
  /** The role→capability table as shown in docs and role summaries. */
  capabilityTable: {
    caption: string;
    capabilityHeader: string;
    rows: Record<CapabilityRowKey, string>;
    cells: Record<CapabilityCell, string>;
    /** Footnote for dial-out, which also needs the room's setting. */
    requiresPstnDialOut: string;
  };
}

/** English organiser vocabulary. */
export const ORGANISERS_EN: OrganiserStrings = {
  roles: {
    Presenter: {
      name: 'Presenter',
      inSentence: 'a Presenter',
      description: 'Leads the call: speaks, shares, and decides who is in it.',
    },
    Collaborator: {
      name: 'Collaborator',
      inSentence: 'a Collaborator',
      description: 'Speaks, shows video and shares their screen, but cannot manage others.',
    },
    Attendee: {
      name: 'Attendee',
      inSentence: 'an Attendee',
      description: 'Speaks and shows video; cannot share their screen or manage others.',
    },
    Consumer: {
      name: 'Consumer',
      inSentence: 'a Consumer',
      description: 'Watches and listens only: no microphone, camera or sharing.',
    },
  },
  capabilities: {
    turnVideoOn: 'Turn their camera on and off',
    unmuteMic: 'Mute and unmute their microphone',
    switchCamera: 'Switch cameras',
    chooseMicrophone: 'Choose a microphone',
    muteOthers: 'Mute others',
    inviteParticipant: 'Bring people on the list into the call',
    removeParticipant: 'Remove people from the call',
    shareScreen: 'Share their screen, a window or a browser tab',
    pstnDialOut: 'Call a phone number',
    startCaptions: 'Turn on captions',
    changeCaptionLanguage: 'Change the caption language',
    viewActiveSpeaker: 'See who is speaking',
    chooseSpeaker: 'Choose a speaker',
    viewSharedScreen: 'See what others share',
    viewParticipantState: 'See who is in the call',
    viewCallState: 'See whether the call is connected',
    viewMutedState: 'See who is muted',
    viewLeaveReason: 'See why someone left',
    renderRemoteVideo: 'See others’ video',
    manageDevices: 'Choose their camera and microphone',
    manageSpeakers: 'Choose their speaker',
    multiViewRemoteVideo: 'See others’ video in more than one place',
    multiViewLocalVideo: 'See their own video in more than one place',
  },
  capabilityTable: {
    caption: 'What each role can do in a call',
    capabilityHeader: 'What they can do',
    rows: {
      audioVideo: 'Turn their camera and microphone on and off',
      muteOthers: 'Mute others',
      inviteParticipant: 'Bring people on the list into the call',
      removeParticipant: 'Remove people from the call',
      shareScreen: 'Share their screen, a window or a browser tab',
      pstnDialOut: 'Call a phone number',
      captions: 'Turn on captions and choose their language',
      callView: 'See and hear the call: who is speaking, who is muted, what is shared',
      devices: 'Choose their camera and microphone',
      speakers: 'Choose their speaker',
      multiView: 'See video in more than one place',
    },
    cells: { yes: 'Yes', no: 'No', remoteOnly: 'Others’ video only' },
    requiresPstnDialOut: 'Only when the room allows calling phone numbers.',
  },
};

/** German organiser vocabulary. */
export const ORGANISERS_DE: OrganiserStrings = {
  roles: {
    Presenter: {
      name: 'Moderator',
      inSentence: 'Moderator:in',
      description: 'Leitet den Anruf: spricht, teilt Inhalte und entscheidet, wer dabei ist.',
    },
    Collaborator: {
      name: 'Mitwirkender',
      inSentence: 'Mitwirkende:r',
      description: 'Spricht, zeigt Video und teilt den Bildschirm, verwaltet aber niemanden.',
    },
    Attendee: {
      name: 'Teilnehmer',
      inSentence: 'Teilnehmer:in',
      description: 'Spricht und zeigt Video; kann den Bildschirm nicht teilen und niemanden verwalten.',
    },
    Consumer: {
      name: 'Zuschauer',
      inSentence: 'Zuschauer:in',
      description: 'Sieht und hört nur zu: kein Mikrofon, keine Kamera, kein Teilen.',
    },
  },
  capabilities: {
    turnVideoOn: 'Kamera ein- und ausschalten',
    unmuteMic: 'Mikrofon stumm- und wieder einschalten',
    switchCamera: 'Kamera wechseln',
    chooseMicrophone: 'Ein Mikrofon wählen',
    muteOthers: 'Andere stummschalten',
    inviteParticipant: 'Personen von der Liste in den Anruf holen',
    removeParticipant: 'Personen aus dem Anruf entfernen',
    shareScreen: 'Bildschirm, ein Fenster oder einen Browser-Tab teilen',
    pstnDialOut: 'Eine Telefonnummer anrufen',
    startCaptions: 'Untertitel einschalten',
    changeCaptionLanguage: 'Die Sprache der Untertitel ändern',
    viewActiveSpeaker: 'Sehen, wer spricht',
    chooseSpeaker: 'Einen Lautsprecher wählen',
    viewSharedScreen: 'Sehen, was andere teilen',
    viewParticipantState: 'Sehen, wer im Anruf ist',
    viewCallState: 'Sehen, ob der Anruf verbunden ist',
    viewMutedState: 'Sehen, wer stummgeschaltet ist',
    viewLeaveReason: 'Sehen, warum jemand gegangen ist',
    renderRemoteVideo: 'Das Video der anderen sehen',
    manageDevices: 'Kamera und Mikrofon wählen',
    manageSpeakers: 'Einen Lautsprecher wählen',
    multiViewRemoteVideo: 'Das Video der anderen an mehreren Stellen sehen',
    multiViewLocalVideo: 'Das eigene Video an mehreren Stellen sehen',
  },
  capabilityTable: {
    caption: 'Was jede Rolle in einem Anruf tun kann',
    capabilityHeader: 'Was sie tun können',
    rows: {
      audioVideo: 'Kamera und Mikrofon ein- und ausschalten',
      muteOthers: 'Andere stummschalten',
      inviteParticipant: 'Personen von der Liste in den Anruf holen',
      removeParticipant: 'Personen aus dem Anruf entfernen',
      shareScreen: 'Bildschirm, ein Fenster oder einen Browser-Tab teilen',
      pstnDialOut: 'Eine Telefonnummer anrufen',
      captions: 'Untertitel einschalten und ihre Sprache wählen',
      callView: 'Den Anruf sehen und hören: wer spricht, wer stumm ist, was geteilt wird',
      devices: 'Kamera und Mikrofon wählen',
      speakers: 'Einen Lautsprecher wählen',
      multiView: 'Video an mehreren Stellen sehen',
    },
    cells: { yes: 'Ja', no: 'Nein', remoteOnly: 'Nur das Video anderer' },
    requiresPstnDialOut: 'Nur wenn der Raum Anrufe zu Telefonnummern erlaubt.',
  },
};
