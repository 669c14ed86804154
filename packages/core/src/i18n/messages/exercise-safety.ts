import { defineMessages } from "../define-messages";

/**
 * Strings under "exerciseSafety.*": what a component says when an exercise's content is broken or its safety
 * information is missing, in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es).
 */
export const exerciseSafetyMessages = defineMessages({
  "en-GB": {
    "exerciseSafety.incomplete": "This exercise's information is incomplete: ask your clinician before doing it.",
    "exerciseSafety.missing":
      "The safety information for this exercise is missing: ask your clinician before doing it.",
    "exerciseSafety.unreadable": {
      one: "{count} safety item could not be shown: ask your clinician about it before doing this exercise.",
      other: "{count} safety items could not be shown: ask your clinician about them before doing this exercise.",
    },
    "exerciseSafety.failed":
      "The safety information could not be shown: do not do this exercise until your clinician says it is safe.",
    "exerciseSafety.unnamed": "Exercise with no name",
  },
});
