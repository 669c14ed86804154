import { eccentricLegLowering, gluteBridge } from "@movekit/content";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type Dosage, DosageSchema } from "./dosage-schema";
import { AMOUNT_FIELDS, amountKind, mergeDosage, resolveItemDosage } from "./merge-dosage";

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const part = fc.record({
  activity: fc.constantFrom("run", "jog", "walk", "cycle", "swim", "rest" as const),
  seconds: fc.integer({ min: 5, max: 600 }),
});

/** Any dose the schema accepts, including partial ones with explicit `undefined`s (as a spread might leave). */
const dosage: fc.Arbitrary<Dosage> = fc.record(
  {
    sets: maybe(fc.integer({ min: 1, max: 20 })),
    reps: maybe(fc.integer({ min: 1, max: 200 })),
    perSide: maybe(fc.boolean()),
    holdSeconds: maybe(fc.integer({ min: 1, max: 3600 })),
    durationSeconds: maybe(fc.integer({ min: 1, max: 3600 })),
    distance: maybe(
      fc.record({ value: fc.integer({ min: 0, max: 1000 }), unit: fc.constantFrom("m", "km", "mi" as const) }),
    ),
    intervals: maybe(fc.record({ work: part, recovery: part, rounds: fc.integer({ min: 1, max: 100 }) })),
    tempo: maybe(
      fc.record({ lower: maybe(fc.integer({ min: 0, max: 10 })), lift: maybe(fc.integer({ min: 0, max: 10 })) }),
    ),
    restBetweenSetsSeconds: maybe(fc.integer({ min: 0, max: 3600 })),
    restBetweenSidesSeconds: maybe(fc.integer({ min: 0, max: 3600 })),
    intensity: maybe(
      fc.record({
        painCeiling: maybe(fc.integer({ min: 0, max: 10 })),
        rpeCeiling: maybe(fc.integer({ min: 1, max: 10 })),
      }),
    ),
    frequency: maybe(
      fc.record({
        timesPerDay: maybe(fc.integer({ min: 1, max: 10 })),
        daysPerWeek: maybe(fc.integer({ min: 1, max: 7 })),
      }),
    ),
    weeks: maybe(fc.integer({ min: 1, max: 104 })),
  },
  { requiredKeys: [] },
);

const amountChanges = (base: Dosage, over: Dosage) =>
  amountKind(over) !== undefined && amountKind(over) !== amountKind(base);

describe("mergeDosage", () => {
  it("keeps the pain ceiling, rests and tempo when an override changes only sets and reps", () => {
    // A real library dose (reps with tempo, rest, pain ceiling and days), so the case follows the content.
    const base = eccentricLegLowering.defaultDosage;
    expect(base).toMatchObject({ reps: expect.any(Number), tempo: {}, restBetweenSetsSeconds: expect.any(Number) });
    expect(base.intensity?.painCeiling).toBeDefined();
    expect(mergeDosage(base, { sets: 3, reps: 10, frequency: { daysPerWeek: 2 } })).toEqual({
      ...base,
      sets: 3,
      reps: 10,
      frequency: { daysPerWeek: 2 },
    });
  });

  it("merges intensity field by field: an effort ceiling added by a phase keeps the default pain ceiling", () => {
    const merged = mergeDosage(
      { durationSeconds: 600, intensity: { painCeiling: 2 } },
      { intensity: { rpeCeiling: 5 } },
    );
    expect(merged.intensity).toEqual({ painCeiling: 2, rpeCeiling: 5 });
  });

  it("lets a hold replace reps (and their tempo) so the dose says one thing about how much to do", () => {
    // Glute bridge gives reps with a short hold and a tempo: a phase that asks for a long hold replaces all three.
    const base = gluteBridge.defaultDosage;
    expect(base).toMatchObject({ reps: expect.any(Number), holdSeconds: expect.any(Number), tempo: {} });
    const { reps: _reps, holdSeconds: _hold, tempo: _tempo, ...kept } = base;
    expect(mergeDosage(base, { sets: 3, holdSeconds: 20 })).toEqual({ ...kept, sets: 3, holdSeconds: 20 });
  });

  it("uses the override's way of giving days: named days replace a count and the reverse", () => {
    expect(mergeDosage({ reps: 5, frequency: { days: ["mon"] } }, { frequency: { daysPerWeek: 2 } }).frequency).toEqual(
      { daysPerWeek: 2 },
    );
    expect(mergeDosage({ reps: 5, frequency: { daysPerWeek: 2 } }, { frequency: { days: ["tue"] } }).frequency).toEqual(
      {
        days: ["tue"],
      },
    );
  });

  it("resolves a programme item over its exercise, and falls back to the item alone for an unknown exercise", () => {
    const exercise = { defaultDosage: { sets: 2, reps: 8, intensity: { painCeiling: 2 } } };
    expect(resolveItemDosage({}, exercise)).toEqual(exercise.defaultDosage);
    expect(resolveItemDosage({ dosage: { sets: 3, reps: 10 } }, exercise).intensity).toEqual({ painCeiling: 2 });
    expect(resolveItemDosage({ dosage: { reps: 4 } }, undefined)).toEqual({ reps: 4 });
  });

  it("property: every default field the override does not set survives, and every field it sets wins", () => {
    fc.assert(
      fc.property(dosage, dosage, (base, over) => {
        const merged = mergeDosage(base, over);
        const replaced = amountChanges(base, over);
        for (const [key, value] of Object.entries(base) as [keyof Dosage, unknown][]) {
          if (value === undefined) continue;
          if (replaced && ((AMOUNT_FIELDS as readonly string[]).includes(key) || key === "tempo")) continue;
          if (key === "intensity" || key === "tempo" || key === "frequency") {
            for (const [inner, innerValue] of Object.entries(value as object)) {
              if (innerValue === undefined) continue;
              const overridden = (over[key] as Record<string, unknown> | undefined)?.[inner];
              // days and daysPerWeek are one field for this purpose (see mergeFrequency).
              const sibling = inner === "daysPerWeek" ? "days" : inner === "days" ? "daysPerWeek" : undefined;
              const overriddenSibling = sibling && (over.frequency as Record<string, unknown> | undefined)?.[sibling];
              if (overridden === undefined && overriddenSibling === undefined) {
                expect((merged[key] as Record<string, unknown>)[inner]).toEqual(innerValue);
              }
            }
          } else if (over[key] === undefined) {
            expect(merged[key]).toEqual(value);
          }
        }
        for (const [key, value] of Object.entries(over) as [keyof Dosage, unknown][]) {
          if (value === undefined) continue;
          if (typeof value === "object" && !Array.isArray(value) && key !== "distance" && key !== "intervals")
            expect(merged[key]).toMatchObject(
              Object.fromEntries(Object.entries(value as object).filter(([, x]) => x !== undefined)),
            );
          else expect(merged[key]).toEqual(value);
        }
      }),
    );
  });

  it("property: a pain ceiling or rest in the default is never lost unless the override gives its own", () => {
    fc.assert(
      fc.property(dosage, dosage, (base, over) => {
        const merged = mergeDosage(base, over);
        expect(merged.intensity?.painCeiling).toBe(over.intensity?.painCeiling ?? base.intensity?.painCeiling);
        expect(merged.restBetweenSetsSeconds).toBe(over.restBetweenSetsSeconds ?? base.restBetweenSetsSeconds);
        expect(merged.restBetweenSidesSeconds).toBe(over.restBetweenSidesSeconds ?? base.restBetweenSidesSeconds);
      }),
    );
  });

  it("property: merging two doses that each give one kind of amount gives a dose with one kind of amount", () => {
    const oneAmount = dosage.filter(
      (d) => AMOUNT_FIELDS.filter((k) => d[k] !== undefined && k !== "holdSeconds").length <= 1,
    );
    fc.assert(
      fc.property(oneAmount, oneAmount, (base, over) => {
        const merged = mergeDosage(base, over);
        const kinds = (["reps", "durationSeconds", "distance", "intervals"] as const).filter(
          (k) => merged[k] !== undefined,
        );
        expect(kinds.length).toBeLessThanOrEqual(1);
        expect(v.safeParse(DosageSchema, JSON.parse(JSON.stringify(merged))).success).toBe(true);
      }),
    );
  });
});
