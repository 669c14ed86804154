import type { exerciseCardMessages } from "../../i18n/messages/exercise-card";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `exerciseCardMessages`; keys it leaves out fall back to en-GB. */
export const exerciseCard = {
  "exerciseCard.targetArea": "Zona",
  "exerciseCard.difficulty": "Dificultad",
  "exerciseCard.equipment": "Material",
  "exerciseCard.noEquipment": "Ninguno",
  "exerciseCard.optional": "{name} (opcional)",
  "exerciseCard.cautions": {
    one: "Tiene {count} precaución: léela antes de empezar",
    other: "Tiene {count} precauciones: léelas antes de empezar",
  },
  "exerciseCard.noCautions": "Sin precauciones conocidas: revisado por un profesional sanitario",
  "exerciseCard.doNotIf": {
    one: "No hagas este ejercicio si… ({count} motivo): léelo antes de empezar",
    other: "No hagas este ejercicio si… ({count} motivos): léelos antes de empezar",
  },
  "exerciseCard.safetyMissing":
    "Falta la información de seguridad: consulta con tu profesional sanitario antes de hacerlo",
} satisfies TableOf<typeof exerciseCardMessages>;
