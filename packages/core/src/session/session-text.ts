// Words for a guided session's status line and its announcements, from the catalogue: any UI can say them.
import { formatSeconds } from "../dosage/format-units";
import { type Locale, resolveLocale } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";
import type { Translator } from "../i18n/translate";
import { currentStep, type SessionState } from "./session-machine";
import type { SessionSide, SessionStep } from "./session-plan";

export function sideLabel(side: SessionSide | undefined, t: Translator): string {
  return side === "left" || side === "right" ? t(`session.side.${side}` as MessageKey) : "";
}

/** "Set 2 of 3, left side" (or just "Set 2 of 3" for both sides). */
export function whereText(step: SessionStep, set: number, side: number, t: Translator): string {
  const setText = t("session.setOf", { current: set + 1, total: step.sets });
  const sideText = sideLabel(step.sides[side], t);
  return sideText ? t("session.setAndSide", { set: setText, side: sideText }) : setText;
}

/**
 * A key that changes only when something worth announcing changes: the stage, exercise, set, side, each new
 * hold, each counted repetition, or pause. The short relax between holds and countdown ticks do not change it.
 */
export function phaseKey(state: SessionState): string | null {
  const { stage } = state;
  const where = `${state.step}:${state.set}:${state.side}`;
  if (state.painPrompt) return null;
  if (state.paused) return `paused:${where}`;
  switch (stage.kind) {
    case "work":
      if (stage.phase === "relax") return null;
      return `work:${where}:${stage.phase}:${stage.reps}`;
    case "rest":
      return `rest:${where}`;
    default:
      return `${stage.kind}:${where}`;
  }
}

/** The sentence announced (and spoken, with sound on) when the phase key changes. */
export function phaseAnnouncement(
  state: SessionState,
  exerciseName: string,
  t: Translator,
  locale: Locale | string,
  previousKey: string | null,
): string {
  const lang = resolveLocale(locale);
  const time = (s: number) => formatSeconds(lang, s);
  const step = currentStep(state);
  const { stage } = state;
  if (state.paused) return t("session.say.paused");
  if (previousKey?.startsWith("paused:") && (stage.kind === "work" || stage.kind === "rest")) {
    return t("session.say.resumed");
  }
  if (stage.kind === "feedback") return t("session.say.feedback");
  if (stage.kind === "complete") return t("session.say.complete");
  if (stage.kind === "ended") return t("session.say.ended");
  if (!step) return "";
  const where = whereText(step, state.set, state.side, t);
  if (stage.kind === "ready") {
    const firstOfExercise = state.set === 0 && state.side === 0;
    return firstOfExercise
      ? t("session.say.readyExercise", { exercise: exerciseName, where })
      : t("session.say.readySide", { where });
  }
  if (stage.kind === "rest") return t("session.say.rest", { time: time(stage.timer.durationMs / 1000), next: where });
  const work = step.work;
  switch (stage.phase) {
    case "count":
      return stage.reps === 0 && work.kind === "reps"
        ? t("session.say.count", { where, count: work.reps })
        : t("session.say.counted", { done: stage.reps, total: work.kind === "reps" ? work.reps : 0 });
    case "hold":
      if (work.kind !== "reps-hold") return "";
      {
        const text = t("session.say.holdRep", { rep: stage.reps + 1, total: work.reps, time: time(work.holdSeconds) });
        // Say where only at the first hold of a set; after that the repetition number is enough.
        return stage.reps === 0 ? t("session.say.withWhere", { where, text }) : text;
      }
    case "timer":
      return work.kind === "hold" || work.kind === "timed"
        ? t(work.kind === "hold" ? "session.say.hold" : "session.say.timed", { where, time: time(work.seconds) })
        : "";
    default:
      return t("session.say.open", { where });
  }
}
