import { BROKEN_CASES } from "@movekit/fixtures/broken-exercises";
import { allFixtures, gluteBridge } from "@movekit/fixtures/exercises";
import { mutate, mutationsOf } from "@movekit/fixtures/fuzz-arbitraries";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { DosageSchema } from "../dosage/dosage-schema";
import { ExerciseSchema } from "../model/exercise-schema";
import { inspectExercise } from "../safety/inspect-exercise";
import { isDosageShape } from "./dosage-shape";
import { EXERCISE_FIELDS } from "./exercise-shape";
import { guardExercise } from "./guard-exercise";

// The guard must say exactly what the schema-based `inspectExercise` says about every field, and hand back the
// same exercise: a card that drops valibot may neither hide good content nor show a broken part.
function expectSameVerdict(input: unknown) {
  const guarded = guardExercise(input);
  const inspected = inspectExercise(input);
  expect([...guarded.broken].sort()).toEqual([...inspected.broken].sort());
  expect(guarded.exercise).toEqual(inspected.exercise);
  expect(guarded.safety).toEqual(inspected.safety);
}

const fixtures = Object.entries(allFixtures);

describe("guardExercise", () => {
  it.each(fixtures)("finds nothing wrong with the %s fixture", (_, exercise) => {
    const guarded = guardExercise(exercise);
    expect(guarded.problems).toEqual([]);
    // Safety lists always come back as lists (a reviewed "none" leaves contraindications empty, not absent).
    expect(guarded.exercise).toEqual({ ...exercise, contraindications: exercise.contraindications ?? [] });
  });

  it("hands well-formed parts back as given, and rebuilds only what valibot would change", () => {
    const guarded = guardExercise(gluteBridge);
    // No copy of every object on a page that checks many exercises: the same lists and objects come back.
    expect(guarded.exercise.cues).toBe(gluteBridge.cues);
    expect(guarded.exercise.steps).toBe(gluteBridge.steps);
    expect(guarded.exercise.name).toBe(gluteBridge.name);
    // An empty array where an object belongs passes as that object and comes back as one, as the schema has it.
    const withArrayAliases = guardExercise({ ...gluteBridge, aliases: [] });
    expect(withArrayAliases.exercise.aliases).toEqual({});
    expect(Array.isArray(withArrayAliases.exercise.aliases)).toBe(false);
    expectSameVerdict({ ...gluteBridge, aliases: [] });
  });

  it.each(BROKEN_CASES)("names the field of '$name', keeps the safety items", ({ field, break: breakIt }) => {
    const guarded = guardExercise(breakIt(gluteBridge));
    expect(guarded.broken.has(field)).toBe(true);
    expect(guarded.safety.contraindications).toEqual(gluteBridge.contraindications);
    expect(guarded.exercise.name).toEqual(gluteBridge.name);
  });

  it("treats something that is not an exercise as wholly broken, with its safety information missing", () => {
    for (const input of [undefined, null, 3, "glute-bridge", []]) {
      const guarded = guardExercise(input);
      expect(guarded.problems).toEqual([{ field: "exercise", code: "wrong-type" }]);
      expect(guarded.safety.missing).toBe(true);
      expect(guarded.exercise.cues).toEqual([]);
    }
  });

  it("knows exactly the schema's fields, so a field added to one and not the other fails here", () => {
    expect(Object.keys(EXERCISE_FIELDS).sort()).toEqual(Object.keys(ExerciseSchema.entries).sort());
  });

  it("agrees with the schema-based inspectExercise on every one-value change to a fixture (property)", () => {
    for (const [, exercise] of fixtures.slice(0, 4)) {
      fc.assert(
        fc.property(mutationsOf(exercise), (mutation) => expectSameVerdict(mutate(exercise, mutation))),
        { numRuns: 150 },
      );
    }
  });

  it("hands back an empty array that passed as an object the way the schema does: as an empty object", () => {
    // Found by the property below (seed 735889820): `aliases: []` is an empty object to valibot.
    expectSameVerdict({ ...gluteBridge, aliases: [] });
    expectSameVerdict({ ...gluteBridge, media: { ...gluteBridge.media, chapters: [{ start: 0, label: [] }] } });
  });

  it("agrees with the schema-based inspectExercise on any input (property)", () => {
    fc.assert(fc.property(fc.anything(), (input) => expectSameVerdict(input)));
  });

  it("accepts exactly the dosages DosageSchema accepts (property)", () => {
    const dosage = gluteBridge.defaultDosage;
    const full = { ...dosage, distance: { value: 2, unit: "km" }, load: { kind: "band", resistance: "light" } };
    fc.assert(
      fc.property(mutationsOf(full), (mutation) => {
        const value = mutate(full, mutation);
        expect(isDosageShape(value)).toBe(v.is(DosageSchema, value));
      }),
      { numRuns: 300 },
    );
  });
});
