import { describe, expect, it } from 'vitest';
import {
  isParticipantId,
  isPhoneNumberText,
  parseParticipantId,
  readParticipantEntry,
} from '../../src/core/identifiers';

const user = '8:acs:db75ed0c-e801-41a3-99a4-66a0a119a06c_00000010-ce28-064a-83fe-084822000666';

describe('parseParticipantId', () => {
  it('accepts a communication user and trims spaces', () => {
    const parsed = parseParticipantId(`  ${user}\t`);
    expect(parsed).toEqual({ ok: true, rawId: user, identifier: { communicationUserId: user } });
  });
  const body = user.slice('8:acs:'.length);
  it.each([`8:spool:${body}`, `8:dod-acs:${body}`, `8:gcch-acs:${body}`])('accepts the cloud variant %s', (id) => {
    expect(isParticipantId(id)).toBe(true);
  });
  it('refuses empty input', () => {
    expect(parseParticipantId('   ')).toMatchObject({ ok: false, code: 'empty' });
  });
  it('refuses a phone number and says what it is', () => {
    const parsed = parseParticipantId('4:+15551234567');
    expect(parsed).toMatchObject({ ok: false, code: 'notCommunicationUser', kind: 'phoneNumber' });
    expect(!parsed.ok && parsed.message).toMatch(/phone number/);
  });
  it('refuses a Teams user', () => {
    expect(parseParticipantId('8:orgid:45ab2481-1c1c-4005-be24-0ffb879b1130')).toMatchObject({
      ok: false,
      code: 'notCommunicationUser',
      kind: 'microsoftTeamsUser',
    });
  });
  it.each([
    'hello',
    'acs:abc',
    '8:acs:',
    '8:acs:has space',
    '8:acs:-leading',
    // Made-up ids the service refuses: only `<resource GUID>_<user GUID>` is a communication user.
    '8:acs:garbage-id',
    '8:acs:resource_user',
    '8:acs:db75ed0c-e801-41a3-99a4-66a0a119a06c',
    '8:acs:db75ed0c-e801-41a3-99a4-66a0a119a06c_',
    '8:acs:db75ed0c-e801-41a3-99a4-66a0a119a06c_00000010-ce28-064a-83fe-08482200066',
    '8:acs:db75ed0c-e801-41a3-99a4-66a0a119a06c_00000010-ce28-064a-83fe-084822000666x',
    '8:acs:db75ed0c-e801-41a3-99a4-66a0a119a06c_00000010-ce28-064a-83fe-0848220006zz',
  ])("refuses the malformed %s with the service's words", (id) => {
    expect(parseParticipantId(id)).toMatchObject({
      ok: false,
      code: 'malformed',
      message: 'Invalid format for communication identifier.',
    });
  });
});

describe('readParticipantEntry', () => {
  it.each(['+14255550123', '+1 425 555 0123', '(425) 555-0123', '4:+14255550123'])(
    'reads %s as a phone number, the same in every field',
    (text) => {
      expect(readParticipantEntry(` ${text} `)).toMatchObject({
        ok: false,
        input: text,
        code: 'notCommunicationUser',
        kind: 'phoneNumber',
      });
    },
  );
  it('reads everything else as parseParticipantId does', () => {
    expect(readParticipantEntry(user)).toEqual(parseParticipantId(user));
    expect(readParticipantEntry('2024')).toMatchObject({ ok: false, code: 'malformed' });
    expect(readParticipantEntry('hello world')).toMatchObject({ ok: false, code: 'malformed' });
    expect(isPhoneNumberText('+49 30 1234567')).toBe(true);
    expect(isPhoneNumberText('12345')).toBe(false);
  });
});
