import type { SafetyAction } from "../model/vocabulary";
import type { PainReadings } from "../pain/evaluate-pain";
import type { SessionLog } from "../session/session-log";

/** A guided session's log and the calendar day it was done on ("YYYY-MM-DD", the patient's day). */
export interface DatedSessionLog {
  date: string;
  log: SessionLog;
}

/** A pain check-in as kept: the day, the readings, the warning signs ticked, and the verdict's action then. */
export interface DatedCheckIn {
  date: string;
  readings: PainReadings;
  /** Ids of the warning signs the person ticked. */
  warningSigns?: readonly string[];
  /** The safety verdict's action when the check-in was made (from `evaluateCheckIn`). */
  action?: SafetyAction;
}

export type PainSeries = "during" | "after" | "nextMorning";
export const PAIN_SERIES: readonly PainSeries[] = ["during", "after", "nextMorning"];

export type DayStatus = "done" | "ended-early" | "missed" | "planned" | "rest" | "extra";

export interface ProgressDay {
  date: string;
  /** Exercise sessions the schedule planned on this day (runs are the running plan's, not counted here). */
  planned: number;
  /** Guided sessions finished on this day. */
  done: number;
  /** Sessions ended early on the safety verdict. */
  endedEarly: number;
  /**
   * "done": every planned session done; "ended-early": a session stopped on the verdict; "missed": planned, in the
   * past and not done; "planned": today or later; "rest": nothing planned; "extra": done on a day with none planned.
   */
  status: DayStatus;
  /** True when a warning sign was ticked that day. */
  warningSign: boolean;
}

export interface ProgressWeek {
  /** 1-based week of the programme. */
  week: number;
  start: string;
  end: string;
  days: ProgressDay[];
  planned: number;
  /** Sessions done (finished), never more than were done in the logs. */
  done: number;
  endedEarly: number;
  /** Highest reading of each kind in the week, from check-ins and session answers. */
  pain: Partial<Record<PainSeries, number>>;
  /** Days in the week a warning sign was ticked. */
  warningSignDays: string[];
  /** The strictest verdict action of the week's check-ins and early endings, if any. */
  action?: SafetyAction;
  /** True when the rule said to ease off this week: any verdict of "modify" or stricter. */
  stepBack: boolean;
  /** Whether the week is over, is this week, or is still to come (by `today`). */
  when: "past" | "current" | "future";
}

/** "settling": the latest week's peak pain is at least 1 point below the week before; "rising": 1 or more above. */
export type PainDirection = "settling" | "steady" | "rising" | "unknown";

export interface ProgressSummary {
  weeks: ProgressWeek[];
  /** The week `today` falls in, when the programme is under way. */
  currentWeek?: number;
  planned: number;
  done: number;
  /** Planned sessions up to and including today (what adherence is judged against). */
  plannedSoFar: number;
  painDirection: PainDirection;
  /** Weeks with a warning sign ticked. */
  warningSignWeeks: number[];
  stepBackWeeks: number[];
}
