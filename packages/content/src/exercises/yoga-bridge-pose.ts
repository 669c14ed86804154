import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed001 } from "../sources";

export const yogaBridgePose: Exercise = {
  id: "yoga-bridge-pose",
  slug: "yoga-bridge-pose",
  language: "en-GB",
  name: { "en-GB": "Bridge pose (yoga)", es: "Postura del puente (yoga)" },
  aliases: {
    "en-GB": ["Setu bandhasana", "Yoga bridge", "Held bridge"],
    es: ["Setu bandhasana", "Puente de yoga", "Puente mantenido"],
  },
  summary: {
    "en-GB":
      "A slow, held bridge from yoga: you roll the spine up into a bridge, stay for several calm breaths and roll back down. Going slowly and holding good form is what makes it work the trunk and hips.",
    es: "Un puente lento y mantenido del yoga: elevas la columna poco a poco hasta formar un puente, te quedas varias respiraciones tranquilas y bajas de nuevo despacio. Ir despacio y mantener la buena técnica es lo que hace trabajar al tronco y a la cadera.",
  },
  category: "yoga",
  bodyRegions: ["glutes", "hip", "core", "lower-back"],
  targetMuscles: [
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" }, primary: true },
    { id: "hamstrings", name: { "en-GB": "Hamstrings", es: "Isquiotibiales" } },
    { id: "back-extensors", name: { "en-GB": "Back extensors", es: "Extensores de la espalda" } },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
  ],
  equipment: [
    {
      id: "yoga-mat",
      name: { "en-GB": "Yoga or exercise mat", es: "Esterilla de yoga o de ejercicio" },
      optional: true,
      substitutions: [{ id: "carpet", name: { "en-GB": "Carpet", es: "Una alfombra" } }],
    },
  ],
  position: "supine",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["stability", "strength", "mobility"],
  startPosition: {
    "en-GB":
      "Lie on your back with your knees bent, feet flat and hip-width apart, heels a hand's length from your bottom. Arms rest by your sides, palms down.",
    es: "Túmbate boca arriba con las rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los talones a un palmo de los glúteos. Deja los brazos a los lados, con las palmas hacia abajo.",
  },
  steps: [
    {
      "en-GB":
        "Breathe in. As you breathe out, tilt your pelvis and peel your spine off the mat, from the tailbone upwards.",
      es: "Toma aire. Al soltarlo, bascula la pelvis y despega la columna de la esterilla, empezando por el coxis y subiendo.",
    },
    {
      "en-GB": "Stop with your weight on your feet and shoulders, knees pointing straight ahead.",
      es: "Para cuando el peso esté sobre los pies y los hombros, con las rodillas apuntando al frente.",
    },
    {
      "en-GB": "Stay for about five slow breaths, pressing your feet and arms into the floor.",
      es: "Quédate unas cinco respiraciones lentas, empujando el suelo con los pies y los brazos.",
    },
    {
      "en-GB": "Roll down slowly, placing the spine back on the mat from the top down.",
      es: "Baja despacio, apoyando de nuevo la columna en la esterilla de arriba abajo.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Feet parallel, hip-width apart.", es: "Pies paralelos, separados al ancho de las caderas." },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Peel up one part of the spine at a time.",
        es: "Despega la columna poco a poco, tramo a tramo.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Five slow breaths at the top.", es: "Cinco respiraciones lentas arriba." },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let your knees fall apart or together.",
        es: "No dejes que las rodillas se abran ni se junten.",
      },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't turn your head while your hips are up.",
        es: "No gires la cabeza mientras tienes la cadera elevada.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Rushing up and down instead of rolling slowly.",
      es: "Subir y bajar deprisa en lugar de hacerlo despacio.",
    },
    {
      "en-GB": "Pushing the ribs up and arching the lower back to get higher.",
      es: "Sacar las costillas y arquear la zona lumbar para subir más.",
    },
    {
      "en-GB": "Holding the breath in the top position.",
      es: "Aguantar la respiración en la posición de arriba.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Your buttocks and the backs of your thighs working steadily, and a gentle opening across the front of the hips. There should be no pinching in the back or neck.",
    es: "Los glúteos y la parte de atrás de los muslos trabajando de forma constante, y una apertura suave delante de las caderas. No debería haber pinchazos en la espalda ni en el cuello.",
  },
  contraindications: [
    {
      id: "neck-problem",
      severity: "relative",
      text: {
        "en-GB": "Neck pain or a known neck condition.",
        es: "Dolor de cuello o un problema de cuello conocido.",
      },
      modification: {
        "en-GB":
          "Lift less high so little weight rests on the shoulders, keep your head still, or do the glute bridge instead.",
        es: "Sube menos para que apenas cargues peso sobre los hombros, mantén la cabeza quieta o haz en su lugar el puente de glúteos.",
      },
    },
    {
      id: "back-pain-on-lifting",
      severity: "relative",
      text: { "en-GB": "Lower-back pain that gets worse as you lift.", es: "Dolor lumbar que empeora al subir." },
      modification: {
        "en-GB": "Lift only as high as stays comfortable and shorten the hold.",
        es: "Sube solo hasta donde te resulte cómodo y acorta el tiempo que mantienes.",
      },
    },
    {
      id: "dizzy-lying-flat",
      severity: "relative",
      text: {
        "en-GB": "Feeling dizzy or unwell when lying flat on your back, for example later in pregnancy.",
        es: "Sensación de mareo o malestar al tumbarte boca arriba, por ejemplo en las últimas etapas del embarazo.",
      },
      modification: {
        "en-GB":
          "Keep each hold short, roll to your side to get up, and ask your physiotherapist or midwife about another position.",
        es: "Mantén la postura poco tiempo, gírate de lado para levantarte y pregunta a tu fisioterapeuta o matrona por otra postura.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [
    {
      exerciseId: "glute-bridge",
      criteria: {
        "en-GB": "If you cannot stay up for five slow breaths with your hips level, or your back or neck aches.",
        es: "Si no puedes mantenerte arriba cinco respiraciones lentas con la cadera nivelada, o te duele la espalda o el cuello.",
      },
    },
  ],
  progressions: [
    {
      exerciseId: "single-leg-glute-bridge",
      criteria: {
        "en-GB":
          "When 3 holds of 30 seconds feel steady and pain stays below 3 out of 10 and has settled by the next morning.",
        es: "Cuando puedas mantener la postura 3 veces durante 30 segundos con estabilidad, el dolor se quede por debajo de 3 sobre 10 y se haya calmado a la mañana siguiente.",
      },
    },
  ],
  evidence: [
    citeSource("advice", seed001, {
      "en-GB":
        "Slow yoga poses like the bridge build core stability when you take them slowly and keep good form; these simple-looking poses are often harder than expected.",
      es: "Las posturas de yoga lentas, como el puente, ayudan a ganar estabilidad del tronco si las haces despacio y con buena técnica; estas posturas sencillas pueden costar más de lo que parece.",
    }),
    citeSource("advice", seed000, {
      "en-GB":
        "Strong glutes and core help hold the pelvis in a good position and reduce excessive forward tilt of the pelvis.",
      es: "Unos glúteos y un abdomen fuertes ayudan a mantener la pelvis en buena posición y a reducir una inclinación excesiva hacia delante.",
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
