import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { weightBearingRedFlags } from "../red-flags";
import { stressFracture } from "../shared-contraindications";
import { seed000, seed001 } from "../sources";

export const dynamicHipWarmUp: Exercise = {
  id: "dynamic-hip-warm-up",
  slug: "dynamic-hip-warm-up",
  language: "en-GB",
  name: { "en-GB": "Dynamic hip warm-up", es: "Calentamiento dinámico de cadera" },
  aliases: {
    "en-GB": ["Pre-run hip warm-up", "Leg swings and hip circles", "Hip mobility warm-up"],
    es: ["Calentamiento de cadera antes de correr", "Balanceos de pierna y círculos de cadera", "Movilidad de cadera"],
  },
  summary: {
    "en-GB":
      "About five minutes of easy, flowing hip movements before every run: leg swings, hip circles and lunge reaches. It takes the hips gradually through the range they will use when you run.",
    es: "Unos cinco minutos de movimientos de cadera suaves y fluidos antes de cada carrera: balanceos de pierna, círculos de cadera y zancadas con alcance. Lleva poco a poco la cadera por el recorrido que usará al correr.",
  },
  category: "warm-up",
  bodyRegions: ["hip", "glutes", "thigh"],
  targetMuscles: [
    {
      id: "iliopsoas",
      name: { "en-GB": "Iliopsoas (psoas and iliacus)", es: "Psoas ilíaco (psoas e ilíaco)" },
      primary: true,
    },
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" } },
    { id: "hip-adductors", name: { "en-GB": "Hip adductors", es: "Aductores de la cadera" } },
  ],
  equipment: [
    {
      id: "wall-or-chair",
      name: { "en-GB": "A wall or sturdy chair to hold", es: "Una pared o una silla firme en la que apoyarte" },
      optional: true,
      substitutions: [
        {
          id: "fence-or-tree",
          name: { "en-GB": "A fence or tree outdoors", es: "Una valla o un árbol al aire libre" },
        },
      ],
    },
  ],
  position: "standing",
  laterality: "alternating",
  difficulty: "beginner",
  goals: ["warm-up", "mobility"],
  startPosition: {
    "en-GB": "Stand tall beside a wall or chair, resting one hand on it for balance, in your running shoes.",
    es: "Ponte de pie con el cuerpo erguido junto a una pared o una silla, con una mano apoyada para mantener el equilibrio y con tus zapatillas de correr.",
  },
  steps: [
    {
      "en-GB": "Walk briskly or march on the spot for one minute.",
      es: "Camina a paso ligero o marcha en el sitio durante un minuto.",
    },
    {
      "en-GB":
        "Swing one leg gently forwards and backwards ten times, letting the swing grow only as far as is comfortable. Change legs.",
      es: "Balancea una pierna suavemente hacia delante y hacia atrás diez veces, aumentando el recorrido solo hasta donde te resulte cómodo. Cambia de pierna.",
    },
    {
      "en-GB": "Facing the wall, swing each leg across the body and out to the side ten times.",
      es: "De cara a la pared, balancea cada pierna por delante del cuerpo y hacia el lado diez veces.",
    },
    {
      "en-GB": "Lift one knee and draw a slow circle out to the side and down, eight times each leg.",
      es: "Levanta una rodilla y dibuja con ella un círculo lento hacia fuera y hacia abajo, ocho veces con cada pierna.",
    },
    {
      "en-GB": "Finish with six slow lunge steps, reaching the arm on the back-leg side up and over.",
      es: "Termina con seis zancadas lentas, estirando hacia arriba y por encima el brazo del lado de la pierna de atrás.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Stand tall with one hand on the wall.", es: "Cuerpo erguido y una mano en la pared." },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Start small and let the swings grow.",
        es: "Empieza con movimientos pequeños y ve ampliándolos.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't fling the leg or twist the trunk to swing higher.",
        es: "No lances la pierna ni gires el tronco para llegar más alto.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe easily; this should feel relaxed.",
        es: "Respira con normalidad; debe resultar relajado.",
      },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't run if any movement brings on sharp pain in the front of the hip.",
        es: "No salgas a correr si algún movimiento te provoca un dolor agudo delante de la cadera.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Swinging hard and fast from the first repetition.",
      es: "Balancear con fuerza y deprisa desde la primera repetición.",
    },
    {
      "en-GB": "Leaning the trunk back to get the leg higher.",
      es: "Echar el tronco hacia atrás para subir más la pierna.",
    },
    {
      "en-GB": "Replacing the warm-up with long static stretches held just before running.",
      es: "Sustituir el calentamiento por estiramientos estáticos largos justo antes de correr.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB": "Hips that feel warmer and move more freely, and a slightly raised heart rate. It should not hurt.",
    es: "Notar la cadera más caliente y con más soltura, y el pulso algo más alto. No debería doler.",
  },
  contraindications: [
    stressFracture,
    {
      id: "poor-balance",
      severity: "relative",
      text: {
        "en-GB": "Feeling unsteady standing on one leg.",
        es: "Sensación de inestabilidad al apoyarte sobre una pierna.",
      },
      modification: {
        "en-GB": "Hold the wall or chair with both hands and keep the swings small.",
        es: "Sujétate a la pared o a la silla con las dos manos y haz balanceos pequeños.",
      },
    },
    {
      id: "pain-on-swing",
      severity: "relative",
      text: {
        "en-GB": "Pain at the front of the hip when you swing the leg forwards.",
        es: "Dolor delante de la cadera al balancear la pierna hacia delante.",
      },
      modification: {
        "en-GB": "Make the swings smaller and slower, or leave that movement out. If it still hurts, do not run today.",
        es: "Haz los balanceos más pequeños y lentos, o quita ese movimiento. Si sigue doliendo, no corras hoy.",
      },
    },
  ],
  redFlags: [...weightBearingRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB": "A dynamic warm-up that focuses on hip mobility is advised before every run.",
      es: "Se aconseja hacer antes de cada carrera un calentamiento dinámico centrado en la movilidad de la cadera.",
    }),
    citeSource("advice", seed001, {
      "en-GB":
        "Active, moving stretches aimed at the hip flexors, such as lunge stretches, are a good way to warm them up.",
      es: "Los estiramientos activos, en movimiento, dirigidos a los flexores de cadera, como las zancadas, son una buena forma de calentarlos.",
    }),
    ...warningSignEvidence(weightBearingRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    durationSeconds: 300,
    intensity: { painCeiling: 2 },
  },
};
