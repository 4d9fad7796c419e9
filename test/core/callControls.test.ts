import { describe, expect, it } from 'vitest';
import {
  CALL_CONTROLS,
  decideCallControl,
  decideCallControls,
  diffCallControls,
  isDecisiveReport,
  resolveCallRole,
  sameCallControls,
  type CallControl,
  type CallControlStatus,
} from '../../src/core/callControls';
import { ROOM_ROLES, type RoomRole } from '../../src/core/roles';

type Row = Record<CallControl, CallControlStatus>;

/**
 * The documentation's table, turned into what the call shows each role when the call reports nothing. Mic, camera
 * and screen share are disabled (and explained) when denied; menu actions are left out.
 */
const EXPECTED: Record<RoomRole, Row> = {
  Presenter: {
    microphone: 'enabled',
    camera: 'enabled',
    screenShare: 'enabled',
    raiseHand: 'enabled',
    removeParticipant: 'enabled',
    muteOthers: 'enabled',
    inviteParticipant: 'enabled',
    changeRole: 'enabled',
    peoplePanel: 'enabled',
  },
  Collaborator: {
    microphone: 'enabled',
    camera: 'enabled',
    screenShare: 'enabled',
    raiseHand: 'enabled',
    removeParticipant: 'hidden',
    muteOthers: 'hidden',
    inviteParticipant: 'hidden',
    changeRole: 'hidden',
    peoplePanel: 'enabled',
  },
  Attendee: {
    microphone: 'enabled',
    camera: 'enabled',
    screenShare: 'disabled',
    raiseHand: 'enabled',
    removeParticipant: 'hidden',
    muteOthers: 'hidden',
    inviteParticipant: 'hidden',
    changeRole: 'hidden',
    peoplePanel: 'enabled',
  },
  Consumer: {
    microphone: 'disabled',
    camera: 'disabled',
    screenShare: 'disabled',
    raiseHand: 'hidden',
    removeParticipant: 'hidden',
    muteOthers: 'hidden',
    inviteParticipant: 'hidden',
    changeRole: 'hidden',
    peoplePanel: 'enabled',
  },
};

function statuses(role: RoomRole | undefined, reported?: Parameters<typeof decideCallControls>[0]['reported']): Row {
  const decisions = decideCallControls({ role, reported });
  return Object.fromEntries(CALL_CONTROLS.map((c) => [c, decisions[c].status])) as Row;
}

describe('decideCallControls from the role matrix (the call reports nothing)', () => {
  it.each(ROOM_ROLES)('%s gets exactly the controls of the documentation’s table', (role) => {
    expect(statuses(role)).toEqual(EXPECTED[role]);
  });

  it('says the matrix decided, and names the role when it refuses', () => {
    const camera = decideCallControls({ role: 'Consumer' }).camera;
    expect(camera).toEqual({
      control: 'camera',
      status: 'disabled',
      source: 'role',
      reason: { kind: 'role', role: 'Consumer' },
    });
    expect(decideCallControls({ role: 'Presenter' }).removeParticipant).toEqual({
      control: 'removeParticipant',
      status: 'enabled',
      source: 'role',
    });
  });

  it('gives an unknown role only what every role may do, and says why for the rest', () => {
    const row = statuses(undefined);
    expect(row).toEqual({ ...EXPECTED.Consumer });
    const mic = decideCallControls({ role: undefined }).microphone;
    expect(mic.source).toBe('unknownRole');
    expect(mic.reason).toEqual({ kind: 'roleUnknown' });
    expect(decideCallControls({ role: undefined }).peoplePanel.status).toBe('enabled');
  });

  it('treats an empty report like no report', () => {
    for (const role of ROOM_ROLES) expect(statuses(role, {})).toEqual(EXPECTED[role]);
  });
});

describe('decideCallControls when the call reports capabilities', () => {
  it('follows the call where it reports a verdict, even against the matrix', () => {
    const decisions = decideCallControls({
      role: 'Attendee',
      reported: { shareScreen: { isPresent: true, reason: 'Capable' } },
    });
    expect(decisions.screenShare).toEqual({ control: 'screenShare', status: 'enabled', source: 'call' });
    // Capabilities it does not report still come from the matrix.
    expect(decisions.removeParticipant.source).toBe('role');
  });

  it('names the role when the call refuses because of it', () => {
    const decision = decideCallControl('camera', {
      role: 'Consumer',
      reported: { turnVideoOn: { isPresent: false, reason: 'RoleRestricted' } },
    });
    expect(decision).toEqual({
      control: 'camera',
      status: 'disabled',
      source: 'call',
      reason: { kind: 'role', role: 'Consumer' },
    });
  });

  it('passes on the call’s own reason for any other refusal', () => {
    const decision = decideCallControl('screenShare', {
      role: 'Presenter',
      reported: { shareScreen: { isPresent: false, reason: 'MeetingRestricted' } },
    });
    expect(decision).toEqual({
      control: 'screenShare',
      status: 'disabled',
      source: 'call',
      reason: { kind: 'call', code: 'MeetingRestricted' },
    });
  });

  it('lets the matrix decide while capabilities are NotInitialized (before the call connects)', () => {
    const decision = decideCallControl('microphone', {
      role: 'Consumer',
      reported: { unmuteMic: { isPresent: false, reason: 'NotInitialized' } },
    });
    expect(decision.source).toBe('role');
    expect(decision.status).toBe('disabled');
    const presenter = decideCallControl('microphone', {
      role: 'Presenter',
      reported: { unmuteMic: { isPresent: false, reason: 'NotInitialized' } },
    });
    expect(presenter.status).toBe('enabled');
  });

  it('works around the SDK reporting a room Presenter’s removeParticipant as not applicable', () => {
    const decision = decideCallControl('removeParticipant', {
      role: 'Presenter',
      reported: { removeParticipant: { isPresent: false, reason: 'CapabilityNotApplicableForTheCallType' } },
    });
    expect(decision).toEqual({ control: 'removeParticipant', status: 'enabled', source: 'role' });
    expect(isDecisiveReport({ isPresent: false, reason: 'CapabilityNotApplicableForTheCallType' })).toBe(false);
    expect(isDecisiveReport({ isPresent: false, reason: 'RoleRestricted' })).toBe(true);
    expect(isDecisiveReport(undefined)).toBe(false);
  });

  it('reads invitations from addCommunicationUser and raise hand from raiseHand', () => {
    const decisions = decideCallControls({
      role: 'Presenter',
      reported: {
        addCommunicationUser: { isPresent: false, reason: 'UserPolicyRestricted' },
        raiseHand: { isPresent: false, reason: 'RoleRestricted' },
      },
    });
    expect(decisions.inviteParticipant.status).toBe('hidden');
    expect(decisions.inviteParticipant.reason).toEqual({ kind: 'call', code: 'UserPolicyRestricted' });
    expect(decisions.raiseHand.status).toBe('hidden');
  });

  it('says the role is unknown when the call refuses by role but names none', () => {
    const decision = decideCallControl('camera', {
      role: undefined,
      reported: { turnVideoOn: { isPresent: false, reason: 'RoleRestricted' } },
    });
    expect(decision.reason).toEqual({ kind: 'roleUnknown' });
  });
});

describe('resolveCallRole', () => {
  it('takes the call’s room role as it is', () => {
    for (const role of ROOM_ROLES) expect(resolveCallRole(role, 'Consumer')).toEqual({ role, source: 'call' });
  });

  it('falls back for Unknown and a missing role, else stays unknown', () => {
    expect(resolveCallRole('Unknown', 'Attendee')).toEqual({ role: 'Attendee', source: 'fallback' });
    expect(resolveCallRole(undefined, 'Collaborator')).toEqual({ role: 'Collaborator', source: 'fallback' });
    expect(resolveCallRole('Unknown')).toEqual({ role: undefined, source: 'none' });
    expect(resolveCallRole('Unknown', 'Guest' as RoomRole)).toEqual({ role: undefined, source: 'none' });
  });

  it('gives Teams organizers a Presenter’s powers', () => {
    expect(resolveCallRole('Organizer')).toEqual({ role: 'Presenter', source: 'call' });
    expect(resolveCallRole('Co-organizer', 'Consumer')).toEqual({ role: 'Presenter', source: 'call' });
  });
});

describe('diffCallControls and sameCallControls', () => {
  it('lists what a demotion from Presenter to Attendee takes away', () => {
    const change = diffCallControls(
      decideCallControls({ role: 'Presenter' }),
      decideCallControls({ role: 'Attendee' }),
    );
    expect(change).toEqual({
      gained: [],
      lost: ['screenShare', 'removeParticipant', 'muteOthers', 'inviteParticipant', 'changeRole'],
    });
  });

  it('lists what a promotion from Consumer to Collaborator gives', () => {
    const change = diffCallControls(
      decideCallControls({ role: 'Consumer' }),
      decideCallControls({ role: 'Collaborator' }),
    );
    expect(change).toEqual({ gained: ['microphone', 'camera', 'screenShare', 'raiseHand'], lost: [] });
  });

  it('compares statuses and reasons', () => {
    const consumer = decideCallControls({ role: 'Consumer' });
    expect(sameCallControls(consumer, decideCallControls({ role: 'Consumer' }))).toBe(true);
    // Same statuses, different reason: the unknown role and the Consumer are explained differently.
    expect(sameCallControls(consumer, decideCallControls({ role: undefined }))).toBe(false);
    expect(sameCallControls(consumer, decideCallControls({ role: 'Attendee' }))).toBe(false);
  });
});
