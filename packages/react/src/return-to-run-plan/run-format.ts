import { type Locale, resolveLocale, type Weekday } from "@movekit/core";

const unit = (locale: Locale, value: number, name: "minute" | "second") =>
  new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short", maximumFractionDigits: 1 }).format(
    value,
  );

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
  return new Intl.NumberFormat(resolveLocale(locale), {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  }).format(rise);
}

const WEEKDAY_INDEX: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** The weekday's full name in the locale ("Wednesday", "miércoles"). 2024-01-01 was a Monday. */
export function weekdayName(day: Weekday, locale: Locale | string): string {
  return new Intl.DateTimeFormat(resolveLocale(locale), { weekday: "long", timeZone: "UTC" }).format(
    Date.UTC(2024, 0, WEEKDAY_INDEX[day]),
  );
}

/** "10%", "29%": a size of change, without a sign. */
export function formatPercent(fraction: number, locale: Locale | string): string {
  return new Intl.NumberFormat(resolveLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}
