import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { gluteBridgeMedia } from "../demos/glute-bridge";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed001, seed002 } from "../sources";

export const gluteBridge: Exercise = {
  id: "glute-bridge",
  slug: "glute-bridge",
  language: "en-GB",
  name: { "en-GB": "Glute bridge", es: "Puente de glúteos" },
  aliases: {
    "en-GB": ["Hip bridge", "Bridge", "Hip raise"],
    es: ["Puente de cadera", "Elevación de cadera", "Puente"],
  },
  summary: {
    "en-GB":
      "Lying on your back with your knees bent, you squeeze your buttocks to lift your hips. It builds the glutes and hamstrings that share the work of the stride with the hip flexors.",
    es: "Boca arriba y con las rodillas dobladas, aprietas los glúteos para elevar la cadera. Fortalece los glúteos y los isquiotibiales, que comparten con los flexores de cadera el trabajo de cada zancada.",
  },
  category: "strength",
  bodyRegions: ["glutes", "hip", "core"],
  targetMuscles: [
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" }, primary: true },
    { id: "hamstrings", name: { "en-GB": "Hamstrings", es: "Isquiotibiales" } },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
  ],
  equipment: [
    {
      id: "exercise-mat",
      name: { "en-GB": "Exercise mat", es: "Esterilla" },
      optional: true,
      substitutions: [
        { id: "carpet-or-bed", name: { "en-GB": "Carpet or a firm bed", es: "Una alfombra o una cama firme" } },
      ],
    },
  ],
  position: "supine",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["strength", "stability"],
  startPosition: {
    "en-GB":
      "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart and about a forearm's length from your bottom. Rest your arms by your sides, palms down.",
    es: "Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo, separados al ancho de las caderas y a la distancia de un antebrazo de los glúteos. Deja los brazos a los lados, con las palmas hacia abajo.",
  },
  steps: [
    {
      "en-GB": "Gently draw your tummy in and flatten your lower back a little towards the floor.",
      es: "Mete suavemente el abdomen y acerca un poco la zona lumbar al suelo.",
    },
    {
      "en-GB":
        "Squeeze your buttocks and push through your heels to lift your hips until your shoulders, hips and knees form a straight line.",
      es: "Aprieta los glúteos y empuja con los talones para elevar la cadera hasta que hombros, cadera y rodillas formen una línea recta.",
    },
    {
      "en-GB": "Hold the top position for three seconds, keeping both hips level.",
      es: "Mantén arriba tres segundos, con las dos caderas a la misma altura.",
    },
    {
      "en-GB": "Lower your hips slowly back to the floor, one part of the spine at a time.",
      es: "Baja la cadera despacio hasta el suelo, apoyando la espalda poco a poco.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Feet flat and hip-width apart.",
        es: "Pies bien apoyados y separados al ancho de las caderas.",
      },
      time: { start: 0, end: 2 },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Squeeze your buttocks first, then lift.", es: "Primero aprieta los glúteos y luego sube." },
      time: { start: 2, end: 4.5 },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't arch your lower back to get higher: stop when your body is in a straight line.",
        es: "No arquees la zona lumbar para subir más: para cuando el cuerpo forme una línea recta.",
      },
      time: { start: 4.5, end: 6.5 },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe out as you lift; keep breathing during the hold.",
        es: "Suelta el aire al subir y sigue respirando mientras mantienes.",
      },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Lower slowly, with control.", es: "Baja despacio y con control." },
      time: { start: 6.5, end: 10 },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't keep going if you feel sharp pain in the hip, groin or lower back.",
        es: "No sigas si notas un dolor agudo en la cadera, la ingle o la zona lumbar.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Pushing the hips too high and arching the lower back, which loads the spine instead of the glutes.",
      es: "Subir demasiado la cadera y arquear la zona lumbar, lo que carga la columna en lugar de los glúteos.",
    },
    {
      "en-GB": "Letting the knees fall in or out.",
      es: "Dejar que las rodillas se vayan hacia dentro o hacia fuera.",
    },
    {
      "en-GB": "Holding your breath during the hold.",
      es: "Aguantar la respiración mientras mantienes la posición.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Work in your buttocks and, a little, in the back of your thighs. If you feel it mostly in your lower back, lower the lift and squeeze your buttocks harder.",
    es: "Trabajo en los glúteos y, un poco, en la parte de atrás de los muslos. Si lo notas sobre todo en la zona lumbar, sube menos y aprieta más los glúteos.",
  },
  contraindications: [
    {
      id: "back-pain-on-lifting",
      severity: "relative",
      text: {
        "en-GB": "Lower-back pain that gets worse as you lift your hips.",
        es: "Dolor lumbar que empeora al elevar la cadera.",
      },
      modification: {
        "en-GB":
          "Lift only as high as stays comfortable, tighten your tummy before you lift, and stop if the back pain builds.",
        es: "Sube solo hasta donde te resulte cómodo, activa el abdomen antes de subir y para si el dolor de espalda va a más.",
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
          "Keep each set short, roll to your side to get up, and ask your physiotherapist or midwife about another position.",
        es: "Haz series cortas, gírate de lado para levantarte y pregunta a tu fisioterapeuta o matrona por otra postura.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [
    {
      exerciseId: "single-leg-glute-bridge",
      criteria: {
        "en-GB":
          "When you can do 3 sets of 10 with a 3-second hold, hips level and no back arch, and pain stays below 3 out of 10 and has settled by the next morning.",
        es: "Cuando puedas hacer 3 series de 10 manteniendo 3 segundos arriba, con las caderas niveladas y sin arquear la espalda, y el dolor se quede por debajo de 3 sobre 10 y se haya calmado a la mañana siguiente.",
      },
    },
    {
      exerciseId: "banded-glute-bridge",
      criteria: {
        "en-GB":
          "When 3 sets of 10 with a 3-second hold feel easy, hips level and no back arch, and pain stays below 3 out of 10 and has settled by the next morning: add a light band.",
        es: "Cuando 3 series de 10 manteniendo 3 segundos arriba te resulten fáciles, con las caderas niveladas y sin arquear la espalda, y el dolor se quede por debajo de 3 sobre 10 y se haya calmado a la mañana siguiente: añade una banda suave.",
      },
    },
  ],
  media: gluteBridgeMedia,
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Glute bridges are recommended, with clamshells and planks, to strengthen the buttocks and core so they can support the pelvis and ease the load on the psoas.",
      es: "El puente de glúteos se recomienda, junto con la almeja y la plancha, para fortalecer glúteos y abdomen de modo que sostengan la pelvis y alivien la carga sobre el psoas.",
    }),
    citeSource("advice", seed001, {
      "en-GB":
        "Strengthening the muscles that work against the hip flexors, such as the glutes and hamstrings, helps keep the hip balanced.",
      es: "Fortalecer los músculos que trabajan en sentido contrario a los flexores de cadera, como los glúteos y los isquiotibiales, ayuda a mantener el equilibrio de la cadera.",
    }),
    citeSource("advice", seed002, {
      "en-GB":
        "Weak core or hamstring muscles can leave the lower back and hip flexors doing extra work, which puts them at risk of overuse.",
      es: "Un abdomen o unos isquiotibiales débiles pueden hacer que la zona lumbar y los flexores de cadera trabajen de más, con riesgo de sobrecarga.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    reps: 10,
    holdSeconds: 3,
    tempo: { lower: 3 },
    restBetweenSetsSeconds: 60,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
