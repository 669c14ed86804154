import { WEEKDAYS, type Weekday } from "../dosage/dosage-vocabulary";
import type { Phase, Programme, SessionItem } from "../model/programme-schema";
import type { RunSession } from "../model/running-plan-schema";
import { addDays, calendarDateIn, daysBetween, toDayNumber, weekdayOf } from "./calendar-date";

interface SessionBase {
  /** "YYYY-MM-DD". */
  date: string;
  weekday: Weekday;
  phaseId: string;
  phaseIndex: number;
  /** 1-based week of the programme. */
  week: number;
  /** 1-based week of the phase. */
  weekInPhase: number;
}

export interface ExerciseSessionSlot extends SessionBase {
  kind: "exercises";
  /** 1-based number of this session within its phase. */
  number: number;
  items: readonly SessionItem[];
}

export interface RunSessionSlot extends SessionBase {
  kind: "run";
  /** 1-based week of the running plan. */
  planWeek: number;
  run: RunSession;
}

export type ScheduledSession = ExerciseSessionSlot | RunSessionSlot;

export interface ScheduledPhase {
  phase: Phase;
  index: number;
  startDate: string;
  /** Last day of the phase's planned weeks. */
  endDate: string;
  weeks: number;
}

export interface ProgrammeSchedule {
  startDate: string;
  endDate: string;
  /** The date used for `current` and `status`. */
  today: string;
  phases: ScheduledPhase[];
  sessions: ScheduledSession[];
  status: "not-started" | "in-progress" | "finished";
  /** The phase today falls in by the calendar. Moving on really depends on the exit criteria. */
  current?: ScheduledPhase & { weekInPhase: number; week: number };
  /** The first session on or after today. */
  nextSession?: ScheduledSession;
}

export interface ScheduleOptions {
  /** Today as "YYYY-MM-DD", or an instant to read in `timeZone`. Default: now. */
  today?: string | Date;
  /** IANA zone for reading `today` from an instant, e.g. "Europe/London". Default: the runtime's zone. */
  timeZone?: string;
}

/** Day offsets within a week for n sessions, spread out: 3 → 0, 2, 4 (Mon, Wed, Fri when starting on a Monday). */
export function spreadSessions(count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor((i * 7) / count));
}

function phaseWeeks(phase: Phase, programme: Programme): number {
  const planWeeks = phase.usesRunningPlan ? (programme.runningPlan?.weeks.length ?? 0) : 0;
  return Math.max(phase.minWeeks, planWeeks);
}

/**
 * Lays a programme out on the calendar from `startDate`: each phase lasts its minimum weeks (or its running
 * plan's length), exercise sessions are spread through each week, runs fall on the plan's weekdays. All dates
 * are calendar dates computed in UTC, so month ends, leap years and daylight-saving changes cannot shift them.
 */
export function scheduleProgramme(
  programme: Programme,
  startDate: string,
  options: ScheduleOptions = {},
): ProgrammeSchedule {
  toDayNumber(startDate); // validates
  const today =
    typeof options.today === "string" ? options.today : calendarDateIn(options.today ?? new Date(), options.timeZone);
  toDayNumber(today);

  const phases: ScheduledPhase[] = [];
  const sessions: ScheduledSession[] = [];
  let phaseStart = startDate;
  let weekOffset = 0;
  programme.phases.forEach((phase, index) => {
    const weeks = phaseWeeks(phase, programme);
    phases.push({ phase, index, startDate: phaseStart, endDate: addDays(phaseStart, weeks * 7 - 1), weeks });
    let number = 0;
    for (let w = 0; w < weeks; w++) {
      const weekStart = addDays(phaseStart, w * 7);
      const base = { phaseId: phase.id, phaseIndex: index, week: weekOffset + w + 1, weekInPhase: w + 1 };
      for (const offset of spreadSessions(phase.sessionsPerWeek)) {
        const date = addDays(weekStart, offset);
        number += 1;
        sessions.push({ ...base, kind: "exercises", date, weekday: weekdayOf(date), number, items: phase.contents });
      }
      const planWeek = phase.usesRunningPlan ? programme.runningPlan?.weeks[w] : undefined;
      for (const run of planWeek?.sessions ?? []) {
        const shift = (WEEKDAYS.indexOf(run.day) - WEEKDAYS.indexOf(weekdayOf(weekStart)) + 7) % 7;
        const date = addDays(weekStart, shift);
        sessions.push({ ...base, kind: "run", date, weekday: run.day, planWeek: w + 1, run });
      }
    }
    phaseStart = addDays(phaseStart, weeks * 7);
    weekOffset += weeks;
  });
  // ISO dates sort as plain strings; localeCompare would build an ICU collator (milliseconds on a first render).
  const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  sessions.sort((a, b) => byDate(a.date, b.date) || (a.kind === b.kind ? 0 : a.kind === "exercises" ? -1 : 1));

  const endDate = addDays(phaseStart, -1);
  const status = today < startDate ? "not-started" : today > endDate ? "finished" : "in-progress";
  const currentPhase = status === "in-progress" ? phases.find((p) => today <= p.endDate) : undefined;
  const current = currentPhase && {
    ...currentPhase,
    weekInPhase: Math.floor(daysBetween(currentPhase.startDate, today) / 7) + 1,
    week: Math.floor(daysBetween(startDate, today) / 7) + 1,
  };
  return {
    startDate,
    endDate,
    today,
    phases,
    sessions,
    status,
    current,
    nextSession: sessions.find((s) => s.date >= today),
  };
}
