import { defineMessages } from "../define-messages";

/** Strings under "progression.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const progressionMessages = defineMessages({
  "en-GB": {
    "progression.label": "Easier and harder versions",
    "progression.easier": "Easier",
    "progression.current": "This exercise",
    "progression.harder": "Harder",
    "progression.noEasier": "No easier version listed.",
    "progression.noHarder": "No harder version listed.",
  },
});
