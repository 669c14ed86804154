// Which lines a short safety summary shows, strictest first: one rule for every view that summarises an
// exercise's safety in a line or two (a card, a list row), so none can leave out a tier another shows.
import type { SafetySummary, SafetySummaryTier } from "./exercise-safety";

export interface SafetySummaryLine {
  /** The tier this line speaks for. */
  severity: SafetySummaryTier;
  /** How many contraindications or cautions the line counts; absent for "missing" and "none". */
  count?: number;
}

/**
 * The lines of a short safety summary: absolute contraindications on their own line first, then "safety
 * information missing" when it is, then the other cautions; "no known cautions" only when the tier is `none`.
 * Never empty: every summary has a tier, and the tier always has a line.
 */
export function safetySummaryLines(summary: SafetySummary): SafetySummaryLine[] {
  const lines: SafetySummaryLine[] = [];
  if (summary.absolute > 0) lines.push({ severity: "absolute", count: summary.absolute });
  if (summary.tier === "missing") lines.push({ severity: "missing" });
  if (summary.cautions > 0) lines.push({ severity: "caution", count: summary.cautions });
  if (summary.tier === "none") lines.push({ severity: "none" });
  return lines;
}
