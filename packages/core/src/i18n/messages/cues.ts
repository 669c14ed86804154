import { defineMessages } from "../define-messages";

/** Strings under "cues.*", in every locale (en-GB complete; others fall back to en-GB). */
export const cuesMessages = defineMessages({
  "en-GB": {
    "cues.label": "Coaching cues",
    "cues.do": "Do:",
    "cues.dont": "Don't:",
    "cues.empty": "No coaching cues for this exercise yet.",
    "cues.other": "Other cues",
  },
  es: {
    "cues.label": "Indicaciones",
    "cues.do": "Haz:",
    "cues.dont": "No hagas:",
    "cues.empty": "Este ejercicio aún no tiene indicaciones.",
    "cues.other": "Otras indicaciones",
  },
});
