import { defineMessages } from "../define-messages";

/** Strings under "contraindications.*", in every locale (en-GB complete; others fall back to en-GB). */
export const contraindicationsMessages = defineMessages({
  "en-GB": {
    "contraindications.absolute.heading": "Do not do this exercise if:",
    "contraindications.relative.heading": "Ask your clinician first, or change the exercise, if:",
    "contraindications.modification": "How to change it:",
    "contraindications.none": "No known reasons to avoid this exercise.",
    "contraindications.noneReviewed": "Checked by {reviewer} on {date}.",
  },
  es: {
    "contraindications.absolute.heading": "No hagas este ejercicio si:",
    "contraindications.relative.heading": "Consulta antes con tu profesional sanitario, o adapta el ejercicio, si:",
    "contraindications.modification": "Cómo adaptarlo:",
    "contraindications.none": "No se conocen motivos para evitar este ejercicio.",
    "contraindications.noneReviewed": "Revisado por {reviewer} el {date}.",
  },
});
