import type { Translator } from "@movekit/core";
// The slider subpath, not the "radix-ui" barrel: only Slider's modules are evaluated and bundled.
import * as Slider from "radix-ui/slider";
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
const LOWERING_KEYS = new Set(["Home", "ArrowLeft", "ArrowDown", "PageDown"]);

/** "3 out of 10", with the anchor's words at 0, 5 and 10 ("0 out of 10, no pain"). */
export function painValueText(value: number | undefined, t: Translator): string {
  if (value === undefined) return t("painCheck.notAnswered");
  const base = t("painCheck.valueText", { value });
  return value === 0 || value === 5 || value === 10 ? `${base}, ${t(`painCheck.anchor.${value}`).toLowerCase()}` : base;
}

/**
 * A 0–10 pain scale on a Radix Slider, with visible anchors (0 no pain, 5 moderate, 10 worst imaginable).
 * It starts unanswered: the thumb sits at 0 but says "Not answered yet" until the person moves it or presses a
 * key on it, so an untouched scale never counts as "no pain".
 * @selector [data-slot="pain-scale"][data-answered]
 */
export function PainScale({ label, value, onValueChange, t, className, measure }: PainScaleProps) {
  const labelId = useId();
  const answered = value !== undefined;
  const hydrated = useHydrated();
  // At the unanswered 0, keys that would lower the value change nothing, so Radix reports nothing: answer 0 here.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!answered && LOWERING_KEYS.has(event.key)) onValueChange(0);
  };
  return (
    <div
      className={cx("mk-pain-scale", className)}
      data-slot="pain-scale"
      data-measure={measure}
      data-answered={answered ? "" : undefined}
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
        // Server HTML shows the track only: Radix places the thumb and fill with inline styles, which a strict CSP
        // blocks as attributes, and the scale cannot be answered before the page's script runs anyway.
        <span className="mk-pain-scale__slider" data-slot="pain-scale-placeholder">
          <span className="mk-pain-scale__track" />
        </span>
      ) : (
        <Slider.Root
          className="mk-pain-scale__slider"
          min={0}
          max={10}
          step={1}
          value={[value ?? 0]}
          onValueChange={(next) => {
            const [score] = next;
            if (score !== undefined) onValueChange(score);
          }}
          onPointerUp={() => {
            if (!answered) onValueChange(0);
          }}
        >
          <Slider.Track className="mk-pain-scale__track">
            <Slider.Range className="mk-pain-scale__range" />
          </Slider.Track>
          <Slider.Thumb
            className="mk-pain-scale__thumb"
            data-slot="pain-scale-thumb"
            aria-labelledby={labelId}
            aria-valuetext={painValueText(value, t)}
            onKeyDown={onKeyDown}
          />
        </Slider.Root>
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
