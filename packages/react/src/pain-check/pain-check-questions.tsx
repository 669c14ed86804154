import type { Locale, MessageKey, RedFlag, Translator } from "@movekit/core";
import { Localized } from "../internal/localized";
import type { PainTrend } from "./pain-check-value";

const TRENDS: readonly PainTrend[] = ["better", "same", "worse"];

export interface TrendQuestionProps {
  name: string;
  value: unknown;
  onChange: (trend: PainTrend) => void;
  t: Translator;
}

/** "Compared with last week, your pain and stiffness are": better, the same, or worse. */
export function TrendQuestion({ name, value, onChange, t }: TrendQuestionProps) {
  return (
    <fieldset className="mk-pain-check__trend" data-slot="pain-check-trend">
      <legend>{t("painCheck.trend.legend")}</legend>
      <div className="mk-pain-check__options">
        {TRENDS.map((trend) => (
          <label key={trend} className="mk-pain-check__option">
            <input type="radio" name={name} value={trend} checked={value === trend} onChange={() => onChange(trend)} />
            {t(`painCheck.trend.${trend}` as MessageKey)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface WarningSignsQuestionProps {
  flags: ReadonlyArray<RedFlag>;
  ticked: ReadonlyArray<string>;
  onToggle: (id: string, on: boolean) => void;
  locale: Locale | string;
  t: Translator;
}

/** The warning signs to tick; each ticked one shows its safety notice in the result. */
export function WarningSignsQuestion({ flags, ticked, onToggle, locale, t }: WarningSignsQuestionProps) {
  return (
    <fieldset className="mk-pain-check__red-flags" data-slot="pain-check-red-flags">
      <legend>{t("painCheck.redFlags.legend")}</legend>
      <div className="mk-pain-check__options">
        {flags.map((flag) => (
          <label key={flag.id} className="mk-pain-check__option">
            <input
              type="checkbox"
              value={flag.id}
              checked={ticked.includes(flag.id)}
              onChange={(event) => onToggle(flag.id, event.currentTarget.checked)}
            />
            <Localized text={flag.text} locale={locale} t={t} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
