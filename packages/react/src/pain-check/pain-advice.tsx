import type { Locale, MessageKey, PainRule, SafetyAction, SafetyVerdict, Translator } from "@movekit/core";
import { cx } from "../internal/class-names";
import { CheckIcon, InfoIcon, StopIcon, WarningIcon } from "../internal/icons";
import { Localized } from "../internal/localized";

const ICONS: Record<SafetyAction, typeof CheckIcon> = {
  continue: CheckIcon,
  modify: InfoIcon,
  "stop-today": StopIcon,
  "stop-and-contact": StopIcon,
  urgent: WarningIcon,
  emergency: WarningIcon,
};

export interface PainAdviceProps {
  verdict: SafetyVerdict;
  rule: PainRule;
  locale: Locale | string;
  t: Translator;
  className?: string;
}

/** The name of an answer, as the person saw it asked. */
export function readingName(name: string, t: Translator): string {
  return name === "trend" ? t("painCheck.trend.short") : t(`painCheck.measure.${name}` as MessageKey);
}

/**
 * The safety verdict in words: the one action first ("Stop for today"), then the band the score falls in, then
 * the reasons that set the action, and the rule's source. Only reasons at the verdict's own level are worded, so
 * a milder band's "carry on" never sits under a stricter action. While a missing answer is all that makes the
 * action strict, it says what to answer instead of naming an action. Icon and colour only repeat it.
 * @selector [data-slot="pain-advice"][data-action="continue" | "modify" | "stop-today" | "stop-and-contact" | "urgent" | "emergency"]
 * @selector [data-slot="pain-advice"][data-stops] for "stop-today" and stricter
 */
export function PainAdvice({ verdict, rule, locale, t, className }: PainAdviceProps) {
  const { action, band, score, reasons, status } = verdict;
  const Icon = ICONS[action] ?? StopIcon;
  // Missing answers count as the worst; until an answered part reaches that level, ask for them instead.
  const known = reasons.filter((r) => r.check !== "unanswered" && r.check !== "invalid-reading");
  const pending = status !== "complete" && !known.some((r) => r.action === action);
  const missing = [...verdict.unanswered, ...verdict.invalid.filter((name) => name !== "baseline")];
  const setting = known.filter((r) => r.action === action);
  const bandAgrees = band !== undefined && band.action === action && !pending;
  return (
    <div
      className={cx("mk-pain-advice", className)}
      data-slot="pain-advice"
      data-action={action}
      data-stops={verdict.stops ? "" : undefined}
      data-status={status}
    >
      {pending ? (
        <p className="mk-pain-advice__action" data-slot="pain-advice-incomplete">
          <InfoIcon className="mk-pain-advice__icon" />
          <span>{t("painCheck.incomplete", { missing: missing.map((name) => readingName(name, t)).join(", ") })}</span>
        </p>
      ) : (
        <p className="mk-pain-advice__action" data-slot="pain-advice-action">
          <Icon className="mk-pain-advice__icon" />
          <span>
            <span className="mk-pain-advice__prefix">{t("painCheck.whatToDo")}</span>{" "}
            <strong>{t(`painCheck.action.${action}` as MessageKey)}</strong>
          </span>
        </p>
      )}
      {band && score !== undefined && (
        <p className="mk-pain-advice__band" data-slot="pain-advice-band">
          {bandAgrees ? (
            <>
              {t("painCheck.band", { score, min: band.min, max: band.max })}{" "}
              <Localized text={band.label} locale={locale} t={t} className="mk-pain-advice__band-label" />
            </>
          ) : (
            t("painCheck.bandPlain", { score, min: band.min, max: band.max })
          )}
        </p>
      )}
      {!pending && setting.length > 0 && (
        <ul className="mk-pain-advice__reasons" data-slot="pain-advice-reasons">
          {setting.map((reason, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: reasons are recomputed together, in a fixed order.
              key={index}
              data-check={reason.check}
              data-action={reason.action}
            >
              {reason.message && reason.check !== "warning-sign" ? (
                <Localized text={reason.message} locale={locale} t={t} />
              ) : (
                t(`painCheck.reason.${reason.check}` as MessageKey, { reading: readingName(reason.reading ?? "", t) })
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mk-pain-advice__source" data-slot="pain-advice-source">
        {t("painCheck.source", { source: rule.source.citation })}
      </p>
    </div>
  );
}
