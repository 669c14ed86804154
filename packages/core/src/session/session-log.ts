import type { SafetyAction } from "../model/vocabulary";
import type { SessionSide } from "./session-plan";

/** How hard the session felt, in the person's words. */
export const SESSION_DIFFICULTIES = ["too-easy", "about-right", "too-hard"] as const;
export type SessionDifficulty = (typeof SESSION_DIFFICULTIES)[number];

/** Why an exercise was skipped: `pain` when the person pressed "skip, it hurts". */
export type SkipReason = "pain" | "other";

/** One set on one side, as done. */
export interface SetLog {
  /** 1-based set number. */
  set: number;
  side: SessionSide;
  /** Repetitions done (0 for holds and timed work). */
  reps: number;
  /** Timed holds finished in full. */
  holds: number;
  /** Seconds spent holding or working against a timer, including a hold stopped early. */
  seconds: number;
  /** True when the set was finished as prescribed, false when it was ended early. */
  completed: boolean;
}

export interface ExerciseLog {
  exerciseId: string;
  status: "not-started" | "in-progress" | "done" | "skipped";
  skipReason?: SkipReason;
  /** The pain score given when the exercise was skipped because it hurt (0–10). */
  painScore?: number;
  sets: SetLog[];
}

/**
 * What happened in a guided session. The host decides where to keep it; Movekit never stores it.
 * Pain scores are on the 0–10 numeric rating scale.
 */
export interface SessionLog {
  exercises: ExerciseLog[];
  /** Highest pain during the session, as the person reported it at the end (0–10). */
  painDuring?: number;
  /** Pain straight after the session (0–10). */
  painAfter?: number;
  difficulty?: SessionDifficulty;
  /** True once the person has been through every exercise (done or skipped) and answered the questions. */
  completed: boolean;
  /** Seconds from the first start to the end, not counting time paused. */
  activeSeconds: number;
  /** Set when the session was ended early because the safety verdict said stop: why, and what to do. */
  ended?: SessionEnd;
}

/** Why a session ended early. */
export interface SessionEnd {
  reason: "pain";
  /** The safety verdict's action at the time ("stop-today" or stricter). */
  action: SafetyAction;
  /** The exercise it ended in, if any. */
  exerciseId?: string;
  /** The pain score given (0–10). */
  painScore?: number;
  /** Ids of warning signs ticked, if any. */
  warningSigns?: string[];
}

export interface SideTotals {
  sets: number;
  reps: number;
  holds: number;
  seconds: number;
}

/** Sets, reps, holds and seconds per side for one exercise, for summaries and charts. */
export function totalsBySide(exercise: ExerciseLog): Partial<Record<SessionSide, SideTotals>> {
  const out: Partial<Record<SessionSide, SideTotals>> = {};
  for (const set of exercise.sets) {
    const totals = out[set.side] ?? { sets: 0, reps: 0, holds: 0, seconds: 0 };
    totals.sets += set.completed ? 1 : 0;
    totals.reps += set.reps;
    totals.holds += set.holds;
    totals.seconds += set.seconds;
    out[set.side] = totals;
  }
  return out;
}
