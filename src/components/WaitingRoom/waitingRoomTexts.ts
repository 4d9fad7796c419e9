import { formatAttendanceDuration, formatAttendanceTime } from '../../core/attendance';
import type { RoomsError } from '../../core/errors';
import type { JoinRequest } from '../../core/lobby';
import { roleTableLines, type RoomRole } from '../../core/roles';
import type { RoomsKitContextValue } from '../../provider/RoomsKitProvider';
import type { ParticipantStrings } from '../../strings/areas/participants';
import type { WaitingRoomPhase } from './WaitingRoom.types';

/** What the waiting person was doing when something failed. */
export type WaitingRoomAction = 'send' | 'load' | 'cancel';

/** What {@link waitingRoomTexts} words. */
export interface WaitingRoomTextsInput {
  /** The kit, with the screen's strings laid over. */
  kit: RoomsKitContextValue;
  /** What the screen shows. */
  phase: WaitingRoomPhase;
  /** The room's title, if known. */
  roomTitle: string | undefined;
  /** The request followed. */
  request: JoinRequest | undefined;
  /** What failed. */
  failure: { action: WaitingRoomAction; error: RoomsError } | undefined;
  /** The clock as last read. */
  now: Date;
  /** Whether the backend allows asking again now. */
  mayAskAgain: boolean;
}

/** The words of the waiting screen. */
export interface WaitingRoomTexts {
  /** The screen's title. */
  title: string;
  /** The lines under it. */
  lines: string[];
  /** What the admitted role may do. */
  can: { heading: string; items: string[] } | undefined;
  /** What failed, and the kit's message for it. */
  failureTitle: string;
  failureMessage: string;
  /** "As an Attendee", the role the request was admitted with. */
  roleName: string;
}

/** What a person admitted with `role` is told they may do: the lines that tell their role from another. */
function canDoLines(role: RoomRole, words: ParticipantStrings): string[] {
  // Dial-out depends on the room's setting, which a person who was not invited cannot read.
  const { can } = roleTableLines(role, { distinctOnly: true });
  return can
    .filter(({ row }) => !row.requires)
    .map(({ row, partly }) => {
      const text = words.canDo[row.key];
      return partly ? `${text} ${words.partly}` : text;
    });
}

/** When a declined person may ask again, from a refusal's details. */
export function askAgainAtOf(error: RoomsError): Date | undefined {
  const detail = error.details.find((d) => d.target === 'askAgainAt');
  const at = detail ? new Date(detail.message) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}

/** The title's key per phase; the failure's title and the room's heading are filled in. */
function titleOf(phase: WaitingRoomPhase, heading: string, failureTitle: string, kit: RoomsKitContextValue): string {
  const strings = kit.strings.lobby.waitingRoom;
  switch (phase) {
    case 'waiting':
      return strings.waitingTitle;
    case 'admitted':
      return strings.admittedTitle;
    case 'declined':
      return strings.declinedTitle;
    case 'expired':
      return strings.expiredTitle;
    case 'cancelled':
      return strings.cancelledTitle;
    case 'closed':
      return strings.closedTitle;
    case 'failed':
      return failureTitle;
    default:
      return heading;
  }
}

/** The lines of a phase that says how a request stands. */
function linesOf(input: WaitingRoomTextsInput, roleName: string, time: (date: Date) => string): string[] {
  const { kit, phase, request, now, mayAskAgain } = input;
  const { format } = kit;
  const strings = kit.strings.lobby.waitingRoom;
  const fixed: Partial<Record<WaitingRoomPhase, string>> = {
    unsupported: strings.notSupported,
    form: strings.intro,
    sending: strings.sending,
    loading: strings.loading,
    expired: strings.expiredBody,
    cancelled: strings.cancelledBody,
    closed: strings.closedBody,
  };
  const line = fixed[phase];
  if (line !== undefined) return [line];
  const lines: string[] = [];
  if (phase === 'waiting' && request) {
    lines.push(strings.waitingBody);
    const waited = now.getTime() - request.requestedAt.getTime();
    lines.push(
      format(strings.waitedFor, { duration: formatAttendanceDuration(waited, kit.locale, kit.strings.lobby) }),
    );
    if (request.message) lines.push(format(strings.yourMessage, { message: request.message }));
  } else if (phase === 'admitted') {
    lines.push(
      request?.decidedByName
        ? format(strings.admittedBy, { name: request.decidedByName, role: roleName })
        : format(strings.admittedByUnknown, { role: roleName }),
    );
  } else if (phase === 'declined' && request) {
    if (request.reason) {
      lines.push(
        request.decidedByName
          ? format(strings.declinedReason, { name: request.decidedByName, reason: request.reason })
          : format(strings.declinedReasonUnknown, { reason: request.reason }),
      );
    } else lines.push(strings.declinedNoReason);
    if (request.askAgainAt && !mayAskAgain)
      lines.push(format(strings.askAgainFrom, { time: time(request.askAgainAt) }));
  }
  return lines;
}

/**
 * Words the waiting screen for a phase: its title, the lines under it, what an admitted role may do, and what failed
 * in the kit's own words (never the service's message). Pure; no React.
 *
 * @example
 * ```ts
 * const { title, lines } = waitingRoomTexts({ kit, phase: 'waiting', roomTitle, request, failure, now, mayAskAgain });
 * ```
 */
export function waitingRoomTexts(input: WaitingRoomTextsInput): WaitingRoomTexts {
  const { kit, phase, roomTitle, request, failure } = input;
  const { format, locale, timeZone } = kit;
  const strings = kit.strings.lobby.waitingRoom;
  const time = (date: Date): string => formatAttendanceTime(date, { locale, timeZone });
  const heading = roomTitle ? format(strings.heading, { room: roomTitle }) : strings.headingUntitled;
  const failureTitle =
    failure?.action === 'send'
      ? strings.sendFailed
      : failure?.action === 'cancel'
        ? strings.withdrawFailed
        : strings.loadFailed;
  let failureMessage = '';
  if (failure) {
    const again = askAgainAtOf(failure.error);
    if (again) failureMessage = format(strings.askAgainFrom, { time: time(again) });
    else if (failure.error.code === 'conflict' && failure.error.target === 'room') failureMessage = strings.roomRefused;
    else failureMessage = kit.strings.errors[failure.error.code];
  }
  const role = request?.role;
  const roleName = role ? kit.strings.lobby.roleAs[role] : '';
  const can =
    phase === 'admitted' && role
      ? {
          heading: format(strings.admittedCan, { role: kit.strings.participants.roles[role].inSentence }),
          items: canDoLines(role, kit.strings.participants),
        }
      : undefined;
  return {
    title: titleOf(phase, heading, failureTitle, kit),
    lines: linesOf(input, roleName, time),
    can,
    failureTitle,
    failureMessage,
    roleName,
  };
}

/** What the live region says when the screen enters a phase (or goes offline); `undefined` keeps what it said. */
export function waitingRoomAnnouncement(
  kit: RoomsKitContextValue,
  phase: WaitingRoomPhase,
  online: boolean,
  request: JoinRequest | undefined,
  texts: WaitingRoomTexts,
): string | undefined {
  const { format } = kit;
  const announce = kit.strings.lobby.waitingRoom.announce;
  if (!online) return announce.offline;
  switch (phase) {
    case 'waiting':
      return announce.waiting;
    case 'admitted':
      return format(announce.admitted, { role: texts.roleName });
    case 'declined':
      return request?.reason ? format(announce.declined, { reason: request.reason }) : announce.declinedNoReason;
    case 'expired':
      return announce.expired;
    case 'cancelled':
      return announce.cancelled;
    case 'closed':
      return announce.closed;
    case 'failed':
      return format(announce.failed, { title: texts.failureTitle, error: texts.failureMessage });
    default:
      return undefined;
  }
}
