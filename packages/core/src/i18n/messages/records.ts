import { defineMessages } from "../define-messages";

/** Strings under "records.*" (exported records: FHIR notes, CSV headings), in every locale. */
export const recordsMessages = defineMessages({
  "en-GB": {
    "records.missingExercise":
      "Exercise {id} is not in the exercise list given to the export, so its safety information is not included here.",
    "records.exerciseSafety": "{exercise}: {text}",
    "records.contraindication.absolute": "Do not do this exercise if: {text}",
    "records.contraindication.relative": "Ask your clinician first, or change the exercise, if: {text}",
    "records.contraindication.modification": "Instead: {text}",
    "records.painBand": "{rule}, pain {min} to {max} out of 10: {label}. {message}",
    "records.painCode": "Pain score, 0 to 10",
    "records.painWhen.during": "Pain during exercise",
    "records.painWhen.after": "Pain straight after exercise",
    "records.painWhen.nextMorning": "Pain the next morning",
    "records.session": "Exercise session",
    "records.sessionCompleted": "Session completed",
    "records.sessionEndedForPain": "Session ended early because of pain",
    "records.exercisesDone": "Exercises done",
    "records.exercisesSkipped": "Exercises skipped",
    "records.activeTime": "Active time",
    "records.verdict": "Advice given: {action}",
  },
  es: {
    "records.missingExercise":
      "El ejercicio {id} no está en la lista de ejercicios de la exportación, así que su información de seguridad no se incluye aquí.",
    "records.exerciseSafety": "{exercise}: {text}",
    "records.contraindication.absolute": "No hagas este ejercicio si: {text}",
    "records.contraindication.relative":
      "Consulta antes con tu profesional sanitario, o adapta el ejercicio, si: {text}",
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
  },
});
