import { resolveLocale } from "@movekit/core";

/**
 * "15 January 2025" / "15 de enero de 2025" for an ISO date ("2025-01-15"). Formatted in UTC, so a calendar
 * date never shifts a day with the reader's time zone. Unparseable input is shown as written.
 */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(resolveLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * The same text whichever ICU formatted it: ICU versions disagree on the spaces in some patterns (Node 20's ICU 78
 * puts thin spaces around a date range's dash, Chromium plain ones), and server-rendered text that differs from the
 * browser's breaks hydration. Thin and narrow no-break spaces become plain spaces.
 */
export function sameSpaces(text: string): string {
  return text.replace(/[\u2009\u202f]/g, " ");
}
