import { WEEKDAYS } from "../dosage/dosage-vocabulary";
import type { RunningPlan, RunSession } from "../model/running-plan-schema";

/** Total running seconds in a session: the load measure for walk/run plans. */
export function sessionRunSeconds(session: RunSession): number {
  return session.blocks.reduce((sum, b) => sum + b.runSeconds * b.repeats, 0);
}

/** The whole session, warm-up and cool-down included, in seconds. */
export function sessionTotalSeconds(session: RunSession): number {
  const intervals = session.blocks.reduce((sum, b) => sum + (b.runSeconds + b.walkSeconds) * b.repeats, 0);
  return intervals + ((session.warmUpWalkMinutes ?? 0) + (session.coolDownWalkMinutes ?? 0)) * 60;
}

/**
 * The longest stretch of running between walk breaks, in seconds, as the session is written: each block runs, then
 * walks, `repeats` times, and runs with no walk between them (walkSeconds 0) join up. A too-short walk break is
 * its own check (short-walk-break), so it is not second-guessed here.
 */
export function sessionLongestBout(session: RunSession): number {
  let longest = 0;
  let current = 0;
  for (const block of session.blocks) {
    for (let i = 0; i < block.repeats; i++) {
      current += block.runSeconds;
      longest = Math.max(longest, current);
      if (block.walkSeconds > 0) current = 0;
    }
  }
  return longest;
}

export interface PlannedRun {
  /** Index into `plan.weeks`. */
  weekIndex: number;
  /** Index into that week's `sessions`. */
  sessionIndex: number;
  /** Days from the Monday of week 1 (0 = that Monday). */
  day: number;
  runSeconds: number;
  session: RunSession;
}

/** Every session of the plan on one day line, in date order. */
export function planTimeline(plan: RunningPlan): PlannedRun[] {
  return plan.weeks
    .flatMap((week, weekIndex) =>
      week.sessions.map((session, sessionIndex) => ({
        weekIndex,
        sessionIndex,
        day: weekIndex * 7 + WEEKDAYS.indexOf(session.day),
        runSeconds: sessionRunSeconds(session),
        session,
      })),
    )
    .sort((a, b) => a.day - b.day || a.weekIndex - b.weekIndex || a.sessionIndex - b.sessionIndex);
}

/** Running seconds per week. */
export function weeklyRunSeconds(plan: RunningPlan): number[] {
  return plan.weeks.map((week) => week.sessions.reduce((sum, s) => sum + sessionRunSeconds(s), 0));
}

/** The longest continuous run of each week (0 for a week with no running). */
export function weeklyLongestBout(plan: RunningPlan): number[] {
  return plan.weeks.map((week) => Math.max(0, ...week.sessions.map(sessionLongestBout)));
}
