import { defineMessages } from "../define-messages";

const MISSING = "The safety information for this exercise is missing: ask your clinician before doing it.";
const UNREADABLE = {
  one: "{count} safety item could not be shown: ask your clinician about it before doing this exercise.",
  other: "{count} safety items could not be shown: ask your clinician about them before doing this exercise.",
};

/**
 * The two strings a safety list says when items are missing or unreadable, as their own bundle: a list that
 * shows nothing else of "exerciseSafety.*" does not carry the rest. Also part of {@link exerciseSafetyMessages}.
 */
export const safetyGapsMessages = /* @__PURE__ */ defineMessages({
  "en-GB": { "exerciseSafety.missing": MISSING, "exerciseSafety.unreadable": UNREADABLE },
});

/**
 * Strings under "exerciseSafety.*": what a component says when an exercise's content is broken or its safety
 * information is missing, in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es).
 */
// Marked pure: a build that uses only safetyGapsMessages drops this one.
export const exerciseSafetyMessages = /* @__PURE__ */ defineMessages({
  "en-GB": {
    "exerciseSafety.incomplete": "This exercise's information is incomplete: ask your clinician before doing it.",
    // The same strings as safetyGapsMessages (constants, not a spread, which a bundler could not drop).
    "exerciseSafety.missing": MISSING,
    "exerciseSafety.unreadable": UNREADABLE,
    "exerciseSafety.failed":
      "The safety information could not be shown: do not do this exercise until your clinician says it is safe.",
    "exerciseSafety.unnamed": "Exercise with no name",
  },
});
