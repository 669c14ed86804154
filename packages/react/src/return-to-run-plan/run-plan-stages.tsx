import type { Evidence, Locale, RunCriterion, RunStage, Translator } from "@movekit/core";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";

interface SectionProps {
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
}

// The authors' consensus is cited as a reference of its own (so a clinic can review it); no study stands behind it.
const isConsensus = (e: Evidence) => e.references.length === 0 || /authors' consensus/i.test(e.source);

/** What supports a criterion, with its kind in words: research, advice, or the authors' own consensus. */
function Why({ evidence, locale, t }: { evidence: readonly Evidence[] } & Omit<SectionProps, "headingLevel">) {
  if (evidence.length === 0) return null;
  return (
    <ul className="mk-run-plan__why" data-slot="run-plan-why">
      {evidence.map((e) => (
        <li key={`${e.source}|${e.claim["en-GB"] ?? ""}`} data-kind={e.kind}>
          <span className="mk-run-plan__why-kind">
            {isConsensus(e) ? t("runPlan.why.consensus") : t(`runPlan.why.${e.kind}`)}
          </span>
          {": "}
          <Localized text={e.claim} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  );
}

function Criteria({ criteria, locale, t }: { criteria: readonly RunCriterion[] } & Omit<SectionProps, "headingLevel">) {
  return (
    <ul className="mk-run-plan__criteria">
      {criteria.map((c) => (
        <li key={c.id} data-slot="run-plan-criterion" data-criterion={c.id}>
          <Localized text={c.text} locale={locale} t={t} />
          <Why evidence={c.evidence ?? []} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  );
}

/** The hop and strength gate before week 1. */
export function RunPlanGate({
  criteria,
  headingLevel,
  locale,
  t,
}: { criteria: readonly RunCriterion[] } & SectionProps) {
  if (criteria.length === 0) return null;
  return (
    <section className="mk-run-plan__gate" data-slot="run-plan-gate">
      <Heading level={headingLevel} className="mk-run-plan__heading">
        {t("runPlan.gate.heading")}
      </Heading>
      <p>{t("runPlan.gate.intro")}</p>
      <Criteria criteria={criteria} locale={locale} t={t} />
    </section>
  );
}

/** The stages after continuous running (hills, strides, speed), in order, each with its entry criteria. */
export function RunPlanStages({ stages, headingLevel, locale, t }: { stages: readonly RunStage[] } & SectionProps) {
  if (stages.length === 0) return null;
  const sub = nextLevel(headingLevel);
  return (
    <section className="mk-run-plan__stages" data-slot="run-plan-stages">
      <Heading level={headingLevel} className="mk-run-plan__heading">
        {t("runPlan.stages.heading")}
      </Heading>
      <p>{t("runPlan.stages.intro")}</p>
      <ol className="mk-run-plan__stage-list">
        {stages.map((stage, index) => (
          <li key={stage.id} className="mk-run-plan__stage" data-slot="run-plan-stage" data-stage={stage.id}>
            <Heading level={sub} className="mk-run-plan__stage-name">
              {t("runPlan.stage.number", { number: index + 1 })} <Localized text={stage.title} locale={locale} t={t} />
            </Heading>
            <Localized as="p" text={stage.summary} locale={locale} t={t} />
            <p className="mk-run-plan__stage-label">{t("runPlan.stage.entry")}</p>
            <Criteria criteria={stage.entryCriteria} locale={locale} t={t} />
            <p className="mk-run-plan__stage-label">{t("runPlan.stage.steps")}</p>
            <ul className="mk-run-plan__criteria">
              {stage.steps.map((step) => (
                <li key={step["en-GB"] ?? JSON.stringify(step)}>
                  <Localized text={step} locale={locale} t={t} />
                </li>
              ))}
            </ul>
            <Why evidence={stage.evidence ?? []} locale={locale} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}
