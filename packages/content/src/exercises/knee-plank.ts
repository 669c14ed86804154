import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed003 } from "../sources";

export const kneePlank: Exercise = {
  id: "knee-plank",
  slug: "knee-plank",
  language: "en-GB",
  name: { "en-GB": "Knee plank", es: "Plancha con rodillas apoyadas" },
  aliases: {
    "en-GB": ["Kneeling plank", "Modified plank", "Half plank"],
    es: ["Plancha de rodillas", "Plancha modificada", "Media plancha"],
  },
  summary: {
    "en-GB":
      "A front plank with your knees on the floor. It trains the same steady trunk with less load, so you can build up to the full plank.",
    es: "Una plancha frontal con las rodillas apoyadas en el suelo. Entrena la misma estabilidad del tronco con menos carga, para que progreses hacia la plancha completa.",
  },
  category: "stability",
  bodyRegions: ["core", "lower-back", "shoulder"],
  targetMuscles: [
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" }, primary: true },
    { id: "rectus-abdominis", name: { "en-GB": "Rectus abdominis", es: "Recto abdominal" } },
    { id: "shoulder-stabilisers", name: { "en-GB": "Shoulder stabilisers", es: "Estabilizadores del hombro" } },
  ],
  equipment: [
    {
      id: "exercise-mat",
      name: { "en-GB": "Exercise mat", es: "Esterilla" },
      optional: true,
      substitutions: [
        {
          id: "folded-towel",
          name: { "en-GB": "A folded towel under the knees", es: "Una toalla doblada bajo las rodillas" },
        },
      ],
    },
  ],
  position: "prone",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["stability", "strength"],
  startPosition: {
    "en-GB":
      "Lie face down, propped on your forearms with your elbows under your shoulders. Bend your knees so your feet are in the air, knees resting on the mat.",
    es: "Túmbate boca abajo y apóyate en los antebrazos, con los codos bajo los hombros. Dobla las rodillas de modo que los pies queden en el aire y las rodillas sobre la esterilla.",
  },
  steps: [
    {
      "en-GB": "Gently tighten your tummy and buttocks.",
      es: "Activa suavemente el abdomen y los glúteos.",
    },
    {
      "en-GB": "Lift your hips so your head, shoulders, hips and knees form a straight line.",
      es: "Eleva la cadera hasta que cabeza, hombros, cadera y rodillas formen una línea recta.",
    },
    {
      "en-GB": "Hold, breathing slowly and steadily.",
      es: "Mantén la postura respirando despacio y con calma.",
    },
    {
      "en-GB": "Lower your hips to the floor and rest before the next hold.",
      es: "Baja la cadera al suelo y descansa antes de la siguiente repetición.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Elbows under shoulders, knees on the mat.",
        es: "Codos bajo los hombros y rodillas sobre la esterilla.",
      },
    },
    {
      role: "form",
      kind: "do",
      text: {
        "en-GB": "A straight line from your head to your knees.",
        es: "Una línea recta de la cabeza a las rodillas.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: { "en-GB": "Don't push your bottom up into the air.", es: "No subas los glúteos en pico." },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Keep breathing throughout the hold.", es: "Sigue respirando durante todo el ejercicio." },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Rest as soon as your back aches or sags.",
        es: "Descansa en cuanto la espalda duela o se hunda.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Leaving the hips bent so the line breaks at the waist.",
      es: "Dejar la cadera doblada, de modo que la línea se rompe a la altura de la cintura.",
    },
    {
      "en-GB": "Letting the lower back sag.",
      es: "Dejar que la zona lumbar se hunda.",
    },
    {
      "en-GB": "Shoulders creeping up towards the ears.",
      es: "Subir los hombros hacia las orejas.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB": "Steady work in your tummy and around your shoulders. It should not hurt your back or hips.",
    es: "Un trabajo constante en el abdomen y alrededor de los hombros. No debería dolerte la espalda ni la cadera.",
  },
  contraindications: [
    {
      id: "shoulder-pain-weight-bearing",
      severity: "relative",
      text: {
        "en-GB": "Shoulder pain when you take weight through your forearms.",
        es: "Dolor de hombro al apoyar el peso en los antebrazos.",
      },
      modification: {
        "en-GB": "Do it standing, with your forearms on a kitchen worktop or a wall.",
        es: "Hazla de pie, con los antebrazos apoyados en la encimera de la cocina o en la pared.",
      },
    },
    {
      id: "knee-pain-kneeling",
      severity: "relative",
      text: { "en-GB": "Knee pain when kneeling.", es: "Dolor de rodilla al arrodillarte." },
      modification: {
        "en-GB": "Put a folded towel or cushion under your knees, or do the plank against a worktop.",
        es: "Pon una toalla doblada o un cojín bajo las rodillas, o haz la plancha apoyándote en una encimera.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [
    {
      exerciseId: "front-plank",
      criteria: {
        "en-GB":
          "When you can do 3 holds of 30 seconds in a straight line, breathing steadily, with no pain during or the next day.",
        es: "Cuando puedas mantener la postura 3 veces durante 30 segundos en línea recta, respirando con calma, sin dolor durante el ejercicio ni al día siguiente.",
      },
    },
  ],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB": "Planks are among the core exercises recommended to support the pelvis during running.",
      es: "La plancha está entre los ejercicios de abdomen recomendados para sostener la pelvis al correr.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "Building load step by step, rather than all at once, is how tissues gain the capacity to cope with training.",
      es: "Aumentar la carga paso a paso, y no de golpe, es como los tejidos ganan capacidad para tolerar el entrenamiento.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    holdSeconds: 20,
    restBetweenSetsSeconds: 45,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
