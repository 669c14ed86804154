import type { Weekday } from "../dosage/dosage-vocabulary";
import { WEEKDAYS } from "../dosage/dosage-vocabulary";
import type { LocalizedText } from "../model/localized-text";
import type { IntervalBlock, RunningPlan } from "../model/running-plan-schema";
import { ladderIndex, WALK_RUN_LADDER, WATCH_STEP_SECONDS } from "./walk-run-ladder";

export interface WalkRunPlanOptions {
  id?: string;
  title?: LocalizedText;
  /** Number of weeks. Default: until the goal is run continuously. Extra weeks repeat the goal. */
  weeks?: number;
  /** Running days each week. Default Monday, Wednesday, Friday (a rest day between runs). */
  days?: readonly Weekday[];
  /** First week's rung of WALK_RUN_LADDER, in seconds. Default 60 and 60 (1 min run / 1 min walk). */
  startRunSeconds?: number;
  startWalkSeconds?: number;
  /** Length of the first week's intervals, in minutes: it sets the first week's running time. Default 20. */
  intervalMinutes?: number;
  /** Continuous running the plan ends with, in whole minutes from 10 to 60. Default 20. */
  goalMinutes?: number;
  /** Weekly growth of running time, above 0 and at most 0.1 (10%). Default 0.1. */
  growth?: number;
  warmUpWalkMinutes?: number;
  coolDownWalkMinutes?: number;
}

const step = (seconds: number) => Math.floor(seconds / WATCH_STEP_SECONDS) * WATCH_STEP_SECONDS;

/** The blocks of one session: whole run:walk rounds of `rung`, then any shorter run left over. */
function sessionBlocks(running: number, runSeconds: number, walkSeconds: number): IntervalBlock[] {
  const repeats = Math.floor(running / runSeconds);
  const rest = running - repeats * runSeconds;
  const blocks: IntervalBlock[] = [{ runSeconds, walkSeconds, repeats }];
  if (rest > 0) blocks.push({ runSeconds: rest, walkSeconds: 0, repeats: 1 });
  return blocks;
}

/**
 * A walk/run plan a person can follow on a watch. Each week the session's running time grows by at most `growth`
 * (rounded down to a 30-second step), and the run:walk ratio moves up at most one rung of WALK_RUN_LADDER
 * (1:1 → 2:1 → 3:1 → 5:1 → 8:1 → 10:1 …) while the session still has room for it. Once no further rung is worth
 * taking, the session becomes one continuous run, but only if that is no more than double the week before's
 * longest run; it then grows towards the goal. Walk breaks are 1 minute or more, never seconds. The output passes
 * validateRunningPlan: weekly rise, single-run spike, longest-run doubling and walk-break checks.
 * @throws RangeError when the start is not a ladder rung or leaves no room to grow in 30-second steps.
 */
export function generateWalkRunPlan(options: WalkRunPlanOptions = {}): RunningPlan {
  const startRun = options.startRunSeconds ?? 60;
  const startWalk = options.startWalkSeconds ?? 60;
  let rung = ladderIndex(startRun, startWalk);
  if (rung < 0) throw new RangeError(`Start ${startRun} s run / ${startWalk} s walk is not a rung of WALK_RUN_LADDER.`);
  const growth = Math.min(options.growth ?? 0.1, 0.1);
  const goal = Math.round(options.goalMinutes ?? 20) * 60;
  if (!(growth > 0) || goal < 600 || goal > 3600)
    throw new RangeError("Growth must be above 0; goal 10 to 60 minutes.");
  const period = startRun + startWalk;
  let running = Math.max(1, Math.floor(((options.intervalMinutes ?? 20) * 60) / period)) * startRun;
  if (running > goal || step(running * (1 + growth)) <= running) {
    throw new RangeError(
      `A first week of ${running} s running cannot grow in 30-second steps to a ${goal} s goal; lengthen or shorten the intervals.`,
    );
  }
  const days = WEEKDAYS.filter((d) => (options.days ?? ["mon", "wed", "fri"]).includes(d));
  if (days.length === 0) throw new RangeError("A plan needs at least one running day.");
  let bout = startRun;
  let continuous = false;

  const plan: RunningPlan = {
    id: options.id ?? "walk-run",
    title: options.title ?? { "en-GB": "Walk/run plan", es: "Plan de caminar y correr" },
    weeks: [],
  };
  const maxWeeks = options.weeks ?? 60;
  for (let w = 0; w < maxWeeks; w++) {
    if (w > 0) {
      running = Math.min(goal, step(running * (1 + growth)));
      const next = WALK_RUN_LADDER[rung + 1];
      const nextWorthTaking = next !== undefined && next.runSeconds <= goal / 2 && next.runSeconds < running;
      if (continuous || (running <= 2 * bout && !nextWorthTaking)) {
        continuous = true;
      } else if (next !== undefined && next.runSeconds < running && next.runSeconds <= 2 * bout) {
        rung += 1;
      }
    }
    const { runSeconds, walkSeconds } = WALK_RUN_LADDER[rung] as (typeof WALK_RUN_LADDER)[number];
    const blocks = continuous
      ? [{ runSeconds: running, walkSeconds: 0, repeats: 1 }]
      : sessionBlocks(running, runSeconds, walkSeconds);
    bout = continuous ? running : runSeconds;
    plan.weeks.push({
      sessions: days.map((day) => ({
        day,
        warmUpWalkMinutes: options.warmUpWalkMinutes ?? 5,
        blocks: blocks.map((b) => ({ ...b })),
        coolDownWalkMinutes: options.coolDownWalkMinutes ?? 5,
      })),
    });
    // Without a set length, stop at the first week of continuous running at the goal.
    if (options.weeks === undefined && continuous && running >= goal) break;
  }
  return plan;
}
