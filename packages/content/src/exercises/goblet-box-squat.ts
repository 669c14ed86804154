import type { Exercise } from "@movekit/core";
import { backToBodyWeight, loadConsensus, strengthLoadingEvidence, untimedCues } from "../loaded-parts";
import { boxSquat } from "./box-squat";

const { media: _clip, ...base } = boxSquat;

/** The box squat holding a light weight at the chest: its loaded progression once body weight is easy. */
export const gobletBoxSquat: Exercise = {
  ...base,
  id: "goblet-box-squat",
  slug: "goblet-box-squat",
  name: { "en-GB": "Goblet box squat", es: "Sentadilla al cajón con peso al pecho" },
  aliases: {
    "en-GB": ["Weighted box squat", "Box squat holding a weight"],
    es: ["Sentadilla goblet al cajón", "Sentadilla al cajón con carga"],
  },
  summary: {
    "en-GB":
      "The box squat holding a light weight close to your chest, for when the body-weight version has become easy. The box still sets the depth; the weight adds load for the buttocks and thighs.",
    es: "La sentadilla al cajón sujetando un peso ligero pegado al pecho, para cuando la versión con tu peso corporal ya resulta fácil. El cajón sigue marcando la profundidad; el peso añade carga a glúteos y muslos.",
  },
  difficulty: "intermediate",
  equipment: [
    {
      id: "light-weight",
      name: {
        "en-GB": "A light dumbbell or kettlebell (4 to 8 kg)",
        es: "Una mancuerna o una pesa rusa ligera (de 4 a 8 kg)",
      },
      substitutions: [
        {
          id: "water-bottles",
          name: {
            "en-GB": "Two full 2-litre water bottles in a bag",
            es: "Dos botellas de agua llenas de 2 litros en una bolsa",
          },
        },
      ],
    },
    ...base.equipment,
  ],
  startPosition: {
    "en-GB":
      "Stand with your back to the box, a short step in front of it, feet shoulder-width apart and toes turned out slightly. Hold the weight upright in both hands against your chest, elbows pointing down.",
    es: "Ponte de pie de espaldas al cajón, a un paso corto de él, con los pies separados al ancho de los hombros y las puntas un poco hacia fuera. Sujeta el peso en vertical con las dos manos contra el pecho, con los codos hacia abajo.",
  },
  cues: [
    ...untimedCues(base),
    {
      role: "form",
      kind: "do",
      text: {
        "en-GB": "Keep the weight touching your chest all the way down and up.",
        es: "Mantén el peso pegado al pecho durante toda la bajada y la subida.",
      },
    },
  ],
  contraindications: [
    ...(base.contraindications ?? []),
    {
      id: "back-pain-holding-weight",
      severity: "relative",
      text: {
        "en-GB": "Lower-back pain when you hold a weight in front of you.",
        es: "Dolor lumbar al sujetar un peso delante del cuerpo.",
      },
      modification: {
        "en-GB": "Use a lighter weight held closer to the chest, or go back to the box squat without a weight.",
        es: "Usa un peso más ligero y más pegado al pecho, o vuelve a la sentadilla al cajón sin peso.",
      },
    },
  ],
  regressions: [{ exerciseId: "box-squat", criteria: backToBodyWeight }],
  progressions: [],
  evidence: [...strengthLoadingEvidence, ...base.evidence, loadConsensus({ "en-GB": "4 kg", es: "4 kg" })],
  defaultDosage: {
    ...base.defaultDosage,
    load: { kind: "kg", value: 4 },
    restBetweenSetsSeconds: 90,
  },
};
