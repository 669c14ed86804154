import type { Locale, MessageKey, PainRule, Translator } from "@movekit/core";
import { Heading, type HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";

export interface PainRuleSummaryProps {
  rule: PainRule;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
}

/**
 * A pain-monitoring rule in plain words: what to score, each band with its action in words, the next-morning
 * check, the week-on-week check, and the source of the thresholds. Thresholds come from the rule, never the code.
 * @selector [data-slot="pain-rule"] [data-slot="pain-rule-band"][data-action]
 */
/** "No pain" or "your usual level" in words, never "back to 0 out of 10 or lower". */
function settleKey(settle: PainRule["settleWithin24h"]): MessageKey {
  if (settle.usualLevel && settle.maxNextMorning === 0) return "programme.painRule.settleUsual";
  return settle.maxNextMorning === 0 ? "programme.painRule.settleNoPain" : "programme.painRule.settle";
}

export function PainRuleSummary({ rule, headingLevel, locale, t }: PainRuleSummaryProps) {
  const measures = rule.measures.includes("during") && rule.measures.includes("after") ? "both" : rule.measures[0];
  return (
    <section className="mk-programme-view__pain-rule" data-slot="pain-rule" data-safety="">
      <Heading level={headingLevel}>{t("programme.painRule.heading")}</Heading>
      <p>{t(`programme.painRule.measures.${measures ?? "both"}` as MessageKey)}</p>
      <ul className="mk-programme-view__bands">
        {rule.bands.map((band) => (
          <li key={band.id} data-slot="pain-rule-band" data-action={band.action}>
            <strong>
              {t("programme.painRule.range", { min: band.min, max: band.max })}{" "}
              <Localized text={band.label} locale={locale} t={t} />
            </strong>
            {" – "}
            <span className="mk-programme-view__band-action">
              {t(`painCheck.action.${band.action}` as MessageKey)}:
            </span>{" "}
            <Localized text={band.message} locale={locale} t={t} />
          </li>
        ))}
      </ul>
      <p data-slot="pain-rule-settle">
        {t(settleKey(rule.settleWithin24h), { max: rule.settleWithin24h.maxNextMorning })}{" "}
        <Localized text={rule.settleWithin24h.message} locale={locale} t={t} />
      </p>
      <p data-slot="pain-rule-trend">
        {t("programme.painRule.trend")} <Localized text={rule.weekOnWeekTrend.message} locale={locale} t={t} />
      </p>
      <p className="mk-programme-view__source">{t("painCheck.source", { source: rule.source.citation })}</p>
    </section>
  );
}
