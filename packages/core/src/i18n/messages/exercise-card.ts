import { defineMessages } from "../define-messages";

/** Strings under "exerciseCard.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
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
});
