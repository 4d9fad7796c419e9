import type { RoomRole } from '../../core/roles';

/** Strings of WaitingRoom, the screen of someone who asks to join a room. Placeholders are written {name}. */
export interface WaitingRoomStrings {
  /** Heading with the room's title: "Ask to join {room}". */
  heading: string;
  /** Heading when the room's title is not known. */
  headingUntitled: string;
  /** What the form is for. */
  intro: string;
  /** Label of the name field. */
  nameLabel: string;
  /** The name field is empty. */
  nameRequired: string;
  /** The name is too long: "A name can be at most {max} characters long." (an ICU plural of `max`) */
  nameTooLong: string;
  /** The backend refused the name as it is (it says no more than that): "This name can’t be used. Try another." */
  nameRefused: string;
  /** Label of the message field. */
  messageLabel: string;
  /** Under the message field: "{count} of {max} characters" (an ICU plural of `max`). */
  messageCounter: string;
  /** The message is too long: "A message can be at most {max} characters long." (an ICU plural of `max`) */
  messageTooLong: string;
  /** The backend refused the message as it is: "This message can’t be sent. Change it and try again." */
  messageRefused: string;
  /** The button that sends the request. */
  askButton: string;
  /** While the request is being sent. */
  sending: string;
  /** While a request made earlier is being read. */
  loading: string;
  /** Title while a presenter has not answered. */
  waitingTitle: string;
  /** Under it. */
  waitingBody: string;
  /** How long they have waited: "Waiting for {duration}". */
  waitedFor: string;
  /** The message they sent: "Your message: {message}". */
  yourMessage: string;
  /** The button that withdraws the request. */
  withdraw: string;
  /** While it is being withdrawn. */
  withdrawing: string;
  /** Title when let in. */
  admittedTitle: string;
  /** Who let them in, and as what: "{name} admitted you as {role}". */
  admittedBy: string;
  /** The same when the presenter's name is not known. */
  admittedByUnknown: string;
  /** Heading of what the role may do: "As {role} you can:". */
  admittedCan: string;
  /** Said while the host moves them into the call. */
  joiningCall: string;
  /** Title when turned down. */
  declinedTitle: string;
  /** The presenter's reason: "{name} wrote: {reason}". */
  declinedReason: string;
  /** The reason when the presenter's name is not known: "The presenter wrote: {reason}". */
  declinedReasonUnknown: string;
  /** When no reason was given. */
  declinedNoReason: string;
  /** When they may ask again: "You can ask again from {time}." */
  askAgainFrom: string;
  /** The button that asks again. */
  askAgain: string;
  /** Title when nobody answered before the request expired. */
  expiredTitle: string;
  /** Under it. */
  expiredBody: string;
  /** Title when they withdrew the request. */
  cancelledTitle: string;
  /** Under it. */
  cancelledBody: string;
  /** Title when the room closed. */
  closedTitle: string;
  /** Under it. */
  closedBody: string;
  /** Title when sending failed. */
  sendFailed: string;
  /** Title when reading the request failed. */
  loadFailed: string;
  /** Title when withdrawing failed. */
  withdrawFailed: string;
  /** Asking is refused because the room has closed or they are on the roster already. */
  roomRefused: string;
  /** The button that tries again after a failure. */
  tryAgain: string;
  /** Title while offline. */
  offlineTitle: string;
  /** Under it. */
  offlineBody: string;
  /** Shown when the backend takes no requests to join. */
  notSupported: string;
  /** What the live region says at each change. */
  announce: {
    /** "Your request was sent. Waiting for a presenter." */
    waiting: string;
    /** "You were admitted as {role}." */
    admitted: string;
    /** "Your request was declined: {reason}" */
    declined: string;
    /** Without a reason. */
    declinedNoReason: string;
    /** Nobody answered. */
    expired: string;
    /** Withdrawn. */
    cancelled: string;
    /** The room closed. */
    closed: string;
    /** Something failed: "{title} {error}". */
    failed: string;
    /** The device went offline. */
    offline: string;
  };
}

/** Strings of JoinRequestList, where presenters admit or decline requests to join. */
export interface JoinRequestListStrings {
  /** Heading with the count: "Asking to join ({count})". */
  heading: string;
  /** Accessible name of the list when no heading is shown. */
  label: string;
  /** While the requests load. */
  loading: string;
  /** Title when they could not be loaded. */
  loadFailed: string;
  /** When nobody is waiting. */
  empty: string;
  /** How long someone has waited: "Waiting {duration}". */
  waited: string;
  /** When they asked, as a tooltip-free second line: "Asked at {time}". */
  askedAt: string;
  /** Label of the role picker of a row: "Role for {name}". */
  roleFor: string;
  /** The admit button. */
  admit: string;
  /** Accessible name of the admit button: "Admit {name} as {role}". */
  admitLabel: string;
  /** The decline button. */
  decline: string;
  /** Accessible name of the decline button: "Decline {name}". */
  declineLabel: string;
  /** Shown in a row while it is admitted: "Admitting…". */
  admitting: string;
  /** Shown in a row while it is declined. */
  declining: string;
  /** The decline dialog's title: "Decline {name}?". */
  declineTitle: string;
  /** What it tells: "{name} is told their request was declined, with your reason if you give one." */
  declineBody: string;
  /** Label of the reason field. */
  reasonLabel: string;
  /** Under the reason field: "{count} of {max} characters" (an ICU plural of `max`). */
  reasonCounter: string;
  /** The reason is too long: "A reason can be at most {max} characters long." (an ICU plural of `max`) */
  reasonTooLong: string;
  /** The dialog's confirm button. */
  declineConfirm: string;
  /** A failed admit: "Couldn’t admit {name}. {error}" */
  admitFailed: string;
  /** A failed decline: "Couldn’t decline {name}. {error}" */
  declineFailed: string;
  /** Someone else answered, it was withdrawn or it expired meanwhile. */
  answeredElsewhere: string;
  /** What the live region says. */
  announce: {
    /** "{name} admitted as {role}" */
    admitted: string;
    /** "{name} declined" */
    declined: string;
    /** "{name} is asking to join" */
    arrived: string;
    /** Several arrived at once: "{count} people are asking to join" (an ICU plural of `count`). */
    arrivedMany: string;
  };
}

/** Strings of RaisedHandQueue, the call's queue of raised hands and the people invited to speak. */
export interface RaisedHandQueueStrings {
  /** Heading with the count: "Raised hands ({count})". */
  heading: string;
  /** When no hand is up. */
  empty: string;
  /** A place in the queue, for screen readers: "Position {position}". */
  position: string;
  /** How long a hand has been up: "Waiting {duration}". */
  waited: string;
  /** The button that lowers one hand. */
  lower: string;
  /** Its accessible name: "Lower the hand of {name}". */
  lowerLabel: string;
  /** The button that invites one person to speak. */
  inviteToSpeak: string;
  /** Its accessible name, its text first: "Invite to speak: {name}". */
  inviteLabel: string;
  /** What inviting makes them: "Becomes {role}". */
  becomes: string;
  /** The button that lowers every hand. */
  lowerAll: string;
  /** Heading of the speakers' section: "Speaking now ({count})". */
  speakingHeading: string;
  /** A speaker's roles: "{role} for this call, {previousRole} before". */
  speakerRoles: string;
  /** The button that gives a speaker their role back. */
  returnToListener: string;
  /** Its accessible name, its text first: "Return to listener: {name}". */
  returnLabel: string;
  /** While an action of a row runs. */
  pending: string;
  /** Why a control is off: the viewer's role may not lower hands. */
  cannotLower: string;
  /** Why a control is off: the viewer's role may not invite people to speak. */
  cannotInvite: string;
  /** Why a control is off: the viewer's role may not return people to listener. */
  cannotReturn: string;
  /** Why "Invite to speak" is off: "{name} can already speak and share." */
  alreadySpeaks: string;
  /** Why a control is off: the host gave no handler for it. */
  notOffered: string;
  /** Failures, per action: "Couldn’t lower the hand of {name}. {error}" */
  failed: {
    lowerHand: string;
    lowerAllHands: string;
    inviteToSpeak: string;
    returnToListener: string;
  };
  /** What the live region says when an action is done. */
  announce: {
    lowerHand: string;
    lowerAllHands: string;
    inviteToSpeak: string;
    returnToListener: string;
  };
}

/** Strings of knock to join and the raised-hand queue: WaitingRoom, JoinRequestList and RaisedHandQueue. */
export interface LobbyStrings {
  /** Each role after "as", with its article where the language has one: "an Attendee". */
  roleAs: Record<RoomRole, string>;
  /** Durations under a minute: "under 1 min". */
  underAMinute: string;
  /** Hours and minutes together: "{hours} {minutes}". */
  hoursMinutes: string;
  /** WaitingRoom. */
  waitingRoom: WaitingRoomStrings;
  /** JoinRequestList. */
  joinRequestList: JoinRequestListStrings;
  /** RaisedHandQueue. */
  raisedHandQueue: RaisedHandQueueStrings;
}

/** English strings of knock to join and the raised-hand queue. */
export const LOBBY_EN: LobbyStrings = {
  roleAs: { Presenter: 'a Presenter', Collaborator: 'a Collaborator', Attendee: 'an Attendee', Consumer: 'a Consumer' },
  underAMinute: 'under 1 min',
  hoursMinutes: '{hours} {minutes}',
  waitingRoom: {
    heading: 'Ask to join {room}',
    headingUntitled: 'Ask to join this room',
    intro: 'Only invited people can join this room. Ask a presenter to let you in.',
    nameLabel: 'Your name',
    nameRequired: 'Enter your name.',
    nameTooLong: 'A name can be at most {max, plural, one {# character} other {# characters}} long.',
    messageLabel: 'Message to the presenter (optional)',
    messageCounter: '{count} of {max, plural, one {# character} other {# characters}}',
    messageTooLong: 'A message can be at most {max, plural, one {# character} other {# characters}} long.',
    nameRefused: 'This name can’t be used. Try another.',
    messageRefused: 'This message can’t be sent. Change it and try again.',
    askButton: 'Ask to join',
    sending: 'Sending your request…',
    loading: 'Reading your request…',
    waitingTitle: 'Waiting for a presenter',
    waitingBody: 'A presenter will let you in or answer you here. Keep this page open.',
    waitedFor: 'Waiting for {duration}',
    yourMessage: 'Your message: {message}',
    withdraw: 'Withdraw request',
    withdrawing: 'Withdrawing…',
    admittedTitle: 'You were admitted',
    admittedBy: '{name} admitted you as {role}.',
    admittedByUnknown: 'A presenter admitted you as {role}.',
    admittedCan: 'As {role}, you can:',
    joiningCall: 'Taking you to the call…',
    declinedTitle: 'Your request was declined',
    declinedReason: '{name} wrote: {reason}',
    declinedReasonUnknown: 'The presenter wrote: {reason}',
    declinedNoReason: 'The presenter gave no reason.',
    askAgainFrom: 'You can ask again from {time}.',
    askAgain: 'Ask again',
    expiredTitle: 'Nobody answered in time',
    expiredBody: 'Your request expired before a presenter answered it. You can ask again.',
    cancelledTitle: 'You withdrew your request',
    cancelledBody: 'You can ask again whenever you like.',
    closedTitle: 'This room has closed',
    closedBody: 'Nobody can join it any more.',
    sendFailed: 'Your request could not be sent.',
    loadFailed: 'Your request could not be read.',
    withdrawFailed: 'Your request could not be withdrawn.',
    roomRefused: 'This room takes no requests: it has closed, or you are invited already.',
    tryAgain: 'Try again',
    offlineTitle: 'You are offline',
    offlineBody: 'Your request keeps its place. This page catches up when the connection returns.',
    notSupported: 'This room takes no requests to join.',
    announce: {
      waiting: 'Your request was sent. Waiting for a presenter.',
      admitted: 'You were admitted as {role}.',
      declined: 'Your request was declined: {reason}',
      declinedNoReason: 'Your request was declined.',
      expired: 'Nobody answered in time. You can ask again.',
      cancelled: 'You withdrew your request.',
      closed: 'This room has closed.',
      failed: '{title} {error}',
      offline: 'You are offline.',
    },
  },
  joinRequestList: {
    heading: 'Asking to join ({count})',
    label: 'Asking to join',
    loading: 'Loading requests to join…',
    loadFailed: 'The requests to join could not be loaded.',
    empty: 'Nobody is waiting to join.',
    waited: 'Waiting {duration}',
    askedAt: 'Asked at {time}',
    roleFor: 'Role for {name}',
    admit: 'Admit',
    admitLabel: 'Admit {name} as {role}',
    decline: 'Decline',
    declineLabel: 'Decline {name}',
    admitting: 'Admitting…',
    declining: 'Declining…',
    declineTitle: 'Decline {name}?',
    declineBody: '{name} is told that their request was declined, with your reason if you give one.',
    reasonLabel: 'Reason (optional)',
    reasonCounter: '{count} of {max, plural, one {# character} other {# characters}}',
    reasonTooLong: 'A reason can be at most {max, plural, one {# character} other {# characters}} long.',
    declineConfirm: 'Decline',
    admitFailed: 'Couldn’t admit {name}. {error}',
    declineFailed: 'Couldn’t decline {name}. {error}',
    answeredElsewhere: 'This request was answered, withdrawn or expired meanwhile.',
    announce: {
      admitted: '{name} admitted as {role}',
      declined: '{name} declined',
      arrived: '{name} is asking to join',
      arrivedMany: '{count, plural, one {# person is asking to join} other {# people are asking to join}}',
    },
  },
  raisedHandQueue: {
    heading: 'Raised hands ({count})',
    empty: 'No hands are raised.',
    position: 'Position {position}',
    waited: 'Waiting {duration}',
    lower: 'Lower',
    lowerLabel: 'Lower the hand of {name}',
    inviteToSpeak: 'Invite to speak',
    inviteLabel: 'Invite to speak: {name}',
    becomes: 'Becomes {role}',
    lowerAll: 'Lower all hands',
    speakingHeading: 'Speaking now ({count})',
    speakerRoles: '{role} for this call, {previousRole} before',
    returnToListener: 'Return to listener',
    returnLabel: 'Return to listener: {name}',
    pending: 'Working…',
    cannotLower: 'Your role can’t lower hands: it takes muting others.',
    cannotInvite: 'Your role can’t invite people to speak: it takes inviting participants.',
    cannotReturn: 'Your role can’t return people to listener: it takes inviting participants.',
    alreadySpeaks: '{name} can already speak and share.',
    notOffered: 'Not available in this call.',
    failed: {
      lowerHand: 'Couldn’t lower the hand of {name}. {error}',
      lowerAllHands: 'Couldn’t lower all hands. {error}',
      inviteToSpeak: 'Couldn’t invite {name} to speak. {error}',
      returnToListener: 'Couldn’t return {name} to listener. {error}',
    },
    announce: {
      lowerHand: 'The hand of {name} was lowered.',
      lowerAllHands: 'All hands were lowered.',
      inviteToSpeak: '{name} can speak now, as {role}.',
      returnToListener: '{name} is {role} again.',
    },
  },
};

/** German strings of knock to join and the raised-hand queue. */
export const LOBBY_DE: LobbyStrings = {
  roleAs: { Presenter: 'Moderator', Collaborator: 'Mitwirkender', Attendee: 'Teilnehmer', Consumer: 'Zuschauer' },
  underAMinute: 'unter 1 Min.',
  hoursMinutes: '{hours} {minutes}',
  waitingRoom: {
    heading: 'Beitritt zu {room} anfragen',
    headingUntitled: 'Beitritt zu diesem Raum anfragen',
    intro: 'Diesem Raum können nur eingeladene Personen beitreten. Bitten Sie einen Moderator, Sie einzulassen.',
    nameLabel: 'Ihr Name',
    nameRequired: 'Geben Sie Ihren Namen ein.',
    nameTooLong: 'Ein Name darf höchstens {max, plural, one {# Zeichen} other {# Zeichen}} lang sein.',
    messageLabel: 'Nachricht an den Moderator (optional)',
    messageCounter: '{count} von {max, plural, one {# Zeichen} other {# Zeichen}}',
    messageTooLong: 'Eine Nachricht darf höchstens {max, plural, one {# Zeichen} other {# Zeichen}} lang sein.',
    nameRefused: 'Dieser Name kann nicht verwendet werden. Versuchen Sie einen anderen.',
    messageRefused: 'Diese Nachricht kann nicht gesendet werden. Ändern Sie sie und versuchen Sie es erneut.',
    askButton: 'Beitritt anfragen',
    sending: 'Ihre Anfrage wird gesendet…',
    loading: 'Ihre Anfrage wird gelesen…',
    waitingTitle: 'Warten auf einen Moderator',
    waitingBody: 'Ein Moderator lässt Sie ein oder antwortet Ihnen hier. Lassen Sie diese Seite geöffnet.',
    waitedFor: 'Sie warten seit {duration}',
    yourMessage: 'Ihre Nachricht: {message}',
    withdraw: 'Anfrage zurückziehen',
    withdrawing: 'Wird zurückgezogen…',
    admittedTitle: 'Sie wurden eingelassen',
    admittedBy: '{name} hat Sie als {role} eingelassen.',
    admittedByUnknown: 'Ein Moderator hat Sie als {role} eingelassen.',
    admittedCan: 'Als {role} können Sie:',
    joiningCall: 'Sie werden zum Anruf gebracht…',
    declinedTitle: 'Ihre Anfrage wurde abgelehnt',
    declinedReason: '{name} schreibt: {reason}',
    declinedReasonUnknown: 'Der Moderator schreibt: {reason}',
    declinedNoReason: 'Der Moderator hat keinen Grund genannt.',
    askAgainFrom: 'Sie können ab {time} erneut anfragen.',
    askAgain: 'Erneut anfragen',
    expiredTitle: 'Niemand hat rechtzeitig geantwortet',
    expiredBody: 'Ihre Anfrage ist abgelaufen, bevor ein Moderator sie beantwortet hat. Sie können erneut anfragen.',
    cancelledTitle: 'Sie haben Ihre Anfrage zurückgezogen',
    cancelledBody: 'Sie können jederzeit erneut anfragen.',
    closedTitle: 'Dieser Raum ist geschlossen',
    closedBody: 'Niemand kann ihm mehr beitreten.',
    sendFailed: 'Ihre Anfrage konnte nicht gesendet werden.',
    loadFailed: 'Ihre Anfrage konnte nicht gelesen werden.',
    withdrawFailed: 'Ihre Anfrage konnte nicht zurückgezogen werden.',
    roomRefused: 'Dieser Raum nimmt keine Anfragen an: Er ist geschlossen, oder Sie sind bereits eingeladen.',
    tryAgain: 'Erneut versuchen',
    offlineTitle: 'Sie sind offline',
    offlineBody: 'Ihre Anfrage behält ihren Platz. Diese Seite holt alles nach, sobald die Verbindung zurück ist.',
    notSupported: 'Dieser Raum nimmt keine Beitrittsanfragen an.',
    announce: {
      waiting: 'Ihre Anfrage wurde gesendet. Warten auf einen Moderator.',
      admitted: 'Sie wurden als {role} eingelassen.',
      declined: 'Ihre Anfrage wurde abgelehnt: {reason}',
      declinedNoReason: 'Ihre Anfrage wurde abgelehnt.',
      expired: 'Niemand hat rechtzeitig geantwortet. Sie können erneut anfragen.',
      cancelled: 'Sie haben Ihre Anfrage zurückgezogen.',
      closed: 'Dieser Raum ist geschlossen.',
      failed: '{title} {error}',
      offline: 'Sie sind offline.',
    },
  },
  joinRequestList: {
    heading: 'Möchten beitreten ({count})',
    label: 'Möchten beitreten',
    loading: 'Beitrittsanfragen werden geladen…',
    loadFailed: 'Die Beitrittsanfragen konnten nicht geladen werden.',
    empty: 'Niemand wartet auf Einlass.',
    waited: 'Wartet seit {duration}',
    askedAt: 'Angefragt um {time}',
    roleFor: 'Rolle für {name}',
    admit: 'Einlassen',
    admitLabel: '{name} als {role} einlassen',
    decline: 'Ablehnen',
    declineLabel: '{name} ablehnen',
    admitting: 'Wird eingelassen…',
    declining: 'Wird abgelehnt…',
    declineTitle: '{name} ablehnen?',
    declineBody: '{name} erfährt, dass die Anfrage abgelehnt wurde, mit Ihrem Grund, wenn Sie einen nennen.',
    reasonLabel: 'Grund (optional)',
    reasonCounter: '{count} von {max, plural, one {# Zeichen} other {# Zeichen}}',
    reasonTooLong: 'Ein Grund darf höchstens {max, plural, one {# Zeichen} other {# Zeichen}} lang sein.',
    declineConfirm: 'Ablehnen',
    admitFailed: '{name} konnte nicht eingelassen werden. {error}',
    declineFailed: '{name} konnte nicht abgelehnt werden. {error}',
    answeredElsewhere: 'Diese Anfrage wurde inzwischen beantwortet, zurückgezogen oder ist abgelaufen.',
    announce: {
      admitted: '{name} als {role} eingelassen',
      declined: '{name} abgelehnt',
      arrived: '{name} möchte beitreten',
      arrivedMany: '{count, plural, one {# Person möchte beitreten} other {# Personen möchten beitreten}}',
    },
  },
  raisedHandQueue: {
    heading: 'Gehobene Hände ({count})',
    empty: 'Keine Hand ist gehoben.',
    position: 'Platz {position}',
    waited: 'Wartet seit {duration}',
    lower: 'Senken',
    lowerLabel: 'Hand von {name} senken',
    inviteToSpeak: 'Zum Sprechen einladen',
    inviteLabel: '{name} zum Sprechen einladen',
    becomes: 'Wird {role}',
    lowerAll: 'Alle Hände senken',
    speakingHeading: 'Spricht gerade ({count})',
    speakerRoles: '{role} für diesen Anruf, vorher {previousRole}',
    returnToListener: 'Zurück zum Zuhören',
    returnLabel: '{name} zurück zum Zuhören',
    pending: 'Wird ausgeführt…',
    cannotLower: 'Ihre Rolle kann keine Hände senken: Dazu gehört, andere stummzuschalten.',
    cannotInvite: 'Ihre Rolle kann niemanden zum Sprechen einladen: Dazu gehört, Teilnehmende einzuladen.',
    cannotReturn: 'Ihre Rolle kann niemanden zum Zuhören zurückschicken: Dazu gehört, Teilnehmende einzuladen.',
    alreadySpeaks: '{name} kann bereits sprechen und teilen.',
    notOffered: 'In diesem Anruf nicht verfügbar.',
    failed: {
      lowerHand: 'Die Hand von {name} konnte nicht gesenkt werden. {error}',
      lowerAllHands: 'Die Hände konnten nicht gesenkt werden. {error}',
      inviteToSpeak: '{name} konnte nicht zum Sprechen eingeladen werden. {error}',
      returnToListener: '{name} konnte nicht zum Zuhören zurückgeschickt werden. {error}',
    },
    announce: {
      lowerHand: 'Die Hand von {name} wurde gesenkt.',
      lowerAllHands: 'Alle Hände wurden gesenkt.',
      inviteToSpeak: '{name} kann jetzt sprechen, als {role}.',
      returnToListener: '{name} ist wieder {role}.',
    },
  },
};
