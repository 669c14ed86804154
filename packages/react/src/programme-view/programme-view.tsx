import {
  type Catalogue,
  createTranslator,
  type Exercise,
  type Locale,
  type Phase,
  type Programme,
  programmeMessages,
  registerMessages,
  type SessionItem,
  safetyMessages,
  scheduleProgramme,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
// Through the public entry, so the published build keeps it a client module.
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { type ComponentPropsWithoutRef, type ErrorInfo, type ReactNode, useId, useMemo } from "react";
import { EvidenceList } from "../evidence-list/evidence-list";
import { cx } from "../internal/class-names";
import { formatDate } from "../internal/format-date";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { useMovekit } from "../movekit-provider/movekit-context";
import { ReturnToRunPlan } from "../return-to-run-plan/return-to-run-plan";
import { RedFlagNotices } from "../safety-notice/safety-notice";
import { checkedExercises } from "./checked-exercises";
import { defaultHandoutUrl, Handout, handoutEntries } from "./handout";
import { PainRuleSummary } from "./pain-rule-summary";
import { PhaseSection } from "./phase-section";
import { PhaseStepper, phaseState } from "./phase-stepper";
import { RuleList } from "./rule-list";
import { useAfterFirstPaint } from "./use-after-first-paint";
import { groupByWeek, WeekView } from "./week-view";

registerMessages(programmeMessages, safetyMessages);

export interface ProgrammeViewProps extends Omit<ComponentPropsWithoutRef<"article">, "children" | "title"> {
  /** A validated programme (from `parseProgramme` or `@movekit/content`). */
  programme: Programme;
  /** The exercises the programme uses, looked up by id. */
  exercises: ReadonlyArray<Exercise>;
  /** First day of the programme, "YYYY-MM-DD": adds the week-by-week view with dated sessions. */
  startDate?: string;
  /** Today, "YYYY-MM-DD", for the current phase and week. Pass it when rendering on the server. @default now */
  today?: string;
  /** IANA time zone used to read today's date. @default the runtime's zone */
  timeZone?: string;
  /**
   * The phase the patient is really in (moving on depends on exit criteria, not dates). @default the phase
   * today falls in by the calendar, or the first phase without a start date
   */
  currentPhaseId?: string;
  /** Link for an exercise's name in the session tables, e.g. its page in your app. */
  exerciseHref?: (exercise: Exercise) => string | undefined;
  /**
   * The https address the printed handout's QR code opens for an exercise.
   * @default the exercise's first video source when it is an absolute https URL
   */
  videoUrl?: (exercise: Exercise) => string | undefined;
  /** Extra content in an exercise's row. Rendered inside the row's error boundary. */
  renderExerciseExtra?: (exercise: Exercise | undefined, item: SessionItem) => ReactNode;
  /** Told when a part of the view fails to render and shows its fallback instead. */
  onSectionError?: (error: unknown, info: ErrorInfo) => void;
  /** Show the "Print handout" button. @default true */
  showPrintButton?: boolean;
  /** Level of the programme's heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default the MovekitProvider's locale */
  locale?: Locale | string;
  /** Unit system for loads and distances. @default the MovekitProvider's units */
  units?: UnitSystem;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

function SectionError({ t }: { t: Translator }) {
  return (
    <div className="mk-programme-view__section-error" data-slot="section-error">
      <p>{t("programme.sectionError")}</p>
    </div>
  );
}

/**
 * A phased rehabilitation programme: its stop rules and pain rule first (outside every error boundary, so they
 * stay visible whatever else fails), the phases as a stepper, each phase with its criteria, exercises and
 * education, the running plan, a week-by-week view with dated sessions, the rules for moving on, and sources.
 * Printing gives an A4 handout with every exercise, its cues, dose, safety and a QR code to its video.
 * @selector [data-slot="programme-view"][data-status="not-started" | "in-progress" | "finished"]
 * @selector [data-slot="programme-view"][data-pending] on a fresh client mount, until every part has rendered
 * @selector [data-print="hide"] screen-only parts; [data-print="only"] print-only parts
 * @selector [data-slot="section-error"] a part that failed to render
 */
export function ProgrammeView({
  programme,
  exercises,
  startDate,
  today,
  timeZone,
  currentPhaseId,
  exerciseHref,
  videoUrl = defaultHandoutUrl,
  renderExerciseExtra,
  onSectionError,
  showPrintButton = true,
  headingLevel = 2,
  locale: localeProp,
  units: unitsProp,
  messages,
  className,
  ...rest
}: ProgrammeViewProps) {
  const movekit = useMovekit();
  const locale = localeProp ?? movekit.locale;
  const units = unitsProp ?? movekit.units;
  const t = useMemo(
    () => (localeProp || messages ? createTranslator(locale, { ...movekit.messages, ...messages }) : movekit.t),
    [localeProp, messages, locale, movekit.messages, movekit.t],
  );
  const prefix = useId();
  const titleId = `${prefix}-title`;
  // Checked field by field, so one broken exercise costs only its own non-safety parts (see checked-exercises).
  const byId = useMemo(() => checkedExercises(exercises), [exercises]);
  // The schedule is the one costly computation here: memoised, so re-renders never redo it.
  const schedule = useMemo(
    () => (startDate ? scheduleProgramme(programme, startDate, { today, timeZone }) : undefined),
    [programme, startDate, today, timeZone],
  );
  const weeks = useMemo(() => (schedule ? groupByWeek(schedule) : []), [schedule]);
  const entries = useMemo(() => handoutEntries(programme.phases, byId), [programme.phases, byId]);

  const phases = programme.phases;
  const explicit = currentPhaseId ? phases.findIndex((p) => p.id === currentPhaseId) : -1;
  const current =
    explicit >= 0
      ? explicit
      : schedule
        ? schedule.status === "finished"
          ? phases.length
          : (schedule.current?.index ?? -1)
        : 0;
  const currentWeek = schedule?.current?.week ?? 0;
  const sub = nextLevel(headingLevel);
  const sectionId = (phase: Phase) => `${prefix}-phase-${phase.id}`;
  const exerciseAnchor = (exercise: Exercise) => `${prefix}-exercise-${exercise.id}`;
  // Without a host link, exercise names jump to the exercise's guide (with its safety) further down the page.
  const hrefFor = exerciseHref ?? ((exercise: Exercise) => `#${exerciseAnchor(exercise)}`);
  const fallback = <SectionError t={t} />;
  // A fresh client mount paints the header, the safety rules and the stepper first, then everything else in
  // one go, then the long exercise guide (each a frame later). Server HTML and hydration have it all at once.
  const restShown = useAfterFirstPaint();
  const guideShown = useAfterFirstPaint(restShown);

  return (
    <article
      aria-labelledby={titleId}
      {...rest}
      className={cx("mk-programme-view", className)}
      data-slot="programme-view"
      data-status={schedule?.status}
      data-pending={guideShown ? undefined : ""}
    >
      <header className="mk-programme-view__header">
        <Heading level={headingLevel} id={titleId} className="mk-programme-view__title">
          <Localized text={programme.title} locale={locale} t={t} />
        </Heading>
        <Localized as="p" className="mk-programme-view__condition" text={programme.condition} locale={locale} t={t} />
        <Localized as="p" className="mk-programme-view__summary" text={programme.summary} locale={locale} t={t} />
        {schedule && (
          <p className="mk-programme-view__dates" data-slot="programme-dates">
            {t("programme.dates", {
              start: formatDate(schedule.startDate, locale),
              end: formatDate(schedule.endDate, locale),
            })}
          </p>
        )}
        <Heading level={sub}>{t("programme.goals")}</Heading>
        <ul className="mk-programme-view__goals">
          {programme.goals.map((goal, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals are static content in a fixed order.
            <Localized key={index} as="li" text={goal} locale={locale} t={t} />
          ))}
        </ul>
        {showPrintButton && (
          <button
            type="button"
            className="mk-programme-view__print"
            data-slot="print-button"
            data-print="hide"
            onClick={() => window.print()}
          >
            {t("programme.print")}
          </button>
        )}
      </header>

      {/* Safety first, and outside every error boundary: a broken part below can never hide it. */}
      {programme.redFlags.length > 0 && (
        <section
          className="mk-programme-view__safety"
          data-slot="programme-safety"
          aria-labelledby={`${prefix}-safety`}
        >
          <Heading level={sub} id={`${prefix}-safety`}>
            {t("safety.redFlags")}
          </Heading>
          <RedFlagNotices
            redFlags={programme.redFlags}
            locale={locale}
            emergencyNumbers={movekit.emergencyNumbers}
            headingLevel={nextLevel(sub)}
            messages={messages}
          />
        </section>
      )}
      <PainRuleSummary rule={programme.painRule} headingLevel={sub} locale={locale} t={t} />

      <ErrorBoundary fallback={fallback} onError={onSectionError}>
        <nav className="mk-programme-view__phases-nav" aria-label={t("programme.phases")}>
          <PhaseStepper phases={phases} current={current} sectionId={sectionId} locale={locale} t={t} />
        </nav>
      </ErrorBoundary>

      {restShown &&
        phases.map((phase, index) => (
          <ErrorBoundary key={phase.id} fallback={fallback} onError={onSectionError}>
            <PhaseSection
              phase={phase}
              index={index}
              total={phases.length}
              state={phaseState(index, current)}
              id={sectionId(phase)}
              exercises={byId}
              headingLevel={sub}
              locale={locale}
              units={units}
              t={t}
              Link={exerciseHref ? movekit.linkComponent : "a"}
              exerciseHref={hrefFor}
              renderExerciseExtra={renderExerciseExtra}
              onError={onSectionError}
            >
              {phase.usesRunningPlan && programme.runningPlan && (
                <ReturnToRunPlan
                  plan={programme.runningPlan}
                  headingLevel={nextLevel(sub)}
                  locale={locale}
                  messages={messages}
                />
              )}
            </PhaseSection>
          </ErrorBoundary>
        ))}

      {/* The exercise guide is long and far below the fold: it comes last. */}
      {guideShown && (
        <ErrorBoundary fallback={fallback} onError={onSectionError}>
          <Handout
            entries={entries}
            headingLevel={sub}
            locale={locale}
            units={units}
            t={t}
            messages={messages}
            emergencyNumbers={movekit.emergencyNumbers}
            videoUrl={videoUrl}
            exerciseId={exerciseAnchor}
            onError={onSectionError}
          />
        </ErrorBoundary>
      )}

      {restShown && (
        <>
          {schedule && (
            <ErrorBoundary fallback={fallback} onError={onSectionError}>
              <WeekView
                weeks={weeks}
                schedule={schedule}
                currentWeek={currentWeek}
                headingLevel={sub}
                locale={locale}
                t={t}
              />
            </ErrorBoundary>
          )}

          <ErrorBoundary fallback={fallback} onError={onSectionError}>
            <section className="mk-programme-view__rules-section" data-slot="programme-rules">
              <Heading level={sub}>{t("programme.rules")}</Heading>
              <Heading level={nextLevel(sub)}>{t("programme.progressionRules")}</Heading>
              <RuleList rules={programme.progressionRules} phases={phases} locale={locale} t={t} />
              {programme.regressionRules.length > 0 && (
                <>
                  <Heading level={nextLevel(sub)}>{t("programme.regressionRules")}</Heading>
                  <RuleList rules={programme.regressionRules} phases={phases} locale={locale} t={t} />
                </>
              )}
            </section>
          </ErrorBoundary>

          <ErrorBoundary fallback={fallback} onError={onSectionError}>
            <section className="mk-programme-view__evidence" data-slot="programme-evidence">
              <Heading level={sub}>{t("programme.evidence")}</Heading>
              <EvidenceList
                evidence={programme.evidence}
                provenance={programme.provenance}
                locale={locale}
                headingLevel={nextLevel(sub)}
                messages={messages}
              />
            </section>
          </ErrorBoundary>
        </>
      )}
    </article>
  );
}
