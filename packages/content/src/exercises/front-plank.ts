import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { frontPlankMedia } from "../demos/front-plank";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed001, seed002 } from "../sources";

export const frontPlank: Exercise = {
  id: "front-plank",
  slug: "front-plank",
  language: "en-GB",
  name: { "en-GB": "Front plank", es: "Plancha frontal" },
  aliases: {
    "en-GB": ["Plank", "Forearm plank", "Prone bridge"],
    es: ["Plancha", "Plancha sobre antebrazos", "Puente prono"],
  },
  summary: {
    "en-GB":
      "You hold your body straight on your forearms and toes. It trains the trunk to stay steady so the pelvis and lower back do not sag while the legs work.",
    es: "Mantienes el cuerpo recto apoyado en los antebrazos y las puntas de los pies. Entrena el tronco para que se mantenga estable y la pelvis y la zona lumbar no se hundan mientras trabajan las piernas.",
  },
  category: "stability",
  bodyRegions: ["core", "lower-back", "shoulder"],
  targetMuscles: [
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" }, primary: true },
    { id: "rectus-abdominis", name: { "en-GB": "Rectus abdominis", es: "Recto abdominal" } },
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" } },
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
          name: { "en-GB": "A folded towel under the forearms", es: "Una toalla doblada bajo los antebrazos" },
        },
      ],
    },
  ],
  position: "prone",
  laterality: "bilateral",
  difficulty: "intermediate",
  goals: ["stability", "strength", "endurance"],
  startPosition: {
    "en-GB":
      "Lie face down, propped on your forearms with your elbows under your shoulders and your forearms parallel. Tuck your toes under.",
    es: "Túmbate boca abajo y apóyate en los antebrazos, con los codos bajo los hombros y los antebrazos paralelos. Apoya las puntas de los pies.",
  },
  steps: [
    {
      "en-GB": "Tighten your tummy and buttocks gently.",
      es: "Activa suavemente el abdomen y los glúteos.",
    },
    {
      "en-GB": "Lift your body off the floor so your head, shoulders, hips and heels form one straight line.",
      es: "Despega el cuerpo del suelo hasta que cabeza, hombros, cadera y talones formen una sola línea recta.",
    },
    {
      "en-GB": "Hold the position while breathing steadily, looking at the floor just ahead of your hands.",
      es: "Mantén la postura respirando con calma y mirando al suelo justo por delante de las manos.",
    },
    {
      "en-GB": "Lower your knees to the floor to finish, then rest before the next hold.",
      es: "Apoya las rodillas en el suelo para terminar y descansa antes de la siguiente repetición.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Forearms down, elbows under your shoulders.",
        es: "Antebrazos en el suelo, codos bajo los hombros.",
      },
      time: { start: 0, end: 3 },
    },
    {
      role: "form",
      kind: "do",
      text: {
        "en-GB": "Lift into one straight line from head to heels.",
        es: "Sube hasta formar una línea recta de la cabeza a los talones.",
      },
      time: { start: 3, end: 5 },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let your hips sag or pike up.",
        es: "No dejes que la cadera se hunda ni que suba en pico.",
      },
      time: { start: 5, end: 8 },
    },
    {
      role: "breathing",
      kind: "dont",
      text: {
        "en-GB": "Don't hold your breath: breathe slowly all the way through.",
        es: "No aguantes la respiración: respira despacio todo el tiempo.",
      },
      time: { start: 8, end: 10 },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Lower your knees to the floor to finish.",
        es: "Apoya las rodillas en el suelo para terminar.",
      },
      time: { start: 10, end: 12 },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Drop to your knees as soon as your back starts to ache or sag.",
        es: "Apoya las rodillas en cuanto la espalda empiece a doler o a hundirse.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Hips sagging towards the floor, which arches and loads the lower back.",
      es: "Hundir la cadera hacia el suelo, lo que arquea y carga la zona lumbar.",
    },
    {
      "en-GB": "Bottom lifted high, which makes the hold easier but trains less.",
      es: "Subir mucho los glúteos, lo que facilita la postura pero entrena menos.",
    },
    {
      "en-GB": "Holding the breath or straining to reach a target time with poor form.",
      es: "Aguantar la respiración o forzarte para llegar a un tiempo objetivo con mala técnica.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Effort spread through your tummy, buttocks and shoulders, building towards the end of each hold. Stop if you feel it mainly in your lower back.",
    es: "Un esfuerzo repartido entre el abdomen, los glúteos y los hombros, que aumenta al final de cada repetición. Para si lo notas sobre todo en la zona lumbar.",
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
        "en-GB": "Do the plank with your forearms on a kitchen worktop or a wall, or use the knee plank.",
        es: "Haz la plancha con los antebrazos apoyados en la encimera de la cocina o en la pared, o pasa a la plancha con rodillas.",
      },
    },
    {
      id: "uncontrolled-blood-pressure",
      severity: "relative",
      text: {
        "en-GB": "High blood pressure that is not well controlled.",
        es: "Tensión arterial alta que no está bien controlada.",
      },
      modification: {
        "en-GB": "Ask your doctor first. Keep holds short and keep breathing throughout; never hold your breath.",
        es: "Consulta antes a tu médico. Mantén la postura poco tiempo cada vez y respira todo el tiempo; nunca aguantes la respiración.",
      },
    },
    {
      id: "back-pain-during-hold",
      severity: "relative",
      text: {
        "en-GB": "Lower-back pain during the hold.",
        es: "Dolor lumbar mientras mantienes la postura.",
      },
      modification: {
        "en-GB": "Use the knee plank and shorten the hold until you can keep a straight line without pain.",
        es: "Pasa a la plancha con rodillas y acorta el tiempo hasta que puedas mantener la línea recta sin dolor.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [
    {
      exerciseId: "knee-plank",
      criteria: {
        "en-GB": "If you cannot hold a straight line for 15 seconds, or your lower back aches during the hold.",
        es: "Si no puedes mantener la línea recta durante 15 segundos o te duele la zona lumbar mientras mantienes.",
      },
    },
  ],
  progressions: [
    {
      exerciseId: "side-plank",
      criteria: {
        "en-GB":
          "When you can do 3 holds of 30 seconds in a straight line, breathing steadily, with no pain during or the next day.",
        es: "Cuando puedas mantener la postura 3 veces durante 30 segundos en línea recta, respirando con calma, sin dolor durante el ejercicio ni al día siguiente.",
      },
    },
  ],
  media: frontPlankMedia,
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Planks are recommended, with other core and glute exercises, to help keep the pelvis aligned and limit excessive forward tilt.",
      es: "La plancha se recomienda, junto con otros ejercicios de abdomen y glúteos, para ayudar a mantener la pelvis alineada y limitar una inclinación excesiva hacia delante.",
    }),
    citeSource("advice", seed001, {
      "en-GB":
        "Low-impact exercises that work the whole trunk, such as the plank, are preferred to heavy gym lifting or endless sit-ups.",
      es: "Se prefieren ejercicios de bajo impacto que trabajen todo el tronco, como la plancha, antes que cargar mucho peso en el gimnasio o hacer abdominales sin fin.",
    }),
    citeSource("advice", seed002, {
      "en-GB": "A weak core can shift extra work onto the lower back and hip flexors.",
      es: "Un abdomen débil puede trasladar trabajo extra a la zona lumbar y a los flexores de cadera.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    holdSeconds: 30,
    restBetweenSetsSeconds: 60,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
