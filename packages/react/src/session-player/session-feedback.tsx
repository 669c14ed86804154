import { evaluateCheckIn, type Locale, type MessageKey, type PainRule, type Translator } from "@movekit/core";
import { SESSION_DIFFICULTIES, type SessionDifficulty, type SessionLog } from "@movekit/core/session";
import { type FormEvent, type Ref, useId, useState } from "react";
import type { HeadingLevel } from "../internal/heading";
import { PainAdvice } from "../pain-check/pain-advice";
import { PainScale } from "../pain-check/pain-scale";
import { SessionScreen } from "./focus-heading";
import { SessionButton } from "./session-button";

export interface SessionAnswers {
  painDuring?: number;
  painAfter?: number;
  difficulty?: SessionDifficulty;
}

export interface SessionFeedbackProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  log: SessionLog;
  painRule: PainRule | undefined;
  locale: Locale | string;
  t: Translator;
  onSubmit: (answers: SessionAnswers) => void;
}

/**
 * The questions at the end of a session: worst pain during it, pain now, and how hard it felt. Pain given when
 * skipping an exercise is the starting value for "during". Every question may be left unanswered.
 * @selector [data-slot="session-feedback"]
 */
export function SessionFeedback({
  headingRef,
  headingLevel,
  log,
  painRule,
  locale,
  t,
  onSubmit,
}: SessionFeedbackProps) {
  const headingId = useId();
  const skipPain = log.exercises.map((e) => e.painScore).filter((s): s is number => s !== undefined);
  const [painDuring, setPainDuring] = useState<number | undefined>(
    skipPain.length > 0 ? Math.max(...skipPain) : undefined,
  );
  const [painAfter, setPainAfter] = useState<number | undefined>(undefined);
  const [difficulty, setDifficulty] = useState<SessionDifficulty | undefined>(undefined);
  const verdict =
    painRule && (painDuring !== undefined || painAfter !== undefined)
      ? evaluateCheckIn({ readings: { during: painDuring, after: painAfter } }, painRule)
      : undefined;
  return (
    <SessionScreen
      className="mk-session-player__feedback"
      slot="session-feedback"
      heading={t("session.feedback.heading")}
      headingLevel={headingLevel}
      headingRef={headingRef}
      headingId={headingId}
    >
      <form
        className="mk-session-player__feedback-form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit({ painDuring, painAfter, difficulty });
        }}
      >
        <PainScale
          label={t("session.feedback.painDuring")}
          value={painDuring}
          onValueChange={setPainDuring}
          t={t}
          measure="during"
        />
        <PainScale
          label={t("session.feedback.painAfter")}
          value={painAfter}
          onValueChange={setPainAfter}
          t={t}
          measure="after"
        />
        <fieldset className="mk-session-player__difficulty" data-slot="session-difficulty">
          <legend>{t("session.feedback.difficulty")}</legend>
          <div className="mk-session-player__options">
            {SESSION_DIFFICULTIES.map((value) => (
              <label key={value} className="mk-session-player__option">
                <input
                  type="radio"
                  name={`${headingId}-difficulty`}
                  value={value}
                  checked={difficulty === value}
                  onChange={() => setDifficulty(value)}
                />
                {t(`session.difficulty.${value}` as MessageKey)}
              </label>
            ))}
          </div>
        </fieldset>
        {verdict && painRule && <PainAdvice verdict={verdict} rule={painRule} locale={locale} t={t} />}
        <SessionButton type="submit" variant="primary" slot="finish-session">
          {t("session.feedback.submit")}
        </SessionButton>
      </form>
    </SessionScreen>
  );
}
