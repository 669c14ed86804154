import { painRuleFixture } from "@movekit/fixtures/exercise-inputs";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type PainRule, PainRuleSchema } from "../model/pain-rule-schema";
import { evaluateCheckIn } from "./evaluate-check-in";
import { actionForUrgency, isStopAction } from "./safety-scale";

// 0–3 continue, 4–5 modify, 6–10 stop-and-contact; next morning may be up to 3; worse trend → modify.
const rule: PainRule = v.parse(PainRuleSchema, painRuleFixture());
const usualLevelRule: PainRule = {
  ...rule,
  settleWithin24h: { ...rule.settleWithin24h, maxNextMorning: 0, usualLevel: true, action: "stop-today" },
};
const chestPain = { id: "chest-pain", urgency: "emergency", action: { "en-GB": "Call 999 now." } };
const calf = { id: "calf-swelling", urgency: "urgent" };
const sharp = { id: "sharp-pain", urgency: "stop-exercising" };

describe("evaluateCheckIn: warning signs set the floor", () => {
  it("gives the emergency action for a chest-pain sign with a low score, and says why first", () => {
    const verdict = evaluateCheckIn({ readings: { during: 1, after: 1 }, warningSigns: [chestPain] }, rule);
    expect(verdict.action).toBe("emergency");
    expect(verdict.stops).toBe(true);
    expect(verdict.reasons.map((r) => r.check)).toEqual(["warning-sign", "band"]);
    expect(verdict.message?.["en-GB"]).toBe("Call 999 now.");
    expect(verdict.warningSigns).toEqual(["chest-pain"]);
  });

  it("maps every tier to at least stop-and-contact, and an unknown tier to emergency", () => {
    expect(actionForUrgency("emergency")).toBe("emergency");
    expect(actionForUrgency("urgent")).toBe("urgent");
    expect(actionForUrgency("stop-exercising")).toBe("stop-and-contact");
    expect(actionForUrgency("non-urgent")).toBe("stop-and-contact");
    expect(actionForUrgency("very-urgent")).toBe("emergency");
    expect(actionForUrgency(undefined)).toBe("emergency");
  });

  it("lists every contributor, strictest first", () => {
    const verdict = evaluateCheckIn(
      { readings: { during: 7, after: 2, nextMorning: 5, trend: "worse" }, warningSigns: [sharp, calf] },
      rule,
    );
    expect(verdict.reasons.map((r) => [r.check, r.action])).toEqual([
      ["warning-sign", "urgent"],
      ["warning-sign", "stop-and-contact"],
      ["band", "stop-and-contact"],
      ["settle-within-24h", "modify"],
      ["week-on-week-trend", "modify"],
    ]);
    expect(verdict.action).toBe("urgent");
  });

  it("gives a ticked sign its action even with no readings", () => {
    const verdict = evaluateCheckIn({ warningSigns: [sharp] }, rule);
    expect(verdict).toMatchObject({
      action: "stop-and-contact",
      status: "incomplete",
      unanswered: ["during", "after"],
    });
  });
});

describe("evaluateCheckIn: the rule", () => {
  it.each([
    [0, "continue"],
    [3, "continue"],
    [4, "modify"],
    [5, "modify"],
    [6, "stop-and-contact"],
    [10, "stop-and-contact"],
  ] as const)("pain %i during and after → %s", (score, action) => {
    const verdict = evaluateCheckIn({ readings: { during: score, after: score } }, rule);
    expect(verdict).toMatchObject({ action, status: "complete", stops: isStopAction(action) });
    expect(verdict.band?.action).toBe(action);
  });

  it("assumes the strictest band for a band reading that was asked but not answered", () => {
    const verdict = evaluateCheckIn({ readings: { during: 1 } }, rule);
    expect(verdict).toMatchObject({ action: "stop-and-contact", status: "incomplete", unanswered: ["after"] });
    expect(verdict.band?.id).toBe("safe");
    expect(evaluateCheckIn({ readings: { during: 1 }, asked: ["during"] }, rule)).toMatchObject({
      action: "continue",
      status: "complete",
    });
  });

  it("is empty before anything is answered", () => {
    expect(evaluateCheckIn({}, rule).status).toBe("empty");
  });

  it("lets the next-morning check and trend make it stricter, never milder", () => {
    expect(evaluateCheckIn({ readings: { during: 1, after: 1, nextMorning: 4 } }, rule)).toMatchObject({
      action: "modify",
      settled: false,
    });
    expect(evaluateCheckIn({ readings: { during: 1, after: 1, trend: "better" } }, rule).action).toBe("continue");
    expect(evaluateCheckIn({ readings: { during: 8, after: 1, trend: "worse" } }, rule).action).toBe(
      "stop-and-contact",
    );
  });
});

describe("evaluateCheckIn: back to the usual level", () => {
  const morning = (nextMorning: number, baseline?: unknown) =>
    evaluateCheckIn({ readings: { nextMorning }, asked: [], baseline }, usualLevelRule);

  it("means no pain by default", () => {
    expect(morning(0)).toMatchObject({ settled: true });
    expect(morning(1)).toMatchObject({ settled: false, action: "stop-today" });
  });

  it("accepts the patient's recorded baseline, and nothing above it", () => {
    expect(morning(1, 1).settled).toBe(true);
    expect(morning(2, 1).settled).toBe(false);
  });

  it("ignores a baseline on a rule without a usual level, and a bad baseline (the stricter side)", () => {
    expect(evaluateCheckIn({ readings: { nextMorning: 4 }, asked: [], baseline: 5 }, rule).settled).toBe(false);
    const bad = morning(1, 42);
    expect(bad).toMatchObject({ settled: false, invalid: ["baseline"] });
  });
});

describe("evaluateCheckIn never throws", () => {
  it("clamps a garbage band reading to the strictest band and names it", () => {
    for (const junk of [42, -1, Number.NaN, Number.POSITIVE_INFINITY, "7", {}, true]) {
      const verdict = evaluateCheckIn({ readings: { during: junk, after: 0 } }, rule);
      expect(verdict).toMatchObject({ action: "stop-and-contact", status: "incomplete", invalid: ["during"] });
    }
  });

  it("fails the next-morning check for a garbage morning reading and counts a garbage trend as worse", () => {
    const verdict = evaluateCheckIn({ readings: { during: 0, after: 0, nextMorning: "x", trend: "meh" } }, rule);
    expect(verdict.action).toBe("modify");
    expect(verdict.invalid).toEqual(["nextMorning", "trend"]);
  });

  it("says stop when the rule itself cannot be read", () => {
    const broken = { ...rule, bands: null } as unknown as PainRule;
    const verdict = evaluateCheckIn({ readings: { during: 0 }, warningSigns: [calf] }, broken);
    expect(verdict.action).toBe("urgent");
    expect(verdict.reasons.map((r) => r.check)).toEqual(["warning-sign", "invalid-rule"]);
    expect(evaluateCheckIn({ readings: { during: 0 } }, broken).action).toBe("stop-and-contact");
  });

  it("never gives milder advice for a higher score, even for a rule whose bands go the wrong way", () => {
    const upsideDown: PainRule = {
      ...rule,
      bands: [
        { ...(rule.bands[0] as PainRule["bands"][number]), action: "modify" },
        { ...(rule.bands[1] as PainRule["bands"][number]), action: "continue" },
        ...rule.bands.slice(2),
      ],
    };
    const verdict = evaluateCheckIn({ readings: { during: 4, after: 4 } }, upsideDown);
    expect(verdict.action).toBe("modify");
    // The "continue" band's own words are not given as the reason for "modify".
    expect(verdict.reasons[0]?.message).toBeUndefined();
  });
});
