import type { Weekday } from "../dosage/dosage-schema";
import type { LocalizedText } from "../model/localized-text";
import type { IntervalBlock, RunningPlan } from "../model/running-plan-schema";

export interface WalkRunPlanOptions {
  id?: string;
  title?: LocalizedText;
  /** Number of weeks. Default 8. */
  weeks?: number;
  /** Running days each week. Default Monday, Wednesday, Friday (a rest day between runs). */
  days?: readonly Weekday[];
  /** First week's run and walk intervals, in seconds. Default 60 and 60 (1 min run / 1 min walk). */
  startRunSeconds?: number;
  startWalkSeconds?: number;
  /** Length of the interval part of each session, in minutes; it stays the same. Default 20. */
  intervalMinutes?: number;
  /** Weekly growth of running time, at most 0.1 (10%). Default 0.1. */
  growth?: number;
  warmUpWalkMinutes?: number;
  coolDownWalkMinutes?: number;
  /** Intervals are rounded down to this many seconds so they are easy to follow. Default 5. */
  roundToSeconds?: number;
}

/**
 * A walk/run plan that starts with short run intervals (1 min run / 1 min walk by default) and grows the running
 * share of each session by at most `growth` a week while the session length stays fixed, until the interval
 * part is continuous running. Rounding is always down, so neither the weekly rise nor any single run exceeds
 * the growth limit: the output passes validateRunningPlan.
 */
export function generateWalkRunPlan(options: WalkRunPlanOptions = {}): RunningPlan {
  const weeks = options.weeks ?? 8;
  const days = options.days ?? (["mon", "wed", "fri"] as const);
  const run0 = options.startRunSeconds ?? 60;
  const walk0 = options.startWalkSeconds ?? 60;
  const growth = Math.min(options.growth ?? 0.1, 0.1);
  const step = options.roundToSeconds ?? 5;
  const period = run0 + walk0;
  const repeats = Math.max(1, Math.floor(((options.intervalMinutes ?? 20) * 60) / period));
  const intervalSeconds = repeats * period;

  let runInterval = run0;
  const plan: RunningPlan = {
    id: options.id ?? "walk-run",
    title: options.title ?? { "en-GB": "Walk/run plan", es: "Plan de caminar y correr" },
    weeks: [],
  };
  for (let w = 0; w < weeks; w++) {
    if (w > 0) {
      const target = runInterval * (1 + growth);
      // Round down to a friendly step; fall back to whole seconds when the step would stall progress.
      const rounded = Math.floor(target / step) * step;
      runInterval = Math.min(period, rounded > runInterval ? rounded : Math.floor(target));
    }
    // When the run interval fills the whole period, the interval part is one continuous run of the same total.
    const block: IntervalBlock =
      runInterval >= period
        ? { runSeconds: intervalSeconds, walkSeconds: 0, repeats: 1 }
        : { runSeconds: runInterval, walkSeconds: period - runInterval, repeats };
    plan.weeks.push({
      sessions: days.map((day) => ({
        day,
        warmUpWalkMinutes: options.warmUpWalkMinutes ?? 5,
        blocks: [{ ...block }],
        coolDownWalkMinutes: options.coolDownWalkMinutes ?? 5,
      })),
    });
  }
  return plan;
}
