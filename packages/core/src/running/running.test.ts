import { describe, expect, it } from "vitest";
import type { RunningPlan, RunSession } from "../model/running-plan-schema";
import { generateWalkRunPlan } from "./generate-walk-run-plan";
import { sessionLongestBout, sessionRunSeconds, weeklyLongestBout, weeklyRunSeconds } from "./plan-timeline";
import { RUNNING_LOAD_EVIDENCE } from "./running-evidence";
import { spikeBand, validateRunningPlan } from "./validate-running-plan";

const session = (day: RunSession["day"], runSeconds: number, repeats = 1, walkSeconds = 60): RunSession => ({
  day,
  blocks: [{ runSeconds, walkSeconds, repeats }],
});

/** Three sessions a week with the same run, so weekly volume = 3 × run. */
const steadyPlan = (runs: number[]): RunningPlan => ({
  id: "plan",
  title: { "en-GB": "Plan" },
  weeks: runs.map((run) => ({ sessions: [session("mon", run), session("wed", run), session("fri", run)] })),
});

describe("validateRunningPlan", () => {
  it("passes a plan that grows exactly 10% a week", () => {
    expect(validateRunningPlan(steadyPlan([600, 660, 726]))).toEqual([]);
  });

  it("catches a planted 20% weekly rise", () => {
    const flags = validateRunningPlan(steadyPlan([600, 660, 792]));
    const weekly = flags.filter((f) => f.code === "weekly-rise");
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toMatchObject({ path: "$.weeks[2]", weekIndex: 2, value: 2376, reference: 1980 });
    expect(weekly[0]?.rise).toBeCloseTo(0.2);
    expect(weekly[0]?.message).toMatch(/Week 3 .* 20% more/);
  });

  it("catches a planted single-run spike even when the weekly total is flat", () => {
    // Week 2 moves running into one long session: same weekly total (1800 s), but one run of 900 s
    // against a 30-day longest of 600 s (+50%).
    const plan = steadyPlan([600, 600]);
    plan.weeks[1] = { sessions: [session("mon", 450), session("wed", 900), session("fri", 450)] };
    const flags = validateRunningPlan(plan);
    expect(flags.map((f) => f.code)).toEqual(["run-spike"]);
    expect(flags[0]).toMatchObject({ path: "$.weeks[1].sessions[1]", value: 900, reference: 600 });
    expect(flags[0]?.rise).toBeCloseTo(0.5);
  });

  it("only looks back 30 days for the longest run", () => {
    // A 900 s run in week 1, then 600 s runs; week 6 goes back to 700 s. Day 35 looks back to day 5,
    // so the week-1 Monday run (day 0) is outside the window and 700 vs 600 is a +17% spike.
    const plan = steadyPlan([600, 600, 600, 600, 600, 600]);
    plan.weeks[0] = { sessions: [session("mon", 900), session("wed", 600), session("fri", 300)] };
    plan.weeks[5] = { sessions: [session("mon", 700), session("wed", 600), session("fri", 500)] };
    const spikes = validateRunningPlan(plan, { maxWeeklyRise: 1 });
    expect(spikes.map((f) => f.path)).toEqual(["$.weeks[5].sessions[0]"]);
  });

  it("compares the first week with the baseline before the plan", () => {
    const plan = { ...steadyPlan([600]), baseline: { longestRunSeconds: 300, weeklyRunSeconds: 1500 } };
    // 3 × 600 s = 1800 s against 1500 s (+20%); Monday's 600 s run against a 300 s longest (+100%).
    const flags = validateRunningPlan(plan);
    expect(flags.map((f) => [f.code, f.path])).toEqual([
      ["weekly-rise", "$.weeks[0]"],
      ["run-spike", "$.weeks[0].sessions[0]"],
    ]);
  });

  it("does not flag the first ever run", () => {
    expect(validateRunningPlan(steadyPlan([600]))).toEqual([]);
  });

  it("lets a clinic choose other limits", () => {
    expect(validateRunningPlan(steadyPlan([600, 720]), { maxWeeklyRise: 0.2, maxSingleRunRise: 0.2 })).toEqual([]);
  });

  it("fails the old plan's jump from 110-second runs to 20 minutes continuous, though running time rose 10%", () => {
    // Week 1: 10 × (run 110 s, walk 10 s) = 1100 s; week 2: 1200 s continuous (+9%), about 11 times the bout.
    const plan: RunningPlan = {
      id: "old",
      title: { "en-GB": "Old" },
      weeks: [
        { sessions: [{ day: "mon", blocks: [{ runSeconds: 110, walkSeconds: 10, repeats: 10 }] }] },
        { sessions: [{ day: "mon", blocks: [{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }] }] },
      ],
    };
    const flags = validateRunningPlan(plan);
    expect(flags.map((f) => [f.code, f.path])).toEqual([
      ["bout-doubling", "$.weeks[1].sessions[0]"],
      ["short-walk-break", "$.weeks[0].sessions[0].blocks[0]"],
    ]);
    expect(flags[0]).toMatchObject({ value: 1200, reference: 110 });
    expect(flags[0]?.message).toMatch(/more than 2 times/);
    expect(flags[1]).toMatchObject({ value: 10, reference: 30 });
  });

  it("allows the longest continuous run to double exactly, not more", () => {
    const plan = (second: number): RunningPlan => ({
      id: "p",
      title: { "en-GB": "P" },
      baseline: { longestRunSeconds: 2000 },
      weeks: [
        { sessions: [{ day: "mon", blocks: [{ runSeconds: 300, walkSeconds: 60, repeats: 4 }] }] },
        { sessions: [{ day: "mon", blocks: [{ runSeconds: second, walkSeconds: 60, repeats: 2 }] }] },
      ],
    });
    expect(validateRunningPlan(plan(600))).toEqual([]);
    expect(validateRunningPlan(plan(630)).map((f) => f.code)).toEqual(["bout-doubling"]);
  });

  it("measures the longest run between walk breaks, joining runs with no walk between them", () => {
    const session: RunSession = { day: "mon", blocks: [{ runSeconds: 60, walkSeconds: 60, repeats: 5 }] };
    expect(sessionLongestBout(session)).toBe(60);
    const joined: RunSession = {
      day: "mon",
      blocks: [
        { runSeconds: 300, walkSeconds: 60, repeats: 1 },
        { runSeconds: 120, walkSeconds: 0, repeats: 2 },
        { runSeconds: 60, walkSeconds: 0, repeats: 1 },
      ],
    };
    expect(sessionLongestBout(joined)).toBe(300);
    expect(sessionLongestBout({ ...joined, blocks: joined.blocks.slice(1) })).toBe(300);
  });

  it("compares runs on the same day with each other and adds them up", () => {
    const plan: RunningPlan = {
      id: "double",
      title: { "en-GB": "Double" },
      weeks: [
        { sessions: [session("mon", 600), session("wed", 600)] },
        { sessions: [session("mon", 600), session("mon", 900)] },
      ],
    };
    const flags = validateRunningPlan(plan, { maxWeeklyRise: 1 });
    expect(flags.map((f) => [f.code, f.path])).toEqual([
      ["run-spike", "$.weeks[1].sessions[1]"],
      ["same-day-total", "$.weeks[1].sessions[0]"],
    ]);
    expect(flags[1]).toMatchObject({ value: 1500, reference: 600, spikeBand: "over-100" });
  });

  it("grades each spike in Frandsen's bands: 10–30%, 30–100%, over 100%", () => {
    const bands = [720, 1200, 1300].map((run) => {
      const flags = validateRunningPlan(steadyPlan([600, run]), { maxWeeklyRise: 10 });
      return flags.filter((f) => f.code === "run-spike").map((f) => f.spikeBand);
    });
    expect(bands).toEqual([["10-30"], ["30-100"], ["over-100"]]);
    expect([0.1, 0.3, 0.31, 1, 1.01].map(spikeBand)).toEqual(["10-30", "10-30", "30-100", "30-100", "over-100"]);
  });

  it("measures each week's longest continuous run", () => {
    const plan = generateWalkRunPlan();
    expect(weeklyLongestBout(plan)).toEqual([60, 120, 180, 300, 480, 600, 990, 1080, 1170, 1200]);
  });
});

describe("generateWalkRunPlan", () => {
  const blocksOf = (plan: RunningPlan) => plan.weeks.map((w) => w.sessions[0]?.blocks);

  it("starts with 1 minute running and 1 minute walking", () => {
    const plan = generateWalkRunPlan();
    expect(plan.weeks[0]?.sessions[0]?.blocks).toEqual([{ runSeconds: 60, walkSeconds: 60, repeats: 10 }]);
    expect(plan.weeks[0]?.sessions.map((s) => s.day)).toEqual(["mon", "wed", "fri"]);
  });

  it("climbs the ladder 1:1, 2:1, 3:1, 5:1, 8:1, 10:1 a rung a week, then runs continuously up to 20 minutes", () => {
    expect(blocksOf(generateWalkRunPlan())).toEqual([
      [{ runSeconds: 60, walkSeconds: 60, repeats: 10 }],
      [
        { runSeconds: 120, walkSeconds: 60, repeats: 5 },
        { runSeconds: 60, walkSeconds: 0, repeats: 1 },
      ],
      [{ runSeconds: 180, walkSeconds: 60, repeats: 4 }],
      [
        { runSeconds: 300, walkSeconds: 60, repeats: 2 },
        { runSeconds: 180, walkSeconds: 0, repeats: 1 },
      ],
      [
        { runSeconds: 480, walkSeconds: 60, repeats: 1 },
        { runSeconds: 360, walkSeconds: 0, repeats: 1 },
      ],
      [
        { runSeconds: 600, walkSeconds: 60, repeats: 1 },
        { runSeconds: 300, walkSeconds: 0, repeats: 1 },
      ],
      [{ runSeconds: 990, walkSeconds: 0, repeats: 1 }],
      [{ runSeconds: 1080, walkSeconds: 0, repeats: 1 }],
      [{ runSeconds: 1170, walkSeconds: 0, repeats: 1 }],
      [{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }],
    ]);
  });

  it("grows running time by at most 10% a week in 30-second steps", () => {
    const runs = generateWalkRunPlan().weeks.map((w) => sessionRunSeconds(w.sessions[0] as RunSession));
    expect(runs).toEqual([600, 660, 720, 780, 840, 900, 990, 1080, 1170, 1200]);
  });

  it("holds the goal when asked for more weeks, and stops early when asked for fewer", () => {
    const long = generateWalkRunPlan({ weeks: 12 });
    expect(long.weeks.slice(9).map((w) => w.sessions[0]?.blocks)).toEqual(
      Array(3).fill([{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }]),
    );
    expect(generateWalkRunPlan({ weeks: 3 }).weeks).toHaveLength(3);
  });

  it("refuses a start that is not on the ladder or cannot grow in 30-second steps", () => {
    expect(() => generateWalkRunPlan({ startRunSeconds: 50, startWalkSeconds: 10 })).toThrow(RangeError);
    expect(() => generateWalkRunPlan({ intervalMinutes: 4 })).toThrow(/30-second steps/);
    expect(() => generateWalkRunPlan({ days: [] })).toThrow(RangeError);
  });

  it.each([
    {},
    { weeks: 12 },
    { startRunSeconds: 30, startWalkSeconds: 90, weeks: 16 },
    { days: ["tue", "thu", "sat", "sun"] as const, weeks: 10 },
    { goalMinutes: 30 },
  ])("produces a plan that passes validateRunningPlan (%o)", (options) => {
    const plan = generateWalkRunPlan(options);
    expect(validateRunningPlan(plan)).toEqual([]);
    const weekly = weeklyRunSeconds(plan);
    expect(weekly.at(-1)).toBeGreaterThan(weekly[0] as number);
  });
});

describe("RUNNING_LOAD_EVIDENCE", () => {
  it("says what the evidence does not show, in English and Spanish", () => {
    expect(RUNNING_LOAD_EVIDENCE.weeklyRise["en-GB"]).toMatch(/not been shown to prevent injury.*Buist et al\. 2008/);
    expect(RUNNING_LOAD_EVIDENCE.singleRun["en-GB"]).toMatch(/previous 30 days.*Frandsen et al\. 2025/);
    expect(RUNNING_LOAD_EVIDENCE.limits.es).toMatch(/no la prueba/);
    expect(RUNNING_LOAD_EVIDENCE.timeForDistance["en-GB"]).toMatch(/measured the distance.*counts minutes/);
    expect(RUNNING_LOAD_EVIDENCE.timeForDistance.es).toMatch(/midió la distancia/);
    expect(RUNNING_LOAD_EVIDENCE.spikeBands["en-GB"]).toMatch(/10% up to 30%.*30% up to 100%.*more than double/);
    expect(RUNNING_LOAD_EVIDENCE.boutsAndBreaks["en-GB"]).toMatch(/agreed by the authors.*30 seconds/);
  });
});
