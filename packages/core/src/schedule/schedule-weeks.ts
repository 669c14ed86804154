// Where a patient is in a scheduled programme, by week and phase: pure date maths on core's schedule, so every
// view (React, a PDF, a server page) counts weeks the same way.
import type { Phase } from "../model/programme-schema";
import { addDays } from "./calendar-date";
import type { ProgrammeSchedule, ScheduledSession } from "./schedule-programme";

export interface ScheduleWeek {
  /** 1-based programme week. */
  week: number;
  /** Index of the phase the week belongs to. */
  phaseIndex: number;
  /** First day of the week, "YYYY-MM-DD". */
  startDate: string;
  /** Last day of the week (six days after the first). */
  endDate: string;
  /** The week's sessions in date order. */
  sessions: ScheduledSession[];
}

/**
 * The schedule's days grouped into programme weeks of seven days from the start date: phase by phase, in date
 * order, each day in exactly one week, with the sessions that fall in it.
 */
export function scheduleWeeks(schedule: ProgrammeSchedule): ScheduleWeek[] {
  const weeks: ScheduleWeek[] = [];
  for (const phase of schedule.phases) {
    for (let w = 0; w < phase.weeks; w++) {
      const startDate = addDays(phase.startDate, w * 7);
      weeks.push({
        week: weeks.length + 1,
        phaseIndex: phase.index,
        startDate,
        endDate: addDays(startDate, 6),
        sessions: [],
      });
    }
  }
  for (const session of schedule.sessions) weeks[session.week - 1]?.sessions.push(session);
  return weeks;
}

/**
 * The index of the phase to show as current: the clinician's explicit choice when it names a phase; else by the
 * calendar (-1 before the start, the phase count once finished); without a schedule, the first phase.
 */
export function currentPhaseIndex(
  phases: readonly Pick<Phase, "id">[],
  schedule: ProgrammeSchedule | undefined,
  explicitPhaseId?: string,
): number {
  const explicit = explicitPhaseId ? phases.findIndex((phase) => phase.id === explicitPhaseId) : -1;
  if (explicit >= 0) return explicit;
  if (!schedule) return 0;
  if (schedule.status === "finished") return phases.length;
  return schedule.current?.index ?? -1;
}

/** 1-based programme week today falls in, or 0 when the programme is not running today. */
export function currentWeekNumber(schedule: ProgrammeSchedule | undefined): number {
  return schedule?.current?.week ?? 0;
}

export type WeekState = "past" | "current" | "upcoming";

/** Whether `week` is behind the patient, this week or still to come (`currentWeek` 0: nothing is current). */
export function weekState(week: number, currentWeek: number): WeekState {
  return week < currentWeek ? "past" : week === currentWeek ? "current" : "upcoming";
}

export interface InitialOpen {
  /** Ids of the phases to open. */
  phases: string[];
  /** 1-based weeks to open. */
  weeks: number[];
}

/**
 * What a programme view opens on: where the patient is. The current phase and this week (and the phase this week
 * falls in, when the clinician has moved the patient on or back); before the start, the first phase and week;
 * without dates, the current or first phase; once finished, nothing (every phase is done).
 * @param current index of the current phase: -1 before the start, the phase count once finished
 * @param currentWeek 1-based week today falls in, or 0 when the programme is not running today
 */
export function initialOpenParts(
  phases: readonly Pick<Phase, "id">[],
  weeks: readonly Pick<ScheduleWeek, "phaseIndex">[],
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

export type PhaseState = "done" | "current" | "upcoming";

/** Whether the phase at `index` is done, current or upcoming (`current` -1: before the start). */
export function phaseState(index: number, current: number): PhaseState {
  return index < current ? "done" : index === current ? "current" : "upcoming";
}
