import type { RoomCapability, RoomRole } from './roles';

/** A one-line English description of each role, for pickers and docs; locales replace it through the strings. */
export const ROLE_DESCRIPTIONS: Readonly<Record<RoomRole, string>> = {
  Presenter: 'Runs the call: speaks, shares, and manages who is in it.',
  Collaborator: 'Speaks, shows video and shares content, but cannot manage others.',
  Attendee: 'Speaks and shows video; cannot share content or manage others.',
  Consumer: 'Watches and listens only: no microphone, camera or sharing.',
};

/** A short English phrase for each capability ("turn the camera on"), for "what you can do" lists. */
export const CAPABILITY_DESCRIPTIONS: Readonly<Record<RoomCapability, string>> = {
  turnVideoOn: 'Turn the camera on and off',
  unmuteMic: 'Mute and unmute the microphone',
  switchCamera: 'Switch between cameras',
  chooseMicrophone: 'Choose the microphone',
  muteOthers: 'Mute other participants',
  inviteParticipant: 'Invite room participants into the call',
  removeParticipant: 'Remove participants',
  shareScreen: 'Share the screen, an app or a browser tab',
  pstnDialOut: 'Dial out to a phone number',
  startCaptions: 'Start captions',
  changeCaptionLanguage: 'Change the caption language',
  viewActiveSpeaker: 'See who is speaking',
  chooseSpeaker: 'Choose the speaker',
  viewSharedScreen: 'See shared screens',
  viewParticipantState: 'See participants’ state',
  viewCallState: 'See the call’s state',
  viewMutedState: 'See who is muted',
  viewLeaveReason: 'See why someone left',
  renderRemoteVideo: 'See others’ video',
  manageDevices: 'Choose and use camera and microphone',
  manageSpeakers: 'Choose and use speakers',
  multiViewRemoteVideo: 'Show others’ video in several places',
  multiViewLocalVideo: 'Show your own camera in several places',
};
