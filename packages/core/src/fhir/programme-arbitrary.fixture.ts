// Valid programmes of many shapes for property tests: phases, doses, frequencies, notes, translations and warning
// signs vary; every generated library is checked with parseLibrary, so only content the kit accepts is used.
import fc from "fast-check";
import { WEEKDAYS } from "../dosage/dosage-schema";
import { parseLibrary } from "../model/parse";
import { exerciseFixture, libraryFixture, programmeFixture } from "../model/test-fixtures";
import type { Dosage, Library } from "../model/types";

const word = fc.constantFrom("hip", "slow", "lift", "cadera", "señal", "über", "knee", "rest", "ñandú", "stop");
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `${words.join(" ")}.`);
const localized = fc.record({ "en-GB": sentence, es: fc.option(sentence, { nil: undefined }) }).map((t) => {
  const out: { "en-GB": string; es?: string } = { "en-GB": t["en-GB"] };
  if (t.es !== undefined) out.es = t.es;
  return out;
});
const id = fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,6}){0,2}$/);

const amount = fc.oneof(
  fc.record({ reps: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ holdSeconds: fc.integer({ min: 1, max: 7200 }).map((n) => n / 2) }),
  fc.record({ durationSeconds: fc.integer({ min: 1, max: 3600 }) }),
  fc.record({
    distance: fc.record({ value: fc.integer({ min: 1, max: 100 }), unit: fc.constantFrom("m", "km", "mi") }),
  }),
);
const extras = fc.record(
  {
    sets: fc.integer({ min: 1, max: 20 }),
    perSide: fc.boolean(),
    restBetweenSetsSeconds: fc.integer({ min: 0, max: 300 }),
    tempo: fc.record({ lower: fc.integer({ min: 0, max: 10 }), lift: fc.integer({ min: 0, max: 10 }) }),
    load: fc.oneof(
      fc.constant({ kind: "bodyweight" as const }),
      fc.record({ kind: fc.constant("kg" as const), value: fc.integer({ min: 0, max: 1000 }).map((n) => n / 4) }),
      fc.record({ kind: fc.constant("band" as const), resistance: fc.constantFrom("light", "medium", "heavy") }),
    ),
    intensity: fc.record({ painCeiling: fc.integer({ min: 0, max: 10 }) }),
    frequency: fc.record(
      {
        timesPerDay: fc.integer({ min: 1, max: 10 }),
        daysPerWeek: fc.integer({ min: 1, max: 7 }),
        days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const dosage: fc.Arbitrary<Dosage> = fc.tuple(amount, extras).map(([a, e]) => ({ ...e, ...a }) as Dosage);

const item = (exerciseIds: readonly string[]) =>
  fc.record({ exerciseId: fc.constantFrom(...exerciseIds), dosage, note: localized }, { requiredKeys: ["exerciseId"] });

/** A parsed, valid library whose first programme varies; exercise ids are fixed so items can refer to them. */
export const validLibrary: fc.Arbitrary<Library> = fc
  .record({
    programmeId: id,
    title: localized,
    summary: localized,
    goals: fc.array(localized, { minLength: 1, maxLength: 3 }),
    defaultDosage: dosage,
    phases: fc.uniqueArray(
      fc.record({
        id,
        title: localized,
        goals: fc.array(localized, { minLength: 1, maxLength: 2 }),
        minWeeks: fc.integer({ min: 1, max: 12 }),
        sessionsPerWeek: fc.integer({ min: 1, max: 14 }),
        contents: fc.array(item(["test-bridge", "test-clam"]), { minLength: 1, maxLength: 4 }),
        summary: fc.option(localized, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4, selector: (p) => p.id },
    ),
    redFlags: fc.uniqueArray(
      fc.record({
        id,
        urgency: fc.constantFrom("emergency", "urgent", "stop-exercising", "non-urgent"),
        text: localized,
        action: localized,
      }),
      { maxLength: 3, selector: (f) => f.id },
    ),
    draft: fc.boolean(),
  })
  .map((p) => {
    const base = programmeFixture();
    const phases = p.phases.map((phase, i) => ({
      ...phase,
      entryCriteria: i === 0 ? [] : [{ text: { "en-GB": "Ready." } }],
      exitCriteria: [{ text: { "en-GB": "Done." } }],
    }));
    const first = phases[0]?.id ?? "settle";
    const last = phases.at(-1)?.id ?? first;
    const programme = programmeFixture({
      id: p.programmeId,
      title: p.title,
      summary: p.summary,
      goals: p.goals,
      phases,
      redFlags: p.redFlags,
      progressionRules: [{ ...base.progressionRules[0], id: "next", fromPhaseId: first, toPhaseId: last } as never],
      ...(p.draft ? { provenance: { status: "draft", author: "Test Author", licence: "CC-BY-4.0" } } : {}),
    });
    const clam = exerciseFixture({ id: "test-clam", slug: "test-clam", defaultDosage: p.defaultDosage });
    return parseLibrary(libraryFixture({ exercises: [exerciseFixture(), clam], programmes: [programme] }));
  })
  .filter((result) => result.ok)
  .map((result) => (result as { value: Library }).value);
