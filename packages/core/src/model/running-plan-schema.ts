import * as v from "valibot";
import { WEEKDAYS } from "../dosage/dosage-schema";
import { IdSchema } from "./identifiers";
import { LocalizedLabelSchema, LocalizedTextSchema } from "./localized-text";
import { wholeNumber } from "./schema-helpers";

/** `repeats` × (run `runSeconds`, then walk `walkSeconds`). walkSeconds 0 = continuous running. */
export const IntervalBlockSchema = v.strictObject(
  { runSeconds: wholeNumber(0, 7200), walkSeconds: wholeNumber(0, 3600), repeats: wholeNumber(1, 60) },
  "wrong-type",
);

export const RunSessionSchema = v.strictObject(
  {
    day: v.picklist(WEEKDAYS, "unknown-value"),
    warmUpWalkMinutes: v.optional(wholeNumber(0, 30)),
    blocks: v.pipe(v.array(IntervalBlockSchema, "wrong-type"), v.minLength(1, "empty-list")),
    coolDownWalkMinutes: v.optional(wholeNumber(0, 30)),
    note: v.optional(LocalizedTextSchema),
  },
  "wrong-type",
);

export const RunWeekSchema = v.strictObject(
  {
    sessions: v.pipe(v.array(RunSessionSchema, "wrong-type"), v.minLength(1, "empty-list")),
    note: v.optional(LocalizedTextSchema),
  },
  "wrong-type",
);

/**
 * A walk/run plan, week by week (week 1 is the first item). Running time is the load measure: a session's
 * "run" is its total running seconds. `baseline` is what the runner did in the 30 days before the plan.
 */
export const RunningPlanSchema = v.strictObject(
  {
    id: IdSchema,
    title: LocalizedLabelSchema,
    summary: v.optional(LocalizedTextSchema),
    baseline: v.optional(
      v.strictObject(
        { longestRunSeconds: v.optional(wholeNumber(0, 36000)), weeklyRunSeconds: v.optional(wholeNumber(0, 200000)) },
        "wrong-type",
      ),
    ),
    weeks: v.pipe(v.array(RunWeekSchema, "wrong-type"), v.minLength(1, "empty-list")),
  },
  "wrong-type",
);

export type RunningPlanInput = v.InferInput<typeof RunningPlanSchema>;

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { IntervalBlock, RunningPlan, RunSession, RunWeek } from "./types";
