import {
  type Catalogue,
  evaluateCheckIn,
  type Locale,
  type PainRule,
  type RedFlag,
  type SafetyAction,
  type Translator,
} from "@movekit/core";
import { type Ref, useId, useState } from "react";
import type { EmergencyNumbers } from "../internal/emergency-number";
import type { HeadingLevel } from "../internal/heading";
import { SessionScreen } from "./focus-heading";
import { LazyPainAnswer } from "./lazy-parts";
import { SessionButton } from "./session-button";
import { WarningSigns } from "./warning-signs";

export interface PainPromptProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  exerciseName: string;
  painRule: PainRule | undefined;
  /** The programme's warning signs, shown when the score means stop. */
  warningSigns: ReadonlyArray<RedFlag>;
  emergencyNumbers?: EmergencyNumbers;
  messages?: Partial<Catalogue>;
  locale: Locale | string;
  t: Translator;
  onCancel: () => void;
  onSkip: (painScore: number) => void;
  /** The verdict says stop: end today's session, with the score and the action for the log. */
  onEnd: (painScore: number, action: SafetyAction) => void;
}

/**
 * "Skip, it hurts": asks for a pain score before the exercise is skipped, so the log says why. The session is
 * paused meanwhile. With the programme's pain rule it shows the safety verdict for the score; when that says
 * stop, the only way on is "End today's session" (nothing carries on into the next exercise), with the
 * programme's warning signs beside it.
 * @selector [data-slot="pain-prompt"][data-action]
 * @selector [data-slot="pain-prompt"][data-stops] when the score means the session must end
 */
export function PainPrompt({
  headingRef,
  headingLevel,
  exerciseName,
  painRule,
  warningSigns,
  emergencyNumbers,
  messages,
  locale,
  t,
  onCancel,
  onSkip,
  onEnd,
}: PainPromptProps) {
  const headingId = useId();
  const [score, setScore] = useState<number | undefined>(undefined);
  const verdict =
    painRule && score !== undefined
      ? evaluateCheckIn({ readings: { during: score }, asked: ["during"] }, painRule)
      : undefined;
  const stops = verdict?.stops === true;
  return (
    <SessionScreen
      className="mk-session-player__prompt"
      slot="pain-prompt"
      data-action={verdict?.action}
      data-stops={stops ? "" : undefined}
      heading={t("session.painPrompt.heading", { exercise: exerciseName })}
      headingLevel={headingLevel}
      headingRef={headingRef}
      headingId={headingId}
      headingClassName="mk-session-player__prompt-title"
    >
      <p>{t("session.painPrompt.intro")}</p>
      <LazyPainAnswer
        fallback={<div className="mk-session-player__scale-loading" data-slot="pain-scale-loading" aria-busy="true" />}
        // No score can be given without the scale: say so, and the way back below stays.
        failed={<p data-slot="pain-scale-unavailable">{t("session.painPrompt.unavailable")}</p>}
        label={t("session.painPrompt.scale")}
        score={score}
        onScoreChange={setScore}
        verdict={verdict}
        painRule={painRule}
        locale={locale}
        t={t}
      />
      {stops && verdict && score !== undefined ? (
        <>
          <p className="mk-session-player__stop-intro" data-slot="pain-prompt-stop">
            {t("session.painPrompt.stopIntro")}
          </p>
          <div className="mk-session-player__controls">
            <SessionButton variant="primary" slot="end-session" onClick={() => onEnd(score, verdict.action)}>
              {t("session.endToday")}
            </SessionButton>
          </div>
          <WarningSigns
            warningSigns={warningSigns}
            headingLevel={headingLevel}
            emergencyNumbers={emergencyNumbers}
            messages={messages}
            locale={locale}
          />
        </>
      ) : (
        <div className="mk-session-player__controls">
          <SessionButton
            variant="primary"
            slot="confirm-skip"
            aria-disabled={score === undefined || undefined}
            aria-describedby={score === undefined ? `${headingId}-hint` : undefined}
            onClick={() => {
              if (score !== undefined) onSkip(score);
            }}
          >
            {t("session.painPrompt.confirm")}
          </SessionButton>
          <SessionButton slot="cancel-skip" onClick={onCancel}>
            {t("session.painPrompt.cancel")}
          </SessionButton>
        </div>
      )}
      {score === undefined && (
        <p id={`${headingId}-hint`} className="mk-session-player__hint">
          {t("session.painPrompt.needScore")}
        </p>
      )}
    </SessionScreen>
  );
}
