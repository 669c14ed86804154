// The safety verdict. `inspectExercise` (the schema-based field check) is on `@movekit/core/validation`.
export * from "./exercise-safety";
export * from "./safety-lines";
