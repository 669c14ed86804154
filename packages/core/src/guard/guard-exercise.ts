import {
  cachedInspection,
  completeInspection,
  type ExerciseProblem,
  type InspectedExercise,
  LIST_FIELDS,
  SAFETY_FIELDS,
} from "../safety/inspection";
import { INVALID, parseWith } from "./checks";
import { EXERCISE_FIELDS, FIELD_DEFAULTS, withNestedDefaults } from "./exercise-shape";

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
      continue;
    }
    const parsed = parseWith(check, value);
    if (parsed === INVALID) {
      problems.push(problem(field, value));
      // What stands in for a broken field: nothing a component would print.
      exercise[field] = LIST_FIELDS.has(field) ? [] : undefined;
    } else if (value !== undefined) {
      exercise[field] = withNestedDefaults(field, parsed);
    }
  }
  return completeInspection(raw, exercise, problems, (field, value) =>
    (field === "redFlags" && value === undefined) || !EXERCISE_FIELDS[field]?.(value)
      ? problem(field, value)
      : undefined,
  );
}

/**
 * `inspectExercise` without valibot, for components that render content they did not parse (ExerciseCard,
 * ExerciseDetail, ProgrammeView). Each field is checked on its own against a hand-written twin of the content
 * model, so one broken field costs only the part that shows it; safety items are read by `exerciseSafety` and
 * never dropped for a broken neighbour. Never throws. Cached per object, and the returned exercise maps to the
 * same result. Problem codes are "missing-field", "wrong-type" or "missing-contraindications": the field is
 * named, the detail is `parseExercise`'s.
 */
export const guardExercise: (input: unknown) => InspectedExercise = /* @__PURE__ */ cachedInspection(
  guardRecord,
  Object.keys(EXERCISE_FIELDS),
);
