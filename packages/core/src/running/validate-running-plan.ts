import type { RunningPlan } from "../model/running-plan-schema";
import { toJsonPath } from "../model/validation-error";
import { planTimeline, weeklyRunSeconds } from "./plan-timeline";

export interface RunningPlanFlag {
  /** weekly-rise: the week's running time grows more than allowed; run-spike: one run is too long. */
  code: "weekly-rise" | "run-spike";
  /** JSON path in the plan: `$.weeks[2]` or `$.weeks[2].sessions[1]`. */
  path: string;
  weekIndex: number;
  sessionIndex?: number;
  /** This week's (or this run's) running seconds. */
  value: number;
  /** What it is compared with: last week's running, or the longest run in the window. */
  reference: number;
  /** value / reference − 1, e.g. 0.2 for a 20% rise (Infinity when the reference is 0). */
  rise: number;
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
}

// Rounding slack, so that exactly +10% does not count as more than 10%.
const EPSILON = 1e-9;
const pct = (rise: number) => (Number.isFinite(rise) ? `${Math.round(rise * 100)}%` : "from none");
const minutes = (s: number) => `${Math.round((s / 60) * 10) / 10} min`;

/**
 * Flags running-load jumps in a walk/run plan: weekly running time up by more than 10% on the week before, and
 * any single run more than 10% longer than the longest run in the previous 30 days (plan `baseline` included).
 * Advisory: see RUNNING_LOAD_EVIDENCE for what the evidence does and does not show.
 */
export function validateRunningPlan(plan: RunningPlan, options: RunningPlanOptions = {}): RunningPlanFlag[] {
  const maxWeeklyRise = options.maxWeeklyRise ?? 0.1;
  const maxSingleRunRise = options.maxSingleRunRise ?? 0.1;
  const windowDays = options.windowDays ?? 30;
  const flags: RunningPlanFlag[] = [];

  const weekly = weeklyRunSeconds(plan);
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

  const timeline = planTimeline(plan);
  for (const run of timeline) {
    if (run.runSeconds === 0) continue;
    const recent = timeline.filter((r) => r.day < run.day && r.day >= run.day - windowDays).map((r) => r.runSeconds);
    // The baseline describes the 30 days before day 0, so it counts while the window reaches back past day 0.
    const baseline = run.day - windowDays < 0 ? (plan.baseline?.longestRunSeconds ?? 0) : 0;
    const longest = Math.max(baseline, ...recent, 0);
    if (longest === 0) continue; // The first run: nothing to compare with.
    const rise = run.runSeconds / longest - 1;
    if (rise > maxSingleRunRise + EPSILON) {
      flags.push({
        code: "run-spike",
        path: toJsonPath(["weeks", run.weekIndex, "sessions", run.sessionIndex]),
        weekIndex: run.weekIndex,
        sessionIndex: run.sessionIndex,
        value: run.runSeconds,
        reference: longest,
        rise,
        message: `Week ${run.weekIndex + 1}, session ${run.sessionIndex + 1} has ${minutes(run.runSeconds)} of running, ${pct(rise)} more than the longest run in the previous ${windowDays} days (${minutes(longest)}).`,
      });
    }
  }
  return flags;
}
