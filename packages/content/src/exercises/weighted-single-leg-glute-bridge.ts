import type { Exercise } from "@movekit/core";
import { backToBodyWeight, loadConsensus, strengthLoadingEvidence, untimedCues } from "../loaded-parts";
import { singleLegGluteBridge } from "./single-leg-glute-bridge";

const { media: _clip, ...base } = singleLegGluteBridge;

/** The single-leg bridge with a light weight held on the hip: the bridge ladder's last, loaded step. */
export const weightedSingleLegGluteBridge: Exercise = {
  ...base,
  id: "weighted-single-leg-glute-bridge",
  slug: "weighted-single-leg-glute-bridge",
  name: {
    "en-GB": "Single-leg glute bridge with a weight",
    es: "Puente de glúteos a una pierna con peso",
  },
  aliases: {
    "en-GB": ["Weighted single-leg bridge", "Loaded one-leg hip raise"],
    es: ["Puente a una pierna con carga", "Puente unipodal con peso"],
  },
  summary: {
    "en-GB":
      "The single-leg bridge with a light weight resting on the hip of the working side, for when the body-weight version has become easy. More load for the buttock that holds the pelvis level.",
    es: "El puente a una pierna con un peso ligero apoyado sobre la cadera del lado que trabaja, para cuando la versión con tu peso corporal ya resulta fácil. Más carga para el glúteo que mantiene la pelvis nivelada.",
  },
  difficulty: "advanced",
  equipment: [
    {
      id: "light-weight",
      name: {
        "en-GB": "A light dumbbell or weight (2 to 4 kg)",
        es: "Una mancuerna o un peso ligero (de 2 a 4 kg)",
      },
      substitutions: [
        {
          id: "water-bottle",
          name: {
            "en-GB": "A full 2-litre water bottle",
            es: "Una botella de agua llena de 2 litros",
          },
        },
      ],
    },
    ...base.equipment,
  ],
  startPosition: {
    "en-GB":
      "Lie on your back with both knees bent and feet flat, hip-width apart. Rest the weight on the front of the hip of the leg that will push, and hold it there with that hand. Bring the other knee up towards your chest and keep it bent.",
    es: "Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados, separados al ancho de las caderas. Apoya el peso delante de la cadera de la pierna que va a empujar y sujétalo ahí con esa mano. Lleva la otra rodilla hacia el pecho y mantenla doblada.",
  },
  cues: [
    ...untimedCues(base),
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Keep a hand on the weight so it cannot roll off.",
        es: "Mantén una mano sobre el peso para que no se caiga rodando.",
      },
    },
  ],
  contraindications: [
    ...(base.contraindications ?? []),
    {
      id: "pain-under-weight",
      severity: "relative",
      text: {
        "en-GB": "Pain or pressure where the weight rests on the hip bone.",
        es: "Dolor o presión donde el peso se apoya sobre el hueso de la cadera.",
      },
      modification: {
        "en-GB": "Fold a towel under the weight, or use a lighter one.",
        es: "Pon una toalla doblada bajo el peso, o usa uno más ligero.",
      },
    },
  ],
  regressions: [{ exerciseId: "single-leg-glute-bridge", criteria: backToBodyWeight }],
  progressions: [],
  evidence: [...strengthLoadingEvidence, ...base.evidence, loadConsensus({ "en-GB": "2 kg", es: "2 kg" })],
  defaultDosage: {
    ...base.defaultDosage,
    load: { kind: "kg", value: 2 },
  },
};
