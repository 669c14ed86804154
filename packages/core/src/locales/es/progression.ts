import type { progressionMessages } from "../../i18n/messages/progression";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `progressionMessages`; keys it leaves out fall back to en-GB. */
export const progression = {
  "progression.label": "Versiones más fáciles y más difíciles",
  "progression.easier": "Más fácil",
  "progression.current": "Este ejercicio",
  "progression.harder": "Más difícil",
  "progression.noEasier": "No hay una versión más fácil.",
  "progression.noHarder": "No hay una versión más difícil.",
} satisfies TableOf<typeof progressionMessages>;
