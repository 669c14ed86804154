import {
  type Dosage,
  type Exercise,
  estimateSessionMinutes,
  isSafeUrl,
  type Locale,
  type SessionItem,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
import type { ReactNode } from "react";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { Localized } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";

export interface ExerciseRowProps {
  item: SessionItem;
  exercise: Exercise | undefined;
  dosage: Dosage;
  locale: Locale | string;
  units: UnitSystem | undefined;
  t: Translator;
  /** Checked here with core's `isSafeUrl`; an unsafe URL renders the name without a link. */
  href?: string;
  Link: LinkComponent;
  /** Host content for the row; called here so the row's error boundary catches what it throws. */
  renderExtra?: (exercise: Exercise | undefined, item: SessionItem) => ReactNode;
}

/**
 * One exercise of a phase's session as a table row: name, dose in compact form and time. Kept cheap on purpose
 * (no hooks, no context, no effects): a long programme renders many of them.
 * @selector [data-slot="exercise-row"][data-exercise]
 */
export function ExerciseRow({ item, exercise, dosage, locale, units, t, href, Link, renderExtra }: ExerciseRowProps) {
  const minutes = estimateSessionMinutes(dosage);
  // The host's getExerciseHref result goes into href or the host's link component: only core's URL check lets it.
  const safeHref = isSafeUrl(href) ? href : undefined;
  return (
    <tr className="mk-programme-view__row" data-slot="exercise-row" data-exercise={item.exerciseId}>
      <th scope="row" className="mk-programme-view__row-name">
        {exercise ? (
          safeHref ? (
            <Link href={safeHref} className="mk-programme-view__row-link">
              <Localized text={exercise.name} locale={locale} t={t} />
            </Link>
          ) : (
            <Localized text={exercise.name} locale={locale} t={t} />
          )
        ) : (
          <span data-slot="exercise-row-missing">{t("programme.unknownExercise", { id: item.exerciseId })}</span>
        )}
        {item.note && (
          <Localized as="p" className="mk-programme-view__row-note" text={item.note} locale={locale} t={t} />
        )}
        {renderExtra?.(exercise, item)}
      </th>
      <td className="mk-programme-view__row-dose" data-label={t("programme.col.dose")}>
        <DosageSummary dosage={dosage} locale={locale} units={units} variant="compact" showSessionTime={false} />
      </td>
      <td className="mk-programme-view__row-time" data-label={t("programme.col.time")}>
        {minutes > 0 ? t("dosage.sessionTime", { count: minutes }) : "–"}
      </td>
    </tr>
  );
}
