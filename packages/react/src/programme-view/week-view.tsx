import {
  addDays,
  type Locale,
  type ProgrammeSchedule,
  programmeMessages,
  registerMessages,
  type ScheduledSession,
  type Translator,
} from "@movekit/core";
import { dateFormat, sameSpaces } from "../internal/format-date";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";

registerMessages(programmeMessages);

export interface ScheduleWeek {
  /** 1-based programme week. */
  week: number;
  phaseIndex: number;
  startDate: string;
  endDate: string;
  sessions: ScheduledSession[];
}

/** The schedule's sessions grouped by programme week (the schedule comes from core's scheduleProgramme). */
export function groupByWeek(schedule: ProgrammeSchedule): ScheduleWeek[] {
  const weeks: ScheduleWeek[] = [];
  for (const phase of schedule.phases) {
    for (let w = 0; w < phase.weeks; w++) {
      const startDate = addDays(phase.startDate, w * 7);
      weeks.push({
        week: weeks.length + 1,
        phaseIndex: phase.index,
        startDate,
        endDate: addDays(startDate, 6),
        sessions: [],
      });
    }
  }
  for (const session of schedule.sessions) weeks[session.week - 1]?.sessions.push(session);
  return weeks;
}

export interface WeekViewProps {
  weeks: readonly ScheduleWeek[];
  schedule: ProgrammeSchedule;
  /** 1-based current week, or 0 when the programme is not running today. */
  currentWeek: number;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
}

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Week by week, each week's dates and its dated sessions. Dates are calendar dates formatted in UTC, so they
 * never move with the reader's time zone. States are words ("This week", "Today"), not colour alone.
 * @selector [data-slot="week"][data-state="past" | "current" | "upcoming"]
 * @selector [data-slot="week-session"][data-kind="exercises" | "run"][data-today]
 */
export function WeekView({ weeks, schedule, currentWeek, headingLevel, locale, t }: WeekViewProps) {
  const dayFormat = dateFormat(locale, "day");
  const rangeFormat = dateFormat(locale, "range");
  const sub = nextLevel(headingLevel);
  return (
    <section className="mk-programme-view__weeks" data-slot="week-view">
      <Heading level={headingLevel}>{t("programme.weeks")}</Heading>
      <p className="mk-programme-view__weeks-note">{t("programme.weeksNote")}</p>
      <ol className="mk-week-list">
        {weeks.map((week) => {
          const state = week.week < currentWeek ? "past" : week.week === currentWeek ? "current" : "upcoming";
          const phase = schedule.phases[week.phaseIndex]?.phase;
          return (
            <li
              key={week.week}
              className="mk-week-list__week"
              data-slot="week"
              data-state={state}
              data-week={week.week}
            >
              <Heading level={sub} className="mk-week-list__title">
                {t("programme.week", { number: week.week })}
                <span className="mk-week-list__range">
                  {" "}
                  {sameSpaces(rangeFormat.formatRange(utc(week.startDate), utc(week.endDate)))}
                </span>
              </Heading>
              <p className="mk-week-list__phase">
                {t("programme.phaseNumber", { number: week.phaseIndex + 1 })}{" "}
                {phase && <Localized text={phase.title} locale={locale} t={t} />}
                {state === "current" && (
                  <strong className="mk-week-list__badge" data-slot="week-current">
                    {t("programme.thisWeek")}
                  </strong>
                )}
              </p>
              <ul className="mk-week-list__sessions">
                {week.sessions.map((session) => {
                  const today = session.date === schedule.today;
                  return (
                    <li
                      key={`${session.date}-${session.kind}`}
                      className="mk-week-list__session"
                      data-slot="week-session"
                      data-kind={session.kind}
                      data-today={today ? "" : undefined}
                    >
                      <time dateTime={session.date}>{dayFormat.format(utc(session.date))}</time>{" "}
                      <span>
                        {session.kind === "exercises"
                          ? t("programme.session.exercises", { number: session.number })
                          : t("programme.session.run", { week: session.planWeek })}
                      </span>
                      {today && <strong className="mk-week-list__today">{t("programme.today")}</strong>}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
