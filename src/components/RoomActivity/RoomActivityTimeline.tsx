import { dataFlag } from '../shared/dataFlags';
import type { RoomRole } from '../../core/roles';
import type { RoomActivityClasses, RoomActivityState, RoomActivityTimelineState } from './RoomActivity.types';

/**
 * Wraps text in Unicode isolates (FSI … PDI), so SVG text, which has no `dir="auto"`, keeps its own order inside a
 * right-to-left picture ("9:50 AM", not "AM 9:50").
 */
const isolate = (text: string): string => `\u2068${text}\u2069`;

type PatternKey = RoomRole | 'unknown';
const patternKey = (role: RoomRole | undefined): PatternKey => role ?? 'unknown';

// Geometry of the timeline, in SVG user units (px) down and in per cent across.
const ROW_HEIGHT = 40;
const LABEL_Y = 13;
const BAR_Y = 19;
const BAR_HEIGHT = 14;
const AXIS_GAP = 6;
const AXIS_HEIGHT = 30;
/** The plot leaves 1 % at each side, so bars at the very start or end keep their outline. */
const INSET = 1;
const PLOT = 100 - 2 * INSET;
/** The narrowest bar drawn, so a stay of seconds still shows. */
const MIN_BAR = 0.4;

function renderPatterns(timeline: RoomActivityTimelineState, classes: RoomActivityClasses) {
  const id = (key: PatternKey) => `${timeline.patternPrefix}-${key}`;
  return (
    <defs>
      <pattern id={id('Presenter')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className={classes.patternPresenter} />
      </pattern>
      <pattern id={id('Collaborator')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className={classes.patternCollaborator} />
        <rect width="2" height="6" className={classes.patternMark} />
      </pattern>
      <pattern id={id('Attendee')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className={classes.patternAttendee} />
        <circle cx="3" cy="3" r="1.4" className={classes.patternMark} />
      </pattern>
      <pattern id={id('Consumer')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="6" height="6" className={classes.patternConsumer} />
        <rect width="1.5" height="6" className={classes.patternConsumerMark} />
      </pattern>
      <pattern id={id('unknown')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className={classes.patternUnknown} />
        <path d="M0 3H6M3 0V6" strokeWidth="1" className={classes.patternMark} />
      </pattern>
    </defs>
  );
}

/**
 * The timeline of a {@link RoomActivity}'s call as an SVG: a row per person with a bar per stay, patterned by role (so
 * it reads without colour), an axis in the viewer's zone, and time running from the right edge when right to left.
 *
 * @example
 * ```tsx
 * {state.timeline && renderRoomActivityTimeline(state, classes, state.timeline)}
 * ```
 */
export function renderRoomActivityTimeline(
  state: RoomActivityState,
  classes: RoomActivityClasses,
  timeline: RoomActivityTimelineState,
): JSX.Element {
  const rtl = state.dir === 'rtl';
  // Right to left, time runs from the right edge leftwards.
  const x = (start: number, width: number): number =>
    rtl ? 100 - INSET - (start + width) * PLOT : INSET + start * PLOT;
  const axisTop = timeline.rows.length * ROW_HEIGHT + AXIS_GAP;
  const height = axisTop + AXIS_HEIGHT;
  const fill = (role: RoomRole | undefined) => `url(#${timeline.patternPrefix}-${patternKey(role)})`;
  const titleId = `${timeline.patternPrefix}-title`;
  return (
    <section className={classes.timeline} aria-labelledby={titleId}>
      <h3 id={titleId} className={classes.timelineTitle}>
        {state.strings.timelineTitle}
      </h3>
      <p dir="auto" className={classes.details}>
        {timeline.zoneText}
      </p>
      <svg
        className={classes.timelineSvg}
        role="img"
        aria-label={timeline.label}
        height={height}
        width="100%"
        style={{ direction: state.dir }}
        data-rows={timeline.rows.length}
      >
        {renderPatterns(timeline, classes)}
        {timeline.rows.map((row, index) => {
          const top = index * ROW_HEIGHT;
          // Isolated as `dir="auto"` would: the label takes its direction from its own text.
          const label = isolate(row.absentText ? `${row.label} · ${row.absentText}` : row.label);
          return (
            <g key={row.userId} data-user-id={row.userId} data-role={row.role}>
              <text x={rtl ? '99%' : '1%'} y={top + LABEL_Y} className={classes.timelineLabel} textAnchor="start">
                {label}
              </text>
              <line
                x1={`${INSET}%`}
                x2={`${100 - INSET}%`}
                y1={top + BAR_Y + BAR_HEIGHT / 2}
                y2={top + BAR_Y + BAR_HEIGHT / 2}
                className={classes.timelineTrack}
              />
              {row.segments.map((segment, i) => {
                const width = Math.max(MIN_BAR, segment.width * PLOT);
                return (
                  <rect
                    key={i}
                    x={`${x(segment.start, width / PLOT)}%`}
                    y={top + BAR_Y}
                    width={`${width}%`}
                    height={BAR_HEIGHT}
                    rx="3"
                    fill={fill(row.role)}
                    className={classes.timelineBar}
                    data-role={row.role}
                    data-open={dataFlag(segment.open)}
                  />
                );
              })}
            </g>
          );
        })}
        <line x1={`${INSET}%`} x2={`${100 - INSET}%`} y1={axisTop} y2={axisTop} className={classes.timelineAxis} />
        {timeline.ticks.map((tick, index) => {
          const at = x(tick.position, 0);
          const anchor = tick.position < 0.06 ? 'start' : tick.position > 0.94 ? 'end' : 'middle';
          return (
            <g key={tick.text + tick.position}>
              <line x1={`${at}%`} x2={`${at}%`} y1={axisTop} y2={axisTop + 5} className={classes.timelineAxis} />
              <text
                x={`${at}%`}
                y={axisTop + 19}
                textAnchor={anchor}
                className={classes.timelineTick}
                data-minor={dataFlag(index % 2 === 1)}
              >
                {isolate(tick.text)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={classes.legend} aria-label={timeline.legendLabel}>
        {timeline.legend.map((item) => (
          <li key={item.role ?? 'unknown'} className={classes.legendItem} data-role={item.role}>
            <svg className={classes.swatch} width="28" height="14" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="26"
                height="12"
                rx="3"
                fill={fill(item.role)}
                className={classes.timelineBar}
                data-role={item.role}
              />
            </svg>
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
