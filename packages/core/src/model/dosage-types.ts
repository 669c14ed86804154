// Dosage as plain interfaces; see types.ts for why interfaces and how they are kept equal to the schemas.
import type { Weekday } from "../dosage/dosage-schema";

export interface Tempo {
  start?: "lower" | "lift";
  lower?: number;
  pause?: number;
  lift?: number;
  pauseTop?: number;
}

/** The external load, if any. */
export type Load =
  | { kind: "bodyweight" }
  | { kind: "kg"; value: number }
  | { kind: "lb"; value: number }
  | { kind: "band"; resistance: "light" | "medium" | "heavy" }
  | { kind: "rpe"; value: number };

export interface Frequency {
  timesPerDay?: number;
  daysPerWeek?: number;
  days?: Weekday[];
}

export type IntervalActivity = "run" | "jog" | "walk" | "cycle" | "swim" | "rest";

/** `rounds` × (`work`, then `recovery`), e.g. 1 min running then 1 min walking, 10 times. */
export interface Intervals {
  work: { activity: IntervalActivity; seconds: number };
  recovery: { activity: IntervalActivity; seconds: number };
  rounds: number;
}

export interface Dosage {
  sets?: number;
  reps?: number;
  perSide?: boolean;
  holdSeconds?: number;
  durationSeconds?: number;
  distance?: {
    value: number;
    unit: "m" | "km" | "mi";
  };
  intervals?: Intervals;
  tempo?: Tempo;
  restBetweenSetsSeconds?: number;
  restBetweenSidesSeconds?: number;
  load?: Load;
  intensity?: {
    painCeiling?: number;
    rpeCeiling?: number;
  };
  frequency?: Frequency;
  weeks?: number;
}
