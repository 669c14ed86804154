// What a guided session shows, as selectors over its state: any UI renders these and decides nothing itself.
import type { Dosage } from "../dosage/dosage-schema";
import { resolveItemDosage } from "../dosage/merge-dosage";
import type { MessageKey } from "../i18n/messages";
import type { Exercise, RedFlag, SessionItem } from "../model/types";
import { currentStep, type SessionEvent, type SessionState } from "./session-machine";
import { buildSessionPlan, type SessionPlan } from "./session-plan";

/** The events the session's main button can send. */
export type PrimaryEvent = Extract<SessionEvent["type"], "start" | "rep" | "finish-set" | "skip-rest">;

/** The session's main button: what it says, what it sends, and whether it can be pressed now. */
export interface PrimaryAction {
  event: PrimaryEvent;
  label: MessageKey;
  /** True while paused in self-paced counting: a repetition cannot be counted until the person resumes. */
  disabled: boolean;
}

/** The main button's job for the current stage (Start, Rep done, Done, End set or Skip rest). */
export function primaryAction(state: SessionState): PrimaryAction {
  const { stage } = state;
  if (stage.kind === "work") {
    if (stage.phase === "count") return { event: "rep", label: "session.repDone", disabled: state.paused };
    if (stage.phase === "open") return { event: "finish-set", label: "session.done", disabled: false };
    return { event: "finish-set", label: "session.endSet", disabled: false };
  }
  if (stage.kind === "rest") return { event: "skip-rest", label: "session.skipRest", disabled: false };
  return { event: "start", label: "session.start", disabled: false };
}

/** The word over the countdown: Rest, Relax, Hold or Keep going. */
export function statusLabel(state: SessionState): MessageKey {
  const { stage } = state;
  const work = currentStep(state)?.work;
  if (stage.kind === "rest") return "session.stage.rest";
  if (stage.kind === "work" && stage.phase === "relax") return "session.stage.relax";
  if (stage.kind === "work" && (stage.phase === "hold" || (stage.phase === "timer" && work?.kind === "hold"))) {
    return "session.stage.hold";
  }
  return "session.stage.work";
}

/** True while an exercise is on screen: waiting to start a set, working, or resting. */
export function isExerciseStage(state: SessionState): boolean {
  const { kind } = state.stage;
  return kind === "ready" || kind === "work" || kind === "rest";
}

/**
 * From the first Start to the questions: the person may be on the floor, away from the screen, so the screen
 * should stay on (unless paused).
 */
export function isInSession(state: SessionState): boolean {
  return state.startedAt !== null && isExerciseStage(state);
}

/** The first screen: nothing started yet. Safety comes first, then one large Start (or Resume) button. */
export function isFirstScreen(state: SessionState): boolean {
  return state.startedAt === null && state.stage.kind === "ready";
}

/** True once the session is over, finished or ended by the safety verdict: nothing moves it again. */
export function isSessionOver(state: SessionState): boolean {
  return state.stage.kind === "complete" || state.stage.kind === "ended";
}

/**
 * Warning signs to show when pain stops the session: the programme's, then the exercise's own that the programme
 * does not already list, so none is missing and none is shown twice.
 */
export function sessionWarningSigns(
  programme: ReadonlyArray<RedFlag>,
  exercise: ReadonlyArray<RedFlag> = [],
): RedFlag[] {
  const own = exercise.filter((flag) => !programme.some((p) => p.id === flag.id));
  return [...programme, ...own];
}

/** The plan for a session's items, each dose resolved against its exercise (laterality decides the sides). */
export function planSessionItems(
  items: ReadonlyArray<SessionItem>,
  exercises: ReadonlyMap<string, Exercise>,
): SessionPlan {
  return buildSessionPlan(
    items.map((item) => {
      const exercise = exercises.get(item.exerciseId);
      const dosage: Dosage = resolveItemDosage(item, exercise);
      return { exerciseId: item.exerciseId, dosage, laterality: exercise?.laterality };
    }),
  );
}
