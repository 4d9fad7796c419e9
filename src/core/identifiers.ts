/**
 * Participant identifiers. Parsing is done by `@azure/communication-common` so the kit reads raw ids exactly as the
 * service and the calling SDK do; the kit adds only the Rooms rule that a participant must be a communication user,
 * and a shape check the service would otherwise answer with "Invalid format for communication identifier."
 */
import {
  createIdentifierFromRawId,
  getIdentifierKind,
  type CommunicationIdentifierKind,
  type CommunicationUserIdentifier,
} from '@azure/communication-common';

/** Why a text is not a usable participant identifier. */
export type IdentifierIssueCode = 'empty' | 'malformed' | 'notCommunicationUser';

/** The result of {@link parseParticipantId}. */
export type ParsedParticipantId =
  | {
      ok: true;
      /** The raw id, trimmed, as the service stores it. */
      rawId: string;
      /** The identifier object the Azure SDKs take. */
      identifier: CommunicationUserIdentifier;
    }
  | {
      ok: false;
      /** The text that was given, trimmed. */
      input: string;
      /** Why it cannot be a participant. */
      code: IdentifierIssueCode;
      /** What kind of identifier it is, when it parsed as one (e.g. `phoneNumber`). */
      kind?: CommunicationIdentifierKind['kind'];
      /** An English explanation a person understands. */
      message: string;
    };

// A communication user's raw id: `8:acs:`, `8:spool:`, `8:dod-acs:` or `8:gcch-acs:`, then the resource's id and the
// user's id, both GUIDs, joined by `_` (`8:acs:1b5cc06b-…-d9b259b7c776_00000007-0464-274b-b274-5a3a0d00010b`). That is
// the only shape the service issues and accepts; the common package accepts any text after the prefix, so the shape
// check is ours.
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const USER_BODY = new RegExp(`^${GUID}_${GUID}$`);

const KIND_NAMES: Partial<Record<CommunicationIdentifierKind['kind'], string>> = {
  phoneNumber: 'a phone number',
  microsoftTeamsUser: 'a Microsoft Teams user',
  microsoftTeamsApp: 'a Microsoft Teams app',
  teamsExtensionUser: 'a Teams extension user',
};

/**
 * Reads a raw identifier as a possible room participant.
 *
 * @example
 * ```ts
 * const parsed = parseParticipantId(' 8:acs:resource_user ');
 * if (!parsed.ok) showError(parsed.message);
 * ```
 */
export function parseParticipantId(text: string): ParsedParticipantId {
  const input = text.trim();
  if (input.length === 0) {
    return { ok: false, input, code: 'empty', message: 'Enter an identifier.' };
  }
  const identifier = getIdentifierKind(createIdentifierFromRawId(input));
  if (identifier.kind === 'communicationUser') {
    const body = input.slice(input.indexOf(':', 2) + 1);
    if (!USER_BODY.test(body)) {
      return {
        ok: false,
        input,
        code: 'malformed',
        kind: identifier.kind,
        message: 'Invalid format for communication identifier.',
      };
    }
    return { ok: true, rawId: input, identifier: { communicationUserId: input } };
  }
  const kindName = KIND_NAMES[identifier.kind];
  if (kindName) {
    return {
      ok: false,
      input,
      code: 'notCommunicationUser',
      kind: identifier.kind,
      message: `This is ${kindName}; only Azure Communication Services users can be invited to a room.`,
    };
  }
  return {
    ok: false,
    input,
    code: 'malformed',
    kind: identifier.kind,
    message: 'Invalid format for communication identifier.',
  };
}

// A phone number as people type or paste it: an optional +, then digits with spaces, dots, dashes or brackets. Fewer
// than six digits is a room number or a year, not a phone number.
const PHONE_LIKE = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 6;

/** True when a text is a phone number as a person writes it (`+1 425 555 0123`, `(425) 555-0123`), not a raw id. */
export function isPhoneNumberText(text: string): boolean {
  const input = text.trim();
  return PHONE_LIKE.test(input) && input.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;
}

/**
 * Reads what a person typed or pasted where a participant is asked for (the people picker, a bulk list): like
 * {@link parseParticipantId}, but a bare phone number (`+14255550123`) is read as the phone identifier it stands for,
 * so every field tells the person the same thing, that phone numbers cannot join a room, rather than that the text is
 * malformed. `input` stays the text as written.
 *
 * @example
 * ```ts
 * readParticipantEntry('+1 425 555 0123'); // { ok: false, code: 'notCommunicationUser', kind: 'phoneNumber', … }
 * ```
 */
export function readParticipantEntry(text: string): ParsedParticipantId {
  const input = text.trim();
  if (!isPhoneNumberText(input)) return parseParticipantId(input);
  const phone = parseParticipantId(`4:${input.startsWith('+') ? '+' : ''}${input.replace(/\D/g, '')}`);
  return phone.ok ? phone : { ...phone, input };
}

/** True when `text` is a raw id of a communication user that the service will accept as a participant. */
export function isParticipantId(text: string): boolean {
  return parseParticipantId(text).ok;
}
