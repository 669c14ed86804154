import { parseLibrary, parseProgramme } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { MAX_SYNTHETIC_EXERCISES, syntheticExercises, syntheticLibrary, syntheticProgramme } from "./synthetic-library";

describe("synthetic library", () => {
  it("builds 5,000 distinct exercises that parseLibrary accepts in en-GB and es", () => {
    const library = syntheticLibrary(5000, { mediaBase: "/synthetic-media/" });
    const result = parseLibrary(library, { requiredLocales: ["en-GB", "es"] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3), null, 2));
    expect(result.value.exercises).toHaveLength(5000);
    // Already in parsed form, so benches and stories can use it without paying for validation.
    expect(result.value).toEqual(library);
    expect(new Set(result.value.exercises.map((e) => e.name["en-GB"])).size).toBe(5000);
    // Validating 5,000 exercises takes a few seconds on a busy shared 2-core machine.
  }, 60_000);

  it("is deterministic for a seed and differs between seeds", () => {
    const ids = (seed: number) => syntheticExercises(20, { seed }).map((e) => e.id);
    expect(ids(42)).toEqual(ids(42));
    expect(ids(42)).not.toEqual(ids(7));
  });

  it("varies every facet, even in a small library", () => {
    const exercises = syntheticExercises(100);
    expect(new Set(exercises.map((e) => e.difficulty)).size).toBe(3);
    expect(new Set(exercises.map((e) => e.position)).size).toBeGreaterThan(5);
    expect(exercises.some((e) => (e.equipment ?? []).length === 0)).toBe(true);
    expect(exercises.some((e) => (e.contraindications ?? []).length > 0)).toBe(true);
  });

  it("refuses more exercises than it has combinations", () => {
    expect(() => syntheticExercises(MAX_SYNTHETIC_EXERCISES + 1)).toThrow(RangeError);
  });

  it("builds a valid 12-week programme of 6–8 exercises a session", () => {
    const exercises = syntheticExercises(100);
    const programme = syntheticProgramme(exercises);
    const result = parseProgramme(programme, { exerciseIds: exercises.map((e) => e.id) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3), null, 2));
    expect(result.value).toEqual(programme);
    const weeks = result.value.phases.reduce((n, p) => n + p.minWeeks, 0);
    expect(weeks).toBe(12);
    expect(result.value.phases.map((p) => p.contents.length)).toEqual([6, 7, 8]);
  });
});
