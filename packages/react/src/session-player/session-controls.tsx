import type { Translator } from "@movekit/core";
import { primaryAction, type SessionState } from "@movekit/core/session";
import type { Ref } from "react";
import { SessionButton } from "./session-button";
import type { SessionController } from "./use-session";

export interface SessionControlsProps {
  state: SessionState;
  send: SessionController["send"];
  primaryRef: Ref<HTMLButtonElement>;
  skipHurtsRef: Ref<HTMLButtonElement>;
  /** The first screen: the main button is large, and safety text is already above it. */
  large: boolean;
  t: Translator;
  onSkip: () => void;
  onSkipHurts: () => void;
}

/**
 * The session's buttons: the main one (Start, Rep done, End set, Skip rest: it stays in place and keeps focus
 * while its job changes; core says which), end set, pause or resume, skip, and "Skip, it hurts".
 * @selector [data-slot="session-controls"]
 * @selector [data-slot="primary-action"][data-size="large"] on the first screen
 */
export function SessionControls({
  state,
  send,
  primaryRef,
  skipHurtsRef,
  large,
  t,
  onSkip,
  onSkipHurts,
}: SessionControlsProps) {
  const { stage } = state;
  const primary = primaryAction(state);
  return (
    <div
      className="mk-session-player__controls"
      role="group"
      aria-label={t("session.controls")}
      data-slot="session-controls"
    >
      <SessionButton
        ref={primaryRef}
        slot="primary-action"
        variant="primary"
        large={large}
        aria-disabled={primary.disabled || undefined}
        onClick={() => {
          if (!primary.disabled) send(primary.event);
        }}
      >
        {t(primary.label)}
      </SessionButton>
      {stage.kind === "work" && stage.phase === "count" && (
        <SessionButton slot="end-set" onClick={() => send("finish-set")}>
          {t("session.endSet")}
        </SessionButton>
      )}
      {(stage.kind === "work" || stage.kind === "rest") && (
        <SessionButton slot="pause-toggle" onClick={() => send(state.paused ? "resume" : "pause")}>
          {state.paused ? t("session.resume") : t("session.pause")}
        </SessionButton>
      )}
      <SessionButton slot="skip-exercise" onClick={onSkip}>
        {t("session.skipExercise")}
      </SessionButton>
      <SessionButton ref={skipHurtsRef} slot="skip-hurts" variant="warning" onClick={onSkipHurts}>
        {t("session.skipHurts")}
      </SessionButton>
    </div>
  );
}
