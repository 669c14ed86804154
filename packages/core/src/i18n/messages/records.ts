import { defineMessages } from "../define-messages";

/** Strings under "records.*" (exported records: FHIR notes, CSV headings), in en-GB (Spanish: @movekit/core/locales/es). */
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
});
