import { exerciseFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExercise } from "../model/parse";
import { inspectExercise } from "./inspect-exercise";

const valid = (() => {
  const parsed = parseExercise(exerciseFixture());
  if (!parsed.ok) throw new Error("fixture should be valid");
  return parsed.value;
})();

describe("inspectExercise", () => {
  it("finds no problem in a valid exercise and hands it back unchanged in substance", () => {
    const inspected = inspectExercise(valid);
    expect(inspected.problems).toEqual([]);
    expect(inspected.exercise).toEqual(valid);
  });

  it.each([
    ["cues", { cues: null }, "wrong-type"],
    ["defaultDosage", { defaultDosage: null }, "wrong-type"],
    ["commonMistakes", { commonMistakes: undefined }, "missing-field"],
    ["steps", { steps: [null] }, "wrong-type"],
  ])("names the broken field %s and empties only it", (field, patch, code) => {
    const inspected = inspectExercise({ ...valid, ...patch });
    expect(inspected.problems).toEqual([{ field, code }]);
    expect(inspected.broken).toEqual(new Set([field]));
    expect(inspected.safety.contraindications).toEqual(valid.contraindications);
    expect(inspected.exercise.name).toEqual(valid.name);
  });

  it("reports a safety list with a broken item but keeps every readable item", () => {
    const inspected = inspectExercise({ ...valid, contraindications: [null, ...(valid.contraindications ?? [])] });
    expect(inspected.problems.map((p) => p.field)).toEqual(["contraindications"]);
    expect(inspected.exercise.contraindications).toEqual(valid.contraindications);
    expect(inspected.safety.unreadable).toBe(1);
  });

  it("reports missing safety information as a problem", () => {
    const { contraindications: _, ...rest } = valid;
    expect(inspectExercise({ ...rest, noContraindications: undefined }).problems).toEqual([
      { field: "contraindications", code: "missing-contraindications" },
    ]);
  });

  it("returns the same result for the exercise it returned, and for the same input", () => {
    const inspected = inspectExercise({ ...valid, cues: null });
    expect(inspectExercise(inspected.exercise)).toBe(inspected);
  });

  it("never throws and always gives lists where the model has lists (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ cues: fc.anything(), steps: fc.anything(), redFlags: fc.anything(), name: fc.anything() }),
        ),
        (input) => {
          const { exercise, problems, broken } = inspectExercise(input);
          for (const list of ["cues", "steps", "commonMistakes", "redFlags", "equipment"] as const)
            expect(Array.isArray(exercise[list])).toBe(true);
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(broken.has(problem.field)).toBe(true);
        },
      ),
    );
  });
});
