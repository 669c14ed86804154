import {
  type Catalogue,
  contentMessages,
  createTranslator,
  DEFAULT_LOCALE,
  type Locale,
  type RunningPlan,
} from "@movekit/core";
import {
  formatPercentChange,
  formatRunMinutes,
  formatRunTime,
  formatWeekday,
  RUNNING_LOAD_EVIDENCE,
  type RunningPlanOptions,
  runPlanMessages,
  sessionRunSeconds,
  sessionTotalSeconds,
  validateRunningPlan,
  weeklyRunSeconds,
} from "@movekit/core/running";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { WarningIcon } from "../internal/icons";
import { Localized, localizedString } from "../internal/localized";
import { RunChart } from "./run-chart";
import { RunPlanGate, RunPlanStages } from "./run-plan-stages";
import { flagText, sessionText } from "./run-plan-text";

/** The message bundles this component shows strings from. */
const BUNDLES = [runPlanMessages, contentMessages];

export interface ReturnToRunPlanProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /** The walk/run plan, week by week. */
  plan: RunningPlan;
  /** Limits for the checks (the clinic's choice). @default 10% weekly rise, 10% over the longest run of 30 days */
  checks?: RunningPlanOptions;
  /** Heading. @default the plan's title */
  title?: string;
  /** Level of the heading. @default 2 */
  headingLevel?: HeadingLevel;
  /** BCP 47 locale. @default "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * A walk/run return-to-running plan: the hop and strength gate before the first run, a chart of weekly running
 * time (with the same numbers in a table), the load checks from core in words, what the evidence behind them does
 * and does not show, every session, and the stages after continuous running (hills, strides, speed).
 * Static: renders as a React Server Component.
 * @selector [data-slot="return-to-run-plan"][data-warnings]
 * @selector [data-slot="run-plan-session"][data-warning] a session a check flagged
 */
export const ReturnToRunPlan = forwardRef<HTMLElement, ReturnToRunPlanProps>(function ReturnToRunPlan(
  {
    plan,
    checks,
    title,
    headingLevel = 2,
    locale = DEFAULT_LOCALE,
    messages,
    className,
    ...rest
  }: ReturnToRunPlanProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  const flags = validateRunningPlan(plan, checks);
  const weekly = weeklyRunSeconds(plan);
  const flaggedWeeks = new Set(flags.map((f) => f.weekIndex));
  const weeklyLimit = checks?.maxWeeklyRise ?? 0.1;
  const heading = title ?? localizedString(plan.title, locale);
  const sub = nextLevel(headingLevel);
  const weeks = weekly.length;
  const summary = [
    t("runPlan.chart.summary", {
      weeks,
      first: formatRunMinutes(locale, weekly[0] ?? 0),
      last: formatRunMinutes(locale, weekly[weeks - 1] ?? 0),
    }),
    flaggedWeeks.size > 0 ? t("runPlan.chart.flagged", { count: flaggedWeeks.size }) : t("runPlan.chart.noFlags"),
  ].join(" ");

  return (
    <section
      aria-label={heading}
      {...rest}
      ref={ref}
      className={cx("mk-run-plan", className)}
      data-slot="return-to-run-plan"
      data-warnings={flags.length}
    >
      <Heading level={headingLevel} className="mk-run-plan__title">
        {title ?? <Localized text={plan.title} locale={locale} t={t} />}
      </Heading>
      {plan.summary && <Localized as="p" className="mk-run-plan__summary" text={plan.summary} locale={locale} t={t} />}
      <RunPlanGate criteria={plan.entryCriteria ?? []} headingLevel={sub} locale={locale} t={t} />

      <figure className="mk-run-plan__figure" data-slot="run-plan-chart">
        <RunChart weekly={weekly} flaggedWeeks={flaggedWeeks} summary={summary} locale={locale} />
        <figcaption className="mk-run-plan__caption">{t("runPlan.chart.caption")}</figcaption>
      </figure>

      <table className="mk-run-plan__table" data-slot="run-plan-weekly">
        <caption>{t("runPlan.weekly.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("runPlan.col.week")}</th>
            <th scope="col">{t("runPlan.col.running")}</th>
            <th scope="col">{t("runPlan.col.change")}</th>
            <th scope="col">{t("runPlan.col.check")}</th>
          </tr>
        </thead>
        <tbody>
          {weekly.map((seconds, index) => {
            const before = index === 0 ? plan.baseline?.weeklyRunSeconds : weekly[index - 1];
            const flagged = flaggedWeeks.has(index);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: one row per week, in week order.
              <tr key={index} data-warning={flagged ? "" : undefined}>
                <th scope="row">{t("runPlan.week", { number: index + 1 })}</th>
                <td>{formatRunMinutes(locale, seconds)}</td>
                <td>{before ? formatPercentChange(locale, seconds / before - 1) : t("runPlan.noChange")}</td>
                <td>
                  {flagged ? (
                    <span className="mk-run-plan__flag">
                      <WarningIcon className="mk-run-plan__flag-icon" />
                      {t("runPlan.warning")}
                    </span>
                  ) : (
                    t("runPlan.ok")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <section className="mk-run-plan__checks" data-slot="run-plan-checks">
        <Heading level={sub} className="mk-run-plan__heading">
          {t("runPlan.checks.heading")}
        </Heading>
        {flags.length === 0 ? (
          <p data-slot="run-plan-no-flags">{t("runPlan.checks.none")}</p>
        ) : (
          <ul className="mk-run-plan__flags">
            {flags.map((flag) => (
              <li
                key={`${flag.code}:${flag.path}`}
                data-slot="run-plan-flag"
                data-code={flag.code}
                data-spike-band={flag.spikeBand}
              >
                <WarningIcon className="mk-run-plan__flag-icon" />
                <span>
                  <strong>{t("runPlan.warningPrefix")}</strong> {flagText(flag, plan, t, locale, weeklyLimit)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="mk-run-plan__evidence" data-slot="run-plan-evidence">
          <p className="mk-run-plan__evidence-kind">{t("runPlan.evidence.kind")}</p>
          <Localized as="p" text={RUNNING_LOAD_EVIDENCE.singleRun} locale={locale} t={t} />
          <Localized as="p" text={RUNNING_LOAD_EVIDENCE.spikeBands} locale={locale} t={t} />
          <Localized as="p" text={RUNNING_LOAD_EVIDENCE.timeForDistance} locale={locale} t={t} />
          <Localized as="p" text={RUNNING_LOAD_EVIDENCE.weeklyRise} locale={locale} t={t} />
          <Localized as="p" text={RUNNING_LOAD_EVIDENCE.boutsAndBreaks} locale={locale} t={t} />
          <Localized as="p" text={RUNNING_LOAD_EVIDENCE.limits} locale={locale} t={t} />
          <ul className="mk-run-plan__references">
            {RUNNING_LOAD_EVIDENCE.references.map((ref) => (
              <li key={ref.citation}>{ref.citation}</li>
            ))}
          </ul>
        </div>
      </section>

      <table className="mk-run-plan__table mk-run-plan__sessions" data-slot="run-plan-sessions">
        <caption>{t("runPlan.sessions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("runPlan.col.week")}</th>
            <th scope="col">{t("runPlan.col.day")}</th>
            <th scope="col">{t("runPlan.col.session")}</th>
            <th scope="col">{t("runPlan.col.running")}</th>
            <th scope="col">{t("runPlan.col.total")}</th>
          </tr>
        </thead>
        {plan.weeks.map((week, weekIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one group per week, in week order.
          <tbody key={weekIndex} data-week={weekIndex + 1}>
            {week.sessions.map((session, sessionIndex) => {
              const sessionFlags = flags.filter((f) => f.weekIndex === weekIndex && f.sessionIndex === sessionIndex);
              return (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: sessions keep their order.
                  key={sessionIndex}
                  data-slot="run-plan-session"
                  data-warning={sessionFlags.length > 0 ? "" : undefined}
                >
                  {sessionIndex === 0 && (
                    <th scope="rowgroup" rowSpan={week.sessions.length}>
                      {t("runPlan.week", { number: weekIndex + 1 })}
                      {week.note && (
                        <Localized as="p" className="mk-run-plan__note" text={week.note} locale={locale} t={t} />
                      )}
                    </th>
                  )}
                  <td>{formatWeekday(locale, session.day)}</td>
                  <td>
                    {sessionText(session, t, locale)}
                    {session.note && (
                      <Localized as="p" className="mk-run-plan__note" text={session.note} locale={locale} t={t} />
                    )}
                    {sessionFlags.map((flag) => (
                      <p key={flag.code} className="mk-run-plan__flag">
                        <WarningIcon className="mk-run-plan__flag-icon" />
                        {t("runPlan.warningPrefix")} {flagText(flag, plan, t, locale, weeklyLimit)}
                      </p>
                    ))}
                  </td>
                  <td>{formatRunTime(locale, sessionRunSeconds(session))}</td>
                  <td>{formatRunTime(locale, sessionTotalSeconds(session))}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
      <RunPlanStages stages={plan.nextStages ?? []} headingLevel={sub} locale={locale} t={t} />
    </section>
  );
});
