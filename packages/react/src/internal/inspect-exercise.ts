// The one place react takes its field-by-field exercise check from. Core's `inspectExercise` validates each
// field with the content model's valibot schemas, which costs the static entries that use it (ExerciseCard,
// ExerciseDetail, the library, ProgrammeView) about 3.5 kB gzip; a valibot-free structural guard in core
// (issue #17) replaces it here in one line.
export { type InspectedExercise, inspectExercise } from "@movekit/core/validation";
