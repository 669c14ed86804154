import type { Locale, MessageKey, PainEvaluation, PainRule, Translator } from "@movekit/core";
import { painCheckMessages, registerMessages } from "@movekit/core";
import { cx } from "../internal/class-names";
import { CheckIcon, InfoIcon, StopIcon } from "../internal/icons";
import { Localized } from "../internal/localized";

registerMessages(painCheckMessages);

const ICONS = { continue: CheckIcon, modify: InfoIcon, stop: StopIcon } as const;

export interface PainAdviceProps {
  evaluation: PainEvaluation;
  rule: PainRule;
  locale: Locale | string;
  t: Translator;
  className?: string;
}

/**
 * What a pain check means, in words: the action first ("Reduce"), then the band the score falls in, then every
 * part of the rule that applied, and the rule's source. The action is text; the icon and colour only repeat it.
 * @selector [data-slot="pain-advice"][data-action="continue" | "modify" | "stop"]
 */
export function PainAdvice({ evaluation, rule, locale, t, className }: PainAdviceProps) {
  const { action, band, score, reasons } = evaluation;
  const Icon = ICONS[action];
  return (
    <div className={cx("mk-pain-advice", className)} data-slot="pain-advice" data-action={action}>
      <p className="mk-pain-advice__action" data-slot="pain-advice-action">
        <Icon className="mk-pain-advice__icon" />
        <span>
          <span className="mk-pain-advice__prefix">{t("painCheck.whatToDo")}</span>{" "}
          <strong>{t(`painCheck.action.${action}` as MessageKey)}</strong>
        </span>
      </p>
      <p className="mk-pain-advice__band" data-slot="pain-advice-band">
        {t("painCheck.band", { score, min: band.min, max: band.max })}{" "}
        <Localized text={band.label} locale={locale} t={t} className="mk-pain-advice__band-label" />
      </p>
      <ul className="mk-pain-advice__reasons" data-slot="pain-advice-reasons">
        {reasons.map((reason) => (
          <li key={reason.check} data-check={reason.check} data-action={reason.action}>
            <Localized text={reason.message} locale={locale} t={t} />
          </li>
        ))}
      </ul>
      <p className="mk-pain-advice__source" data-slot="pain-advice-source">
        {t("painCheck.source", { source: rule.source.citation })}
      </p>
    </div>
  );
}
