// Without valibot: the schedule and the safety guard read dates without bundling the schema library.
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  // Date.UTC rolls a day that does not exist over (2025-02-30 becomes 2 March): only a real date reads back as
  // written. Years before 100 never do (Date.UTC reads them as 19xx), as before.
  return new Date(Date.UTC(y, m - 1, d)).toISOString().startsWith(value);
}
