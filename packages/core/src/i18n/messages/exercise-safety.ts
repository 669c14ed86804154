import { defineMessages } from "../define-messages";

/**
 * Strings under "exerciseSafety.*": what a component says when an exercise's content is broken or its safety
 * information is missing, in every locale (en-GB complete; others fall back to en-GB).
 */
export const exerciseSafetyMessages = defineMessages({
  "en-GB": {
    "exerciseSafety.incomplete": "This exercise's information is incomplete: ask your clinician before doing it.",
    "exerciseSafety.missing":
      "The safety information for this exercise is missing: ask your clinician before doing it.",
    "exerciseSafety.unreadable": {
      one: "{count} safety item could not be shown: ask your clinician about it before doing this exercise.",
      other: "{count} safety items could not be shown: ask your clinician about them before doing this exercise.",
    },
    "exerciseSafety.failed":
      "The safety information could not be shown: do not do this exercise until your clinician says it is safe.",
    "exerciseSafety.unnamed": "Exercise with no name",
  },
  es: {
    "exerciseSafety.incomplete":
      "La información de este ejercicio está incompleta: consulta con tu profesional sanitario antes de hacerlo.",
    "exerciseSafety.missing":
      "Falta la información de seguridad de este ejercicio: consulta con tu profesional sanitario antes de hacerlo.",
    "exerciseSafety.unreadable": {
      one: "No se ha podido mostrar {count} dato de seguridad: pregunta por él a tu profesional sanitario antes de hacer este ejercicio.",
      other:
        "No se han podido mostrar {count} datos de seguridad: pregunta por ellos a tu profesional sanitario antes de hacer este ejercicio.",
    },
    "exerciseSafety.failed":
      "No se ha podido mostrar la información de seguridad: no hagas este ejercicio hasta que tu profesional sanitario te diga que es seguro.",
    "exerciseSafety.unnamed": "Ejercicio sin nombre",
  },
});
