import {
  type Exercise,
  type Phase,
  type Programme,
  type ProgrammeSchedule,
  phaseState,
  type ScheduleWeek,
} from "@movekit/core";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { ErrorInfo, ReactNode } from "react";
import { nextLevel } from "../internal/heading";
import { ReturnToRunPlan } from "../return-to-run-plan/return-to-run-plan";
import { PhaseBody, type PhaseBodyProps } from "./phase-body";
import { PhaseSection } from "./phase-section";
import type { ProgrammeViewProps } from "./programme-view-props";
import { PhaseWeeks } from "./week-view";

/** What the phases pass straight on to each phase's body. */
type BodyShared = Pick<PhaseBodyProps, "exercises" | "headingLevel" | "locale" | "units" | "t" | "Link">;

export interface ProgrammePhasesProps extends BodyShared {
  programme: Programme;
  schedule: ProgrammeSchedule | undefined;
  weeks: readonly ScheduleWeek[];
  /** Index of the current phase: -1 before the start, the phase count once finished. */
  current: number;
  currentWeek: number;
  openPhases: readonly string[];
  onPhaseOpenChange: (phaseId: string, open: boolean) => void;
  openWeeks: readonly number[];
  onWeekOpenChange: (week: number, open: boolean) => void;
  /** Everything open, whatever the state says (printing). */
  allOpen: boolean;
  sectionId: (phase: Phase) => string;
  getExerciseHref: (exercise: Exercise) => string | undefined;
  renderExerciseExtra: ProgrammeViewProps["renderExerciseExtra"];
  messages: ProgrammeViewProps["messages"];
  fallback: ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/** Every phase as a collapsible section, each in its own error boundary; only open phases render their body. */
export function ProgrammePhases(props: ProgrammePhasesProps) {
  const { programme, schedule, weeks, current, currentWeek, allOpen, headingLevel, locale, t } = props;
  const { fallback, onError, sectionId, messages } = props;
  const sub = nextLevel(headingLevel);
  return programme.phases.map((phase, index) => {
    const scheduled = schedule?.phases[index];
    const phaseWeeks = weeks.filter((week) => week.phaseIndex === index);
    const openWeeks = allOpen ? phaseWeeks.map((week) => week.week) : props.openWeeks;
    return (
      <ErrorBoundary key={phase.id} fallback={fallback} onError={onError}>
        <PhaseSection
          phase={phase}
          index={index}
          phases={programme.phases}
          state={phaseState(index, current)}
          id={sectionId(phase)}
          open={allOpen || props.openPhases.includes(phase.id)}
          onOpenChange={(open) => props.onPhaseOpenChange(phase.id, open)}
          dates={scheduled}
          exercises={props.exercises}
          regressionRules={programme.regressionRules}
          runningPlan={phase.usesRunningPlan ? programme.runningPlan : undefined}
          headingLevel={headingLevel}
          locale={locale}
          t={t}
          onError={onError}
        >
          {() => (
            <PhaseBody
              phase={phase}
              exercises={props.exercises}
              headingLevel={sub}
              locale={locale}
              units={props.units}
              t={t}
              Link={props.Link}
              getExerciseHref={props.getExerciseHref}
              renderExerciseExtra={props.renderExerciseExtra}
              onError={onError}
              weeks={
                schedule &&
                phaseWeeks.length > 0 && (
                  <PhaseWeeks
                    weeks={phaseWeeks}
                    schedule={schedule}
                    currentWeek={currentWeek}
                    openWeeks={openWeeks}
                    onWeekOpenChange={props.onWeekOpenChange}
                    idPrefix={sectionId(phase)}
                    headingLevel={sub}
                    locale={locale}
                    t={t}
                  />
                )
              }
            >
              {phase.usesRunningPlan && programme.runningPlan && (
                <ReturnToRunPlan plan={programme.runningPlan} headingLevel={sub} locale={locale} messages={messages} />
              )}
            </PhaseBody>
          )}
        </PhaseSection>
      </ErrorBoundary>
    );
  });
}
