import { formatRunMinutes, type Locale } from "@movekit/core";

export interface RunChartProps {
  /** Running seconds per week. */
  weekly: readonly number[];
  /** Week indexes with at least one warning. */
  flaggedWeeks: ReadonlySet<number>;
  /** The chart's text alternative: what it shows and what it says. */
  summary: string;
  locale: Locale | string;
}

const SLOT = 48;
const BAR = 28;
const LEFT = 8;
const TOP = 36;
const PLOT = 140;
const BOTTOM = 28;

/**
 * Weekly running time as SVG bars. One `role="img"` with a summary: the numbers are in the table that follows.
 * Weeks with a warning get a "!" marker and a dashed outline, never colour alone.
 * @selector [data-slot="run-chart-bar"][data-warning]
 */
export function RunChart({ weekly, flaggedWeeks, summary, locale }: RunChartProps) {
  const max = Math.max(1, ...weekly);
  const width = LEFT * 2 + weekly.length * SLOT;
  const height = TOP + PLOT + BOTTOM;
  const baseline = TOP + PLOT;
  return (
    <svg
      className="mk-run-chart"
      data-slot="run-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <line className="mk-run-chart__axis" x1={LEFT} x2={width - LEFT} y1={baseline} y2={baseline} />
      {weekly.map((seconds, index) => {
        const h = Math.round((seconds / max) * PLOT);
        const x = LEFT + index * SLOT + (SLOT - BAR) / 2;
        const centre = x + BAR / 2;
        const flagged = flaggedWeeks.has(index);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one bar per week, in week order.
          <g key={index} data-week={index + 1}>
            <rect
              className="mk-run-chart__bar"
              data-slot="run-chart-bar"
              data-warning={flagged ? "" : undefined}
              x={x}
              y={baseline - h}
              width={BAR}
              height={h}
              rx={3}
            />
            <text className="mk-run-chart__value" x={centre} y={baseline - h - 6} textAnchor="middle">
              {formatRunMinutes(locale, seconds)}
            </text>
            {flagged && (
              <g className="mk-run-chart__marker" data-slot="run-chart-marker">
                <path d={`M${centre} ${baseline - h - 34} l9 15 h-18 z`} />
                <text x={centre} y={baseline - h - 22} textAnchor="middle">
                  !
                </text>
              </g>
            )}
            <text className="mk-run-chart__week" x={centre} y={baseline + 18} textAnchor="middle">
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
