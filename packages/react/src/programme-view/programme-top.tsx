import type { Catalogue, Locale, Phase, Programme, ProgrammeSchedule, Translator } from "@movekit/core";
// Through the public entry, so the published build keeps it a client module.
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { type ErrorInfo, memo, type ReactNode } from "react";
import { Button } from "../internal/button";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { formatDate } from "../internal/format-date";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { RedFlagNotices } from "../red-flag-notices/red-flag-notices";
import { PainRuleSummary } from "./pain-rule-summary";
import { PhaseStepper } from "./phase-stepper";
import { ProgrammeProgress } from "./programme-progress";

export interface ProgrammeTopProps {
  programme: Programme;
  schedule: ProgrammeSchedule | undefined;
  totalWeeks: number;
  /** Index of the current phase: -1 before the start, the phase count once finished. */
  current: number;
  /** The view's id prefix: the title, progress, safety heading and phase sections derive their ids from it. */
  prefix: string;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
  messages: Partial<Catalogue> | undefined;
  emergencyNumbers: EmergencyNumbers;
  showPrintButton: boolean;
  /** Opens a phase (the stepper's links); stable, so the top does not re-render for it. */
  onOpenPhase: (phaseId: string) => void;
  fallback: ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * What the first paint shows: title, dates and goals, where the patient is, the stop rules and the pain rule
 * (outside every error boundary), and the phase stepper. Memoised: the parts that follow the first paint do not
 * render it again.
 */
export const ProgrammeTop = memo(function ProgrammeTop({
  programme,
  schedule,
  totalWeeks,
  current,
  prefix,
  headingLevel,
  locale,
  t,
  messages,
  emergencyNumbers,
  showPrintButton,
  onOpenPhase,
  fallback,
  onError,
}: ProgrammeTopProps) {
  const sub = nextLevel(headingLevel);
  const phases = programme.phases;
  return (
    <>
      <header className="mk-programme-view__header">
        <Heading level={headingLevel} id={`${prefix}-title`} className="mk-programme-view__title">
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
          <Button
            className="mk-programme-view__print"
            slot="print-button"
            data-print="hide"
            onClick={() => window.print()}
          >
            {t("programme.print")}
          </Button>
        )}
      </header>

      {schedule && (
        <ProgrammeProgress
          schedule={schedule}
          totalWeeks={totalWeeks}
          phase={phases[current]}
          phaseIndex={current}
          phaseCount={phases.length}
          id={`${prefix}-progress`}
          headingLevel={sub}
          locale={locale}
          t={t}
        />
      )}

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
            emergencyNumbers={emergencyNumbers}
            headingLevel={nextLevel(sub)}
            messages={messages}
          />
        </section>
      )}
      <PainRuleSummary rule={programme.painRule} headingLevel={sub} locale={locale} t={t} />

      <ErrorBoundary fallback={fallback} onError={onError}>
        <nav className="mk-programme-view__phases-nav" aria-label={t("programme.phases")}>
          <PhaseStepper
            phases={phases}
            current={current}
            sectionId={(phase: Phase) => `${prefix}-phase-${phase.id}`}
            onSelect={(phase) => onOpenPhase(phase.id)}
            locale={locale}
            t={t}
          />
        </nav>
      </ErrorBoundary>
    </>
  );
});
