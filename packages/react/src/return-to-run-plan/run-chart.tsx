import type { Locale } from "@movekit/core";
import { formatRunMinutesValue } from "@movekit/core/running";
import { ChartBaseline, ChartFrame, ChartLabel, ChartWarning, chartGeometry } from "../internal/chart";

export interface RunChartProps {
  /** Running seconds per week. */
  weekly: readonly number[];
  /** Week indexes with at least one warning. */
  flaggedWeeks: ReadonlySet<number>;
  /** The chart's text alternative: what it shows and what it says. */
  summary: string;
  locale: Locale | string;
}

const LAYOUT = { slot: 48, left: 8, right: 8, top: 36, plot: 140, bottom: 28 };
const { left: LEFT, plot: PLOT } = LAYOUT;
const BAR = 28;

/**
 * Weekly running time as SVG bars, each labelled with its minutes (the caption names the unit). One `role="img"`
 * with a summary: the numbers are in the table that follows.
 * Weeks with a warning get a "!" marker and a dashed outline, never colour alone.
 * @selector [data-slot="run-chart-bar"][data-warning]
 */
export function RunChart({ weekly, flaggedWeeks, summary, locale }: RunChartProps) {
  const max = Math.max(1, ...weekly);
  const { width, height, baseline, centre: slotCentre } = chartGeometry(LAYOUT, weekly.length);
  return (
    <ChartFrame className="mk-run-chart" slot="run-chart" summary={summary} width={width} height={height}>
      <ChartBaseline x1={LEFT} x2={width - LEFT} y={baseline} />
      {weekly.map((seconds, index) => {
        const h = Math.round((seconds / max) * PLOT);
        const centre = slotCentre(index);
        const x = centre - BAR / 2;
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
            <ChartLabel x={centre} y={baseline - h - 6}>
              {formatRunMinutesValue(locale, seconds)}
            </ChartLabel>
            {flagged && <ChartWarning x={centre} top={baseline - h - 34} slot="run-chart-marker" />}
            <ChartLabel x={centre} y={baseline + 18}>
              {index + 1}
            </ChartLabel>
          </g>
        );
      })}
    </ChartFrame>
  );
}
