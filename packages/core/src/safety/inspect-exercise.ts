import * as v from "valibot";
import { ExerciseSchema } from "../model/exercise-schema";
import { VALIDATION_CODES } from "../model/validation-error";
import {
  cachedInspection,
  completeInspection,
  type ExerciseProblem,
  type InspectedExercise,
  LIST_FIELDS,
  SAFETY_FIELDS,
} from "./inspection";

export type { ExerciseProblem, InspectedExercise } from "./inspection";

const entries = ExerciseSchema.entries as Record<string, v.GenericSchema>;

/** The first issue's code; schemas without their own codes (dosage) count as a wrong type. */
function codeOf(issues: ReadonlyArray<{ message: string }>): string {
  const message = issues[0]?.message;
  return message && (VALIDATION_CODES as readonly string[]).includes(message) ? message : "wrong-type";
}

function inspectRecord(raw: Record<string, unknown>): InspectedExercise {
  const problems: ExerciseProblem[] = [];
  const exercise: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(entries)) {
    if (SAFETY_FIELDS.has(field)) continue;
    const value = raw[field];
    const result = v.safeParse(schema, value);
    if (result.success) {
      exercise[field] = result.output;
      // A list left out is filled with [] by the schema, but a component given it without parsing would fail on
      // it: the content is incomplete either way.
      if (value === undefined && result.output !== undefined) problems.push({ field, code: "missing-field" });
      continue;
    }
    problems.push({ field, code: value === undefined ? "missing-field" : codeOf(result.issues) });
    // What stands in for a broken field: nothing a component would print.
    exercise[field] = LIST_FIELDS.has(field) ? [] : undefined;
  }
  return completeInspection(raw, exercise, problems, (field, value) => {
    const result = v.safeParse(entries[field] as v.GenericSchema, value);
    if (!result.success) return { field, code: codeOf(result.issues) };
    if (field === "redFlags" && value === undefined) return { field, code: "missing-field" };
    return undefined;
  });
}

/**
 * Checks each field of an exercise against the content model on its own, so one broken field (`cues: null`,
 * `defaultDosage: null`, a missing `commonMistakes`) costs only the part that shows it. Never throws, and works
 * on unvalidated input: what a component gets from a host is not always what `parseExercise` returned.
 * Cached per object, and the returned exercise maps to the same result, so inspecting it again is free.
 */
export const inspectExercise: (input: unknown) => InspectedExercise = /* @__PURE__ */ cachedInspection(
  inspectRecord,
  Object.keys(entries),
);
