import type { errorBoundaryMessages } from "../../i18n/messages/error-boundary";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `errorBoundaryMessages`; keys it leaves out fall back to en-GB. */
export const errorBoundary = {
  "errorBoundary.message": "No se ha podido mostrar esta parte. Vuelve a cargar la página para intentarlo de nuevo.",
} satisfies TableOf<typeof errorBoundaryMessages>;
