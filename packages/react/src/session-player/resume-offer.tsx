import type { Translator } from "@movekit/core";
import { currentStep, type SessionState, sessionProgress, whereText } from "@movekit/core/session";
import type { Ref } from "react";
import { SessionButton } from "./session-button";

export interface ResumeOfferProps {
  /** The saved session, as it will resume. */
  saved: SessionState;
  exerciseName: string;
  primaryRef: Ref<HTMLButtonElement>;
  t: Translator;
  onResume: () => void;
  onStartAgain: () => void;
}

/**
 * Offered on the first screen when the store holds this session part-done: where the person stopped, one large
 * "Resume" button, and "Start again". Resuming brings any countdown back paused.
 * @selector [data-slot="session-resume-offer"]
 * @selector [data-slot="resume-session"][data-size="large"]
 */
export function ResumeOffer({ saved, exerciseName, primaryRef, t, onResume, onStartAgain }: ResumeOfferProps) {
  const progress = sessionProgress(saved);
  const step = currentStep(saved);
  const where = step ? whereText(step, saved.set, saved.side, t) : "";
  return (
    <div
      className="mk-session-player__controls mk-session-player__resume"
      role="group"
      aria-label={t("session.controls")}
      data-slot="session-resume-offer"
    >
      <p className="mk-session-player__resume-text">
        {step
          ? t("session.saved.where", {
              current: progress.exercise,
              total: progress.exercises,
              exercise: exerciseName,
              where,
            })
          : t("session.saved.questions")}
      </p>
      <SessionButton ref={primaryRef} slot="resume-session" variant="primary" large onClick={onResume}>
        {t("session.saved.resume")}
      </SessionButton>
      <SessionButton slot="start-again" onClick={onStartAgain}>
        {t("session.saved.startAgain")}
      </SessionButton>
    </div>
  );
}
