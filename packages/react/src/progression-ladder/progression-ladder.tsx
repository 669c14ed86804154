"use client";
import {
  type Catalogue,
  contentMessages,
  type Exercise,
  isSafeUrl,
  type Locale,
  type MessageKey,
  progressionMessages,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { cx } from "../internal/class-names";
import { Localized } from "../internal/localized";
import { useTranslator } from "../internal/use-translator";
import { type LinkComponent, useMovekit } from "../movekit-provider/movekit-context";

/** The message bundles this component shows strings from. */
const BUNDLES = [progressionMessages, contentMessages];

/** What the ladder needs to know about the exercises it links to. */
export type LadderExercise = Pick<Exercise, "id" | "name"> & Partial<Pick<Exercise, "slug">>;

export interface ProgressionLadderProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The current exercise, with its regressions and progressions (nearest first). */
  exercise: LadderExercise & Pick<Exercise, "regressions" | "progressions">;
  /** The exercises the ladder links to, for their names. Unknown ids are shown as written. @default [] */
  exercises?: ReadonlyArray<LadderExercise>;
  /** URL of an exercise's page; steps without one (or with an unsafe one) are shown without a link. */
  getHref?: (exercise: LadderExercise) => string | undefined;
  /** Link element. @default the MovekitProvider's `linkComponent`, else `<a>` */
  linkComponent?: LinkComponent;
  /** BCP 47 locale. @default the MovekitProvider's, else "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. @default the MovekitProvider's */
  messages?: Partial<Catalogue>;
}

type Direction = "regression" | "current" | "progression";

interface Step {
  direction: Direction;
  exercise: LadderExercise;
  criteria?: Exercise["summary"];
}

const LABELS: Record<Direction, MessageKey> = {
  regression: "progression.easier",
  current: "progression.current",
  progression: "progression.harder",
};

/**
 * Easier versions → this exercise → harder versions, as one ordered list from easiest to hardest, each step
 * with when to move to it. The current step has `aria-current="step"`. Links go through the provider's link
 * component so host routers work.
 * @selector [data-slot="progression-step"][data-direction="regression" | "current" | "progression"]
 */
export const ProgressionLadder = forwardRef<HTMLDivElement, ProgressionLadderProps>(function ProgressionLadder(
  { exercise, exercises = [], getHref, linkComponent, locale, messages, className, ...rest }: ProgressionLadderProps,
  ref,
) {
  const context = useMovekit();
  const { locale: activeLocale, t } = useTranslator(locale, messages, BUNDLES);
  const Link = linkComponent ?? context.linkComponent;
  const find = (id: string): LadderExercise =>
    exercises.find((candidate) => candidate.id === id) ?? { id, name: { "en-GB": id } };

  // Regressions are listed nearest first; the ladder reads from the easiest up.
  const steps: Step[] = [
    ...[...exercise.regressions]
      .reverse()
      .map((link) => ({ direction: "regression" as const, exercise: find(link.exerciseId), criteria: link.criteria })),
    { direction: "current", exercise },
    ...exercise.progressions.map((link) => ({
      direction: "progression" as const,
      exercise: find(link.exerciseId),
      criteria: link.criteria,
    })),
  ];

  return (
    <div {...rest} ref={ref} className={cx("mk-progression-ladder", className)} data-slot="progression-ladder">
      {exercise.regressions.length === 0 && (
        <p className="mk-progression-ladder__none" data-slot="progression-none" data-direction="regression">
          {t("progression.noEasier")}
        </p>
      )}
      <ol className="mk-progression-ladder__steps" aria-label={t("progression.label")}>
        {steps.map(({ direction, exercise: step, criteria }) => {
          const current = direction === "current";
          const href = current ? undefined : getHref?.(step);
          const name = <Localized text={step.name} locale={activeLocale} t={t} />;
          return (
            <li
              key={`${direction}-${step.id}`}
              className="mk-progression-ladder__step"
              data-slot="progression-step"
              data-direction={direction}
              aria-current={current ? "step" : undefined}
            >
              <span className="mk-progression-ladder__label">{t(LABELS[direction])}</span>
              <span className="mk-progression-ladder__name">
                {isSafeUrl(href) ? (
                  <Link href={href} className="mk-progression-ladder__link" data-slot="progression-link">
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </span>
              {criteria && (
                // Content writes the criteria as a whole sentence ("When you can…", "If it hurts…"): no label.
                <Localized
                  text={criteria}
                  locale={activeLocale}
                  t={t}
                  className="mk-progression-ladder__criteria"
                  data-slot="progression-criteria"
                />
              )}
            </li>
          );
        })}
      </ol>
      {exercise.progressions.length === 0 && (
        <p className="mk-progression-ladder__none" data-slot="progression-none" data-direction="progression">
          {t("progression.noHarder")}
        </p>
      )}
    </div>
  );
});
