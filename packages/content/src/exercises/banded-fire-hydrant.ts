import type { Exercise } from "@movekit/core";
import {
  backToBodyWeight,
  bandAllergy,
  lightBand,
  loadConsensus,
  strengthLoadingEvidence,
  untimedCues,
} from "../loaded-parts";
import { fireHydrant } from "./fire-hydrant";

const { media: _clip, ...base } = fireHydrant;

/** The fire hydrant against a light band above the knees: its loaded progression once body weight is easy. */
export const bandedFireHydrant: Exercise = {
  ...base,
  id: "banded-fire-hydrant",
  slug: "banded-fire-hydrant",
  name: { "en-GB": "Banded fire hydrant", es: "Apertura de cadera a cuatro patas con banda elástica" },
  aliases: {
    "en-GB": ["Fire hydrant with a band", "Resisted quadruped hip abduction"],
    es: ["Apertura a cuatro patas con banda", "Abducción de cadera en cuadrupedia con resistencia"],
  },
  summary: {
    "en-GB":
      "The fire hydrant with a light resistance band just above the knees, for when the body-weight version has become easy. The side of the hip works harder while the trunk stays still.",
    es: "La apertura de cadera a cuatro patas con una banda elástica suave justo por encima de las rodillas, para cuando la versión con tu peso corporal ya resulta fácil. El lateral de la cadera trabaja más mientras el tronco se mantiene quieto.",
  },
  difficulty: "intermediate",
  equipment: [lightBand, ...base.equipment],
  startPosition: {
    "en-GB":
      "Put the band around both thighs, just above the knees. Kneel on all fours with your hands under your shoulders and your knees under your hips, back flat.",
    es: "Coloca la banda alrededor de los dos muslos, justo por encima de las rodillas. Ponte a cuatro patas con las manos bajo los hombros y las rodillas bajo las caderas, con la espalda recta.",
  },
  steps: [
    ...base.steps.slice(0, -1),
    {
      "en-GB":
        "Lower the knee slowly against the pull of the band back under the hip. Finish the set, then change sides.",
      es: "Baja la rodilla despacio, frenando el tirón de la banda, hasta dejarla bajo la cadera. Termina la serie y cambia de lado.",
    },
  ],
  cues: [
    ...untimedCues(base),
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let the band pull the knee back down: control it all the way.",
        es: "No dejes que la banda baje la rodilla de golpe: contrólala todo el recorrido.",
      },
    },
  ],
  contraindications: [...(base.contraindications ?? []), bandAllergy],
  regressions: [{ exerciseId: "fire-hydrant", criteria: backToBodyWeight }],
  progressions: [],
  evidence: [
    ...strengthLoadingEvidence,
    ...base.evidence,
    loadConsensus({ "en-GB": "a light band", es: "una banda suave" }),
  ],
  defaultDosage: {
    ...base.defaultDosage,
    reps: 8,
    load: { kind: "band", resistance: "light" },
  },
};
