import { defineMessages } from "../define-messages";

/** Strings under "contraindications.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const contraindicationsMessages = defineMessages({
  "en-GB": {
    "contraindications.absolute.heading": "Do not do this exercise if:",
    "contraindications.relative.heading": "Ask your clinician first, or change the exercise, if:",
    "contraindications.modification": "How to change it:",
    "contraindications.none": "No known reasons to avoid this exercise.",
    "contraindications.noneReviewed": "Checked by {reviewer} on {date}.",
  },
});
