import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed001, seed002 } from "../sources";

export const downwardDog: Exercise = {
  id: "downward-dog",
  slug: "downward-dog",
  language: "en-GB",
  name: { "en-GB": "Downward dog", es: "Perro boca abajo" },
  aliases: {
    "en-GB": ["Downward-facing dog", "Adho mukha svanasana", "Down dog"],
    es: ["Adho mukha svanasana", "Perro mirando hacia abajo"],
  },
  summary: {
    "en-GB":
      "From hands and knees, you push your hips up and back into an upside-down V and hold it with slow breaths. It asks the shoulders and trunk to stay steady and lengthens the backs of the legs.",
    es: "Desde la posición a cuatro patas, llevas la cadera hacia arriba y atrás hasta formar una V invertida y la mantienes con respiraciones lentas. Exige estabilidad en hombros y tronco y alarga la parte de atrás de las piernas.",
  },
  category: "yoga",
  bodyRegions: ["shoulder", "core", "thigh", "lower-leg"],
  targetMuscles: [
    {
      id: "shoulder-stabilisers",
      name: { "en-GB": "Shoulder stabilisers", es: "Estabilizadores del hombro" },
      primary: true,
    },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
    { id: "hamstrings", name: { "en-GB": "Hamstrings", es: "Isquiotibiales" } },
    { id: "calves", name: { "en-GB": "Calf muscles", es: "Gemelos y sóleo" } },
  ],
  equipment: [
    {
      id: "yoga-mat",
      name: { "en-GB": "Non-slip yoga mat", es: "Esterilla de yoga antideslizante" },
      substitutions: [{ id: "non-slip-floor", name: { "en-GB": "A non-slip floor", es: "Un suelo que no resbale" } }],
    },
  ],
  position: "quadruped",
  laterality: "bilateral",
  difficulty: "intermediate",
  goals: ["stability", "flexibility", "mobility"],
  startPosition: {
    "en-GB":
      "Start on all fours with your hands a little in front of your shoulders, fingers spread, and your knees under your hips.",
    es: "Empieza a cuatro patas con las manos un poco por delante de los hombros, los dedos separados y las rodillas bajo las caderas.",
  },
  steps: [
    {
      "en-GB": "Tuck your toes under and press the floor away with your hands.",
      es: "Apoya las puntas de los pies y empuja el suelo con las manos.",
    },
    {
      "en-GB": "Lift your knees and send your hips up and back, keeping your knees bent at first.",
      es: "Despega las rodillas y lleva la cadera hacia arriba y hacia atrás, con las rodillas dobladas al principio.",
    },
    {
      "en-GB": "Lengthen your back, then let your heels sink towards the floor only as far as is comfortable.",
      es: "Alarga la espalda y después deja que los talones bajen hacia el suelo solo hasta donde te resulte cómodo.",
    },
    {
      "en-GB": "Hold for about five slow breaths, then lower your knees gently to the floor.",
      es: "Mantén unas cinco respiraciones lentas y apoya después las rodillas en el suelo con suavidad.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Spread your fingers wide.", es: "Separa bien los dedos de las manos." },
    },
    {
      role: "form",
      kind: "do",
      text: {
        "en-GB": "Keep your back long; bend your knees if you need to.",
        es: "Mantén la espalda larga; dobla las rodillas si lo necesitas.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't round your back to get your heels down.",
        es: "No redondees la espalda para bajar los talones.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe slowly through your nose.", es: "Respira despacio por la nariz." },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Come down to your knees if you feel dizzy or your wrists or shoulders hurt.",
        es: "Apoya las rodillas si te mareas o te duelen las muñecas o los hombros.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Forcing straight legs and rounding the back.",
      es: "Forzar las piernas estiradas y redondear la espalda.",
    },
    {
      "en-GB": "Sinking into the shoulders instead of pushing the floor away.",
      es: "Hundirse entre los hombros en lugar de empujar el suelo.",
    },
    {
      "en-GB": "Hands and feet too close together, which crowds the pose.",
      es: "Poner las manos y los pies demasiado cerca, lo que encoge la postura.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Steady work in your shoulders and arms, and a stretch along the backs of your legs and calves. The front of the hip should feel comfortable.",
    es: "Un trabajo constante en hombros y brazos, y un estiramiento a lo largo de la parte de atrás de las piernas y los gemelos. La parte delantera de la cadera debería estar cómoda.",
  },
  contraindications: [
    {
      id: "head-down-unsafe",
      severity: "relative",
      text: {
        "en-GB":
          "High blood pressure that is not well controlled, glaucoma, or recent eye surgery: conditions where having your head below your heart may be unsafe.",
        es: "Tensión arterial alta no controlada, glaucoma u operación reciente de los ojos: situaciones en las que tener la cabeza por debajo del corazón puede no ser seguro.",
      },
      modification: {
        "en-GB":
          "Ask your doctor first, and use the wall version: hands on a wall at chest height, walk back and hinge at the hips so your head stays level with your arms.",
        es: "Consulta antes a tu médico y haz la versión en la pared: manos en la pared a la altura del pecho, da unos pasos atrás y flexiona la cadera de modo que la cabeza quede a la altura de los brazos.",
      },
    },
    {
      id: "wrist-or-shoulder-pain",
      severity: "relative",
      text: {
        "en-GB": "Wrist or shoulder pain when taking weight on your hands.",
        es: "Dolor de muñeca o de hombro al apoyar el peso en las manos.",
      },
      modification: {
        "en-GB": "Use the wall version, or rest on your forearms instead of your hands.",
        es: "Haz la versión en la pared, o apóyate en los antebrazos en lugar de en las manos.",
      },
    },
    {
      id: "front-hip-pinch",
      severity: "relative",
      text: {
        "en-GB": "A pinching pain at the front of the hip in the pose.",
        es: "Un dolor en forma de pinchazo delante de la cadera en la postura.",
      },
      modification: {
        "en-GB": "Bend your knees more and bring your hips less far back; skip the pose if the pinch stays.",
        es: "Dobla más las rodillas y lleva la cadera menos hacia atrás; no hagas la postura si el pinchazo continúa.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", seed001, {
      "en-GB":
        "Downward dog is one of the slow yoga poses suggested for building core stability; holding it with good form is harder than it looks.",
      es: "El perro boca abajo es una de las posturas lentas de yoga que se proponen para ganar estabilidad del tronco; mantenerla con buena técnica cuesta más de lo que parece.",
    }),
    citeSource("advice", seed002, {
      "en-GB":
        "The hip flexors rarely work alone: the trunk and other leg muscles share the load, so training them matters for the hip too.",
      es: "Los flexores de cadera casi nunca trabajan solos: el tronco y otros músculos de la pierna comparten la carga, así que entrenar esos músculos también beneficia a la cadera.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    holdSeconds: 30,
    restBetweenSetsSeconds: 30,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
