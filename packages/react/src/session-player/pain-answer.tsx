import type { Locale, PainRule, SafetyVerdict, Translator } from "@movekit/core";
import { PainAdvice } from "../pain-check/pain-advice";
import { PainScale } from "../pain-check/pain-scale";

export interface PainAnswerProps {
  label: string;
  score: number | undefined;
  onScoreChange: (score: number) => void;
  /** The core verdict for the score (computed by the prompt, which also acts on it), once there is one. */
  verdict: SafetyVerdict | undefined;
  painRule: PainRule | undefined;
  locale: Locale | string;
  t: Translator;
}

/**
 * The pain prompt's 0–10 scale and the verdict it leads to, in words. One lazy part, so the advice is always here
 * when a score is: a score can only come from this scale. The prompt's own stop controls and warning signs stay
 * in the entry.
 */
export function PainAnswer({ label, score, onScoreChange, verdict, painRule, locale, t }: PainAnswerProps) {
  return (
    <>
      <PainScale label={label} value={score} onValueChange={onScoreChange} t={t} measure="during" />
      {verdict && painRule && <PainAdvice verdict={verdict} rule={painRule} locale={locale} t={t} />}
    </>
  );
}
