import type { PainBand, PainSeries, ProgressWeek } from "@movekit/core";
import { useId } from "react";
import { ChartBaseline, ChartFrame, ChartLabel, ChartWarning, chartGeometry } from "../internal/chart";

export interface PainTrendChartProps {
  weeks: readonly ProgressWeek[];
  /** The series to draw (those with any reading). */
  series: readonly PainSeries[];
  /** The programme's pain bands, drawn behind the lines. */
  bands: readonly PainBand[];
  /** The text alternative: what the chart shows and says. The numbers are in the table that follows. */
  summary: string;
}

const LAYOUT = { slot: 44, left: 28, right: 12, top: 28, plot: 160, bottom: 26 };
const { slot: SLOT, left: LEFT, right: RIGHT, top: TOP, plot: PLOT } = LAYOUT;

/** Line style per series, so the lines differ by dash and marker shape, not colour alone. */
export const SERIES_STYLE: Record<PainSeries, { dash?: string; marker: "circle" | "square" | "triangle" }> = {
  during: { marker: "circle" },
  after: { dash: "6 4", marker: "square" },
  nextMorning: { dash: "2 4", marker: "triangle" },
};

function Marker({ shape, x, y }: { shape: "circle" | "square" | "triangle"; x: number; y: number }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={4} />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} />;
  return <path d={`M${x} ${y - 5} l5 9 h-10 z`} />;
}

/**
 * Highest pain each week as SVG lines over the programme's pain bands (0–10). Weeks the pain rule said to ease off
 * are hatched, and a week with a warning sign gets a "!" marker. One `role="img"` with a summary in words.
 * @selector [data-slot="pain-trend-line"][data-series]
 */
export function PainTrendChart({ weeks, series, bands, summary }: PainTrendChartProps) {
  const hatch = `${useId()}-hatch`;
  const { width, height, baseline, centre: x } = chartGeometry(LAYOUT, weeks.length);
  const y = (score: number) => baseline - (score / 10) * PLOT;

  const path = (name: PainSeries) => {
    let d = "";
    let gap = true;
    weeks.forEach((week, index) => {
      const value = week.pain[name];
      if (value === undefined) {
        gap = true;
        return;
      }
      d += `${gap ? "M" : "L"}${x(index)} ${y(value)} `;
      gap = false;
    });
    return d.trim();
  };

  return (
    <ChartFrame className="mk-pain-trend" slot="pain-trend-chart" summary={summary} width={width} height={height}>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line className="mk-pain-trend__hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      {bands.map((band) => {
        // A band covers whole scores, so it reaches half a point past each end (clipped to the scale).
        const top = y(Math.min(10, band.max + 0.5));
        const bottom = y(Math.max(0, band.min - 0.5));
        return (
          <rect
            key={band.id}
            className="mk-pain-trend__band"
            data-action={band.action}
            x={LEFT}
            width={weeks.length * SLOT}
            y={top}
            height={bottom - top}
          />
        );
      })}
      {weeks.map((week, index) =>
        week.stepBack ? (
          <rect
            key={`step-${week.week}`}
            data-slot="pain-trend-step-back"
            data-week={week.week}
            fill={`url(#${hatch})`}
            x={LEFT + index * SLOT}
            y={TOP}
            width={SLOT}
            height={PLOT}
          />
        ) : null,
      )}
      {[0, 5, 10].map((tick) => (
        <ChartLabel key={tick} x={LEFT - 6} y={y(tick) + 4} anchor="end">
          {tick}
        </ChartLabel>
      ))}
      <ChartBaseline x1={LEFT} x2={width - RIGHT} y={y(0)} />
      {series.map((name) => (
        <g key={name} className="mk-pain-trend__series" data-slot="pain-trend-line" data-series={name}>
          <path d={path(name)} fill="none" strokeDasharray={SERIES_STYLE[name].dash} />
          {weeks.map((week, index) => {
            const value = week.pain[name];
            return value === undefined ? null : (
              <Marker key={week.week} shape={SERIES_STYLE[name].marker} x={x(index)} y={y(value)} />
            );
          })}
        </g>
      ))}
      {weeks.map((week, index) => (
        <g key={week.week} data-week={week.week}>
          {week.warningSignDays.length > 0 && <ChartWarning x={x(index)} top={TOP - 24} slot="pain-trend-warning" />}
          <ChartLabel x={x(index)} y={baseline + 18}>
            {week.week}
          </ChartLabel>
        </g>
      ))}
    </ChartFrame>
  );
}
