import * as v from "valibot";
import { WEEKDAYS } from "../dosage/dosage-vocabulary";
import { EvidenceSchema } from "./evidence-schema";
import { IdSchema } from "./identifiers";
import { LocalizedLabelSchema, LocalizedTextSchema } from "./localized-text";
import { nonEmptyListOf, wholeNumber } from "./schema-helpers";

// Optional without a default, so plans written before these fields existed still type-check.
const optionalList = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item, "wrong-type"));

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

/** A condition in words (for example a hop test before running), with what supports it. */
export const RunCriterionSchema = v.strictObject(
  { id: IdSchema, text: LocalizedTextSchema, evidence: optionalList(EvidenceSchema) },
  "wrong-type",
);

/**
 * A stage after the walk/run weeks (hills, strides, speed): started only when its entry criteria are met, done
 * in the order listed. `steps` says what the sessions of the stage contain, in words.
 */
export const RunStageSchema = v.strictObject(
  {
    id: IdSchema,
    title: LocalizedLabelSchema,
    summary: LocalizedTextSchema,
    entryCriteria: nonEmptyListOf(RunCriterionSchema),
    steps: nonEmptyListOf(LocalizedTextSchema),
    evidence: optionalList(EvidenceSchema),
  },
  "wrong-type",
);

/**
 * A walk/run plan, week by week (week 1 is the first item). Running time is the load measure: a session's
 * "run" is its total running seconds, and its longest continuous bout is checked separately. `baseline` is what the
 * runner did in the 30 days before the plan. `entryCriteria` is the gate before week 1 (hop and strength tests);
 * `nextStages` follow once the last week is done.
 */
export const RunningPlanSchema = v.strictObject(
  {
    id: IdSchema,
    title: LocalizedLabelSchema,
    summary: v.optional(LocalizedTextSchema),
    baseline: v.optional(
      v.strictObject(
        {
          longestRunSeconds: v.optional(wholeNumber(0, 36000)),
          /** The longest run without a walk break in the week before the plan. */
          longestBoutSeconds: v.optional(wholeNumber(0, 36000)),
          weeklyRunSeconds: v.optional(wholeNumber(0, 200000)),
        },
        "wrong-type",
      ),
    ),
    entryCriteria: optionalList(RunCriterionSchema),
    weeks: v.pipe(v.array(RunWeekSchema, "wrong-type"), v.minLength(1, "empty-list")),
    nextStages: optionalList(RunStageSchema),
  },
  "wrong-type",
);

export type RunningPlanInput = v.InferInput<typeof RunningPlanSchema>;

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { IntervalBlock, RunCriterion, RunningPlan, RunSession, RunStage, RunWeek } from "./types";
