// What every field-by-field exercise check shares, whether it checks with the valibot schemas
// (`inspectExercise`) or without them (`guardExercise` in @movekit/core/guard): the result's shape, which fields
// are safety or list fields, how safety is read and reported, and one result per object. No valibot here.
import type { Exercise } from "../model/types";
import { type ExerciseSafety, exerciseSafety } from "./exercise-safety";

/** A field of an exercise that cannot be shown as given. */
export interface ExerciseProblem {
  /** The field's name, as in the content model ("cues", "defaultDosage"). */
  field: string;
  /** A validation code: "missing-field", "wrong-type", "unknown-value" and so on. */
  code: string;
}

/** An exercise made safe to render, with what was wrong with it. */
export interface InspectedExercise {
  /**
   * The exercise with every broken field replaced by an empty value (an empty list, no text, no dosage).
   * Components skip a part whose field is in `broken`; they never need to guard it themselves.
   */
  exercise: Exercise;
  /** Fields that could not be used as given, in content-model order. Empty for a well-formed exercise. */
  problems: ExerciseProblem[];
  /** The same fields as a set, for quick look-ups. */
  broken: ReadonlySet<string>;
  /** Its safety information, read from its own fields (see `exerciseSafety`). */
  safety: ExerciseSafety;
}

/** Safety fields are read by `exerciseSafety`, item by item, never replaced wholesale. */
export const SAFETY_FIELDS = new Set(["contraindications", "noContraindications", "redFlags"]);

/** Fields that stand in as an empty list when broken. */
export const LIST_FIELDS = new Set([
  "bodyRegions",
  "targetMuscles",
  "equipment",
  "goals",
  "steps",
  "cues",
  "commonMistakes",
  "regressions",
  "progressions",
  "evidence",
]);

/** What is wrong with a safety list as a whole, if anything (its readable items are kept either way). */
export type SafetyListCheck = (field: "contraindications" | "redFlags", value: unknown) => ExerciseProblem | undefined;

/**
 * Finishes an inspection once the other fields are checked: keeps a usable id, reads the safety fields item by
 * item and reports what is wrong with them, and puts the readable safety items into the exercise.
 */
export function completeInspection(
  raw: Record<string, unknown>,
  exercise: Record<string, unknown>,
  problems: ExerciseProblem[],
  checkSafetyList: SafetyListCheck,
): InspectedExercise {
  // Keep a malformed but present id: a programme still finds the exercise (and its safety) by it.
  if (typeof exercise.id !== "string") exercise.id = typeof raw.id === "string" && raw.id !== "" ? raw.id : "unknown";
  if (typeof exercise.slug !== "string") exercise.slug = exercise.id;
  const safety = exerciseSafety(raw);
  // Safety lists keep their readable items, but a list with anything wrong in it is still reported.
  for (const field of ["contraindications", "redFlags"] as const) {
    const problem = checkSafetyList(field, raw[field]);
    if (problem) problems.push(problem);
  }
  if (raw.noContraindications !== undefined && !safety.noContraindications)
    problems.push({ field: "noContraindications", code: "wrong-type" });
  if (safety.missing && !problems.some((problem) => problem.field === "contraindications"))
    problems.push({ field: "contraindications", code: "missing-contraindications" });
  Object.assign(exercise, {
    contraindications: safety.contraindications,
    redFlags: safety.redFlags,
    ...(safety.noContraindications ? { noContraindications: safety.noContraindications } : {}),
  });
  return {
    exercise: exercise as unknown as Exercise, // every field was checked; a broken one is emptied
    problems,
    broken: new Set(problems.map((problem) => problem.field)),
    safety,
  };
}

/**
 * One inspection per object: input that is not an object at all is one problem with every field broken, and
 * the returned exercise maps to the same result, so inspecting it again is free.
 */
export function cachedInspection(
  inspectRecord: (raw: Record<string, unknown>) => InspectedExercise,
  fields: readonly string[],
): (input: unknown) => InspectedExercise {
  const cache = new WeakMap<object, InspectedExercise>();
  const notAnExercise = (): InspectedExercise => ({
    ...inspectRecord({}),
    problems: [{ field: "exercise", code: "wrong-type" }],
    broken: new Set(["exercise", ...fields]),
  });
  return (input) => {
    const record =
      typeof input === "object" && input !== null && !Array.isArray(input)
        ? (input as Record<string, unknown>)
        : undefined;
    if (record) {
      const hit = cache.get(record);
      if (hit) return hit;
    }
    const result = record ? inspectRecord(record) : notAnExercise();
    if (record) cache.set(record, result);
    cache.set(result.exercise, result);
    return result;
  };
}
