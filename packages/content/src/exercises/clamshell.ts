import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { clamshellMedia } from "../demos/clamshell";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed002, zhao2022 } from "../sources";

export const clamshell: Exercise = {
  id: "clamshell",
  slug: "clamshell",
  language: "en-GB",
  name: { "en-GB": "Clamshell", es: "Almeja" },
  aliases: {
    "en-GB": ["Clams", "Side-lying knee opening"],
    es: ["Concha", "Apertura de rodilla de lado", "Clamshell"],
  },
  summary: {
    "en-GB":
      "Lying on your side, you open the top knee like a shell. It strengthens the buttock muscles on the side of the hip that help hold the pelvis level when you run.",
    es: "De lado, abres la rodilla de arriba como si fuera una concha. Fortalece los glúteos del lateral de la cadera, que ayudan a mantener la pelvis nivelada al correr.",
  },
  category: "strength",
  bodyRegions: ["hip", "glutes"],
  targetMuscles: [
    { id: "gluteus-medius", name: { "en-GB": "Gluteus medius", es: "Glúteo medio" }, primary: true },
    { id: "gluteus-minimus", name: { "en-GB": "Gluteus minimus", es: "Glúteo menor" } },
    { id: "deep-hip-rotators", name: { "en-GB": "Deep hip rotators", es: "Rotadores profundos de la cadera" } },
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
  position: "side-lying",
  laterality: "unilateral",
  difficulty: "beginner",
  goals: ["strength", "stability"],
  startPosition: {
    "en-GB":
      "Lie on your side with your head resting on your lower arm or a cushion. Bend your hips to about 45 degrees and your knees to about 90 degrees, so your feet line up with your bottom, and stack your hips one above the other.",
    es: "Túmbate de lado con la cabeza apoyada en el brazo de abajo o en un cojín. Dobla las caderas unos 45 grados y las rodillas unos 90 grados, de modo que los pies queden en línea con los glúteos, y coloca una cadera justo encima de la otra.",
  },
  steps: [
    {
      "en-GB": "Rest your top hand on the front of your top hip so you can feel if the pelvis starts to roll.",
      es: "Apoya la mano de arriba delante de la cadera de arriba para notar si la pelvis empieza a girar.",
    },
    {
      "en-GB":
        "Keeping your feet touching, slowly lift the top knee as far as you can without the pelvis rolling back.",
      es: "Sin separar los pies, levanta despacio la rodilla de arriba todo lo que puedas sin que la pelvis gire hacia atrás.",
    },
    {
      "en-GB": "Pause for a second at the top.",
      es: "Haz una pausa de un segundo arriba.",
    },
    {
      "en-GB":
        "Lower the knee back down slowly, under control. Finish the set, then turn over and work the other side.",
      es: "Baja la rodilla despacio y con control. Termina la serie, date la vuelta y trabaja el otro lado.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Stack your hips one on top of the other.", es: "Coloca una cadera justo encima de la otra." },
      time: { start: 0, end: 2.5 },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Keep your heels together as the knee opens.",
        es: "Mantén los talones juntos mientras abres la rodilla.",
      },
      time: { start: 2.5, end: 5 },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let your pelvis roll backwards to lift the knee higher.",
        es: "No dejes que la pelvis gire hacia atrás para subir más la rodilla.",
      },
      time: { start: 5, end: 6.5 },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe out as the knee lifts.", es: "Suelta el aire al subir la rodilla." },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Lower slowly; don't let the knee drop.", es: "Baja despacio; no dejes caer la rodilla." },
      time: { start: 6.5, end: 10 },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't carry on through sharp pain in the front of the hip or groin.",
        es: "No sigas si notas un dolor agudo delante de la cadera o en la ingle.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Rolling the pelvis back, which moves the work away from the side of the hip.",
      es: "Girar la pelvis hacia atrás, con lo que el trabajo deja de hacerlo el lateral de la cadera.",
    },
    {
      "en-GB": "Letting the feet come apart, which turns the movement into a leg lift.",
      es: "Separar los pies, lo que convierte el movimiento en una elevación de pierna.",
    },
    {
      "en-GB": "Rushing, especially letting the knee drop on the way down.",
      es: "Hacerlo con prisa, sobre todo dejar caer la rodilla al bajar.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Effort or a warm, tired feeling in the side and back of the top hip. You should not feel pain in the front of the hip or groin.",
    es: "Esfuerzo o una sensación de calor y cansancio en el lateral y la parte de atrás de la cadera de arriba. No deberías notar dolor delante de la cadera ni en la ingle.",
  },
  contraindications: [
    {
      id: "pain-lying-on-side",
      severity: "relative",
      text: {
        "en-GB": "Pain on the outside of the hip when you lie on that side.",
        es: "Dolor en la parte exterior de la cadera al tumbarte sobre ese lado.",
      },
      modification: {
        "en-GB":
          "Lie on a thicker mat or a firm bed, with a pillow between your knees. If it still hurts, do glute bridges instead and ask your physiotherapist.",
        es: "Túmbate sobre una esterilla más gruesa o una cama firme, con una almohada entre las rodillas. Si sigue doliendo, haz puentes de glúteos en su lugar y consulta a tu fisioterapeuta.",
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
        "en-GB": "Ask your surgeon or physiotherapist first and follow the movement limits they have given you.",
        es: "Consulta antes a tu cirujano o fisioterapeuta y respeta los límites de movimiento que te hayan indicado.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [
    {
      exerciseId: "fire-hydrant",
      criteria: {
        "en-GB":
          "When you can do 3 sets of 12 on each side with the pelvis still, and pain stays below 3 out of 10 and has settled by the next morning.",
        es: "Cuando puedas hacer 3 series de 12 por cada lado sin mover la pelvis, con un dolor por debajo de 3 sobre 10 que se haya calmado a la mañana siguiente.",
      },
    },
    {
      exerciseId: "banded-clamshell",
      criteria: {
        "en-GB":
          "When 3 sets of 12 on each side feel easy with the pelvis still, and pain stays below 3 out of 10 and has settled by the next morning: add a light band.",
        es: "Cuando 3 series de 12 por cada lado te resulten fáciles sin mover la pelvis, con un dolor por debajo de 3 sobre 10 que se haya calmado a la mañana siguiente: añade una banda suave.",
      },
    },
  ],
  media: clamshellMedia,
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Clamshells are one of the buttock-strengthening exercises recommended to help control the pelvis and take strain off the psoas when you run.",
      es: "La almeja es uno de los ejercicios de glúteos recomendados para ayudar a controlar la pelvis y quitar carga al psoas al correr.",
    }),
    citeSource("advice", seed002, {
      "en-GB": "When nearby muscles are weak, the hip flexors tend to take on extra work and can become overloaded.",
      es: "Cuando los músculos de alrededor están débiles, los flexores de cadera suelen asumir más trabajo y pueden sobrecargarse.",
    }),
    citeSource("evidence", zhao2022, {
      "en-GB":
        "A computer-modelling study found that the gluteus medius, gluteus maximus and iliopsoas provide most of the force through the hip joint when the foot is on the ground during running.",
      es: "Un estudio con modelos por ordenador observó que el glúteo medio, el glúteo mayor y el psoas ilíaco aportan la mayor parte de la fuerza que atraviesa la cadera mientras el pie está apoyado al correr.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    reps: 12,
    perSide: true,
    tempo: { start: "lift", lift: 2, pauseTop: 1, lower: 2 },
    restBetweenSetsSeconds: 45,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
