import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed003 } from "../sources";

export const singleLegGluteBridge: Exercise = {
  id: "single-leg-glute-bridge",
  slug: "single-leg-glute-bridge",
  language: "en-GB",
  name: { "en-GB": "Single-leg glute bridge", es: "Puente de glúteos a una pierna" },
  aliases: {
    "en-GB": ["One-leg bridge", "Single-leg hip raise"],
    es: ["Puente a una pierna", "Puente unipodal"],
  },
  summary: {
    "en-GB":
      "A glute bridge pushed up through one leg, with the other leg held off the floor. It asks one side to hold the pelvis level on its own, as it must when you land on that leg.",
    es: "Un puente de glúteos en el que empujas con una sola pierna y mantienes la otra en el aire. Exige que un lado sostenga por sí solo la pelvis nivelada, como ocurre cada vez que apoyas esa pierna al correr.",
  },
  category: "strength",
  bodyRegions: ["glutes", "hip", "core"],
  targetMuscles: [
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" }, primary: true },
    { id: "gluteus-medius", name: { "en-GB": "Gluteus medius", es: "Glúteo medio" } },
    { id: "hamstrings", name: { "en-GB": "Hamstrings", es: "Isquiotibiales" } },
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
  laterality: "unilateral",
  difficulty: "intermediate",
  goals: ["strength", "stability"],
  startPosition: {
    "en-GB":
      "Lie on your back with both knees bent and feet flat, hip-width apart. Bring one knee up towards your chest and keep it bent, so that leg is light and close to you; hold it lightly with your hands if that helps. Don't hold the lifted leg out straight.",
    es: "Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados, separados al ancho de las caderas. Lleva una rodilla hacia el pecho y mantenla doblada, para que esa pierna pese poco y quede cerca de ti; sujétala con suavidad con las manos si te ayuda. No mantengas estirada la pierna levantada.",
  },
  steps: [
    {
      "en-GB": "Press the heel of the foot on the floor down and squeeze that buttock.",
      es: "Empuja el suelo con el talón del pie apoyado y aprieta ese glúteo.",
    },
    {
      "en-GB":
        "Lift your hips until your shoulder, hip and knee form a straight line, keeping both sides of the pelvis at the same height.",
      es: "Eleva la cadera hasta que hombro, cadera y rodilla formen una línea recta, con los dos lados de la pelvis a la misma altura.",
    },
    {
      "en-GB": "Hold for two seconds.",
      es: "Mantén dos segundos.",
    },
    {
      "en-GB": "Lower slowly. Finish the set, rest, then change legs.",
      es: "Baja despacio. Termina la serie, descansa y cambia de pierna.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: {
        "en-GB": "Working foot flat, heel under the knee.",
        es: "Pie de trabajo bien apoyado, con el talón bajo la rodilla.",
      },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Push through the heel and lift.", es: "Empuja con el talón y sube." },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let the hip on the lifted-leg side drop or twist.",
        es: "No dejes que la cadera del lado de la pierna levantada caiga o gire.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe out as you lift.", es: "Suelta el aire al subir." },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Lower slowly, without dropping.", es: "Baja despacio, sin dejarte caer." },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Go back to the two-leg bridge if the hips tilt or the hip or groin hurts.",
        es: "Vuelve al puente con dos piernas si la cadera se inclina o te duele la cadera o la ingle.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Letting the pelvis drop or rotate towards the lifted leg.",
      es: "Dejar que la pelvis caiga o gire hacia el lado de la pierna levantada.",
    },
    {
      "en-GB": "Pushing through the toes, which moves the work to the front of the thigh.",
      es: "Empujar con la punta del pie, lo que lleva el trabajo a la parte delantera del muslo.",
    },
    {
      "en-GB":
        "Holding the lifted leg out straight: a long lever that makes the sore hip flexor hold it up. Keep it bent.",
      es: "Mantener estirada la pierna levantada: una palanca larga que obliga al flexor de cadera dolorido a sostenerla. Mantenla doblada.",
    },
    {
      "en-GB": "Arching the lower back at the top.",
      es: "Arquear la zona lumbar al llegar arriba.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Strong work in the buttock and the back of the thigh of the leg on the floor. A hamstring cramp means the heel is too far away: bring it closer.",
    es: "Un trabajo intenso en el glúteo y en la parte de atrás del muslo de la pierna apoyada. Si te da un calambre en el isquiotibial, el talón está demasiado lejos: acércalo.",
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
        "en-GB": "Go back to the two-leg glute bridge and lift only as high as stays comfortable.",
        es: "Vuelve al puente de glúteos con dos piernas y sube solo hasta donde te resulte cómodo.",
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
  regressions: [
    {
      exerciseId: "glute-bridge",
      criteria: {
        "en-GB":
          "If your pelvis tilts or twists, you cannot finish the set with good form, or pain goes to 3 out of 10 or more or has not settled by the next morning.",
        es: "Si la pelvis se inclina o gira, no puedes terminar la serie con buena técnica, o el dolor llega a 3 sobre 10 o más o no se ha calmado a la mañana siguiente.",
      },
    },
  ],
  progressions: [
    {
      exerciseId: "weighted-single-leg-glute-bridge",
      criteria: {
        "en-GB":
          "When 3 sets of 8 on each leg feel easy with the pelvis level, and pain stays below 3 out of 10 and has settled by the next morning: add a light weight.",
        es: "Cuando 3 series de 8 con cada pierna te resulten fáciles con la pelvis nivelada, y el dolor se quede por debajo de 3 sobre 10 y se haya calmado a la mañana siguiente: añade un peso ligero.",
      },
    },
  ],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Stronger glutes help keep the pelvis aligned during the running stride, which takes strain off the psoas.",
      es: "Unos glúteos más fuertes ayudan a mantener la pelvis alineada durante la zancada, lo que quita carga al psoas.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "Tissues around the hip respond well to strengthening that is increased step by step; as capacity grows, symptoms tend to become less frequent.",
      es: "Los tejidos de alrededor de la cadera responden bien a un fortalecimiento que aumenta paso a paso; a medida que crece su capacidad, los síntomas suelen aparecer con menos frecuencia.",
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
    holdSeconds: 2,
    tempo: { lower: 3 },
    restBetweenSetsSeconds: 60,
    restBetweenSidesSeconds: 30,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
