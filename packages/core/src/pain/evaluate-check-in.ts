import type { LocalizedText } from "../model/localized-text";
import type { PainBand, PainRule } from "../model/pain-rule-schema";
import type { PainAction, RedFlagUrgency, SafetyAction } from "../model/vocabulary";
import { type PainReadingName, readScore, readTrend } from "./check-in-readings";
import { actionForUrgency, actionRank, isStopAction } from "./safety-scale";

/** A ticked warning sign: the red flag itself, or at least its id and tier. */
export interface TickedWarningSign {
  id: string;
  /** Its care-card tier. One this version does not know counts as an emergency. */
  urgency: RedFlagUrgency | (string & {});
  /** What the sign says to do, shown as the reason. */
  action?: LocalizedText;
}

/** One check-in as a component collects it. Values are checked, never trusted: see `evaluateCheckIn`. */
export interface CheckIn {
  /** 0–10 readings and the week-on-week answer. Leave out what was not answered. */
  readings?: { during?: unknown; after?: unknown; nextMorning?: unknown; trend?: unknown };
  /** The warning signs the person ticked. */
  warningSigns?: ReadonlyArray<TickedWarningSign>;
  /** The patient's usual next-morning pain (0–10), recorded by their clinician. @default 0, "no pain" */
  baseline?: unknown;
  /** Which of the rule's band readings the person was asked for. @default the rule's `measures` */
  asked?: ReadonlyArray<PainReadingName>;
}

export type VerdictCheck =
  | "warning-sign"
  | "band"
  | "settle-within-24h"
  | "week-on-week-trend"
  | "unanswered"
  | "invalid-reading"
  | "invalid-rule";

export interface VerdictReason {
  check: VerdictCheck;
  action: SafetyAction;
  /** The content's own words (the band, check or warning sign). Kit-made reasons have none: word them by `check`. */
  message?: LocalizedText;
  /** For "warning-sign": which sign, and its tier. */
  warningSign?: { id: string; urgency: string };
  /** For "unanswered" and "invalid-reading": which answer. */
  reading?: PainReadingName | "trend";
}

export interface SafetyVerdict {
  /** The one effective action: the strictest of every reason. Show this and nothing milder. */
  action: SafetyAction;
  /**
   * "empty": nothing answered or ticked yet; "incomplete": an asked band reading is unanswered or invalid (the
   * action then assumes the worst that reading could be); "complete": everything asked was answered.
   */
  status: "empty" | "incomplete" | "complete";
  /** True when the action is "stop-today" or stricter: the session ends; nothing carries on by itself. */
  stops: boolean;
  /** The band of the highest valid answered reading, if any. */
  band: PainBand | undefined;
  score: number | undefined;
  /** Every part that contributed, strictest first (warning signs before the rule among equals). */
  reasons: VerdictReason[];
  /** The content's words for the action: the first reason at the verdict's level that has its own message. */
  message: LocalizedText | undefined;
  /** False when next-morning pain was above the limit; undefined when not answered. */
  settled: boolean | undefined;
  unanswered: PainReadingName[];
  invalid: Array<PainReadingName | "trend" | "baseline">;
  /** Ids of the ticked warning signs. */
  warningSigns: string[];
}

const strictestOf = (actions: readonly PainAction[]): PainAction =>
  actions.reduce<PainAction>((a, b) => (actionRank(b) > actionRank(a) ? b : a), "continue");

function bandFor(rule: PainRule, score: number): PainBand | undefined {
  return rule.bands.find((b) => score >= b.min && score <= b.max);
}

/** The band's action, or a stricter one from a lower band: a higher score never gives milder advice. */
function bandAction(rule: PainRule, score: number): PainAction {
  return strictestOf(rule.bands.filter((b) => b.min <= score).map((b) => b.action));
}

function verdictFrom(reasons: VerdictReason[], rest: Omit<SafetyVerdict, "action" | "stops" | "message" | "reasons">) {
  // Stable sort: among equals the insertion order (signs, band, checks, missing answers) stays.
  const sorted = [...reasons].sort((a, b) => actionRank(b.action) - actionRank(a.action));
  const action = sorted[0]?.action ?? "stop-and-contact";
  const message = sorted.find((r) => r.action === action && r.message)?.message;
  return { ...rest, action, stops: isStopAction(action), message, reasons: sorted };
}

function evaluate(checkIn: CheckIn, rule: PainRule): SafetyVerdict {
  const reasons: VerdictReason[] = [];
  const signs = checkIn.warningSigns ?? [];
  for (const sign of signs) {
    reasons.push({
      check: "warning-sign",
      action: actionForUrgency(sign.urgency),
      ...(sign.action ? { message: sign.action } : {}),
      warningSign: { id: String(sign.id), urgency: String(sign.urgency) },
    });
  }

  const readings = checkIn.readings ?? {};
  const worstBand = strictestOf(rule.bands.map((b) => b.action));
  const asked = (checkIn.asked ?? rule.measures).filter((name) => rule.measures.includes(name as "during"));
  const unanswered: PainReadingName[] = [];
  const invalid: SafetyVerdict["invalid"] = [];
  const scores: number[] = [];
  for (const name of asked) {
    const state = readScore(readings[name], rule);
    if (state.kind === "valid") scores.push(state.value);
    else {
      // Not knowing a reading is never milder than any answer to it: assume the strictest band.
      (state.kind === "invalid" ? invalid : unanswered).push(name);
      reasons.push({
        check: state.kind === "invalid" ? "invalid-reading" : "unanswered",
        action: worstBand,
        reading: name,
      });
    }
  }

  const morning = readScore(readings.nextMorning, rule);
  // With no band reading asked, the morning reading picks the band.
  if (asked.length === 0 && morning.kind === "valid") scores.push(morning.value);
  const score = scores.length > 0 ? Math.max(...scores) : undefined;
  const band = score === undefined ? undefined : bandFor(rule, score);
  if (score !== undefined) {
    const action = bandAction(rule, score);
    // A band's words are only given when they say the same as its effective action.
    if (band) reasons.push({ check: "band", action, ...(action === band.action ? { message: band.message } : {}) });
    else reasons.push({ check: "invalid-rule", action: worstBand });
  }

  let settled: boolean | undefined;
  const baseline = readScore(checkIn.baseline, rule);
  if (baseline.kind === "invalid") invalid.push("baseline");
  const settle = rule.settleWithin24h;
  // A usual level only ever raises the limit to the patient's own level; a bad one is ignored (stricter).
  const usual = settle.usualLevel && baseline.kind === "valid" ? Math.floor(Number(checkIn.baseline)) : 0;
  const limit = Math.max(settle.maxNextMorning, usual);
  if (morning.kind === "valid") settled = morning.value <= limit;
  if (morning.kind === "invalid") {
    invalid.push("nextMorning");
    reasons.push({ check: "invalid-reading", action: settle.action, reading: "nextMorning" });
  }
  if (settled === false) reasons.push({ check: "settle-within-24h", action: settle.action, message: settle.message });

  const trend = readTrend(readings.trend);
  if (trend === "worse") {
    reasons.push({
      check: "week-on-week-trend",
      action: rule.weekOnWeekTrend.action,
      message: rule.weekOnWeekTrend.message,
    });
  } else if (trend === "invalid") {
    invalid.push("trend");
    reasons.push({ check: "invalid-reading", action: rule.weekOnWeekTrend.action, reading: "trend" });
  }

  const answeredAnything =
    scores.length > 0 ||
    morning.kind !== "unanswered" ||
    trend !== "unanswered" ||
    signs.length > 0 ||
    invalid.length > 0;
  const status = !answeredAnything
    ? "empty"
    : unanswered.length > 0 || invalid.some((name) => name !== "baseline")
      ? "incomplete"
      : "complete";
  return verdictFrom(reasons, {
    status,
    band,
    score,
    settled,
    unanswered,
    invalid,
    warningSigns: signs.map((s) => String(s.id)),
  });
}

/**
 * The one safety verdict for a check-in: pain readings, ticked warning signs and the clinic's pain rule give
 * one action on the ordered scale continue < modify < stop-today < stop-and-contact < urgent < emergency.
 *
 * - Each ticked warning sign makes the action at least its tier's action (see `actionForUrgency`), so a ticked
 *   sign never gives continue or modify.
 * - The band comes from the highest answered reading the rule measures; the next-morning and week-on-week
 *   checks can only make it stricter. An asked band reading that is unanswered counts as the rule's strictest
 *   band until it is answered.
 * - It never throws. Bad input is clamped to the stricter side and named: a band reading off the scale (NaN,
 *   11, text) counts as the strictest band, a bad next-morning reading fails the 24-hour check, a bad trend
 *   counts as worse, and a bad baseline is ignored. A rule that cannot be read gives "stop-and-contact".
 */
export function evaluateCheckIn(checkIn: CheckIn, rule: PainRule): SafetyVerdict {
  try {
    return evaluate(checkIn ?? {}, rule);
  } catch {
    // Only a malformed rule gets here (parseProgramme refuses those); still, say stop rather than nothing.
    const signs = Array.isArray(checkIn?.warningSigns) ? checkIn.warningSigns : [];
    const reasons: VerdictReason[] = [
      ...signs.map((s) => ({
        check: "warning-sign" as const,
        action: actionForUrgency(s?.urgency),
        warningSign: { id: String(s?.id), urgency: String(s?.urgency) },
      })),
      { check: "invalid-rule", action: "stop-and-contact" },
    ];
    return verdictFrom(reasons, {
      status: "incomplete",
      band: undefined,
      score: undefined,
      settled: undefined,
      unanswered: [],
      invalid: [],
      warningSigns: signs.map((s) => String(s?.id)),
    });
  }
}
