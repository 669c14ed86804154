import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { es } from "../locales/es";
import { checkDosage } from "../model/exercise-checks";
import { describeDosage } from "./describe-dosage";
import { type Dosage, DosageSchema } from "./dosage-schema";
import { estimateSessionSeconds } from "./estimate-session";

/** The walk/run intervals of the return-to-run programme's first week. */
const walkRun: Dosage = {
  intervals: { work: { activity: "run", seconds: 60 }, recovery: { activity: "walk", seconds: 60 }, rounds: 10 },
  intensity: { painCeiling: 2 },
};

describe("interval dosage wording", () => {
  it.each([
    [
      "en-GB",
      "1 minute running, then 1 minute walking, 10 times, keep pain at 2 out of 10 or lower",
      "10 × 1 min run / 1 min walk",
    ],
    [
      "en-US",
      "1 minute running, then 1 minute walking, 10 times, keep pain at 2 out of 10 or lower",
      "10 × 1 min run / 1 min walk",
    ],
    [
      "es",
      "1 minuto corriendo y luego 1 minuto caminando, 10 veces, mantén el dolor en 2 sobre 10 o menos",
      "10 × 1 min correr / 1 min caminar",
    ],
  ] as const)("%s says what to do in each part and how many times", (locale, text, compact) => {
    const d = describeDosage(walkRun, { locale, messages: es });
    expect(d.text).toBe(text);
    expect(d.compact).toBe(compact);
  });

  it.each([
    ["en-GB", "90 seconds jogging, then 2 minutes walking, once"],
    ["en-US", "90 seconds jogging, then 2 minutes walking, once"],
    ["es", "90 segundos trotando y luego 2 minutos caminando, una vez"],
  ] as const)("%s uses the singular for one round and seconds for part-minutes", (locale, text) => {
    const d = describeDosage(
      {
        intervals: { work: { activity: "jog", seconds: 90 }, recovery: { activity: "walk", seconds: 120 }, rounds: 1 },
      },
      { locale, messages: es },
    );
    expect(d.text).toBe(text);
  });

  it("times a session of intervals as rounds × (work + recovery)", () => {
    expect(estimateSessionSeconds(walkRun)).toBe(1200);
  });
});

describe("interval dosage validation", () => {
  it("rejects an interval shorter than 5 seconds and zero rounds", () => {
    const bad = {
      intervals: { work: { activity: "run", seconds: 2 }, recovery: { activity: "walk", seconds: 60 }, rounds: 0 },
    };
    const result = v.safeParse(DosageSchema, bad);
    expect(result.success).toBe(false);
    expect(result.issues?.map((i) => v.getDotPath(i))).toEqual(["intervals.work.seconds", "intervals.rounds"]);
  });

  it("rejects an activity the wording does not know", () => {
    const bad = {
      intervals: { work: { activity: "sprint", seconds: 20 }, recovery: { activity: "walk", seconds: 60 }, rounds: 3 },
    };
    expect(v.safeParse(DosageSchema, bad).success).toBe(false);
  });

  it("counts intervals as an amount and flags them beside another amount, sets or a hold", () => {
    const report = { errors: [], warnings: [] } as Parameters<typeof checkDosage>[2];
    checkDosage(walkRun, ["d"], report);
    expect(report.errors).toEqual([]);
    checkDosage({ ...walkRun, durationSeconds: 600, sets: 2 }, ["d"], report);
    expect(report.errors.map((e) => e.code)).toEqual(["conflicting-dosage", "conflicting-dosage"]);
  });
});
