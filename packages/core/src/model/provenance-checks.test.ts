import { exerciseFixture, libraryFixture, programmeFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExercise, parseLibrary } from "./parse";
import { isPlaceholderReviewer } from "./provenance-checks";

const draft = { status: "draft", author: "A clinic's content team", licence: "CC-BY-4.0" } as const;
const codes = (issues: readonly { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

describe("review status", () => {
  it("accepts draft content and warns (not errors) that no clinician has reviewed it", () => {
    const result = parseLibrary(
      libraryFixture({
        exercises: [exerciseFixture({ provenance: draft })],
        programmes: [programmeFixture({ provenance: draft })],
      }),
    );
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(codes(result.warnings)).toEqual(
      expect.arrayContaining([
        ["$.exercises[0].provenance.status", "draft-content"],
        ["$.programmes[0].provenance.status", "draft-content"],
      ]),
    );
    expect(result.warnings.find((w) => w.code === "draft-content")?.message).toMatch(/Not yet clinically reviewed/);
  });

  it("does not warn about reviewed content with a named reviewer", () => {
    const result = parseExercise(exerciseFixture());
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).not.toContain("draft-content");
  });

  it("rejects a status that is neither draft nor reviewed, and a review with no reviewer or date", () => {
    const unknown = parseExercise(exerciseFixture({ provenance: { ...draft, status: "approved" } as never }));
    expect(unknown.ok).toBe(false);
    const noReviewer = parseExercise(
      exerciseFixture({ provenance: { status: "reviewed", author: "A", licence: "MIT" } as never }),
    );
    expect(noReviewer.ok ? [] : noReviewer.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["$.provenance.reviewer", "$.provenance.reviewedOn"]),
    );
  });

  it("rejects a draft that carries a reviewer, so a review cannot hide in a draft", () => {
    const result = parseExercise(
      exerciseFixture({ provenance: { ...draft, reviewer: "Dr A. Ruiz", reviewedOn: "2026-01-01" } as never }),
    );
    expect(result.ok).toBe(false);
  });

  it('rejects the placeholder "Clinical reviewer (physiotherapist)" as a reviewer', () => {
    const result = parseExercise(
      exerciseFixture({
        provenance: {
          status: "reviewed",
          author: "Movekit content team",
          reviewer: "Clinical reviewer (physiotherapist)",
          reviewedOn: "2026-11-23",
          licence: "CC-BY-4.0",
        },
      }),
    );
    expect(result.ok ? [] : codes(result.errors)).toContainEqual(["$.provenance.reviewer", "placeholder-reviewer"]);
  });
});

describe("isPlaceholderReviewer", () => {
  const roleWords = ["Clinical", "reviewer", "physiotherapist", "Physio", "clinician", "the", "clinic", "Doctor"];

  it("flags any reviewer made only of role words, whatever the case and punctuation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...roleWords), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(" ", ", ", " (", ") "),
        (words, separator) => isPlaceholderReviewer(words.join(separator)),
      ),
    );
  });

  it("flags explicit placeholders and accepts named people", () => {
    expect(isPlaceholderReviewer("TBC")).toBe(true);
    expect(isPlaceholderReviewer("Reviewer name (placeholder)")).toBe(true);
    expect(isPlaceholderReviewer("Dr Ana Ruiz, physiotherapist")).toBe(false);
    expect(isPlaceholderReviewer("A. Reviewer, physiotherapist")).toBe(false);
  });

  // The generator can produce role words ("Name", "Therapist") and markers ("Tbc", "Xxx") too; those are not
  // surnames, so the property is: a word that names a person on its own still does beside any role.
  it("accepts any reviewer that includes a surname-like word beside the role", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][a-z]{2,12}$/).filter((name) => !isPlaceholderReviewer(name)),
        fc.constantFrom(...roleWords),
        (name, role) => !isPlaceholderReviewer(`${name}, ${role}`),
      ),
    );
  });
});
