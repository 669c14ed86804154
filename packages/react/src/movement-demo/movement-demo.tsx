import { type Catalogue, type Locale, localize } from "@movekit/core";
import { demoMessages, type MovementDemoSpec } from "@movekit/core/demo";
import { type ComponentPropsWithoutRef, forwardRef, useId, useState } from "react";
import { Button } from "../internal/button";
import { cx } from "../internal/class-names";
import { useReducedMotion } from "../internal/use-reduced-motion";
import { useTranslator } from "../internal/use-translator";
import { useMovekit } from "../movekit-provider/movekit-context";
import { DemoGround, StillFigure, VIEW_BOX } from "./figure";
import { useAnimatedFigure } from "./use-animated-figure";

/** The message bundles this component shows strings from. */
const BUNDLES = [demoMessages];

export interface MovementDemoProps extends Omit<ComponentPropsWithoutRef<"figure">, "children"> {
  /** Keyframe poses for the exercise (see `movementDemos` in @movekit/content). */
  demo: MovementDemoSpec;
  /** BCP 47 locale. @default the provider's, else "en-GB" */
  locale?: Locale | string;
  /** Start moving on its own (silently; never under reduced motion). @default true */
  autoPlay?: boolean;
  /** Initial speed: "slow" plays at half speed. @default "normal" */
  defaultSpeed?: "normal" | "slow";
  /**
   * Force reduced motion on or off. By default it follows the provider's `reducedMotion` and the device's
   * setting; when reduced, the start and end poses are shown side by side, still, and no animation code loads.
   */
  reducedMotion?: boolean;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * A stick figure moving through an exercise's keyframe poses: a zero-bandwidth alternative to video. Normal and
 * slow speed and a pause control that is always visible; under reduced motion, still start and end poses.
 * The description (`demo.alt`) is the figure's caption and text alternative.
 * @selector [data-slot="movement-demo"][data-state="playing" | "paused" | "still"]
 */
export const MovementDemo = forwardRef<HTMLElement, MovementDemoProps>(function MovementDemo(
  {
    demo,
    locale: localeProp,
    autoPlay = true,
    defaultSpeed = "normal",
    reducedMotion,
    messages: messagesProp,
    className,
    ...rest
  }: MovementDemoProps,
  ref,
) {
  const _context = useMovekit();
  const { locale, t } = useTranslator(localeProp, messagesProp, BUNDLES);
  const reduce = useReducedMotion(reducedMotion);
  const first = demo.keyframes[0]?.pose;
  // Content with fewer than two poses or no length has nothing to play; it stays on its first pose.
  const playable = demo.keyframes.length > 1 && demo.duration > 0;
  const animation = useAnimatedFigure(!reduce && playable);
  const [playing, setPlaying] = useState(autoPlay);
  const [speed, setSpeed] = useState(defaultSpeed);
  const captionId = useId();
  const alt = localize(demo.alt, locale);
  const start = demo.keyframes[demo.stills.start]?.pose ?? demo.keyframes[0]?.pose;
  const end = demo.keyframes[demo.stills.end]?.pose ?? start;
  const state = reduce ? "still" : playing ? "playing" : "paused";

  return (
    <figure
      {...rest}
      ref={ref}
      className={cx("mk-movement-demo", className)}
      data-slot="movement-demo"
      data-state={state}
      aria-labelledby={captionId}
    >
      {reduce ? (
        <div className="mk-movement-demo__stills" data-slot="stills">
          {[
            { pose: start, label: t("demo.start") },
            { pose: end, label: t("demo.end") },
          ].map(({ pose, label }) => (
            <div key={label} className="mk-movement-demo__still">
              <svg className="mk-movement-demo__svg" viewBox={VIEW_BOX} role="img" aria-label={label}>
                <DemoGround />
                {pose && <StillFigure pose={pose} />}
              </svg>
              <p className="mk-movement-demo__still-label">{label}</p>
            </div>
          ))}
        </div>
      ) : (
        <>
          <svg className="mk-movement-demo__svg" viewBox={VIEW_BOX} role="img" aria-label={t("demo.label")}>
            <DemoGround />
            {animation ? (
              <animation.AnimatedFigure demo={demo} playing={playing} speed={speed === "slow" ? 0.5 : 1} />
            ) : (
              first && <StillFigure pose={first} />
            )}
          </svg>
          <div className="mk-movement-demo__controls" data-slot="controls">
            <Button className="mk-movement-demo__button" slot="play-button" onClick={() => setPlaying((p) => !p)}>
              {playing ? t("demo.pause") : t("demo.play")}
            </Button>
            <div className="mk-movement-demo__speed" role="group" aria-label={t("demo.speed")}>
              {(["normal", "slow"] as const).map((value) => (
                <Button
                  key={value}
                  className="mk-movement-demo__button"
                  aria-pressed={speed === value}
                  onClick={() => setSpeed(value)}
                >
                  {value === "normal" ? t("demo.speedNormal") : t("demo.speedSlow")}
                </Button>
              ))}
            </div>
          </div>
        </>
      )}
      <figcaption
        id={captionId}
        className="mk-movement-demo__caption"
        lang={alt.lang === locale ? undefined : alt.lang}
      >
        {alt.text}
        {reduce && <span className="mk-movement-demo__note"> {t("demo.reducedMotion")}</span>}
      </figcaption>
    </figure>
  );
});
