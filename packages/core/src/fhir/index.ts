export { recordsMessages } from "../i18n/messages/records";
export * from "./care-plan";
export * from "./care-plan-import";
export * from "./csv";
export {
  MOVEKIT_EXERCISE_SYSTEM,
  MOVEKIT_FHIR_BASE,
  MOVEKIT_PROGRAMME_SYSTEM,
  TRANSLATION_URL,
} from "./fhir-extensions";
// FHIR's own type names (Reference, Goal, Extension…) would clash with the content model's: a namespace keeps them apart.
export type * as Fhir from "./fhir-types";
export * from "./observations";
