import type { Exercise } from "@movekit/core";
import {
  backToBodyWeight,
  bandAllergy,
  lightBand,
  loadConsensus,
  strengthLoadingEvidence,
  untimedCues,
} from "../loaded-parts";
import { clamshell } from "./clamshell";

// The clip shows the clamshell without a band, so the variant carries no media of its own.
const { media: _clip, ...base } = clamshell;

/** The clamshell against a light band above the knees: its loaded progression once body weight is easy. */
export const bandedClamshell: Exercise = {
  ...base,
  id: "banded-clamshell",
  slug: "banded-clamshell",
  name: { "en-GB": "Banded clamshell", es: "Almeja con banda elástica" },
  aliases: {
    "en-GB": ["Clamshell with a band", "Resisted clamshell"],
    es: ["Almeja con banda", "Almeja con resistencia"],
  },
  summary: {
    "en-GB":
      "The clamshell with a light resistance band just above the knees, for when the body-weight version has become easy. The band gives the side of the hip more to work against.",
    es: "La almeja con una banda elástica suave justo por encima de las rodillas, para cuando la versión con tu peso corporal ya resulta fácil. La banda da más trabajo al lateral de la cadera.",
  },
  difficulty: "intermediate",
  equipment: [lightBand, ...base.equipment],
  startPosition: {
    "en-GB":
      "Put the band around both thighs, just above the knees. Lie on your side with your head resting on your lower arm or a cushion, hips bent to about 45 degrees and knees to about 90 degrees, hips stacked one above the other.",
    es: "Coloca la banda alrededor de los dos muslos, justo por encima de las rodillas. Túmbate de lado con la cabeza apoyada en el brazo de abajo o en un cojín, las caderas dobladas unos 45 grados y las rodillas unos 90 grados, con una cadera justo encima de la otra.",
  },
  steps: [
    ...base.steps.slice(0, 3),
    {
      "en-GB":
        "Lower the knee slowly against the pull of the band; don't let it snap shut. Finish the set, then turn over and work the other side.",
      es: "Baja la rodilla despacio frenando el tirón de la banda; no dejes que se cierre de golpe. Termina la serie, date la vuelta y trabaja el otro lado.",
    },
  ],
  cues: [
    ...untimedCues(base),
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let the band pull the knee shut: control it all the way down.",
        es: "No dejes que la banda cierre la rodilla de golpe: contrólala hasta abajo.",
      },
    },
  ],
  contraindications: [...(base.contraindications ?? []), bandAllergy],
  regressions: [{ exerciseId: "clamshell", criteria: backToBodyWeight }],
  progressions: [],
  evidence: [
    ...strengthLoadingEvidence,
    ...base.evidence,
    loadConsensus({ "en-GB": "a light band", es: "una banda suave" }),
  ],
  defaultDosage: {
    ...base.defaultDosage,
    reps: 10,
    load: { kind: "band", resistance: "light" },
  },
};
