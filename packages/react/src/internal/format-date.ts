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
