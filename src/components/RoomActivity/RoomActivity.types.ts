import type { HTMLAttributes, Ref } from 'react';
import type { Person, Room, RoomParticipant, RoomsAdapter } from '../../adapter/types';
import type { AttendanceReport, AttendanceStatus } from '../../core/attendance';
import type { RoomCallActivity } from '../../core/callActivity';
import type { RoomsError } from '../../core/errors';
import type { RoomRole } from '../../core/roles';
import type { RoomActivityStrings } from '../../strings/areas/roomActivity';
import type { DeepPartial } from '../../strings';

/** The two views of {@link RoomActivity}: the board of who is where, and the attendance table with its timeline. */
export type RoomActivityTab = 'board' | 'attendance';

/** What {@link RoomActivityProps.onExport} is told. */
export interface RoomActivityExport {
  /** The CSV text (after `formatCsv`), without a byte-order mark. */
  csv: string;
  /** The name the download gets. */
  fileName: string;
  /** The attendance it was made from. */
  report: AttendanceReport;
}

/**
 * Props of {@link RoomActivity}. Bound: give `roomId` (and an `adapter`, or one through `RoomsKitProvider`) and the
 * component reads the room, its roster, the people's names and the call activity, then follows the backend's events.
 * Controlled: give `activity`, `roster` and `room` yourself; whatever is given is shown as given and not read. Any
 * other `div` attribute is passed to the root element.
 */
export interface RoomActivityProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange'> {
  /** The backend; the provider's when absent. @default the `RoomsKitProvider`'s adapter */
  adapter?: RoomsAdapter;
  /** The room to show. Needed unless `activity` is given. @default undefined */
  roomId?: string;
  /** The call activity, for hosts with their own data; when given it is not read or followed. @default read through the adapter */
  activity?: RoomCallActivity;
  /** The roster (who is invited); when given it is not read. @default read through the adapter */
  roster?: readonly RoomParticipant[];
  /** The room, for its scheduled start; when given it is not read. @default read through the adapter */
  room?: Room;
  /** Names of people, for hosts without a directory in their adapter; they win over the directory's. @default none */
  people?: readonly Person[];
  /** Which call to show (controlled). @default the call going on, else the latest */
  callId?: string;
  /** Called when the user picks another call. @default undefined */
  onCallIdChange?: (callId: string) => void;
  /** The view shown (controlled). @default the board while a call goes on, the attendance after it */
  tab?: RoomActivityTab;
  /** Called when the user picks another view. @default undefined */
  onTabChange?: (tab: RoomActivityTab) => void;
  /** Minutes after the scheduled start a first join may come and not count as late. @default 5 */
  lateAfterMinutes?: number;
  /** The start lateness is measured from, for rooms open much longer than their call. @default the room's `validFrom` */
  scheduledStart?: Date;
  /** Rewrites the CSV before it is exported (extra columns, another delimiter). @default the kit's CSV as it is */
  formatCsv?: (csv: string, report: AttendanceReport) => string;
  /**
   * Hears each export; return `false` to stop the kit's own download (to send the file elsewhere).
   * @default undefined (the file is downloaded)
   */
  onExport?: (exported: RoomActivityExport) => void | false;
  /**
   * Shows the room's requests to join (a {@link JoinRequestList}) above the board while someone is waiting, where the
   * backend has a lobby and the viewer may answer them; others see nothing of it.
   * @default true
   */
  showJoinRequests?: boolean;
  /** Extra class name for the root element. @default undefined */
  className?: string;
  /**
   * This view's own texts, laid over the provider's `roomActivity` strings; what it leaves out keeps the provider's
   * text. Counts are ICU plurals: `'{count, plural, one {Dropped out once} other {Dropped out # times}}'`.
   * @default undefined
   */
  strings?: DeepPartial<RoomActivityStrings>;
}

/** Where the component's data stands. */
export type RoomActivityLoadStatus = 'loading' | 'ready' | 'failed' | 'deleted';

/** One person on the board or in the table, with every text already made. */
export interface RoomActivityPersonState {
  /** Raw id; also `data-user-id`. */
  readonly userId: string;
  /** Their name; the id when no name is known. */
  readonly name: string;
  /** Whether a name is known; the id is shown only as the name's tooltip then. */
  readonly named: boolean;
  /** The directory's second line. */
  readonly secondaryText: string | undefined;
  /** Their role; `undefined` when not known. */
  readonly role: RoomRole | undefined;
  /** The role as text. */
  readonly roleText: string;
  /** Where they stand. */
  readonly status: AttendanceStatus;
  /** The status as text (the table's wording). */
  readonly statusText: string;
  /** Whether they are late. */
  readonly late: boolean;
  /** "12 min late", when late. */
  readonly lateText: string | undefined;
  /** Whether they joined without being invited. */
  readonly invited: boolean;
  /** The board's lines about them: joined at, time in call, left at, drop-outs. */
  readonly details: readonly string[];
  /** The table's cells. */
  readonly joinedText: string;
  /** See `joinedText`. */
  readonly leftText: string;
  /** See `joinedText`. */
  readonly timeInCallText: string;
  /** See `joinedText`. */
  readonly dropOutsText: string;
  /** How many drop-outs. */
  readonly dropOuts: number;
}

/** One section of the board. */
export interface RoomActivitySectionState {
  /** Which status it lists. */
  readonly status: AttendanceStatus;
  /** DOM id of its heading. */
  readonly headingId: string;
  /** Its heading with the count. */
  readonly heading: string;
  /** Counts by role, as text ("Presenter: 1"). */
  readonly roleCounts: ReadonlyArray<{ readonly role: RoomRole | undefined; readonly text: string }>;
  /** What it says when nobody is in it. */
  readonly emptyText: string;
  /** Its people. */
  readonly people: readonly RoomActivityPersonState[];
}

/** One bar stretch of the timeline, as fractions of the call's span (0 start, 1 end). */
export interface RoomActivitySegmentState {
  /** Where it begins. */
  readonly start: number;
  /** How far it reaches. */
  readonly width: number;
  /** Whether the stay still goes on. */
  readonly open: boolean;
}

/** One row of the timeline. */
export interface RoomActivityTimelineRowState {
  /** The person. */
  readonly userId: string;
  /** "Name · Role". */
  readonly label: string;
  /** Their role, for the colour and pattern. */
  readonly role: RoomRole | undefined;
  /** Their stretches in the call. */
  readonly segments: readonly RoomActivitySegmentState[];
  /** For someone who never joined: "did not join". */
  readonly absentText: string | undefined;
}

/** The timeline picture. */
export interface RoomActivityTimelineState {
  /** Its accessible description. */
  readonly label: string;
  /** "Time zone: Berlin". */
  readonly zoneText: string;
  /** Its rows. */
  readonly rows: readonly RoomActivityTimelineRowState[];
  /** The axis ticks. */
  readonly ticks: ReadonlyArray<{ readonly position: number; readonly text: string }>;
  /** The legend: the roles that appear. */
  readonly legend: ReadonlyArray<{ readonly role: RoomRole | undefined; readonly text: string }>;
  /** Accessible name of the legend. */
  readonly legendLabel: string;
  /** Prefix of the SVG pattern ids, unique per instance. */
  readonly patternPrefix: string;
}

/** Everything {@link renderRoomActivity} needs; produced by {@link useRoomActivity}. */
export interface RoomActivityState {
  /** Attributes for the root element. */
  readonly root: Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'className'> & { ref: Ref<HTMLDivElement> };
  /** The host's `className`. */
  readonly className: string | undefined;
  /** The component's strings. */
  readonly strings: RoomActivityStrings;
  /** Writing direction, for the timeline. */
  readonly dir: 'ltr' | 'rtl';
  /** DOM id of the heading. */
  readonly headingId: string;
  /** Loading the data: where it stands, the error that stopped it (or a reload), and how to try again. */
  readonly load: {
    readonly status: RoomActivityLoadStatus;
    readonly error: RoomsError | undefined;
    /** The kit's message for the error. */
    readonly errorText: string | undefined;
    /** Reads everything again. */
    readonly retry: () => void;
    /** The retry button's text. */
    readonly retryText: string;
  };
  /** A message about the backend (no activity reported) or the chosen call (not found). */
  readonly notice: string | undefined;
  /** Whether there is a call, going on or over. */
  readonly phase: AttendanceReport['phase'];
  /** The attendance everything is made from. */
  readonly report: AttendanceReport | undefined;
  /** The call picker (shown when there are several calls): its options, the call shown, and how to pick another. */
  readonly calls: {
    readonly options: ReadonlyArray<{ readonly value: string; readonly text: string }>;
    readonly selectedId: string | undefined;
    readonly select: (callId: string) => void;
  };
  /** The call's line: started, ended, how long. */
  readonly callText: string | undefined;
  /** The scheduled start and the lateness rule. */
  readonly scheduleText: string | undefined;
  /** The counts line. */
  readonly countsText: string | undefined;
  /** The views: the one shown, how to pick another, and the DOM ids of the two tabs and their panels. */
  readonly tabs: {
    readonly current: RoomActivityTab;
    readonly select: (tab: RoomActivityTab) => void;
    readonly ids: Readonly<Record<RoomActivityTab, { readonly tab: string; readonly panel: string }>>;
  };
  /** The board's sections. */
  readonly sections: readonly RoomActivitySectionState[];
  /** Everyone, for the table. */
  readonly people: readonly RoomActivityPersonState[];
  /** The timeline; absent without a call. */
  readonly timeline: RoomActivityTimelineState | undefined;
  /** Exports the attendance as CSV. */
  readonly exportCsv: () => void;
  /** What the live region says (joins, leaves, an export). */
  readonly announcement: string;
  /** The room's requests to join, shown above the board; absent without a lobby or a bound room. */
  readonly joinRequests: { readonly adapter: RoomsAdapter; readonly roomId: string } | undefined;
}

/** Class names for each slot of {@link RoomActivity}. */
export interface RoomActivityClasses {
  readonly root: string;
  readonly header: string;
  readonly title: string;
  readonly meta: string;
  readonly callLine: string;
  readonly counts: string;
  readonly callPicker: string;
  readonly message: string;
  readonly joinRequests: string;
  readonly tabs: string;
  readonly panel: string;
  readonly board: string;
  readonly section: string;
  readonly sectionHeading: string;
  readonly roleCounts: string;
  readonly people: string;
  readonly person: string;
  readonly personName: string;
  readonly personId: string;
  readonly badges: string;
  readonly details: string;
  readonly empty: string;
  readonly toolbar: string;
  readonly tableScroller: string;
  readonly table: string;
  readonly cellName: string;
  readonly timeline: string;
  readonly timelineTitle: string;
  readonly timelineSvg: string;
  readonly timelineLabel: string;
  readonly timelineTrack: string;
  readonly timelineBar: string;
  readonly timelineAxis: string;
  readonly timelineTick: string;
  readonly legend: string;
  readonly legendItem: string;
  readonly swatch: string;
  /** The fill of each role's timeline pattern (Consumer's is the background inside its outline). */
  readonly patternPresenter: string;
  readonly patternCollaborator: string;
  readonly patternAttendee: string;
  readonly patternConsumer: string;
  readonly patternUnknown: string;
  /** The marks over a role's colour (stripes, dots). */
  readonly patternMark: string;
  /** The Consumer's dots. */
  readonly patternConsumerMark: string;
  readonly visuallyHidden: string;
}
