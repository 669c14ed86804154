// Synthetic exercise libraries for tests, stories and benchmarks. NOT shipped content: the exercises are
// combinations of real movements, variations and kit, written so they pass parseLibrary, but they are not
// clinically reviewed and their provenance says so. Deterministic: the same seed gives the same library.
import type { Difficulty, Dosage, Exercise, ExerciseInput, Library, Programme, ProgrammeInput } from "@movekit/core";
import { KIT, MOVEMENTS, type Movement, type Pair, VARIATIONS, type Variation } from "./synthetic-movements";

/** mulberry32: a tiny seeded PRNG, so every run builds the same library. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIFFICULTY: Difficulty[] = ["beginner", "intermediate", "advanced"];
// Synthetic test data: nobody reviewed it, so it is a draft.
const PROVENANCE = { status: "draft" as const, author: "Movekit synthetic generator", licence: "CC-BY-4.0" };
const EVIDENCE = [
  {
    claim: {
      "en-GB": "Synthetic exercise for testing and benchmarks; not clinical advice.",
      es: "Ejercicio sintético para pruebas y mediciones; no es consejo clínico.",
    },
    kind: "advice" as const,
    source: "bench/synthetic-library.ts (generated, not a clinical source)",
    references: [],
  },
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function dosageFor(movement: Movement, variation: Variation, rand: () => number): Dosage {
  const perSide = movement.laterality !== "bilateral" ? { perSide: true } : {};
  const sets = 2 + Math.floor(rand() * 3);
  if (movement.dose === "duration") return { durationSeconds: 60 * (2 + Math.floor(rand() * 4)) };
  if (movement.dose === "hold" || variation.hold === 10) {
    return { sets, holdSeconds: [20, 30, 45][Math.floor(rand() * 3)] ?? 30, ...perSide, restBetweenSetsSeconds: 30 };
  }
  const reps = [8, 10, 12, 15][Math.floor(rand() * 4)] ?? 10;
  return {
    sets,
    reps,
    ...perSide,
    ...(variation.hold ? { holdSeconds: variation.hold } : {}),
    ...(variation.tempo ? { tempo: { lower: 3, lift: 1 } } : {}),
    restBetweenSetsSeconds: 60,
  };
}

export interface SyntheticOptions {
  /** PRNG seed. @default 42 */
  seed?: number;
  /**
   * Give exercises a video entry with a poster under this URL prefix (e.g. "/synthetic-media/"), as real
   * content would have. Left out: no media, so nothing is fetched (stories, unit tests).
   */
  mediaBase?: string;
}

interface Combo {
  movement: number;
  variation: number;
  kit: number;
}

/** Every combination in a seeded order, so the first N of any size are varied. */
function combos(rand: () => number): Combo[] {
  const all: Combo[] = [];
  for (let movement = 0; movement < MOVEMENTS.length; movement++)
    for (let variation = 0; variation < VARIATIONS.length; variation++)
      for (let kit = 0; kit < KIT.length; kit++) all.push({ movement, variation, kit });
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [all[i], all[j]] = [all[j] as Combo, all[i] as Combo];
  }
  return all;
}

export const MAX_SYNTHETIC_EXERCISES = MOVEMENTS.length * VARIATIONS.length * KIT.length;

/**
 * `count` synthetic exercises (at most 5,040) in en-GB and es. They are already in the form `parseLibrary`
 * returns (its unit test checks that), so tests and benches use them without paying for validation.
 */
export function syntheticExercises(count: number, options: SyntheticOptions = {}): Exercise[] {
  if (count > MAX_SYNTHETIC_EXERCISES) throw new RangeError(`At most ${MAX_SYNTHETIC_EXERCISES} exercises`);
  const rand = mulberry32(options.seed ?? 42);
  const picked = combos(rand).slice(0, count);
  const idOf = ({ movement, variation, kit }: Combo) =>
    [MOVEMENTS[movement]?.key, VARIATIONS[variation]?.key, KIT[kit]?.id ?? "no-kit"].join("-");
  // Ladders link variations of the same movement by level, lower index → higher, so they never loop.
  const byMovement = new Map<number, Combo[]>();
  for (const combo of picked) byMovement.set(combo.movement, [...(byMovement.get(combo.movement) ?? []), combo]);

  return picked.map((combo, index) => {
    const movement = MOVEMENTS[combo.movement] as Movement;
    const variation = VARIATIONS[combo.variation] as Variation;
    const kit = KIT[combo.kit];
    const level = Math.max(0, Math.min(2, movement.level + variation.level + (kit?.id === "cable-machine" ? 1 : 0)));
    const [prefixEn, suffixEs] = variation.name;
    const nameEn = [prefixEn, prefixEn ? lower(movement.name[0]) : movement.name[0], kit?.with[0]]
      .filter(Boolean)
      .join(" ");
    const nameEs = [movement.name[1], suffixEs, kit?.with[1]].filter(Boolean).join(" ");
    const id = idOf(combo);
    const siblings = byMovement.get(combo.movement) ?? [];
    const position = siblings.indexOf(combo);
    const next = siblings[position + 1];
    const hasCautions = rand() < 0.3;
    const exercise: ExerciseInput = {
      id,
      slug: id,
      language: "en-GB",
      name: { "en-GB": capitalise(nameEn), es: capitalise(nameEs) },
      aliases: {
        "en-GB": [`${movement.name[0]} variation ${index + 1}`],
        es: [`${movement.name[1]}, variante ${index + 1}`],
      },
      summary: {
        "en-GB": `A ${DIFFICULTY[level]} ${lower(movement.name[0])} for the ${movement.regions.join(" and ")}.`,
        es: `${capitalise(lower(movement.name[1]))} de nivel ${["inicial", "intermedio", "avanzado"][level]}.`,
      },
      category: movement.category,
      bodyRegions: movement.regions,
      targetMuscles: [
        {
          id: movement.muscle.id,
          name: { "en-GB": movement.muscle.name[0], es: movement.muscle.name[1] },
          primary: true,
        },
      ],
      equipment: kit
        ? [
            {
              id: kit.id,
              name: { "en-GB": kit.name[0], es: kit.name[1] },
              ...(kit.optional ? { optional: true } : {}),
              substitutions: kit.substitute
                ? [{ id: kit.substitute.id, name: { "en-GB": kit.substitute.name[0], es: kit.substitute.name[1] } }]
                : [],
            },
          ]
        : [],
      position: movement.position,
      laterality: movement.laterality,
      difficulty: DIFFICULTY[level] as Difficulty,
      goals: movement.goals,
      startPosition: { "en-GB": movement.start[0], es: movement.start[1] },
      steps: [
        { "en-GB": movement.action[0], es: movement.action[1] },
        { "en-GB": "Return slowly to the start position.", es: "Vuelve despacio a la posición inicial." },
      ],
      cues: [
        { role: "setup", text: { "en-GB": movement.start[0], es: movement.start[1] } },
        { role: "breathing", text: { "en-GB": "Breathe out as you work.", es: "Suelta el aire durante el esfuerzo." } },
        {
          role: "form",
          kind: "dont",
          text: { "en-GB": "Do not hold your breath.", es: "No contengas la respiración." },
        },
      ],
      commonMistakes: [{ "en-GB": "Rushing the movement.", es: "Hacer el movimiento con prisa." }],
      whatYouShouldFeel: { "en-GB": movement.feel[0], es: movement.feel[1] },
      ...(hasCautions
        ? {
            contraindications: [
              {
                id: "pain-that-worsens",
                severity: "relative" as const,
                text: {
                  "en-GB": "Pain that gets worse during the exercise.",
                  es: "Dolor que empeora durante el ejercicio.",
                },
                modification: {
                  "en-GB": "Make the movement smaller or slower.",
                  es: "Haz el movimiento más pequeño o más lento.",
                },
              },
            ],
          }
        : {
            noContraindications: {
              reviewer: "Not clinically reviewed (synthetic test data)",
              reviewedOn: "2026-01-01",
            },
          }),
      redFlags: [],
      regressions: [],
      progressions: next
        ? [
            {
              exerciseId: idOf(next),
              criteria: {
                "en-GB": "When this feels easy for two sessions in a row.",
                es: "Cuando te resulte fácil dos sesiones seguidas.",
              },
            },
          ]
        : [],
      ...(options.mediaBase
        ? {
            media: {
              sources: [{ src: `${options.mediaBase}${movement.key}.mp4`, type: "video/mp4" }],
              poster: `${options.mediaBase}${movement.key}.png`,
              captions: [
                { src: `${options.mediaBase}${movement.key}.en-GB.vtt`, lang: "en-GB" as const, label: "English" },
              ],
              transcript: { "en-GB": movement.action[0], es: movement.action[1] },
              alt: {
                "en-GB": `A person doing a ${lower(movement.name[0])}.`,
                es: `Una persona haciendo ${lower(movement.name[1])}.`,
              },
            },
          }
        : {}),
      evidence: EVIDENCE,
      provenance: PROVENANCE,
      defaultDosage: dosageFor(movement, variation, rand),
    };
    return exercise as Exercise;
  });
}

/** A library of `count` synthetic exercises and no programmes. */
export function syntheticLibrary(count: number, options: SyntheticOptions = {}): Library {
  return { exercises: syntheticExercises(count, options), programmes: [] };
}

/**
 * A 12-week programme: 3 phases of 4 weeks, 4 sessions a week, 6, 7 and 8 exercises a session
 * (12 × 4 × 6–8 = 336 exercise rows), built from `exercises`.
 */
export function syntheticProgramme(exercises: readonly Exercise[]): Programme {
  const pick = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      exerciseId: (exercises[(from + i) % exercises.length] as Exercise).id,
    }));
  const phase = (id: string, title: Pair, from: number, n: number, first = false) => ({
    id,
    title: { "en-GB": title[0], es: title[1] },
    goals: [{ "en-GB": `${title[0]}: do every session.`, es: `${title[1]}: haz todas las sesiones.` }],
    entryCriteria: first ? [] : [{ text: { "en-GB": "Previous phase done.", es: "Fase anterior completada." } }],
    exitCriteria: [
      {
        text: { "en-GB": "Four weeks completed.", es: "Cuatro semanas completadas." },
        check: { kind: "weeks-completed" as const, weeks: 4 },
      },
    ],
    minWeeks: 4,
    sessionsPerWeek: 4,
    contents: pick(from, n),
    education: [],
  });
  const programme: ProgrammeInput = {
    id: "synthetic-12-week",
    language: "en-GB",
    title: { "en-GB": "Synthetic 12-week programme", es: "Programa sintético de 12 semanas" },
    condition: { "en-GB": "Test data", es: "Datos de prueba" },
    summary: {
      "en-GB": "Three phases of four weeks, for benchmarks.",
      es: "Tres fases de cuatro semanas, para mediciones.",
    },
    goals: [{ "en-GB": "Measure rendering.", es: "Medir el renderizado." }],
    phases: [
      phase("settle", ["Settle", "Calmar"], 0, 6, true),
      phase("build", ["Build", "Construir"], 6, 7),
      phase("return", ["Return", "Volver"], 13, 8),
    ],
    painRule: {
      id: "three-band",
      name: { "en-GB": "Pain rule", es: "Regla del dolor" },
      measures: ["during", "after"],
      scale: { min: 0, max: 10 },
      bands: [
        {
          id: "safe",
          min: 0,
          max: 3,
          action: "continue",
          label: { "en-GB": "Safe", es: "Seguro" },
          message: { "en-GB": "Carry on.", es: "Continúa." },
        },
        {
          id: "ok",
          min: 4,
          max: 5,
          action: "modify",
          label: { "en-GB": "Acceptable", es: "Aceptable" },
          message: { "en-GB": "Ease off.", es: "Reduce." },
        },
        {
          id: "stop",
          min: 6,
          max: 10,
          action: "stop-and-contact",
          label: { "en-GB": "Stop", es: "Para" },
          message: { "en-GB": "Stop.", es: "Para." },
        },
      ],
      settleWithin24h: {
        maxNextMorning: 3,
        action: "modify",
        message: { "en-GB": "Did not settle: ease off.", es: "No se calmó: reduce." },
      },
      weekOnWeekTrend: {
        action: "modify",
        message: { "en-GB": "Worse than last week: ease off.", es: "Peor que la semana pasada: reduce." },
      },
      source: { citation: "Silbernagel KG, et al. Am J Sports Med 2007;35(6):897-906." },
    },
    progressionRules: [
      {
        id: "next-phase",
        when: { "en-GB": "Exit criteria met.", es: "Criterios de salida cumplidos." },
        action: { "en-GB": "Move on.", es: "Pasa a la siguiente fase." },
        fromPhaseId: "settle",
        toPhaseId: "build",
        criteria: [],
      },
    ],
    regressionRules: [],
    redFlags: [],
    evidence: EVIDENCE,
    provenance: PROVENANCE,
  };
  return programme as Programme;
}
