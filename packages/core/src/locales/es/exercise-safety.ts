import type { exerciseSafetyMessages } from "../../i18n/messages/exercise-safety";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `exerciseSafetyMessages`; keys it leaves out fall back to en-GB. */
export const exerciseSafety = {
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
} satisfies TableOf<typeof exerciseSafetyMessages>;
