import { defineMessages } from "../define-messages";

/** Strings under "cues.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const cuesMessages = defineMessages({
  "en-GB": {
    "cues.label": "Coaching cues",
    "cues.do": "Do:",
    "cues.dont": "Don't:",
    "cues.empty": "No coaching cues for this exercise yet.",
    "cues.other": "Other cues",
  },
});
