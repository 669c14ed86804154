import type { Translator } from "@movekit/core";
import { currentStep, currentTimer, displaySeconds, type SessionState } from "@movekit/core/session";
import { CountdownRing } from "./countdown-ring";

export interface SessionStatusProps {
  state: SessionState;
  /** "Set 1 of 2, left side". */
  where: string;
  remainingMs: number;
  reducedMotion: boolean;
  pausedWhileHidden: boolean;
  t: Translator;
}

/**
 * Where the person is in the current exercise: paused (and why), the rep counter, the hold or rest countdown,
 * and what comes next.
 * @selector [data-slot="session-status"]
 */
export function SessionStatus({ state, where, remainingMs, reducedMotion, pausedWhileHidden, t }: SessionStatusProps) {
  const { stage } = state;
  const work = currentStep(state)?.work;
  const timer = currentTimer(state);
  const shownSeconds = timer ? displaySeconds(remainingMs) : null;
  const statusLabel =
    stage.kind === "rest"
      ? t("session.stage.rest")
      : stage.kind === "work" && stage.phase === "relax"
        ? t("session.stage.relax")
        : stage.kind === "work" && (stage.phase === "hold" || (stage.phase === "timer" && work?.kind === "hold"))
          ? t("session.stage.hold")
          : t("session.stage.work");
  return (
    <div className="mk-session-player__status" data-slot="session-status">
      {state.paused && (
        <p className="mk-session-player__paused" data-slot="session-paused">
          {pausedWhileHidden ? t("session.hiddenPaused") : t("session.stage.paused")}
        </p>
      )}
      {stage.kind === "ready" && <p className="mk-session-player__ready">{t("session.readyHint")}</p>}
      {stage.kind === "work" && stage.phase === "count" && work?.kind === "reps" && (
        <p className="mk-session-player__count" data-slot="rep-counter">
          <span className="mk-session-player__count-value">{stage.reps}</span>{" "}
          <span className="mk-session-player__count-of">
            {t("session.repsOf", { count: work.reps, total: work.reps })}
          </span>
        </p>
      )}
      {stage.kind === "work" && stage.phase === "open" && (
        <p className="mk-session-player__ready">{t("session.openHint")}</p>
      )}
      {timer && shownSeconds !== null && (
        <CountdownRing
          remainingMs={remainingMs}
          durationMs={timer.durationMs}
          label={statusLabel}
          unit={t("session.secondsLeft", { count: shownSeconds })}
          reducedMotion={reducedMotion}
          kind={stage.kind === "rest" ? "rest" : stage.kind === "work" ? stage.phase : "timer"}
        />
      )}
      {stage.kind === "work" && work?.kind === "reps-hold" && (
        <p className="mk-session-player__count" data-slot="rep-counter">
          {t("session.repsDone", { done: stage.reps, total: work.reps })}
        </p>
      )}
      {stage.kind === "rest" && (
        <p className="mk-session-player__next" data-slot="session-next">
          {t("session.next", { next: where })}
        </p>
      )}
    </div>
  );
}
