import type { DayStatus, ProgressWeek, Translator } from "@movekit/core";
import { useId } from "react";
import { formatDate } from "../internal/format-date";
import { TableScroller } from "./table-scroller";

export interface AdherenceCalendarProps {
  weeks: readonly ProgressWeek[];
  currentWeek: number | undefined;
  locale: string;
  t: Translator;
}

/** A shape for each day's state, so the calendar never relies on colour alone. */
const MARK: Record<DayStatus, string> = {
  done: "✓",
  "ended-early": "!",
  missed: "✕",
  planned: "○",
  rest: "·",
  extra: "+",
};

/**
 * Sessions planned and done, a row per week and a column per day of the programme's week, as a table so it reads
 * the same with a screen reader as on screen. Each day cell has its full state in words.
 * @selector [data-slot="progress-day"][data-status][data-warning]
 */
export function AdherenceCalendar({ weeks, currentWeek, locale, t }: AdherenceCalendarProps) {
  const weekdayName = (date: string) => formatDate(date, locale, "weekday");
  const firstWeek = weeks[0];
  const captionId = useId();
  return (
    <TableScroller labelledBy={captionId}>
      <table className="mk-progress__table mk-progress__calendar" data-slot="progress-calendar">
        <caption id={captionId}>{t("progress.calendar.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("progress.col.week")}</th>
            {firstWeek?.days.map((day) => (
              <th scope="col" key={day.date}>
                {weekdayName(day.date)}
              </th>
            ))}
            <th scope="col">{t("progress.col.done")}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr
              key={week.week}
              data-slot="progress-week-row"
              data-week={week.week}
              data-current={week.week === currentWeek ? "" : undefined}
              aria-current={week.week === currentWeek ? "date" : undefined}
            >
              <th scope="row">{t("progress.week", { number: week.week })}</th>
              {week.days.map((day) => {
                const words = [t(`progress.day.${day.status}`), day.warningSign ? t("progress.day.warning") : undefined]
                  .filter(Boolean)
                  .join(", ");
                return (
                  <td
                    key={day.date}
                    className="mk-progress__day"
                    data-slot="progress-day"
                    data-status={day.status}
                    data-warning={day.warningSign ? "" : undefined}
                  >
                    <span aria-hidden="true" className="mk-progress__mark">
                      {MARK[day.status]}
                      {day.warningSign && day.status !== "ended-early" ? "!" : ""}
                    </span>
                    <span className="mk-visually-hidden">
                      {formatDate(day.date, locale, "day")}: {words}
                    </span>
                  </td>
                );
              })}
              <td data-slot="progress-week-done">{t("progress.doneOf", { done: week.done, planned: week.planned })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/** The calendar's key: each shape and what it means. */
export function CalendarKey({ t }: { t: Translator }) {
  const statuses: DayStatus[] = ["done", "ended-early", "missed", "planned", "rest"];
  return (
    <ul className="mk-progress__key" data-slot="progress-calendar-key">
      {statuses.map((status) => (
        <li key={status}>
          <span aria-hidden="true" className="mk-progress__mark" data-status={status}>
            {MARK[status]}
          </span>{" "}
          {t(`progress.day.${status}`)}
        </li>
      ))}
    </ul>
  );
}
