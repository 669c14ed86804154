import { WEEKDAYS, type Weekday } from "../dosage/dosage-vocabulary";
import { dateTimeFormat } from "../i18n/intl-cache";
import { isIsoDate } from "../model/iso-date";

// Calendar dates are "YYYY-MM-DD" strings, and all arithmetic is on whole days in UTC. A local Date would
// shift by an hour across a daylight-saving change and can land on the wrong day at midnight.
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a "YYYY-MM-DD" date. */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * Midnight UTC of a "YYYY-MM-DD" date, to format with `timeZone: "UTC"` so the day never moves with the reader's
 * time zone; undefined when it is not a real date.
 */
export function utcDateOf(date: string): Date | undefined {
  return isIsoDate(date) ? new Date(toDayNumber(date) * DAY_MS) : undefined;
}

/** "YYYY-MM-DD" for a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds calendar months, clamping to the month's last day: 2025-01-31 + 1 month = 2025-02-28. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  toDayNumber(date); // validates
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return WEEKDAYS[(((toDayNumber(date) + 3) % 7) + 7) % 7] as Weekday;
}

/** Today's date where the patient is: the calendar date of `now` in `timeZone` (default: the runtime's zone). */
export function calendarDateIn(now: Date, timeZone?: string): string {
  const parts = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    now,
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
