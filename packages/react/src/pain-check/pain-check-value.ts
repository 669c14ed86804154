import {
  type CheckIn,
  evaluateCheckIn,
  type PainReadings,
  type PainRule,
  type RedFlag,
  type SafetyAction,
  type SafetyVerdict,
} from "@movekit/core";

/** The readings a check-in can ask for. */
export type PainMeasure = "during" | "after" | "nextMorning";
export type PainTrend = NonNullable<PainReadings["trend"]>;

/** What the person answered: the value a host controls (`value`) or starts from (`defaultValue`). */
export interface PainCheckValue {
  readings: PainReadings;
  /** Ids of the red flags the person ticked. */
  redFlags: string[];
}

/** Everything the person answered, and the one safety verdict on it. */
export interface PainCheckAnswers extends PainCheckValue {
  /** The effective action (the verdict's), or undefined while nothing is answered or ticked. */
  action: SafetyAction | undefined;
  /** The safety verdict from core: readings, ticked warning signs and the rule together. */
  verdict: SafetyVerdict;
}

export const EMPTY_VALUE: PainCheckValue = { readings: {}, redFlags: [] };

/**
 * A value from the host or a store, made safe to show: not an object → nothing answered; ticked ids kept only
 * as strings. Readings are passed on as they are: the verdict checks them and names anything off the scale.
 */
export function normaliseValue(value: unknown): PainCheckValue {
  if (typeof value !== "object" || value === null) return EMPTY_VALUE;
  const { readings, redFlags } = value as Partial<PainCheckValue>;
  return {
    readings: typeof readings === "object" && readings !== null ? { ...readings } : {},
    redFlags: Array.isArray(redFlags) ? redFlags.filter((id): id is string => typeof id === "string") : [],
  };
}

/** Two values the person would see as the same (no change to report). */
export function sameValue(a: PainCheckValue, b: PainCheckValue): boolean {
  return JSON.stringify(a.readings) === JSON.stringify(b.readings) && a.redFlags.join("\n") === b.redFlags.join("\n");
}

export interface JudgeContext {
  rule: PainRule;
  flags: ReadonlyArray<RedFlag>;
  baseline: number | undefined;
  measures: ReadonlyArray<PainMeasure>;
}

/** The answers with core's one verdict on them; every callback and the saved record carry this. */
export function judge(value: PainCheckValue, { rule, flags, baseline, measures }: JudgeContext): PainCheckAnswers {
  const ticked = flags.filter((flag) => value.redFlags.includes(flag.id));
  const checkIn: CheckIn = {
    readings: value.readings as CheckIn["readings"],
    warningSigns: ticked,
    baseline,
    asked: measures.filter((m) => m !== "nextMorning"),
  };
  const verdict = evaluateCheckIn(checkIn, rule);
  return { ...value, action: verdict.status === "empty" ? undefined : verdict.action, verdict };
}

/** The store key of a check-in: the host's, else the programme's and session's. */
export function painCheckKey(recordKey?: string, programmeId?: string, sessionId?: string): string {
  return recordKey ?? `movekit:pain-check:${programmeId ?? "-"}:${sessionId ?? "-"}`;
}
