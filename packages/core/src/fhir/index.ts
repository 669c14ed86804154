export * from "./care-plan";
export * from "./care-plan-import";
export * from "./fhir-extensions";
export type * from "./fhir-types";
