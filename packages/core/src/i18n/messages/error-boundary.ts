import { defineMessages } from "../define-messages";

/** Strings under "errorBoundary.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const errorBoundaryMessages = defineMessages({
  "en-GB": {
    "errorBoundary.message": "This part could not be shown. Reload the page to try again.",
  },
});
