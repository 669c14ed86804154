import {
  type Criterion,
  type Exercise,
  estimateSessionSeconds,
  type Locale,
  type Phase,
  resolveItemDosage,
  type SessionItem,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { ErrorInfo, ReactNode } from "react";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";
import { ExerciseRow } from "./exercise-row";

export interface PhaseBodyProps {
  phase: Phase;
  exercises: ReadonlyMap<string, Exercise>;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  units: UnitSystem | undefined;
  t: Translator;
  Link: LinkComponent;
  getExerciseHref?: (exercise: Exercise) => string | undefined;
  renderExerciseExtra?: (exercise: Exercise | undefined, item: SessionItem) => ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** The phase's weeks, after its duration. */
  weeks?: ReactNode;
  /** Extra content at the end of the phase, such as its running plan. */
  children?: ReactNode;
}

function CriteriaList({
  criteria,
  locale,
  t,
}: {
  criteria: readonly Criterion[];
  locale: Locale | string;
  t: Translator;
}) {
  return (
    <ul className="mk-programme-view__criteria">
      {criteria.map((criterion, index) => (
        <Localized key={criterion.id ?? index} as="li" text={criterion.text} locale={locale} t={t} />
      ))}
    </ul>
  );
}

/**
 * The body of an open phase: duration, its weeks, goals, entry and exit criteria, each session's exercises (each
 * row in its own error boundary) and its education items.
 */
export function PhaseBody({
  phase,
  exercises,
  headingLevel,
  locale,
  units,
  t,
  Link,
  getExerciseHref,
  renderExerciseExtra,
  onError,
  weeks,
  children,
}: PhaseBodyProps) {
  const sub = headingLevel;
  const rows = phase.contents.map((item) => {
    const exercise = exercises.get(item.exerciseId);
    return { item, exercise, dosage: resolveItemDosage(item, exercise) };
  });
  const sessionSeconds = rows.reduce((sum, row) => sum + estimateSessionSeconds(row.dosage), 0);
  const sessionMinutes = Math.ceil(sessionSeconds / 60);
  return (
    <>
      {phase.summary && <Localized as="p" text={phase.summary} locale={locale} t={t} />}
      <p className="mk-programme-view__duration" data-slot="phase-duration">
        {t("programme.minWeeks", { count: phase.minWeeks })},{" "}
        {t("programme.sessionsPerWeek", { count: phase.sessionsPerWeek })}
      </p>
      {weeks}
      <div className="mk-programme-view__criteria-grid">
        <div>
          <Heading level={sub}>{t("programme.goals")}</Heading>
          <ul className="mk-programme-view__criteria">
            {phase.goals.map((goal, goalIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: goals are static content in a fixed order.
              <Localized key={goalIndex} as="li" text={goal} locale={locale} t={t} />
            ))}
          </ul>
        </div>
        <div>
          <Heading level={sub}>{t("programme.entryCriteria")}</Heading>
          {phase.entryCriteria.length > 0 ? (
            <CriteriaList criteria={phase.entryCriteria} locale={locale} t={t} />
          ) : (
            <p>{t("programme.noEntryCriteria")}</p>
          )}
        </div>
        <div>
          <Heading level={sub}>{t("programme.exitCriteria")}</Heading>
          <CriteriaList criteria={phase.exitCriteria} locale={locale} t={t} />
        </div>
      </div>
      <table className="mk-programme-view__exercises" data-slot="phase-exercises">
        <caption>
          <Heading level={sub} className="mk-programme-view__caption-heading">
            {t("programme.exercises")}
          </Heading>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("programme.col.exercise")}</th>
            <th scope="col">{t("programme.col.dose")}</th>
            <th scope="col">{t("programme.col.time")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, exercise, dosage }, rowIndex) => (
            <ErrorBoundary
              // biome-ignore lint/suspicious/noArrayIndexKey: an exercise may appear twice; order is fixed.
              key={`${item.exerciseId}-${rowIndex}`}
              onError={onError}
              fallback={
                <tr data-slot="section-error">
                  <td colSpan={3}>{t("programme.rowError")}</td>
                </tr>
              }
            >
              <ExerciseRow
                item={item}
                exercise={exercise}
                dosage={dosage}
                locale={locale}
                units={units}
                t={t}
                href={exercise && getExerciseHref ? getExerciseHref(exercise) : undefined}
                Link={Link}
                renderExtra={renderExerciseExtra}
              />
            </ErrorBoundary>
          ))}
        </tbody>
      </table>
      {sessionMinutes > 0 && (
        <p className="mk-programme-view__session-total" data-slot="phase-session-time">
          {t("programme.sessionTotal", { count: sessionMinutes })}
        </p>
      )}
      {phase.education.length > 0 && (
        <div className="mk-programme-view__education" data-slot="phase-education">
          <Heading level={sub}>{t("programme.education")}</Heading>
          {phase.education.map((item) => (
            <div key={item.id} className="mk-programme-view__education-item">
              <Heading level={nextLevel(sub)} className="mk-programme-view__education-title">
                <Localized text={item.title} locale={locale} t={t} />
              </Heading>
              <Localized as="p" text={item.text} locale={locale} t={t} />
            </div>
          ))}
        </div>
      )}
      {children}
    </>
  );
}
