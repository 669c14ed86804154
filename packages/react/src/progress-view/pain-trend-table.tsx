import type { PainSeries, ProgressWeek, Translator } from "@movekit/core";
import { useId } from "react";
import { TableScroller } from "./table-scroller";

export interface PainTrendTableProps {
  weeks: readonly ProgressWeek[];
  series: readonly PainSeries[];
  currentWeek: number | undefined;
  t: Translator;
}

/**
 * The chart's numbers as a table: the highest reading of each kind per week, and what else happened that week.
 * @selector [data-slot="pain-trend-row"][data-warning][data-step-back]
 */
export function PainTrendTable({ weeks, series, currentWeek, t }: PainTrendTableProps) {
  const captionId = useId();
  return (
    <TableScroller labelledBy={captionId}>
      <table className="mk-progress__table" data-slot="pain-trend-table">
        <caption id={captionId} className="mk-visually-hidden">
          {t("progress.table.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("progress.col.week")}</th>
            {series.map((name) => (
              <th scope="col" key={name}>
                {t(`progress.col.${name}`)}
              </th>
            ))}
            <th scope="col">{t("progress.col.notes")}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => {
            const notes = [
              week.week === currentWeek ? t("progress.note.current") : undefined,
              week.warningSignDays.length > 0 ? t("progress.note.warning") : undefined,
              week.stepBack ? t("progress.note.stepBack") : undefined,
            ].filter(Boolean);
            return (
              <tr
                key={week.week}
                data-slot="pain-trend-row"
                data-week={week.week}
                data-warning={week.warningSignDays.length > 0 ? "" : undefined}
                data-step-back={week.stepBack ? "" : undefined}
              >
                <th scope="row">{t("progress.week", { number: week.week })}</th>
                {series.map((name) => (
                  <td key={name}>{week.pain[name] ?? t("progress.none")}</td>
                ))}
                <td>{notes.join("; ") || t("progress.none")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
