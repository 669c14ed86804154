import type { Exercise } from "@movekit/core";
import { gluteBridge, withAbsoluteContraindication } from "./exercise-fixtures";

// Content a host might really pass: typed as an Exercise, broken in one part. Stories show what readers then see.
const cast = (value: unknown) => value as Exercise;

/** `cues: null`: the cues go, everything else (safety above all) stays. */
export const brokenCues = cast({ ...withAbsoluteContraindication, cues: null });
/** One contraindication that is `null`: said in words, the intact ones stay. */
export const brokenContraindicationItem = cast({
  ...withAbsoluteContraindication,
  contraindications: [null, ...(withAbsoluteContraindication.contraindications ?? [])],
});
/** `defaultDosage: null`: no dosage, the rest stays. */
export const brokenDosage = cast({ ...withAbsoluteContraindication, defaultDosage: null });
/** `commonMistakes` left out. */
export const missingCommonMistakes = cast(
  (({ commonMistakes: _, ...rest }) => rest)(withAbsoluteContraindication as Exercise),
);
/** A severity and an urgency the kit does not know: shown at the strictest tier. */
export const unknownTiers = cast({
  ...gluteBridge,
  contraindications: [
    {
      id: "odd-severity",
      severity: "severe",
      text: { "en-GB": "You have had hip surgery in the last six weeks." },
    },
  ],
  redFlags: [
    {
      id: "odd-urgency",
      urgency: "asap",
      text: { "en-GB": "Your leg suddenly feels weak or numb." },
      action: { "en-GB": "Stop and get help now." },
    },
  ],
});
/** Neither contraindications nor a reviewed "none". */
export const missingSafety = cast({ ...gluteBridge, contraindications: undefined });

export const INCOMPLETE = "This exercise's information is incomplete: ask your clinician before doing it.";
export const MISSING = "The safety information for this exercise is missing: ask your clinician before doing it.";
