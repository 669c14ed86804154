import * as v from "valibot";
import { INTERVAL_ACTIVITIES, WEEKDAYS, type Weekday } from "./dosage-vocabulary";

const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const seconds = v.pipe(v.number(), v.minValue(0), v.maxValue(3600));
const positiveSeconds = v.pipe(v.number(), v.minValue(0.5), v.maxValue(3600));

export { INTERVAL_ACTIVITIES, WEEKDAYS, type Weekday };

/** Seconds for each phase of one repetition (CERT item 8; FITT-VP "time"). */
export const TempoSchema = v.strictObject({
  /** Which phase the movement starts with; lift-first movements (clamshell) read lift → pause → lower. */
  start: v.optional(v.picklist(["lower", "lift"])),
  lower: v.optional(seconds),
  pause: v.optional(seconds),
  lift: v.optional(seconds),
  pauseTop: v.optional(seconds),
});

export const LoadSchema = v.variant("kind", [
  v.strictObject({ kind: v.literal("bodyweight") }),
  v.strictObject({ kind: v.literal("kg"), value: v.pipe(v.number(), v.minValue(0), v.maxValue(500)) }),
  v.strictObject({ kind: v.literal("lb"), value: v.pipe(v.number(), v.minValue(0), v.maxValue(1100)) }),
  v.strictObject({ kind: v.literal("band"), resistance: v.picklist(["light", "medium", "heavy"]) }),
  v.strictObject({ kind: v.literal("rpe"), value: v.pipe(v.number(), v.minValue(1), v.maxValue(10)) }),
]);

/** The most effort or pain the patient should allow (0–10 scales). */
export const IntensitySchema = v.strictObject({
  painCeiling: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  rpeCeiling: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(10))),
});

export const FrequencySchema = v.strictObject({
  timesPerDay: v.optional(v.pipe(positiveInt, v.maxValue(10))),
  daysPerWeek: v.optional(v.pipe(positiveInt, v.maxValue(7))),
  days: v.optional(v.pipe(v.array(v.picklist(WEEKDAYS)), v.minLength(1), v.maxLength(7))),
});

export const DistanceSchema = v.strictObject({
  value: v.pipe(v.number(), v.minValue(0), v.maxValue(1000)),
  unit: v.picklist(["m", "km", "mi"]),
});

export const IntervalPartSchema = v.strictObject({
  activity: v.picklist(INTERVAL_ACTIVITIES),
  seconds: v.pipe(v.number(), v.minValue(5), v.maxValue(3600)),
});

/**
 * Alternating work and recovery, repeated `rounds` times: "1 minute running, then 1 minute walking, 10 times"
 * (the walk/run intervals of source text 000). Recovery is a separate part so the patient is told what to do in it.
 */
export const IntervalsSchema = v.strictObject({
  work: IntervalPartSchema,
  recovery: IntervalPartSchema,
  rounds: v.pipe(positiveInt, v.maxValue(100)),
});

/**
 * How much of an exercise to do (FITT-VP, CERT items 8 and 13). `perSide` means the reps, holds or
 * duration are for each side of a unilateral exercise.
 */
export const DosageSchema = v.strictObject({
  sets: v.optional(v.pipe(positiveInt, v.maxValue(20))),
  reps: v.optional(v.pipe(positiveInt, v.maxValue(200))),
  perSide: v.optional(v.boolean()),
  holdSeconds: v.optional(positiveSeconds),
  durationSeconds: v.optional(positiveSeconds),
  distance: v.optional(DistanceSchema),
  intervals: v.optional(IntervalsSchema),
  tempo: v.optional(TempoSchema),
  restBetweenSetsSeconds: v.optional(seconds),
  restBetweenSidesSeconds: v.optional(seconds),
  load: v.optional(LoadSchema),
  intensity: v.optional(IntensitySchema),
  frequency: v.optional(FrequencySchema),
  weeks: v.optional(v.pipe(positiveInt, v.maxValue(104))),
});

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { Dosage, Frequency, IntervalActivity, Intervals, Load, Tempo } from "../model/types";
