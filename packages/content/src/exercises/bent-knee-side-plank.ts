import type { Exercise } from "@movekit/core";
import { sidePlank } from "./side-plank";

/**
 * The side plank on the knees: the same stacked position with a shorter lever (knees bent, resting on the floor),
 * so less load goes through the supporting shoulder and the hip. The side plank's regression. Sources, warning
 * signs and cautions are the side plank's.
 */
export const bentKneeSidePlank: Exercise = {
  ...sidePlank,
  id: "bent-knee-side-plank",
  slug: "bent-knee-side-plank",
  name: { "en-GB": "Bent-knee side plank", es: "Plancha lateral con rodillas dobladas" },
  aliases: {
    "en-GB": ["Side plank on the knees", "Short side plank", "Modified side plank"],
    es: ["Plancha lateral sobre las rodillas", "Plancha lateral corta", "Plancha lateral modificada"],
  },
  summary: {
    "en-GB":
      "Propped on one forearm with your knees bent and resting on the floor, you lift your hips so your body is straight from head to knees. A lighter side plank for the side of the trunk and hip.",
    es: "Apoyado en un antebrazo, con las rodillas dobladas y apoyadas en el suelo, elevas la cadera hasta que el cuerpo quede recto de la cabeza a las rodillas. Una plancha lateral más ligera para el lateral del tronco y de la cadera.",
  },
  difficulty: "beginner",
  startPosition: {
    "en-GB":
      "Lie on your side, propped on your lower forearm with the elbow directly under the shoulder. Bend both knees to about 90 degrees so your feet are behind you, knees stacked and resting on the floor.",
    es: "Túmbate de lado y apóyate en el antebrazo de abajo con el codo justo debajo del hombro. Dobla las dos rodillas unos 90 grados, con los pies por detrás, una rodilla encima de la otra y apoyadas en el suelo.",
  },
  steps: [
    {
      "en-GB": "Tighten your tummy and press the forearm and the lower knee into the floor.",
      es: "Activa el abdomen y empuja el suelo con el antebrazo y con la rodilla de abajo.",
    },
    {
      "en-GB": "Lift your hips so your body forms a straight line from head to knees.",
      es: "Eleva la cadera hasta que el cuerpo forme una línea recta de la cabeza a las rodillas.",
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
      text: {
        "en-GB": "Elbow under your shoulder, knees stacked.",
        es: "Codo bajo el hombro, rodillas una sobre otra.",
      },
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
        "en-GB": "Stop if the shoulder or the hip you rest on hurts.",
        es: "Para si te duele el hombro o la cadera sobre la que te apoyas.",
      },
    },
  ],
  contraindications: (sidePlank.contraindications ?? []).map((c) =>
    c.id === "pain-lying-on-side"
      ? {
          ...c,
          modification: {
            "en-GB": "Put a folded towel under the hip; if it still hurts, leave it out and ask your physiotherapist.",
            es: "Pon una toalla doblada bajo la cadera; si sigue doliendo, no la hagas y consulta a tu fisioterapeuta.",
          },
        }
      : c,
  ),
  regressions: [
    {
      exerciseId: "knee-plank",
      criteria: {
        "en-GB": "If lying on your side hurts the shoulder or hip even with the knees down.",
        es: "Si apoyarte de lado te duele en el hombro o la cadera incluso con las rodillas en el suelo.",
      },
    },
  ],
  progressions: [
    {
      exerciseId: "side-plank",
      criteria: {
        "en-GB":
          "When you can hold 3 × 30 seconds on each side in a straight line, with pain below 3 out of 10 that has settled by the next morning.",
        es: "Cuando puedas mantener 3 × 30 segundos por cada lado en línea recta, con un dolor por debajo de 3 sobre 10 que se haya calmado a la mañana siguiente.",
      },
    },
  ],
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
