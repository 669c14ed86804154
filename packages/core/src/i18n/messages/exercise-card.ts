import { defineMessages } from "../define-messages";

/** Strings under "exerciseCard.*", in every locale (en-GB complete; others fall back to en-GB). */
export const exerciseCardMessages = defineMessages({
  "en-GB": {
    "exerciseCard.targetArea": "Target area",
    "exerciseCard.difficulty": "Difficulty",
    "exerciseCard.equipment": "Equipment",
    "exerciseCard.noEquipment": "None needed",
    "exerciseCard.optional": "{name} (optional)",
    "exerciseCard.cautions": {
      one: "Has {count} caution: read before starting",
      other: "Has {count} cautions: read before starting",
    },
    "exerciseCard.noCautions": "No known cautions: checked by a clinician",
    "exerciseCard.doNotIf": {
      one: "Do not do this exercise if… ({count} reason): read before starting",
      other: "Do not do this exercise if… ({count} reasons): read before starting",
    },
    "exerciseCard.safetyMissing": "Safety information missing: ask your clinician before doing it",
  },
  es: {
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
  },
});
