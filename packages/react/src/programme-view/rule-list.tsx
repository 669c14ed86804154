// The programme's rules for moving on and stepping back, each as "when … then …" with the phase it leads to.
import type { Locale, Phase, ProgrammeRule, Translator } from "@movekit/core";
import { Localized } from "../internal/localized";

export function RuleList({
  rules,
  phases,
  locale,
  t,
}: {
  rules: readonly ProgrammeRule[];
  phases: readonly Phase[];
  locale: Locale | string;
  t: Translator;
}) {
  const phaseTitle = (id: string | undefined) => phases.find((p) => p.id === id)?.title;
  return (
    <ul className="mk-programme-view__rules">
      {rules.map((rule) => {
        const to = phaseTitle(rule.toPhaseId);
        return (
          <li key={rule.id} data-slot="programme-rule">
            <p>
              <strong>{t("programme.ruleWhen")}</strong> <Localized text={rule.when} locale={locale} t={t} />
            </p>
            <p>
              <strong>{t("programme.ruleThen")}</strong> <Localized text={rule.action} locale={locale} t={t} />
              {to && (
                <>
                  {" "}
                  ({t("programme.ruleTo")} <Localized text={to} locale={locale} t={t} />)
                </>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
