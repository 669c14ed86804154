import type { Exercise } from "@movekit/core";
import { reportIncomplete } from "../error-boundary/incomplete-exercise";
import { inspectExercise } from "../internal/inspect-exercise";

/**
 * The programme's exercises by id (only those in `used`, when given), each checked field by field first
 * (`inspectExercise`), so a broken one (`cues: null`, `defaultDosage: null`, a missing list) renders without its
 * broken parts instead of throwing, on the server too, where error boundaries do not catch. Entries that are not
 * exercises at all are left out; development builds log one console.error per broken exercise, naming the fields.
 */
export function checkedExercises(
  exercises: ReadonlyArray<Exercise>,
  used?: ReadonlySet<string>,
): Map<string, Exercise> {
  const byId = new Map<string, Exercise>();
  for (const input of Array.isArray(exercises) ? exercises : []) {
    // A whole library may come in: only the exercises the programme lists are checked (the check is the costly part).
    if (used && !used.has((input as { id?: unknown } | null)?.id as string)) continue;
    const inspected = inspectExercise(input);
    reportIncomplete(inspected, "ProgrammeView");
    if (inspected.problems.some((problem) => problem.field === "exercise")) continue;
    byId.set(inspected.exercise.id, inspected.exercise);
  }
  return byId;
}
