import { defineMessages } from "../define-messages";

/** Strings under "errorBoundary.*", in every locale (en-GB complete; others fall back to en-GB). */
export const errorBoundaryMessages = defineMessages({
  "en-GB": {
    "errorBoundary.message": "This part could not be shown. Reload the page to try again.",
  },
  es: {
    "errorBoundary.message": "No se ha podido mostrar esta parte. Vuelve a cargar la página para intentarlo de nuevo.",
  },
});
