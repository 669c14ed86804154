import { type Locale, type ProgrammeSchedule, type ScheduleWeek, type Translator, weekState } from "@movekit/core";
import { formatDate, formatDateRange } from "../internal/format-date";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Disclosure } from "./disclosure";

export interface PhaseWeeksProps {
  /** This phase's weeks. */
  weeks: readonly ScheduleWeek[];
  schedule: ProgrammeSchedule;
  /** 1-based current week, or 0 when the programme is not running today. */
  currentWeek: number;
  openWeeks: readonly number[];
  onWeekOpenChange: (week: number, open: boolean) => void;
  /** Id prefix for the weeks' sections. */
  idPrefix: string;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
}

/**
 * A phase's weeks, each collapsible with its dates in its name; a week's dated sessions are rendered only while
 * it is open. Dates are calendar dates formatted in UTC, so they never move with the reader's time zone. States
 * are words ("This week", "Today"), not colour alone.
 * @selector [data-slot="week"][data-state="past" | "current" | "upcoming"][data-open][data-current]
 * @selector [data-slot="week-session"][data-kind="exercises" | "run"][data-today]
 */
export function PhaseWeeks({
  weeks,
  schedule,
  currentWeek,
  openWeeks,
  onWeekOpenChange,
  idPrefix,
  headingLevel,
  locale,
  t,
}: PhaseWeeksProps) {
  return (
    <div className="mk-programme-view__weeks" data-slot="week-view">
      <Heading level={headingLevel}>{t("programme.weeks")}</Heading>
      <ol className="mk-week-list">
        {weeks.map((week) => {
          const state = weekState(week.week, currentWeek);
          return (
            <li key={week.week} className="mk-week-list__item">
              <Disclosure
                id={`${idPrefix}-week-${week.week}`}
                className="mk-week-list__week"
                sectionProps={{
                  "data-slot": "week",
                  "data-state": state,
                  "data-week": String(week.week),
                  "data-current": state === "current" ? "" : undefined,
                }}
                open={openWeeks.includes(week.week)}
                onOpenChange={(open) => onWeekOpenChange(week.week, open)}
                headingLevel={nextLevel(headingLevel)}
                title={t("programme.week", { number: week.week })}
                detail={
                  <>
                    {" "}
                    <span className="mk-week-list__range">{formatDateRange(week.startDate, week.endDate, locale)}</span>
                    {state === "current" && (
                      <>
                        {" "}
                        <strong className="mk-week-list__badge" data-slot="week-current">
                          {t("programme.thisWeek")}
                        </strong>
                      </>
                    )}
                  </>
                }
              >
                {() => <WeekSessions week={week} today={schedule.today} locale={locale} t={t} />}
              </Disclosure>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function WeekSessions({
  week,
  today,
  locale,
  t,
}: {
  week: ScheduleWeek;
  today: string;
  locale: Locale | string;
  t: Translator;
}) {
  return (
    <ul className="mk-week-list__sessions">
      {week.sessions.map((session) => {
        const isToday = session.date === today;
        return (
          <li
            key={`${session.date}-${session.kind}`}
            className="mk-week-list__session"
            data-slot="week-session"
            data-kind={session.kind}
            data-today={isToday ? "" : undefined}
          >
            <time className="mk-week-list__day" dateTime={session.date}>
              {formatDate(session.date, locale, "day")}
            </time>{" "}
            <span>
              {session.kind === "exercises"
                ? t("programme.session.exercises", { number: session.number })
                : t("programme.session.run", { week: session.planWeek })}
            </span>
            {isToday && <strong className="mk-week-list__today">{t("programme.today")}</strong>}
          </li>
        );
      })}
    </ul>
  );
}
