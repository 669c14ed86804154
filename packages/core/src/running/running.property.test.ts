import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "../dosage/dosage-schema";
import type { RunningPlan } from "../model/running-plan-schema";
import { generateWalkRunPlan, type WalkRunPlanOptions } from "./generate-walk-run-plan";
import { weeklyLongestBout, weeklyRunSeconds } from "./plan-timeline";
import { validateRunningPlan } from "./validate-running-plan";
import { ladderIndex, WALK_RUN_LADDER, WATCH_STEP_SECONDS } from "./walk-run-ladder";

/** Any generator input; the few the generator refuses (RangeError) are skipped as not valid. */
const options: fc.Arbitrary<WalkRunPlanOptions> = fc
  .record(
    {
      rung: fc.integer({ min: 0, max: 4 }),
      intervalMinutes: fc.integer({ min: 5, max: 45 }),
      goalMinutes: fc.integer({ min: 10, max: 60 }),
      growth: fc.double({ min: 0.03, max: 0.1, noNaN: true }),
      days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      weeks: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    },
    { requiredKeys: ["rung", "intervalMinutes", "goalMinutes", "growth", "days"] },
  )
  .map(({ rung, ...rest }) => {
    const start = WALK_RUN_LADDER[rung] as (typeof WALK_RUN_LADDER)[number];
    return { ...rest, startRunSeconds: start.runSeconds, startWalkSeconds: start.walkSeconds };
  });

function generated(input: WalkRunPlanOptions): RunningPlan {
  try {
    return generateWalkRunPlan(input);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    fc.pre(false);
    throw error;
  }
}

const blocks = (plan: RunningPlan) => plan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.blocks));

describe("generateWalkRunPlan, for any valid input", () => {
  it("passes validateRunningPlan", () => {
    fc.assert(
      fc.property(options, (input) => {
        expect(validateRunningPlan(generated(input))).toEqual([]);
      }),
    );
  });

  it("has walk breaks of 30 seconds or more, or none", () => {
    fc.assert(
      fc.property(options, (input) => {
        for (const b of blocks(generated(input))) expect(b.walkSeconds === 0 || b.walkSeconds >= 30).toBe(true);
      }),
    );
  });

  it("never more than doubles a week's longest continuous run", () => {
    fc.assert(
      fc.property(options, (input) => {
        const bouts = weeklyLongestBout(generated(input));
        for (let i = 1; i < bouts.length; i++) expect(bouts[i]).toBeLessThanOrEqual(2 * (bouts[i - 1] as number));
      }),
    );
  });

  it("uses only ladder ratios, then one shorter run or continuous running, in 30-second steps", () => {
    fc.assert(
      fc.property(options, (input) => {
        for (const week of generated(input).weeks) {
          for (const session of week.sessions) {
            const [first, rest, ...none] = session.blocks;
            expect(none).toEqual([]);
            if (first && first.walkSeconds > 0) expect(ladderIndex(first.runSeconds, first.walkSeconds)).not.toBe(-1);
            else expect(first?.repeats).toBe(1);
            if (rest) expect(rest).toMatchObject({ walkSeconds: 0, repeats: 1 });
            if (rest) expect(rest.runSeconds).toBeLessThan(first?.runSeconds ?? 0);
            for (const b of session.blocks) {
              expect(b.runSeconds % WATCH_STEP_SECONDS).toBe(0);
              expect(b.walkSeconds % WATCH_STEP_SECONDS).toBe(0);
            }
          }
        }
      }),
    );
  });

  it("reaches the goal as continuous running when the length is left to it", () => {
    fc.assert(
      fc.property(options, (input) => {
        const plan = generated({ ...input, weeks: undefined });
        expect(plan.weeks.at(-1)?.sessions[0]?.blocks).toEqual([
          { runSeconds: (input.goalMinutes ?? 20) * 60, walkSeconds: 0, repeats: 1 },
        ]);
        const weekly = weeklyRunSeconds(plan);
        for (let i = 1; i < weekly.length; i++) expect(weekly[i]).toBeGreaterThanOrEqual(weekly[i - 1] as number);
      }),
    );
  });
});

describe("validateRunningPlan, for any plan", () => {
  it("flags a week whose continuous run is more than double the week before's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 1800 }), fc.integer({ min: 1, max: 60 }), (bout, extra) => {
        const plan: RunningPlan = {
          id: "p",
          title: { "en-GB": "P" },
          weeks: [bout, 2 * bout + extra].map((run) => ({
            sessions: [{ day: "mon" as const, blocks: [{ runSeconds: run, walkSeconds: 60, repeats: 1 }] }],
          })),
        };
        expect(validateRunningPlan(plan).map((f) => f.code)).toContain("bout-doubling");
      }),
    );
  });

  it("flags every walk break from 1 to 29 seconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 29 }), (walk) => {
        const plan: RunningPlan = {
          id: "p",
          title: { "en-GB": "P" },
          weeks: [{ sessions: [{ day: "mon", blocks: [{ runSeconds: 60, walkSeconds: walk, repeats: 5 }] }] }],
        };
        expect(validateRunningPlan(plan).map((f) => f.code)).toEqual(["short-walk-break"]);
      }),
    );
  });
});
