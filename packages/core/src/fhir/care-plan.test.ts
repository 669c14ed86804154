import { exercises, programmes } from "@movekit/content";
import { exerciseFixture, libraryFixture, programmeFixture } from "@movekit/fixtures/exercise-inputs";
import { FUZZ_SEED } from "@movekit/fixtures/fuzz-arbitraries";
import { validLibrary } from "@movekit/fixtures/programme-arbitrary";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseLibrary } from "../model/parse";
import type { Library } from "../model/types";
import { programmeToCarePlan } from "./care-plan";
import { carePlanParts, carePlanToProgramme } from "./care-plan-import";
import { compileFhirSchema, FHIR_COMPILE_CEILING_MS, fhirSchemaErrors } from "./fhir-schema.fixture";

const shipped = programmes[0];
if (!shipped) throw new Error("the content package ships a programme");

function fixtureLibrary(overrides: Parameters<typeof libraryFixture>[0] = {}): Library {
  const parsed = parseLibrary(libraryFixture(overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

beforeAll(compileFhirSchema, FHIR_COMPILE_CEILING_MS);

describe("programmeToCarePlan", () => {
  it("exports the shipped programme as a CarePlan the official FHIR R4 schema accepts", () => {
    const plan = programmeToCarePlan(shipped, exercises, {
      startDate: "2026-03-02",
      subject: { reference: "Patient/1" },
    });
    expect(fhirSchemaErrors(plan)).toEqual([]);
    for (const goal of plan.contained ?? []) expect(fhirSchemaErrors(goal)).toEqual([]);
    expect(plan).toMatchObject({ resourceType: "CarePlan", intent: "plan", subject: { reference: "Patient/1" } });
    expect(plan.period?.start).toBe("2026-03-02");
    const count = shipped.phases.reduce((n, phase) => n + phase.contents.length, 0);
    expect(plan.activity).toHaveLength(count);
  });

  it("the schema check can fail: it rejects an unknown field, a wrong type and a missing subject", () => {
    const plan = programmeToCarePlan(shipped, exercises);
    expect(fhirSchemaErrors({ ...plan, colour: "red" } as never)).toContain(" must NOT have additional properties");
    expect(fhirSchemaErrors({ ...plan, title: 42 } as never)).not.toEqual([]);
    const { subject: _subject, ...withoutSubject } = plan;
    expect(fhirSchemaErrors(withoutSubject as never)).toContain(" must have required property 'subject'");
  });

  it("gives each activity the exercise, the dose in words and the cues, and a schedule", () => {
    const library = fixtureLibrary();
    const programme = library.programmes[0];
    if (!programme) throw new Error("fixture");
    const plan = programmeToCarePlan(programme, library.exercises, { startDate: "2026-03-02" });
    const build = plan.activity?.[1]?.detail;
    expect(build?.kind).toBe("ServiceRequest");
    expect(build?.code.coding?.[0]?.code).toBe("test-bridge");
    expect(build?.description?.split("\n")[0]).toMatch(/^3 sets of 12 repetitions/);
    expect(build?.scheduledTiming?.repeat).toMatchObject({
      frequency: 3,
      period: 1,
      periodUnit: "wk",
      boundsPeriod: { start: "2026-03-09", end: "2026-03-22" },
    });
    expect(build?.quantity).toMatchObject({ value: 12, code: "{repetitions}" });
  });

  it("maps dosage frequency to FHIR timing: weekdays and times a day", () => {
    const exercise = exerciseFixture({
      defaultDosage: { reps: 10, frequency: { timesPerDay: 2, days: ["mon", "thu"] } },
    });
    const library = fixtureLibrary({ exercises: [exercise] });
    const programme = library.programmes[0];
    if (!programme) throw new Error("fixture");
    const repeat = programmeToCarePlan(programme, library.exercises).activity?.[0]?.detail.scheduledTiming?.repeat;
    expect(repeat).toMatchObject({ frequency: 2, period: 1, periodUnit: "d", dayOfWeek: ["mon", "thu"] });
    expect(repeat?.boundsDuration).toMatchObject({ value: 1, code: "wk" });
  });

  it("unreviewed content is a draft plan that says so; safety text is in notes, with the tier in words", () => {
    const library = fixtureLibrary({
      programmes: [
        programmeFixture({
          redFlags: [
            {
              id: "numb",
              urgency: "emergency",
              text: { "en-GB": "Numbness in the groin." },
              action: { "en-GB": "Call 999." },
            },
          ],
        }),
      ],
    });
    const programme = library.programmes[0];
    if (!programme) throw new Error("fixture");
    const plan = programmeToCarePlan(programme, library.exercises);
    const notes = plan.note?.map((n) => n.text) ?? [];
    expect(plan.status).toBe(programme.provenance.status === "reviewed" ? "active" : "draft");
    if (programme.provenance.status !== "reviewed") expect(notes).toContain("Not yet clinically reviewed.");
    expect(notes).toContain("Emergency: Numbness in the groin. Call 999.");
    expect(notes.some((n) => n.includes("pain 0 to"))).toBe(true);
    expect(fhirSchemaErrors(plan)).toEqual([]);
  });

  it("names an exercise missing from the catalogue instead of dropping its safety information silently", () => {
    const library = fixtureLibrary();
    const programme = library.programmes[0];
    if (!programme) throw new Error("fixture");
    const plan = programmeToCarePlan(programme, []);
    expect(plan.note?.map((n) => n.text)).toContain(
      "Exercise test-bridge is not in the exercise list given to the export, so its safety information is not included here.",
    );
    expect(plan.activity?.[0]?.detail.code.text).toBe("test-bridge");
    expect(fhirSchemaErrors(plan)).toEqual([]);
  });

  it("writes the plan in Spanish when asked, with every language kept as translations", () => {
    const plan = programmeToCarePlan(shipped, exercises, { locale: "es" });
    expect(plan.language).toBe("es");
    if (shipped.title.es) expect(plan.title).toBe(shipped.title.es);
    expect(fhirSchemaErrors(plan)).toEqual([]);
  });
});

describe("carePlanToProgramme", () => {
  it("round trip: the shipped programme exported and imported gives back every part the CarePlan carries", () => {
    for (const locale of ["en-GB", "es"] as const) {
      const result = carePlanToProgramme(programmeToCarePlan(shipped, exercises, { locale }));
      expect(result.ok ? result.value : result.errors).toEqual(carePlanParts(shipped));
    }
  });

  it("survives JSON serialisation (what a host actually sends)", () => {
    const json = JSON.stringify(programmeToCarePlan(shipped, exercises));
    const result = carePlanToProgramme(JSON.parse(json));
    expect(result.ok && result.value).toEqual(carePlanParts(shipped));
  });

  it("answers with errors, never a throw or a half-read programme, for anything else", () => {
    for (const input of [null, 42, "CarePlan", { resourceType: "Patient" }, { resourceType: "CarePlan" }]) {
      const result = carePlanToProgramme(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.path).toMatch(/^\$/);
    }
    const plan = programmeToCarePlan(shipped, exercises);
    const tampered = JSON.parse(JSON.stringify(plan));
    tampered.activity[0].detail.extension = [
      {
        url: "https://movekit.invalid/fhir/StructureDefinition/dosage",
        extension: [{ url: "sets", valueInteger: 900 }],
      },
    ];
    const result = carePlanToProgramme(tampered);
    expect(result.ok).toBe(false);
  });
});

describe("programmeToCarePlan for any valid programme (property)", () => {
  // A ceiling for a busy machine, not a timing assertion.
  it("exports a CarePlan the FHIR R4 schema accepts, which imports back to the same programme", {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(validLibrary, fc.constantFrom("en-GB", "es"), fc.boolean(), (library, locale, withStart) => {
        const programme = library.programmes[0];
        if (!programme) throw new Error("generated library has a programme");
        const plan = programmeToCarePlan(programme, library.exercises, {
          locale,
          ...(withStart ? { startDate: "2026-02-27" } : {}),
        });
        expect(fhirSchemaErrors(plan)).toEqual([]);
        const back = carePlanToProgramme(JSON.parse(JSON.stringify(plan)));
        expect(back.ok ? back.value : back.errors).toEqual(carePlanParts(programme));
      }),
      { seed: FUZZ_SEED, numRuns: 40 },
    );
  });
});
