import type { Phase } from "@movekit/core";
import type { ScheduleWeek } from "./week-view";

export interface InitialOpen {
  phases: string[];
  weeks: number[];
}

/**
 * What a programme opens on: where the patient is. The current phase and this week (and the phase this week
 * falls in, when the clinician has moved the patient on or back); before the start, the first phase and week;
 * without dates, the current or first phase; once finished, nothing (every phase is done).
 * @param current index of the current phase: -1 before the start, the phase count once finished
 * @param currentWeek 1-based week today falls in, or 0 when the programme is not running today
 */
export function initialOpen(
  phases: readonly Phase[],
  weeks: readonly ScheduleWeek[],
  current: number,
  currentWeek: number,
  finished: boolean,
): InitialOpen {
  if (finished) return { phases: [], weeks: [] };
  const week = weeks.length === 0 ? undefined : Math.min(Math.max(currentWeek, 1), weeks.length);
  const weekPhase = week === undefined ? undefined : weeks[week - 1]?.phaseIndex;
  const indexes = new Set([Math.min(Math.max(current, 0), phases.length - 1)]);
  if (weekPhase !== undefined) indexes.add(weekPhase);
  return {
    phases: [...indexes].flatMap((index) => phases[index]?.id ?? []),
    weeks: week === undefined ? [] : [week],
  };
}
