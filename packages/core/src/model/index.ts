export * from "./evidence-schema";
export * from "./exercise-schema";
export * from "./identifiers";
// Valibot-free readers, exported straight from their own modules (these names win over the `export *` above), so
// a bundle that only reads content, as the safety components do, does not pull in the schemas.
export { isIsoDate } from "./iso-date";
export * from "./library-schema";
export { type LocalizedString, localize, localizeList } from "./localize";
export * from "./localized-text";
export * from "./pain-rule-schema";
export * from "./parse";
export * from "./plain-text";
export { isPlainText } from "./plain-text-check";
export * from "./programme-schema";
export { isPlaceholderReviewer } from "./provenance-checks";
export * from "./running-plan-schema";
export * from "./safe-url";
export { isLocalizedTextValue, isNoContraindicationsValue, isPlainTextValue } from "./text-guards";
export * from "./validation-error";
export * from "./vocabulary";
