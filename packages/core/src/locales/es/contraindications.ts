import type { contraindicationsMessages } from "../../i18n/messages/contraindications";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `contraindicationsMessages`; keys it leaves out fall back to en-GB. */
export const contraindications = {
  "contraindications.absolute.heading": "No hagas este ejercicio si:",
  "contraindications.relative.heading": "Consulta antes con tu profesional sanitario, o adapta el ejercicio, si:",
  "contraindications.modification": "Cómo adaptarlo:",
  "contraindications.none": "No se conocen motivos para evitar este ejercicio.",
  "contraindications.noneReviewed": "Revisado por {reviewer} el {date}.",
} satisfies TableOf<typeof contraindicationsMessages>;
