import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed001 } from "../sources";

export const fireHydrant: Exercise = {
  id: "fire-hydrant",
  slug: "fire-hydrant",
  language: "en-GB",
  name: { "en-GB": "Fire hydrant", es: "Apertura de cadera a cuatro patas" },
  aliases: {
    "en-GB": ["Quadruped hip abduction", "Bent-knee side lift on all fours"],
    es: ["Abducción de cadera en cuadrupedia", "Elevación lateral de rodilla a cuatro patas", "Fire hydrant"],
  },
  summary: {
    "en-GB":
      "On hands and knees, you lift one bent knee out to the side while keeping the trunk still. It works the side of the hip and teaches the trunk to stay steady while the leg moves.",
    es: "A cuatro patas, levantas hacia el lado una rodilla doblada sin mover el tronco. Trabaja el lateral de la cadera y enseña al tronco a mantenerse estable mientras se mueve la pierna.",
  },
  category: "strength",
  bodyRegions: ["hip", "glutes", "core"],
  targetMuscles: [
    { id: "gluteus-medius", name: { "en-GB": "Gluteus medius", es: "Glúteo medio" }, primary: true },
    { id: "deep-hip-rotators", name: { "en-GB": "Deep hip rotators", es: "Rotadores profundos de la cadera" } },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
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
  position: "quadruped",
  laterality: "unilateral",
  difficulty: "beginner",
  goals: ["strength", "stability"],
  startPosition: {
    "en-GB":
      "Kneel on all fours with your hands under your shoulders, knees under your hips and your back flat, looking at the floor.",
    es: "Ponte a cuatro patas con las manos bajo los hombros, las rodillas bajo las caderas y la espalda recta, mirando al suelo.",
  },
  steps: [
    {
      "en-GB": "Gently tighten your tummy so your back stays flat.",
      es: "Activa suavemente el abdomen para que la espalda se mantenga recta.",
    },
    {
      "en-GB": "Keeping the knee bent, lift one leg out to the side as far as you can without tipping your body.",
      es: "Con la rodilla doblada, levanta una pierna hacia el lado todo lo que puedas sin inclinar el cuerpo.",
    },
    {
      "en-GB": "Pause for a second at the top.",
      es: "Haz una pausa de un segundo arriba.",
    },
    {
      "en-GB": "Lower the knee slowly back under the hip. Finish the set, then change sides.",
      es: "Baja la rodilla despacio hasta dejarla de nuevo bajo la cadera. Termina la serie y cambia de lado.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Hands under shoulders, knees under hips.",
        es: "Manos bajo los hombros, rodillas bajo las caderas.",
      },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Lift the bent knee out to the side.", es: "Levanta hacia el lado la rodilla doblada." },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't lean your body away or let the hip hitch up.",
        es: "No inclines el cuerpo hacia el otro lado ni subas la cadera.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe out as the knee lifts.", es: "Suelta el aire al subir la rodilla." },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't lift into a pinch at the front of the hip: keep the lift lower.",
        es: "No subas hasta notar un pinchazo delante de la cadera: quédate más abajo.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Shifting the weight and leaning away to get the knee higher.",
      es: "Desplazar el peso e inclinarse hacia el otro lado para subir más la rodilla.",
    },
    {
      "en-GB": "Letting the lower back sag.",
      es: "Dejar que la zona lumbar se hunda.",
    },
    {
      "en-GB": "Swinging the leg up quickly instead of lifting and lowering under control.",
      es: "Lanzar la pierna deprisa en lugar de subirla y bajarla con control.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Work in the side and back of the hip of the moving leg, and steady effort in your tummy and the supporting arm and hip.",
    es: "Trabajo en el lateral y la parte de atrás de la cadera de la pierna que se mueve, y un esfuerzo constante en el abdomen y en el brazo y la cadera de apoyo.",
  },
  contraindications: [
    {
      id: "wrist-pain",
      severity: "relative",
      text: {
        "en-GB": "Wrist pain when taking weight on your hands.",
        es: "Dolor de muñeca al apoyar el peso en las manos.",
      },
      modification: {
        "en-GB": "Rest on your forearms or on your fists, or do clamshells instead.",
        es: "Apóyate en los antebrazos o en los puños, o haz la almeja en su lugar.",
      },
    },
    {
      id: "knee-pain-kneeling",
      severity: "relative",
      text: { "en-GB": "Knee pain when kneeling.", es: "Dolor de rodilla al arrodillarte." },
      modification: {
        "en-GB": "Put a folded towel or cushion under your knees.",
        es: "Pon una toalla doblada o un cojín bajo las rodillas.",
      },
    },
    {
      id: "front-hip-pinch",
      severity: "relative",
      text: {
        "en-GB": "A pinching pain at the front of the hip as the knee lifts.",
        es: "Un dolor en forma de pinchazo delante de la cadera al subir la rodilla.",
      },
      modification: {
        "en-GB":
          "Keep the lift small and stay below the point where it pinches; if it still hurts, go back to clamshells.",
        es: "Haz un movimiento más corto y quédate por debajo del punto en que pincha; si sigue doliendo, vuelve a la almeja.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [
    {
      exerciseId: "clamshell",
      criteria: {
        "en-GB": "If you cannot keep the trunk still, or the hip pinches or hurts above 2 out of 10.",
        es: "Si no puedes mantener quieto el tronco, o la cadera pincha o duele por encima de 2 sobre 10.",
      },
    },
  ],
  progressions: [
    {
      exerciseId: "banded-fire-hydrant",
      criteria: {
        "en-GB":
          "When 3 sets of 10 on each side feel easy with the trunk still, and pain stays below 3 out of 10 and has settled by the next morning: add a light band.",
        es: "Cuando 3 series de 10 por cada lado te resulten fáciles sin mover el tronco, con un dolor por debajo de 3 sobre 10 que se haya calmado a la mañana siguiente: añade una banda suave.",
      },
    },
  ],
  evidence: [
    citeSource("advice", seed001, {
      "en-GB":
        "Slow yoga-style exercises such as the fire hydrant build hip and core stability when done slowly with good form.",
      es: "Los ejercicios lentos de estilo yoga, como la apertura de cadera a cuatro patas, ayudan a ganar estabilidad de cadera y tronco si se hacen despacio y con buena técnica.",
    }),
    citeSource("advice", seed000, {
      "en-GB":
        "Strengthening the glutes helps stabilise the pelvis and takes strain off the psoas in the running stride.",
      es: "Fortalecer los glúteos ayuda a estabilizar la pelvis y quita carga al psoas en la zancada.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    reps: 10,
    perSide: true,
    tempo: { start: "lift", lift: 2, pauseTop: 1, lower: 2 },
    restBetweenSetsSeconds: 45,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
