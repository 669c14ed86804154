import type { SafetyAction } from "../model/vocabulary";
import type { SessionDifficulty, SessionLog, SkipReason } from "./session-log";
import type { SessionPlan } from "./session-plan";

/** A countdown. While running, it ends at `runningSince + remainingMs`; while paused, `runningSince` is null. */
export interface SessionTimer {
  durationMs: number;
  remainingMs: number;
  runningSince: number | null;
}

/**
 * - `count`: self-paced repetitions, counted with `rep`;
 * - `hold`: the timed hold of one repetition; `relax`: the short gap before the next hold;
 * - `timer`: one timed hold or timed piece of work for the whole set;
 * - `open`: no count or time; `finish-set` ends it.
 */
export type WorkPhase = "count" | "hold" | "relax" | "timer" | "open";

export type SessionStage =
  /** Waiting for the person to start the current set (a new exercise, or a side switch with no rest). */
  | { kind: "ready" }
  | { kind: "work"; phase: WorkPhase; reps: number; holds: number; workedMs: number; timer: SessionTimer | null }
  /** Resting before the set or side the position already points at. */
  | { kind: "rest"; reason: "sets" | "sides"; timer: SessionTimer }
  /** Every exercise is done or skipped: asking for pain and difficulty. */
  | { kind: "feedback" }
  | { kind: "complete" }
  /** Ended early because the safety verdict said stop: final, nothing resumes. The log says why. */
  | { kind: "ended" };

export interface SessionState {
  plan: SessionPlan;
  /** Index of the current exercise in `plan.steps`. */
  step: number;
  /** 0-based set of the current exercise. */
  set: number;
  /** Index into the current step's `sides`. */
  side: number;
  stage: SessionStage;
  paused: boolean;
  /** True while "skip, it hurts" waits for a pain score; timers are paused meanwhile. */
  painPrompt: boolean;
  /** Whether the session was already paused when the pain prompt opened (so cancelling keeps it paused). */
  pausedBeforePrompt: boolean;
  /** Monotonic time of the first start, or null before it. */
  startedAt: number | null;
  /** Start of the current unpaused stretch, or null when paused or not started. */
  activeSince: number | null;
  /** Unpaused time before `activeSince`. */
  activeMs: number;
  log: SessionLog;
}

export type SessionEvent =
  | { type: "start"; now: number }
  | { type: "tick"; now: number }
  | { type: "rep"; now: number }
  | { type: "finish-set"; now: number }
  | { type: "skip-rest"; now: number }
  | { type: "pause"; now: number }
  | { type: "resume"; now: number }
  | { type: "ask-pain"; now: number }
  | { type: "cancel-pain"; now: number }
  | { type: "skip-exercise"; now: number; reason: SkipReason; painScore?: number }
  | { type: "finish"; now: number; painDuring?: number; painAfter?: number; difficulty?: SessionDifficulty }
  /** Ends the session now because the verdict says stop; the current exercise is logged as stopped for pain. */
  | { type: "end-session"; now: number; action: SafetyAction; painScore?: number; warningSigns?: string[] };
