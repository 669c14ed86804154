import * as v from "valibot";
import { ReferenceSchema } from "./evidence-schema";
import { IdSchema } from "./identifiers";
import { LocalizedLabelSchema, LocalizedTextSchema } from "./localized-text";
import { PAIN_ACTIONS } from "./vocabulary";

/** A reading on the 0–10 numeric rating scale (NRS). */
export const PainScoreSchema = v.pipe(
  v.number("wrong-type"),
  v.integer("not-integer"),
  v.minValue(0, "out-of-range"),
  v.maxValue(10, "out-of-range"),
);

/** Scores from `min` to `max` inclusive lead to `action`. Bands must cover 0–10 with no gap or overlap. */
export const PainBandSchema = v.strictObject(
  {
    id: IdSchema,
    min: PainScoreSchema,
    max: PainScoreSchema,
    action: v.picklist(PAIN_ACTIONS, "unknown-value"),
    /** Short name such as "Safe", "Acceptable", "High risk". */
    label: LocalizedLabelSchema,
    /** What to do, in words the patient can act on. */
    message: LocalizedTextSchema,
  },
  "wrong-type",
);

/** A check that can make the outcome stricter than the band alone. */
export const PainCheckSchema = v.strictObject(
  {
    action: v.picklist(["modify", "stop-today", "stop-and-contact"] as const, "unknown-value"),
    message: LocalizedTextSchema,
  },
  "wrong-type",
);

/**
 * A clinic's pain-monitoring rule, after the pain-monitoring model (Silbernagel et al. 2007): thresholds are data
 * with their source, never constants. The band comes from the highest of the readings in `measures`; the
 * 24-hour check fails when next-morning pain is above `maxNextMorning`; the trend check fails when pain and
 * stiffness are worse than last week. The strictest action wins. Bands and checks use the first four steps of
 * the safety scale (SAFETY_ACTIONS); "stop-today" and "stop-and-contact" are separate so a band's label and its
 * message say the same thing.
 */
export const PainRuleSchema = v.strictObject(
  {
    id: IdSchema,
    name: LocalizedLabelSchema,
    scale: v.strictObject({ min: v.literal(0, "out-of-range"), max: v.literal(10, "out-of-range") }, "wrong-type"),
    /** Which readings pick the band. */
    measures: v.optional(
      v.pipe(
        v.array(v.picklist(["during", "after"] as const, "unknown-value"), "wrong-type"),
        v.minLength(1, "empty-list"),
      ),
      (): Array<"during" | "after"> => ["during", "after"],
    ),
    bands: v.pipe(v.array(PainBandSchema, "wrong-type"), v.minLength(1, "empty-list")),
    settleWithin24h: v.strictObject(
      {
        maxNextMorning: PainScoreSchema,
        /**
         * "Back to your usual level": when true, a patient's recorded baseline (their usual next-morning pain)
         * raises the limit to that level. With no baseline recorded the limit stays `maxNextMorning`.
         */
        usualLevel: v.optional(v.boolean("wrong-type")),
        action: PainCheckSchema.entries.action,
        message: LocalizedTextSchema,
      },
      "wrong-type",
    ),
    weekOnWeekTrend: PainCheckSchema,
    /** Where the thresholds come from: the paper or the clinic protocol. */
    source: ReferenceSchema,
    /** Further sources the rule draws on, such as the paper behind the week-on-week check. */
    references: v.optional(v.array(ReferenceSchema, "wrong-type")),
  },
  "wrong-type",
);

export type PainRuleInput = v.InferInput<typeof PainRuleSchema>;

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { PainBand, PainCheck, PainRule } from "./types";
