import type { cuesMessages } from "../../i18n/messages/cues";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `cuesMessages`; keys it leaves out fall back to en-GB. */
export const cues = {
  "cues.label": "Indicaciones",
  "cues.do": "Haz:",
  "cues.dont": "No hagas:",
  "cues.empty": "Este ejercicio aún no tiene indicaciones.",
  "cues.other": "Otras indicaciones",
} satisfies TableOf<typeof cuesMessages>;
