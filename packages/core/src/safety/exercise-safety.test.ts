import { exerciseFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExercise } from "../model/parse";
import { contraindicationSafety, exerciseSafety, redFlagsByUrgency, summarizeSafety } from "./exercise-safety";

const text = (en: string) => ({ "en-GB": en });
const ci = (id: string, severity: unknown) => ({ id, severity, text: text(`Reason ${id}`) });
const flag = (id: string, urgency: unknown) => ({ id, urgency, text: text(`Sign ${id}`), action: text("Act.") });

describe("exerciseSafety", () => {
  it("keeps an item with an unknown severity or urgency at the strictest tier instead of dropping it", () => {
    const safety = exerciseSafety({
      contraindications: [ci("a", "relative"), ci("b", "catastrophic"), ci("c", undefined)],
      redFlags: [flag("x", "whenever"), flag("y", "non-urgent")],
    });
    expect(safety.contraindications.map((item) => [item.id, item.severity])).toEqual([
      ["a", "relative"],
      ["b", "absolute"],
      ["c", "absolute"],
    ]);
    expect(safety.redFlags.map((item) => [item.id, item.urgency])).toEqual([
      ["x", "emergency"],
      ["y", "non-urgent"],
    ]);
    expect(redFlagsByUrgency(safety.redFlags).map((group) => group.urgency)).toEqual(["emergency", "non-urgent"]);
  });

  it("counts items without readable text instead of losing them silently", () => {
    const safety = exerciseSafety({ contraindications: [null, ci("a", "absolute"), { id: "b", text: 3 }] });
    expect(safety.contraindications).toHaveLength(1);
    expect(safety.unreadable).toBe(2);
    expect(summarizeSafety({ contraindications: [null], noContraindications: undefined }).tier).toBe("missing");
  });

  it("says the safety information is missing when there is neither a contraindication nor a reviewed none", () => {
    expect(exerciseSafety({ redFlags: [] }).missing).toBe(true);
    expect(exerciseSafety({ contraindications: [] }).missing).toBe(true);
    expect(exerciseSafety(null).missing).toBe(true);
    expect(exerciseSafety({ noContraindications: { reviewer: "A. Physio", reviewedOn: "2025-01-01" } }).missing).toBe(
      false,
    );
    // A malformed "none" is not a reviewed statement.
    expect(exerciseSafety({ noContraindications: { reviewer: "" } }).missing).toBe(true);
  });
});

describe("summarizeSafety", () => {
  it("tells absolute contraindications apart from cautions", () => {
    const absolute = summarizeSafety({ contraindications: [ci("a", "absolute"), ci("b", "relative")] });
    expect(absolute).toMatchObject({ absolute: 1, relative: 1, cautions: 1, tier: "absolute" });
    const caution = summarizeSafety({ contraindications: [ci("b", "relative")], redFlags: [flag("x", "urgent")] });
    expect(caution).toMatchObject({ absolute: 0, relative: 1, redFlags: 1, cautions: 2, tier: "caution" });
    expect(caution.byUrgency).toEqual({ emergency: 0, urgent: 1, "stop-exercising": 0, "non-urgent": 0 });
  });

  it("summarises a valid exercise from its validated fields", () => {
    const parsed = parseExercise(exerciseFixture());
    if (!parsed.ok) throw new Error("fixture should be valid");
    const summary = summarizeSafety(parsed.value);
    expect(summary.absolute + summary.relative).toBe(parsed.value.contraindications?.length ?? 0);
    expect(summary.redFlags).toBe(parsed.value.redFlags.length);
  });

  // Whatever a host passes, every readable item is counted once and nothing severe is ever summarised as milder.
  const severity = fc.oneof(fc.constantFrom("absolute", "relative"), fc.string(), fc.constant(undefined));
  const urgency = fc.oneof(
    fc.constantFrom("emergency", "urgent", "stop-exercising", "non-urgent"),
    fc.string(),
    fc.constant(null),
  );
  const item = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.anything());
  const exercise = fc.record(
    {
      contraindications: fc.oneof(
        fc.array(item(fc.record({ id: fc.string(), severity, text: fc.constant(text("Reason")) }))),
        fc.anything(),
      ),
      redFlags: fc.oneof(
        fc.array(item(fc.record({ id: fc.string(), urgency, text: fc.constant(text("Sign")), action: fc.anything() }))),
        fc.anything(),
      ),
      noContraindications: fc.oneof(fc.constant({ reviewer: "A. Physio", reviewedOn: "2025-01-01" }), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it("never throws, and never summarises an absolute or unknown-severity item as milder (property)", () => {
    fc.assert(
      fc.property(fc.oneof(exercise, fc.anything()), (input) => {
        const summary = summarizeSafety(input);
        const raw = (input ?? {}) as { contraindications?: unknown };
        const list = Array.isArray(raw.contraindications) ? raw.contraindications : [];
        const strictRaw = list.some(
          (c) =>
            typeof c === "object" &&
            c !== null &&
            !Array.isArray(c) &&
            (c as { text?: unknown }).text !== undefined &&
            JSON.stringify((c as { text?: unknown }).text) === JSON.stringify(text("Reason")) &&
            (c as { severity?: unknown }).severity !== "relative",
        );
        if (strictRaw) expect(summary.tier).toBe("absolute");
        expect(summary.cautions).toBe(summary.relative + summary.redFlags);
        expect(Object.values(summary.byUrgency).reduce((a, b) => a + b, 0)).toBe(summary.redFlags);
        if (summary.tier === "none") expect(summary.absolute + summary.cautions + summary.unreadable).toBe(0);
      }),
    );
  });

  // The contraindication list reads through contraindicationSafety: it must say exactly what the verdict says.
  it("contraindicationSafety reads contraindications and the reviewed none exactly as exerciseSafety does (property)", () => {
    fc.assert(
      fc.property(exercise, (input) => {
        const { redFlags, unreadable, ...verdict } = exerciseSafety({ ...input, redFlags: undefined });
        expect(redFlags).toEqual([]);
        expect(contraindicationSafety(input)).toEqual({ ...verdict, unreadable });
      }),
    );
  });
});
