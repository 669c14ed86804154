import { defineMessages } from "../define-messages";

/** Strings under "content.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const contentMessages = defineMessages({
  "en-GB": {
    "content.inEnglish": "(in English)",
  },
});
