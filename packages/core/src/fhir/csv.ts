import type { SessionLog } from "../session/session-log";
import type { PainCheckEntry } from "./observations";

export type CsvCell = string | number | boolean | undefined | null;

// OWASP's list: a spreadsheet reads a cell starting with these as a formula (or, tab and CR, strips them first).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text that a
 * spreadsheet would run as a formula is prefixed with a single quote, so an exported note can never execute.
 * Numbers and booleans are written as they are (a negative number is data, not a formula).
 */
export function csvField(value: CsvCell): string {
  if (value === undefined || value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as RFC 4180 CSV: a header line, CRLF line ends, every field through `csvField`. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A session log and when it was saved, as a host reads it from a store (`savedAt`, `programmeId`, `value`). */
export interface SessionLogEntry {
  at: string;
  programmeId?: string;
  log: SessionLog;
}

export const SESSION_CSV_COLUMNS = [
  "date_time",
  "programme_id",
  "exercise_id",
  "exercise_status",
  "skip_reason",
  "exercise_pain_score",
  "sets_completed",
  "reps",
  "holds",
  "work_seconds",
  "session_completed",
  "session_pain_during",
  "session_pain_after",
  "session_difficulty",
  "session_active_seconds",
  "session_ended_action",
] as const;

/**
 * Session logs as CSV, one row per exercise per session (a session with no exercises still gets a row), with the
 * session's own answers repeated on each of its rows so any row can be read alone.
 */
export function sessionLogsToCsv(entries: readonly SessionLogEntry[]): string {
  const rows = entries.flatMap(({ at, programmeId, log }) => {
    const session: CsvCell[] = [
      log.completed,
      log.painDuring,
      log.painAfter,
      log.difficulty,
      Math.round(log.activeSeconds),
      log.ended?.action,
    ];
    const exercises = log.exercises.length ? log.exercises : [undefined];
    return exercises.map((exercise) => {
      const sets = exercise?.sets ?? [];
      const sum = (pick: (s: (typeof sets)[number]) => number) =>
        exercise ? sets.reduce((n, s) => n + pick(s), 0) : undefined;
      return [
        at,
        programmeId,
        exercise?.exerciseId,
        exercise?.status,
        exercise?.skipReason,
        exercise?.painScore,
        sum((s) => (s.completed ? 1 : 0)),
        sum((s) => s.reps),
        sum((s) => s.holds),
        sum((s) => s.seconds),
        ...session,
      ];
    });
  });
  return toCsv(SESSION_CSV_COLUMNS, rows);
}

export const PAIN_CHECK_CSV_COLUMNS = [
  "date_time",
  "exercise_id",
  "pain_during",
  "pain_after",
  "pain_next_morning",
  "advice_action",
] as const;

/** Pain check-ins as CSV, one row each. */
export function painChecksToCsv(entries: readonly PainCheckEntry[]): string {
  return toCsv(
    PAIN_CHECK_CSV_COLUMNS,
    entries.map((e) => [
      e.recordedAt,
      e.exerciseId,
      e.readings.during,
      e.readings.after,
      e.readings.nextMorning,
      e.action,
    ]),
  );
}
