import type { Exercise } from "@movekit/core";
import { loadConsensus } from "../loaded-parts";
import { eccentricLegLowering } from "./eccentric-leg-lowering";

// The clip shows the unweighted version, so the variant carries no media of its own.
const { media: _clip, ...lowering } = eccentricLegLowering;

/**
 * Eccentric leg lowering with a light ankle weight: the loaded progression once the body-weight version is easy.
 * Same set-up and steps; sources, warning signs and cautions are the body-weight exercise's.
 */
export const weightedLegLowering: Exercise = {
  ...lowering,
  id: "weighted-leg-lowering",
  slug: "weighted-leg-lowering",
  name: {
    "en-GB": "Eccentric leg lowering with an ankle weight",
    es: "Descenso excéntrico de pierna con tobillera lastrada",
  },
  aliases: {
    "en-GB": ["Weighted leg lowers", "Loaded eccentric hip flexor lowering"],
    es: ["Descenso de pierna con peso", "Excéntrico de flexores de cadera con carga"],
  },
  summary: {
    "en-GB":
      "The slow leg lowering with a light weight strapped around the ankle, for when the body-weight version has become easy. More load for the hip flexors while they lengthen.",
    es: "El descenso lento de pierna con un peso ligero sujeto al tobillo, para cuando la versión con tu peso corporal ya resulta fácil. Más carga para los flexores de cadera mientras se alargan.",
  },
  difficulty: "advanced",
  equipment: [
    {
      id: "ankle-weight",
      name: { "en-GB": "A light ankle weight (0.5 to 1 kg)", es: "Una tobillera lastrada ligera (de 0,5 a 1 kg)" },
      substitutions: [
        {
          id: "resistance-band-ankle",
          name: {
            "en-GB": "A light resistance band looped around the foot and held in your hands",
            es: "Una banda elástica suave pasada por el pie y sujeta con las manos",
          },
        },
      ],
    },
    ...lowering.equipment,
  ],
  startPosition: {
    "en-GB":
      "Strap the weight around the ankle of the working leg. Lie on your back with both knees bent and feet flat. Bring the weighted knee up over your hip with the knee still bent, holding the back of the thigh with your hands, then straighten the knee so the leg points at the ceiling.",
    es: "Sujeta el peso al tobillo de la pierna que trabaja. Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados. Lleva la rodilla con el peso por encima de la cadera sin estirarla, sujetando la parte de atrás del muslo con las manos, y después estira la rodilla para que la pierna apunte al techo.",
  },
  // Same cues, without the clip's timings.
  cues: lowering.cues.map(({ time: _time, ...cue }) => cue),
  progressions: [],
  regressions: [
    {
      exerciseId: "eccentric-leg-lowering",
      criteria: {
        "en-GB":
          "If you cannot keep the five-second count and your back flat, or pain reaches 3 out of 10 or has not settled by the next morning.",
        es: "Si no puedes mantener la cuenta de cinco segundos y la espalda apoyada, o el dolor llega a 3 sobre 10 o no se ha calmado a la mañana siguiente.",
      },
    },
  ],
  evidence: [...lowering.evidence, loadConsensus({ "en-GB": "0.5 kg at the ankle", es: "0,5 kg en el tobillo" })],
  defaultDosage: {
    ...lowering.defaultDosage,
    load: { kind: "kg", value: 0.5 },
    restBetweenSetsSeconds: 90,
  },
};
