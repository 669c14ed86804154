import { describe, expect, it } from "vitest";
import type { PainRule } from "../model/pain-rule-schema";
import { evaluatePain } from "./evaluate-pain";

const text = (en: string) => ({ "en-GB": en });

function rule(
  id: string,
  bands: Array<[number, number, "continue" | "modify" | "stop-and-contact"]>,
  maxNextMorning: number,
): PainRule {
  return {
    id,
    name: text(id),
    scale: { min: 0, max: 10 },
    measures: ["during", "after"],
    bands: bands.map(([min, max, action]) => ({
      id: `${action}-${min}`,
      min,
      max,
      action,
      label: text(action),
      message: text(`${action} ${min}-${max}`),
    })),
    settleWithin24h: { maxNextMorning, action: "modify", message: text("Not settled by morning: do less next time.") },
    weekOnWeekTrend: { action: "modify", message: text("Worse than last week: step back.") },
    source: { citation: `${id} protocol` },
  };
}

// Two real clinic variants (safety-anchors §5.3): an NHS service's 0–3 / 4–5 / 6–10, and a NZ clinic's 0–4 / 5–7 / 8–10.
const NHS = rule(
  "nhs-suffolk",
  [
    [0, 3, "continue"],
    [4, 5, "modify"],
    [6, 10, "stop-and-contact"],
  ],
  3,
);
const NZ = rule(
  "nz-clinic",
  [
    [0, 4, "continue"],
    [5, 7, "modify"],
    [8, 10, "stop-and-contact"],
  ],
  4,
);

describe("evaluatePain band boundaries", () => {
  it.each([
    [NHS, 0, "continue"],
    [NHS, 3, "continue"],
    [NHS, 4, "modify"],
    [NHS, 5, "modify"],
    [NHS, 6, "stop-and-contact"],
    [NHS, 10, "stop-and-contact"],
    [NZ, 0, "continue"],
    [NZ, 4, "continue"],
    [NZ, 5, "modify"],
    [NZ, 7, "modify"],
    [NZ, 8, "stop-and-contact"],
    [NZ, 10, "stop-and-contact"],
  ] as const)("%# %s: pain %i during → %s", (r, score, action) => {
    const result = evaluatePain({ during: score }, r);
    expect(result.action).toBe(action);
    expect(result.band.min <= score && score <= result.band.max).toBe(true);
    expect(result.message["en-GB"]).toBe(`${action} ${result.band.min}-${result.band.max}`);
  });

  it("gives different advice for the same score under the two rules", () => {
    expect(evaluatePain({ during: 4 }, NHS).action).toBe("modify");
    expect(evaluatePain({ during: 4 }, NZ).action).toBe("continue");
    expect(evaluatePain({ during: 7 }, NHS).action).toBe("stop-and-contact");
    expect(evaluatePain({ during: 7 }, NZ).action).toBe("modify");
  });

  it("uses the higher of during and after", () => {
    expect(evaluatePain({ during: 2, after: 6 }, NHS).action).toBe("stop-and-contact");
    expect(evaluatePain({ during: 6, after: 2 }, NHS).score).toBe(6);
  });

  it("rounds a score between whole numbers up, to the safer band", () => {
    expect(evaluatePain({ during: 3.5 }, NHS).action).toBe("modify");
  });
});

describe("evaluatePain checks", () => {
  it("makes the action stricter when pain has not settled by the next morning", () => {
    const result = evaluatePain({ during: 2, nextMorning: 4 }, NHS);
    expect(result.settled).toBe(false);
    expect(result.action).toBe("modify");
    expect(result.message["en-GB"]).toMatch(/Not settled/);
    expect(result.reasons.map((r) => r.check)).toEqual(["settle-within-24h", "band"]);
  });

  it("treats next-morning pain at the limit as settled (boundary)", () => {
    expect(evaluatePain({ during: 2, nextMorning: 3 }, NHS)).toMatchObject({ settled: true, action: "continue" });
    expect(evaluatePain({ during: 2, nextMorning: 4 }, NZ)).toMatchObject({ settled: true, action: "continue" });
    expect(evaluatePain({ during: 2, nextMorning: 5 }, NZ)).toMatchObject({ settled: false, action: "modify" });
  });

  it("makes the action stricter when pain is worse week on week, but never milder", () => {
    expect(evaluatePain({ during: 1, trend: "worse" }, NHS).action).toBe("modify");
    expect(evaluatePain({ during: 1, trend: "same" }, NHS).action).toBe("continue");
    const stop = evaluatePain({ during: 8, nextMorning: 8, trend: "worse" }, NHS);
    expect(stop.action).toBe("stop-and-contact");
    expect(stop.reasons).toHaveLength(3);
    expect(stop.reasons[0]?.check).toBe("band");
  });

  it("uses the morning reading for the band when it is the only one", () => {
    expect(evaluatePain({ nextMorning: 5 }, NHS)).toMatchObject({ score: 5, action: "modify", settled: false });
  });

  it("refuses readings off the scale instead of guessing", () => {
    expect(() => evaluatePain({ during: 11 }, NHS)).toThrow(RangeError);
    expect(() => evaluatePain({ during: Number.NaN }, NHS)).toThrow(RangeError);
    expect(() => evaluatePain({}, NHS)).toThrow(TypeError);
  });
});
