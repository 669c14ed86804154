import { exerciseFixture, libraryFixture, programmeFixture } from "@movekit/fixtures/exercise-inputs";
import { CASES, DELETE, ex, libraryWith, pr, secondExercise } from "@movekit/fixtures/malformed-libraries";
import { describe, expect, it } from "vitest";
import { parseExercise, parseLibrary, parseProgramme } from "./parse";
import type { ValidationCode, ValidationIssue } from "./validation-error";

function expectIssue(issues: readonly ValidationIssue[], path: string, code: ValidationCode): void {
  const found = issues.find((i) => i.path === path && i.code === code);
  expect(found, `expected ${code} at ${path}; got ${JSON.stringify(issues, null, 1)}`).toBeDefined();
  // Every message says what is wrong in words, not just the code.
  expect(found?.message.length).toBeGreaterThan(20);
}

describe("parseLibrary", () => {
  it("accepts the valid fixture library", () => {
    const result = parseLibrary(libraryFixture());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.value.exercises[0]?.name["en-GB"]).toBe("Test bridge");
  });

  it("rejects more than 25 distinct classes of malformed input", () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.code)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("rejects $name with $code at $path", ({ patches, path, code, options }) => {
    const result = parseLibrary(libraryWith(...patches), options);
    expect(result.ok).toBe(false);
    expectIssue(result.ok ? [] : result.errors, path, code);
  });

  it("rejects something that is not a library at all", () => {
    const result = parseLibrary([1, 2]);
    expect(result.ok).toBe(false);
    expectIssue(result.ok ? [] : result.errors, "$", "wrong-type");
  });

  it("reports every problem in one pass, across exercises and programmes", () => {
    const result = parseLibrary(
      libraryWith(
        [ex("defaultDosage", "reps"), 0],
        [ex("media", "poster"), "javascript:x"],
        [pr("painRule", "source"), DELETE],
      ),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.code).sort()).toEqual([
      "missing-field",
      "out-of-range",
      "unsafe-url",
    ]);
  });

  it("does not report links to an exercise that exists but is itself broken", () => {
    const result = parseLibrary(
      libraryWith(
        [ex("progressions"), [{ exerciseId: "bridge-two", criteria: { "en-GB": "Easy." } }]],
        [["exercises", 1], secondExercise("bridge-two", { difficulty: "expert" })],
      ),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["unknown-value"]);
  });

  it("accepts an explicit, reviewed statement that there are no contraindications", () => {
    const result = parseLibrary(
      libraryWith(
        [ex("contraindications"), DELETE],
        [ex("noContraindications"), { reviewer: "A Physio", reviewedOn: "2025-01-02" }],
      ),
    );
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("warns when a review is overdue but still accepts the content", () => {
    const result = parseLibrary(libraryWith([ex("provenance", "nextReviewDue"), "2025-06-01"]), {
      today: "2026-01-01",
    });
    expect(result.ok).toBe(true);
    expectIssue(result.warnings, "$.exercises[0].provenance.nextReviewDue", "review-overdue");
  });

  it("warns about a run/walk session longer than 110% of the plan's 30-day longest run", () => {
    const session = (runSeconds: number) => ({ day: "mon", blocks: [{ runSeconds, walkSeconds: 60, repeats: 1 }] });
    const runningPlan = {
      id: "plan",
      title: { "en-GB": "Walk/run" },
      weeks: [{ sessions: [session(600)] }, { sessions: [session(900)] }],
    };
    const result = parseLibrary(libraryWith([pr("runningPlan"), runningPlan]));
    expect(result.ok).toBe(true);
    expectIssue(result.warnings, "$.programmes[0].runningPlan.weeks[1].sessions[0]", "run-spike");
    expectIssue(result.warnings, "$.programmes[0].runningPlan.weeks[1]", "weekly-rise");
  });

  it("accepts Markdown-free text with a bare less-than sign", () => {
    const result = parseLibrary(libraryWith([ex("summary", "en-GB"), "Keep pain < 3/10 & stop if sharp."]));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe("parseExercise and parseProgramme", () => {
  it("parse a single exercise with paths from its root", () => {
    const result = parseExercise({ ...exerciseFixture(), category: "pilates" });
    expect(result.ok).toBe(false);
    expectIssue(result.ok ? [] : result.errors, "$.category", "unknown-value");
  });

  it("fills in empty lists for optional parts", () => {
    const { cues, regressions, ...rest } = exerciseFixture();
    const result = parseExercise(rest);
    expect(result.ok && result.value.cues).toEqual([]);
    expect(result.ok && result.value.regressions).toEqual([]);
  });

  it("checks a programme's exercise references only when told which exercises exist", () => {
    expect(parseProgramme(programmeFixture()).ok).toBe(true);
    const result = parseProgramme(programmeFixture(), { exerciseIds: ["clamshell"] });
    expectIssue(result.ok ? [] : result.errors, "$.phases[0].contents[0].exerciseId", "unknown-exercise");
  });

  it("explains the fix for a missing safety section in words", () => {
    const { contraindications, ...rest } = exerciseFixture();
    const result = parseExercise(rest);
    expect(result.ok ? "" : result.errors[0]?.message).toMatch(/noContraindications.*reviewer/);
  });
});
