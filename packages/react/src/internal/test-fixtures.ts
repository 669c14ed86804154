// Small, valid exercises for tests and stories, covering the states components must handle. Real exercise
// content lives in @movekit/content; these stay short and are checked against the schema in a unit test.
import type { Cue, Exercise, Provenance, RedFlag } from "@movekit/core";

const provenance: Provenance = {
  status: "reviewed",
  author: "Movekit fixtures",
  reviewer: "A. Reviewer, physiotherapist",
  reviewedOn: "2025-01-15",
  nextReviewDue: "2026-01-15",
  licence: "CC-BY-4.0",
};

const cues: Cue[] = [
  {
    role: "setup",
    kind: "do",
    text: { "en-GB": "Feet flat, hip-width apart.", es: "Pies apoyados, separados al ancho de la cadera." },
    time: { start: 0, end: 3 },
  },
  {
    role: "movement",
    kind: "do",
    text: { "en-GB": "Squeeze your buttocks, then lift.", es: "Aprieta los glúteos y luego eleva." },
    time: { start: 3, end: 6 },
  },
  {
    role: "breathing",
    text: { "en-GB": "Breathe out as you lift.", es: "Suelta el aire al subir." },
    time: { start: 3, end: 6 },
  },
  {
    role: "form",
    kind: "dont",
    text: { "en-GB": "Don't arch your lower back at the top.", es: "No arquees la zona lumbar arriba." },
    time: { start: 6, end: 9 },
  },
  {
    role: "safety",
    kind: "dont",
    text: { "en-GB": "Don't push through sharp pain.", es: "No sigas si notas un dolor agudo." },
    time: { start: 9, end: 12 },
  },
];

/** A complete exercise with Spanish text, media, a relative contraindication and three red-flag tiers. */
export const gluteBridge: Exercise = {
  id: "glute-bridge",
  slug: "glute-bridge",
  language: "en-GB",
  name: { "en-GB": "Glute bridge", es: "Puente de glúteos" },
  aliases: { "en-GB": ["Hip lift"], es: ["Elevación de cadera"] },
  summary: {
    "en-GB": "Lift your hips from the floor to strengthen your buttocks.",
    es: "Eleva la cadera desde el suelo para fortalecer los glúteos.",
  },
  category: "strength",
  bodyRegions: ["glutes", "hip"],
  targetMuscles: [{ id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" }, primary: true }],
  equipment: [
    { id: "exercise-mat", name: { "en-GB": "Exercise mat", es: "Esterilla" }, optional: true, substitutions: [] },
  ],
  position: "supine",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["strength"],
  startPosition: {
    "en-GB": "Lie on your back with your knees bent and your feet flat on the floor.",
    es: "Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.",
  },
  steps: [
    { "en-GB": "Squeeze your buttocks.", es: "Aprieta los glúteos." },
    {
      "en-GB": "Lift your hips until your body is in a straight line.",
      es: "Eleva la cadera hasta que el cuerpo forme una línea recta.",
    },
    { "en-GB": "Lower slowly.", es: "Baja despacio." },
  ],
  cues,
  commonMistakes: [
    { "en-GB": "Pushing through your toes.", es: "Empujar con los dedos de los pies." },
    { "en-GB": "Arching your back to lift higher.", es: "Arquear la espalda para subir más." },
  ],
  whatYouShouldFeel: {
    "en-GB": "Work in your buttocks and the backs of your thighs, not your lower back.",
    es: "Trabajo en los glúteos y la parte de atrás de los muslos, no en la zona lumbar.",
  },
  contraindications: [
    {
      id: "back-pain-worse",
      severity: "relative",
      text: { "en-GB": "Back pain that gets worse as you lift.", es: "Dolor de espalda que empeora al subir." },
      modification: { "en-GB": "Lift only halfway.", es: "Eleva solo hasta la mitad." },
    },
  ],
  redFlags: [
    {
      id: "chest-pain",
      urgency: "emergency",
      text: {
        "en-GB": "Chest pain or sudden breathlessness while you exercise.",
        es: "Dolor en el pecho o falta de aire repentina mientras haces ejercicio.",
      },
      action: { "en-GB": "Stop and call for help now.", es: "Para y pide ayuda ahora." },
    },
    {
      id: "sharp-pain",
      urgency: "stop-exercising",
      text: {
        "en-GB": "A sudden, sharp pain in your hip or back.",
        es: "Un dolor repentino y agudo en la cadera o la espalda.",
      },
      action: {
        "en-GB": "Stop and rest. Tell your physiotherapist.",
        es: "Para y descansa. Díselo a tu fisioterapeuta.",
      },
    },
    {
      id: "pain-not-settling",
      urgency: "non-urgent",
      text: {
        "en-GB": "Pain that has not settled by the next morning.",
        es: "Un dolor que no se ha calmado a la mañana siguiente.",
      },
      action: { "en-GB": "Do less next time and book a review.", es: "Haz menos la próxima vez y pide una revisión." },
    },
  ],
  regressions: [
    {
      exerciseId: "bridge-hold",
      criteria: { "en-GB": "If lifting and lowering hurts.", es: "Si subir y bajar te duele." },
    },
  ],
  progressions: [
    {
      exerciseId: "single-leg-glute-bridge",
      criteria: {
        "en-GB": "When 3 sets of 12 feel easy and pain stays at 2 out of 10 or lower.",
        es: "Cuando 3 series de 12 te resulten fáciles y el dolor se quede en 2 sobre 10 o menos.",
      },
    },
  ],
  media: {
    sources: [{ src: "/media/glute-bridge.mp4", type: "video/mp4" }],
    poster: "/media/glute-bridge.svg",
    captions: [{ src: "/media/glute-bridge.en-GB.vtt", lang: "en-GB", label: "English" }],
    transcript: { "en-GB": "Lie on your back and lift your hips.", es: "Túmbate boca arriba y eleva la cadera." },
    alt: {
      "en-GB": "A person lying on their back lifts their hips until shoulders, hips and knees line up.",
      es: "Una persona tumbada boca arriba eleva la cadera hasta alinear hombros, cadera y rodillas.",
    },
  },
  evidence: [
    {
      id: "bridge-glute-activity",
      claim: {
        "en-GB": "Bridging works the gluteus maximus.",
        es: "El puente trabaja el glúteo mayor.",
      },
      kind: "evidence",
      source: "fixture",
      references: [
        {
          citation: "Example A, Example B. A study of hip extension exercises. J Example. 2020;1(1):1-10.",
          url: "https://example.org/hip-extension",
          doi: "10.1000/example.2020.001",
        },
      ],
    },
    {
      claim: {
        "en-GB": "Lowering slowly keeps the work in the muscles you are training.",
        es: "Bajar despacio mantiene el trabajo en los músculos que entrenas.",
      },
      kind: "advice",
      source: "fixture",
      references: [],
    },
  ],
  provenance,
  defaultDosage: { sets: 3, reps: 12, holdSeconds: 2, frequency: { daysPerWeek: 3 } },
};

/** The fixture's emergency-tier red flag. */
export const emergencyRedFlag = gluteBridge.redFlags[0] as RedFlag;

/** The fixture's first cue (setup, do). */
export const firstCue = gluteBridge.cues[0] as Cue;

/** Exercises the ladder links to. */
export const ladderExercises: Pick<Exercise, "id" | "slug" | "name">[] = [
  { id: "bridge-hold", slug: "bridge-hold", name: { "en-GB": "Bridge hold", es: "Puente mantenido" } },
  { id: "glute-bridge", slug: "glute-bridge", name: gluteBridge.name },
  {
    id: "single-leg-glute-bridge",
    slug: "single-leg-glute-bridge",
    name: { "en-GB": "Single-leg glute bridge", es: "Puente de glúteos a una pierna" },
  },
];

/** With an absolute contraindication as well as the relative one. */
export const withAbsoluteContraindication: Exercise = {
  ...gluteBridge,
  contraindications: [
    {
      id: "told-not-to-load-hip",
      severity: "absolute",
      text: {
        "en-GB": "Your surgeon or physiotherapist has told you not to put weight through your hip yet.",
        es: "Tu cirujano o fisioterapeuta te ha dicho que todavía no cargues peso en la cadera.",
      },
    },
    ...(gluteBridge.contraindications ?? []),
  ],
};

/** A clinician has recorded that there are no contraindications; no red flags. */
export const withNoContraindications: Exercise = {
  ...gluteBridge,
  contraindications: undefined,
  noContraindications: { reviewer: "A. Reviewer, physiotherapist", reviewedOn: "2025-01-15" },
  redFlags: [],
};

/** No video, no poster (so the cues carry no video times either). */
export const withoutMedia: Exercise = {
  ...gluteBridge,
  media: undefined,
  cues: cues.map(({ time: _time, ...cue }) => cue),
};

/** Neither easier nor harder versions. */
export const withoutProgressions: Exercise = { ...gluteBridge, regressions: [], progressions: [] };

/** Written in English only: Spanish readers see the English text, marked "(en inglés)". */
export const englishOnly: Exercise = {
  ...gluteBridge,
  name: { "en-GB": "Glute bridge" },
  summary: { "en-GB": "Lift your hips from the floor to strengthen your buttocks." },
  cues: cues.map((cue) => ({ ...cue, text: { "en-GB": cue.text["en-GB"] } })),
  contraindications: [
    {
      id: "back-pain-worse",
      severity: "relative",
      text: { "en-GB": "Back pain that gets worse as you lift." },
      modification: { "en-GB": "Lift only halfway." },
    },
  ],
};

const long =
  "Keep your ribs down and your pelvis level while you slowly lift, pausing at the top for a full breath before lowering one segment of your spine at a time";

/** Very long words and sentences, to check wrapping at 320 px. */
export const longText: Exercise = {
  ...withAbsoluteContraindication,
  name: {
    "en-GB": "Glute bridge with a long pause at the top and a slow segmental lowering (supervised progression)",
    es: "Puente de glúteos con una pausa larga arriba y un descenso lento vértebra a vértebra (progresión supervisada)",
  },
  summary: { "en-GB": `${long}. ${long}.`, es: `${long}.` },
  cues: cues.map((cue) => ({ ...cue, text: { "en-GB": `${cue.text["en-GB"]} ${long}.` } })),
  redFlags: gluteBridge.redFlags.map((flag) => ({
    ...flag,
    text: {
      "en-GB": `${flag.text["en-GB"]} Supercalifragilisticexpialidociously-long-hyphenated-symptom-description.`,
    },
  })),
};

const extraCueTexts = [
  "Press your heels into the floor.",
  "Keep your knees in line with your feet.",
  "Let your arms rest by your sides.",
  "Keep your chin gently tucked.",
  "Hold still at the top for two seconds.",
  "Lower one vertebra at a time.",
  "Don't let your knees fall inwards.",
  "Don't hold your breath.",
  "Relax your shoulders into the floor.",
];

/** Fourteen cues across every role. */
export const manyCues: Exercise = {
  ...gluteBridge,
  cues: [
    ...cues,
    ...extraCueTexts.map(
      (text, index): Cue => ({
        role: (["setup", "movement", "form", "breathing", "safety"] as const)[index % 5] ?? "form",
        kind: text.startsWith("Don't") ? "dont" : "do",
        text: { "en-GB": text },
        time: { start: 12 + index * 2, end: 14 + index * 2 },
      }),
    ),
  ],
};

/** Every fixture, for the schema check. */
export const allFixtures: Record<string, Exercise> = {
  gluteBridge,
  withAbsoluteContraindication,
  withNoContraindications,
  withoutMedia,
  withoutProgressions,
  englishOnly,
  longText,
  manyCues,
};
