import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLE,
  INTERACTIVE_PARTICIPANT_LIMIT,
  ROLE_CAPABILITY_TABLE,
  ROOM_CAPABILITIES,
  ROOM_ROLES,
  isInteractiveRole,
  isRoomRole,
  parseRoomRole,
  roleCan,
  roleCapabilities,
  type RoomCapability,
  type RoomRole,
} from '../../src/core/roles';

// The documentation's table ("What each role may do in a room call", newest revision), written out again here by
// hand, cell by cell, so a wrong edit of the kit's own table cannot also change what the test expects.
// Columns: Presenter, Attendee, Consumer, Collaborator. 'remote' = "remote only".
type Cell = 'yes' | 'no' | 'remote';
const DOC: Array<{ row: string; caps: RoomCapability[]; cells: [Cell, Cell, Cell, Cell] }> = [
  {
    row: 'turn video on/off, mute/unmute mic, switch camera, choose mic',
    caps: ['turnVideoOn', 'unmuteMic', 'switchCamera', 'chooseMicrophone'],
    cells: ['yes', 'yes', 'no', 'yes'],
  },
  { row: 'mute another participant', caps: ['muteOthers'], cells: ['yes', 'no', 'no', 'no'] },
  { row: 'invite a room participant into the call', caps: ['inviteParticipant'], cells: ['yes', 'no', 'no', 'no'] },
  { row: 'remove a participant', caps: ['removeParticipant'], cells: ['yes', 'no', 'no', 'no'] },
  { row: 'share screen / application / browser tab', caps: ['shareScreen'], cells: ['yes', 'no', 'no', 'yes'] },
  { row: 'dial out to a phone number', caps: ['pstnDialOut'], cells: ['yes', 'no', 'no', 'no'] },
  {
    row: 'start captions, change caption language',
    caps: ['startCaptions', 'changeCaptionLanguage'],
    cells: ['yes', 'yes', 'yes', 'yes'],
  },
  {
    row: 'see active speaker, choose speaker, view shared screen, participant and call state, muted state, leave reason, render remote video',
    caps: [
      'viewActiveSpeaker',
      'chooseSpeaker',
      'viewSharedScreen',
      'viewParticipantState',
      'viewCallState',
      'viewMutedState',
      'viewLeaveReason',
      'renderRemoteVideo',
    ],
    cells: ['yes', 'yes', 'yes', 'yes'],
  },
  {
    row: 'ask for device permission; list/set/get camera and mic',
    caps: ['manageDevices'],
    cells: ['yes', 'yes', 'no', 'yes'],
  },
  { row: 'list/set/get speaker', caps: ['manageSpeakers'], cells: ['yes', 'yes', 'yes', 'yes'] },
];
const ORDER: RoomRole[] = ['Presenter', 'Attendee', 'Consumer', 'Collaborator'];

describe('role → capability matrix', () => {
  for (const { row, caps, cells } of DOC) {
    ORDER.forEach((role, i) => {
      const expected = cells[i] === 'yes';
      it(`${role}: ${row} → ${expected ? 'yes' : 'no'}`, () => {
        for (const cap of caps) expect(roleCan(role, cap), cap).toBe(expected);
      });
    });
  }

  // "Render video in several places, set scaling mode": yes, yes, remote only, yes.
  it.each(ORDER)('%s: render video in several places → remote streams', (role) => {
    expect(roleCan(role, 'multiViewRemoteVideo')).toBe(true);
  });
  it.each([
    ['Presenter', true],
    ['Attendee', true],
    ['Consumer', false],
    ['Collaborator', true],
  ] as const)('%s: render own camera in several places → %s', (role, expected) => {
    expect(roleCan(role, 'multiViewLocalVideo')).toBe(expected);
  });

  it('covers every capability in some row, and every row of the documentation', () => {
    const documented = new Set([...DOC.flatMap((d) => d.caps), 'multiViewRemoteVideo', 'multiViewLocalVideo']);
    expect(new Set(ROOM_CAPABILITIES)).toEqual(documented);
    expect(ROLE_CAPABILITY_TABLE).toHaveLength(DOC.length + 1);
  });

  it('gives each role exactly the capabilities roleCan grants', () => {
    for (const role of ROOM_ROLES) {
      const granted = ROOM_CAPABILITIES.filter((c) => roleCan(role, c));
      expect([...roleCapabilities(role)].sort()).toEqual(granted.sort());
    }
  });

  it('refuses dial-out when the room does not allow it, whatever the role', () => {
    expect(roleCan('Presenter', 'pstnDialOut', { pstnDialOutEnabled: false })).toBe(false);
    expect(roleCan('Presenter', 'pstnDialOut', { pstnDialOutEnabled: true })).toBe(true);
    expect(roleCan('Attendee', 'pstnDialOut', { pstnDialOutEnabled: true })).toBe(false);
  });

  it('hands out copies: changing one does not change what a role may do', () => {
    const set = roleCapabilities('Consumer') as Set<RoomCapability>;
    set.add('unmuteMic');
    expect(roleCan('Consumer', 'unmuteMic')).toBe(false);
    expect(roleCapabilities('Consumer').has('unmuteMic')).toBe(false);
  });
});

describe('roles', () => {
  it('defaults to Attendee, as the service does', () => {
    expect(DEFAULT_ROLE).toBe('Attendee');
  });
  it('knows the four roles and nothing else', () => {
    expect([...ROOM_ROLES].sort()).toEqual(['Attendee', 'Collaborator', 'Consumer', 'Presenter']);
    expect(isRoomRole('Presenter')).toBe(true);
    expect(isRoomRole('presenter')).toBe(false);
    expect(isRoomRole('Organizer')).toBe(false);
    expect(isRoomRole(undefined)).toBe(false);
  });
  it('reads roles typed by people, in any case, and refuses unknown ones', () => {
    expect(parseRoomRole(' consumer ')).toBe('Consumer');
    expect(parseRoomRole('COLLABORATOR')).toBe('Collaborator');
    expect(parseRoomRole('Organizer')).toBeUndefined();
    expect(parseRoomRole('')).toBeUndefined();
  });
  it('counts everyone but Consumers towards the 350 interactive limit', () => {
    expect(INTERACTIVE_PARTICIPANT_LIMIT).toBe(350);
    expect(ROOM_ROLES.filter(isInteractiveRole).sort()).toEqual(['Attendee', 'Collaborator', 'Presenter']);
  });
});
