// Rules that must hold for every input: fast-check draws readings, rules and warning signs.
import { exercises, programmes } from "@movekit/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PainRule } from "../model/pain-rule-schema";
import { PAIN_ACTIONS, type PainAction, RED_FLAG_URGENCIES } from "../model/vocabulary";
import { type CheckIn, evaluateCheckIn, type TickedWarningSign } from "./evaluate-check-in";
import { actionForUrgency, actionRank } from "./safety-scale";

const text = (en: string) => ({ "en-GB": en });

/** Any rule the schema accepts in shape: bands that tile 0–10 with any actions, any checks and limits. */
const ruleArb: fc.Arbitrary<PainRule> = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 4 }),
    actions: fc.array(fc.constantFrom(...PAIN_ACTIONS), { minLength: 5, maxLength: 5 }),
    measures: fc.constantFrom<Array<"during" | "after">>(["during", "after"], ["during"], ["after"]),
    maxNextMorning: fc.integer({ min: 0, max: 10 }),
    usualLevel: fc.boolean(),
    settle: fc.constantFrom<PainAction>("modify", "stop-today", "stop-and-contact"),
    trend: fc.constantFrom<PainAction>("modify", "stop-today", "stop-and-contact"),
  })
  .map(({ cuts, actions, measures, maxNextMorning, usualLevel, settle, trend }) => {
    const starts = [0, ...[...cuts].sort((a, b) => a - b)];
    const bands = starts.map((min, i) => ({
      id: `band-${i}`,
      min,
      max: (starts[i + 1] ?? 11) - 1,
      action: actions[i] as PainAction,
      label: text(`band ${i}`),
      message: text(`band ${i} message`),
    }));
    return {
      id: "generated",
      name: text("Generated rule"),
      scale: { min: 0, max: 10 },
      measures,
      bands,
      settleWithin24h: { maxNextMorning, usualLevel, action: settle as "modify", message: text("not settled") },
      weekOnWeekTrend: { action: trend as "modify", message: text("worse") },
      source: { citation: "generated" },
    } satisfies PainRule;
  });

const shippedRules = programmes.map((p) => p.painRule);
const anyRule = fc.oneof(fc.constantFrom(...shippedRules), ruleArb);

const shippedSigns: TickedWarningSign[] = [
  ...new Map(
    [...programmes.flatMap((p) => p.redFlags), ...exercises.flatMap((e) => e.redFlags)].map((f) => [f.id, f]),
  ).values(),
];
const signArb: fc.Arbitrary<TickedWarningSign> = fc.oneof(
  fc.constantFrom(...shippedSigns),
  fc.record({ id: fc.string(), urgency: fc.oneof(fc.constantFrom(...RED_FLAG_URGENCIES), fc.string()) }),
);

/** A 0–10 reading: usually valid (whole or fractional), sometimes missing or garbage. */
const validScore = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true }));
const readingArb = fc.oneof(
  { weight: 6, arbitrary: validScore },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.anything() },
);
const trendArb = fc.oneof(fc.constantFrom("better", "same", "worse", undefined), fc.anything());
const checkInArb: fc.Arbitrary<CheckIn> = fc.record({
  readings: fc.record({ during: readingArb, after: readingArb, nextMorning: readingArb, trend: trendArb }),
  baseline: fc.oneof(fc.constant(undefined), validScore, fc.anything()),
  warningSigns: fc.array(signArb, { maxLength: 3 }),
});

const rank = (checkIn: CheckIn, rule: PainRule) => actionRank(evaluateCheckIn(checkIn, rule).action);

describe("the safety verdict, for every rule and every check-in", () => {
  it("has rules and warning signs from the shipped content to draw from", () => {
    expect(shippedRules.length).toBeGreaterThan(0);
    expect(shippedSigns.length).toBeGreaterThan(3);
  });

  it("never throws, and always gives an action on the scale with its reasons strictest first", () => {
    fc.assert(
      fc.property(anyRule, fc.anything(), (rule, junk) => {
        const verdict = evaluateCheckIn(junk as CheckIn, rule);
        const ranks = verdict.reasons.map((r) => actionRank(r.action));
        expect(ranks[0]).toBe(actionRank(verdict.action));
        expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      }),
    );
    fc.assert(fc.property(anyRule, checkInArb, (rule, checkIn) => void evaluateCheckIn(checkIn, rule)));
  });

  it("never gives continue or modify when any warning sign is ticked, nor less than each sign's tier", () => {
    fc.assert(
      fc.property(anyRule, checkInArb, fc.array(signArb, { minLength: 1, maxLength: 3 }), (rule, checkIn, signs) => {
        const verdict = evaluateCheckIn({ ...checkIn, warningSigns: signs }, rule);
        expect(actionRank(verdict.action)).toBeGreaterThanOrEqual(actionRank("stop-today"));
        for (const sign of signs) {
          expect(actionRank(verdict.action)).toBeGreaterThanOrEqual(actionRank(actionForUrgency(sign.urgency)));
        }
        expect(verdict.stops).toBe(true);
      }),
    );
  });

  it("never gives a milder action for a higher reading", () => {
    const name = fc.constantFrom("during", "after", "nextMorning" as const);
    fc.assert(
      fc.property(anyRule, checkInArb, name, validScore, validScore, (rule, checkIn, which, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const at = (value: number) => ({ ...checkIn, readings: { ...checkIn.readings, [which]: value } });
        expect(rank(at(high), rule)).toBeGreaterThanOrEqual(rank(at(low), rule));
      }),
    );
  });

  it("never gives a milder action for a worse week than for a better one", () => {
    fc.assert(
      fc.property(anyRule, checkInArb, (rule, checkIn) => {
        const trend = (value: string) => ({ ...checkIn, readings: { ...checkIn.readings, trend: value } });
        expect(rank(trend("worse"), rule)).toBeGreaterThanOrEqual(rank(trend("same"), rule));
        expect(rank(trend("same"), rule)).toBe(rank(trend("better"), rule));
      }),
    );
  });

  it("never gives a milder action for an unanswered (or unreadable) band reading than for any answer to it", () => {
    fc.assert(
      fc.property(anyRule, checkInArb, validScore, fc.anything(), (rule, checkIn, answer, junk) => {
        for (const which of rule.measures) {
          const withValue = (value: unknown) => ({ ...checkIn, readings: { ...checkIn.readings, [which]: value } });
          const answered = rank(withValue(answer), rule);
          expect(rank(withValue(undefined), rule)).toBeGreaterThanOrEqual(answered);
          const unreadable = typeof junk === "number" && junk >= 0 && junk <= 10 ? Number.NaN : junk;
          if (unreadable !== undefined && unreadable !== null) {
            expect(rank(withValue(unreadable), rule)).toBeGreaterThanOrEqual(answered);
          }
        }
      }),
    );
  });

  it("never lets a recorded baseline make a rule without a usual level milder", () => {
    fc.assert(
      fc.property(anyRule, checkInArb, validScore, (rule, checkIn, baseline) => {
        const fixed = { ...rule, settleWithin24h: { ...rule.settleWithin24h, usualLevel: false } };
        expect(rank({ ...checkIn, baseline }, fixed)).toBe(rank({ ...checkIn, baseline: undefined }, fixed));
      }),
    );
  });
});
