import { beforeAll, describe, expect, it } from "vitest";
import type { SessionLog } from "../session/session-log";
import { compileFhirSchema, FHIR_COMPILE_CEILING_MS, fhirSchemaErrors } from "./fhir-schema.fixture";
import type { Observation } from "./fhir-types";
import { PAIN_SEVERITY_LOINC, painCheckToObservations, sessionLogToObservations } from "./observations";

beforeAll(compileFhirSchema, FHIR_COMPILE_CEILING_MS);

const AT = "2026-03-02T09:15:00Z";
const when = (o: Observation) => o.component?.[0]?.valueCodeableConcept?.coding?.[0]?.code;

const endedLog: SessionLog = {
  exercises: [
    {
      exerciseId: "glute-bridge",
      status: "done",
      sets: [{ set: 1, side: "both", reps: 10, holds: 0, seconds: 40, completed: true }],
    },
    { exerciseId: "clamshell", status: "skipped", skipReason: "pain", painScore: 6, sets: [] },
    { exerciseId: "side-plank", status: "skipped", skipReason: "pain", painScore: 8, sets: [] },
  ],
  painDuring: 4,
  completed: false,
  activeSeconds: 612.4,
  ended: { reason: "pain", action: "stop-and-contact", exerciseId: "side-plank", painScore: 8 },
};

describe("painCheckToObservations", () => {
  it("gives one LOINC 72514-3 survey Observation per reading, with when it was and the advice given", () => {
    const observations = painCheckToObservations(
      { recordedAt: AT, readings: { during: 3, after: 5, nextMorning: 2 }, action: "modify" },
      { subject: { reference: "Patient/1" } },
    );
    expect(observations.map(when)).toEqual(["during", "after", "nextMorning"]);
    for (const o of observations) {
      expect(fhirSchemaErrors(o)).toEqual([]);
      expect(o.code.coding?.[0]).toMatchObject({ system: "http://loinc.org", code: PAIN_SEVERITY_LOINC });
      expect(o.category?.[0]?.coding?.[0]?.code).toBe("survey");
      expect(o.effectiveDateTime).toBe(AT);
      expect(o.component?.[1]?.valueCodeableConcept?.text).toBe("Reduce");
    }
    expect(observations.map((o) => o.valueInteger)).toEqual([3, 5, 2]);
  });

  it("rounds a score between two whole numbers up, and keeps an impossible one as 'error' rather than dropping it", () => {
    const [half, broken] = painCheckToObservations({ recordedAt: AT, readings: { during: 6.5, after: 14 } });
    expect(half?.valueInteger).toBe(7);
    expect(broken?.valueInteger).toBeUndefined();
    expect(broken?.dataAbsentReason?.coding?.[0]?.code).toBe("error");
    if (broken) expect(fhirSchemaErrors(broken)).toEqual([]);
  });

  it("words the timing and advice in Spanish when asked", () => {
    const [o] = painCheckToObservations(
      { recordedAt: AT, readings: { nextMorning: 4 }, action: "stop-today" },
      { locale: "es" },
    );
    expect(o?.component?.[0]?.valueCodeableConcept?.text).toBe("Dolor a la mañana siguiente");
    expect(o?.component?.[1]?.valueCodeableConcept?.text).toBe("Para por hoy");
  });
});

describe("sessionLogToObservations", () => {
  it("reports the session (activity) with time, completion, counts and the early end, then each pain score once", () => {
    const [session, ...pain] = sessionLogToObservations(endedLog, AT);
    expect(session?.category?.[0]?.coding?.[0]?.code).toBe("activity");
    expect(session?.valueQuantity).toMatchObject({ value: 612, code: "s" });
    const parts = Object.fromEntries(
      (session?.component ?? []).map((c) => [
        c.code.coding?.[0]?.code,
        c.valueBoolean ?? c.valueInteger ?? c.valueCodeableConcept?.coding?.[0]?.code,
      ]),
    );
    expect(parts).toEqual({
      completed: false,
      "exercises-done": 1,
      "exercises-skipped": 2,
      "ended-for-pain": true,
      "safety-action": "stop-and-contact",
    });
    // painDuring, the clamshell skipped for pain, and the score that ended the session (not twice).
    expect(pain.map((o) => o.valueInteger)).toEqual([4, 6, 8]);
    for (const o of [session, ...pain]) if (o) expect(fhirSchemaErrors(o)).toEqual([]);
  });

  it("a completed session with no pain asked gives just the session", () => {
    const log: SessionLog = { exercises: [], completed: true, activeSeconds: 30 };
    expect(sessionLogToObservations(log, AT)).toHaveLength(1);
  });
});
