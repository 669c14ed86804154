import { dateTimeFormat, isIsoDate, resolveLocale } from "@movekit/core";

/**
 * "15 January 2025" / "15 de enero de 2025" for an ISO date ("2025-01-15"), or another style below. Formatted in
 * UTC, so a calendar date never shifts a day with the reader's time zone. Unparseable input is shown as written.
 */
export function formatDate(isoDate: string, locale: string, style: keyof typeof DATE_FORMATS = "long"): string {
  return formatIsoDate(isoDate, locale, DATE_FORMATS[style]);
}

/**
 * `formatDate(isoDate, locale)` (long) with the options given instead of a style name: for a component that shows
 * only long dates, so it does not carry the other styles.
 */
export function formatIsoDate(
  isoDate: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = LONG_DATE,
): string {
  // A date-only ISO string parses as midnight UTC, the day the UTC formatters show.
  return isIsoDate(isoDate) ? dateTimeFormat(resolveLocale(locale), options).format(Date.parse(isoDate)) : isoDate;
}

/** "5–11 January 2026" for two ISO dates, with the same spaces everywhere; unparseable input as written. */
export function formatDateRange(startDate: string, endDate: string, locale: string): string {
  if (!isIsoDate(startDate) || !isIsoDate(endDate)) return `${startDate} – ${endDate}`;
  return sameSpaces(dateFormat(locale, "range").formatRange(Date.parse(startDate), Date.parse(endDate)));
}

/** "15 January 2025" */
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: "long", timeZone: "UTC" };

const DATE_FORMATS = {
  long: LONG_DATE,
  /** "Wed 15 Jan" */
  day: { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" },
  /** "Wed" */
  weekday: { weekday: "short", timeZone: "UTC" },
  /**
   * For ranges: "5–11 January 2026". The same options as `long`, so one formatter serves both (Chromium's
   * formatRange gives the same text either way in en-GB, en-US and es; each new formatter costs ms on a fresh page).
   */
  range: { dateStyle: "long", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A shared UTC date formatter for a locale (resolved to a supported one) and one of the styles above. */
export function dateFormat(locale: string, style: keyof typeof DATE_FORMATS): Intl.DateTimeFormat {
  return dateTimeFormat(resolveLocale(locale), DATE_FORMATS[style]);
}

/**
 * The same text whichever ICU formatted it: ICU versions disagree on the spaces in some patterns (Node 20's ICU 78
 * puts thin spaces around a date range's dash, Chromium plain ones), and server-rendered text that differs from the
 * browser's breaks hydration. Thin and narrow no-break spaces become plain spaces.
 */
export function sameSpaces(text: string): string {
  // String patterns, not a regular expression: this runs for every date range, and a fresh page would otherwise
  // compile a pattern first.
  return text.replaceAll("\u2009", " ").replaceAll("\u202f", " ");
}
