import { exerciseFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeSafety } from "./exercise-safety";
import { safetySummaryLines } from "./safety-lines";

describe("safetySummaryLines", () => {
  it("puts absolute contraindications first and counts the cautions apart", () => {
    const exercise = exerciseFixture({
      noContraindications: undefined,
      contraindications: [
        { id: "a", severity: "absolute", text: { "en-GB": "Recent surgery." } },
        { id: "b", severity: "relative", text: { "en-GB": "Pregnancy." } },
      ],
    } as never);
    const lines = safetySummaryLines(summarizeSafety(exercise));
    expect(lines[0]).toEqual({ severity: "absolute", count: 1 });
    expect(lines.map((line) => line.severity)).not.toContain("none");
  });

  it("always shows a line for the strictest tier, and 'no known cautions' only alone", () => {
    // Exercises with any mix of contraindications (unreadable ones too), red flags and a clinician's "none".
    const contraindication = fc.record({
      severity: fc.constantFrom("absolute", "relative", "unknown"),
      readable: fc.boolean(),
    });
    const exercise = fc
      .record({
        contraindications: fc.array(contraindication, { maxLength: 4 }),
        redFlags: fc.nat(3),
        none: fc.boolean(),
      })
      .map(({ contraindications, redFlags, none }) =>
        exerciseFixture({
          contraindications: contraindications.map((c, i) => ({
            id: `c-${i}`,
            severity: c.severity,
            text: c.readable ? { "en-GB": "Recent surgery." } : 42,
          })),
          redFlags: Array.from({ length: redFlags }, (_, i) => ({
            id: `f-${i}`,
            urgency: "urgent",
            text: { "en-GB": "Swelling." },
            action: { "en-GB": "Call your clinic." },
          })),
          noContraindications: none ? { reviewer: "A. Physio", reviewedOn: "2025-01-01" } : undefined,
        } as never),
      );
    fc.assert(
      fc.property(exercise, (input) => {
        const summary = summarizeSafety(input);
        const severities = safetySummaryLines(summary).map((line) => line.severity);
        expect(severities).toContain(summary.tier);
        expect(new Set(severities).size).toBe(severities.length);
        if (severities.includes("none")) expect(severities).toEqual(["none"]);
        if (summary.absolute > 0) expect(severities[0]).toBe("absolute");
      }),
    );
  });
});
