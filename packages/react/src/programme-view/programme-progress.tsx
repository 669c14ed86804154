import type { Locale, Phase, ProgrammeSchedule, Translator } from "@movekit/core";
import { formatDate } from "../internal/format-date";
import { Heading, type HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";

export interface ProgrammeProgressProps {
  schedule: ProgrammeSchedule;
  totalWeeks: number;
  /** The current phase (the clinician's choice or the calendar's), when there is one. */
  phase: Phase | undefined;
  phaseIndex: number;
  phaseCount: number;
  id: string;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
}

/**
 * Where the patient is, first thing: "Week 6 of 12" and the current phase, or when the programme starts, or
 * that it is done. The dates are the earliest possible, so the note on moving on by criteria comes with them.
 * @selector [data-slot="programme-progress"][data-status="not-started" | "in-progress" | "finished"]
 */
export function ProgrammeProgress({
  schedule,
  totalWeeks,
  phase,
  phaseIndex,
  phaseCount,
  id,
  headingLevel,
  locale,
  t,
}: ProgrammeProgressProps) {
  const week =
    schedule.status === "finished"
      ? t("programme.progress.finished", { total: totalWeeks })
      : schedule.status === "not-started"
        ? t("programme.progress.notStarted", { date: formatDate(schedule.startDate, locale), total: totalWeeks })
        : t("programme.progress.week", { current: schedule.current?.week ?? 1, total: totalWeeks });
  return (
    <section
      className="mk-programme-view__progress"
      data-slot="programme-progress"
      data-status={schedule.status}
      aria-labelledby={id}
    >
      <Heading level={headingLevel} id={id} className="mk-programme-view__progress-heading">
        {t("programme.progress.heading")}
      </Heading>
      <p className="mk-programme-view__progress-week" data-slot="programme-week">
        {week}
      </p>
      {phase && schedule.status !== "finished" && (
        <p className="mk-programme-view__progress-phase" data-slot="programme-phase">
          {t("programme.phaseOf", { current: phaseIndex + 1, total: phaseCount })}{" "}
          <Localized text={phase.title} locale={locale} t={t} />
        </p>
      )}
      <p className="mk-programme-view__weeks-note">{t("programme.weeksNote")}</p>
    </section>
  );
}
