import type { LocalizedText } from "../model/localized-text";
import type { PainBand, PainRule } from "../model/pain-rule-schema";
import { PAIN_ACTIONS, type PainAction } from "../model/vocabulary";

/** Pain readings on the rule's 0–10 scale. Leave out what was not asked. */
export interface PainReadings {
  /** Highest pain during the activity. */
  during?: number;
  /** Pain just after the activity. */
  after?: number;
  /** Pain (or stiffness) the next morning. */
  nextMorning?: number;
  /** Pain and stiffness compared with the same time last week. */
  trend?: "better" | "same" | "worse";
}

export interface PainReason {
  /** Which part of the rule gave this action. */
  check: "band" | "settle-within-24h" | "week-on-week-trend";
  action: PainAction;
  message: LocalizedText;
}

export interface PainEvaluation {
  /** The band the highest measured reading falls in. */
  band: PainBand;
  /** The reading used to pick the band (rounded up to a whole number). */
  score: number;
  /** The strictest action of the band and any failed check. */
  action: PainAction;
  /** What to do, from the part of the rule that set the action. */
  message: LocalizedText;
  /** Every part of the rule that applied, strictest first: show them all so the patient knows why. */
  reasons: PainReason[];
  /** False when next-morning pain was above the rule's limit; undefined when not asked. */
  settled: boolean | undefined;
}

const severity = (action: PainAction) => PAIN_ACTIONS.indexOf(action);

function checkReading(name: string, value: number | undefined, rule: PainRule): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < rule.scale.min || value > rule.scale.max) {
    throw new RangeError(`${name} pain must be a number from ${rule.scale.min} to ${rule.scale.max}; got ${value}.`);
  }
  // Between two whole numbers, take the higher: the safer side.
  return Math.ceil(value);
}

/**
 * Applies a clinic's pain-monitoring rule (thresholds are data, see PainRuleSchema) to one check-in.
 * The band comes from the highest of the readings the rule measures (during and after by default); a
 * next-morning reading above `settleWithin24h.maxNextMorning` and a worsening week-on-week trend can each make
 * the action stricter, never milder. It advises; it never changes a programme by itself. With a rule that allows
 * "back to your usual level", `options.baseline` is the patient's usual next-morning pain. It throws on readings
 * off the scale; components use `evaluateCheckIn`, which never throws and also weighs ticked warning signs.
 */
export function evaluatePain(
  readings: PainReadings,
  rule: PainRule,
  options: { baseline?: number } = {},
): PainEvaluation {
  const measured = rule.measures
    .map((name) => checkReading(name, readings[name], rule))
    .filter((v): v is number => v !== undefined);
  const nextMorning = checkReading("nextMorning", readings.nextMorning, rule);
  if (measured.length === 0 && nextMorning === undefined) {
    throw new TypeError(`evaluatePain needs at least one reading (${rule.measures.join(" or ")}, or nextMorning).`);
  }
  // With only a morning reading, the morning pain picks the band.
  const score = measured.length > 0 ? Math.max(...measured) : (nextMorning as number);
  const band = rule.bands.find((b) => score >= b.min && score <= b.max);
  if (!band)
    throw new RangeError(`The rule "${rule.id}" has no band for a score of ${score}. Validate it with parseProgramme.`);

  const reasons: PainReason[] = [{ check: "band", action: band.action, message: band.message }];
  const baseline = rule.settleWithin24h.usualLevel ? checkReading("baseline", options.baseline, rule) : undefined;
  const limit = Math.max(
    rule.settleWithin24h.maxNextMorning,
    baseline === undefined ? 0 : Math.floor(options.baseline ?? 0),
  );
  const settled = nextMorning === undefined ? undefined : nextMorning <= limit;
  if (settled === false) {
    reasons.push({
      check: "settle-within-24h",
      action: rule.settleWithin24h.action,
      message: rule.settleWithin24h.message,
    });
  }
  if (readings.trend === "worse") {
    reasons.push({
      check: "week-on-week-trend",
      action: rule.weekOnWeekTrend.action,
      message: rule.weekOnWeekTrend.message,
    });
  }
  // Stable sort keeps the band first among equals, so its message leads when nothing is stricter.
  reasons.sort((a, b) => severity(b.action) - severity(a.action));
  const lead = reasons[0] as PainReason;
  return { band, score, action: lead.action, message: lead.message, reasons, settled };
}
