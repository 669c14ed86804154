import type { Dosage } from "../dosage/dosage-schema";
import { DEFAULT_REST_SECONDS } from "../dosage/estimate-session";
import type { Laterality } from "../model/vocabulary";

/** Which side a block of work is for: `both` for bilateral and alternating exercises. */
export type SessionSide = "left" | "right" | "both";

/** What one set asks for, as the guided session runs it. */
export type SessionWork =
  /** Self-paced repetitions the person counts with a button. */
  | { kind: "reps"; reps: number }
  /** Repetitions that each end in a timed hold (a glute bridge held 5 s at the top). */
  | { kind: "reps-hold"; reps: number; holdSeconds: number }
  /** One timed hold per set (a plank). */
  | { kind: "hold"; seconds: number }
  /** Timed work, such as marching on the spot for 60 s. */
  | { kind: "timed"; seconds: number }
  /** Work with no count or time (a distance): the person says when it is done. */
  | { kind: "open" };

/** One exercise of a guided session, ready to run: sets × sides, each with the same work, and the rests. */
export interface SessionStep {
  exerciseId: string;
  sets: number;
  /** `["left", "right"]` for work done on each side, otherwise `["both"]`. Sides alternate within each set. */
  sides: readonly SessionSide[];
  work: SessionWork;
  restBetweenSetsSeconds: number;
  restBetweenSidesSeconds: number;
  /** The dose this step was built from, for display. */
  dosage: Dosage;
}

export interface SessionPlan {
  steps: readonly SessionStep[];
}

/** An exercise in a session with its dose (a programme's `SessionItem` plus what is known about the exercise). */
export interface SessionPlanItem {
  exerciseId: string;
  dosage: Dosage;
  /** `unilateral` exercises are done on each side even when the dose does not say `perSide`. */
  laterality?: Laterality;
}

/** Seconds to lower and reset between two timed holds of a repetition. */
export const RELAX_BETWEEN_HOLDS_SECONDS = 2;

function workFor(dosage: Dosage): SessionWork {
  if (dosage.reps !== undefined) {
    return dosage.holdSeconds !== undefined
      ? { kind: "reps-hold", reps: dosage.reps, holdSeconds: dosage.holdSeconds }
      : { kind: "reps", reps: dosage.reps };
  }
  if (dosage.holdSeconds !== undefined) return { kind: "hold", seconds: dosage.holdSeconds };
  if (dosage.durationSeconds !== undefined) return { kind: "timed", seconds: dosage.durationSeconds };
  return { kind: "open" };
}

/**
 * Turns session items into the steps a guided session runs. The rest between sets falls back to the same
 * default the time estimate uses, so the session and its estimate agree.
 */
export function buildSessionPlan(items: readonly SessionPlanItem[]): SessionPlan {
  return {
    steps: items.map(({ exerciseId, dosage, laterality }) => {
      const sets = dosage.sets ?? 1;
      const eachSide = dosage.perSide === true || laterality === "unilateral";
      return {
        exerciseId,
        sets,
        sides: eachSide ? (["left", "right"] as const) : (["both"] as const),
        work: workFor(dosage),
        restBetweenSetsSeconds: dosage.restBetweenSetsSeconds ?? (sets > 1 ? DEFAULT_REST_SECONDS : 0),
        restBetweenSidesSeconds: dosage.restBetweenSidesSeconds ?? 0,
        dosage,
      };
    }),
  };
}
