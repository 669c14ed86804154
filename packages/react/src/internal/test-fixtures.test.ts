import { parseExercise } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { allFixtures } from "./test-fixtures";

describe("component fixtures", () => {
  it.each(Object.entries(allFixtures))("%s is a valid exercise", (_name, exercise) => {
    const result = parseExercise(exercise);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
