import { displaySeconds } from "@movekit/core/session";
import type { ReactNode } from "react";

const RADIUS = 44;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export interface CountdownRingProps {
  remainingMs: number;
  durationMs: number;
  /** What is being timed: "Hold", "Rest"… */
  label: ReactNode;
  /** Words after the number: "seconds left". */
  unit: string;
  /** When true the ring stays full and still; only the number changes. */
  reducedMotion: boolean;
  /** `hold`, `relax`, `timer` or `rest`, for styling. */
  kind: string;
}

/**
 * A countdown as an SVG ring plus text. The ring is decoration (aria-hidden); the number and its words are the
 * real content. It is not a live region: the player announces it every few seconds, not every second.
 * @selector [data-slot="countdown"][data-kind][data-animated]
 */
export function CountdownRing({ remainingMs, durationMs, label, unit, reducedMotion, kind }: CountdownRingProps) {
  const seconds = displaySeconds(remainingMs);
  const fraction = durationMs > 0 ? Math.min(1, Math.max(0, remainingMs / durationMs)) : 0;
  const offset = reducedMotion ? 0 : CIRCUMFERENCE * (1 - fraction);
  return (
    <div
      className="mk-countdown"
      data-slot="countdown"
      data-kind={kind}
      data-animated={reducedMotion ? "false" : "true"}
    >
      <svg className="mk-countdown__ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle className="mk-countdown__track" cx="50" cy="50" r={RADIUS} />
        <circle
          className="mk-countdown__progress"
          data-slot="countdown-progress"
          cx="50"
          cy="50"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE.toFixed(2)}
          strokeDashoffset={offset.toFixed(2)}
          transform="rotate(-90 50 50)"
        />
      </svg>
      <p className="mk-countdown__text">
        <span className="mk-countdown__label" data-slot="countdown-label">
          {label}
        </span>
        <span className="mk-countdown__value" data-slot="countdown-value">
          {seconds}
        </span>
        <span className="mk-countdown__unit">{unit}</span>
      </p>
    </div>
  );
}
