import type { SessionState, Translator } from "@movekit/core";
import type { Ref } from "react";
import type { SessionController } from "./use-session";

export interface SessionControlsProps {
  state: SessionState;
  send: SessionController["send"];
  primaryRef: Ref<HTMLButtonElement>;
  skipHurtsRef: Ref<HTMLButtonElement>;
  t: Translator;
  onSkip: () => void;
  onSkipHurts: () => void;
}

/**
 * The session's buttons: the main one (Start, Rep done, End set, Skip rest: it stays in place and keeps focus
 * while its job changes), end set, pause or resume, skip, and "Skip, it hurts".
 * @selector [data-slot="session-controls"]
 */
export function SessionControls({
  state,
  send,
  primaryRef,
  skipHurtsRef,
  t,
  onSkip,
  onSkipHurts,
}: SessionControlsProps) {
  const { stage } = state;
  let primaryLabel = t("session.start");
  let onPrimary = () => send("start");
  if (stage.kind === "work") {
    if (stage.phase === "count") {
      primaryLabel = t("session.repDone");
      onPrimary = () => send("rep");
    } else if (stage.phase === "open") {
      primaryLabel = t("session.done");
      onPrimary = () => send("finish-set");
    } else {
      primaryLabel = t("session.endSet");
      onPrimary = () => send("finish-set");
    }
  } else if (stage.kind === "rest") {
    primaryLabel = t("session.skipRest");
    onPrimary = () => send("skip-rest");
  }
  const primaryDisabled = state.paused && stage.kind === "work" && stage.phase === "count";
  return (
    <div
      className="mk-session-player__controls"
      role="group"
      aria-label={t("session.controls")}
      data-slot="session-controls"
    >
      <button
        ref={primaryRef}
        type="button"
        className="mk-session-player__button"
        data-slot="primary-action"
        data-variant="primary"
        aria-disabled={primaryDisabled || undefined}
        onClick={() => {
          if (!primaryDisabled) onPrimary();
        }}
      >
        {primaryLabel}
      </button>
      {stage.kind === "work" && stage.phase === "count" && (
        <button
          type="button"
          className="mk-session-player__button"
          data-slot="end-set"
          onClick={() => send("finish-set")}
        >
          {t("session.endSet")}
        </button>
      )}
      {(stage.kind === "work" || stage.kind === "rest") && (
        <button
          type="button"
          className="mk-session-player__button"
          data-slot="pause-toggle"
          onClick={() => send(state.paused ? "resume" : "pause")}
        >
          {state.paused ? t("session.resume") : t("session.pause")}
        </button>
      )}
      <button type="button" className="mk-session-player__button" data-slot="skip-exercise" onClick={onSkip}>
        {t("session.skipExercise")}
      </button>
      <button
        ref={skipHurtsRef}
        type="button"
        className="mk-session-player__button"
        data-slot="skip-hurts"
        data-variant="warning"
        onClick={onSkipHurts}
      >
        {t("session.skipHurts")}
      </button>
    </div>
  );
}
