import type { ReactNode } from "react";
import { cx } from "./class-names";

// The parts every Movekit chart shares, so the pain trend and the run plan read alike: one text alternative on the
// SVG, the same baseline and labels, and one warning sign ("!" in a triangle, never colour alone).

export interface ChartFrameProps {
  /** The component's own class and `data-slot`, e.g. "mk-run-chart" and "run-chart". */
  className: string;
  slot: string;
  /** The text alternative: what the chart shows and says (the numbers are in a table beside it). */
  summary: string;
  width: number;
  height: number;
  children: ReactNode;
}

/** The chart's SVG: one `role="img"` with the summary as its name, scaling to the width it is given. */
export function ChartFrame({ className, slot, summary, width, height, children }: ChartFrameProps) {
  return (
    <svg
      className={cx("mk-chart", className)}
      data-slot={slot}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {children}
    </svg>
  );
}

/** The horizontal axis line at `y`, from `x1` to `x2`. */
export function ChartBaseline({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  return <line className="mk-chart__axis" x1={x1} x2={x2} y1={y} y2={y} />;
}

/** A label on an axis, e.g. the week number under a bar or a score beside the scale. */
export function ChartLabel({
  x,
  y,
  anchor = "middle",
  children,
}: {
  x: number;
  y: number;
  anchor?: "start" | "middle" | "end";
  children: ReactNode;
}) {
  return (
    <text className="mk-chart__label" x={x} y={y} textAnchor={anchor}>
      {children}
    </text>
  );
}

/** The warning sign over a week: "!" in a triangle whose tip is at (`x`, `top`). */
export function ChartWarning({ x, top, slot }: { x: number; top: number; slot: string }) {
  return (
    <g className="mk-chart__warning" data-slot={slot}>
      <path d={`M${x} ${top} l9 15 h-18 z`} />
      <text x={x} y={top + 12} textAnchor="middle">
        !
      </text>
    </g>
  );
}

/** A weekly chart's spacing: one slot a week between the side margins, the plot band between top and bottom. */
export interface ChartLayout {
  slot: number;
  left: number;
  right: number;
  top: number;
  plot: number;
  bottom: number;
}

/** The SVG's size, the baseline's height and each week's centre for `weeks` slots laid out by `layout`. */
export function chartGeometry({ slot, left, right, top, plot, bottom }: ChartLayout, weeks: number) {
  return {
    width: left + weeks * slot + right,
    height: top + plot + bottom,
    baseline: top + plot,
    centre: (index: number) => left + index * slot + slot / 2,
  };
}
