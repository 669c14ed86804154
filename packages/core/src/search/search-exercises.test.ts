import { exerciseFixture } from "@movekit/fixtures/exercise-inputs";
import { describe, expect, it } from "vitest";
import type { Exercise, ExerciseInput } from "../model/exercise-schema";
import { parseExercise } from "../model/parse";
import { normaliseText } from "./normalise-text";
import { createSearchIndex, facetCounts, searchExercises } from "./search-exercises";

function exercise(overrides: Partial<ExerciseInput>): Exercise {
  const result = parseExercise(exerciseFixture(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const band = { id: "resistance-band", name: { "en-GB": "Resistance band", es: "Banda elástica" }, optional: true };
const box = { id: "box", name: { "en-GB": "Box", es: "Cajón" } };
const cue = (en: string, es: string) => ({ role: "form" as const, text: { "en-GB": en, es } });

const LIBRARY = [
  exercise({
    id: "clamshell",
    slug: "clamshell",
    name: { "en-GB": "Clamshell", es: "Almeja" },
    aliases: { "en-GB": ["side-lying hip opener"], es: ["concha"] },
    position: "side-lying",
    bodyRegions: ["hip", "glutes"],
    equipment: [band],
    goals: ["strength", "stability"],
    cues: [cue("Keep your heels together.", "Mantén los talones juntos.")],
  }),
  exercise({
    id: "glute-bridge",
    slug: "glute-bridge",
    name: { "en-GB": "Glute bridge", es: "Puente de glúteos" },
    position: "supine",
    bodyRegions: ["glutes", "lower-back"],
    goals: ["strength"],
    cues: [cue("Squeeze your glutes at the top.", "Aprieta los glúteos arriba.")],
  }),
  exercise({
    id: "half-kneeling-hip-flexor-stretch",
    slug: "half-kneeling-hip-flexor-stretch",
    name: { "en-GB": "Half-kneeling hip flexor stretch", es: "Estiramiento de flexores de cadera en media rodilla" },
    category: "stretch",
    position: "half-kneeling",
    bodyRegions: ["hip"],
    goals: ["mobility", "flexibility"],
    cues: [cue("Tuck your pelvis under.", "Mete la pelvis.")],
  }),
  exercise({
    id: "box-squat",
    slug: "box-squat",
    name: { "en-GB": "Box squat", es: "Sentadilla al cajón" },
    position: "standing",
    difficulty: "intermediate",
    bodyRegions: ["thigh", "glutes", "knee"],
    equipment: [box],
    goals: ["strength"],
    cues: [cue("Sit back to the box.", "Siéntate hacia atrás.")],
  }),
];

const ids = (list: readonly Exercise[]) => list.map((e) => e.id);

describe("normaliseText", () => {
  it("folds accents, case and hyphens", () => {
    expect(normaliseText("Puente de GLÚTEOS")).toBe("puente de gluteos");
    expect(normaliseText("Half-kneeling  stretch!")).toBe("half kneeling stretch");
    expect(normaliseText("Señal")).toBe("senal");
  });
});

describe("searchExercises", () => {
  const en = createSearchIndex(LIBRARY, "en-GB");
  const es = createSearchIndex(LIBRARY, "es");

  it("returns everything in library order with no query", () => {
    expect(ids(searchExercises(en))).toEqual(ids(LIBRARY));
  });

  it("matches names, aliases and cues, ranking name matches first", () => {
    expect(ids(searchExercises(en, { text: "bridge" }))).toEqual(["glute-bridge"]);
    expect(ids(searchExercises(en, { text: "hip opener" }))).toEqual(["clamshell"]);
    expect(ids(searchExercises(en, { text: "heels" }))).toEqual(["clamshell"]);
    expect(ids(searchExercises(en, { text: "top" }))).toEqual(["glute-bridge"]);
  });

  it("ranks a name match above a cue match", () => {
    // "back" is in the box squat's cue ("Sit back to the box") and nowhere else; "pelvis" only in a cue too.
    const index = createSearchIndex([
      ...LIBRARY,
      exercise({
        id: "back-extension",
        slug: "back-extension",
        name: { "en-GB": "Back extension", es: "Extensión de espalda" },
      }),
    ]);
    expect(ids(searchExercises(index, { text: "back" }))).toEqual(["back-extension", "box-squat"]);
  });

  it("ignores accents, case and hyphens", () => {
    expect(ids(searchExercises(es, { text: "GLUTEOS" }))).toEqual(["glute-bridge"]);
    expect(ids(searchExercises(es, { text: "sentadilla cajon" }))).toEqual(["box-squat"]);
    expect(ids(searchExercises(en, { text: "half kneeling" }))).toEqual(["half-kneeling-hip-flexor-stretch"]);
  });

  it("searches the English text too, so fallback content is findable", () => {
    expect(ids(searchExercises(es, { text: "clamshell" }))).toEqual(["clamshell"]);
  });

  it("needs every word to match", () => {
    expect(searchExercises(en, { text: "bridge squat" })).toEqual([]);
  });

  it("filters by body region, position, difficulty, goal and category", () => {
    expect(ids(searchExercises(en, { bodyRegions: ["knee"] }))).toEqual(["box-squat"]);
    expect(ids(searchExercises(en, { positions: ["supine", "side-lying"] }))).toEqual(["clamshell", "glute-bridge"]);
    expect(ids(searchExercises(en, { difficulties: ["intermediate"] }))).toEqual(["box-squat"]);
    expect(ids(searchExercises(en, { goals: ["mobility"] }))).toEqual(["half-kneeling-hip-flexor-stretch"]);
    expect(ids(searchExercises(en, { categories: ["stretch"] }))).toEqual(["half-kneeling-hip-flexor-stretch"]);
    expect(ids(searchExercises(en, { bodyRegions: ["glutes"], goals: ["stability"] }))).toEqual(["clamshell"]);
  });

  it("filters by equipment, and by needing none (optional kit allowed)", () => {
    expect(ids(searchExercises(en, { equipment: ["box"] }))).toEqual(["box-squat"]);
    expect(ids(searchExercises(en, { noEquipment: true }))).toEqual([
      "clamshell",
      "glute-bridge",
      "half-kneeling-hip-flexor-stretch",
    ]);
  });
});

describe("facetCounts", () => {
  const en = createSearchIndex(LIBRARY, "en-GB");

  it("counts every value, zero included", () => {
    const counts = facetCounts(en);
    expect(counts.total).toBe(4);
    expect(counts.bodyRegions.glutes).toBe(3);
    expect(counts.bodyRegions.neck).toBe(0);
    expect(counts.positions["half-kneeling"]).toBe(1);
    expect(counts.equipment).toEqual({ "resistance-band": 1, box: 1 });
    expect(counts.noEquipment).toBe(3);
    expect(counts.goals.strength).toBe(3);
  });

  it("counts a facet without its own filter but with the others", () => {
    const counts = facetCounts(en, { positions: ["supine"], goals: ["strength"] });
    expect(counts.total).toBe(1);
    // Positions ignore the position filter: every strength exercise's position is counted.
    expect(counts.positions).toMatchObject({ supine: 1, "side-lying": 1, standing: 1, "half-kneeling": 0 });
    // Goals ignore the goal filter: only supine exercises count.
    expect(counts.goals).toMatchObject({ strength: 1, mobility: 0 });
  });

  it("applies the text query", () => {
    expect(facetCounts(en, { text: "squat" }).total).toBe(1);
  });
});

describe("search at scale", () => {
  it("answers every kind of query over 5,000 exercises and finds an exact match", () => {
    const words = ["bridge", "plank", "lunge", "squat", "stretch", "clamshell", "hydrant", "dog", "raise", "hold"];
    const regions = ["hip", "knee", "core", "glutes", "thigh"] as const;
    const base = LIBRARY[0] as Exercise;
    const many: Exercise[] = Array.from({ length: 5000 }, (_, i) => ({
      ...base,
      id: `exercise-${i}`,
      name: { "en-GB": `${words[i % 10]} ${words[(i * 7) % 10]} variation ${i}`, es: `variación ${i}` },
      bodyRegions: [regions[i % 5] as (typeof regions)[number]],
      difficulty: (["beginner", "intermediate", "advanced"] as const)[i % 3] ?? "beginner",
    }));
    const index = createSearchIndex(many, "en-GB");
    const queries = [
      { text: "bridge" },
      { text: "lunge stretch", bodyRegions: ["hip" as const] },
      { text: "heels", difficulties: ["advanced" as const] },
      { noEquipment: true, goals: ["strength" as const] },
      { text: "variation 4999" },
    ];
    // How fast this is belongs in `pnpm bench` (a wall-clock assertion fails on a busy machine); here every
    // query must answer over 5,000 exercises.
    for (const q of queries) expect(Array.isArray(searchExercises(index, q))).toBe(true);
    expect(ids(searchExercises(index, { text: "variation 4999" }))).toEqual(["exercise-4999"]);
  });
});

describe("searchExercises ordering", () => {
  const names = (list: readonly Exercise[], locale: "en-GB" | "es") =>
    list.map((e) => e.name[locale] ?? e.name["en-GB"]);

  it("sorts by name in the index's language, ignoring case and accents", () => {
    const en = names(searchExercises(createSearchIndex(LIBRARY, "en-GB"), { sort: "name" }), "en-GB");
    expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" })));
    const es = names(searchExercises(createSearchIndex(LIBRARY, "es"), { sort: "name" }), "es");
    expect(es).toEqual([...es].sort((a, b) => a.localeCompare(b, "es", { sensitivity: "base" })));
    expect(es).not.toEqual(names(searchExercises(createSearchIndex(LIBRARY, "es")), "es"));
  });

  it("sorts easiest first, keeping library order within a level", () => {
    const ranks = searchExercises(createSearchIndex(LIBRARY), { sort: "difficulty" }).map((e) =>
      ["beginner", "intermediate", "advanced"].indexOf(e.difficulty),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
