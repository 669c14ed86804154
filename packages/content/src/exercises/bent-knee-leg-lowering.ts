import type { Exercise } from "@movekit/core";
import { eccentricLegLowering } from "./eccentric-leg-lowering";

// The clip shows the straight-leg version, so the variant carries no media of its own.
const { media: _clip, ...lowering } = eccentricLegLowering;

/**
 * Eccentric leg lowering with the knee kept bent (a short lever) and only part of the range at first: the
 * regression for a hip flexor not yet ready for the straight leg. Sources, warning signs and cautions are the
 * straight-leg exercise's.
 */
export const bentKneeLegLowering: Exercise = {
  ...lowering,
  id: "bent-knee-leg-lowering",
  slug: "bent-knee-leg-lowering",
  name: { "en-GB": "Bent-knee leg lowering", es: "Descenso de pierna con la rodilla doblada" },
  aliases: {
    "en-GB": ["Bent-knee heel lowers", "Short-lever leg lowering"],
    es: ["Descenso de talón con la rodilla doblada", "Descenso de pierna con palanca corta"],
  },
  summary: {
    "en-GB":
      "Lying on your back with one knee held up over your hip and bent, you lower that foot slowly towards the floor and stop before it lands. A lighter start for slow hip-flexor lowering.",
    es: "Boca arriba, con una rodilla por encima de la cadera y doblada, bajas despacio ese pie hacia el suelo y paras antes de apoyarlo. Un comienzo más ligero para los descensos lentos de los flexores de cadera.",
  },
  difficulty: "beginner",
  startPosition: {
    "en-GB":
      "Lie on your back with both knees bent and feet flat on the floor, arms by your sides. Bring one knee up over your hip, bent to about 90 degrees, holding the back of the thigh with your hands if that helps.",
    es: "Túmbate boca arriba con las dos rodillas dobladas, los pies apoyados en el suelo y los brazos a los lados. Lleva una rodilla por encima de la cadera, doblada unos 90 grados, sujetando la parte de atrás del muslo con las manos si te ayuda.",
  },
  steps: [
    {
      "en-GB": "Tighten your tummy gently so your lower back stays in light contact with the floor.",
      es: "Activa suavemente el abdomen para que la zona lumbar se mantenga en ligero contacto con el suelo.",
    },
    {
      "en-GB": "Keeping the knee bent at the same angle, lower the foot slowly towards the floor, counting to five.",
      es: "Sin cambiar el ángulo de la rodilla, baja el pie despacio hacia el suelo, contando hasta cinco.",
    },
    {
      "en-GB":
        "Stop with the heel just above the floor. At first go only part of the way, and stop sooner if your lower back lifts or the front of the hip hurts.",
      es: "Para con el talón justo por encima del suelo. Al principio baja solo una parte del recorrido, y para antes si la zona lumbar se despega o te duele la parte delantera de la cadera.",
    },
    {
      "en-GB": "Bring the knee back up over your hip, helping with your hands behind the thigh if needed.",
      es: "Vuelve a llevar la rodilla por encima de la cadera, ayudándote con las manos detrás del muslo si hace falta.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Knee over your hip, bent.", es: "Rodilla por encima de la cadera, doblada." },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Lower slowly: count to five.", es: "Baja despacio: cuenta hasta cinco." },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let the heel land or the lower back arch.",
        es: "No dejes que el talón se apoye ni que la zona lumbar se arquee.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe out slowly as the foot lowers.", es: "Suelta el aire despacio mientras bajas el pie." },
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
      "en-GB": "Straightening the knee as the foot goes down, which lengthens the lever and adds load.",
      es: "Estirar la rodilla mientras baja el pie, lo que alarga la palanca y añade carga.",
    },
    {
      "en-GB": "Dropping the foot quickly instead of lowering it slowly.",
      es: "Dejar caer el pie deprisa en lugar de bajarlo despacio.",
    },
  ],
  regressions: [],
  progressions: [
    {
      exerciseId: "eccentric-leg-lowering",
      criteria: {
        "en-GB":
          "When you can lower through the whole range for 3 sets of 10 on each side, with pain below 3 out of 10 that has settled by the next morning.",
        es: "Cuando puedas bajar en todo el recorrido 3 series de 10 por cada lado, con un dolor por debajo de 3 sobre 10 que se haya calmado a la mañana siguiente.",
      },
    },
  ],
};
