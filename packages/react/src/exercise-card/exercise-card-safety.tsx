import {
  type Catalogue,
  createTranslator,
  DEFAULT_LOCALE,
  type Exercise,
  exerciseCardMessages,
  type Locale,
  type MessageKey,
  type SafetySummaryTier,
  safetySummaryLines,
  summarizeSafety,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { cx } from "../internal/class-names";
import { CheckIcon, StopIcon, WarningIcon } from "../internal/icons";

/** The message bundles this component shows strings from. */
const BUNDLES = [exerciseCardMessages];

// Tier → [icon, icon name for tests and styling, message]. Fixed per tier: clinical, not brand.
const LOOK = {
  absolute: [StopIcon, "stop", "exerciseCard.doNotIf"],
  missing: [WarningIcon, "warning", "exerciseCard.safetyMissing"],
  caution: [WarningIcon, "warning", "exerciseCard.cautions"],
  none: [CheckIcon, "check", "exerciseCard.noCautions"],
} as const satisfies Record<SafetySummaryTier, readonly [typeof StopIcon, string, MessageKey]>;

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardSafety
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardSafetyProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The exercise, to count its contraindications and red flags. */
  exercise: Pick<Exercise, "contraindications" | "noContraindications" | "redFlags">;
  /** BCP 47 locale. @default "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * Says in words, with its own icon, what to read first. Absolute contraindications get their own line ("Do not do
 * this exercise if… (2 reasons)", stop icon), apart from cautions ("Has 3 cautions", warning icon: relative
 * contraindications and red flags). With neither contraindications nor a clinician's "none" it says the safety
 * information is missing; "No known cautions" only when a clinician recorded that there are none. The counts and
 * the strictest tier come from core's `summarizeSafety`.
 * @selector [data-slot="exercise-card-safety"][data-severity="absolute" | "missing" | "caution" | "none"] the strictest
 * @selector [data-slot="exercise-card-safety-line"][data-severity] one line each
 */
export const ExerciseCardSafety = forwardRef<HTMLDivElement, ExerciseCardSafetyProps>(function ExerciseCardSafety(
  { exercise, locale = DEFAULT_LOCALE, messages, className, ...rest }: ExerciseCardSafetyProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  const summary = summarizeSafety(exercise);
  // Which lines show is core's rule; each tier has its own icon and words here.
  const lines = safetySummaryLines(summary).map(({ severity, count = 0 }) => {
    const [Icon, icon, words] = LOOK[severity];
    return { severity, Icon, icon, words: t(words, { count }) };
  });
  return (
    <div
      {...rest}
      ref={ref}
      className={cx("mk-exercise-card__safety", className)}
      data-slot="exercise-card-safety"
      data-severity={summary.tier}
      data-safety=""
    >
      {lines.map(({ severity, Icon, icon, words }) => (
        <p
          key={severity}
          className="mk-caution-line mk-exercise-card__safety-line"
          data-slot="exercise-card-safety-line"
          data-severity={severity}
        >
          <Icon className="mk-caution-line__icon mk-exercise-card__safety-icon" data-icon={icon} />
          {words}
        </p>
      ))}
    </div>
  );
});
