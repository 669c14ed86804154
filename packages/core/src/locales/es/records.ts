import type { recordsMessages } from "../../i18n/messages/records";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `recordsMessages`; keys it leaves out fall back to en-GB. */
export const records = {
  "records.missingExercise":
    "El ejercicio {id} no está en la lista de ejercicios de la exportación, así que su información de seguridad no se incluye aquí.",
  "records.exerciseSafety": "{exercise}: {text}",
  "records.contraindication.absolute": "No hagas este ejercicio si: {text}",
  "records.contraindication.relative": "Consulta antes con tu profesional sanitario, o adapta el ejercicio, si: {text}",
  "records.contraindication.modification": "En su lugar: {text}",
  "records.painBand": "{rule}, dolor de {min} a {max} sobre 10: {label}. {message}",
  "records.painCode": "Puntuación de dolor, de 0 a 10",
  "records.painWhen.during": "Dolor durante el ejercicio",
  "records.painWhen.after": "Dolor justo después del ejercicio",
  "records.painWhen.nextMorning": "Dolor a la mañana siguiente",
  "records.session": "Sesión de ejercicio",
  "records.sessionCompleted": "Sesión completada",
  "records.sessionEndedForPain": "Sesión terminada antes de tiempo por dolor",
  "records.exercisesDone": "Ejercicios hechos",
  "records.exercisesSkipped": "Ejercicios saltados",
  "records.activeTime": "Tiempo activo",
  "records.verdict": "Consejo dado: {action}",
} satisfies TableOf<typeof recordsMessages>;
