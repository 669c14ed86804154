import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { weightBearingRedFlags } from "../red-flags";
import { stressFracture } from "../shared-contraindications";
import { seed001, seed002 } from "../sources";

export const boxSquat: Exercise = {
  id: "box-squat",
  slug: "box-squat",
  language: "en-GB",
  name: { "en-GB": "Box squat", es: "Sentadilla al cajón" },
  aliases: {
    "en-GB": ["Squat to chair", "Sit-to-stand squat", "Squat to box"],
    es: ["Sentadilla a la silla", "Sentarse y levantarse", "Sentadilla a caja"],
  },
  summary: {
    "en-GB":
      "You sit back until you lightly touch a box or chair, then stand up again. The box sets a safe depth, and the movement strengthens the buttocks, thighs and trunk together with little impact.",
    es: "Te sientas hacia atrás hasta rozar un cajón o una silla y vuelves a levantarte. El cajón marca una profundidad segura, y el movimiento fortalece a la vez glúteos, muslos y tronco con muy poco impacto.",
  },
  category: "strength",
  bodyRegions: ["glutes", "thigh", "hip", "core"],
  targetMuscles: [
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" }, primary: true },
    { id: "quadriceps", name: { "en-GB": "Quadriceps", es: "Cuádriceps" }, primary: true },
    { id: "hamstrings", name: { "en-GB": "Hamstrings", es: "Isquiotibiales" } },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
  ],
  equipment: [
    {
      id: "box-or-chair",
      name: {
        "en-GB": "A sturdy box or chair at about knee height",
        es: "Un cajón o una silla firme, a la altura de la rodilla aproximadamente",
      },
      substitutions: [
        { id: "bench", name: { "en-GB": "A gym bench", es: "Un banco de gimnasio" } },
        { id: "sofa-edge", name: { "en-GB": "The edge of a firm sofa", es: "El borde de un sofá firme" } },
      ],
    },
  ],
  position: "standing",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["strength", "stability"],
  startPosition: {
    "en-GB":
      "Stand with your back to the box, a short step in front of it, feet shoulder-width apart and toes turned out slightly. Hold your arms out in front or cross them on your chest.",
    es: "Ponte de pie de espaldas al cajón, a un paso corto de él, con los pies separados al ancho de los hombros y las puntas un poco hacia fuera. Estira los brazos al frente o crúzalos sobre el pecho.",
  },
  steps: [
    {
      "en-GB": "Send your hips back and bend your knees, keeping your chest up, and lower slowly for a count of three.",
      es: "Lleva la cadera hacia atrás y dobla las rodillas, con el pecho erguido, y baja despacio contando hasta tres.",
    },
    {
      "en-GB": "Touch the box lightly with your bottom and pause for a second without flopping down.",
      es: "Roza el cajón con los glúteos y haz una pausa de un segundo sin dejarte caer.",
    },
    {
      "en-GB": "Push through your whole foot to stand up, squeezing your buttocks at the top.",
      es: "Empuja con todo el pie para levantarte y aprieta los glúteos al llegar arriba.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Feet shoulder-width, box just behind you.",
        es: "Pies al ancho de los hombros y el cajón justo detrás.",
      },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Hips back first, as if reaching for the chair.",
        es: "Primero la cadera hacia atrás, como si buscaras la silla.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: { "en-GB": "Don't let your knees cave inwards.", es: "No dejes que las rodillas se vayan hacia dentro." },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't drop onto the box: touch it lightly, pause for a second, then stand.",
        es: "No te dejes caer en el cajón: rózalo, haz una pausa de un segundo y levántate.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe in on the way down, out as you stand.",
        es: "Toma aire al bajar y suéltalo al levantarte.",
      },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Use a higher box if your hips or knees hurt at the bottom.",
        es: "Usa un cajón más alto si te duelen la cadera o las rodillas abajo.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Knees drifting in towards each other.",
      es: "Rodillas que se acercan entre sí.",
    },
    {
      "en-GB": "Rocking forward and using momentum to stand.",
      es: "Balancearse hacia delante y usar el impulso para levantarse.",
    },
    {
      "en-GB": "Heels lifting off the floor.",
      es: "Despegar los talones del suelo.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB": "Work in your buttocks and the fronts of your thighs, with your trunk working to keep you upright.",
    es: "Trabajo en los glúteos y en la parte delantera de los muslos, con el tronco trabajando para mantener el cuerpo erguido.",
  },
  contraindications: [
    stressFracture,
    {
      id: "knee-pain-squatting",
      severity: "relative",
      text: { "en-GB": "Knee pain when you squat.", es: "Dolor de rodilla al hacer la sentadilla." },
      modification: {
        "en-GB": "Use a higher box so you bend less, and keep the knees in line with your toes.",
        es: "Usa un cajón más alto para doblar menos y mantén las rodillas alineadas con las puntas de los pies.",
      },
    },
    {
      id: "recent-hip-surgery",
      severity: "relative",
      text: {
        "en-GB": "Recent hip surgery, including a hip replacement.",
        es: "Una operación de cadera reciente, incluida una prótesis de cadera.",
      },
      modification: {
        "en-GB":
          "Use a box high enough to stay within the hip-bending limit your surgeon or physiotherapist has set, and ask them first.",
        es: "Usa un cajón lo bastante alto para no pasar del límite de flexión de cadera que te haya marcado tu cirujano o fisioterapeuta, y consúltales antes.",
      },
    },
    {
      id: "front-hip-pinch",
      severity: "relative",
      text: {
        "en-GB": "A pinching pain at the front of the hip at the bottom of the squat.",
        es: "Un dolor en forma de pinchazo delante de la cadera al final de la bajada.",
      },
      modification: {
        "en-GB": "Raise the box and widen your feet a little.",
        es: "Sube la altura del cajón y separa un poco más los pies.",
      },
    },
  ],
  redFlags: [...weightBearingRedFlags],
  regressions: [],
  progressions: [
    {
      exerciseId: "goblet-box-squat",
      criteria: {
        "en-GB":
          "When 3 sets of 10 feel easy with the knees in line with the toes, and pain stays below 3 out of 10 and has settled by the next morning: hold a light weight.",
        es: "Cuando 3 series de 10 te resulten fáciles con las rodillas alineadas con las puntas de los pies, y el dolor se quede por debajo de 3 sobre 10 y se haya calmado a la mañana siguiente: sujeta un peso ligero.",
      },
    },
  ],
  evidence: [
    citeSource("advice", seed001, {
      "en-GB":
        "Low-impact exercises that work the whole trunk, such as the box squat and the plank, are recommended to strengthen the hips and core for running.",
      es: "Se recomiendan ejercicios de bajo impacto que trabajen todo el tronco, como la sentadilla al cajón y la plancha, para fortalecer caderas y abdomen de cara a correr.",
    }),
    citeSource("advice", seed002, {
      "en-GB":
        "A home strengthening programme often lets the body share load better, so the hip flexors are not left to do the extra work.",
      es: "Un programa de fortalecimiento en casa suele ayudar a que el cuerpo reparta mejor la carga, de modo que los flexores de cadera no tengan que asumir el trabajo extra.",
    }),
    ...warningSignEvidence(weightBearingRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    reps: 10,
    tempo: { lower: 3, pause: 1, lift: 2 },
    restBetweenSetsSeconds: 60,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
