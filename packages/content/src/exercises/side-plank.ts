import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { seed000, seed003 } from "../sources";

export const sidePlank: Exercise = {
  id: "side-plank",
  slug: "side-plank",
  language: "en-GB",
  name: { "en-GB": "Side plank", es: "Plancha lateral" },
  aliases: {
    "en-GB": ["Side bridge", "Forearm side plank"],
    es: ["Puente lateral", "Plancha lateral sobre antebrazo"],
  },
  summary: {
    "en-GB":
      "You hold your body in a straight line on one forearm and the side of your feet. It trains the side of the trunk and hip that stop the pelvis dropping when you stand on one leg.",
    es: "Mantienes el cuerpo en línea recta apoyándote en un antebrazo y en el lateral de los pies. Entrena el lateral del tronco y de la cadera, que impiden que la pelvis caiga cuando te apoyas en una pierna.",
  },
  category: "stability",
  bodyRegions: ["core", "hip", "shoulder"],
  targetMuscles: [
    { id: "obliques", name: { "en-GB": "Obliques", es: "Oblicuos" }, primary: true },
    { id: "quadratus-lumborum", name: { "en-GB": "Quadratus lumborum", es: "Cuadrado lumbar" } },
    { id: "gluteus-medius", name: { "en-GB": "Gluteus medius", es: "Glúteo medio" }, primary: true },
    { id: "shoulder-stabilisers", name: { "en-GB": "Shoulder stabilisers", es: "Estabilizadores del hombro" } },
  ],
  equipment: [
    {
      id: "exercise-mat",
      name: { "en-GB": "Exercise mat", es: "Esterilla" },
      optional: true,
      substitutions: [{ id: "carpet", name: { "en-GB": "Carpet", es: "Una alfombra" } }],
    },
  ],
  position: "side-lying",
  laterality: "unilateral",
  difficulty: "intermediate",
  goals: ["stability", "strength"],
  startPosition: {
    "en-GB":
      "Lie on your side with your legs straight and stacked, propped on your lower forearm with the elbow directly under the shoulder.",
    es: "Túmbate de lado con las piernas estiradas, una encima de la otra, y apóyate en el antebrazo de abajo con el codo justo debajo del hombro.",
  },
  steps: [
    {
      "en-GB": "Tighten your tummy and press the forearm into the floor.",
      es: "Activa el abdomen y empuja el suelo con el antebrazo.",
    },
    {
      "en-GB": "Lift your hips so your body forms a straight line from head to feet.",
      es: "Eleva la cadera hasta que el cuerpo forme una línea recta de la cabeza a los pies.",
    },
    {
      "en-GB": "Hold, breathing steadily, with your top hand on your hip.",
      es: "Mantén la postura respirando con calma, con la mano de arriba en la cadera.",
    },
    {
      "en-GB": "Lower your hips to the floor, rest, then turn over and hold on the other side.",
      es: "Baja la cadera al suelo, descansa, date la vuelta y mantén sobre el otro lado.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Elbow directly under your shoulder.", es: "Codo justo debajo del hombro." },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Lift your hips up and slightly forward.",
        es: "Sube la cadera hacia arriba y un poco hacia delante.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let your hips sag or drift backwards.",
        es: "No dejes que la cadera se hunda ni se vaya hacia atrás.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe slowly; never hold your breath.",
        es: "Respira despacio; no aguantes nunca la respiración.",
      },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Bend your knees and rest them on the floor if your shoulder or hip hurts.",
        es: "Dobla las rodillas y apóyalas en el suelo si te duele el hombro o la cadera.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Hips sagging towards the floor.",
      es: "Dejar que la cadera se hunda hacia el suelo.",
    },
    {
      "en-GB": "Rolling forwards or backwards instead of staying stacked.",
      es: "Girar hacia delante o hacia atrás en lugar de mantener el cuerpo alineado de lado.",
    },
    {
      "en-GB": "Shrugging the supporting shoulder up to the ear.",
      es: "Encoger el hombro de apoyo hacia la oreja.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Work along the lower side of your trunk and the side of your hip, with steady effort in the supporting shoulder.",
    es: "Trabajo a lo largo del lado de abajo del tronco y en el lateral de la cadera, con un esfuerzo constante en el hombro de apoyo.",
  },
  contraindications: [
    {
      id: "shoulder-pain-weight-bearing",
      severity: "relative",
      text: {
        "en-GB": "Shoulder pain when you take weight through the supporting arm.",
        es: "Dolor de hombro al apoyar el peso en el brazo de apoyo.",
      },
      modification: {
        "en-GB": "Do a standing side lean against a wall instead, or go back to the front plank.",
        es: "Haz en su lugar una inclinación lateral de pie apoyándote en la pared, o vuelve a la plancha frontal.",
      },
    },
    {
      id: "pain-lying-on-side",
      severity: "relative",
      text: {
        "en-GB": "Pain on the outside of the hip you are resting on.",
        es: "Dolor en la parte exterior de la cadera sobre la que te apoyas.",
      },
      modification: {
        "en-GB":
          "Do it with your knees bent and resting on the floor; if it still hurts, leave it out and ask your physiotherapist.",
        es: "Hazla con las rodillas dobladas y apoyadas en el suelo; si sigue doliendo, no la hagas y consulta a tu fisioterapeuta.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [
    {
      exerciseId: "bent-knee-side-plank",
      criteria: {
        "en-GB":
          "If you cannot hold a straight line for 10 seconds on each side, or the shoulder or hip hurts: shorten the lever by bending your knees.",
        es: "Si no puedes mantener la línea recta durante 10 segundos por cada lado, o te duele el hombro o la cadera: acorta la palanca doblando las rodillas.",
      },
    },
  ],
  progressions: [],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Core strength, built with exercises such as planks, helps keep the pelvis aligned during running and takes strain off the psoas.",
      es: "La fuerza del tronco, trabajada con ejercicios como la plancha, ayuda a mantener la pelvis alineada al correr y quita carga al psoas.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "The hip flexors help control the pelvis and trunk with every stride, so the muscles around them need strength and endurance too.",
      es: "Los flexores de cadera ayudan a controlar la pelvis y el tronco en cada zancada, así que los músculos que los rodean también necesitan fuerza y resistencia.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 3,
    holdSeconds: 20,
    perSide: true,
    restBetweenSetsSeconds: 45,
    restBetweenSidesSeconds: 15,
    intensity: { painCeiling: 2 },
    frequency: { daysPerWeek: 3 },
  },
};
