import type { Exercise } from "@movekit/core";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { demoMedia } from "../demos/media";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { cite } from "../references";

export const eccentricLegLowering: Exercise = {
  id: "eccentric-leg-lowering",
  slug: "eccentric-leg-lowering",
  language: "en-GB",
  name: { "en-GB": "Eccentric supine leg lowering", es: "Descenso excéntrico de pierna boca arriba" },
  aliases: {
    "en-GB": ["Slow leg lowers", "Eccentric hip flexor lowering", "Single-leg lowering"],
    es: ["Descenso lento de pierna", "Excéntrico de flexores de cadera", "Bajada de pierna"],
  },
  summary: {
    "en-GB":
      "Lying on your back, you lower one raised leg very slowly towards the floor. The hip flexors work while lengthening, which builds their strength and the resilience of their tendon for running.",
    es: "Boca arriba, bajas muy despacio hacia el suelo una pierna que tienes elevada. Los flexores de cadera trabajan mientras se alargan, lo que fortalece el músculo y hace su tendón más resistente para correr.",
  },
  category: "strength",
  bodyRegions: ["hip", "core"],
  targetMuscles: [
    {
      id: "iliopsoas",
      name: { "en-GB": "Iliopsoas (psoas and iliacus)", es: "Psoas ilíaco (psoas e ilíaco)" },
      primary: true,
    },
    { id: "rectus-femoris", name: { "en-GB": "Rectus femoris", es: "Recto femoral" } },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
  ],
  equipment: [
    {
      id: "exercise-mat",
      name: { "en-GB": "Exercise mat", es: "Esterilla" },
      optional: true,
      substitutions: [{ id: "carpet", name: { "en-GB": "Carpet", es: "Una alfombra" } }],
    },
  ],
  position: "supine",
  laterality: "unilateral",
  difficulty: "intermediate",
  goals: ["strength", "stability"],
  startPosition: {
    "en-GB":
      "Lie on your back with one knee bent and that foot flat on the floor. Lift the other leg towards the ceiling with the knee almost straight. Rest your arms by your sides.",
    es: "Túmbate boca arriba con una rodilla doblada y ese pie apoyado en el suelo. Eleva la otra pierna hacia el techo con la rodilla casi estirada. Deja los brazos a los lados.",
  },
  steps: [
    {
      "en-GB": "Tighten your tummy gently so your lower back stays in light contact with the floor.",
      es: "Activa suavemente el abdomen para que la zona lumbar se mantenga en ligero contacto con el suelo.",
    },
    {
      "en-GB": "Lower the raised leg slowly, counting to five, keeping the knee almost straight.",
      es: "Baja la pierna elevada despacio, contando hasta cinco, con la rodilla casi estirada.",
    },
    {
      "en-GB": "Stop just above the floor, or sooner if your lower back starts to lift.",
      es: "Para justo antes de tocar el suelo, o antes si la zona lumbar empieza a despegarse.",
    },
    {
      "en-GB":
        "Bend the knee and bring the leg back to the start, helping with your hands behind the thigh if needed, so the return is easy.",
      es: "Dobla la rodilla y vuelve a llevar la pierna al inicio, ayudándote con las manos detrás del muslo si hace falta, para que la subida no cueste.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Lower back in light contact with the floor.",
        es: "Zona lumbar en ligero contacto con el suelo.",
      },
      time: { start: 0, end: 2.5 },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Lower slowly: count to five.", es: "Baja despacio: cuenta hasta cinco." },
      time: { start: 2.5, end: 5 },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let your lower back arch off the floor; stop the leg higher instead.",
        es: "No dejes que la zona lumbar se arquee y se despegue; mejor para la pierna más arriba.",
      },
      time: { start: 5, end: 7.5 },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Bend the knee to bring the leg back up.",
        es: "Dobla la rodilla para volver a subir la pierna.",
      },
      time: { start: 7.5, end: 12 },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe out slowly as the leg lowers.",
        es: "Suelta el aire despacio mientras bajas la pierna.",
      },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't push on through sharp pain deep in the front of the hip or groin.",
        es: "No sigas si notas un dolor agudo en la parte profunda de la ingle o delante de la cadera.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Letting the leg drop quickly instead of lowering it slowly, which loses the point of the exercise.",
      es: "Dejar caer la pierna deprisa en lugar de bajarla despacio, con lo que el ejercicio pierde su sentido.",
    },
    {
      "en-GB": "Arching the lower back as the leg gets close to the floor.",
      es: "Arquear la zona lumbar cuando la pierna se acerca al suelo.",
    },
    {
      "en-GB": "Lifting the straight leg back up with force, which adds work the tendon is not ready for.",
      es: "Volver a subir la pierna estirada con fuerza, lo que añade un trabajo para el que el tendón aún no está preparado.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Steady, controlled work in the front of the hip and the tummy. Mild discomfort below 3 out of 10 that settles by the next morning is acceptable; sharp or building pain is not.",
    es: "Un trabajo constante y controlado delante de la cadera y en el abdomen. Una molestia leve, por debajo de 3 sobre 10, que se calme a la mañana siguiente es aceptable; un dolor agudo o que va a más, no.",
  },
  contraindications: [
    {
      id: "irritable-hip-flexor",
      severity: "relative",
      text: {
        "en-GB":
          "Hip-flexor pain that is still easily stirred up: pain when you lift the knee, climb stairs or stand up from a chair.",
        es: "Un dolor de flexores de cadera que todavía se despierta con facilidad: dolor al levantar la rodilla, subir escaleras o levantarte de una silla.",
      },
      modification: {
        "en-GB":
          "Not yet: finish the settle phase first. Then start with the knee bent and lower only part of the way, adding range as it stays comfortable.",
        es: "Todavía no: termina primero la fase de calma. Después empieza con la rodilla doblada y baja solo una parte del recorrido, ampliándolo a medida que te resulte cómodo.",
      },
    },
    {
      id: "low-back-pain-lowering",
      severity: "relative",
      text: {
        "en-GB": "Lower-back pain, or your lower back lifts off the floor as the leg lowers.",
        es: "Dolor lumbar, o la zona lumbar se despega del suelo al bajar la pierna.",
      },
      modification: {
        "en-GB": "Keep the working knee bent and lower only as far as your back stays in contact with the floor.",
        es: "Mantén doblada la rodilla de la pierna que trabaja y baja solo hasta donde la espalda siga en contacto con el suelo.",
      },
    },
    {
      id: "hernia",
      severity: "relative",
      text: {
        "en-GB": "A known hernia in the groin or tummy.",
        es: "Una hernia conocida en la ingle o en el abdomen.",
      },
      modification: {
        "en-GB": "Ask your doctor or physiotherapist before doing this exercise.",
        es: "Consulta a tu médico o fisioterapeuta antes de hacer este ejercicio.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [],
  media: demoMedia["eccentric-leg-lowering"],
  evidence: [
    cite("advice", "seed000", {
      "en-GB":
        "Slow, controlled leg lowering strengthens the psoas while it lengthens, which helps make its tendon more resilient and prepares it for running.",
      es: "Bajar la pierna de forma lenta y controlada fortalece el psoas mientras se alarga, lo que ayuda a que su tendón sea más resistente y lo prepara para correr.",
    }),
    cite("advice", "seed003", {
      "en-GB":
        "Hip flexors get stronger and more tolerant when their load is raised gradually and under control; stretching alone is not enough.",
      es: "Los flexores de cadera responden bien a un fortalecimiento progresivo y a una carga controlada, no solo a los estiramientos.",
    }),
    cite("evidence", "zhao2022", {
      "en-GB":
        "In a computer model of running, the iliopsoas was one of the main contributors to the force through the hip while the foot was on the ground, so it has to cope with real load.",
      es: "En un modelo por ordenador de la carrera, el psoas ilíaco fue uno de los principales responsables de la fuerza que atraviesa la cadera con el pie apoyado, así que tiene que soportar una carga real.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    reps: 8,
    perSide: true,
    tempo: { lower: 5 },
    restBetweenSetsSeconds: 60,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
