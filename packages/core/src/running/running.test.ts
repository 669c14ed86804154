import { describe, expect, it } from "vitest";
import type { RunningPlan, RunSession } from "../model/running-plan-schema";
import { generateWalkRunPlan } from "./generate-walk-run-plan";
import { sessionRunSeconds, sessionTotalSeconds, weeklyRunSeconds } from "./plan-timeline";
import { RUNNING_LOAD_EVIDENCE } from "./running-evidence";
import { validateRunningPlan } from "./validate-running-plan";

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
});

describe("generateWalkRunPlan", () => {
  it("starts with 1 minute running and 1 minute walking", () => {
    const plan = generateWalkRunPlan();
    expect(plan.weeks[0]?.sessions[0]?.blocks).toEqual([{ runSeconds: 60, walkSeconds: 60, repeats: 10 }]);
    expect(plan.weeks[0]?.sessions.map((s) => s.day)).toEqual(["mon", "wed", "fri"]);
  });

  it("grows the running share while every session stays the same short length", () => {
    const plan = generateWalkRunPlan({ weeks: 10 });
    const sessions = plan.weeks.map((w) => w.sessions[0] as RunSession);
    const runs = sessions.map(sessionRunSeconds);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBeGreaterThanOrEqual(runs[i - 1] as number);
    expect(runs[runs.length - 1]).toBeGreaterThan(runs[0] as number);
    expect(new Set(sessions.map(sessionTotalSeconds))).toEqual(new Set([30 * 60]));
  });

  it("reaches continuous running and then holds it", () => {
    const plan = generateWalkRunPlan({ weeks: 12 });
    expect(plan.weeks[11]?.sessions[0]?.blocks).toEqual([{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }]);
  });

  it.each([
    {},
    { weeks: 12 },
    { startRunSeconds: 30, startWalkSeconds: 90, weeks: 16 },
    { days: ["tue", "thu", "sat", "sun"] as const, weeks: 10 },
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
  });
});
