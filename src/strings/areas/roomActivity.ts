import type { AttendanceCsvColumn, AttendanceStatus } from '../../core/attendance';

/** A status as the board and the table word it; `attended` is `left` once the call is over. */
export type RoomActivityStatusText = Record<AttendanceStatus | 'attended', string>;

/** Strings of RoomActivity. Placeholders are written {name}. */
export interface RoomActivityStrings {
  /** The component's heading: "Call activity". */
  title: string;
  /** Shown while the activity loads. */
  loading: string;
  /** Title of the message when it could not be loaded; the kit's message for the error follows it. */
  loadFailed: string;
  /** Shown when reading it again (after a gap in the live updates) failed and older data is still shown. */
  reloadFailed: string;
  /** Shown when what the board was about was deleted elsewhere. */
  deleted: string;
  /** Shown when the backend does not report call activity (`features.activity` off). */
  noActivityFeature: string;
  /** Title shown before the first call. */
  noCall: string;
  /** Hint under it. */
  noCallHint: string;
  /** Shown when the call asked for (`callId`) is not in the activity. */
  unknownCall: string;
  /** Label of the select that picks one of several calls. */
  callPickerLabel: string;
  /** An option of that select: "Call on {start}". */
  callOption: string;
  /** The option of the call going on now: "Call on {start} (live now)". */
  callOptionLive: string;
  /** Badge of a call going on now. */
  liveBadge: string;
  /** Badge of a call that has ended. */
  endedBadge: string;
  /** A live call's line: "Started {start} · {duration} so far". */
  liveSummary: string;
  /** An ended call's line: "{start} to {end} · {duration}". */
  endedSummary: string;
  /** The scheduled start and the lateness rule: "Scheduled start {time} · late after {late}". */
  scheduledStart: string;
  /** Counts of a live call: "{inCall} in the call · {notJoined} not joined yet · {left} left · {late} late". */
  liveCounts: string;
  /** Counts after the call: "{attended} attended · {noShow} did not join · {late} late". */
  endedCounts: string;
  /** Counts before any call: "{notJoined} invited · {late} late". */
  noCallCounts: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
  /** The board tab. */
  boardTab: string;
  /** The attendance tab (table and timeline). */
  attendanceTab: string;
  /** Headings of the board's sections. */
  sections: RoomActivityStatusText;
  /** A section heading with its count: "{section} ({count})". */
  sectionHeading: string;
  /** What an empty section says. */
  sectionEmpty: RoomActivityStatusText;
  /** Accessible name of a section's counts by role. */
  roleCountsLabel: string;
  /** One role's count: "{role}: {count}". */
  roleCount: string;
  /** A role not known (someone who joined without being invited, the call not saying). */
  unknownRole: string;
  /** The late badge. */
  late: string;
  /** How late: "{duration} late". */
  lateBy: string;
  /** Badge of someone in the call who is not on the roster. */
  notInvited: string;
  /** "Joined {time}". */
  joinedAt: string;
  /** When someone who dropped out came back: "Back since {time}". */
  backSince: string;
  /** "Left {time}". */
  leftAt: string;
  /** Someone not joined yet: "Expected from {time}". */
  expectedAt: string;
  /** "{duration} in the call". */
  inCallFor: string;
  /** Someone who dropped out and came back: "Dropped out {count} times" (an ICU plural of `count`). */
  dropOuts: string;
  /** The attendance table's caption. */
  tableCaption: string;
  /** The attendance table's column headers. */
  columns: {
    person: string;
    role: string;
    status: string;
    joined: string;
    left: string;
    timeInCall: string;
    dropOuts: string;
  };
  /** The table's status cells. */
  status: RoomActivityStatusText;
  /** The left cell of someone still in the call. */
  stillInCall: string;
  /** A cell with nothing to show (no join, no leave). */
  noTime: string;
  /** The export button. */
  exportCsv: string;
  /** Announced after an export: "Attendance exported as {fileName}." */
  exported: string;
  /** The file's name: "attendance-{date}.csv" ({date} is the call's day, YYYY-MM-DD). */
  exportFileName: string;
  /** Column headers of the CSV; {zone} is the viewer's zone. */
  csv: Record<AttendanceCsvColumn, string>;
  /** "Yes" in the CSV's invited and late columns. */
  yes: string;
  /** "No" in the same columns. */
  no: string;
  /** Heading over the timeline picture. */
  timelineTitle: string;
  /** The timeline's accessible description. */
  timelineSummary: string;
  /** The zone the axis is in: "Time zone: {zone}". */
  timelineZone: string;
  /** Accessible name of the timeline's legend. */
  timelineLegend: string;
  /** A timeline row's label: "{name} · {role}". */
  timelineRow: string;
  /** Shown on the row of someone who never joined. */
  timelineNoShow: string;
  /** A length of time under a minute. */
  underAMinute: string;
  /** Hours and minutes together: "{hours} {minutes}". */
  hoursMinutes: string;
  /** Announced when someone joins: "{name} joined the call". */
  announceJoined: string;
  /** Announced when someone leaves: "{name} left the call". */
  announceLeft: string;
  /** Announced when the call ends. */
  announceEnded: string;
}

/** English strings of RoomActivity. */
export const ROOM_ACTIVITY_EN: RoomActivityStrings = {
  title: 'Call activity',
  loading: 'Loading call activity…',
  loadFailed: 'The call activity could not be loaded.',
  reloadFailed: 'The latest changes could not be loaded; what is shown may be out of date.',
  deleted: 'This was deleted elsewhere; its call activity is no longer available.',
  noActivityFeature: 'This backend does not report call activity, so only the invitations are shown.',
  noCall: 'No call yet',
  noCallHint: 'When someone joins the call, they show up here as it happens.',
  unknownCall: 'The chosen call is not in the activity any more.',
  callPickerLabel: 'Call',
  callOption: 'Call on {start}',
  callOptionLive: 'Call on {start} (live now)',
  liveBadge: 'Live',
  endedBadge: 'Ended',
  liveSummary: 'Started {start} · {duration} so far',
  endedSummary: '{start} to {end} · {duration}',
  scheduledStart: 'Scheduled start {time} · late after {late}',
  liveCounts: '{inCall} in the call · {notJoined} not joined yet · {left} left · {late} late',
  endedCounts: '{attended} attended · {noShow} did not join · {late} late',
  noCallCounts: '{notJoined} invited · {late} late',
  tabsLabel: 'Views',
  boardTab: 'Board',
  attendanceTab: 'Attendance',
  sections: {
    inCall: 'In the call',
    notJoined: 'Not joined yet',
    left: 'Left',
    noShow: 'Did not join',
    attended: 'Attended',
  },
  sectionHeading: '{section} ({count})',
  sectionEmpty: {
    inCall: 'Nobody is in the call right now.',
    notJoined: 'Everyone invited has joined.',
    left: 'Nobody has left.',
    noShow: 'Everyone invited joined.',
    attended: 'Nobody joined the call.',
  },
  roleCountsLabel: 'By role',
  roleCount: '{role}: {count}',
  unknownRole: 'Role not known',
  late: 'Late',
  lateBy: '{duration} late',
  notInvited: 'Not invited',
  joinedAt: 'Joined {time}',
  backSince: 'Back since {time}',
  leftAt: 'Left {time}',
  expectedAt: 'Expected from {time}',
  inCallFor: '{duration} in the call',
  dropOuts: '{count, plural, one {Dropped out once} other {Dropped out # times}}',
  tableCaption: 'Who attended, and when',
  columns: {
    person: 'Person',
    role: 'Role',
    status: 'Status',
    joined: 'Joined',
    left: 'Left',
    timeInCall: 'Time in call',
    dropOuts: 'Drop-outs',
  },
  status: {
    inCall: 'In the call',
    notJoined: 'Not joined yet',
    left: 'Left',
    noShow: 'No-show',
    attended: 'Attended',
  },
  stillInCall: 'Still in the call',
  noTime: '–',
  exportCsv: 'Export CSV',
  exported: 'Attendance exported as {fileName}.',
  exportFileName: 'attendance-{date}.csv',
  csv: {
    name: 'Name',
    userId: 'User ID',
    role: 'Role',
    invited: 'Invited',
    status: 'Status',
    late: 'Late',
    firstJoinedUtc: 'First joined (UTC, ISO 8601)',
    lastLeftUtc: 'Last left (UTC, ISO 8601)',
    firstJoinedLocal: 'First joined ({zone})',
    lastLeftLocal: 'Last left ({zone})',
    timeInCallSeconds: 'Time in call (seconds)',
    timeInCall: 'Time in call',
    dropOuts: 'Drop-outs',
  },
  yes: 'Yes',
  no: 'No',
  timelineTitle: 'Timeline',
  timelineSummary:
    'Timeline of the call from {start} to {end}. {joined} joined, {absent} did not. Each bar shows when someone was in the call; gaps show when they dropped out. The attendance table lists the same times.',
  timelineZone: 'Time zone: {zone}',
  timelineLegend: 'Roles',
  timelineRow: '{name} · {role}',
  timelineNoShow: 'did not join',
  underAMinute: 'under 1 min',
  hoursMinutes: '{hours} {minutes}',
  announceJoined: '{name} joined the call',
  announceLeft: '{name} left the call',
  announceEnded: 'The call has ended',
};

/** German strings of RoomActivity. */
export const ROOM_ACTIVITY_DE: RoomActivityStrings = {
  title: 'Anrufaktivität',
  loading: 'Anrufaktivität wird geladen…',
  loadFailed: 'Die Anrufaktivität konnte nicht geladen werden.',
  reloadFailed: 'Die neuesten Änderungen konnten nicht geladen werden; die Anzeige ist womöglich nicht aktuell.',
  deleted: 'Dies wurde an anderer Stelle gelöscht; die Anrufaktivität ist nicht mehr verfügbar.',
  noActivityFeature: 'Dieses Backend meldet keine Anrufaktivität; es werden nur die Einladungen angezeigt.',
  noCall: 'Noch kein Anruf',
  noCallHint: 'Sobald jemand dem Anruf beitritt, erscheint die Person hier.',
  unknownCall: 'Der gewählte Anruf ist nicht mehr in der Aktivität enthalten.',
  callPickerLabel: 'Anruf',
  callOption: 'Anruf vom {start}',
  callOptionLive: 'Anruf vom {start} (läuft gerade)',
  liveBadge: 'Läuft',
  endedBadge: 'Beendet',
  liveSummary: 'Begonnen {start} · bisher {duration}',
  endedSummary: '{start} bis {end} · {duration}',
  scheduledStart: 'Geplanter Beginn {time} · verspätet ab {late}',
  liveCounts: '{inCall} im Anruf · {notJoined} noch nicht beigetreten · {left} gegangen · {late} verspätet',
  endedCounts: '{attended} teilgenommen · {noShow} nicht erschienen · {late} verspätet',
  noCallCounts: '{notJoined} eingeladen · {late} verspätet',
  tabsLabel: 'Ansichten',
  boardTab: 'Übersicht',
  attendanceTab: 'Anwesenheit',
  sections: {
    inCall: 'Im Anruf',
    notJoined: 'Noch nicht beigetreten',
    left: 'Gegangen',
    noShow: 'Nicht erschienen',
    attended: 'Teilgenommen',
  },
  sectionHeading: '{section} ({count})',
  sectionEmpty: {
    inCall: 'Gerade ist niemand im Anruf.',
    notJoined: 'Alle Eingeladenen sind beigetreten.',
    left: 'Niemand ist gegangen.',
    noShow: 'Alle Eingeladenen sind erschienen.',
    attended: 'Niemand ist dem Anruf beigetreten.',
  },
  roleCountsLabel: 'Nach Rolle',
  roleCount: '{role}: {count}',
  unknownRole: 'Rolle unbekannt',
  late: 'Verspätet',
  lateBy: '{duration} zu spät',
  notInvited: 'Nicht eingeladen',
  joinedAt: 'Beigetreten {time}',
  backSince: 'Wieder da seit {time}',
  leftAt: 'Gegangen {time}',
  expectedAt: 'Erwartet ab {time}',
  inCallFor: '{duration} im Anruf',
  dropOuts: '{count, plural, one {Einmal unterbrochen} other {#-mal unterbrochen}}',
  tableCaption: 'Wer wann teilgenommen hat',
  columns: {
    person: 'Person',
    role: 'Rolle',
    status: 'Status',
    joined: 'Beigetreten',
    left: 'Gegangen',
    timeInCall: 'Zeit im Anruf',
    dropOuts: 'Unterbrechungen',
  },
  status: {
    inCall: 'Im Anruf',
    notJoined: 'Noch nicht beigetreten',
    left: 'Gegangen',
    noShow: 'Nicht erschienen',
    attended: 'Teilgenommen',
  },
  stillInCall: 'Noch im Anruf',
  noTime: '–',
  exportCsv: 'Als CSV exportieren',
  exported: 'Anwesenheit als {fileName} exportiert.',
  exportFileName: 'anwesenheit-{date}.csv',
  csv: {
    name: 'Name',
    userId: 'Benutzer-ID',
    role: 'Rolle',
    invited: 'Eingeladen',
    status: 'Status',
    late: 'Verspätet',
    firstJoinedUtc: 'Zuerst beigetreten (UTC, ISO 8601)',
    lastLeftUtc: 'Zuletzt gegangen (UTC, ISO 8601)',
    firstJoinedLocal: 'Zuerst beigetreten ({zone})',
    lastLeftLocal: 'Zuletzt gegangen ({zone})',
    timeInCallSeconds: 'Zeit im Anruf (Sekunden)',
    timeInCall: 'Zeit im Anruf',
    dropOuts: 'Unterbrechungen',
  },
  yes: 'Ja',
  no: 'Nein',
  timelineTitle: 'Zeitleiste',
  timelineSummary:
    'Zeitleiste des Anrufs von {start} bis {end}. {joined} beigetreten, {absent} nicht. Jeder Balken zeigt, wann jemand im Anruf war; Lücken zeigen Unterbrechungen. Die Anwesenheitstabelle enthält dieselben Zeiten.',
  timelineZone: 'Zeitzone: {zone}',
  timelineLegend: 'Rollen',
  timelineRow: '{name} · {role}',
  timelineNoShow: 'nicht beigetreten',
  underAMinute: 'unter 1 Min.',
  hoursMinutes: '{hours} {minutes}',
  announceJoined: '{name} ist dem Anruf beigetreten',
  announceLeft: '{name} hat den Anruf verlassen',
  announceEnded: 'Der Anruf ist beendet',
};
