// `@movekit/core/guard`: reading unparsed content safely without the schema library (valibot), for components
// whose bytes are paid up front. The schemas and `parseExercise` stay the authority for authors and imports.

export type { ExerciseProblem, InspectedExercise } from "../safety/inspection";
export { type Check, isRecord } from "./checks";
export { isDosageShape } from "./dosage-shape";
export { guardExercise } from "./guard-exercise";
