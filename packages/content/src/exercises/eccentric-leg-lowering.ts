import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { eccentricLegLoweringMedia } from "../demos/eccentric-leg-lowering";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed003, zhao2022 } from "../sources";

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
      "Lying on your back, you lower one raised leg very slowly and stop before it reaches the floor. The hip flexors work while lengthening, which builds their strength and the resilience of their tendon for running. The leg gets up there with a bent knee, so the hip never has to lift it straight.",
    es: "Boca arriba, bajas muy despacio una pierna elevada y paras antes de que llegue al suelo. Los flexores de cadera trabajan mientras se alargan, lo que fortalece el músculo y hace su tendón más resistente para correr. La pierna sube con la rodilla doblada, así que la cadera nunca tiene que levantarla estirada.",
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
      "Lie on your back with both knees bent and feet flat on the floor, arms by your sides. Bring one knee up over your hip with the knee still bent, holding the back of the thigh with your hands if that helps. Then straighten that knee so the leg points at the ceiling.",
    es: "Túmbate boca arriba con las dos rodillas dobladas, los pies apoyados en el suelo y los brazos a los lados. Lleva una rodilla por encima de la cadera sin estirarla, sujetando la parte de atrás del muslo con las manos si te ayuda. Después estira esa rodilla para que la pierna apunte al techo.",
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
      "en-GB":
        "Stop with the heel about a hand's width above the floor, or higher if your lower back starts to lift. Don't let the leg touch down.",
      es: "Para con el talón a un palmo del suelo, o más arriba si la zona lumbar empieza a despegarse. No dejes que la pierna llegue a apoyarse.",
    },
    {
      "en-GB":
        "Bend the knee and bring it back up over your hip, helping with your hands behind the thigh if needed, so the return is easy. Straighten the knee again for the next repetition.",
      es: "Dobla la rodilla y vuelve a llevarla por encima de la cadera, ayudándote con las manos detrás del muslo si hace falta, para que la subida no cueste. Vuelve a estirar la rodilla para la siguiente repetición.",
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
      "en-GB": "Letting the heel touch the floor, which hands the weight to the floor and loses control at the end.",
      es: "Dejar que el talón toque el suelo, con lo que el peso pasa al suelo y se pierde el control al final.",
    },
    {
      "en-GB": "Arching the lower back as the leg gets close to the floor.",
      es: "Arquear la zona lumbar cuando la pierna se acerca al suelo.",
    },
    {
      "en-GB":
        "Raising the leg with the knee straight, at the start or between repetitions: that is the heavy lift this exercise avoids. Bend the knee to bring it up.",
      es: "Subir la pierna con la rodilla estirada, al empezar o entre repeticiones: es justo la carga pesada que este ejercicio evita. Dobla la rodilla para subirla.",
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
          "Hip-flexor pain that is still easily stirred up: lifting the knee, climbing stairs or standing up from a chair hurts at 3 out of 10 or more, or leaves pain the next morning.",
        es: "Un dolor de flexores de cadera que todavía se despierta con facilidad: levantar la rodilla, subir escaleras o levantarte de una silla te duele 3 sobre 10 o más, o te deja dolor a la mañana siguiente.",
      },
      modification: {
        "en-GB":
          "Not yet: stay in the settle phase until those cause no more than mild pain (below 3 out of 10) that has gone by the next morning, which is the settle phase's own exit test. Then start with the bent-knee leg lowering, over part of the range.",
        es: "Todavía no: sigue en la fase de calma hasta que eso no te cause más que un dolor leve (por debajo de 3 sobre 10) que haya desaparecido a la mañana siguiente, que es la propia prueba de salida de la fase de calma. Después empieza con el descenso de pierna con la rodilla doblada, en una parte del recorrido.",
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
  regressions: [
    {
      exerciseId: "bent-knee-leg-lowering",
      criteria: {
        "en-GB":
          "If the straight leg pulls your lower back off the floor, you cannot keep the five-second count, or pain reaches 3 out of 10.",
        es: "Si la pierna estirada te despega la zona lumbar del suelo, no puedes mantener la cuenta de cinco segundos o el dolor llega a 3 sobre 10.",
      },
    },
  ],
  progressions: [
    {
      exerciseId: "weighted-leg-lowering",
      criteria: {
        "en-GB":
          "When 3 sets of 12 on each side are easy, with the back flat and pain below 3 out of 10 that has settled by the next morning. Add repetitions first, then a set, and only then the weight.",
        es: "Cuando 3 series de 12 por cada lado te resulten fáciles, con la espalda apoyada y un dolor por debajo de 3 sobre 10 que se haya calmado a la mañana siguiente. Añade primero repeticiones, después una serie, y solo entonces el peso.",
      },
    },
  ],
  media: eccentricLegLoweringMedia,
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Slow, controlled leg lowering strengthens the psoas while it lengthens, which helps make its tendon more resilient and prepares it for running.",
      es: "Bajar la pierna de forma lenta y controlada fortalece el psoas mientras se alarga, lo que ayuda a que su tendón sea más resistente y lo prepara para correr.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "Hip flexors get stronger and more tolerant when their load is raised gradually and under control; stretching alone is not enough.",
      es: "Los flexores de cadera responden bien a un fortalecimiento progresivo y a una carga controlada, no solo a los estiramientos.",
    }),
    citeSource("evidence", zhao2022, {
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
