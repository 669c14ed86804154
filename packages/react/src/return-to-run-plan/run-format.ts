import { weekdayName as coreWeekdayName, type Locale, numberFormat, resolveLocale, type Weekday } from "@movekit/core";

const unit = (locale: Locale, value: number, name: "minute" | "second") =>
  numberFormat(locale, { style: "unit", unit: name, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);

/** "1 min", "30 sec", "1 min 30 sec": short, exact durations for interval tables. */
export function formatRunTime(seconds: number, locale: Locale | string): string {
  const lang = resolveLocale(locale);
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  if (minutes === 0) return unit(lang, rest, "second");
  if (rest === 0) return unit(lang, minutes, "minute");
  return `${unit(lang, minutes, "minute")} ${unit(lang, rest, "second")}`;
}

/** Minutes to one decimal, for chart labels and weekly totals: "36 min", "7.5 min". */
export function formatMinutes(seconds: number, locale: Locale | string): string {
  return unit(resolveLocale(locale), Math.round((seconds / 60) * 10) / 10, "minute");
}

/** "+10%", "−5%", "0%". */
export function formatChange(rise: number, locale: Locale | string): string {
  return numberFormat(resolveLocale(locale), {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  }).format(rise);
}

/** The weekday's full name in the locale ("Wednesday", "miércoles"). */
export function weekdayName(day: Weekday, locale: Locale | string): string {
  return coreWeekdayName(day, resolveLocale(locale));
}

/** "10%", "29%": a size of change, without a sign. */
export function formatPercent(fraction: number, locale: Locale | string): string {
  return numberFormat(resolveLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}
