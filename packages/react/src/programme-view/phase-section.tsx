import type {
  Exercise,
  Locale,
  MessageKey,
  Phase,
  PhaseState,
  ProgrammeRule,
  RunningPlan,
  Translator,
} from "@movekit/core";
import { validateRunningPlan } from "@movekit/core/running";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { ErrorInfo, ReactNode } from "react";
import { formatDateRange } from "../internal/format-date";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { Disclosure } from "./disclosure";
import { RuleList } from "./rule-list";
import { SectionError } from "./section-error";

export interface PhaseSectionProps {
  phase: Phase;
  index: number;
  phases: readonly Phase[];
  state: PhaseState;
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The phase's planned dates, when the programme has a start date. */
  dates?: { startDate: string; endDate: string };
  exercises: ReadonlyMap<string, Exercise>;
  regressionRules: readonly ProgrammeRule[];
  /** The walk/run plan, when this phase uses it: its warnings stay visible while the phase is collapsed. */
  runningPlan?: RunningPlan;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** The open phase's body, rendered only while open. */
  children: () => ReactNode;
}

/**
 * The phase's own safety notes, shown whether the phase is open or not: its rules for stepping back, the
 * walk/run plan's warnings, and exercises the library lacks (their rows would otherwise vanish with the phase).
 */
function PhaseSafetyNotes({
  phase,
  phases,
  exercises,
  regressionRules,
  runningPlan,
  headingLevel,
  locale,
  t,
}: Pick<
  PhaseSectionProps,
  "phase" | "phases" | "exercises" | "regressionRules" | "runningPlan" | "headingLevel" | "locale" | "t"
>) {
  const rules = regressionRules.filter((rule) => rule.fromPhaseId === phase.id);
  const missing = [...new Set(phase.contents.map((item) => item.exerciseId))].filter((id) => !exercises.has(id));
  const flaggedWeeks = runningPlan ? new Set(validateRunningPlan(runningPlan).map((f) => f.weekIndex)).size : 0;
  if (rules.length === 0 && missing.length === 0 && flaggedWeeks === 0) return null;
  return (
    <div className="mk-programme-view__phase-safety" data-slot="phase-safety" data-safety="">
      <Heading level={headingLevel}>{t("programme.phaseSafety")}</Heading>
      {rules.length > 0 && <RuleList rules={rules} phases={phases} locale={locale} t={t} />}
      {missing.map((id) => (
        <p key={id} data-slot="phase-missing-exercise">
          {t("programme.unknownExercise", { id })}
        </p>
      ))}
      {flaggedWeeks > 0 && (
        <p data-slot="phase-run-warnings">
          <strong>{t("runPlan.warningPrefix")}</strong> {t("runPlan.chart.flagged", { count: flaggedWeeks })}
        </p>
      )}
    </div>
  );
}

/**
 * One phase as a collapsible section: its name, dates and state in words name the button; its safety notes
 * stay visible while collapsed; the body (weeks, criteria, exercises, education) is rendered only while open,
 * inside an error boundary of its own so a broken body never takes the heading or the safety notes with it.
 * @selector [data-slot="phase"][data-state="done" | "current" | "upcoming"][data-open][data-current]
 * @selector [data-slot="phase-safety"] the phase's safety notes, never collapsed
 */
export function PhaseSection(props: PhaseSectionProps) {
  const { phase, index, phases, state, id, open, onOpenChange, dates, headingLevel, locale, t, onError } = props;
  const range = dates ? formatDateRange(dates.startDate, dates.endDate, locale) : undefined;
  return (
    <Disclosure
      id={id}
      className="mk-programme-view__phase"
      sectionProps={{ "data-slot": "phase", "data-state": state, "data-current": state === "current" ? "" : undefined }}
      open={open}
      onOpenChange={onOpenChange}
      headingLevel={headingLevel}
      title={
        <>
          {t("programme.phaseOf", { current: index + 1, total: phases.length })}{" "}
          <Localized text={phase.title} locale={locale} t={t} />
        </>
      }
      detail={
        <>
          {range && (
            <>
              {" "}
              <span className="mk-programme-view__phase-dates" data-slot="phase-dates">
                {range}
              </span>
            </>
          )}{" "}
          <span className="mk-programme-view__phase-state" data-slot="phase-state">
            {t(`programme.phaseState.${state}` as MessageKey)}
          </span>
        </>
      }
      always={<PhaseSafetyNotes {...props} headingLevel={nextLevel(headingLevel)} />}
    >
      {() => (
        <ErrorBoundary fallback={<SectionError t={t} />} onError={onError}>
          {props.children()}
        </ErrorBoundary>
      )}
    </Disclosure>
  );
}
