// `@movekit/core/validation`: the content model's valibot schemas, the parsers (`parseExercise`, `parseProgramme`,
// `parseLibrary`) with their JSON-path issues, and `inspectExercise`, the field-by-field check built on the same
// schemas. A subpath so a page that only shows content never bundles valibot; build tools, editors and servers
// that validate content import it. The types of the model stay on the main entry.
export * from "../dosage/dosage-schema";
export * from "../model/evidence-schema";
export * from "../model/exercise-schema";
export * from "../model/identifiers";
export * from "../model/library-schema";
export * from "../model/localized-text";
export * from "../model/pain-rule-schema";
export * from "../model/parse";
export * from "../model/plain-text";
export * from "../model/programme-schema";
export * from "../model/running-plan-schema";
export * from "../model/validation-error";
export * from "../safety/inspect-exercise";
