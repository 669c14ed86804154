// Short, exact wording of times and changes for running-plan tables and charts. Like every core formatter, the
// locale comes first: `formatRunTime(locale, seconds)`, as `formatSeconds(locale, seconds)`.
import type { Weekday } from "../dosage/dosage-schema";
import { numberFormat, weekdayName } from "../i18n/intl-cache";
import { type Locale, resolveLocale } from "../i18n/locale";

const unit = (locale: Locale, value: number, name: "minute" | "second") =>
  numberFormat(locale, { style: "unit", unit: name, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);

/** "1 min", "30 sec", "1 min 30 sec": short, exact durations for interval tables. */
export function formatRunTime(locale: Locale | string, seconds: number): string {
  const lang = resolveLocale(String(locale));
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes === 0) return unit(lang, rest, "second");
  if (rest === 0) return unit(lang, minutes, "minute");
  return `${unit(lang, minutes, "minute")} ${unit(lang, rest, "second")}`;
}

/** Minutes to one decimal, with the unit, for weekly totals and sentences: "36 min", "7.5 min". */
export function formatRunMinutes(locale: Locale | string, seconds: number): string {
  return unit(resolveLocale(String(locale)), toTenths(seconds / 60), "minute");
}

/**
 * The same minutes as a bare number ("58.5", "58,5" in Spanish), for a chart whose caption names the unit: a
 * bar ten weeks wide has room for "58.5" above it, not for "58.5 mins".
 */
export function formatRunMinutesValue(locale: Locale | string, seconds: number): string {
  return numberFormat(resolveLocale(String(locale)), { maximumFractionDigits: 1 }).format(toTenths(seconds / 60));
}

const toTenths = (value: number) => Math.round(value * 10) / 10;

/** A signed change: "+10%", "−5%", "0%". */
export function formatPercentChange(locale: Locale | string, rise: number): string {
  return numberFormat(resolveLocale(String(locale)), {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  }).format(rise);
}

/** A size of change, without a sign: "10%", "29%". */
export function formatPercent(locale: Locale | string, fraction: number): string {
  return numberFormat(resolveLocale(String(locale)), { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/** The weekday's full name ("Wednesday", "miércoles"); the locale-first form of `weekdayName`. */
export function formatWeekday(locale: Locale | string, day: Weekday): string {
  return weekdayName(day, resolveLocale(String(locale)));
}
