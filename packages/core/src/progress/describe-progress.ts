import type { Translator } from "../i18n/translate";
import type { ProgressSummary } from "./progress-types";

/**
 * The progress in one or two sentences a patient can read: "3 of 4 sessions done this week; pain settling."
 * Callers register `progressMessages` with the translator's catalogue.
 */
export function describeProgress(summary: ProgressSummary, t: Translator): string {
  const pain = t(`progress.pain.${summary.painDirection}`);
  const week = summary.weeks.find((w) => w.week === summary.currentWeek);
  const adherence = week
    ? t("progress.thisWeek", { done: week.done, count: week.planned })
    : t("progress.soFar", { done: summary.done, count: summary.plannedSoFar || summary.planned });
  const sentences = [`${adherence}; ${pain}.`];
  if (summary.warningSignWeeks.length > 0)
    sentences.push(t("progress.warningWeeks", { count: summary.warningSignWeeks.length }));
  if (summary.stepBackWeeks.length > 0)
    sentences.push(t("progress.stepBackWeeks", { count: summary.stepBackWeeks.length }));
  return sentences.join(" ");
}
