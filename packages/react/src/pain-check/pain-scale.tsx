import type { Translator } from "@movekit/core";
import { type KeyboardEvent, type ReactNode, useId } from "react";
import { cx } from "../internal/class-names";
import { useHydrated } from "../internal/use-hydrated";

export interface PainScaleProps {
  /** Visible label, such as "Pain during exercise". */
  label: ReactNode;
  /** The score, or undefined while the person has not answered. */
  value: number | undefined;
  onValueChange: (value: number) => void;
  t: Translator;
  className?: string;
  /** Which reading this is, for styling and tests. @selector [data-measure] */
  measure?: string;
}

const ANCHORS = [0, 5, 10] as const;
// The slider keys, handled here rather than left to the engine so every browser (and a scripted keyboard) moves
// the same way: arrows by 1 (Shift by 10), Page Up/Down by 10, Home and End to the ends.
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 10,
  PageDown: -10,
};

/** The score a key moves to, or undefined for a key the scale does not use. */
function scoreForKey(event: KeyboardEvent<HTMLInputElement>, value: number | undefined): number | undefined {
  if (event.key === "Home") return 0;
  if (event.key === "End") return 10;
  const step = KEY_STEPS[event.key];
  if (step === undefined) return undefined;
  const horizontal = event.key === "ArrowLeft" || event.key === "ArrowRight";
  // The computed direction, as the seek bar reads it: what the browser's own range follows, `dir` or CSS.
  const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
  const flip = horizontal && rtl ? -1 : 1;
  const big = event.shiftKey && event.key.startsWith("Arrow") ? 10 : 1;
  return Math.min(10, Math.max(0, (value ?? 0) + step * big * flip));
}

/** "3 out of 10", with the anchor's words at 0, 5 and 10 ("0 out of 10, no pain"). */
export function painValueText(value: number | undefined, t: Translator): string {
  if (value === undefined) return t("painCheck.notAnswered");
  const base = t("painCheck.valueText", { value });
  return value === 0 || value === 5 || value === 10 ? `${base}, ${t(`painCheck.anchor.${value}`).toLowerCase()}` : base;
}

/**
 * A 0–10 pain scale on a native `<input type="range">` (the browser's own slider role and pointer handling,
 * about 10 kB gzip lighter than a script slider), with visible anchors (0 no pain, 5 moderate, 10 worst
 * imaginable).
 * It starts unanswered: the thumb sits at 0 but says "Not answered yet" until the person moves it or presses a
 * key on it, so an untouched scale never counts as "no pain".
 * @selector [data-slot="pain-scale"][data-answered]
 */
export function PainScale({ label, value, onValueChange, t, className, measure }: PainScaleProps) {
  const labelId = useId();
  const answered = value !== undefined;
  const hydrated = useHydrated();
  // An unanswered scale answers on any slider key, even one that leaves the thumb at 0 (Home, ArrowLeft).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = scoreForKey(event, value);
    if (next === undefined) return;
    event.preventDefault();
    if (!answered || next !== value) onValueChange(next);
  };
  return (
    <div
      className={cx("mk-pain-scale", className)}
      data-slot="pain-scale"
      data-measure={measure}
      data-answered={answered ? "" : undefined}
      data-value={value}
    >
      <div className="mk-pain-scale__header">
        <span id={labelId} className="mk-pain-scale__label" data-slot="pain-scale-label">
          {label}
        </span>
        <span className="mk-pain-scale__value" data-slot="pain-scale-value" aria-hidden="true">
          {answered ? t("painCheck.valueText", { value }) : t("painCheck.notAnswered")}
        </span>
      </div>
      {!hydrated ? (
        // Server HTML shows the track only: the scale cannot be answered before the page's script runs.
        <span className="mk-pain-scale__slider" data-slot="pain-scale-placeholder">
          <span className="mk-pain-scale__track" />
        </span>
      ) : (
        <input
          type="range"
          className="mk-pain-scale__slider mk-pain-scale__input"
          data-slot="pain-scale-input"
          min={0}
          max={10}
          step={1}
          value={value ?? 0}
          aria-labelledby={labelId}
          aria-valuetext={painValueText(value, t)}
          onChange={(event) => onValueChange(Number(event.currentTarget.value))}
          onKeyDown={onKeyDown}
          // A press on the unanswered 0 changes nothing either: it answers 0.
          onPointerUp={() => {
            if (!answered) onValueChange(0);
          }}
        />
      )}
      <ul className="mk-pain-scale__anchors" data-slot="pain-scale-anchors">
        {ANCHORS.map((anchor) => (
          <li key={anchor} className="mk-pain-scale__anchor" data-anchor={anchor}>
            <span className="mk-pain-scale__anchor-value">{anchor}</span>{" "}
            <span className="mk-pain-scale__anchor-text">{t(`painCheck.anchor.${anchor}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
