import * as v from "valibot";
import { type Exercise, ExerciseSchema } from "../model/exercise-schema";
import { VALIDATION_CODES } from "../model/validation-error";
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
const SAFETY_FIELDS = new Set(["contraindications", "noContraindications", "redFlags"]);
const entries = ExerciseSchema.entries as Record<string, v.GenericSchema>;

const LIST_FIELDS = new Set([
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

const cache = new WeakMap<object, InspectedExercise>();

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
  // Keep a malformed but present id: a programme still finds the exercise (and its safety) by it.
  if (typeof exercise.id !== "string") exercise.id = typeof raw.id === "string" && raw.id !== "" ? raw.id : "unknown";
  if (typeof exercise.slug !== "string") exercise.slug = exercise.id;
  const safety = exerciseSafety(raw);
  // Safety lists keep their readable items, but a list with anything wrong in it is still reported.
  for (const field of ["contraindications", "redFlags"] as const) {
    const value = raw[field];
    const result = v.safeParse(entries[field] as v.GenericSchema, value);
    if (!result.success) problems.push({ field, code: codeOf(result.issues) });
    else if (field === "redFlags" && value === undefined) problems.push({ field, code: "missing-field" });
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
    exercise: exercise as unknown as Exercise, // every field was checked above; a broken one is emptied
    problems,
    broken: new Set(problems.map((problem) => problem.field)),
    safety,
  };
}

/** Not an object at all: one problem, and every field is broken. */
function notAnExercise(): InspectedExercise {
  const result = inspectRecord({});
  return {
    ...result,
    problems: [{ field: "exercise", code: "wrong-type" }],
    broken: new Set(["exercise", ...Object.keys(entries)]),
  };
}

/**
 * Checks each field of an exercise against the content model on its own, so one broken field (`cues: null`,
 * `defaultDosage: null`, a missing `commonMistakes`) costs only the part that shows it. Never throws, and works
 * on unvalidated input: what a component gets from a host is not always what `parseExercise` returned.
 * Cached per object, and the returned exercise maps to the same result, so inspecting it again is free.
 */
export function inspectExercise(input: unknown): InspectedExercise {
  const record = typeof input === "object" && input !== null && !Array.isArray(input) ? input : undefined;
  if (record) {
    const hit = cache.get(record);
    if (hit) return hit;
  }
  const result = record ? inspectRecord(record as Record<string, unknown>) : notAnExercise();
  if (record) cache.set(record, result);
  cache.set(result.exercise, result);
  return result;
}
