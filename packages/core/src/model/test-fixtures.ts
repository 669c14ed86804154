// Small, valid fixtures for the model tests. Real exercise content lives in @movekit/content.
import type { ExerciseInput } from "./exercise-schema";
import type { LibraryInput } from "./library-schema";
import type { PainRuleInput } from "./pain-rule-schema";
import type { ProgrammeInput } from "./programme-schema";

const provenance = {
  status: "reviewed" as const,
  author: "Test Author",
  reviewer: "Test Reviewer, physiotherapist",
  reviewedOn: "2025-01-15",
  licence: "CC-BY-4.0",
};

const evidence = [
  {
    claim: { "en-GB": "Fixture claim.", es: "Afirmación de prueba." },
    kind: "advice" as const,
    source: "seeds/000_779598120aa6ad19.txt",
  },
];

export function exerciseFixture(overrides: Partial<ExerciseInput> = {}): ExerciseInput {
  return {
    id: "test-bridge",
    slug: "test-bridge",
    language: "en-GB",
    name: { "en-GB": "Test bridge", es: "Puente de prueba" },
    aliases: { "en-GB": ["hip lift"], es: ["elevación de cadera"] },
    summary: { "en-GB": "Lift your hips.", es: "Eleva la cadera." },
    category: "strength",
    bodyRegions: ["hip", "glutes"],
    targetMuscles: [{ id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus" }, primary: true }],
    equipment: [],
    position: "supine",
    laterality: "bilateral",
    difficulty: "beginner",
    goals: ["strength"],
    startPosition: { "en-GB": "Lie on your back, knees bent.", es: "Túmbate boca arriba." },
    steps: [
      { "en-GB": "Squeeze your buttocks.", es: "Aprieta los glúteos." },
      { "en-GB": "Lift your hips.", es: "Eleva la cadera." },
    ],
    cues: [
      { role: "setup", text: { "en-GB": "Feet hip-width apart.", es: "Pies separados." } },
      { role: "form", kind: "dont", text: { "en-GB": "Do not arch your back.", es: "No arquees la espalda." } },
    ],
    commonMistakes: [{ "en-GB": "Pushing through the toes.", es: "Empujar con los dedos." }],
    whatYouShouldFeel: { "en-GB": "Work in your buttocks.", es: "Trabajo en los glúteos." },
    contraindications: [
      {
        id: "acute-back-pain",
        severity: "relative",
        text: { "en-GB": "Back pain that gets worse.", es: "Dolor de espalda que empeora." },
        modification: { "en-GB": "Lift only halfway.", es: "Eleva solo hasta la mitad." },
      },
    ],
    redFlags: [
      {
        id: "chest-pain",
        urgency: "emergency",
        text: { "en-GB": "Chest pain.", es: "Dolor en el pecho." },
        action: { "en-GB": "Call 999.", es: "Llama al 112." },
      },
    ],
    regressions: [],
    progressions: [],
    media: {
      sources: [{ src: "/media/test-bridge.mp4", type: "video/mp4" }],
      poster: "/media/test-bridge.jpg",
      captions: [{ src: "/media/test-bridge.en-GB.vtt", lang: "en-GB", label: "English" }],
      transcript: { "en-GB": "Lie down and lift your hips.", es: "Túmbate y eleva la cadera." },
      alt: { "en-GB": "A person lifts their hips.", es: "Una persona eleva la cadera." },
    },
    evidence,
    provenance,
    defaultDosage: { sets: 3, reps: 10, holdSeconds: 3 },
    ...overrides,
  };
}

export function painRuleFixture(overrides: Partial<PainRuleInput> = {}): PainRuleInput {
  return {
    id: "three-band",
    name: { "en-GB": "Pain rule" },
    scale: { min: 0, max: 10 },
    bands: [
      { id: "safe", min: 0, max: 3, action: "continue", label: { "en-GB": "Safe" }, message: { "en-GB": "Carry on." } },
      {
        id: "ok",
        min: 4,
        max: 5,
        action: "modify",
        label: { "en-GB": "Acceptable" },
        message: { "en-GB": "Ease off." },
      },
      {
        id: "stop",
        min: 6,
        max: 10,
        action: "stop-and-contact",
        label: { "en-GB": "Stop" },
        message: { "en-GB": "Stop." },
      },
    ],
    settleWithin24h: { maxNextMorning: 3, action: "modify", message: { "en-GB": "Did not settle: ease off." } },
    weekOnWeekTrend: { action: "modify", message: { "en-GB": "Worse than last week: ease off." } },
    source: { citation: "Silbernagel KG, et al. Am J Sports Med 2007;35(6):897-906." },
    ...overrides,
  };
}

export function programmeFixture(overrides: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return {
    id: "test-programme",
    language: "en-GB",
    title: { "en-GB": "Test programme" },
    condition: { "en-GB": "Hip flexor pain" },
    summary: { "en-GB": "Three phases." },
    goals: [{ "en-GB": "Run again." }],
    phases: [
      {
        id: "settle",
        title: { "en-GB": "Settle" },
        goals: [{ "en-GB": "Calm symptoms." }],
        exitCriteria: [{ text: { "en-GB": "Pain settles." }, check: { kind: "settled-within-24h" } }],
        minWeeks: 1,
        sessionsPerWeek: 3,
        contents: [{ exerciseId: "test-bridge" }],
      },
      {
        id: "build",
        title: { "en-GB": "Build" },
        goals: [{ "en-GB": "Get stronger." }],
        entryCriteria: [{ text: { "en-GB": "Pain settles." } }],
        exitCriteria: [
          { text: { "en-GB": "Ten bridges." }, check: { kind: "can-perform", exerciseId: "test-bridge" } },
        ],
        minWeeks: 2,
        sessionsPerWeek: 3,
        contents: [{ exerciseId: "test-bridge", dosage: { sets: 3, reps: 12 } }],
      },
    ],
    painRule: painRuleFixture(),
    progressionRules: [
      {
        id: "next-phase",
        when: { "en-GB": "Exit criteria met." },
        action: { "en-GB": "Move on." },
        fromPhaseId: "settle",
        toPhaseId: "build",
      },
    ],
    evidence,
    provenance,
    ...overrides,
  };
}

export function libraryFixture(overrides: Partial<LibraryInput> = {}): LibraryInput {
  return { exercises: [exerciseFixture()], programmes: [programmeFixture()], ...overrides };
}
