import {
  type Catalogue,
  type DatedCheckIn,
  type DatedSessionLog,
  describeProgress,
  type Locale,
  type Programme,
  type ProgressSummary,
  progressMessages,
  seriesWithReadings,
  summarizeProgress,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef, useMemo } from "react";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { useTranslator } from "../internal/use-translator";
import { AdherenceCalendar, CalendarKey } from "./adherence-calendar";
import { PainTrendChart, SERIES_STYLE } from "./pain-trend-chart";
import { PainTrendTable } from "./pain-trend-table";

/** The message bundles this component shows strings from. */
const BUNDLES = [progressMessages];

export interface ProgressViewProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /** The programme the patient follows: its schedule gives the planned sessions, its pain rule the bands. */
  programme: Programme;
  /** The programme's first day, "YYYY-MM-DD". */
  startDate: string;
  /** The patient's today, "YYYY-MM-DD". */
  today: string;
  /** Guided sessions done, each with its day (from SessionPlayer's log, or a store). */
  sessions?: readonly DatedSessionLog[];
  /** Pain check-ins, each with its day, readings, ticked warning signs and the verdict's action. */
  checkIns?: readonly DatedCheckIn[];
  /** Heading. @default "Your progress" */
  title?: string;
  /** Level of the heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default the MovekitProvider's locale */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

function safeSummary(props: ProgressViewProps): ProgressSummary | undefined {
  try {
    return summarizeProgress(props);
  } catch {
    // Dates the schedule cannot read: the page says so (progress.invalid) instead of throwing to the host.
    return undefined;
  }
}

/**
 * Progress over a programme's weeks from the patient's own records: a summary in words, sessions planned and done
 * as a calendar, and the highest pain each week drawn over the programme's pain bands, with a table of the same
 * numbers, warning-sign weeks marked and the weeks the pain rule said to ease off.
 * @selector [data-slot="progress-view"][data-status]
 */
export const ProgressView = forwardRef<HTMLElement, ProgressViewProps>(function ProgressView(props, ref) {
  const {
    programme,
    startDate,
    today,
    sessions,
    checkIns,
    title,
    headingLevel = 2,
    locale: localeProp,
    messages: messagesProp,
    className,
    ...rest
  } = props;
  const { locale, t } = useTranslator(localeProp, messagesProp, BUNDLES);
  const summary = useMemo(
    () => safeSummary({ programme, startDate, today, sessions, checkIns }),
    [programme, startDate, today, sessions, checkIns],
  );
  const heading = title ?? t("progress.heading");
  const sub = nextLevel(headingLevel);
  const root = {
    "aria-label": heading,
    ...rest,
    ref,
    className: cx("mk-progress", className),
    "data-slot": "progress-view",
  };

  if (!summary) {
    return (
      <section {...root} data-status="invalid">
        <Heading level={headingLevel}>{heading}</Heading>
        <p data-slot="progress-invalid">{t("progress.invalid")}</p>
      </section>
    );
  }

  const empty = (sessions?.length ?? 0) === 0 && (checkIns?.length ?? 0) === 0;
  const series = seriesWithReadings(summary.weeks);
  const pastWeeks = summary.weeks.filter((w) => w.when !== "future");
  const chartSummary = t("progress.chart.summary", {
    weeks: pastWeeks.length,
    direction: t(`progress.pain.${summary.painDirection}`),
  });
  const status = summary.currentWeek ? "in-progress" : today < startDate ? "not-started" : "finished";

  return (
    <section {...root} data-status={status} data-empty={empty ? "" : undefined}>
      <Heading level={headingLevel} className="mk-progress__title">
        {heading}
      </Heading>
      <p className="mk-progress__week" data-slot="progress-week">
        {summary.currentWeek
          ? t("progress.weekOf", { week: summary.currentWeek, total: summary.weeks.length })
          : t(status === "not-started" ? "progress.notStarted" : "progress.finished")}
      </p>
      <p className="mk-progress__summary" data-slot="progress-summary">
        {empty ? t("progress.empty") : describeProgress(summary, t)}
      </p>

      <div className="mk-progress__part" data-slot="progress-adherence">
        <AdherenceCalendar weeks={summary.weeks} currentWeek={summary.currentWeek} locale={locale} t={t} />
        <CalendarKey t={t} />
      </div>

      <div className="mk-progress__part" data-slot="progress-pain">
        <Heading level={sub}>{t("progress.table.caption")}</Heading>
        {series.length === 0 ? (
          <p data-slot="progress-no-pain">{t("progress.chart.empty")}</p>
        ) : (
          <>
            <figure className="mk-progress__figure">
              <PainTrendChart
                weeks={pastWeeks}
                series={series}
                bands={programme.painRule?.bands ?? []}
                summary={chartSummary}
              />
              <figcaption className="mk-progress__caption">
                {t("progress.chart.caption")}
                <ul className="mk-progress__legend" aria-label={t("progress.legend")}>
                  {series.map((name) => (
                    <li key={name} data-series={name}>
                      <svg aria-hidden="true" viewBox="0 0 28 8" className="mk-progress__legend-line">
                        <line x1="0" y1="4" x2="28" y2="4" strokeDasharray={SERIES_STYLE[name].dash} />
                      </svg>
                      {t(`progress.col.${name}`)}
                    </li>
                  ))}
                </ul>
              </figcaption>
            </figure>
            <PainTrendTable weeks={pastWeeks} series={series} currentWeek={summary.currentWeek} t={t} />
          </>
        )}
      </div>
    </section>
  );
});
