import type { Exercise } from "@movekit/core";
import {
  backToBodyWeight,
  bandAllergy,
  lightBand,
  loadConsensus,
  strengthLoadingEvidence,
  untimedCues,
} from "../loaded-parts";
import { gluteBridge } from "./glute-bridge";

// The clip shows the bridge without a band, so the variant carries no media of its own.
const { media: _clip, ...base } = gluteBridge;

/** The glute bridge with a light band above the knees: a loaded step beside the single-leg bridge. */
export const bandedGluteBridge: Exercise = {
  ...base,
  id: "banded-glute-bridge",
  slug: "banded-glute-bridge",
  name: { "en-GB": "Banded glute bridge", es: "Puente de glúteos con banda elástica" },
  aliases: {
    "en-GB": ["Glute bridge with a band", "Resisted hip bridge"],
    es: ["Puente con banda", "Puente de cadera con resistencia"],
  },
  summary: {
    "en-GB":
      "The glute bridge with a light resistance band just above the knees, for when the body-weight bridge has become easy. Pressing the knees out against the band adds work for the side of the hip.",
    es: "El puente de glúteos con una banda elástica suave justo por encima de las rodillas, para cuando el puente con tu peso corporal ya resulta fácil. Empujar las rodillas hacia fuera contra la banda añade trabajo al lateral de la cadera.",
  },
  difficulty: "intermediate",
  equipment: [lightBand, ...base.equipment],
  startPosition: {
    "en-GB":
      "Put the band around both thighs, just above the knees. Lie on your back with your knees bent and feet flat, hip-width apart, so the band is slightly stretched. Rest your arms by your sides.",
    es: "Coloca la banda alrededor de los dos muslos, justo por encima de las rodillas. Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de las caderas, de modo que la banda quede algo tensa. Deja los brazos a los lados.",
  },
  steps: [
    {
      "en-GB": "Press your knees gently out against the band and keep them there for the whole set.",
      es: "Empuja suavemente las rodillas hacia fuera contra la banda y mantenlas así durante toda la serie.",
    },
    ...base.steps,
  ],
  cues: [
    ...untimedCues(base),
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let the band pull your knees in.",
        es: "No dejes que la banda te junte las rodillas.",
      },
    },
  ],
  contraindications: [...(base.contraindications ?? []), bandAllergy],
  regressions: [{ exerciseId: "glute-bridge", criteria: backToBodyWeight }],
  progressions: [],
  evidence: [
    ...strengthLoadingEvidence,
    ...base.evidence,
    loadConsensus({ "en-GB": "a light band", es: "una banda suave" }),
  ],
  defaultDosage: {
    ...base.defaultDosage,
    load: { kind: "band", resistance: "light" },
  },
};
