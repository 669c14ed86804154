import type { PainRule } from "../model/pain-rule-schema";

/** The readings a check-in can ask for. */
export type PainReadingName = "during" | "after" | "nextMorning";
export type PainTrendAnswer = "better" | "same" | "worse";

/** A reading as a component may pass it: anything, checked here rather than trusted. */
export type ReadingState = { kind: "unanswered" } | { kind: "invalid" } | { kind: "valid"; value: number };

const TRENDS: readonly unknown[] = ["better", "same", "worse"];

/**
 * Reads one 0–10 answer without throwing. A number between two whole numbers rounds up (the safer band);
 * null and undefined are unanswered; anything else off the scale (NaN, 11, "7", an object) is invalid.
 */
export function readScore(value: unknown, rule: PainRule): ReadingState {
  if (value === undefined || value === null) return { kind: "unanswered" };
  if (typeof value !== "number" || !Number.isFinite(value)) return { kind: "invalid" };
  const { min, max } = rule.scale ?? { min: 0, max: 10 };
  if (value < min || value > max) return { kind: "invalid" };
  return { kind: "valid", value: Math.ceil(value) };
}

/** The week-on-week answer, or "invalid" for anything but better, same or worse. */
export function readTrend(value: unknown): PainTrendAnswer | "unanswered" | "invalid" {
  if (value === undefined || value === null) return "unanswered";
  return TRENDS.includes(value) ? (value as PainTrendAnswer) : "invalid";
}
