import type { Exercise } from "../model/types";
import { exerciseSafety } from "../safety/exercise-safety";
import type { ExerciseProblem, InspectedExercise } from "../safety/inspect-exercise";
import { asParsed, isRecord } from "./checks";
import { EXERCISE_FIELDS, FIELD_DEFAULTS, withNestedDefaults } from "./exercise-shape";

/** Safety fields are read by `exerciseSafety`, item by item, never replaced wholesale. */
const SAFETY_FIELDS = new Set(["contraindications", "noContraindications", "redFlags"]);
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

// The guard names the field, not why it failed ("wrong-type" unless left out): `parseExercise` gives the detail.
const problem = (field: string, value: unknown): ExerciseProblem => ({
  field,
  code: value === undefined ? "missing-field" : "wrong-type",
});

function guardRecord(raw: Record<string, unknown>): InspectedExercise {
  const problems: ExerciseProblem[] = [];
  const exercise: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(EXERCISE_FIELDS)) {
    if (SAFETY_FIELDS.has(field)) continue;
    const value = raw[field];
    const fallback = FIELD_DEFAULTS[field];
    if (value === undefined && fallback) {
      // Left out: the schema fills it in, but the content is incomplete all the same.
      exercise[field] = fallback();
      problems.push(problem(field, value));
    } else if (check(value)) {
      if (value !== undefined) exercise[field] = withNestedDefaults(field, asParsed(check, value));
    } else {
      problems.push(problem(field, value));
      // What stands in for a broken field: nothing a component would print.
      exercise[field] = LIST_FIELDS.has(field) ? [] : undefined;
    }
  }
  // Keep a malformed but present id: a programme still finds the exercise (and its safety) by it.
  if (typeof exercise.id !== "string") exercise.id = typeof raw.id === "string" && raw.id !== "" ? raw.id : "unknown";
  if (typeof exercise.slug !== "string") exercise.slug = exercise.id;
  const safety = exerciseSafety(raw);
  // Safety lists keep their readable items, but a list with anything wrong in it is still reported.
  for (const field of ["contraindications", "redFlags"] as const) {
    const value = raw[field];
    if (field === "redFlags" && value === undefined) problems.push(problem(field, value));
    else if (!EXERCISE_FIELDS[field]?.(value)) problems.push(problem(field, value));
  }
  if (raw.noContraindications !== undefined && !safety.noContraindications)
    problems.push({ field: "noContraindications", code: "wrong-type" });
  if (safety.missing && !problems.some((p) => p.field === "contraindications"))
    problems.push({ field: "contraindications", code: "missing-contraindications" });
  Object.assign(exercise, {
    contraindications: safety.contraindications,
    redFlags: safety.redFlags,
    ...(safety.noContraindications ? { noContraindications: safety.noContraindications } : {}),
  });
  return {
    exercise: exercise as unknown as Exercise, // every field was checked above; a broken one is emptied
    problems,
    broken: new Set(problems.map((p) => p.field)),
    safety,
  };
}

/** Not an object at all: one problem, and every field is broken. */
function notAnExercise(): InspectedExercise {
  const result = guardRecord({});
  return {
    ...result,
    problems: [{ field: "exercise", code: "wrong-type" }],
    broken: new Set(["exercise", ...Object.keys(EXERCISE_FIELDS)]),
  };
}

/**
 * `inspectExercise` without valibot, for components that render content they did not parse (ExerciseCard,
 * ExerciseDetail, ProgrammeView). Each field is checked on its own against a hand-written twin of the content
 * model, so one broken field costs only the part that shows it; safety items are read by `exerciseSafety` and
 * never dropped for a broken neighbour. Never throws. Cached per object, and the returned exercise maps to the
 * same result. Problem codes are "missing-field", "wrong-type" or "missing-contraindications": the field is
 * named, the detail is `parseExercise`'s.
 */
export function guardExercise(input: unknown): InspectedExercise {
  const record = isRecord(input) ? input : undefined;
  if (record) {
    const hit = cache.get(record);
    if (hit) return hit;
  }
  const result = record ? guardRecord(record) : notAnExercise();
  if (record) cache.set(record, result);
  cache.set(result.exercise, result);
  return result;
}
