import { defineMessages } from "../define-messages";

/** Strings under "content.*", in every locale (en-GB complete; others fall back to en-GB). */
export const contentMessages = defineMessages({
  "en-GB": {
    "content.inEnglish": "(in English)",
  },
  es: {
    "content.inEnglish": "(en inglés)",
  },
});
