import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { mettler2019, seed001, seed003 } from "../sources";

export const halfKneelingHipFlexorStretch: Exercise = {
  id: "half-kneeling-hip-flexor-stretch",
  slug: "half-kneeling-hip-flexor-stretch",
  language: "en-GB",
  name: {
    "en-GB": "Half-kneeling hip-flexor lunge stretch with side bend",
    es: "Estiramiento de flexores de cadera en zancada con rodilla apoyada e inclinación lateral",
  },
  aliases: {
    "en-GB": ["Kneeling lunge stretch", "Hip flexor stretch with reach", "Half-kneeling side bend"],
    es: ["Zancada con rodilla en el suelo", "Estiramiento de psoas con inclinación", "Estiramiento en media rodilla"],
  },
  summary: {
    "en-GB":
      "Kneeling on one knee, you ease your weight forward and reach up and over to the other side. It is an active stretch for the front of the hip, used to warm up before running.",
    es: "Con una rodilla en el suelo, llevas el peso hacia delante y estiras el brazo hacia arriba y hacia el otro lado. Es un estiramiento activo de la parte delantera de la cadera que sirve de calentamiento antes de correr.",
  },
  category: "mobility",
  bodyRegions: ["hip", "thigh", "core"],
  targetMuscles: [
    {
      id: "iliopsoas",
      name: { "en-GB": "Iliopsoas (psoas and iliacus)", es: "Psoas ilíaco (psoas e ilíaco)" },
      primary: true,
    },
    { id: "rectus-femoris", name: { "en-GB": "Rectus femoris", es: "Recto femoral" } },
    { id: "obliques", name: { "en-GB": "Obliques", es: "Oblicuos" } },
    { id: "quadratus-lumborum", name: { "en-GB": "Quadratus lumborum", es: "Cuadrado lumbar" } },
  ],
  equipment: [
    {
      id: "knee-cushion",
      name: {
        "en-GB": "A cushion or folded towel under the knee",
        es: "Un cojín o una toalla doblada bajo la rodilla",
      },
      optional: true,
      substitutions: [{ id: "exercise-mat", name: { "en-GB": "Exercise mat", es: "Esterilla" } }],
    },
  ],
  position: "half-kneeling",
  laterality: "unilateral",
  difficulty: "beginner",
  goals: ["flexibility", "mobility", "warm-up"],
  startPosition: {
    "en-GB":
      "Kneel on the knee of the side you want to stretch, with the other foot flat in front so that knee is above the ankle. Stand tall, hands on your hips.",
    es: "Apoya en el suelo la rodilla del lado que quieres estirar y coloca el otro pie delante, bien apoyado, con esa rodilla sobre el tobillo. Mantén el tronco erguido, con las manos en la cintura.",
  },
  steps: [
    {
      "en-GB": "Tuck your tailbone under slightly and squeeze the buttock of the kneeling leg.",
      es: "Mete ligeramente la pelvis hacia dentro y aprieta el glúteo de la pierna que tienes apoyada.",
    },
    {
      "en-GB": "Ease your weight forward until you feel a stretch at the front of the hip of the kneeling leg.",
      es: "Lleva el peso poco a poco hacia delante hasta notar el estiramiento delante de la cadera de la pierna apoyada.",
    },
    {
      "en-GB":
        "Reach the arm on the kneeling side up and over, bending your trunk towards the side of the front leg. Hold for three seconds.",
      es: "Estira hacia arriba el brazo del lado de la rodilla apoyada y llévalo por encima, inclinando el tronco hacia el lado de la pierna de delante. Mantén tres segundos.",
    },
    {
      "en-GB": "Come back to upright and repeat, then swap legs.",
      es: "Vuelve a la posición erguida y repite; después cambia de pierna.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Front knee stacked over the ankle.", es: "Rodilla de delante justo encima del tobillo." },
    },
    {
      role: "form",
      kind: "do",
      text: {
        "en-GB": "Tuck your tailbone and squeeze the back buttock.",
        es: "Mete la pelvis y aprieta el glúteo de atrás.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't arch your lower back to go further.",
        es: "No arquees la zona lumbar para llegar más lejos.",
      },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Reach up and over, away from the kneeling side.",
        es: "Estira el brazo hacia arriba y hacia el lado contrario a la rodilla apoyada.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe out as you reach.", es: "Suelta el aire al estirar el brazo." },
    },
    {
      role: "safety",
      kind: "dont",
      text: { "en-GB": "Don't force the stretch into pain.", es: "No fuerces el estiramiento hasta sentir dolor." },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Leaning the whole body forward and arching the back, which stretches the spine instead of the hip.",
      es: "Inclinar todo el cuerpo hacia delante y arquear la espalda, lo que estira la columna en lugar de la cadera.",
    },
    {
      "en-GB": "Bending to the same side as the kneeling leg.",
      es: "Inclinarse hacia el mismo lado que la rodilla apoyada.",
    },
    {
      "en-GB": "Letting the front knee move far past the toes.",
      es: "Dejar que la rodilla de delante pase mucho más allá de la punta del pie.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "A stretch down the front of the hip of the kneeling leg, spreading up the side of the trunk as you reach. It should feel comfortable, never sharp.",
    es: "Un estiramiento delante de la cadera de la pierna apoyada que sube por el lateral del tronco al estirar el brazo. Debe resultar cómodo, nunca agudo.",
  },
  contraindications: [
    {
      id: "knee-pain-kneeling",
      severity: "relative",
      text: { "en-GB": "Knee pain when kneeling.", es: "Dolor de rodilla al arrodillarte." },
      modification: {
        "en-GB":
          "Put a thick cushion under the knee, or do the stretch standing in a long split stance with one hand on a chair.",
        es: "Pon un cojín grueso bajo la rodilla, o haz el estiramiento de pie, con una pierna adelantada y una mano apoyada en una silla.",
      },
    },
    {
      id: "back-pain-side-bend",
      severity: "relative",
      text: { "en-GB": "Lower-back pain when you bend to the side.", es: "Dolor lumbar al inclinarte hacia un lado." },
      modification: {
        "en-GB": "Leave out the side bend and keep only the forward weight shift with the tailbone tucked.",
        es: "Quita la inclinación lateral y haz solo el paso del peso hacia delante, con la pelvis metida.",
      },
    },
    {
      id: "poor-balance",
      severity: "relative",
      text: {
        "en-GB": "Feeling unsteady when kneeling on one knee.",
        es: "Sensación de inestabilidad al apoyarte en una sola rodilla.",
      },
      modification: {
        "en-GB": "Kneel beside a wall or a sturdy chair and hold it with one hand.",
        es: "Arrodíllate junto a una pared o a una silla firme y sujétate con una mano.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", seed001, {
      "en-GB":
        "Active stretches such as the lunge stretch help warm up the hip flexors before running, and adding a side bend away from the stretched side is especially useful.",
      es: "Los estiramientos activos como la zancada ayudan a calentar los flexores de cadera antes de correr, y añadir una inclinación lateral hacia el lado contrario al que estiras resulta especialmente útil.",
    }),
    citeSource("evidence", mettler2019, {
      "en-GB":
        "Stretching the hip flexors for three weeks increased passive hip range but did not change how the hip, pelvis or lower back moved while running.",
      es: "Estirar los flexores de cadera durante tres semanas aumentó el rango pasivo de la cadera, pero no cambió cómo se movían la cadera, la pelvis ni la zona lumbar al correr.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "Gaining strength and load tolerance does more for running than trying to make the hip perfectly flexible.",
      es: "Ganar fuerza y tolerancia a la carga importa más que perseguir una flexibilidad de cadera perfecta.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 2,
    reps: 6,
    perSide: true,
    holdSeconds: 3,
    restBetweenSetsSeconds: 20,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
