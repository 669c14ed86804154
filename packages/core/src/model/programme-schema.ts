import * as v from "valibot";
import { DosageSchema } from "../dosage/dosage-schema";
import { EvidenceSchema, ProvenanceSchema } from "./evidence-schema";
import { RedFlagSchema } from "./exercise-schema";
import { IdSchema, LocaleSchema } from "./identifiers";
import { LocalizedLabelSchema, LocalizedTextSchema } from "./localized-text";
import { PainRuleSchema } from "./pain-rule-schema";
import { RunningPlanSchema } from "./running-plan-schema";
import { wholeNumber as count, listOf as list, nonEmptyListOf as nonEmptyList } from "./schema-helpers";
import { PAIN_ACTIONS } from "./vocabulary";

/** The machine-readable part of a criterion (CERT items 7a and 15), so software can check it. */
export const CriterionCheckSchema = v.variant(
  "kind",
  [
    /** Pain stayed in bands whose action is `action` (or milder) for the last `weeks`. */
    v.strictObject({
      kind: v.literal("pain-band"),
      action: v.picklist(PAIN_ACTIONS, "unknown-value"),
      weeks: v.optional(count(1, 12)),
    }),
    /** Pain after activity settled by the next morning. */
    v.strictObject({ kind: v.literal("settled-within-24h") }),
    /** At least this many weeks in the phase. */
    v.strictObject({ kind: v.literal("weeks-completed"), weeks: count(1, 52) }),
    /** Can do this exercise at this dose without pain above the rule's "continue" band. */
    v.strictObject({ kind: v.literal("can-perform"), exerciseId: IdSchema, dosage: v.optional(DosageSchema) }),
    /** Can run continuously for this many minutes. */
    v.strictObject({ kind: v.literal("run-continuous"), minutes: count(1, 300) }),
  ],
  "unknown-kind",
);

/** An entry, exit or rule condition in words, optionally with a check software can evaluate. */
export const CriterionSchema = v.strictObject(
  { id: v.optional(IdSchema), text: LocalizedTextSchema, check: v.optional(CriterionCheckSchema) },
  "wrong-type",
);

/** One exercise in a session, with its dose for this phase (the exercise's default dose when left out). */
export const SessionItemSchema = v.strictObject(
  { exerciseId: IdSchema, dosage: v.optional(DosageSchema), note: v.optional(LocalizedTextSchema) },
  "wrong-type",
);

/** Non-exercise content: advice, education (CERT item 10). */
export const EducationItemSchema = v.strictObject(
  {
    id: IdSchema,
    title: LocalizedLabelSchema,
    text: LocalizedTextSchema,
    evidence: list(EvidenceSchema),
  },
  "wrong-type",
);

export const PhaseSchema = v.strictObject(
  {
    id: IdSchema,
    title: LocalizedLabelSchema,
    summary: v.optional(LocalizedTextSchema),
    goals: nonEmptyList(LocalizedTextSchema),
    /** When a patient may start this phase (CERT item 15). The first phase may have none. */
    entryCriteria: list(CriterionSchema),
    /** When the phase is done (CERT item 7a). */
    exitCriteria: nonEmptyList(CriterionSchema),
    minWeeks: count(1, 52),
    sessionsPerWeek: count(1, 14),
    /** What each session of this phase contains, in order. */
    contents: nonEmptyList(SessionItemSchema),
    education: list(EducationItemSchema),
    /** True when the programme's running plan is done in this phase. */
    usesRunningPlan: v.optional(v.boolean("wrong-type")),
  },
  "wrong-type",
);

/** A decision rule (CERT item 7a): when `criteria` are met, do `action`; optionally move phase or exercise. */
export const ProgrammeRuleSchema = v.strictObject(
  {
    id: IdSchema,
    when: LocalizedTextSchema,
    action: LocalizedTextSchema,
    criteria: list(CriterionSchema),
    fromPhaseId: v.optional(IdSchema),
    toPhaseId: v.optional(IdSchema),
    fromExerciseId: v.optional(IdSchema),
    toExerciseId: v.optional(IdSchema),
  },
  "wrong-type",
);

/** How the programme is delivered (CERT items 3, 4, 9 and 12). */
export const DeliverySchema = v.strictObject(
  {
    setting: v.picklist(["home", "clinic", "gym", "outdoors"] as const, "unknown-value"),
    supervision: v.picklist(["supervised", "unsupervised", "mixed"] as const, "unknown-value"),
    format: v.picklist(["individual", "group"] as const, "unknown-value"),
  },
  "wrong-type",
);

/** A phased rehabilitation programme (FHIR PlanDefinition-like): phases in order, with its pain rule. */
export const ProgrammeSchema = v.strictObject(
  {
    id: IdSchema,
    language: LocaleSchema,
    title: LocalizedLabelSchema,
    condition: LocalizedLabelSchema,
    summary: LocalizedTextSchema,
    goals: nonEmptyList(LocalizedTextSchema),
    delivery: v.optional(DeliverySchema),
    phases: nonEmptyList(PhaseSchema),
    painRule: PainRuleSchema,
    progressionRules: nonEmptyList(ProgrammeRuleSchema),
    regressionRules: list(ProgrammeRuleSchema),
    runningPlan: v.optional(RunningPlanSchema),
    /** Programme-level stop rules, shown whatever else fails to render. */
    redFlags: list(RedFlagSchema),
    evidence: nonEmptyList(EvidenceSchema),
    provenance: ProvenanceSchema,
  },
  "wrong-type",
);

export type ProgrammeInput = v.InferInput<typeof ProgrammeSchema>;

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type {
  Criterion,
  CriterionCheck,
  Delivery,
  EducationItem,
  Phase,
  Programme,
  ProgrammeRule,
  SessionItem,
} from "./types";
