import type { Weekday } from "../dosage/dosage-schema";

// Constructing an Intl object loads locale data and costs far more than using one, and a programme or library view
// formats thousands of values: every formatter in the kit comes from here, one per kind, locale and options.
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  // No options stringify as "undefined", which no options object does.
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached("number", locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached("date", locale, options, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached("list", locale, options, () => new Intl.ListFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached("plural", locale, options, () => new Intl.PluralRules(locale, options));

export const collator = (locale: string, options?: Intl.CollatorOptions): Intl.Collator =>
  cached("collator", locale, options, () => new Intl.Collator(locale, options));

// 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names.
const WEEKDAY_INDEX: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** The weekday's full name in the locale ("Wednesday", "miércoles"). */
export function weekdayName(day: Weekday, locale: string): string {
  return dateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2024, 0, WEEKDAY_INDEX[day]));
}
