import type { RunningPlan } from "../model/running-plan-schema";
import { toJsonPath } from "../model/validation-error";
import {
  type PlannedRun,
  planTimeline,
  sessionLongestBout,
  weeklyLongestBout,
  weeklyRunSeconds,
} from "./plan-timeline";
import { MIN_WALK_BREAK_SECONDS } from "./walk-run-ladder";

export type RunningPlanFlagCode = "weekly-rise" | "run-spike" | "same-day-total" | "bout-doubling" | "short-walk-break";

/**
 * The size bands Frandsen et al. 2025 reported for a session longer than the longest of the previous 30 days:
 * more than 10% up to 30%, more than 30% up to 100%, and more than 100%. Each band had a higher injury rate
 * than sessions with no spike.
 */
export type SpikeBand = "10-30" | "30-100" | "over-100";

export interface RunningPlanFlag {
  /**
   * weekly-rise: the week's running time grows more than allowed; run-spike: one run is too long for the last 30
   * days; same-day-total: runs on one day add up to too long a day; bout-doubling: the week's longest continuous
   * run is more than double the week before's; short-walk-break: a walk break under 30 s.
   */
  code: RunningPlanFlagCode;
  /** JSON path in the plan: `$.weeks[2]`, `$.weeks[2].sessions[1]` or `$.weeks[2].sessions[1].blocks[0]`. */
  path: string;
  weekIndex: number;
  sessionIndex?: number;
  blockIndex?: number;
  /** This week's (or this run's, day's, bout's or walk break's) seconds. */
  value: number;
  /** What it is compared with: last week's running, the longest recent run or bout, or the shortest break. */
  reference: number;
  /** value / reference − 1, e.g. 0.2 for a 20% rise (Infinity when the reference is 0). */
  rise: number;
  /** For run-spike and same-day-total: Frandsen's size band of the rise. */
  spikeBand?: SpikeBand;
  /** Plain-English description for authors; UIs use the code and numbers with their own words. */
  message: string;
}

export interface RunningPlanOptions {
  /** Weekly rise allowed before a flag (the source texts' 10% rule). Default 0.1. */
  maxWeeklyRise?: number;
  /** How much longer than the longest recent run one run may be (Frandsen et al. 2025). Default 0.1. */
  maxSingleRunRise?: number;
  /** The look-back window for the longest run, in days. Default 30. */
  windowDays?: number;
  /** How many times the week before's longest continuous run a week's may be. Default 2 (authors' choice). */
  maxBoutRatio?: number;
  /** The shortest walk break allowed, in seconds. Default 30 (authors' choice). */
  minWalkBreakSeconds?: number;
}

// Rounding slack, so that exactly +10% does not count as more than 10%.
const EPSILON = 1e-9;
const pct = (rise: number) => (Number.isFinite(rise) ? `${Math.round(rise * 100)}%` : "from none");
const minutes = (s: number) => `${Math.round((s / 60) * 10) / 10} min`;

/** Frandsen's band for a rise over the longest session of the previous 30 days. */
export function spikeBand(rise: number): SpikeBand {
  if (rise <= 0.3 + EPSILON) return "10-30";
  if (rise <= 1 + EPSILON) return "30-100";
  return "over-100";
}

function weeklyRiseFlags(plan: RunningPlan, maxWeeklyRise: number): RunningPlanFlag[] {
  const weekly = weeklyRunSeconds(plan);
  const flags: RunningPlanFlag[] = [];
  weekly.forEach((value, weekIndex) => {
    const reference = weekIndex === 0 ? plan.baseline?.weeklyRunSeconds : weekly[weekIndex - 1];
    if (reference === undefined || value === 0) return;
    const rise = reference === 0 ? Number.POSITIVE_INFINITY : value / reference - 1;
    if (rise > maxWeeklyRise + EPSILON) {
      flags.push({
        code: "weekly-rise",
        path: toJsonPath(["weeks", weekIndex]),
        weekIndex,
        value,
        reference,
        rise,
        message: `Week ${weekIndex + 1} has ${minutes(value)} of running, ${pct(rise)} more than the week before (${minutes(reference)}); the plan's limit is ${pct(maxWeeklyRise)}.`,
      });
    }
  });
  return flags;
}

/** The longest run before `index` in the timeline within the window: earlier runs on the same day count. */
function longestBefore(plan: RunningPlan, timeline: PlannedRun[], index: number, windowDays: number): number {
  const run = timeline[index] as PlannedRun;
  const recent = timeline.slice(0, index).filter((r) => r.day >= run.day - windowDays);
  // The baseline describes the 30 days before day 0, so it counts while the window reaches back past day 0.
  const baseline = run.day - windowDays < 0 ? (plan.baseline?.longestRunSeconds ?? 0) : 0;
  return Math.max(baseline, 0, ...recent.map((r) => r.runSeconds));
}

function spikeFlags(plan: RunningPlan, maxRise: number, windowDays: number): RunningPlanFlag[] {
  const timeline = planTimeline(plan);
  const flags: RunningPlanFlag[] = [];
  timeline.forEach((run, index) => {
    if (run.runSeconds === 0) return;
    const longest = longestBefore(plan, timeline, index, windowDays);
    if (longest === 0) return; // The first run: nothing to compare with.
    const rise = run.runSeconds / longest - 1;
    if (rise > maxRise + EPSILON) {
      flags.push({
        code: "run-spike",
        path: toJsonPath(["weeks", run.weekIndex, "sessions", run.sessionIndex]),
        weekIndex: run.weekIndex,
        sessionIndex: run.sessionIndex,
        value: run.runSeconds,
        reference: longest,
        rise,
        spikeBand: spikeBand(rise),
        message: `Week ${run.weekIndex + 1}, session ${run.sessionIndex + 1} has ${minutes(run.runSeconds)} of running, ${pct(rise)} more than the longest run in the previous ${windowDays} days (${minutes(longest)}).`,
      });
    }
  });
  // Two runs on one day: their sum is compared with the longest run before that day, as if one session.
  const byDay = new Map<number, PlannedRun[]>();
  for (const run of timeline) byDay.set(run.day, [...(byDay.get(run.day) ?? []), run]);
  for (const [day, runs] of byDay) {
    if (runs.length < 2) continue;
    const first = runs[0] as PlannedRun;
    const total = runs.reduce((sum, r) => sum + r.runSeconds, 0);
    const longest = longestBefore(plan, timeline, timeline.indexOf(first), windowDays);
    const rise = longest === 0 ? Number.POSITIVE_INFINITY : total / longest - 1;
    if (rise > maxRise + EPSILON) {
      flags.push({
        code: "same-day-total",
        path: toJsonPath(["weeks", first.weekIndex, "sessions", first.sessionIndex]),
        weekIndex: first.weekIndex,
        sessionIndex: first.sessionIndex,
        value: total,
        reference: longest,
        rise,
        spikeBand: spikeBand(rise),
        message: `Day ${day + 1} has ${runs.length} runs adding up to ${minutes(total)} of running, ${pct(rise)} more than the longest run before that day (${minutes(longest)}).`,
      });
    }
  }
  return flags;
}

function boutFlags(plan: RunningPlan, maxRatio: number): RunningPlanFlag[] {
  const bouts = weeklyLongestBout(plan);
  const flags: RunningPlanFlag[] = [];
  let before = plan.baseline?.longestBoutSeconds;
  bouts.forEach((value, weekIndex) => {
    if (value === 0) return; // A week without running: compare the next one with the last week that had some.
    if (before !== undefined && value > before * maxRatio + EPSILON) {
      const sessionIndex = plan.weeks[weekIndex]?.sessions.findIndex((s) => sessionLongestBout(s) === value);
      flags.push({
        code: "bout-doubling",
        path: toJsonPath(["weeks", weekIndex, "sessions", sessionIndex ?? 0]),
        weekIndex,
        sessionIndex,
        value,
        reference: before,
        rise: before === 0 ? Number.POSITIVE_INFINITY : value / before - 1,
        message: `Week ${weekIndex + 1}'s longest continuous run is ${minutes(value)}, more than ${maxRatio} times the week before's (${minutes(before)}).`,
      });
    }
    before = value;
  });
  return flags;
}

function walkBreakFlags(plan: RunningPlan, minBreak: number): RunningPlanFlag[] {
  const flags: RunningPlanFlag[] = [];
  plan.weeks.forEach((week, weekIndex) => {
    week.sessions.forEach((session, sessionIndex) => {
      session.blocks.forEach((block, blockIndex) => {
        if (block.walkSeconds === 0 || block.walkSeconds >= minBreak) return;
        flags.push({
          code: "short-walk-break",
          path: toJsonPath(["weeks", weekIndex, "sessions", sessionIndex, "blocks", blockIndex]),
          weekIndex,
          sessionIndex,
          blockIndex,
          value: block.walkSeconds,
          reference: minBreak,
          rise: block.walkSeconds / minBreak - 1,
          message: `Week ${weekIndex + 1}, session ${sessionIndex + 1} has walk breaks of ${block.walkSeconds} s; a break is at least ${minBreak} s, or leave it out and run continuously.`,
        });
      });
    });
  });
  return flags;
}

/**
 * Flags running-load jumps in a walk/run plan:
 * - weekly running time up by more than 10% on the week before (the source texts' rule);
 * - any run more than 10% longer than the longest run of the previous 30 days, earlier runs the same day included,
 *   graded in Frandsen et al. 2025's bands (time stands in for the distance that study measured);
 * - runs on one day that add up to such a spike;
 * - a week's longest continuous run more than double the week before's;
 * - walk breaks under 30 seconds.
 * Advisory: see RUNNING_LOAD_EVIDENCE for what the evidence does and does not show.
 */
export function validateRunningPlan(plan: RunningPlan, options: RunningPlanOptions = {}): RunningPlanFlag[] {
  const minBreak = options.minWalkBreakSeconds ?? MIN_WALK_BREAK_SECONDS;
  return [
    ...weeklyRiseFlags(plan, options.maxWeeklyRise ?? 0.1),
    ...spikeFlags(plan, options.maxSingleRunRise ?? 0.1, options.windowDays ?? 30),
    ...boutFlags(plan, options.maxBoutRatio ?? 2),
    ...walkBreakFlags(plan, minBreak),
  ];
}
