import type { SessionState } from "./session-machine";
import type { SessionStep } from "./session-plan";

export interface SessionProgress {
  /** 1-based exercise number (capped at the number of exercises). */
  exercise: number;
  exercises: number;
  /** Sets (per side) done or passed, out of all of them. */
  blocksDone: number;
  blocks: number;
}

/** How far through the session the person is, counting each set on each side once. */
export function sessionProgress(state: SessionState): SessionProgress {
  const steps = state.plan.steps;
  const blocksOf = (s: SessionStep) => s.sets * s.sides.length;
  const blocks = steps.reduce((sum, s) => sum + blocksOf(s), 0);
  const finished = state.stage.kind === "feedback" || state.stage.kind === "complete" || state.stage.kind === "ended";
  if (finished) return { exercise: steps.length, exercises: steps.length, blocksDone: blocks, blocks };
  let blocksDone = 0;
  for (let i = 0; i < state.step; i++) blocksDone += blocksOf(steps[i] as SessionStep);
  const step = steps[state.step];
  if (step) blocksDone += state.set * step.sides.length + state.side;
  return { exercise: state.step + 1, exercises: steps.length, blocksDone, blocks };
}
