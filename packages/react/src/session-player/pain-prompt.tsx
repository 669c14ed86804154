import {
  evaluatePain,
  type Locale,
  type PainRule,
  registerMessages,
  sessionMessages,
  type Translator,
} from "@movekit/core";
import { type Ref, useId, useState } from "react";
import type { HeadingLevel } from "../internal/heading";
import { PainAdvice } from "../pain-check/pain-advice";
import { PainScale } from "../pain-check/pain-scale";
import { FocusHeading } from "./focus-heading";

registerMessages(sessionMessages);

export interface PainPromptProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  exerciseName: string;
  painRule: PainRule | undefined;
  locale: Locale | string;
  t: Translator;
  onCancel: () => void;
  onSkip: (painScore: number) => void;
}

/**
 * "Skip, it hurts": asks for a pain score before the exercise is skipped, so the log says why. The session is
 * paused meanwhile. With the programme's pain rule it also says what the score means.
 * @selector [data-slot="pain-prompt"]
 */
export function PainPrompt({
  headingRef,
  headingLevel,
  exerciseName,
  painRule,
  locale,
  t,
  onCancel,
  onSkip,
}: PainPromptProps) {
  const headingId = useId();
  const [score, setScore] = useState<number | undefined>(undefined);
  const evaluation = painRule && score !== undefined ? evaluatePain({ during: score }, painRule) : undefined;
  return (
    <section className="mk-session-player__prompt" aria-labelledby={headingId} data-slot="pain-prompt">
      <FocusHeading
        level={headingLevel}
        id={headingId}
        headingRef={headingRef}
        className="mk-session-player__prompt-title"
      >
        {t("session.painPrompt.heading", { exercise: exerciseName })}
      </FocusHeading>
      <p>{t("session.painPrompt.intro")}</p>
      <PainScale label={t("session.painPrompt.scale")} value={score} onValueChange={setScore} t={t} measure="during" />
      {evaluation && painRule && <PainAdvice evaluation={evaluation} rule={painRule} locale={locale} t={t} />}
      <div className="mk-session-player__controls">
        <button
          type="button"
          className="mk-session-player__button"
          data-variant="primary"
          data-slot="confirm-skip"
          aria-disabled={score === undefined || undefined}
          aria-describedby={score === undefined ? `${headingId}-hint` : undefined}
          onClick={() => {
            if (score !== undefined) onSkip(score);
          }}
        >
          {t("session.painPrompt.confirm")}
        </button>
        <button type="button" className="mk-session-player__button" data-slot="cancel-skip" onClick={onCancel}>
          {t("session.painPrompt.cancel")}
        </button>
      </div>
      {score === undefined && (
        <p id={`${headingId}-hint`} className="mk-session-player__hint">
          {t("session.painPrompt.needScore")}
        </p>
      )}
    </section>
  );
}
