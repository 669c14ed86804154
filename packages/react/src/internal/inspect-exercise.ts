// The one place react takes its field-by-field exercise check from: core's structural guard, a hand-written twin
// of the content model without valibot (about 3.5 kB gzip less for every static entry that checks an exercise:
// ExerciseCard, ExerciseDetail, ProgrammeView). Core's tests hold it to the schema-based `inspectExercise`.
export { guardExercise as inspectExercise, type InspectedExercise } from "@movekit/core/guard";
