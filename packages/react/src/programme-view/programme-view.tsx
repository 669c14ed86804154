import {
  contentMessages,
  currentPhaseIndex,
  currentWeekNumber,
  dosageMessages,
  type Exercise,
  exerciseSafetyMessages,
  initialOpenParts,
  type Phase,
  painCheckMessages,
  printableVideoHref,
  programmeHandoutEntries,
  programmeMessages,
  safetyMessages,
  scheduleProgramme,
  scheduleWeeks,
} from "@movekit/core";
import { runPlanMessages } from "@movekit/core/running";
// Through the public entry, so the published build keeps it a client module.
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { forwardRef, useCallback, useEffect, useId, useMemo } from "react";
import { afterNextPaint } from "../internal/after-next-paint";
import { cx } from "../internal/class-names";
import { renamedProp } from "../internal/deprecated-prop";
import { nextLevel } from "../internal/heading";
import { useAfterFirstPaint } from "../internal/use-after-first-paint";
import { useTranslator } from "../internal/use-translator";
import { useMovekit } from "../movekit-provider/movekit-context";
import { checkedExercises } from "./checked-exercises";
import { Handout } from "./handout";
import { preloadProgrammeView } from "./lazy-parts";
import { ProgrammeClosing } from "./programme-closing";
import { ProgrammePhases } from "./programme-phases";
import { ProgrammeTop } from "./programme-top";
import type { ProgrammeViewProps } from "./programme-view-props";
import { SectionError } from "./section-error";
import { useOpenList, usePrinting } from "./use-open-state";

/** The message bundles this component shows strings from. */
const BUNDLES = [
  programmeMessages,
  safetyMessages,
  painCheckMessages,
  dosageMessages,
  runPlanMessages,
  contentMessages,
  exerciseSafetyMessages,
];

export type { ProgrammeViewProps } from "./programme-view-props";

const ROLE = "ProgrammeView";
const NO_EXERCISES: ReadonlyMap<string, Exercise> = new Map();
const EXERCISE_HREF = { from: "exerciseHref", to: "getExerciseHref" };
const VIDEO_HREF = { from: "videoUrl", to: "getVideoHref" };

/**
 * A phased rehabilitation programme: where the patient is ("Week 6 of 12"), its stop rules and pain rule
 * (outside every error boundary, so they stay visible whatever else fails), the phases as a stepper, then each
 * phase as a collapsible section with its safety notes always shown and, while open, its weeks (each
 * collapsible, with dated sessions), criteria, exercises, education and running plan; the rules for moving on,
 * every exercise with its safety, and sources. It opens on the current phase and week; collapsed parts are not
 * rendered, which keeps a long programme fast. Printing opens every part and gives an A4 handout with every
 * exercise, its cues, dose, safety and a QR code to its video.
 * @selector [data-slot="programme-view"][data-status="not-started" | "in-progress" | "finished"]
 * @selector [data-slot="programme-view"][data-pending] on a fresh client mount, until every part has rendered
 * @selector [data-print="hide"] screen-only parts; [data-print="only"] print-only parts
 * @selector [data-slot="section-error"] a part that failed to render
 */
export const ProgrammeView = forwardRef<HTMLElement, ProgrammeViewProps>(function ProgrammeView(
  {
    programme,
    exercises,
    startDate,
    today,
    timeZone,
    currentPhaseId,
    getExerciseHref: getExerciseHrefProp,
    exerciseHref,
    getVideoHref: getVideoHrefProp,
    videoUrl,
    renderExerciseExtra,
    onSectionError,
    showPrintButton = true,
    headingLevel = 2,
    locale: localeProp,
    units: unitsProp,
    messages: messagesProp,
    openPhases: openPhasesProp,
    defaultOpenPhases,
    onOpenPhasesChange,
    openWeeks: openWeeksProp,
    defaultOpenWeeks,
    onOpenWeeksChange,
    className,
    ...rest
  }: ProgrammeViewProps,
  ref,
) {
  const movekit = useMovekit();
  const { locale, messages, t } = useTranslator(localeProp, messagesProp, BUNDLES);
  const units = unitsProp ?? movekit.units;
  const prefix = useId();
  const titleId = `${prefix}-title`;
  // A fresh client mount paints the header, the safety rules and the stepper first, then every other part in
  // one commit just after that paint (one stage: each stage costs a frame), rendered in one task (urgent): the
  // guide is small now, and a transition's many yields cost most on a busy machine. Server HTML and hydration
  // have it all.
  const restShown = useAfterFirstPaint(true, { urgent: true });
  const used = useMemo(
    () => new Set(programme.phases.flatMap((phase) => phase.contents.map((item) => item.exerciseId))),
    [programme.phases],
  );
  // Checked field by field, so one broken exercise costs only its own non-safety parts (see checked-exercises);
  // the first paint shows no exercise, so the check waits for the parts that do.
  const byId = useMemo(
    () => (restShown ? checkedExercises(exercises, used) : NO_EXERCISES),
    [restShown, exercises, used],
  );
  // The schedule is the one costly computation here: memoised, so re-renders never redo it.
  const schedule = useMemo(
    () => (startDate ? scheduleProgramme(programme, startDate, { today, timeZone }) : undefined),
    [programme, startDate, today, timeZone],
  );
  const weeks = useMemo(() => (schedule ? scheduleWeeks(schedule) : []), [schedule]);
  // The guide's exercises in order of first use with their doses (core's list, as a printed guide has it); the
  // doses are shown only when an exercise's instructions open.
  const guideList = useMemo(() => programmeHandoutEntries(programme.phases, byId), [programme.phases, byId]);
  const getExerciseHref = renamedProp(ROLE, EXERCISE_HREF, getExerciseHrefProp, exerciseHref);
  const getVideoHref = renamedProp(ROLE, VIDEO_HREF, getVideoHrefProp, videoUrl) ?? printableVideoHref;

  const phases = programme.phases;
  const finished = schedule?.status === "finished";
  const current = currentPhaseIndex(phases, schedule, currentPhaseId);
  const currentWeek = currentWeekNumber(schedule);
  const initial = useMemo(
    () => initialOpenParts(phases, weeks, current, currentWeek, finished),
    [phases, weeks, current, currentWeek, finished],
  );
  const [openPhases, setPhaseOpen] = useOpenList(
    openPhasesProp,
    defaultOpenPhases ?? initial.phases,
    onOpenPhasesChange,
  );
  const [openWeeks, setWeekOpen] = useOpenList(openWeeksProp, defaultOpenWeeks ?? initial.weeks, onOpenWeeksChange);
  const printing = usePrinting();
  // The print-only QR codes load once every part is on screen (their code would otherwise compete with the
  // parts for the main thread), still long before anyone prints.
  useEffect(() => {
    if (restShown) return afterNextPaint(() => void preloadProgrammeView().catch(() => {}));
  }, [restShown]);
  const sub = nextLevel(headingLevel);
  const sectionId = (phase: Phase) => `${prefix}-phase-${phase.id}`;
  const exerciseAnchor = (exercise: Exercise) => `${prefix}-exercise-${exercise.id}`;
  // Without a host link, exercise names jump to the exercise's guide (with its safety) further down the page.
  const hrefFor = getExerciseHref ?? ((exercise: Exercise) => `#${exerciseAnchor(exercise)}`);
  const fallback = useMemo(() => <SectionError t={t} />, [t]);
  const openPhase = useCallback((phaseId: string) => setPhaseOpen(phaseId, true), [setPhaseOpen]);
  // The long guide depends on no phase's or week's open state: kept as is when one opens or closes.
  const emergencyNumbers = movekit.emergencyNumbers;
  const guide = useMemo(
    () => (
      <Handout
        entries={guideList}
        headingLevel={sub}
        locale={locale}
        units={units}
        t={t}
        messages={messages}
        emergencyNumbers={emergencyNumbers}
        getVideoHref={getVideoHref}
        exerciseId={(exercise) => `${prefix}-exercise-${exercise.id}`}
        onError={onSectionError}
        allOpen={printing}
      />
    ),
    [guideList, sub, locale, units, t, messages, emergencyNumbers, getVideoHref, prefix, onSectionError, printing],
  );

  return (
    <article
      aria-labelledby={titleId}
      {...rest}
      ref={ref}
      className={cx("mk-programme-view", className)}
      data-slot="programme-view"
      data-status={schedule?.status}
      data-pending={restShown ? undefined : ""}
    >
      <ProgrammeTop
        programme={programme}
        schedule={schedule}
        totalWeeks={weeks.length}
        current={current}
        prefix={prefix}
        headingLevel={headingLevel}
        locale={locale}
        t={t}
        messages={messages}
        emergencyNumbers={emergencyNumbers}
        showPrintButton={showPrintButton}
        onOpenPhase={openPhase}
        fallback={fallback}
        onError={onSectionError}
      />

      {restShown && (
        <ProgrammePhases
          programme={programme}
          schedule={schedule}
          weeks={weeks}
          current={current}
          currentWeek={currentWeek}
          openPhases={openPhases}
          onPhaseOpenChange={setPhaseOpen}
          openWeeks={openWeeks}
          onWeekOpenChange={setWeekOpen}
          allOpen={printing}
          sectionId={sectionId}
          exercises={byId}
          headingLevel={sub}
          locale={locale}
          units={units}
          t={t}
          Link={getExerciseHref ? movekit.linkComponent : "a"}
          getExerciseHref={hrefFor}
          renderExerciseExtra={renderExerciseExtra}
          messages={messages}
          fallback={fallback}
          onError={onSectionError}
        />
      )}

      {/* The exercise guide is long and far below the fold: after the phases, never in the first paint. */}
      {restShown && (
        <ErrorBoundary fallback={fallback} onError={onSectionError}>
          {guide}
        </ErrorBoundary>
      )}

      {restShown && (
        <ProgrammeClosing
          programme={programme}
          headingLevel={sub}
          locale={locale}
          t={t}
          messages={messages}
          fallback={fallback}
          onError={onSectionError}
        />
      )}
    </article>
  );
});
