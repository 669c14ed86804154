import type { Programme } from "../model/types";
import { SAFETY_ACTIONS, type SafetyAction } from "../model/vocabulary";
import { actionRank, stricterAction } from "../pain/safety-scale";
import { addDays, daysBetween } from "../schedule/calendar-date";
import { type ProgrammeSchedule, scheduleProgramme } from "../schedule/schedule-programme";
import {
  type DatedCheckIn,
  type DatedSessionLog,
  type DayStatus,
  PAIN_SERIES,
  type PainDirection,
  type PainSeries,
  type ProgressDay,
  type ProgressSummary,
  type ProgressWeek,
} from "./progress-types";

export interface ProgressInput {
  programme: Programme;
  /** The programme's first day, "YYYY-MM-DD". */
  startDate: string;
  /** The patient's today, "YYYY-MM-DD". */
  today: string;
  sessions?: readonly DatedSessionLog[];
  checkIns?: readonly DatedCheckIn[];
}

const MODIFY = actionRank("modify");
const isDate = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isScore = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 10;

function groupByDate<T extends { date: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    if (!isDate(item?.date)) continue; // a record without a usable day cannot be placed on the calendar
    const list = out.get(item.date) ?? [];
    list.push(item);
    out.set(item.date, list);
  }
  return out;
}

function dayStatus(planned: number, done: number, endedEarly: number, date: string, today: string): DayStatus {
  if (endedEarly > 0) return "ended-early";
  if (planned === 0) return done > 0 ? "extra" : "rest";
  if (done >= planned) return "done";
  return date < today ? "missed" : "planned";
}

function peak(current: number | undefined, value: unknown): number | undefined {
  if (!isScore(value)) return current;
  return current === undefined ? value : Math.max(current, value);
}

function strictest(current: SafetyAction | undefined, action: unknown): SafetyAction | undefined {
  if (typeof action !== "string") return current;
  // An action this version does not know counts as the strictest, so a record from a newer version is never softened.
  const known: SafetyAction = (SAFETY_ACTIONS as readonly string[]).includes(action)
    ? (action as SafetyAction)
    : "emergency";
  return current === undefined ? known : stricterAction(current, known);
}

function weekOf(schedule: ProgrammeSchedule, week: number, today: string, days: ProgressDay[]): ProgressWeek {
  const start = addDays(schedule.startDate, (week - 1) * 7);
  const end = addDays(start, 6);
  return {
    week,
    start,
    end,
    days,
    planned: days.reduce((sum, d) => sum + d.planned, 0),
    done: days.reduce((sum, d) => sum + d.done, 0),
    endedEarly: days.reduce((sum, d) => sum + d.endedEarly, 0),
    pain: {},
    warningSignDays: days.filter((d) => d.warningSign).map((d) => d.date),
    stepBack: false,
    when: end < today ? "past" : start > today ? "future" : "current",
  };
}

function direction(weeks: readonly ProgressWeek[]): PainDirection {
  const peaks = weeks
    .filter((w) => w.when !== "future")
    .map((w) => Math.max(-1, ...PAIN_SERIES.map((s) => w.pain[s] ?? -1)))
    .filter((p) => p >= 0);
  if (peaks.length < 2) return "unknown";
  const [before, latest] = peaks.slice(-2) as [number, number];
  return latest <= before - 1 ? "settling" : latest >= before + 1 ? "rising" : "steady";
}

/**
 * Adherence and pain over a programme's weeks, from the patient's own records: exercise sessions planned and done per day,
 * the week's highest pain readings, the days a warning sign was ticked, and the weeks where the verdict said to
 * ease off. Records with no usable date or score are left out rather than guessed at.
 */
export function summarizeProgress(input: ProgressInput): ProgressSummary {
  const { programme, startDate, today } = input;
  const schedule = scheduleProgramme(programme, startDate, { today });
  const sessionsByDate = groupByDate(input.sessions ?? []);
  const checkInsByDate = groupByDate(input.checkIns ?? []);
  const plannedByDate = new Map<string, number>();
  // Guided exercise sessions only: runs follow the running plan and are not logged as sessions by the kit.
  for (const slot of schedule.sessions) {
    if (slot.kind === "exercises") plannedByDate.set(slot.date, (plannedByDate.get(slot.date) ?? 0) + 1);
  }

  const totalWeeks = Math.max(1, Math.ceil((daysBetween(schedule.startDate, schedule.endDate) + 1) / 7));
  const weeks: ProgressWeek[] = [];
  for (let week = 1; week <= totalWeeks; week++) {
    const days: ProgressDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(schedule.startDate, (week - 1) * 7 + d);
      const logs = sessionsByDate.get(date) ?? [];
      const checkIns = checkInsByDate.get(date) ?? [];
      const planned = plannedByDate.get(date) ?? 0;
      const done = logs.filter((s) => s.log?.completed === true && !s.log.ended).length;
      const endedEarly = logs.filter((s) => s.log?.ended).length;
      const warningSign =
        checkIns.some((c) => (c.warningSigns?.length ?? 0) > 0) ||
        logs.some((s) => (s.log?.ended?.warningSigns?.length ?? 0) > 0);
      days.push({
        date,
        planned,
        done,
        endedEarly,
        warningSign,
        status: dayStatus(planned, done, endedEarly, date, today),
      });
    }
    const summary = weekOf(schedule, week, today, days);
    const readings: Array<[PainSeries, unknown]> = [];
    for (const { date } of days) {
      for (const c of checkInsByDate.get(date) ?? []) {
        for (const series of PAIN_SERIES) readings.push([series, c.readings?.[series]]);
        summary.action = strictest(summary.action, c.action);
      }
      for (const s of sessionsByDate.get(date) ?? []) {
        readings.push(["during", s.log?.painDuring], ["after", s.log?.painAfter]);
        summary.action = strictest(summary.action, s.log?.ended?.action);
      }
    }
    for (const [series, value] of readings) {
      const highest = peak(summary.pain[series], value);
      if (highest !== undefined) summary.pain[series] = highest;
    }
    summary.stepBack = summary.action !== undefined && actionRank(summary.action) >= MODIFY;
    weeks.push(summary);
  }

  const current = weeks.find((w) => w.when === "current");
  const plannedSoFar = weeks.flatMap((w) => w.days).reduce((sum, d) => sum + (d.date <= today ? d.planned : 0), 0);
  return {
    weeks,
    currentWeek: current?.week,
    planned: weeks.reduce((sum, w) => sum + w.planned, 0),
    done: weeks.reduce((sum, w) => sum + w.done, 0),
    plannedSoFar,
    painDirection: direction(weeks),
    warningSignWeeks: weeks.filter((w) => w.warningSignDays.length > 0).map((w) => w.week),
    stepBackWeeks: weeks.filter((w) => w.stepBack).map((w) => w.week),
  };
}

/** The series a week has readings for, in order: for charts and tables that skip empty columns. */
export function seriesWithReadings(weeks: readonly ProgressWeek[]): PainSeries[] {
  return PAIN_SERIES.filter((series) => weeks.some((w) => w.pain[series] !== undefined));
}
